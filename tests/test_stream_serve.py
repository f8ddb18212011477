"""``moderator serve FILE``: the stream server on a machine without a screen, without Qt.

It runs as an instance of its own ("Stream Deck", a co-host): it takes the clock with its
first clock action when nobody controls it, and it follows the event file's changes.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from helpers import make_event_file
from moderator.persistence import EventStore


def test_serve_runs_headless_and_changes_the_event_as_the_stream_deck(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from moderator.cli import main; sys.exit(main())",
         "serve", str(path), "--port", "0", "--osc-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(7)]
        api = next(line.split()[-1] for line in lines if line.strip().startswith("api"))
        assert api.startswith("http://127.0.0.1:") and api.endswith("/api/state")
        with urllib.request.urlopen(urllib.request.Request(api.replace("state", "start"), method="POST"), timeout=10) as started:
            assert json.load(started)["state"]["clock"]["started"]
        # A change made elsewhere (the command line) reaches the server through the file.
        subprocess.run([sys.executable, "-m", "moderator", "ask", str(path), "Aus der Kommandozeile?"],
                       check=True, capture_output=True, timeout=60)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with urllib.request.urlopen(api, timeout=10) as response:
                state = json.load(response)
            if state["queue"]:
                break
            time.sleep(0.1)  # polling a separate process for the file's change, not waiting on a clock
        assert state["queue"][0]["text"] == "Aus der Kommandozeile?"
    finally:
        process.send_signal(signal.SIGINT)
        _out, errors = process.communicate(timeout=20)
    assert process.returncode == 0, errors
    store = EventStore.open(path, read_only=True)
    try:
        log = store.log()
    finally:
        store.close()
    assert [entry.by for entry in log if entry.action == "show_started"] == ["Stream Deck"]


def test_the_stream_server_never_loads_qt() -> None:
    probe = (
        "import sys, moderator.stream.server, moderator.stream.headless, moderator.stream.osc, "
        "moderator.stream.automations; print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
