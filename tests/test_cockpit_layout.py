"""The cockpit's layout holds at laptop and desktop size, in English and German, in every phase.

Built at 1366×768 and 1920×1080 over the seed-like event with a fake clock, in each phase
(before the show, a slot, the panel with a question on air, a banner, the re-planning
suggestion, a read-only file, a rehearsal). From widget geometry alone it checks what the
moderator relies on at arm's length:

- the key widgets are inside the window and none is drawn over another;
- the countdown takes at least a quarter of the window's height;
- the slot on air and the next two are visible in the run sheet;
- every label shows its text whole, or cut with "…" (never silently clipped);
- a banner does not move anything.

Set ``MODERATOR_SCREENSHOTS=DIR`` to also write each case as a PNG for people to look at
(``tests/tools/screenshots.py`` writes the same set).
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from helpers import make_event_file
from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.banner import Banner
from moderator.ui.elide import ELLIPSIS, ElidedLabel, lines_needed
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations
from moderator.ui.main_window import RUN_SHEET_ROWS_AHEAD, CockpitWindow
from moderator.ui.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("en", "de")
LONG_ERROR = (
    "The connection to the shared event is lost; trying again. The clock keeps counting. "
    "Questions to send when it is back: 3. Everything entered meanwhile is kept."
)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_event_file(tmp_path_factory.mktemp("layout"))


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")


# -- the phases ------------------------------------------------------------------------------------


def before_show(session: EventSession, clock: FakeClock) -> None:
    clock.set(at(13, 42, 10))


def slot(session: EventSession, clock: FakeClock) -> None:
    clock.set(at(13, 50, 5))
    session.toggle()
    clock.advance(timedelta(minutes=10, seconds=20))
    session.next_slot()
    clock.advance(timedelta(minutes=10))
    session.next_slot()  # Impuls 1
    session.hand_off_next()
    clock.advance(timedelta(minutes=19, seconds=10))  # the cue shows


def panel(session: EventSession, clock: FakeClock) -> None:
    clock.set(at(15, 0))
    session.toggle()
    session.goto_slot(session.slots[-1].id or 0)
    for digit in (1, 2, 1):
        session.hand_off_digit(digit)
        clock.advance(timedelta(seconds=95))
    asked = [
        ("Wie können kleine Gemeinden ohne eigene IT-Abteilung mit Open Data anfangen, und was kostet es sie im ersten Jahr wirklich, wenn niemand im Haus sich auskennt?", "Maria Weber", "Gemeinde Ebsdorfergrund"),
        ("Gibt es Förderprogramme des Bundes für kommunale Beteiligungsplattformen?", "Jens Albrecht", "Stadt Marburg"),
        ("Welche Rolle spielt der Nationale Aktionsplan für Landkreise?", "Petra Hofmann", "Landkreis Gießen"),
    ]
    for text, who, organisation in asked:
        session.add_question(text, asked_by=who, organisation=organisation)
    session.set_question_status(session.snapshot.questions[0].id or 0, QuestionStatus.ON_AIR)
    clock.advance(timedelta(seconds=40))


def banner(session: EventSession, clock: FakeClock) -> None:
    slot(session, clock)


def replanning(session: EventSession, clock: FakeClock) -> None:
    clock.set(at(13, 50))
    session.toggle()
    clock.advance(timedelta(minutes=10))
    session.next_slot()
    clock.advance(timedelta(minutes=16))  # the welcome runs 6 minutes long


def read_only(session: EventSession, clock: FakeClock) -> None:
    clock.set(at(14, 12))


def other_day(session: EventSession, clock: FakeClock) -> None:
    clock.set(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN))


def rehearsal(session: EventSession, clock: FakeClock) -> None:
    from moderator.app import operations as ops

    clock.set(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN))
    session.run(ops.StartRehearsal())
    session.toggle()
    clock.advance(timedelta(minutes=10, seconds=5))
    session.next_slot()
    session.hand_off_next()
    clock.advance(timedelta(minutes=3))


PHASES: dict[str, Callable[[EventSession, FakeClock], None]] = {
    "before-show": before_show,
    "slot": slot,
    "panel": panel,
    "banner": banner,
    "replanning": replanning,
    "read-only": read_only,
    "other-day": other_day,
    "rehearsal": rehearsal,
}


# -- the checks ------------------------------------------------------------------------------------


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def key_widgets(window: CockpitWindow) -> dict[str, QWidget]:
    widgets: dict[str, QWidget] = {
        "slot_kind": window.slot_kind,
        "slot_title": window.slot_title,
        "countdown": window.countdown,
        "progress": window.progress,
        "elapsed": window.elapsed,
        "now_card": window.now_card,
        "next_card": window.next_card,
        "cue": window.cue,
        "suggestion": window.suggestion,
        "run_sheet": window.run_sheet,
        "on_air": window.on_air,
        "queue": window.queue_panel,
        "balance": window.balance,
        "capture": window.capture,
        "banner": window.banner,
        "rehearsal_badge": window.rehearsal_badge,
        "show_date": window.show_date,
        "rehearse_button": window.rehearse_button,
        "wall_clock": window.wall_clock,
        "drift": window.drift,
        "projected_end": window.projected_end,
        "read_only_badge": window.read_only_badge,
    }
    return {name: widget for name, widget in widgets.items() if widget.isVisible() and widget.width() > 0 and widget.height() > 0}


def clipped_labels(window: CockpitWindow) -> list[str]:
    """Labels whose text does not fit and is not cut with "…"."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.textFormat() is Qt.TextFormat.RichText:
            continue
        name = label.objectName() or type(label).__name__
        if isinstance(label, (ElidedLabel, Banner)):
            shown = label.shown_text()
            # Cut with "…": at the end, or before an end it keeps (the live line's undo key).
            if shown != label.text() and ELLIPSIS not in shown:
                problems.append(f"{name}: {shown!r}")
            continue
        metrics = label.fontMetrics()
        room = label.contentsRect()
        if label.wordWrap():
            lines = lines_needed(metrics, label.text(), room.width())
            if lines * metrics.lineSpacing() > room.height() + 2:
                problems.append(f"{name}: {label.text()!r} needs {lines} lines in {room.height()} px")
        elif metrics.horizontalAdvance(label.text()) > room.width() + 1:
            problems.append(f"{name}: {label.text()!r} is wider than {room.width()} px")
    return problems


