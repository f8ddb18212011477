"""``moderator status`` and ``moderator control``: the live show for scripts and stream decks.

The command line reads the system clock, so the assertions on times allow exactly the wall
time the commands took: each run is bracketed by two readings of the clock, and a value
computed at some instant inside a bracket is checked against both ends of it.

Most stories run the command in this process (``moderator.cli.main``, what
``python -m moderator`` calls): starting a Python process here costs seconds. A few run
``python -m moderator`` as its own process, to check what a user really sees.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from moderator.cli import main
from moderator.persistence import EventStore

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
#: The seed-like run sheet: slot ids 1..6 and their planned minutes.
MINUTES = {1: 10, 2: 10, 3: 20, 4: 15, 5: 15, 6: 30}
TITLES = {1: "Einwahl und Technik-Check", 2: "Begrüßung", 3: "Impuls 1", 4: "Impuls 2", 5: "Impuls 3", 6: "Moderiertes Gespräch"}
PLANNED_END = datetime(2021, 6, 9, 15, 30, tzinfo=BERLIN)
ROUNDING = 0.002  # the JSON rounds seconds to milliseconds


@dataclass(frozen=True)
class Run:
    """One command: exit status, output, and the wall-clock bracket around it."""

    code: int
    out: str
    err: str
    began: datetime
    ended: datetime

    @property
    def json(self) -> dict[str, Any]:
        data = json.loads(self.out)
        assert isinstance(data, dict)
        return data

    @property
    def remaining(self) -> float:
        return float(self.json["remaining_seconds"])

    def seconds_since(self, earlier: Run) -> tuple[float, float]:
        """How much time can have passed between an instant in ``earlier`` and one in this run."""
        return (self.began - earlier.ended).total_seconds(), (self.ended - earlier.began).total_seconds()


def moderator(*args: str | Path) -> Run:
    """Run a command in this process, as ``python -m moderator`` would."""
    out, err = io.StringIO(), io.StringIO()
    began = datetime.now(UTC)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as leaving:  # argparse leaves this way
            code = int(leaving.code or 0)
    return Run(code, out.getvalue(), err.getvalue(), began, datetime.now(UTC))


def moderator_process(*args: str | Path, home: Path) -> Run:
    """Run ``python -m moderator ...`` as a process of its own, with its own user folders."""
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    began = datetime.now(UTC)
    result = subprocess.run(
        [sys.executable, "-m", "moderator", *(str(arg) for arg in args)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    return Run(result.returncode, result.stdout, result.stderr, began, datetime.now(UTC))


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Keep the log file (written on internal errors) in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield tmp_path
    assert not (tmp_path / "data" / "moderator" / "moderator.log").exists(), "an internal error was logged"


@pytest.fixture
def event(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


def ok(*args: str | Path) -> Run:
    run = moderator(*args)
    assert run.code == 0, run.err
    assert run.err == ""
    return run


def control(event: Path, *action: str) -> Run:
    return ok("control", event, *action, "--json")


def assert_fresh_slot(run: Run, slot_id: int) -> None:
    """The slot started during ``run``: its full time, less at most the run's own duration."""
    state = run.json
    assert state["phase"] == "normal"
    assert state["paused"] is False
    assert state["slot"]["id"] == slot_id
    assert state["slot"]["title"] == TITLES[slot_id]
    full = MINUTES[slot_id] * 60
    took = (run.ended - run.began).total_seconds()
    assert full - took - ROUNDING <= run.remaining <= full + ROUNDING
    assert run.remaining + state["elapsed_seconds"] == pytest.approx(full, abs=ROUNDING)


# --- status ------------------------------------------------------------------------------


def test_status_json_tells_a_script_where_the_show_stands(event: Path, tmp_path: Path) -> None:
    # Given Impuls 1 (slot 3, 20 minutes) started by a stream-deck button.
    goto = control(event, "goto", "3")

    # When a script asks for the status, from a process of its own.
    status = moderator_process("status", event, "--json", home=tmp_path)

    assert status.code == 0, status.err
    assert status.err == ""
    state = status.json
    assert state["event"] == "Open Government – das können wir?!"
    assert state["phase"] == "normal"
    assert state["paused"] is False
    assert state["slot"] == {"id": 3, "title": "Impuls 1", "kind": "talk"}
    least, most = status.seconds_since(goto)
    assert least - ROUNDING <= state["elapsed_seconds"] <= most + ROUNDING
    assert state["remaining_seconds"] + state["elapsed_seconds"] == pytest.approx(20 * 60, abs=ROUNDING)
    # The slot runs its full 20 minutes from the goto on; all later slots slide with it.
    started = (goto.began, goto.ended)
    planned_slot_end = datetime(2021, 6, 9, 14, 30, tzinfo=BERLIN)
    drift_bounds = [(start + timedelta(minutes=20) - planned_slot_end).total_seconds() for start in started]
    assert drift_bounds[0] - ROUNDING <= state["drift_seconds"] <= drift_bounds[1] + ROUNDING
    projected_end = datetime.fromisoformat(state["projected_end"])
    assert projected_end.utcoffset() == BERLIN.utcoffset(projected_end.replace(tzinfo=None))
    now = datetime.fromisoformat(state["now"])
    assert now.utcoffset() is not None
    assert status.began <= now <= status.ended




