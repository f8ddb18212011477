"""The cockpit, told as small stories on the seed event's run sheet.

The window is built directly over a real event file (``make_event_file``) with a
:class:`FakeClock` and settings of its own (an INI file in ``tmp_path``): no test touches
the user's settings and none sleeps to let time pass. The clock is moved by hand and the
window repainted with ``window.refresh()``, which is what its second ticker does.

The run sheet (Europe/Berlin, 9 June 2021): 13:50 pre-show (10′), 14:00 welcome (10′),
14:10 Impuls 1 (20′), 14:30 Impuls 2 (15′), 14:45 Impuls 3 (15′), 15:00 panel (30′);
the event ends at 15:30.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moderator.domain.cohosts import HostRole
from moderator.domain.clock import Phase
from moderator.domain.model import LiveState, Slot
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.actions import SPECS, ActionId
from moderator.ui.countdown import FLASH_STYLE, PAUSED_STYLE, PHASE_STYLES
from moderator.ui.event_session import POLL_INTERVAL_MS, WATCHED_POLL_INTERVAL_MS, EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.run_sheet_model import CURRENT_BACKGROUND, DONE_FOREGROUND
from moderator.ui.settings import Settings
from moderator.ui.speaker_view import SpeakerView

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
PRE_SHOW, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = range(6)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


@dataclass
class Cockpit:
    """A cockpit window over a real event file, with the clock the test moves."""

    window: CockpitWindow
    session: EventSession
    clock: FakeClock
    path: Path

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.session.slots

    def slot_id(self, index: int) -> int:
        slot_id = self.slots[index].id
        assert slot_id is not None
        return slot_id

    def at(self, when: datetime) -> None:
        """Move the clock to ``when`` and repaint, as the ticker would."""
        self.clock.set(when)
        self.window.refresh()

    def advance(self, delta: timedelta) -> None:
        self.clock.advance(delta)
        self.window.refresh()

    def speaker_view(self) -> SpeakerView:
        view = self.window.speaker_view
        assert view is not None
        return view


def isolated_settings(folder: Path) -> Settings:
    """Settings in an INI file of the test's own; flashing off so colours are steady."""
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    return settings


