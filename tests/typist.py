"""A scripted typist for the real app under a real X display (Xvfb + xdotool).

It types German sentences into the cockpit with the focus moved between them by clicks,
F2, Esc, Enter and Ctrl+Z, presses a few live keys on purpose, and then reads the event
file: every clock, hand-off and speaker-view entry of the log that the typist did not ask
for is a stray key. Used by ``tests/test_typist.py``; also runnable against any checkout
(to compare before and after a change)::

    python tests/typist.py --display 85 [--source /path/to/checkout]

It prints each step with the keys typed and the live entries the file gained.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WIDTH, HEIGHT = 1366, 768

#: The log actions that change what the audience or the speakers see.
LIVE_ACTIONS = frozenset(
    {
        "show_started", "slot_started", "paused", "resumed", "time_added", "show_ended",
        "show_reopened", "show_reset", "handoff", "handoff_undone", "floor_closed",
        "speaker_message", "speaker_wrap_up", "speaker_blackout", "speaker_blink",
    }
)


class NoDisplay(Exception):
    """No X server could be started here."""


@dataclass
class Step:
    """What the typist did, the live entries it asked for, and what the file gained."""

    keys: str
    asked: tuple[str, ...] = ()
    gained: tuple[str, ...] = ()


@dataclass
class Run:
    steps: list[Step] = field(default_factory=list)
    questions: tuple[str, ...] = ()
    #: Every action of the log, undone ones included, in order.
    log: tuple[str, ...] = ()

    @property
    def stray(self) -> list[Step]:
        return [step for step in self.steps if sorted(step.gained) != sorted(step.asked)]


def start_xvfb(display: int) -> subprocess.Popen[bytes]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        raise NoDisplay("Xvfb or xdotool is not installed")
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": f":{display}"}
    for _ in range(100):
        if server.poll() is not None:
            raise NoDisplay(f"Xvfb :{display} did not start (is the display taken?)")
        if subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True).returncode == 0:
            return server
        time.sleep(0.05)
    server.terminate()
    raise NoDisplay(f"Xvfb :{display} did not answer")


def live_log(path: Path) -> list[tuple[int, str, str]]:
    """The log's live entries as (id, action, detail), undo entries resolved: an entry a
    live undo cancelled is dropped together with the undo (as the app reads it)."""
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT id, action, detail FROM log ORDER BY id").fetchall()
    cancelled = {int(part) for _id, action, detail in rows if action == "live_undone" for part in detail.split(",") if part}
    return [(i, a, d) for i, a, d in rows if a in LIVE_ACTIONS and i not in cancelled]


def all_actions(path: Path) -> tuple[str, ...]:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return tuple(row[0] for row in db.execute("SELECT action FROM log ORDER BY id"))


def question_texts(path: Path) -> tuple[str, ...]:
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return tuple(row[0] for row in db.execute("SELECT text FROM question ORDER BY position, id"))


def run_typist(display: int, source: Path = ROOT, workdir: Path | None = None) -> Run:
    """Drive the app of ``source`` on a fresh seed-like event file; return what happened."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="typist-"))
    sys.path.insert(0, str(HERE))
    from helpers import make_event_file

    path = make_event_file(workdir)
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(workdir),
        "XDG_CONFIG_HOME": str(workdir / "config"),
        "PYTHONPATH": str(source),
        "LANG": "C.UTF-8",  # xdotool reads the text in the locale: it must be UTF-8 and installed
        "LC_ALL": "C.UTF-8",
    }
    server = start_xvfb(display)
    with open(workdir / "app.log", "wb") as app_log:
        app = subprocess.Popen(
            [sys.executable, "-m", "moderator", str(path), "--lang", "en"],
            cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=app_log,
        )
    run = Run()
    try:
        xdo = _Xdo(env)
        window = xdo.window("moderator")
        xdo("windowsize", window, str(WIDTH), str(HEIGHT - 20))
        xdo("windowmove", window, "0", "0")
        xdo("windowfocus", "--sync", window)
        # The app joins the event and takes control of the clock.
        deadline = time.monotonic() + 15
        while "control" not in all_actions(path) and time.monotonic() < deadline:
            time.sleep(0.1)

        def step(keys: str, asked: tuple[str, ...], *actions: Callable[[], None]) -> None:
            before = {entry[0] for entry in live_log(path)}
            for action in actions:
                action()
                time.sleep(0.25)

            def gained_now() -> tuple[str, ...]:
                now = live_log(path)
                undone = len(before - {entry[0] for entry in now})
                return tuple(a for i, a, _d in now if i not in before) + ("(undone)",) * undone

            # The app writes what it was asked (its first write loads the database
            # library): wait for that, then a moment more for anything stray.
            deadline = time.monotonic() + 10
            while len(gained_now()) < len(asked) and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.6)
            run.steps.append(Step(keys, asked, gained_now()))

        type_ = xdo.type_text
        key = xdo.key
        # Where the fields are in a 1366x748 cockpit (bottom: capture bar, status bar).
        capture = (260, HEIGHT - 20 - 58)
        countdown = (300, 260)
        step("Space", ("show_started", "slot_started"), lambda: key("space"))
        step("Right", ("slot_started",), lambda: key("Right"))
        step("Ctrl+N, 'Wie viel kostet das Portal? (bitte kurz)', Enter", (),
             lambda: key("ctrl+n"), lambda: type_("Wie viel kostet das Portal? (bitte kurz)"), lambda: key("Return"))
        step("n (hand off)", ("handoff",), lambda: key("n"))
        step("F2, ' - und wer zahlt?', Enter", (),
             lambda: key("F2"), lambda: key("End"), lambda: type_(" - und wer zahlt?"), lambda: key("Return"))
        step("F2, 'Bürgermeisterin Groß fragt: Kann man das übertragen?', Esc", (),
             lambda: key("F2"), lambda: type_("Bürgermeisterin Groß fragt: Kann man das übertragen?"), lambda: key("Escape"))
        step("click capture, 'Bitte kurz: Open Data für Bürger in kleinen Gemeinden', Enter", (),
             lambda: xdo.click(*capture), lambda: type_("Bitte kurz: Open Data für Bürger in kleinen Gemeinden"), lambda: key("Return"))
        # Next by mistake, taken back at once: the file keeps both, and the net change is none.
        step("click countdown, Right, Ctrl+Z", (),
             lambda: xdo.click(*countdown), lambda: key("Right"), lambda: key("ctrl+z"))
        step("Ctrl+N, 'Zwischenfrage von Frau Kühn: warum nicht früher?', Ctrl+Z, Ctrl+E, Esc", (),
             lambda: key("ctrl+n"), lambda: type_("Zwischenfrage von Frau Kühn: warum nicht früher?"),
             lambda: key("ctrl+z"), lambda: key("ctrl+e"), lambda: key("Escape"))
        step("Ctrl+F, 'Portal bitte kurz', Enter, Esc", (),
             lambda: key("ctrl+f"), lambda: type_("Portal bitte kurz"), lambda: key("Return"), lambda: key("Escape"))
        step("F2 after Esc, ' (bitte kurz)', Esc", (),
             lambda: key("Escape"), lambda: key("F2"), lambda: type_(" (bitte kurz)"), lambda: key("Escape"))
        run.questions = question_texts(path)
        run.log = all_actions(path)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        server.terminate()
        server.wait(10)
    return run


class _Xdo:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return done.stdout.strip()

    def window(self, name: str) -> str:
        for _ in range(300):
            found = self("search", "--onlyvisible", "--name", name).split()
            if found:
                return found[-1]
            time.sleep(0.1)
        raise RuntimeError("the app's window did not appear")

    def key(self, keys: str) -> None:
        self("key", "--delay", "60", keys)

    def type_text(self, text: str) -> None:
        self("type", "--delay", "40", text)

    def click(self, x: int, y: int) -> None:
        self("mousemove", "--sync", str(x), str(y))
        self("click", "1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--display", type=int, default=85)
    parser.add_argument("--source", type=Path, default=ROOT)
    args = parser.parse_args()
    run = run_typist(args.display, args.source)
    for step in run.steps:
        mark = "ok   " if sorted(step.gained) == sorted(step.asked) else "STRAY"
        print(f"{mark} {step.keys}\n      asked {list(step.asked)}  file gained {list(step.gained)}")
    print("questions:", run.questions)
    return 1 if run.stray else 0


if __name__ == "__main__":
    sys.exit(main())
