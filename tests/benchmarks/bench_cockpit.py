"""How fast the cockpit starts, how punctually it repaints, and what it costs while it runs.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    uv run python tests/benchmarks/bench_cockpit.py [--seconds 60] [--runs 10] [--imports]

It prints a detail section per figure, with the command lines that produced it, then a
table with a target and a verdict per figure. It is a benchmark, not a test: it asserts
nothing and never runs under pytest.

1. Start-up (subprocesses, interleaved round-robin with the order rotating each round, one
   warm-up round discarded, ``--runs`` measured rounds). The launch instant is
   ``time.time()`` just before the child is spawned; the child prints ``time.time()`` once
   its window has been painted for the first time: an event filter on the window sees the
   first ``QEvent.Paint`` and a ``QTimer.singleShot(0)`` reports after that paint pass
   (the children are painted in the same pass) and exits. Three children:

   - bare: ``import PySide6.QtWidgets``, a ``QApplication``, a 1280x800 ``QMainWindow``
     with a ``QLabel``, ``show()``; the floor any PySide6 app pays;
   - cockpit: ``from moderator.ui.app import build_app``; ``build_app([FILE])`` on the
     sample event, then ``QApplication.exec()``;
   - real entry: ``moderator.cli.main([FILE])``, i.e. ``run_app`` with ``qasync``, the
     path ``moderator FILE`` takes (``build_app`` is wrapped only to add the probe, once
     the entry itself has imported ``moderator.ui.app``: it turns the garbage collector
     off before that import).

   Reported: first paint minus launch, median and p90, and the ratio of the medians to the
   bare window's [target: <= 2x]. Each child also stamps the instant its interpreter ran
   the first line, the end of its imports and the end of building the window, so the
   phases show where the time goes. When a ratio misses the target (or with
   ``--imports``) the 15 largest cumulative costs of
   ``python -X importtime -c "import moderator.ui.app"`` are printed too (and those of
   ``import PySide6.QtWidgets``, the bare window's share).

   An installed app runs from cached bytecode, so the children get a bytecode cache in the
   temp folder (``PYTHONPYCACHEPREFIX``, filled in the warm-up round) even when the
   environment sets ``PYTHONDONTWRITEBYTECODE``: without it every start compiles SQLAlchemy
   from source and the figure measures the environment rather than the app.

2. Tick accuracy (in this process, real ``SystemClock``). A fresh event file is made with
   ``python -m moderator new FILE --from resources/sample/...json`` and started with
   ``python -m moderator control FILE start``; then ``build_app([FILE])`` and
   ``QApplication.exec()`` for a 1 s warm-up plus ``--seconds``. Every reading the window
   takes is recorded (``session.reading`` is wrapped), and each ``window.ticker.ticked``
   (connected after the window's own ``refresh``) takes the reading that repaint showed.

   The lag of a boundary is how long after the display *should* have changed it did. With
   ``t`` the instant the repaint read the clock and ``r = reading.remaining`` at ``t``
   (``r = planned_end - t`` while the slot runs; negative in overtime):

   - the countdown shows ``ceil(r)`` whole seconds ("0:01" while 0 < r <= 1, "+0:00"
     from r = 0, "+0:01" from r = -1; see ``format_countdown``), so its text changes at
     the instants where ``r`` is a whole number of seconds. Going back in time from ``t``
     by ``d``, ``r`` grows to ``r + d``; the latest boundary at or before ``t`` is the
     smallest ``d >= 0`` with ``r + d`` whole, so ``lag_countdown = ceil(r) - r``, i.e.
     ``(-r) mod 1 s``: always in [0, 1 s), zero exactly on a boundary, the same formula on
     both sides of zero;
   - the status line shows the wall-clock second of ``t`` (the zone's offset is whole
     minutes), so ``lag_wall = t mod 1 s``.

   A repaint that shows a new countdown value contributes ``lag_countdown``; one that shows
   a new wall-clock second contributes ``lag_wall`` (a repaint that shows both contributes
   both: one sample per boundary shown). A value that jumps by more than one second between
   two repaints counts the seconds it skipped as missed boundaries. A repaint that shows
   nothing new (a tick that fired before its boundary) is counted as idle. Reported: median,
   p95 and worst lag in ms [target: median <= 5 ms, worst <= 20 ms] and the missed
   boundaries [target: 0]. For information: the same lag measured when the countdown widget
   actually begins to paint its new value (an event filter on it), and how late a bare
   ``PreciseTimer`` in the same event loop wakes up (re-armed every 487 ms), the floor that
   the machine and Qt set; the ticker adds its deliberate 2 ms of slack (``SLACK_MS``) and
   up to 1 ms of rounding to whole milliseconds on top of it. Per kind of boundary it also
   prints where in the second the boundaries fall and how many repaints waited for a
   change-feed poll (``session.store.last_change`` is wrapped to note when each one ran).

3. CPU (subprocesses running the real entry, ``run_app`` with ``qasync``, on a started
   show, so the figure is the app alone and includes the change-feed poll: every 200 ms,
   every 2 s once the file watcher has reported a write).
   After a 2 s warm-up each child measures ``time.process_time()`` (all its threads) and
   ``getrusage`` over ``--seconds``, then closes its window. The variants run at the same
   time (their CPU time is their own): the app as it is [target: <= 0.5 % of one core];
   without the change-feed poll; without the repaint ticker; with neither (Qt and qasync
   idle); and the app as it is under ``cProfile`` with a CPU-time timer, which names the
   Python code that costs the time (the rest is Qt's C++ event loop: layout, style and
   painting, plus the profiler's own overhead).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from report import Row, percentile, print_table, verdict

if TYPE_CHECKING:
    from moderator.domain.clock import ClockReading

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JSON = ROOT / "resources" / "sample" / "innovators-lounge-2021-06-09.json"
SECOND_US = 1_000_000
IMPORTTIME_TOP = 15
PROFILE_TOP = 15
TICK_WARMUP_S = 1.0
CPU_WARMUP_S = 8.0  # past start-up and the background load of the writer

STARTUP_TARGET_RATIO = 2.0
LAG_MEDIAN_TARGET_MS = 5.0
LAG_WORST_TARGET_MS = 20.0
MISSED_TARGET = 0
CPU_TARGET_PERCENT = 0.5


# -- the child processes -----------------------------------------------------------------------
#
# Each start-up child stamps four instants, printed on one line when the window has been
# painted: interpreter ready, imports done, window built (shown), first paint done.

_PROBE = '''
class FirstPaint(QObject):
    """Sees the window's first Paint; reports after that paint pass and exits at once."""

    def __init__(self):
        super().__init__()
        self.seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            # The children paint in the same pass; a zero timer runs once it is done.
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(repr(_ready), repr(_imported), repr(_built), repr(time.time()), flush=True)
        os._exit(0)
