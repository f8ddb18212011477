"""Start-up measured from outside: the real command until its window is visible on an X display.

Run it from the project folder, with an X server of your own (Xvfb; no window manager
needed)::

    Xvfb :81 -screen 0 1366x768x24 -noreset &   # -noreset: no reset when the last client leaves
    DISPLAY=:81 uv run python tests/benchmarks/bench_startup_x11.py [--runs 10]

Two commands start in turn, in fresh processes, the order alternating each round (with
``--compare DIR``, the cockpit of another checkout as a third, for before and after in one
run, e.g. ``git worktree add /tmp/before main``); round 0
is a warm-up and is dropped (it also fills the bytecode cache and makes the user's copy of
the sample event):

- bare: ``python -c BARE_SCRIPT``, a ``QApplication`` and a 1280x800 ``QMainWindow`` with a
  ``QLabel``, shown: the floor any PySide6 app pays;
- cockpit: ``python -m moderator``, the real command, which opens the user's copy of the
  sample event (settings and data in a throwaway folder: ``XDG_CONFIG_HOME``,
  ``XDG_DATA_HOME``).

The clock starts just before the process is spawned and stops when ``xdotool search
--onlyvisible --pid PID`` first finds a window of it, i.e. when X has mapped the window
(polled every 5 ms; Qt maps a window after its first paint is ready to expose). Then the
process is killed. Printed: median and p90 per command and the ratio of the medians
[target: cockpit <= 2x bare]. It asserts nothing and never runs under pytest.

Like an installed app, the children run from cached bytecode (``PYTHONPYCACHEPREFIX`` in
the temp folder, even where ``PYTHONDONTWRITEBYTECODE`` is set).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from report import Row, percentile, print_table, verdict

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 2.0
POLL_S = 0.005
TIMEOUT_S = 60.0

BARE_SCRIPT = """import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
qt_app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1280, 800)
window.show()
sys.exit(qt_app.exec())
"""


def visible_window(pid: int) -> bool:
    """True once X shows a mapped (viewable) window whose _NET_WM_PID is ``pid``."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, check=False)
    return found.returncode == 0 and bool(found.stdout.strip())


def start_once(argv: Sequence[str], cwd: Path, env: Mapping[str, str]) -> float:
    """Milliseconds from spawning ``argv`` in ``cwd`` to its first visible window; then kills it."""
    launched = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=dict(env), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        while not visible_window(child.pid):
            if child.poll() is not None:
                raise SystemExit(f"{' '.join(argv)} ended ({child.returncode}) without a "
                                 f"window:\n{child.stderr.read() if child.stderr else ''}")
            if time.perf_counter() - launched > TIMEOUT_S:
                raise SystemExit(f"{' '.join(argv)}: no window after {TIMEOUT_S:g} s")
            time.sleep(POLL_S)
        return (time.perf_counter() - launched) * 1000
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10,
                        help="measured rounds (default 10, after one warm-up round)")
    parser.add_argument("--file", help="an event file to open instead of the sample's copy")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another checkout whose cockpit starts in the same rounds")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        raise SystemExit("needs an X display (DISPLAY=:N, e.g. Xvfb) and xdotool")

    with tempfile.TemporaryDirectory(prefix="bench-startup-x11-") as temp:
        folder = Path(temp)
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)  # the real display: xcb
        env["XDG_DATA_HOME"] = str(folder / "data")
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env["QT_API"] = "pyside6"
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        command = [sys.executable, "-m", "moderator", *([args.file] if args.file else [])]
        cases: dict[str, tuple[list[str], Path]] = {
            "bare PySide6 window": ([sys.executable, "-c", BARE_SCRIPT], ROOT),
            "cockpit, python -m moderator": (command, ROOT),
        }
        for other in args.compare:
            cases[f"cockpit in {other}"] = (command, other.resolve())
        print(f"{os.cpu_count()} CPUs, DISPLAY={env['DISPLAY']}, load average "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        for name, (argv_, cwd) in cases.items():
            shown = " ".join("python" if part == sys.executable else
                             '"$BARE_SCRIPT"' if part == BARE_SCRIPT else part for part in argv_)
            print(f"$ (cd {cwd} && {shown})    # {name}")
        results: dict[str, list[float]] = {name: [] for name in cases}
        names = list(cases)
        for round_index in range(args.runs + 1):
            order = names if round_index % 2 == 0 else names[::-1]
            for name in order:
                elapsed = start_once(*cases[name], env)
                if round_index > 0:
                    results[name].append(elapsed)
        print(f"{args.runs} rounds after 1 warm-up, alternating; load average now "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        for name, values in results.items():
            print(f"  {name:<30} " + " ".join(f"{value:5.0f}" for value in values))
        base_name = names[0]
        base = statistics.median(results[base_name])
        rows = [Row(f"visible, {base_name}", f"median {base:.0f} ms, p90 "
                    f"{percentile(results[base_name], 0.9):.0f} ms", "(baseline)", "-")]
        for app_name in names[1:]:
            app = statistics.median(results[app_name])
            rows.append(Row(f"visible, {app_name}", f"median {app:.0f} ms, p90 "
                            f"{percentile(results[app_name], 0.9):.0f} ms, {app / base:.2f}x bare",
                            f"<= {TARGET_RATIO:g}x bare", verdict(app / base <= TARGET_RATIO)))
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
