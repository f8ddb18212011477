"""Several processes write the same event file: nothing is lost, nothing collides, and a
writer killed mid-way leaves a sound file with every confirmed question in it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from moderator.persistence import EventStore

from helpers import make_event_file

# A co-host's chat bot: appends questions one by one and prints each id once it is saved.
WRITER = """
import sys
from datetime import datetime, timezone
from moderator.persistence import EventStore
path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = EventStore.open(path)
for index in range(count):
    question = store.add_question(
        f"{name} Frage {index}", now=datetime.now(timezone.utc), created_by=name
    )
    print(question.id, flush=True)
"""


def _writer(path: Path, name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), name, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_appending_500_questions_each_all_land(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    writers = [_writer(path, name, 500) for name in ("chat-bot", "mail-bot")]
    outputs = [writer.communicate(timeout=300) for writer in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert err == ""
    questions = EventStore.open(path).questions()
    assert len(questions) == 1000
    assert len({q.position for q in questions}) == 1000
    assert sorted(q.text for q in questions) == sorted(
        f"{name} Frage {index}" for name in ("chat-bot", "mail-bot") for index in range(500)
    )
    # Each writer's questions keep the order in which that writer sent them.
    for name in ("chat-bot", "mail-bot"):
        mine = [q.text for q in questions if q.created_by == name]
        assert mine == [f"{name} Frage {index}" for index in range(500)]


def test_a_writer_killed_mid_append_loses_nothing_it_confirmed(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    writer = _writer(path, "bot", 100_000)
    assert writer.stdout is not None
    confirmed: list[int] = []
    for line in writer.stdout:
        confirmed.append(int(line))
        if len(confirmed) == 300:
            writer.send_signal(signal.SIGKILL)
            break
    writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    stored = {q.id for q in EventStore.open(path).questions()}
    assert set(confirmed) <= stored