@pytest.fixture(scope="module")
def event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seed-like event file per module; each test gets a copy (creating one costs ~0.2 s)."""
    return make_event_file(tmp_path_factory.mktemp("template"))


def open_cockpit(
    qtbot: QtBot, folder: Path, template: Path, *, read_only: bool = False, start: datetime | None = None
) -> Cockpit:
    path = Path(shutil.copy(template, folder / template.name))
    clock = FakeClock(start or at(13, 49))
    session = EventSession(EventStore.open(path, read_only=read_only), clock)
    window = CockpitWindow(session, isolated_settings(folder))
    qtbot.addWidget(window)
    return Cockpit(window, session, clock, path)


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path, event_template: Path) -> Cockpit:
    """The cockpit a minute before the pre-show (13:49), nothing started yet."""
    return open_cockpit(qtbot, tmp_path, event_template)


def bring_to_front(qtbot: QtBot, window: CockpitWindow) -> None:
    """Show the window and make it the active one, focus on the cockpit panel.

    NOTE: QAction shortcuts go through QShortcutMap, which matches a WindowShortcut only
    while its window is the application's active window. Offscreen a window is not
    active just because it is shown, and QTest.keyClick on a hidden or inactive window
    reaches the focus widget but no shortcut: so show it, activate it and wait for that.
    """
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.centralWidget().setFocus()


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def is_shown(widget: QWidget) -> bool:
    """Not hidden by the cockpit (``isVisible`` would also need the window on screen)."""
    return not widget.isHidden()


# --- keys --------------------------------------------------------------------------------


def test_the_keys_drive_the_show(qtbot: QtBot, cockpit: Cockpit) -> None:
    window, session = cockpit.window, cockpit.session
    bring_to_front(qtbot, window)
    cockpit.at(at(13, 50))

    # Space starts the show: the pre-show runs with its full ten minutes.
    press(qtbot, window, Qt.Key.Key_Space)
    assert session.snapshot.live.show_started_at == cockpit.clock.now()
    assert session.snapshot.live.current_slot_id == cockpit.slot_id(PRE_SHOW)
    assert session.reading().remaining == timedelta(minutes=10)
    assert window.countdown.text == "10:00"
    assert window.slot_title.text() == "Einwahl und Technik-Check"

    # Right moves on; each slot starts with its full duration.
    cockpit.advance(timedelta(minutes=10))
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.slot_title.text() == "Begrüßung"
    assert window.countdown.text == "10:00"
    cockpit.advance(timedelta(minutes=10))
    press(qtbot, window, Qt.Key.Key_Right)
    assert session.snapshot.live.current_slot_id == cockpit.slot_id(IMPULS_1)
    assert window.slot_title.text() == "Impuls 1"
    assert window.countdown.text == "20:00"

    # Left goes back; the welcome starts over, fresh.
    cockpit.advance(timedelta(seconds=5))
    press(qtbot, window, Qt.Key.Key_Left)
    assert session.snapshot.live.current_slot_id == cockpit.slot_id(WELCOME)
    assert window.slot_title.text() == "Begrüßung"
    assert window.countdown.text == "10:00"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.countdown.text == "20:00"

    # + and - add and remove a minute; Shift with them ten seconds.
    press(qtbot, window, Qt.Key.Key_Plus)
    assert session.snapshot.live.adjustment == timedelta(minutes=1)
    assert window.countdown.text == "21:00"
    press(qtbot, window, Qt.Key.Key_Minus)
    assert session.snapshot.live.adjustment == timedelta(0)
    assert window.countdown.text == "20:00"
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert session.snapshot.live.adjustment == timedelta(seconds=10)
    assert window.countdown.text == "20:10"
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ShiftModifier)
    assert session.snapshot.live.adjustment == timedelta(0)
    assert window.countdown.text == "20:00"

    # Space pauses: the clock moves on, the countdown does not.
    cockpit.advance(timedelta(seconds=30))
    press(qtbot, window, Qt.Key.Key_Space)
    assert session.snapshot.live.paused_at == cockpit.clock.now()
    cockpit.advance(timedelta(seconds=45))
    assert session.reading().paused
    assert session.reading().remaining == timedelta(minutes=19, seconds=30)
    assert window.countdown.text == "19:30"
    assert window.countdown.style_colours == PAUSED_STYLE
    assert is_shown(window.paused_badge)

    # Space again resumes from where it stood.
    press(qtbot, window, Qt.Key.Key_Space)
    assert session.snapshot.live.paused_at is None
    assert session.snapshot.live.paused_total == timedelta(seconds=45)
    cockpit.advance(timedelta(seconds=15))
    assert session.reading().remaining == timedelta(minutes=19, seconds=15)
    assert window.countdown.text == "19:15"
    assert window.countdown.style_colours == PHASE_STYLES[Phase.NORMAL]
    assert not is_shown(window.paused_badge)


def test_the_keypad_plus_and_minus_work_like_the_main_keys(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    press(qtbot, cockpit.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert cockpit.window.countdown.text == "21:00"
    press(qtbot, cockpit.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    press(qtbot, cockpit.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    assert cockpit.window.countdown.text == "19:00"


@pytest.mark.parametrize("field_type", [QLineEdit, QPlainTextEdit])
def test_no_shortcut_fires_while_typing_in_a_text_field(
    qtbot: QtBot, cockpit: Cockpit, field_type: type[QLineEdit] | type[QPlainTextEdit]
) -> None:
    window, session = cockpit.window, cockpit.session
    # Given the show running, and a text field in the cockpit (a note, a search box).
    field = field_type(window.centralWidget())
    window.centralWidget().layout().addWidget(field)
    bring_to_front(qtbot, window)
    cockpit.at(at(14, 10))
    session.goto_slot(cockpit.slot_id(IMPULS_1))
    before = session.snapshot.live

    # When the moderator types into it, space, plus and minus included, and moves the cursor.
    field.setFocus()
    qtbot.keyClicks(field, " +-")
    press(qtbot, field, Qt.Key.Key_Right)
    press(qtbot, field, Qt.Key.Key_Left)

    # Then the keys went to the field, not to the show.
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert text == " +-"
    assert session.snapshot.live == before
    assert window.countdown.text == "20:00"

    # Esc brings the focus back to the cockpit, where Space pauses again.
    press(qtbot, field, Qt.Key.Key_Escape)
    assert not field.hasFocus()
    assert QApplication.focusWidget() is window.centralWidget()
    press(qtbot, window, Qt.Key.Key_Space)
    assert session.snapshot.live.paused_at == cockpit.clock.now()


# --- colours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("into_the_slot", "text", "phase"),
    [
        (timedelta(0), "20:00", Phase.NORMAL),
        (timedelta(minutes=17, seconds=59), "2:01", Phase.NORMAL),
        (timedelta(minutes=18), "2:00", Phase.WARNING),
        (timedelta(minutes=19, seconds=29), "0:31", Phase.WARNING),
        (timedelta(minutes=19, seconds=30), "0:30", Phase.FINAL),
        (timedelta(minutes=19, seconds=59), "0:01", Phase.FINAL),
        (timedelta(minutes=20, seconds=1), "+0:01", Phase.OVERTIME),
        (timedelta(minutes=25), "+5:00", Phase.OVERTIME),
    ],
)
def test_the_countdown_takes_the_colour_of_its_phase(
    cockpit: Cockpit, into_the_slot: timedelta, text: str, phase: Phase
) -> None:
    # Given Impuls 1 (20 minutes) started on time at 14:10.
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    cockpit.advance(into_the_slot)

    assert cockpit.session.reading().phase is phase
    assert cockpit.window.countdown.text == text
    assert cockpit.window.countdown.style_colours == PHASE_STYLES[phase]


def test_before_the_show_the_countdown_runs_to_the_first_slot_in_its_own_colours(cockpit: Cockpit) -> None:
    cockpit.at(at(13, 47, 30))

    assert cockpit.session.reading().phase is Phase.BEFORE_SHOW
    assert cockpit.window.countdown.text == "2:30"
    assert cockpit.window.countdown.style_colours == PHASE_STYLES[Phase.BEFORE_SHOW]
    assert cockpit.window.slot_title.text() == "Einwahl und Technik-Check"


def test_a_paused_countdown_is_grey_whatever_its_phase(cockpit: Cockpit) -> None:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    cockpit.advance(timedelta(minutes=19, seconds=45))  # final phase
    cockpit.session.toggle()

    cockpit.advance(timedelta(minutes=3))

    assert cockpit.session.reading().phase is Phase.FINAL
    assert cockpit.window.countdown.text == "0:15"
    assert cockpit.window.countdown.style_colours == PAUSED_STYLE


def test_after_the_end_the_countdown_says_so(cockpit: Cockpit) -> None:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    cockpit.session.end_show()

    assert cockpit.window.countdown.text == "End"
    assert cockpit.window.countdown.style_colours == PHASE_STYLES[Phase.ENDED]


@pytest.mark.parametrize(
    ("remaining", "style"),
    [
        (timedelta(seconds=29), FLASH_STYLE),  # an odd second in the final phase
        (timedelta(seconds=28), PHASE_STYLES[Phase.FINAL]),
        (timedelta(seconds=-1), FLASH_STYLE),  # the first seconds of overtime flash too
        (timedelta(seconds=-11), PHASE_STYLES[Phase.OVERTIME]),
        (timedelta(seconds=61), PHASE_STYLES[Phase.WARNING]),  # never in the warning phase
    ],
)
def test_with_flashing_on_the_last_seconds_flash(cockpit: Cockpit, remaining: timedelta, style: object) -> None:
    cockpit.window.settings.flash = True
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    cockpit.advance(timedelta(minutes=20) - remaining)

    assert cockpit.session.reading().remaining == remaining
    assert cockpit.window.countdown.style_colours == style


# --- the speaker view --------------------------------------------------------------------


def test_the_speaker_view_mirrors_the_cockpit(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    # F11 opens the speaker view.
    window.actions_[ActionId.SPEAKER_VIEW].trigger()
    view = cockpit.speaker_view()
    qtbot.addWidget(view)
    assert view.isVisible()
    assert window.actions_[ActionId.SPEAKER_VIEW].isChecked()

    # It shows what the cockpit shows, through every phase.
    for step in (timedelta(0), timedelta(minutes=18, seconds=10), timedelta(minutes=1, seconds=30), timedelta(seconds=40)):
        cockpit.advance(step)
        assert view.countdown.text == window.countdown.text
        assert view.countdown.style_colours == window.countdown.style_colours
        assert view.title.text() == "Impuls 1"
    assert view.countdown.text == "+0:20"
    assert view.countdown.style_colours == PHASE_STYLES[Phase.OVERTIME]

    # A second F11 puts it away.
    window.actions_[ActionId.SPEAKER_VIEW].trigger()
    assert not view.isVisible()
    assert not window.actions_[ActionId.SPEAKER_VIEW].isChecked()


def keyboard(qtbot: QtBot, key: Qt.Key) -> None:
    """A key on the real keyboard: it goes to whichever window is active."""
    active = QApplication.activeWindow()
    assert active is not None
    qtbot.keyClick(active, key)


def test_the_keys_still_work_after_f11_opened_the_speaker_view(qtbot: QtBot, qapp: QApplication, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    cockpit.at(at(13, 50))
    keyboard(qtbot, Qt.Key.Key_Space)  # the show runs

    # The window system may hand the focus to the new window: give it the chance.
    with qtbot.waitSignal(qapp.focusWindowChanged, timeout=1000, raising=False):
        keyboard(qtbot, Qt.Key.Key_F11)
    view = cockpit.speaker_view()
    qtbot.addWidget(view)
    assert view.isVisible()

    keyboard(qtbot, Qt.Key.Key_Space)
    assert cockpit.session.snapshot.live.paused_at is not None
    keyboard(qtbot, Qt.Key.Key_F11)
    assert not view.isVisible()


def test_the_moderator_sends_a_message_to_the_speaker(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    window.toggle_speaker_view()
    view = cockpit.speaker_view()
    qtbot.addWidget(view)

    window.actions_[ActionId.SPEAKER_MESSAGE].trigger()
    dialog = window.findChild(QInputDialog)
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Bitte zum Schluss kommen")
    dialog.accept()

    assert view.message.text() == "Bitte zum Schluss kommen"
    assert view.message.textFormat() == Qt.TextFormat.PlainText


def test_wrap_up_shows_and_clears_the_standard_message(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    window.toggle_speaker_view()
    qtbot.addWidget(cockpit.speaker_view())

    window.actions_[ActionId.SPEAKER_WRAP_UP].trigger()
    assert cockpit.speaker_view().message.text() == "Please wrap up"
    window.actions_[ActionId.SPEAKER_WRAP_UP].trigger()
    assert cockpit.speaker_view().message.text() == ""


def test_blackout_turns_the_speaker_view_black(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    window.toggle_speaker_view()
    view = cockpit.speaker_view()
    qtbot.addWidget(view)
    view.resize(640, 360)

    window.actions_[ActionId.SPEAKER_BLACKOUT].trigger()
    assert view.blacked_out
    image = view.grab().toImage()
    for x, y in ((5, 5), (320, 180), (630, 350)):
        assert image.pixelColor(x, y) == QColor("black")

    window.actions_[ActionId.SPEAKER_BLACKOUT].trigger()
    assert not view.blacked_out
    image = view.grab().toImage()
    assert image.pixelColor(320, 180) != QColor("black")


def test_blink_flashes_the_speaker_view_and_restores_the_current_value(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    window.toggle_speaker_view()
    view = cockpit.speaker_view()
    qtbot.addWidget(view)

    # The blink runs on its own Qt timer (250 ms steps): wall time, not the show clock.
    view.blink(times=2)
    qtbot.waitUntil(lambda: view.countdown.style_colours == FLASH_STYLE, timeout=2000)
    # The show goes on while it blinks; the blink ends on the value of now.
    cockpit.advance(timedelta(seconds=3))
    qtbot.waitUntil(lambda: view.countdown.style_colours == PHASE_STYLES[Phase.NORMAL], timeout=2000)
    assert view.countdown.text == window.countdown.text == "19:57"


def test_the_blink_key_blinks_the_speaker_view(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    cockpit.window.toggle_speaker_view()
    view = cockpit.speaker_view()
    qtbot.addWidget(view)

    cockpit.window.actions_[ActionId.SPEAKER_BLINK].trigger()

    qtbot.waitUntil(lambda: view.countdown.style_colours == FLASH_STYLE, timeout=2000)


# --- the status line and the run sheet ---------------------------------------------------


def run_late(cockpit: Cockpit, late: timedelta) -> None:
    """Pre-show and welcome on time, Impuls 1 (planned 14:10) started ``late`` (or early)."""
    cockpit.at(at(13, 50))
    cockpit.session.toggle()
    cockpit.advance(timedelta(minutes=10))
    cockpit.session.next_slot()
    cockpit.at(at(14, 10) + late)
    cockpit.session.next_slot()


def test_the_status_line_tells_how_late_the_show_runs_and_when_it_will_end(cockpit: Cockpit) -> None:
    window = cockpit.window
    run_late(cockpit, timedelta(minutes=2))
    cockpit.advance(timedelta(minutes=5))

    assert cockpit.session.reading().drift == timedelta(minutes=2)
    assert window.drift.text() == "+2:00 behind"
    assert window.drift.property("late") == "true"
    assert window.projected_end.text() == "ends 15:32"
    assert window.wall_clock.text() == "14:17:00"


def test_the_status_line_says_on_time(cockpit: Cockpit) -> None:
    run_late(cockpit, timedelta(0))

    assert cockpit.window.drift.text() == "on time"
    assert cockpit.window.drift.property("late") == "false"
    assert cockpit.window.projected_end.text() == "ends 15:30"


def test_the_status_line_says_ahead(cockpit: Cockpit) -> None:
    # The welcome was short: Impuls 1 (planned 14:10) starts at 14:05.
    run_late(cockpit, -timedelta(minutes=5))

    assert cockpit.window.drift.text() == "−5:00 ahead"
    assert cockpit.window.drift.property("late") == "false"
    assert cockpit.window.projected_end.text() == "ends 15:25"


def test_a_rehearsal_in_winter_time_projects_the_end_at_the_right_hour(cockpit: Cockpit) -> None:
    # Given a rehearsal for the June event on 25 March (still winter time, UTC+1),
    # Impuls 1 started at 14:10 as on the day.
    rehearsal = datetime(2021, 3, 25, 14, 10, tzinfo=BERLIN)
    cockpit.at(rehearsal)
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    # Then the rest of the run sheet follows from 14:30: the show would end at 15:30.
    reading = cockpit.session.reading()
    assert reading.projected_end == rehearsal + timedelta(minutes=80)
    assert cockpit.window.projected_end.text() == "ends 15:30"
    model = cockpit.window.run_sheet_model
    assert model.data(model.index(IMPULS_2, 1)) == "14:30"


def test_the_run_sheet_highlights_the_current_slot_and_dims_the_done_ones(cockpit: Cockpit) -> None:
    run_late(cockpit, timedelta(minutes=2))
    model = cockpit.window.run_sheet_model

    def cell(row: int, column: int = 0, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    # Actual starts for the slots run, the current one, then expected starts two minutes late.
    assert [cell(row, 1) for row in range(model.rowCount())] == ["13:50", "14:00", "14:12", "14:32", "14:47", "15:02"]
    assert [cell(row, 0) for row in range(model.rowCount())] == ["13:50", "14:00", "14:10", "14:30", "14:45", "15:00"]
    background = cell(IMPULS_1, 3, Qt.ItemDataRole.BackgroundRole)
    assert background is not None and background.color() == CURRENT_BACKGROUND  # type: ignore[attr-defined]
    font = cell(IMPULS_1, 3, Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()  # type: ignore[attr-defined]
    for done in (PRE_SHOW, WELCOME):
        foreground = cell(done, 3, Qt.ItemDataRole.ForegroundRole)
        assert foreground is not None and foreground.color() == DONE_FOREGROUND  # type: ignore[attr-defined]
        assert cell(done, 3, Qt.ItemDataRole.BackgroundRole) is None
    for later in (IMPULS_2, IMPULS_3, PANEL):
        assert cell(later, 3, Qt.ItemDataRole.BackgroundRole) is None
        assert cell(later, 3, Qt.ItemDataRole.ForegroundRole) is None


# --- re-planning -------------------------------------------------------------------------


@pytest.mark.parametrize("late", [timedelta(0), timedelta(seconds=31), timedelta(minutes=2)])
def test_no_replanning_suggestion_for_a_delay_talking_can_make_up(cockpit: Cockpit, late: timedelta) -> None:
    # An hour is left after Impuls 1: a delay under 5 % of it (3 minutes) is no reason
    # to cut anybody's slot.
    run_late(cockpit, late)

    assert not is_shown(cockpit.window.suggestion)


def test_a_late_show_gets_a_replanning_suggestion(cockpit: Cockpit) -> None:
    run_late(cockpit, timedelta(minutes=4))

    assert is_shown(cockpit.window.suggestion)
    assert "4:00 late" in cockpit.window.suggestion_text.text()


def test_applying_the_suggestion_brings_the_projected_end_back_to_the_plan(cockpit: Cockpit) -> None:
    # Given Impuls 1 started four minutes late: the show would end at 15:34.
    run_late(cockpit, timedelta(minutes=4))
    planned_end = cockpit.session.snapshot.event.end
    assert cockpit.session.reading().projected_end == planned_end + timedelta(minutes=4)
    before = cockpit.session.slots

    # When the moderator applies the suggestion.
    cockpit.window.apply_suggestion()

    # Then the slots after the current one are shorter, the ones before untouched...
    after = cockpit.session.slots
    assert after[: IMPULS_1 + 1] == before[: IMPULS_1 + 1]
    assert all(new.duration < old.duration for old, new in zip(before[IMPULS_2:], after[IMPULS_2:], strict=True))
    assert after[-1].end == planned_end
    # ...and the show is expected to end on time, with nothing more to suggest.
    assert abs(cockpit.session.reading().projected_end - planned_end) <= timedelta(seconds=1)
    assert not is_shown(cockpit.window.suggestion)


def test_applying_when_on_time_changes_nothing(cockpit: Cockpit) -> None:
    run_late(cockpit, timedelta(0))
    before = cockpit.session.slots

    cockpit.window.apply_suggestion()

    assert cockpit.session.slots == before
    assert "nothing to shorten" in cockpit.window.banner.text()


# --- restarting the show -----------------------------------------------------------------


def open_reset_box(window: CockpitWindow) -> QMessageBox:
    window.actions_[ActionId.RESET_SHOW].trigger()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_restarting_the_show_asks_first_and_cancel_keeps_it_running(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    run_late(cockpit, timedelta(0))
    before = cockpit.session.snapshot.live

    box = open_reset_box(cockpit.window)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()

    assert not box.isVisible()
    assert cockpit.session.snapshot.live == before
    assert cockpit.window.slot_title.text() == "Impuls 1"


def test_confirming_the_restart_goes_back_to_before_the_show(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    run_late(cockpit, timedelta(0))
    revision = cockpit.session.snapshot.live.revision

    box = open_reset_box(cockpit.window)
    restart = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    restart.click()

    assert cockpit.session.snapshot.live == LiveState(revision=revision + 1)
    assert cockpit.session.reading().phase is Phase.BEFORE_SHOW
    assert cockpit.window.countdown.style_colours == PHASE_STYLES[Phase.BEFORE_SHOW]
    assert cockpit.window.slot_title.text() == "Einwahl und Technik-Check"


# --- other processes ---------------------------------------------------------------------


def test_an_action_from_another_process_shows_after_one_poll(
    qtbot: QtBot, tmp_path: Path, event_template: Path
) -> None:
    # The command line uses the system clock, so this cockpit's clock starts at real "now".
    cockpit = open_cockpit(qtbot, tmp_path, event_template, start=datetime.now(UTC))
    cockpit.session.toggle()  # the pre-show runs
    assert POLL_INTERVAL_MS <= 1000

    # A stream-deck button runs "moderator control FILE next" in a process of its own.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    sent = datetime.now(UTC)
    result = subprocess.run(
        [sys.executable, "-m", "moderator", "control", str(cockpit.path), "next"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    # No event loop ran meanwhile: the window still shows the pre-show.
    assert cockpit.window.slot_title.text() == "Einwahl und Technik-Check"

    cockpit.clock.set(datetime.now(UTC))
    cockpit.session.refresh_if_changed()  # one poll

    assert cockpit.session.snapshot.live.current_slot_id == cockpit.slot_id(WELCOME)
    assert cockpit.window.slot_title.text() == "Begrüßung"
    remaining = cockpit.session.reading().remaining
    assert cockpit.clock.now() - sent >= timedelta(minutes=10) - remaining >= timedelta(0)


def test_the_poll_timer_picks_up_a_co_hosts_action_by_itself(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))

    # A co-host's instance (its own store and session on the same file) is handed the
    # clock and adds a minute.
    co_host = EventSession(
        EventStore.open(cockpit.path), FakeClock(cockpit.clock.now()), name="Anna", role=HostRole.COHOST
    )
    assert not co_host.add_time(60)  # the moderator's instance controls the clock
    assert cockpit.session.hand_over(co_host.me.id)
    co_host.heartbeat()
    assert co_host.is_controller
    assert co_host.add_time(60)
    co_host.close()

    qtbot.waitUntil(lambda: cockpit.window.countdown.text == "21:00", timeout=POLL_INTERVAL_MS * 10)


def _co_host_adds_a_minute(cockpit: Cockpit) -> None:
    """A co-host's instance (its own store and session on the same file) is handed the
    clock and adds a minute."""
    co_host = EventSession(
        EventStore.open(cockpit.path), FakeClock(cockpit.clock.now()), name="Anna", role=HostRole.COHOST
    )
    assert cockpit.session.hand_over(co_host.me.id)
    co_host.heartbeat()
    assert co_host.add_time(60)
    co_host.close()


def test_a_write_to_the_file_wakes_the_cockpit_without_the_poll(qtbot: QtBot, cockpit: Cockpit) -> None:
    """The file system tells of every commit (the WAL is written): the cockpit shows a
    co-host's change without waiting for a poll, and the poll slows to a safety net."""
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    qtbot.waitUntil(lambda: cockpit.session._poll.interval() == WATCHED_POLL_INTERVAL_MS, timeout=5000)
    cockpit.session._poll.stop()  # only the file watcher may bring the change now

    _co_host_adds_a_minute(cockpit)

    qtbot.waitUntil(lambda: cockpit.window.countdown.text == "21:00", timeout=5000)


