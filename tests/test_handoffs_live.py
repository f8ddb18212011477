"""Hand-offs in the cockpit and on the command line, on the seed event's run sheet.

Given the seed event (Impuls 1 with Haselbeck and Schade; the panel with Goessmann, Groh,
Laumer, Plate, Schade and the moderator Handschuh), driven with a fake clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.settings import Settings

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path) -> Iterator[CockpitWindow]:
    path = make_event_file(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    session = EventSession(EventStore.open(path), FakeClock(at(13, 50)))
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def fake(window: CockpitWindow) -> FakeClock:
    clock = window.session.clock
    assert isinstance(clock, FakeClock)
    return clock


def press(qtbot: QtBot, window: CockpitWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.centralWidget(), key)
    window.refresh()


def name_of(window: CockpitWindow, person_id: int | None) -> str:
    person = window.session.snapshot.person(person_id)
    return person.display_name if person else ""


def speaking(window: CockpitWindow) -> str:
    open_ = [h for h in window.session.handoffs if h.ended_at is None]
    return name_of(window, open_[0].person_id) if open_ else ""


def start_impuls_1(window: CockpitWindow) -> None:
    session = window.session
    session.toggle()
    session.goto_slot(window.session.slots[2].id or 0)
    window.refresh()


def test_the_first_speaker_is_proposed_not_assumed(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    assert speaking(cockpit) == ""
    assert "Sebastian Haselbeck" in cockpit.now_card.name.text()
    assert "N" in cockpit.now_card.heading.text()
    press(qtbot, cockpit, Qt.Key.Key_N)
    assert speaking(cockpit) == "Sebastian Haselbeck"
    assert cockpit.now_card.name.text() == "Sebastian Haselbeck"


def test_digit_keys_hand_off_and_the_up_next_card_follows_the_run_sheet(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    press(qtbot, cockpit, Qt.Key.Key_2)
    assert speaking(cockpit) == "Dr. Kristina Schade"
    # Schade is the last of Impuls 1: up next is Impuls 2's speaker, with the intro line.
    assert cockpit.next_card.name.text() == "David Goessmann"
    assert "Impuls 2" in cockpit.next_card.heading.text()
    press(qtbot, cockpit, Qt.Key.Key_1)
    assert speaking(cockpit) == "Sebastian Haselbeck"
    assert cockpit.next_card.name.text() == "Dr. Kristina Schade"
    assert cockpit.now_card.details.text() == "Bundeskanzleramt"


def test_a_slot_change_closes_the_floor(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    press(qtbot, cockpit, Qt.Key.Key_1)
    fake(cockpit).advance(timedelta(minutes=5))
    press(qtbot, cockpit, Qt.Key.Key_Right)
    assert speaking(cockpit) == ""
    assert cockpit.now_card.name.text() == "David Goessmann"  # proposed for Impuls 2
    closed = cockpit.session.handoffs[-1]
    assert closed.ended_at is not None and closed.ended_at - closed.started_at == timedelta(minutes=5)


def test_a_mistaken_hand_off_is_undone_without_touching_the_totals(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    press(qtbot, cockpit, Qt.Key.Key_1)
    fake(cockpit).advance(timedelta(minutes=3))
    press(qtbot, cockpit, Qt.Key.Key_2)  # by mistake
    fake(cockpit).advance(timedelta(seconds=20))
    press(qtbot, cockpit, Qt.Key.Key_Backspace)
    assert speaking(cockpit) == "Sebastian Haselbeck"
    fake(cockpit).advance(timedelta(minutes=1))
    cockpit.refresh()
    rows = {name_of(cockpit, pid): t for pid, t in _slot_talk(cockpit).items()}
    assert rows == {"Sebastian Haselbeck": timedelta(minutes=4, seconds=20)}


def _slot_talk(window: CockpitWindow) -> dict[int, timedelta]:
    from moderator.domain import handoffs as floor

    session = window.session
    slot_id = session.snapshot.live.current_slot_id
    return floor.talk_times(session.handoffs, session.pauses, session.clock.now(), slot_id)


def test_pauses_do_not_count_as_talk_time(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    press(qtbot, cockpit, Qt.Key.Key_1)
    fake(cockpit).advance(timedelta(minutes=2))
    press(qtbot, cockpit, Qt.Key.Key_Space)  # pause: the stream has a problem
    fake(cockpit).advance(timedelta(minutes=5))
    press(qtbot, cockpit, Qt.Key.Key_Space)
    fake(cockpit).advance(timedelta(minutes=1))
    cockpit.refresh()
    assert list(_slot_talk(cockpit).values()) == [timedelta(minutes=3)]
    assert "3:00" in cockpit.now_card.answer.text()


def test_the_cue_appears_at_the_configured_time(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    cockpit.settings.cue_seconds = 90
    start_impuls_1(cockpit)
    fake(cockpit).advance(timedelta(minutes=18, seconds=29))
    cockpit.refresh()
    assert cockpit.cue.isHidden()
    fake(cockpit).advance(timedelta(seconds=1))
    cockpit.refresh()
    assert not cockpit.cue.isHidden()
    assert cockpit.cue.text() == "Next: Impuls 2 — David Goessmann, OECD"


def test_the_panel_balance_shows_five_panelists_and_who_has_not_spoken(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    session.toggle()
    session.goto_slot(session.slots[-1].id or 0)
    for digit, minutes in ((1, 4), (6, 1), (2, 3), (6, 1), (3, 2)):
        session.hand_off_digit(digit)
        fake(cockpit).advance(timedelta(minutes=minutes))
    cockpit.refresh()
    names = [name_of(cockpit, pid) for pid in cockpit.balance.people]
    assert names == ["David Goessmann", "Adriana Groh", "Ralf Laumer", "Dr. Tobias Plate", "Dr. Kristina Schade", "Alexander Handschuh"]
    from moderator.domain import handoffs as floor

    slot = session.slots[-1]
    rows = {name_of(cockpit, r.person_id): r for r in floor.balance(slot, session.handoffs, session.pauses, session.clock.now())}
    panel = [r for r in rows.values() if not r.moderating]
    assert len(panel) == 5
    assert sum(r.share for r in panel) == pytest.approx(1.0)
    assert rows["David Goessmann"].share == pytest.approx(4 / 9)
    assert not rows["Dr. Tobias Plate"].has_spoken and not rows["Dr. Kristina Schade"].has_spoken
    assert rows["Alexander Handschuh"].moderating
    # What the moderator sees: "not yet" beside those who have not spoken.
    texts = [cockpit.balance._rows[pid][2].text() for pid in cockpit.balance.people]  # noqa: SLF001
    assert texts[3] == "not yet" and texts[4] == "not yet" and texts[0] == "4:00"


def test_clicking_a_person_hands_off(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    session.toggle()
    session.goto_slot(session.slots[-1].id or 0)
    cockpit.refresh()
    groh = cockpit.balance.people[1]
    cockpit.balance._rows[groh][0].click()  # noqa: SLF001
    cockpit.refresh()
    assert speaking(cockpit) == "Adriana Groh"


def test_the_speaker_view_names_the_speaker(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    start_impuls_1(cockpit)
    cockpit.toggle_speaker_view()
    assert cockpit.speaker_view is not None
    qtbot.addWidget(cockpit.speaker_view)
    press(qtbot, cockpit, Qt.Key.Key_2)
    assert cockpit.speaker_view.speaker.text() == "Dr. Kristina Schade"


def _moderator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moderator", *args], capture_output=True, text=True, timeout=120)


def test_hand_offs_from_the_command_line_show_in_status_and_export(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    panel = str(EventStore.open(path).slots()[-1].id)
    for args in (("goto", panel), ("handoff", "2"), ("handoff", "Goessmann")):
        result = _moderator("control", str(path), *args)
        assert result.returncode == 0, result.stderr
    status = json.loads(_moderator("status", str(path), "--json").stdout)
    assert status["speaker"]["name"] == "David Goessmann"
    assert {row["name"] for row in status["talk_time"]} == {"Adriana Groh", "David Goessmann"}
    exported = json.loads(_moderator("export", str(path), "--format", "json").stdout)
    assert [h["person_id"] for h in exported["handoffs"]] == [
        p["id"] for name in ("Adriana Groh", "David Goessmann") for p in exported["people"] if p["name"] == name
    ]
    assert exported["handoffs"][0]["ended_at"] == exported["handoffs"][1]["started_at"]
    bad = _moderator("control", str(path), "handoff", "9")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_enter_on_a_slot_in_the_run_sheet_jumps_to_it(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    cockpit.session.toggle()
    view = cockpit.run_sheet
    view.setFocus()
    view.setCurrentIndex(cockpit.run_sheet_model.index(3, 3))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    cockpit.refresh()
    assert cockpit.session.snapshot.live.current_slot_id == cockpit.session.slots[3].id