'''

BARE_SCRIPT = '''import time
_ready = time.time()
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
_imported = time.time()
''' + _PROBE + '''
qt_app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1280, 800)
window.show()
_built = time.time()
probe = FirstPaint()
window.installEventFilter(probe)
sys.exit(qt_app.exec())
'''

APP_SCRIPT = '''import time
_ready = time.time()
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from moderator.ui.app import build_app
_imported = time.time()
''' + _PROBE + '''
app = build_app([sys.argv[1]])
_built = time.time()
probe = FirstPaint()
app.window.installEventFilter(probe)
sys.exit(app.qt_app.exec())
'''

# The real entry imports the app itself (gui_main turns the garbage collector off first):
# the probe wraps build_app when that import has run, not by importing the app before it.
ENTRY_SCRIPT = '''import time
_ready = time.time()
import os, sys
import importlib.machinery

_PROBE_SOURCE = ''' + repr(_PROBE) + '''
probe = None


class AfterAppImport:
    """Wraps moderator.ui.app's build_app right after the entry has imported the module."""

    def find_spec(self, name, path, target=None):
        if name != "moderator.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            wrap(module)

        spec.loader.exec_module = exec_module
        return spec


def wrap(ui_app):
    global _imported
    _imported = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer  # loaded by the app already
    globals().update(QEvent=QEvent, QObject=QObject, QTimer=QTimer)
    exec(_PROBE_SOURCE, globals())
    build_app = ui_app.build_app

    def build_with_probe(argv, time_source=None):
        global _built, probe
        app = build_app(argv, time_source)
        _built = time.time()
        probe = FirstPaint()
        app.window.installEventFilter(probe)
        return app

    # run_app looks build_app up in its module: the real entry, plus the probe.
    ui_app.build_app = build_with_probe


sys.meta_path.insert(0, AfterAppImport())
from moderator.cli import main
sys.exit(main([sys.argv[1]]))
'''

#: argv: FILE VARIANT SECONDS WARMUP. Prints one JSON line with the figures, then closes the
#: window so that run_app returns as it does when the moderator quits.
CPU_SCRIPT = '''import cProfile, json, pstats, resource, sys, time
from PySide6.QtCore import QTimer
import moderator.ui.app as ui_app

path, variant, seconds, warmup = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
_build_app = ui_app.build_app
keep = []