def test_a_commit_the_watcher_missed_brings_the_quick_poll_back(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    qtbot.waitUntil(lambda: cockpit.session._poll.interval() == WATCHED_POLL_INTERVAL_MS, timeout=5000)
    watcher = cockpit.session._files
    assert watcher is not None
    watcher.blockSignals(True)  # as on a file system that does not report writes

    _co_host_adds_a_minute(cockpit)
    cockpit.session._polled()  # the safety net's turn

    assert cockpit.window.countdown.text == "21:00"
    assert cockpit.session._poll.interval() == POLL_INTERVAL_MS
    watcher.blockSignals(False)


# --- read-only files ---------------------------------------------------------------------


def test_a_read_only_file_can_be_followed_but_not_changed(
    qtbot: QtBot, tmp_path: Path, event_template: Path
) -> None:
    cockpit = open_cockpit(qtbot, tmp_path, event_template, read_only=True, start=at(14, 12))
    window = cockpit.window
    bring_to_front(qtbot, window)

    for action_id, spec in SPECS.items():
        assert window.actions_[action_id].isEnabled() is not spec.live, action_id
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Right)
    assert cockpit.session.snapshot.live == LiveState()
    assert window.read_only_badge.text() == "Read-only"
    # Late by two minutes before the show even started, but nothing to apply here.
    assert cockpit.session.reading().drift == timedelta(minutes=22)
    assert not is_shown(window.suggestion)


