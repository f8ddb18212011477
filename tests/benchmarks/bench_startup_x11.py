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

The clock starts just before the process is spawned. Two instants are taken, polled every
10 ms: *visible*, when ``xdotool search --onlyvisible --pid PID`` first finds a window of it
(X has mapped it; Qt maps a window in ``show()``, before anything is painted), and
*painted*, when that window's pixels are no longer X's black (five points read with
``XGetImage``; a new window is black until its first paint is flushed; neither the bare
window nor the cockpit paints pure black there). Then the process is killed. Printed: median
and p90 per command and the ratio of the medians to the bare window's [target for the
painted cockpit: <= 2x bare]. It asserts nothing and never runs under pytest.

Like an installed app, the children run from cached bytecode (``PYTHONPYCACHEPREFIX`` in
the temp folder, even where ``PYTHONDONTWRITEBYTECODE`` is set).
"""

from __future__ import annotations

import argparse
import ctypes
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
POLL_S = 0.01
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


class _XImage(ctypes.Structure):
    """The head of Xlib's XImage: enough to read the pixel of a 1x1 image."""

    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_uint32))]


class Screen:
    """Reads single pixels of a window with Xlib (``XGetImage``), through ctypes."""

    Z_PIXMAP = 2
    ALL_PLANES = 0xFFFFFFFF

    def __init__(self) -> None:
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XGetImage.restype = ctypes.c_void_p
        self.x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                       ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x11.XFree.argtypes = [ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("cannot open the X display")

    def pixel(self, window: int, x: int, y: int) -> int | None:
        image = self.x11.XGetImage(self.display, window, x, y, 1, 1, self.ALL_PLANES, self.Z_PIXMAP)
        if not image:
            return None  # not viewable (yet), or gone
        head = ctypes.cast(image, ctypes.POINTER(_XImage)).contents
        value = int(head.data[0]) & 0xFFFFFF
        # XDestroyImage (a macro) frees the data and the image; so does XFree of both.
        self.x11.XFree(ctypes.cast(head.data, ctypes.c_void_p))
        self.x11.XFree(image)
        return value

    def painted(self, window: int) -> bool:
        """Whether any of five points of the window (its middle and the middles of its
        quarters, within 1280x760) shows anything but black."""
        points = ((640, 380), (320, 190), (960, 190), (320, 570), (960, 570))
        return any(self.pixel(window, x, y) not in (None, 0) for x, y in points)


def visible_window(pid: int) -> int | None:
    """The id of a mapped (viewable) window whose _NET_WM_PID is ``pid``, or None."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, check=False)
    ids = found.stdout.split() if found.returncode == 0 else []
    return int(ids[0]) if ids else None


def start_once(argv: Sequence[str], cwd: Path, env: Mapping[str, str],
               screen: Screen) -> tuple[float, float]:
    """Milliseconds from spawning ``argv`` in ``cwd`` to its first visible window, and to
    that window's first paint on the screen; then kills the process."""
    launched = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=dict(env), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)

    def wait(what: str) -> None:
        if child.poll() is not None:
            raise SystemExit(f"{' '.join(argv)} ended ({child.returncode}) before {what}:\n"
                             f"{child.stderr.read() if child.stderr else ''}")
        if time.perf_counter() - launched > TIMEOUT_S:
            raise SystemExit(f"{' '.join(argv)}: no {what} after {TIMEOUT_S:g} s")
        time.sleep(POLL_S)

    try:
        while (window := visible_window(child.pid)) is None:
            wait("a window")
        visible = (time.perf_counter() - launched) * 1000
        while not screen.painted(window):
            wait("a paint")
        return visible, (time.perf_counter() - launched) * 1000
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
        screen = Screen()
        visible: dict[str, list[float]] = {name: [] for name in cases}
        painted: dict[str, list[float]] = {name: [] for name in cases}
        names = list(cases)
        for round_index in range(args.runs + 1):
            order = names if round_index % 2 == 0 else names[::-1]
            for name in order:
                seen_ms, drawn_ms = start_once(*cases[name], env, screen)
                if round_index > 0:
                    visible[name].append(seen_ms)
                    painted[name].append(drawn_ms)
        print(f"{args.runs} rounds after 1 warm-up, alternating; load average now "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        rows = []
        for kind, results in (("painted", painted), ("visible", visible)):
            print(f"{kind}, ms after launch:")
            for name, values in results.items():
                print(f"  {name:<30} " + " ".join(f"{value:5.0f}" for value in values))
            base_name = names[0]
            base = statistics.median(results[base_name])
            rows.append(Row(f"{kind}, {base_name}", f"median {base:.0f} ms, p90 "
                            f"{percentile(results[base_name], 0.9):.0f} ms", "(baseline)", "-"))
            for app_name in names[1:]:
                app = statistics.median(results[app_name])
                met = app / base <= TARGET_RATIO
                rows.append(Row(f"{kind}, {app_name}", f"median {app:.0f} ms, p90 "
                                f"{percentile(results[app_name], 0.9):.0f} ms, {app / base:.2f}x bare",
                                f"<= {TARGET_RATIO:g}x bare" if kind == "painted" else "(info)",
                                verdict(met) if kind == "painted" else "-"))
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
