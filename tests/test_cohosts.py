"""Co-hosts: several instances on one event, on one event file and on one PostgreSQL database.

Every test runs twice: on a real event file shared by two instances on this machine, and
on a real PostgreSQL server (started by the test suite on loopback, see ``pg_server.py``)
into which the event file was published. An "instance" is what a running app has: its
own store (own connections) and its own session; the cockpit window where it matters.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from helpers import make_event_file
from moderator.domain.cohosts import QUIET_AFTER, HostRole
from moderator.domain.model import QuestionStatus
from moderator.domain.queue_ops import Move
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.persistence.publish import publish
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2021, 6, 9, 13, 49, tzinfo=BERLIN)
#: How soon another instance must show a change (the issue's "within half a second").
PROPAGATION_MS = 500


@dataclass
class Shared:
    """One event that several instances open: ``location`` is a file or an address."""

    location: Path | str
    file: Path
    clock: FakeClock

    def instance(self, name: str, role: HostRole = HostRole.COHOST) -> EventSession:
        return EventSession(EventStore.open(self.location), self.clock, name=name, role=role)


@pytest.fixture(params=["sqlite", "postgres"])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Shared:
    file = make_event_file(tmp_path)
    clock = FakeClock(START)
    if request.param == "sqlite":
        return Shared(file, file, clock)
    address = publish(file, request.getfixturevalue("pg_url"), now=clock.now())
    return Shared(address, file, clock)


def _read(location: Path | str) -> EventStore:
    """A separate reader of the event, as a third instance would be; closed by the caller."""
    return EventStore.open(location, read_only=True)


def _stored_question(location: Path | str, question_id: int) -> object:
    store = _read(location)
    try:
        return store.question(question_id)
    finally:
        store.close()


def _texts(session: EventSession) -> list[str]:
    return [q.text for q in session.snapshot.questions]


def test_a_heartbeat_adds_its_instance_once_and_refreshes_it_to_the_microsecond(tmp_path: Path) -> None:
    """The beat's row as the others read it: one row per instance, its instant exact, and
    stored as every other instant in an event file (naive UTC text, as SQLAlchemy writes)."""
    import sqlite3
    from dataclasses import replace
    from datetime import UTC

    from moderator.domain.cohosts import Instance

    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    try:
        mira = Instance("m", "Mira", HostRole.MODERATOR, datetime(2021, 6, 9, 14, 0, 0, 123456, tzinfo=ZoneInfo("Europe/Berlin")))
        assert store.heartbeat(mira)[1] == (mira,)
        later = replace(mira, name="Mira K.", last_seen=mira.last_seen + timedelta(seconds=5))
        assert store.heartbeat(later)[1] == (later,)
        other = EventStore.open(path, read_only=True)
        try:
            assert other.instances() == (later,)
        finally:
            other.close()
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT last_seen FROM instance").fetchall()
        written_by_the_orm = db.execute("SELECT start FROM event").fetchone()[0]
    assert stored == [("2021-06-09 12:00:05.123456",)]
    assert later.last_seen.astimezone(UTC).replace(tzinfo=None) == datetime.fromisoformat(stored[0][0])
    assert len(written_by_the_orm) == len(stored[0][0])  # the same text form as the ORM's


def test_a_change_reaches_the_other_instance_within_half_a_second(qtbot: QtBot, shared: Shared) -> None:
    moderator = shared.instance("Mira", HostRole.MODERATOR)
    cohost = shared.instance("Cem")
    cohost.add_question("Wie wird das finanziert?", asked_by="Bürgerin")
    # Only the instances' own timers and notification sockets run here: nobody reloads.
    qtbot.waitUntil(lambda: "Wie wird das finanziert?" in _texts(moderator), timeout=PROPAGATION_MS)
    question = moderator.snapshot.questions[-1]
    assert question.created_by == "Cem"
    moderator.set_question_status(question.id or 0, QuestionStatus.QUEUED)
    qtbot.waitUntil(lambda: cohost.snapshot.questions[-1].status is QuestionStatus.QUEUED, timeout=PROPAGATION_MS)
    moderator.close()
    cohost.close()


def test_opening_the_published_file_joins_the_shared_event(qtbot: QtBot, shared: Shared) -> None:
    store = EventStore.open(shared.file)
    assert store.shared == isinstance(shared.location, str)
    if store.shared:
        assert store.address == shared.location
        assert "@" in store.location and ":" not in store.location.split("@")[0].removeprefix("postgresql://")
    store.add_question("Über die Datei gestellt", now=shared.clock.now())
    other = _read(shared.location)
    assert "Über die Datei gestellt" in [q.text for q in other.questions()]
    store.close()
    other.close()


def test_concurrent_changes_from_two_instances_all_land(shared: Shared) -> None:
    """Two instances add, move and answer questions at the same time, in two threads."""
    first, second = EventStore.open(shared.location), EventStore.open(shared.location)
    now = shared.clock.now()
    seed = [first.add_question(f"Frage {n}", now=now) for n in range(6)]
    errors: list[BaseException] = []

    def work(store: EventStore, tag: str) -> None:
        try:
            for n in range(40):
                added = store.add_question(f"{tag} {n}", now=now)
                store.change_queue(Move(added.id or 0, seed[n % len(seed)].id), now=now)
                store.change_queue(Move(seed[(n + 3) % len(seed)].id or 0, None), now=now)
        except BaseException as error:  # reported below, with the thread's name
            errors.append(error)

    threads = [threading.Thread(target=work, args=(store, tag)) for store, tag in ((first, "A"), (second, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = _read(shared.location)
    texts = [q.text for q in check.questions()]
    check.close()
    expected = {f"Frage {n}" for n in range(6)} | {f"{t} {n}" for t in "AB" for n in range(40)}
    assert sorted(texts) == sorted(expected)  # every question once, none lost or doubled
    positions = [q.position for q in first.questions()]
    assert len(set(positions)) == len(positions)
    first.close()
    second.close()


def test_an_edit_of_a_question_a_co_host_changed_meanwhile_is_reported_not_overwritten(
    qtbot: QtBot, shared: Shared
) -> None:
    moderator = shared.instance("Mira", HostRole.MODERATOR)
    cohost = shared.instance("Cem")
    question = cohost.add_question("Wie teuer ist das?")
    assert question is not None
    qtbot.waitUntil(lambda: "Wie teuer ist das?" in _texts(moderator), timeout=PROPAGATION_MS)
    opened = moderator.snapshot.questions[-1]  # the moderator starts editing this version

    assert cohost.edit_question(question.id or 0, "Wie teuer ist das für die Gemeinde?", based_on=question)
    cohost.vote(question.id or 0)  # a vote is not a conflict with an edit of the wording
    conflicts: list[tuple[object, object]] = []
    moderator.conflict.connect(lambda conflict, op: conflicts.append((conflict, op)))
    assert not moderator.edit_question(question.id or 0, "Was kostet das?", based_on=opened)

    assert len(conflicts) == 1
    conflict, _op = conflicts[0]
    assert conflict.current.text == "Wie teuer ist das für die Gemeinde?"  # type: ignore[attr-defined]
    stored = _stored_question(shared.location, question.id or 0)
    assert stored is not None and stored.text == "Wie teuer ist das für die Gemeinde?"  # type: ignore[attr-defined]
    # Having seen both, the moderator keeps their own wording on purpose.
    assert moderator.edit_question(question.id or 0, "Was kostet das?", based_on=conflict.current)  # type: ignore[attr-defined]
    stored = _stored_question(shared.location, question.id or 0)
    assert stored is not None and stored.text == "Was kostet das?" and stored.votes == 1  # type: ignore[attr-defined]
    # Both edits and the vote are in the log under the name of who made them.
    reading = _read(shared.location)
    entries = [(e.action, e.by) for e in reading.log() if e.action.startswith("question_")]
    reading.close()
    assert entries == [("question_edited", "Cem"), ("question_voted", "Cem"), ("question_edited", "Mira")]
    moderator.close()
    cohost.close()


def test_one_instance_controls_the_clock_and_hands_it_over_without_a_jump(qtbot: QtBot, shared: Shared) -> None:
    moderator = shared.instance("Mira", HostRole.MODERATOR)
    cohost = shared.instance("Cem")
    assert moderator.is_controller and not cohost.is_controller
    assert moderator.toggle()  # the pre-show starts
    shared.clock.advance(timedelta(minutes=3, seconds=7))
    moderator.heartbeat()
    cohost.heartbeat()  # their heartbeat timers (every 5 s) have run meanwhile

    refused: list[object] = []
    cohost.failed.connect(refused.append)
    assert not cohost.next_slot()
    assert "Mira controls the clock" in refused[-1].message  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: cohost.snapshot.live.show_started_at is not None, timeout=PROPAGATION_MS)
    before = cohost.reading()
    assert moderator.hand_over(cohost.me.id)
    qtbot.waitUntil(lambda: cohost.is_controller, timeout=PROPAGATION_MS)
    assert cohost.reading() == before == moderator.reading()  # the clock goes on exactly
    assert cohost.next_slot()
    assert not moderator.next_slot()
    qtbot.waitUntil(lambda: moderator.snapshot.live.current_slot_id == cohost.snapshot.live.current_slot_id, timeout=PROPAGATION_MS)
    reading = _read(shared.location)
    log = reading.log()
    reading.close()
    assert [e.detail for e in log if e.action == "control"][-1] == "Cem"
    # The log says who did what: the show started by Mira, the next slot by Cem.
    clock_entries = [(e.action, e.by) for e in log if e.action in ("show_started", "slot_started")]
    assert clock_entries[0] == ("show_started", "Mira") and clock_entries[-1] == ("slot_started", "Cem"), clock_entries
    moderator.close()
    cohost.close()


def test_control_is_taken_only_from_an_instance_that_has_gone_quiet(qtbot: QtBot, shared: Shared) -> None:
    moderator = shared.instance("Mira", HostRole.MODERATOR)
    cohost = shared.instance("Cem")
    moderator.toggle()
    assert not cohost.take_control()  # Mira is alive: a hand-over is the way
    assert not cohost.is_controller

    # Mira's machine drops out: no more heartbeats. Cem's go on.
    moderator._heartbeat.stop()
    shared.clock.advance(QUIET_AFTER + timedelta(seconds=1))
    cohost.heartbeat()
    assert cohost.controller_quiet()
    qtbot.waitUntil(lambda: cohost.snapshot.live.show_started_at is not None, timeout=PROPAGATION_MS)
    before = cohost.reading()
    assert cohost.take_control()
    assert cohost.is_controller and cohost.reading() == before
    assert cohost.next_slot()
    moderator.close()
    cohost.close()


def test_the_cockpit_keeps_selection_and_typing_while_a_co_host_works(
    qtbot: QtBot, shared: Shared, tmp_path: Path
) -> None:
    session = shared.instance("Mira", HostRole.MODERATOR)
    for text in ("Erste Frage", "Zweite Frage", "Dritte Frage"):
        session.add_question(text)
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    view, model = window.queue_panel.view, window.queue_panel.model
    view.selectRow(model.row_of(session.snapshot.questions[1].id or 0) or 0)
    window.capture.text.setText("Halb getippte Fr")

    cohost = shared.instance("Cem")
    cohost.add_question("Frage vom Co-Host")
    first = cohost.snapshot.questions[0]
    cohost.vote(first.id or 0)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=PROPAGATION_MS)
    qtbot.waitUntil(lambda: session.snapshot.questions[0].votes == 1, timeout=PROPAGATION_MS)

    selected = [model.question_at(i.row()) for i in view.selectionModel().selectedRows()]
    assert [q.text for q in selected if q] == ["Zweite Frage"]
    assert window.capture.text.text() == "Halb getippte Fr"
    session.heartbeat()  # the others are listed from the heartbeat
    assert window.cohosts.strip.isVisible()
    assert "Cem" in window.cohosts.strip.others_label.text()
    cohost.close()
    window.close()


def test_a_lost_database_shows_a_banner_keeps_counting_and_catches_up(
    qtbot: QtBot, tmp_path: Path, pg_server: object, pg_url: str
) -> None:
    clock = FakeClock(START)
    address = publish(make_event_file(tmp_path), pg_url, now=clock.now())
    session = EventSession(EventStore.open(address), clock, name="Mira", role=HostRole.MODERATOR)
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    assert session.toggle()
    clock.advance(timedelta(seconds=30))
    window.tick()
    counted = session.reading().elapsed

    pg_server.stop()  # type: ignore[attr-defined]
    # The notification socket closes with the server: no action is needed to notice.
    qtbot.waitUntil(lambda: not session.online, timeout=5000)
    assert window.banner.isVisible() and "connection" in window.banner.text().lower()
    clock.advance(timedelta(seconds=10))
    window.tick()
    assert session.reading().elapsed == counted + timedelta(seconds=10)  # still counting
    assert session.add_question("Während der Störung gestellt", asked_by="Gast") is None
    assert [p.text for p in session.pending] == ["Während der Störung gestellt"]
    assert "1" in window.banner.text()

    pg_server.start()  # type: ignore[attr-defined]
    other = EventStore.open(address)
    other.add_question("Vom Co-Host, während Mira getrennt war", now=clock.now())
    other.close()
    qtbot.waitUntil(lambda: session.online, timeout=10_000)
    qtbot.waitUntil(
        lambda: {"Während der Störung gestellt", "Vom Co-Host, während Mira getrennt war"} <= set(_texts(session)),
        timeout=PROPAGATION_MS * 4,
    )
    assert session.pending == []
    assert "again" in window.banner.text()
    assert session.next_slot()  # and the show goes on from where it was
    window.close()
    session.close()


def test_sharing_from_the_app_and_joining_with_a_password_prompt(
    qtbot: QtBot, tmp_path: Path, pg_server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from moderator.ui.app import App
    from moderator.ui.cohosts_dialogs import PasswordDialog

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    server = pg_server
    database = server.create_database(owner=server.password_role)  # type: ignore[attr-defined]
    address = server.url(database, user=server.password_role)  # type: ignore[attr-defined]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.display_name = "Mira"
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    app = App(qt_app, settings, FakeClock(START))
    path = make_event_file(tmp_path)
    assert app.open_file(path)
    assert app.window is not None
    local_window = app.window

    # Co-hosts → Share…: the database wants a password, which is asked for and not kept.
    assert not local_window.cohosts.publish(address)
    dialog = local_window.cohosts.dialog
    assert isinstance(dialog, PasswordDialog)
    dialog.password.setText(server.password)  # type: ignore[attr-defined]
    dialog.accept()
    # The event file now opens the shared event; this app switched to it.
    qtbot.waitUntil(lambda: app.window is not local_window and app.window is not None, timeout=5000)
    assert app.window is not None and app.window.session.store.shared
    assert server.password not in path.read_bytes().decode("latin-1")  # type: ignore[attr-defined]

    # A co-host's app joins by the address and is asked for the password.
    other = App(qt_app, Settings(QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat)), FakeClock(START))
    assert not other.open_file(address)
    prompt = other.password_dialog
    assert isinstance(prompt, PasswordDialog)
    prompt.password.setText("falsch")
    prompt.accept()
    wrong = other.password_dialog
    assert wrong is not prompt and isinstance(wrong, PasswordDialog)  # asked again, saying why
    wrong.password.setText(server.password)  # type: ignore[attr-defined]
    wrong.accept()
    assert other.window is not None and other.window.session.store.shared
    for opened in (app, other):
        assert opened.window is not None
        opened.window.close()


def test_the_cockpit_shows_both_versions_and_saves_the_chosen_one(qtbot: QtBot, shared: Shared, tmp_path: Path) -> None:
    from moderator.ui.cohosts_dialogs import ConflictDialog

    session = shared.instance("Mira", HostRole.MODERATOR)
    question = session.add_question("Wer zahlt?")
    assert question is not None
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    cohost = shared.instance("Cem")
    assert cohost.edit_question(question.id or 0, "Wer zahlt das Projekt?", based_on=question)

    # Mira's edit began on the old wording: the model asks with that base.
    window.queue_panel.model.edit_requested.emit(question.id, "Wer bezahlt?", question)
    dialog = window.cohosts.dialog
    assert isinstance(dialog, ConflictDialog) and not dialog.isModal()
    assert dialog.theirs.toPlainText() == "Wer zahlt das Projekt?"
    assert dialog.mine.toPlainText() == "Wer bezahlt?"
    dialog.accept()  # "Save mine"
    qtbot.waitUntil(lambda: session.snapshot.questions[0].text == "Wer bezahlt?", timeout=PROPAGATION_MS)
    cohost.close()
    window.close()


def test_closing_with_questions_not_yet_sent_asks_first(qtbot: QtBot, tmp_path: Path, pg_server: object, pg_url: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    clock = FakeClock(START)
    address = publish(make_event_file(tmp_path), pg_url, now=clock.now())
    session = EventSession(EventStore.open(address), clock, name="Mira", role=HostRole.MODERATOR)
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    pg_server.stop()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not session.online, timeout=5000)
    session.add_question("Noch nicht gesendet")
    assert not window.close()  # not closed: the user is asked
    box = window.cohosts.dialog
    assert isinstance(box, QMessageBox) and "1" in box.text()
    box.done(QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and session.pending
    assert not window.close()
    window.cohosts.dialog.done(QMessageBox.StandardButton.Close)  # type: ignore[union-attr]
    assert not window.isVisible()
    pg_server.start()  # type: ignore[attr-defined]


def test_closing_with_questions_kept_on_disk_does_not_ask(qtbot: QtBot, tmp_path: Path, pg_server: object, pg_url: str) -> None:
    clock = FakeClock(START)
    address = publish(make_event_file(tmp_path), pg_url, now=clock.now())
    session = EventSession(
        EventStore.open(address), clock, name="Mira", role=HostRole.MODERATOR, journal_dir=tmp_path / "pending"
    )
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    pg_server.stop()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not session.online, timeout=5000)
    session.add_question("Auf der Platte aufbewahrt")
    assert session.pending
    assert window.close()  # nothing is lost: the question waits on disk for the next start
    assert any((tmp_path / "pending").iterdir())
    pg_server.start()  # type: ignore[attr-defined]


def test_an_event_file_on_a_network_share_warns_and_offers_postgresql(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    import moderator.persistence.network_fs as network_fs
    from moderator.ui.app import App
    from moderator.ui.cohosts_dialogs import AddressDialog, IdentityDialog

    # The detection itself is tested on real mount tables (test_network_fs.py); here the
    # file's folder is declared an NFS mount.
    folder = tmp_path.resolve()
    mountinfo = f"36 1 0:50 / {folder} rw - nfs4 server:/export rw\n"
    monkeypatch.setattr(network_fs, "is_network_path", lambda path: network_fs.is_network_path_in_mount_table(str(path), mountinfo))
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    app = App(qt_app, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), FakeClock(START))
    assert app.open_file(make_event_file(tmp_path))
    assert app.window is not None
    assert app.window.cohosts.dialog is None  # the first paint does not wait for the mount table
    app.window.after_first_paint()  # as the app does right after it
    box = app.window.cohosts.dialog
    assert isinstance(box, QMessageBox) and not box.isModal()
    assert "network share" in box.text() and "network share" in app.window.banner.text()
    share = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    share.click()
    # The first share asks this instance's name once (never the login name), then where.
    naming = app.window.cohosts.dialog
    assert isinstance(naming, IdentityDialog)
    naming.name.setText("Anna")
    naming.accept()
    assert isinstance(app.window.cohosts.dialog, AddressDialog)
    app.window.close()


def test_the_lost_connection_banner_stands_through_passing_messages(qtbot: QtBot, tmp_path: Path) -> None:
    """A refusal shown while offline passes; the lost-connection message comes back."""
    clock = FakeClock(START)
    session = EventSession(EventStore.open(make_event_file(tmp_path)), clock, name="Mira")
    window = CockpitWindow(session, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    window.cohosts._on_connection(False)
    lost = window.banner.text()
    assert "connection" in lost.lower()
    window.banner.show_message("Eine vorübergehende Meldung", seconds=1)
    qtbot.waitUntil(lambda: window.banner.text() == lost, timeout=3000)
    assert window.banner.isVisible()
    window.cohosts._on_connection(True)
    assert "again" in window.banner.text()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    window.close()


def test_after_a_crash_the_restarted_app_still_controls_the_clock(shared: Shared) -> None:
    """The app keeps its instance id across restarts (Settings.instance_id)."""
    before = EventSession(EventStore.open(shared.location), shared.clock, name="Mira", instance_id="mira-laptop")
    assert before.is_controller and before.toggle()
    # The app dies: no leave, no close of its session; a new process starts a minute later.
    shared.clock.advance(timedelta(minutes=1))
    after = EventSession(EventStore.open(shared.location), shared.clock, name="Mira", instance_id="mira-laptop")
    assert after.is_controller
    assert after.next_slot()
    after.close()
    before.leave_on_close = False  # the dead process's connections, closed without a word
    before.close()