@pytest.mark.parametrize("text", ["4:59", "-1:02:03", "47936:43:42", "-47936:43:42"])
def test_the_countdown_always_fits_its_box(qtbot: QtBot, text: str) -> None:
    """Even an event file from another year (thousands of hours away) is shown whole."""
    from moderator.ui.countdown import CountdownDisplay

    display = CountdownDisplay()
    qtbot.addWidget(display)
    display.resize(600, 260)
    style = PHASE_STYLES[Phase.NORMAL]
    display.show_value(text, style)
    image = display.grab().toImage()
    background = QColor(style.background)
    # The text is drawn in a box 12 pixels in from the edges and cut off at the box: the
    # columns just inside it hold no ink when the whole text fits.
    for x in (*range(12, 16), *range(image.width() - 16, image.width() - 12)):
        for y in range(0, image.height(), 4):
            assert image.pixelColor(x, y) == background, (text, x, y)


def test_the_queue_search_offers_its_clear_button_once_there_is_text(qtbot: QtBot, cockpit: Cockpit) -> None:
    """The search box's clear button (made with the first text) is there when it can clear."""
    bring_to_front(qtbot, cockpit.window)
    search = cockpit.window.queue_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "Frage")
    assert search.isClearButtonEnabled()
    search.clear()
    assert search.text() == ""