def test_status_projected_end_is_the_rest_of_the_run_sheet_from_now(event: Path) -> None:
    # Impuls 1 runs its 20 minutes from the goto; after it 60 minutes of run sheet remain.
    goto = control(event, "goto", "3")

    projected_end = datetime.fromisoformat(goto.json["projected_end"])

    assert goto.began + timedelta(minutes=80) - timedelta(milliseconds=1) <= projected_end
    assert projected_end <= goto.ended + timedelta(minutes=80)


def test_status_before_the_show_names_the_first_slot(event: Path) -> None:
    state = ok("status", event, "--json").json

    assert state["phase"] == "before_show"
    assert state["paused"] is False
    assert state["slot"]["id"] == 1
    assert state["elapsed_seconds"] == 0


def test_status_without_json_is_one_line(event: Path) -> None:
    control(event, "goto", "3")

    text = ok("status", event).out

    assert re.fullmatch(r"normal: Impuls 1 \| remaining (19:5\d|20:00) \| drift \+\d+ s \| ends \d\d:\d\d:\d\d\n", text), text


# --- control -----------------------------------------------------------------------------


def test_start_next_previous_and_goto_each_start_a_slot_afresh(event: Path) -> None:
    assert_fresh_slot(control(event, "start"), 1)
    assert_fresh_slot(control(event, "next"), 2)
    assert_fresh_slot(control(event, "next"), 3)
    assert_fresh_slot(control(event, "previous"), 2)
    assert_fresh_slot(control(event, "goto", "5"), 5)
    assert_fresh_slot(control(event, "goto", "4"), 4)


def test_add_gives_and_takes_time(event: Path) -> None:
    control(event, "goto", "3")
    before = ok("status", event, "--json")

    more = control(event, "add", "60")
    least, most = more.seconds_since(before)
    assert 60 - most - ROUNDING <= more.remaining - before.remaining <= 60 - least + ROUNDING

    less = control(event, "add", "-60")
    least, most = less.seconds_since(more)
    assert -60 - most - ROUNDING <= less.remaining - more.remaining <= -60 - least + ROUNDING

    # Taking more than is left puts the slot into overtime.
    over = control(event, "add", "-1500")
    assert over.json["phase"] == "overtime"
    assert over.remaining < 0


def test_pause_holds_the_countdown_and_resume_lets_it_run_on(event: Path) -> None:
    control(event, "goto", "3")

    paused = control(event, "pause")
    assert paused.json["paused"] is True
    later = ok("status", event, "--json")
    assert later.json["paused"] is True
    assert later.remaining == paused.remaining  # not a millisecond lost while paused

    resumed = control(event, "resume")
    assert resumed.json["paused"] is False
    took = (resumed.ended - resumed.began).total_seconds()
    assert paused.remaining - took - ROUNDING <= resumed.remaining <= paused.remaining + ROUNDING


def test_end_ends_the_show(event: Path) -> None:
    control(event, "goto", "6")

    ended = control(event, "end")

    assert ended.json["phase"] == "ended"
    assert ended.json["slot"] is None
    assert ended.remaining == 0
    assert ok("status", event, "--json").json["phase"] == "ended"


# --- bad input ---------------------------------------------------------------------------


def live_revision(path: Path) -> int:
    store = EventStore.open(path, read_only=True)
    try:
        return store.live().revision
    finally:
        store.close()


@pytest.mark.parametrize(
    "words",
    [
        ("control", "{event}", "goto", "abc"),
        ("control", "{event}", "goto", "999"),
        ("control", "{event}", "add"),
        ("control", "{event}", "pause"),  # before the show
        ("control", "{event}", "next"),  # before the show
        ("status", "{missing}"),
        ("control", "{missing}", "start"),
        ("status", "{text}"),
        ("control", "{text}", "start"),
    ],
)
def test_bad_input_says_what_is_wrong_in_one_line(event: Path, tmp_path: Path, words: tuple[str, ...]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Ablauf: 14:00 Begrüßung\n", encoding="utf-8")
    paths = {"event": event, "missing": tmp_path / "nowhere.moderator", "text": text}
    args = [word.format(**paths) for word in words]
    named = next(str(paths[key]) for key in paths if "{" + key + "}" in words)
    revision = live_revision(event)

    run = moderator(*args)

    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1 and run.err.endswith("\n"), run.err
    assert named in run.err
    assert "Traceback" not in run.err
    assert live_revision(event) == revision
    assert text.read_text(encoding="utf-8") == "Ablauf: 14:00 Begrüßung\n"


def test_a_text_file_is_refused_in_one_line_by_the_real_command(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Ablauf: 14:00 Begrüßung\n", encoding="utf-8")

    run = moderator_process("control", text, "next", home=tmp_path)

    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1 and str(text) in run.err, run.err
    assert "Traceback" not in run.err
