"""The event file: it identifies itself, saves every change at once, and refuses what is
not an event file without touching it."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from moderator.domain.model import QuestionStatus
from moderator.persistence import EventStore
from moderator.persistence.errors import (
    DamagedEventFile,
    EventFileExists,
    EventFileMissing,
    ForeignDatabase,
    NewerEventFile,
    NotAnEventFile,
    ReadOnlyEventFile,
)
from moderator.persistence.schema import APPLICATION_ID, SCHEMA_REVISION, SCHEMA_VERSION

from helpers import make_event_file, make_format_1, seed_like_draft

NOW = datetime(2021, 6, 9, 13, 5, tzinfo=timezone.utc)


def test_a_new_event_file_identifies_itself_and_uses_wal(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    assert [p.name for p in tmp_path.iterdir()] == ["lounge.moderator"]


def test_the_run_sheet_comes_back_as_it_went_in(tmp_path: Path) -> None:
    draft = seed_like_draft()
    store = EventStore.open(make_event_file(tmp_path))
    snapshot = store.snapshot()
    assert snapshot.event == draft.event
    assert [(s.title, s.start, s.duration, s.kind) for s in snapshot.slots] == [
        (s.title, s.start, s.duration, s.kind) for s in draft.slots
    ]
    panel = snapshot.slots[-1]
    names = [snapshot.person(p.person_id).display_name for p in panel.participants]  # type: ignore[union-attr]
    assert names == [
        "David Goessmann", "Adriana Groh", "Ralf Laumer", "Dr. Tobias Plate",
        "Dr. Kristina Schade", "Alexander Handschuh",
    ]
    assert all(s.start.tzinfo is not None for s in snapshot.slots)


def test_every_change_is_on_disk_when_the_call_returns(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    question = store.add_question("Wie fangen kleine Gemeinden an?", now=NOW, asked_by="Bürgermeisterin")
    # A second, independent connection sees it at once: there is no save step.
    other = EventStore.open(path)
    assert [q.text for q in other.questions()] == ["Wie fangen kleine Gemeinden an?"]
    assert other.questions()[0].id == question.id
    assert other.questions()[0].status is QuestionStatus.NEW
    assert other.questions()[0].created_at == NOW


def test_creating_never_overwrites_an_existing_file(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(EventFileExists):
        EventStore.create(path, seed_like_draft())
    assert path.read_bytes() == before


def _assert_refused_untouched(path: Path, error: type[Exception]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        EventStore.open(path).snapshot()
    assert path.read_bytes() == before
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.moderator"
    path.write_text("Ablauf: 14:00 Begrüßung\n", encoding="utf-8")
    assert "not a moderator event file" in _assert_refused_untouched(path, NotAnEventFile)


def test_random_bytes_and_an_empty_file_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.moderator"
    junk.write_bytes(os.urandom(4096))
    _assert_refused_untouched(junk, NotAnEventFile)
    empty = tmp_path / "empty.moderator"
    empty.write_bytes(b"")
    _assert_refused_untouched(empty, NotAnEventFile)


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT)")
    connection.execute("INSERT INTO contact VALUES ('Ralf Laumer')")
    connection.commit()
    connection.close()
    assert "another program" in _assert_refused_untouched(path, ForeignDatabase)


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    message = _assert_refused_untouched(path, NewerEventFile)
    assert "newer version" in message


def test_a_damaged_file_is_refused_untouched(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    for index in range(200):
        store.add_question(f"Frage {index} " + "x" * 300, now=NOW)
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Overwrite everything after the first page: the header still says "event file".
    for offset in range(page, len(data)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    assert "damaged" in _assert_refused_untouched(path, DamagedEventFile)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(EventFileMissing):
        EventStore.open(tmp_path / "nowhere.moderator")


def test_read_only_opening_shows_everything_and_refuses_writes(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    before = path.read_bytes()
    store = EventStore.open(path, read_only=True)
    assert store.read_only
    assert len(store.slots()) == 6
    with pytest.raises(ReadOnlyEventFile) as caught:
        store.add_question("Noch eine Frage?", now=NOW)
    assert "read-only" in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file; permissions mean nothing")
def test_a_file_without_write_permission_opens_read_only(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    path.chmod(0o444)
    store = EventStore.open(path)
    assert store.read_only
    assert len(store.slots()) == 6


def test_an_older_file_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    store.add_question("Was kostet das?", now=NOW)
    store.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")  # as a file of an earlier format would say
    connection.close()
    original = path.read_bytes()
    store = EventStore.open(path)
    backup = tmp_path / "lounge.moderator.v0.bak"
    assert backup.exists()
    # The backup holds what the file held before the upgrade, and opens with SQLite.
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT text FROM question").fetchall() == [("Was kostet das?",)]
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
    copy.close()
    assert len(original) > 0
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [q.text for q in store.questions()] == ["Was kostet das?"]


def test_a_file_of_format_1_gets_the_co_host_tables_and_keeps_everything(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    store.add_question("Gibt es eine Aufzeichnung?", now=NOW)
    store.close()
    make_format_1(path)

    store = EventStore.open(path)
    assert (tmp_path / "lounge.moderator.v1.bak").exists()
    assert [q.text for q in store.questions()] == ["Gibt es eine Aufzeichnung?"]
    assert store.control().instance_id is None
    assert store.instances() == ()
    assert store.publication() is None
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISION
    check.close()
