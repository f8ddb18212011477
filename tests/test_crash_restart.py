"""The app is killed in the middle of a slot: nothing is lost, the countdown stays exact.

The countdown is derived from stored instants, so after a crash every reader (the
restarted app, ``moderator status``) shows the same value the app showed. A real app
process reads the system clock, so the live state here is made "now": Impuls 1 is started
and shortened by 30 seconds at the moment the test records, and the remaining time is
checked against that instant, independently of what the app stored.

The two commands that set the state up run in this process (``moderator.cli.main``), so
the instant they act is known to a few milliseconds; a process of their own would blur
it by the seconds Python takes to start here.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator.cli import main

from helpers import make_event_file

#: Impuls 1 is slot 3 and runs 20 minutes; the moderator takes 30 seconds away.
SLOT_ID, SLOT_SECONDS, TAKEN_AWAY = 3, 20 * 60, 30
#: A bound on the app's start-up (process start, not show time): Python, Qt and the
#: window take a few seconds on a busy machine.
START_UP_SECONDS = 60.0
#: The app's window is on screen once Qt logs creating its backing store.
UP_SIGNAL = "qt.qpa.backingstore"


class App:
    """A real ``python -m moderator FILE`` process, offscreen, with its own user folders."""

    def __init__(self, path: Path, home: Path, name: str) -> None:
        self.errors = home / f"{name}.stderr"
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            # Qt's own logging tells when the window is drawn; nothing else is switched on.
            "QT_LOGGING_RULES": f"{UP_SIGNAL}=true",
        }
        with self.errors.open("w", encoding="utf-8") as handle:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "moderator", str(path)],
                stdout=subprocess.DEVNULL, stderr=handle, env=self.env,
            )

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + START_UP_SECONDS
        while UP_SIGNAL not in self.stderr():
            assert self.process.poll() is None, f"the app exited: {self.stderr()}"
            assert time.monotonic() < deadline, f"the app did not come up: {self.stderr()}"
            time.sleep(0.05)

    def stderr(self) -> str:
        return self.errors.read_text(encoding="utf-8")

    def kill(self) -> int:
        """SIGKILL: no clean-up runs, as when the laptop's power goes or the app hangs."""
        self.process.send_signal(signal.SIGKILL)
        return self.process.wait(timeout=30)


@pytest.fixture
def apps() -> Iterator[list[App]]:
    """Every app a test starts; any still running at the end is killed."""
    started: list[App] = []
    yield started
    for app in started:
        if app.process.poll() is None:
            app.kill()


def moderator(*args: str | Path) -> str:
    """Run a command in this process; return what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([str(arg) for arg in args])
    assert code == 0
    return out.getvalue()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_a_killed_app_loses_nothing_and_the_countdown_stays_exact(
    tmp_path: Path, apps: list[App], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = make_event_file(tmp_path)

    # Given Impuls 1 started just now, with 30 seconds taken away.
    goto_began = datetime.now(UTC)
    moderator("control", path, "goto", str(SLOT_ID))
    goto_ended = datetime.now(UTC)
    moderator("control", path, "add", str(-TAKEN_AWAY))

    # And the app open on the file, showing the slot.
    app = App(path, tmp_path, "first")
    apps.append(app)
    app.wait_until_up()

    # When the app is killed mid-slot.
    assert app.kill() == -signal.SIGKILL
    assert "Traceback" not in app.stderr()

    # Then the file is sound...
    assert integrity(path) == "ok"

    # ...a script reading the state right after sees the exact countdown...
    restarted = App(path, tmp_path, "restarted")
    apps.append(restarted)
    status = subprocess.run(
        [sys.executable, "-m", "moderator", "status", str(path), "--json"],
        capture_output=True, text=True, timeout=120, env=restarted.env,
    )
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    now = datetime.fromisoformat(state["now"])
    earliest = SLOT_SECONDS - TAKEN_AWAY - (now - goto_began).total_seconds()
    latest = SLOT_SECONDS - TAKEN_AWAY - (now - goto_ended).total_seconds()
    assert state["phase"] == "normal"
    assert state["paused"] is False
    assert state["slot"]["id"] == SLOT_ID
    assert earliest - 1 <= state["remaining_seconds"] <= latest + 1
    assert latest - earliest < 1, "the goto instant is known to better than a second"

    # ...the app starts again on the same file without a word of complaint...
    restarted.wait_until_up()
    assert restarted.process.poll() is None
    assert "Traceback" not in restarted.stderr()
    assert not (tmp_path / "data" / "moderator" / "moderator.log").exists()
    restarted.kill()

    # ...and the show goes on: "next" starts Impuls 2 with its full 15 minutes.
    after = json.loads(moderator("control", path, "next", "--json"))
    assert after["slot"]["id"] == SLOT_ID + 1
    assert 15 * 60 - 1 <= after["remaining_seconds"] <= 15 * 60
    assert integrity(path) == "ok"