def build_and_measure(argv, time_source=None):
    app = _build_app(argv, time_source)
    window = app.window
    if variant in ("no-poll", "idle"):
        window.session._poll.stop()
        if window.session._files is not None:
            window.session._files.blockSignals(True)  # nor the file watcher
    if variant in ("no-ticker", "idle"):
        window.ticker.stop()
    profiler = cProfile.Profile(time.process_time) if variant == "profile" else None
    start = {}

    def begin():
        start["cpu"] = time.process_time()
        start["wall"] = time.perf_counter()
        start["usage"] = resource.getrusage(resource.RUSAGE_SELF)
        if profiler is not None:
            profiler.enable()

    def end():
        if profiler is not None:
            profiler.disable()
        cpu = time.process_time() - start["cpu"]
        wall = time.perf_counter() - start["wall"]
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result = {
            "variant": variant,
            "cpu_s": cpu,
            "wall_s": wall,
            "user_s": usage.ru_utime - start["usage"].ru_utime,
            "sys_s": usage.ru_stime - start["usage"].ru_stime,
            "switches": (usage.ru_nvcsw - start["usage"].ru_nvcsw)
            + (usage.ru_nivcsw - start["usage"].ru_nivcsw),
        }
        if profiler is not None:
            stats = pstats.Stats(profiler).stats
            rows = [
                [f"{func[2]} ({func[0].rsplit('/', 2)[-1] if func[0] != '~' else 'builtin'}:{func[1]})",
                 calls[1], calls[2], calls[3]]
                for func, calls in stats.items()
            ]
            result["profiled_s"] = sum(row[2] for row in rows)
            result["by_self"] = sorted(rows, key=lambda row: row[2], reverse=True)[:40]
            result["by_cumulative"] = sorted(rows, key=lambda row: row[3], reverse=True)[:40]
        print(json.dumps(result), flush=True)
        window.close()

    QTimer.singleShot(int(warmup * 1000), begin)
    QTimer.singleShot(int((warmup + seconds) * 1000), end)
    keep.append(profiler)
    return app

