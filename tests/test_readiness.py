"""The readiness board: co-hosts tick who has joined, audio, video and slides in the
tech check; the cockpit says who is not ready, and during the show warns calmly when the
person up next has not joined."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.domain.readiness import Board, Readiness, ReadinessError, ReadinessField, apply, board
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations
from moderator.ui.main_window import CockpitWindow
from moderator.ui.readiness_panel import ReadinessPanel
from moderator.ui.settings import Settings

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
J, A, V, S = ReadinessField.JOINED, ReadinessField.AUDIO, ReadinessField.VIDEO, ReadinessField.SLIDES


def test_ready_means_joined_audio_and_video() -> None:
    row = Readiness(1)
    for field in (J, A):
        row = apply(row, field, True)
    assert not row.ready
    row = apply(row, V, True)
    assert row.ready and not row.slides
    assert apply(row, ReadinessField.NOTE, "  joins   by phone ").note == "joins by phone"
    with pytest.raises(ReadinessError):
        apply(row, ReadinessField.NOTE, "x" * 201)


def test_two_co_hosts_ticking_one_person_at_once_both_count(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    first, second = EventStore.open(path), EventStore.open(path)
    plate = next(p.id for p in first.people() if p.name == "Tobias Plate")
    assert plate is not None
    seq = second.last_change()

    first.set_readiness(plate, J, True)
    second.set_readiness(plate, A, True)  # written on the stored row, not on what it saw before
    first.set_readiness(plate, ReadinessField.NOTE, "Plate joins by phone")

    stored = second.readiness()[plate]
    assert (stored.joined, stored.audio, stored.video, stored.note) == (True, True, False, "Plate joins by phone")
    assert second.last_change() > seq  # through the change feed, like every write
    with pytest.raises(ReadinessError):
        first.set_readiness(9999, J, True)
    first.close()
    second.close()


def test_the_board_lists_the_people_on_the_run_sheet_and_who_is_not_ready(tmp_path: Path) -> None:
    store = EventStore.open(make_event_file(tmp_path))
    snapshot = store.snapshot()
    everyone = {p.display_name: p.id for p in snapshot.people}
    for name in everyone:
        for field in (J, A, V):
            if name != "Adriana Groh":
                store.set_readiness(everyone[name], field, True)
    current = board(snapshot.people, snapshot.slots, store.readiness())
    assert [row.name for row in current.rows] == [p.display_name for p in snapshot.people]
    assert current.not_ready == ("Adriana Groh",)
    running = board(snapshot.people, snapshot.slots, store.readiness(), up_next=everyone["Adriana Groh"])
    assert running.next_not_joined == "Adriana Groh"
    store.close()


class FakeSource:
    """A readiness source in memory: the panel needs nothing more."""

    def __init__(self) -> None:
        from moderator.domain.model import Person, Participant, Role, Slot, SlotKind

        start = datetime(2021, 6, 9, 14, 0, tzinfo=BERLIN)
        self.people = (Person("Tobias Plate", id=1, academic_title="Dr."), Person("Adriana Groh", id=2))
        from datetime import timedelta

        self.slots = (
            Slot("Panel", start, timedelta(minutes=30), SlotKind.PANEL, id=1,
                 participants=(Participant(1, Role.PANELIST), Participant(2, Role.PANELIST))),
        )
        self.stored: dict[int, Readiness] = {}
        self.up_next: int | None = None
        self.calls: list[tuple[int, ReadinessField, object]] = []

    def readiness(self) -> Board:
        return board(self.people, self.slots, self.stored, up_next=self.up_next)

    def set_readiness(self, person_id: int, field: ReadinessField, value: bool | str) -> None:
        self.calls.append((person_id, field, value))
        self.stored[person_id] = apply(self.stored.get(person_id, Readiness(person_id)), field, value)


def test_one_key_or_one_click_is_one_tick(qtbot: QtBot) -> None:
    source = FakeSource()
    panel = ReadinessPanel(source)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Not ready yet: Dr. Tobias Plate, Adriana Groh"

    panel.table.selectRow(0)
    panel.table.setFocus()
    for key in (Qt.Key.Key_J, Qt.Key.Key_A, Qt.Key.Key_V):
        qtbot.keyClick(panel.table, key)
    assert source.calls == [(1, J, True), (1, A, True), (1, V, True)]
    assert panel.summary.text() == "Not ready yet: Adriana Groh"

    # A click on Groh's "slides" box: the item's check state changes, one call.
    item = panel.table.item(1, 4)
    item.setCheckState(Qt.CheckState.Checked)
    assert source.calls[-1] == (2, S, True)
    qtbot.keyClick(panel.table, Qt.Key.Key_J)  # row 0 is still selected: J again unticks
    assert source.calls[-1] == (1, J, False)

    source.up_next = 2
    panel.refresh()
    assert panel.summary.text() == "Up next: Adriana Groh is not marked as joined yet."


def test_the_cockpit_shows_the_board_and_its_keys_stay_in_it(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    path = make_event_file(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    clock = FakeClock(datetime(2021, 6, 9, 13, 45, tzinfo=BERLIN))
    session = EventSession(EventStore.open(path), clock)
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = window.readiness_panel
    # The board is hidden during the show until the moderator opens it (View, F7).
    assert not panel.isVisible()
    assert panel.toggle_action is not None
    panel.toggle_action.trigger()
    assert panel.isVisible()
    assert "Not ready yet:" in panel.summary.text()

    panel.table.selectRow(1)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_A)  # audio for row 1, not "mark answered"
    qtbot.keyClick(panel.table, Qt.Key.Key_V)  # video, not a vote
    person = int(panel.table.item(1, 0).data(Qt.ItemDataRole.UserRole))
    stored = session.store.readiness()[person]
    assert stored.audio and stored.video and not stored.joined
    assert session.snapshot.questions == ()  # nothing was answered or voted
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)  # back to the cockpit
    assert not panel.table.hasFocus()

    # A co-host ticks in another process: the board follows with the session.
    other = EventStore.open(path)
    other.set_readiness(person, J, True)
    other.close()
    session.refresh_if_changed()
    assert panel.table.item(1, 1).checkState() == Qt.CheckState.Checked

    shots = tmp_path / "screenshots"
    shots.mkdir()
    translations = Translations(qapp)
    try:
        for language in ("en", "de"):
            translations.install(language)
            qapp.processEvents()
            window.refresh()
            window.grab().save(str(shots / f"readiness-{language}.png"))
    finally:
        translations.install("en")

    # During the pre-show slot, Plate opens the welcome next; unticked, a calm line says so.
    window.session.toggle()
    panel.set_value(person, J, False)
    assert window.readiness_panel.summary.text() == "Up next: Dr. Tobias Plate is not marked as joined yet."
    window.grab().save(str(shots / "readiness-show-en.png"))


def test_the_board_reads_the_stored_ticks_only_when_someone_ticked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clock key or a question changes the board's "up next", not its ticks: on a shared
    event every read of the ticks is a wait for the network on the GUI thread."""
    path = make_event_file(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    clock = FakeClock(datetime(2021, 6, 9, 13, 45, tzinfo=BERLIN))
    session = EventSession(EventStore.open(path), clock)
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.after_first_paint()  # as the app does right after the first paint: the board reads its ticks
    panel = window.readiness_panel
    reads: list[int] = []
    read = session.store.readiness

    def counted() -> dict[int, Readiness]:
        reads.append(1)
        return read()

    monkeypatch.setattr(session.store, "readiness", counted)
    person = int(panel.table.item(1, 0).data(Qt.ItemDataRole.UserRole))

    # Given the moderator starts the show and a question comes in
    session.toggle()
    session.add_question("Wie geht es weiter?")
    # Then the board follows (the clock moved) without reading the ticks again
    assert reads == []
    assert "Up next" in panel.summary.text() or "Not ready" in panel.summary.text()

    # When a co-host ticks in another process
    other = EventStore.open(path)
    other.set_readiness(person, J, True)
    other.close()
    session.refresh_if_changed()
    # Then the ticks are read once, and shown
    assert reads == [1]
    assert panel.table.item(1, 1).checkState() == Qt.CheckState.Checked
    # And a tick here reads them once more
    panel.set_value(person, A, True)
    assert reads == [1, 1]
    assert session.store.readiness()[person].audio
    session.close()


def test_the_hidden_board_is_built_right_after_the_first_paint(tmp_path: Path) -> None:
    """The real start paints the cockpit without the board (hidden at the start anyway),
    then builds it, with its View menu entry and F7, before any key is handled."""
    import os
    import subprocess
    import sys

    path = make_event_file(tmp_path)
    probe = (
        "from moderator.ui import app; "
        f"built = app.build_app([{str(path)!r}]); window = built.window; "
        "app._until_first_paint(window); before = window._readiness_panel is None; "
        "app._after_first_paint(built); panel = window._readiness_panel; "
        "print(before, panel is not None and not panel.isVisible(), panel.toggle_action.shortcut().toString(), "
        "panel.toggle_action in window.view_menu.actions())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.split() == ["True", "True", "F7", "True"], result.stdout + result.stderr
