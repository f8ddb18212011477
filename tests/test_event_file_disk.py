"""A full disk and a read-only disk, for real: a small tmpfs mounted for the test.

Mounting needs root (CI runs as root); elsewhere these tests are skipped with a reason.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from moderator.persistence import EventStore
from moderator.persistence.errors import DiskFull, ReadOnlyEventFile

from helpers import make_event_file

NOW = datetime(2021, 6, 9, 13, 5, tzinfo=timezone.utc)


def _mount(target: Path, options: str) -> bool:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        text=True,
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system of its own."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    target = Path("/tmp") / f"moderator-disk-{uuid.uuid4().hex}"
    target.mkdir()
    if not _mount(target, "size=1m"):
        target.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)
        target.rmdir()


def _fill(folder: Path) -> None:
    """Take every free byte of the file system."""
    handle = (folder / "filler.bin").open("wb", buffering=0)
    try:
        while True:
            handle.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        handle.close()


def test_a_full_disk_is_reported_and_nothing_saved_is_lost(small_disk: Path) -> None:
    path = make_event_file(small_disk)
    store = EventStore.open(path)
    first = store.add_question("Wie beteiligen wir die Bürger?", now=NOW)
    _fill(small_disk)
    with pytest.raises(DiskFull) as caught:
        for index in range(500):
            store.add_question(f"Frage {index} " + "lang " * 200, now=NOW)
    assert "disk" in str(caught.value) and "\n" not in str(caught.value)
    (small_disk / "filler.bin").unlink()
    questions = EventStore.open(path).questions()
    assert questions[0].id == first.id
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    # Space again: the next question goes in as usual.
    store.add_question("Und jetzt?", now=NOW)


def test_an_event_file_on_a_read_only_disk_opens_read_only(small_disk: Path) -> None:
    path = make_event_file(small_disk)
    before = path.read_bytes()
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True
    )
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
    store = EventStore.open(path)
    assert store.read_only
    assert len(store.slots()) == 6
    with pytest.raises(ReadOnlyEventFile):
        store.add_question("Geht das?", now=NOW)
    assert path.read_bytes() == before