ui_app.build_app = build_and_measure
sys.exit(ui_app.run_app([path]))
'''

CPU_VARIANTS: tuple[tuple[str, str], ...] = (
    ("full", "the app as it is"),
    ("no-poll", "without the change-feed poll"),
    ("no-ticker", "without the repaint ticker"),
    ("idle", "neither: Qt and qasync idle"),
    ("profile", "the app as it is, under cProfile (CPU time)"),
)


# -- small helpers -----------------------------------------------------------------------------



def shown(argv: Sequence[str]) -> str:
    """A command line for the reader: the interpreter as ``python``, scripts by name."""
    names = {BARE_SCRIPT: '"$BARE_SCRIPT"', APP_SCRIPT: '"$APP_SCRIPT"',
             ENTRY_SCRIPT: '"$ENTRY_SCRIPT"', CPU_SCRIPT: '"$CPU_SCRIPT"'}
    parts = ["python" if part == sys.executable else names.get(part, part) for part in argv]
    return " ".join(parts)


def run_checked(argv: Sequence[str], env: Mapping[str, str]) -> str:
    """Run a helper command; stop with its error output if it fails."""
    done = subprocess.run(argv, cwd=ROOT, env=dict(env), capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"{shown(argv)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def make_event(folder: Path, name: str, env: Mapping[str, str], *, started: bool) -> Path:
    """A fresh event file from the sample JSON, started now when ``started``."""
    path = folder / name
    run_checked([sys.executable, "-m", "moderator", "new", str(path), "--from", str(SAMPLE_JSON)],
                env)
    if started:
        run_checked([sys.executable, "-m", "moderator", "control", str(path), "start"], env)
    return path


# -- 1. start-up -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StartupRun:
    """One child's instants, in ms after the launch instant."""

    ready_ms: float
    imported_ms: float
    built_ms: float
    painted_ms: float


@dataclass(frozen=True, slots=True)
class StartupCase:
    name: str
    argv: tuple[str, ...]
    baseline: bool = False


def start_once(case: StartupCase, env: Mapping[str, str]) -> StartupRun:
    launched = time.time()
    done = subprocess.run(case.argv, cwd=ROOT, env=dict(env), capture_output=True, text=True,
                          check=False, timeout=120)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{case.name}: no first paint (status {done.returncode}):\n{done.stderr}")
    ready, imported, built, painted = (float(value) for value in lines[-1].split())
    return StartupRun(*((instant - launched) * 1000 for instant in (ready, imported, built, painted)))


def measure_startup(cases: Sequence[StartupCase], runs: int,
                    env: Mapping[str, str]) -> dict[str, list[StartupRun]]:
    """Round-robin, the order rotating each round; round 0 is a warm-up and is dropped."""
    results: dict[str, list[StartupRun]] = {case.name: [] for case in cases}
    for round_index in range(runs + 1):
        shift = round_index % len(cases)
        for case in [*cases[shift:], *cases[:shift]]:
            run = start_once(case, env)
            if round_index > 0:
                results[case.name].append(run)
    return results


@dataclass(frozen=True, slots=True)
class ImportCost:
    cumulative_us: int
    self_us: int
    depth: int
    module: str


def import_costs(code: str, env: Mapping[str, str]) -> list[ImportCost]:
    """Parse ``-X importtime`` (self | cumulative | indented module name) from stderr."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT,
                          env=dict(env), capture_output=True, text=True, check=False)
    costs = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_part, cumulative_part, name_part = line[len("import time:"):].split("|", 2)
        name = name_part.rstrip()
        stripped = name.lstrip()
        depth = (len(name) - len(stripped) - 1) // 2
        costs.append(ImportCost(int(cumulative_part), int(self_part), depth, stripped))
    return costs


def print_import_costs(code: str, env: Mapping[str, str]) -> None:
    costs = import_costs(code, env)
    total = sum(cost.cumulative_us for cost in costs if cost.depth == 0)
    print(f'\n$ python -X importtime -c "{code}"')
    print(f"all imports: {total / 1000:.0f} ms (sum of the top-level cumulative costs; "
          "-X importtime itself inflates them)")
    print(f"the {IMPORTTIME_TOP} largest cumulative costs:")
    print(f"  {'cum ms':>7}  {'self ms':>7}  depth  module")
    for cost in sorted(costs, key=lambda c: c.cumulative_us, reverse=True)[:IMPORTTIME_TOP]:
        print(f"  {cost.cumulative_us / 1000:7.1f}  {cost.self_us / 1000:7.1f}  "
              f"{cost.depth:5d}  {cost.module}")


def print_startup(cases: Sequence[StartupCase], results: Mapping[str, list[StartupRun]]) -> None:
    print("phases, medians in ms after launch: interpreter ready | imports done | "
          "window built | first paint done (p90)")
    width = max(len(case.name) for case in cases)
    for case in cases:
        runs = results[case.name]

        def med(pick: Callable[[StartupRun], float], runs: list[StartupRun] = runs) -> float:
            return statistics.median(pick(run) for run in runs)

        painted = [run.painted_ms for run in runs]
        print(f"  {case.name:<{width}}  {med(lambda r: r.ready_ms):6.0f} | "
              f"{med(lambda r: r.imported_ms):6.0f} | {med(lambda r: r.built_ms):6.0f} | "
              f"{statistics.median(painted):6.0f} ({percentile(painted, 0.9):.0f})")
        print(f"  {'':<{width}}  imports {med(lambda r: r.imported_ms - r.ready_ms):.0f} ms, "
              f"build {med(lambda r: r.built_ms - r.imported_ms):.0f} ms, "
              f"first paint {med(lambda r: r.painted_ms - r.built_ms):.0f} ms")


# -- 2. tick accuracy --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Repaint:
    """What one tick's repaint read: the instant, and the countdown (None: standing still)."""

    at_us: int
    remaining_us: int | None


@dataclass(frozen=True, slots=True)
class Painted:
    """The countdown widget beginning to paint a new value: when, and when it became due."""

    at_us: int
    due_us: int


@dataclass(frozen=True, slots=True)
class Shown:
    """A boundary and the repaint that first showed it (instants in µs since the epoch)."""

    kind: str  # "countdown" or "wall clock"
    due_us: int
    shown_us: int

    @property
    def lag_ms(self) -> float:
        return (self.shown_us - self.due_us) / 1000


@dataclass(slots=True)
class TickFigures:
    shown: list[Shown] = field(default_factory=list)
    missed: int = 0
    boundaries: int = 0
    idle: int = 0
    repaints: int = 0

    @property
    def lags_ms(self) -> list[float]:
        return [boundary.lag_ms for boundary in self.shown]

    def lags_of(self, kind: str) -> list[float]:
        return [boundary.lag_ms for boundary in self.shown if boundary.kind == kind]


def _microseconds(instant: datetime) -> int:
    return (instant - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def _ceil_seconds(us: int) -> int:
    return -(-us // SECOND_US)


def analyse_repaints(repaints: Sequence[Repaint]) -> TickFigures:
    """Lags per boundary shown, skipped seconds and idle repaints (see the module docstring)."""
    figures = TickFigures()
    previous: Repaint | None = None
    for repaint in repaints:
        figures.repaints += 1
        if previous is None:
            previous = repaint
            continue
        new = False
        wall, wall_before = repaint.at_us // SECOND_US, previous.at_us // SECOND_US
        if wall != wall_before:
            new = True
            figures.boundaries += wall - wall_before
            figures.missed += max(0, wall - wall_before - 1)
            lag_us = repaint.at_us % SECOND_US
            figures.shown.append(Shown("wall clock", repaint.at_us - lag_us, repaint.at_us))
        if repaint.remaining_us is not None and previous.remaining_us is not None:
            count = _ceil_seconds(repaint.remaining_us)
            count_before = _ceil_seconds(previous.remaining_us)
            if count != count_before:
                new = True
                step = abs(count_before - count)  # counts down: one per second
                figures.boundaries += step
                figures.missed += max(0, step - 1)
                lag_us = (-repaint.remaining_us) % SECOND_US
                figures.shown.append(Shown("countdown", repaint.at_us - lag_us, repaint.at_us))
        if not new:
            figures.idle += 1
        previous = repaint
    return figures


@dataclass(frozen=True, slots=True)
class TickRun:
    figures: TickFigures
    #: Countdown widget paints of a new value, ms after that value became due.
    paint_lags_ms: list[float]
    #: A bare precise timer in the same loop: ms after the instant it was armed for.
    wakeup_lags_ms: list[float]
    #: Each change-feed poll (``store.last_change``): start and end, µs since the epoch.
    polls: list[tuple[int, int]]

    def delayed_by_poll(self, boundary: Shown) -> bool:
        """Whether a poll ran between the boundary and the repaint that showed it."""
        return any(start < boundary.shown_us and end > boundary.due_us
                   for start, end in self.polls)


#: The wake-up probe re-arms itself this often; an odd period walks across the second, so
#: it does not sit on the app's own boundaries.
WAKEUP_PERIOD_MS = 487


def measure_ticks(event_file: Path, seconds: float) -> TickRun:
    """Run the cockpit in this process on ``event_file``; repaint, paint and wake-up lags."""
    from PySide6.QtCore import (
        QEvent,
        QMessageLogContext,
        QObject,
        Qt,
        QtMsgType,
        QTimer,
        qInstallMessageHandler,
    )

    from moderator.ui.app import build_app

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform says so on every top-level window; it is not the app's.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    app = build_app([str(event_file)])
    window = app.window
    if window is None:
        raise SystemExit(f"{event_file}: the cockpit did not open")
    session = window.session
    readings: list[ClockReading] = []
    take_reading = session.reading

    def recorded_reading() -> ClockReading:
        reading = take_reading()
        readings.append(reading)
        return reading

    # The repaint asks the session for its reading; keep a copy of each one.
    session.reading = recorded_reading  # type: ignore[method-assign]

    # The change-feed poll runs in the same thread; note when, to tell whether it held up
    # a repaint.
    polls: list[tuple[int, int]] = []
    last_change = session.store.last_change

    def timed_last_change() -> int:
        began = _microseconds(session.clock.now())
        try:
            return last_change()
        finally:
            polls.append((began, _microseconds(session.clock.now())))

    session.store.last_change = timed_last_change  # type: ignore[method-assign]

    measuring = False
    repaints: list[Repaint] = []

    def on_tick() -> None:
        # Connected after the window's refresh, so the last reading is the one it showed.
        if not measuring or not readings:
            return
        reading = readings[-1]
        moving = not reading.paused and reading.slot is not None
        repaints.append(Repaint(_microseconds(reading.now),
                                reading.remaining // timedelta(microseconds=1) if moving else None))

    window.ticker.ticked.connect(on_tick)

    paint_lags_ms: list[float] = []
    painted_texts: list[str] = []
    countdown = window.countdown

    class PaintWatcher(QObject):
        """Stamps the countdown widget's paints of a new value against when it was due."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if measuring and event.type() == QEvent.Type.Paint and readings:
                text = countdown.text
                if painted_texts and text != painted_texts[-1]:
                    reading = readings[-1]
                    remaining_us = reading.remaining // timedelta(microseconds=1)
                    at_us = _microseconds(reading.now)
                    # The value shown, ceil(r), became due when r was exactly that value.
                    due_us = at_us + remaining_us - _ceil_seconds(remaining_us) * SECOND_US
                    now_us = _microseconds(session.clock.now())
                    paint_lags_ms.append((now_us - due_us) / 1000)
                painted_texts.append(text)
            return False

    watcher = PaintWatcher()
    countdown.installEventFilter(watcher)

    # The floor the machine sets: how late a bare precise timer wakes up in the same loop.
    wakeup_lags_ms: list[float] = []
    probe = QTimer()
    probe.setSingleShot(True)
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    armed_for_ns = 0

    def arm_probe() -> None:
        nonlocal armed_for_ns
        armed_for_ns = time.monotonic_ns() + WAKEUP_PERIOD_MS * 1_000_000
        probe.start(WAKEUP_PERIOD_MS)

    def on_probe() -> None:
        if measuring:
            wakeup_lags_ms.append((time.monotonic_ns() - armed_for_ns) / 1_000_000)
        arm_probe()

    probe.timeout.connect(on_probe)
    arm_probe()

    def start_measuring() -> None:
        nonlocal measuring
        measuring = True

    QTimer.singleShot(int(TICK_WARMUP_S * 1000), start_measuring)
    QTimer.singleShot(int((TICK_WARMUP_S + seconds) * 1000), app.qt_app.quit)
    app.qt_app.exec()
    probe.stop()
    window.close()
    return TickRun(analyse_repaints(repaints), paint_lags_ms, wakeup_lags_ms, polls)


# -- 3. CPU ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """One function in the cProfile child: CPU seconds spent in it alone and in total."""

    name: str
    calls: int
    own_s: float
    cumulative_s: float


@dataclass(frozen=True, slots=True)
class CpuResult:
    """One CPU child's figures over its measured window (profile fields: its variant only)."""

    variant: str
    cpu_s: float
    wall_s: float
    user_s: float
    sys_s: float
    switches: int
    profiled_s: float = 0.0
    by_self: tuple[ProfileRow, ...] = ()
    by_cumulative: tuple[ProfileRow, ...] = ()

    @property
    def percent(self) -> float:
        """CPU time as a percentage of one core over the wall time measured."""
        return 100 * self.cpu_s / self.wall_s

    @classmethod
    def from_json(cls, text: str) -> CpuResult:
        data = json.loads(text)

        def rows(key: str) -> tuple[ProfileRow, ...]:
            return tuple(ProfileRow(str(name), int(calls), float(own), float(cumulative))
                         for name, calls, own, cumulative in data.get(key, ()))

        return cls(
            variant=str(data["variant"]), cpu_s=float(data["cpu_s"]),
            wall_s=float(data["wall_s"]), user_s=float(data["user_s"]),
            sys_s=float(data["sys_s"]), switches=int(data["switches"]),
            profiled_s=float(data.get("profiled_s", 0.0)),
            by_self=rows("by_self"), by_cumulative=rows("by_cumulative"),
        )


def measure_cpu(event_file: Path, folder: Path, seconds: float,
                env: Mapping[str, str]) -> tuple[dict[str, CpuResult], list[str]]:
    """Every variant in its own child (and its own copy of the started event), at once."""
    children: list[tuple[str, list[str], subprocess.Popen[str]]] = []
    for variant, _meaning in CPU_VARIANTS:
        copy = folder / f"cpu-{variant}.moderator"
        shutil.copyfile(event_file, copy)
        argv = [sys.executable, "-c", CPU_SCRIPT, str(copy), variant, str(seconds),
                str(CPU_WARMUP_S)]
        child = subprocess.Popen(argv, cwd=ROOT, env=dict(env), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        children.append((variant, argv, child))
    results: dict[str, CpuResult] = {}
    commands = []
    for variant, argv, child in children:
        out, err = child.communicate(timeout=seconds + CPU_WARMUP_S + 120)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit(f"CPU child {variant} printed no figures ({child.returncode}):\n{err}")
        results[variant] = CpuResult.from_json(lines[-1])
        commands.append(shown(argv))
    return results, commands


def print_cpu(results: Mapping[str, CpuResult]) -> None:
    print(f"  {'variant':<10} {'% of a core':>11} {'user ms':>8} {'sys ms':>7} "
          f"{'switches/s':>10}  meaning")
    for variant, meaning in CPU_VARIANTS:
        result = results[variant]
        print(f"  {variant:<10} {result.percent:10.3f}% {1000 * result.user_s:8.0f} "
              f"{1000 * result.sys_s:7.0f} {result.switches / result.wall_s:10.1f}  {meaning}")
    full = results["full"].percent
    print(f"  share by subtraction: poll ~{full - results['no-poll'].percent:.3f} %, "
          f"ticker and repaints ~{full - results['no-ticker'].percent:.3f} %, "
          f"idle floor {results['idle'].percent:.3f} %")
    profile = results["profile"]
    print(f"\n  cProfile: {1000 * profile.cpu_s:.0f} ms CPU in {profile.wall_s:.0f} s "
          f"({profile.percent:.3f} %, the profiler included); Python functions "
          f"{1000 * profile.profiled_s:.0f} ms; the rest, "
          f"{1000 * (profile.cpu_s - profile.profiled_s):.0f} ms, is Qt's C++ event loop "
          "(layout, style, paint), the kernel and the profiler")
    for title, table in (("by cumulative time", profile.by_cumulative),
                         ("by own time", profile.by_self)):
        print(f"  top {PROFILE_TOP} {title + ':':<44} {'calls':>6} {'own ms':>8} "
              f"{'cum ms':>8} {'cum ms/call':>11}")
        for row in table[:PROFILE_TOP]:
            print(f"    {row.name[:58]:<58} {row.calls:6d} {1000 * row.own_s:8.1f} "
                  f"{1000 * row.cumulative_s:8.1f} "
                  f"{1000 * row.cumulative_s / max(row.calls, 1):11.3f}")


# -- the table ---------------------------------------------------------------------------------




# -- main --------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="how long the tick and CPU figures run (default 60)")
    parser.add_argument("--runs", type=int, default=10,
                        help="measured start-up rounds (default 10, after one warm-up)")
    parser.add_argument("--imports", action="store_true",
                        help="print the import costs even when the start-up target is met")
    parser.add_argument("--only", choices=("startup", "ticks", "cpu"), action="append",
                        help="run only this part (repeatable; default: all three)")
    args = parser.parse_args(argv)
    parts = set(args.only or ("startup", "ticks", "cpu"))

    with tempfile.TemporaryDirectory(prefix="bench-cockpit-") as temp:
        folder = Path(temp)
        # Offscreen Qt, and settings and data in a throwaway folder, here and in every child.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_API"] = "pyside6"
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        env = dict(os.environ)
        # An installed app runs from cached bytecode. Without a cache every start compiles
        # SQLAlchemy from source (seconds), which would measure the environment, not the
        # app: the children write their .pyc files under the temp folder (in the warm-up
        # round) even where PYTHONDONTWRITEBYTECODE is set, and never into the project.
        lifted = env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
              f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen, load average "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        print(f"children: bytecode cached in PYTHONPYCACHEPREFIX={env['PYTHONPYCACHEPREFIX']}"
              + (f" (PYTHONDONTWRITEBYTECODE={lifted} lifted for them)" if lifted else ""))
        rows: list[Row] = []

        # 1. Start-up
        if "startup" in parts:
            run_startup(folder, args.runs, args.imports, env, rows)
        live = make_event(folder, "live.moderator", env, started=True)
        if "ticks" in parts:
            run_ticks(live, args.seconds, rows)
        if "cpu" in parts:
            run_cpu(live, folder, args.seconds, env, rows)
        print("\n== Summary")
        print_table(rows)
    return 0


def run_startup(folder: Path, runs: int, imports: bool, env: Mapping[str, str],
                rows: list[Row]) -> None:
    sample = make_event(folder, "sample.moderator", env, started=False)
    print(f"\n== 1. Start-up: launch to first paint, {runs} rounds interleaved "
          "after 1 warm-up round")
    print(f"$ python -m moderator new {sample} --from {SAMPLE_JSON.relative_to(ROOT)}")
    cases = (
        StartupCase("bare PySide6 window", (sys.executable, "-c", BARE_SCRIPT), baseline=True),
        StartupCase("cockpit, build_app", (sys.executable, "-c", APP_SCRIPT, str(sample))),
        StartupCase("cockpit, real entry", (sys.executable, "-c", ENTRY_SCRIPT, str(sample))),
    )
    for case in cases:
        print(f"$ {shown(case.argv)}")
    print("  (the scripts are BARE_SCRIPT, APP_SCRIPT, ENTRY_SCRIPT in "
          f"{Path(__file__).relative_to(ROOT)})")
    results = measure_startup(cases, runs, env)
    print_startup(cases, results)
    base = statistics.median(run.painted_ms for run in results[cases[0].name])
    any_missed = False
    for case in cases:
        painted = [run.painted_ms for run in results[case.name]]
        median, p90 = statistics.median(painted), percentile(painted, 0.9)
        value = f"median {median:.0f} ms, p90 {p90:.0f} ms"
        if case.baseline:
            rows.append(Row(f"start-up, {case.name}", value, "(baseline)", "-"))
            continue
        ratio = median / base
        met = ratio <= STARTUP_TARGET_RATIO
        any_missed = any_missed or not met
        rows.append(Row(f"start-up, {case.name}", f"{value}, {ratio:.2f}x bare",
                        f"<= {STARTUP_TARGET_RATIO:g}x bare", verdict(met)))
    if any_missed or imports:
        print_import_costs("import moderator.ui.app", env)
        print_import_costs("import PySide6.QtWidgets", env)



def run_ticks(live: Path, seconds: float, rows: list[Row]) -> None:
    print(f"\n== 2. Tick accuracy: in this process, real SystemClock, "
          f"{TICK_WARMUP_S:g} s warm-up + {seconds:g} s")
    print(f"$ python -m moderator new {live} --from {SAMPLE_JSON.relative_to(ROOT)}")
    print(f"$ python -m moderator control {live} start")
    print(f"  then in-process: build_app([{live.name!r}]); QApplication.exec() for "
          f"{TICK_WARMUP_S + seconds:g} s")
    tick_run = measure_ticks(live, seconds)
    ticks, paint_lags, wakeups = tick_run.figures, tick_run.paint_lags_ms, tick_run.wakeup_lags_ms
    print(f"  {ticks.repaints} repaints, {ticks.boundaries} boundaries, "
          f"{len(ticks.lags_ms)} shown, {ticks.missed} skipped, {ticks.idle} idle repaints")
    if ticks.lags_ms:
        lags = ticks.lags_ms
        median, p95, worst = statistics.median(lags), percentile(lags, 0.95), max(lags)
        print(f"  lag per boundary shown: median {median:.2f} ms, p95 {p95:.2f} ms, "
              f"worst {worst:.2f} ms, best {min(lags):.2f} ms")
        for kind in ("countdown", "wall clock"):
            kind_shown = [b for b in ticks.shown if b.kind == kind]
            if not kind_shown:
                continue
            kind_lags = [b.lag_ms for b in kind_shown]
            phase = statistics.median(b.due_us % SECOND_US for b in kind_shown) / 1000
            held = sum(tick_run.delayed_by_poll(b) for b in kind_shown)
            print(f"    {kind}: {len(kind_lags)} boundaries at {phase:.0f} ms past the "
                  f"wall second, median {statistics.median(kind_lags):.2f} ms, worst "
                  f"{max(kind_lags):.2f} ms; {held} held up by a change-feed poll")
        if tick_run.polls:
            durations = [(end - start) / 1000 for start, end in tick_run.polls]
            phases = sorted({round((start % SECOND_US) / 1000, -1) for start, _end in
                             tick_run.polls[-5:]})
            print(f"    change-feed polls: {len(durations)}, median "
                  f"{statistics.median(durations):.2f} ms, worst {max(durations):.2f} ms "
                  f"each; at ~{', '.join(f'{p:.0f}' for p in phases)} ms past the second")
        rows.append(Row("tick lag, median", f"{median:.2f} ms (p95 {p95:.2f} ms)",
                        f"<= {LAG_MEDIAN_TARGET_MS:g} ms",
                        verdict(median <= LAG_MEDIAN_TARGET_MS)))
        rows.append(Row("tick lag, worst", f"{worst:.2f} ms",
                        f"<= {LAG_WORST_TARGET_MS:g} ms",
                        verdict(worst <= LAG_WORST_TARGET_MS)))
    else:
        rows.append(Row("tick lag", "no boundary shown", f"<= {LAG_MEDIAN_TARGET_MS:g} ms",
                        verdict(False)))
    rows.append(Row("seconds skipped", f"{ticks.missed} of {ticks.boundaries} boundaries",
                    f"{MISSED_TARGET}", verdict(ticks.missed <= MISSED_TARGET)))
    if paint_lags:
        print(f"  countdown widget paint begins after its boundary: median "
              f"{statistics.median(paint_lags):.2f} ms, p95 {percentile(paint_lags, 0.95):.2f}"
              f" ms, worst {max(paint_lags):.2f} ms ({len(paint_lags)} paints)")
        rows.append(Row("countdown painted (info)",
                        f"median {statistics.median(paint_lags):.2f} ms, "
                        f"worst {max(paint_lags):.2f} ms", "-", "-"))
    if wakeups:
        print(f"  a bare PreciseTimer in the same loop wakes up late by: median "
              f"{statistics.median(wakeups):.2f} ms, p95 {percentile(wakeups, 0.95):.2f} ms, "
              f"worst {max(wakeups):.2f} ms ({len(wakeups)} wake-ups; the machine's floor)")
        rows.append(Row("timer wake-up floor (info)",
                        f"median {statistics.median(wakeups):.2f} ms, "
                        f"worst {max(wakeups):.2f} ms", "-", "-"))


def run_cpu(live: Path, folder: Path, seconds: float, env: Mapping[str, str],
            rows: list[Row]) -> None:
    print(f"\n== 3. CPU of the running cockpit (run_app, qasync): {CPU_WARMUP_S:g} s "
          f"warm-up, then {seconds:g} s; {len(CPU_VARIANTS)} children at once")
    cpu_results, commands = measure_cpu(live, folder, seconds, env)
    for command in commands:
        print(f"$ {command}")
    print("  (the script is CPU_SCRIPT; FILE is a copy of the started event above)")
    print_cpu(cpu_results)
    full = cpu_results["full"].percent
    rows.append(Row("CPU, running cockpit", f"{full:.3f} % of one core",
                    f"<= {CPU_TARGET_PERCENT:g} %", verdict(full <= CPU_TARGET_PERCENT)))


if __name__ == "__main__":
    sys.exit(main())