def check_layout(window: CockpitWindow) -> None:
    bounds = window.rect()
    widgets = key_widgets(window)
    rects = {name: rect_in(window, widget) for name, widget in widgets.items()}
    outside = [name for name, rect in rects.items() if not bounds.contains(rect)]
    assert not outside, f"outside the window {bounds}: {[(n, rects[n]) for n in outside]}"
    overlapping = [
        (a, b)
        for a, b in itertools.combinations(rects, 2)
        if rects[a].intersects(rects[b])
        and not widgets[a].isAncestorOf(widgets[b])
        and not widgets[b].isAncestorOf(widgets[a])
    ]
    assert not overlapping, f"drawn over each other: {[(a, rects[a], b, rects[b]) for a, b in overlapping]}"
    assert window.countdown.height() >= window.height() / 4, f"countdown {window.countdown.height()} of {window.height()}"
    assert window.countdown.fits(), f"the countdown {window.countdown.text!r} runs out of its box"
    problems = clipped_labels(window)
    assert not problems, "cut without an ellipsis:\n" + "\n".join(problems)
    reading = window.session.reading()
    if reading.slot_index is not None and reading.phase.value not in ("before_show", "ended"):
        viewport = window.run_sheet.viewport().rect()
        last = min(reading.slot_index + RUN_SHEET_ROWS_AHEAD, window.run_sheet_model.rowCount() - 1)
        for row in range(reading.slot_index, last + 1):
            cell = window.run_sheet.visualRect(window.run_sheet_model.index(row, 3))
            assert viewport.contains(cell), f"run sheet row {row} not in view ({cell} in {viewport})"


def settle() -> None:
    # Two passes: a change of minimum sizes in nested layouts settles in the second.
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("phase", list(PHASES))
def test_the_cockpit_layout_holds(
    qtbot: QtBot, tmp_path: Path, template: Path, language: str, phase: str, size: tuple[int, int]
) -> None:
    path = Path(shutil.copy(template, tmp_path / template.name))
    clock = FakeClock(at(13, 40))
    session = EventSession(EventStore.open(path, read_only=phase == "read-only"), clock)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    PHASES[phase](session, clock)
    window.refresh()
    settle()
    before = {name: rect_in(window, widget) for name, widget in key_widgets(window).items()}
    if phase == "banner":
        window.banner.show_message(LONG_ERROR, seconds=0)
        window.refresh()
        settle()
        after = {name: rect_in(window, widget) for name, widget in key_widgets(window).items()}
        moved = {name: (before[name], rect) for name, rect in after.items() if name in before and rect != before[name]}
        assert not moved, f"the banner moved: {moved}"
    window.refresh()
    settle()
    shots = os.environ.get("MODERATOR_SCREENSHOTS")
    if shots:
        folder = Path(shots)
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / f"cockpit-{phase}-{size[0]}x{size[1]}-{language}.png"))
    check_layout(window)


def test_the_cockpit_and_the_editor_open_within_the_screen(qtbot: QtBot, tmp_path: Path, template: Path) -> None:
    path = Path(shutil.copy(template, tmp_path / template.name))
    session = EventSession(EventStore.open(path), FakeClock(at(13, 40)))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    assert area.contains(window.geometry()), (window.geometry(), area)
    window.edit_run_sheet()
    editor = window.run_sheet_editor
    assert area.contains(editor.geometry()), (editor.geometry(), area)
    editor.close()
