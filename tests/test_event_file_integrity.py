"""Check what you write into: a damaged event file is refused for writing before the first
write of a session, and still opens to read what can be read; commands that only read
leave no side files behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers import seed_like_draft

from moderator.persistence import EventStore
from moderator.persistence.errors import DamagedForWriting

NOW = datetime(2021, 6, 9, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def moderator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )  # fmt: skip


def event_with_questions(path: Path, count: int = 400) -> Path:
    """An event file whose question indexes span several pages."""
    store = EventStore.create(path, seed_like_draft())
    try:
        for number in range(count):
            store.add_question(f"Frage {number}: wie geht das in unserer Gemeinde?", now=NOW)
    finally:
        store.close()
    return path


def damage_an_index_page(path: Path) -> None:
    """Overwrite a leaf page of the question-status index with garbage: reads of the
    event, the run sheet and the queue never touch it; the next insert would."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_question_status'").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    assert not Path(f"{path}-wal").exists()


def test_a_sound_file_passes_the_check_and_takes_writes(tmp_path: Path) -> None:
    store = EventStore.open(event_with_questions(tmp_path / "show.moderator", 10))
    try:
        assert not store.damaged and not store.read_only
        store.add_question("Noch eine?", now=NOW)
    finally:
        store.close()


def test_a_damaged_page_that_no_read_touches_is_found_before_the_first_write(tmp_path: Path) -> None:
    path = event_with_questions(tmp_path / "show.moderator")
    damage_an_index_page(path)
    before = path.read_bytes()
    store = EventStore.open(path)
    try:
        assert store.damaged and store.read_only
        assert len(store.snapshot().slots) == 6  # what can be read, is read
        with pytest.raises(DamagedForWriting) as caught:
            store.add_question("Frage?", now=NOW)
        assert "\n" not in caught.value.message and "damaged" in caught.value.message
    finally:
        store.close()
    assert path.read_bytes() == before


def test_the_command_line_refuses_to_write_into_a_damaged_file_in_one_line(tmp_path: Path) -> None:
    path = event_with_questions(tmp_path / "show.moderator")
    damage_an_index_page(path)
    before = path.read_bytes()
    result = moderator("ask", str(path), "Frage?")
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and str(path) in result.stderr
    assert "damaged" in result.stderr
    assert path.read_bytes() == before
    status = moderator("status", str(path))
    assert status.returncode == 0, status.stderr


@pytest.mark.parametrize(
    "command", [("status",), ("status", "--json"), ("export", "--format", "json"), ("export", "--format", "csv")]
)
def test_reading_commands_leave_no_side_files(tmp_path: Path, command: tuple[str, ...]) -> None:
    path = event_with_questions(tmp_path / "show.moderator", 3)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = moderator(command[0], str(path), *command[1:])
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_reader_never_writes(tmp_path: Path) -> None:
    path = event_with_questions(tmp_path / "show.moderator", 3)
    store = EventStore.open(path, read_only=True)
    try:
        with store._reader.transaction() as db, pytest.raises(sqlite3.OperationalError):
            db.execute("DELETE FROM question")
    finally:
        store.close()
