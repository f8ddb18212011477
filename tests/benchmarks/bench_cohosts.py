"""Co-hosts on one event: how fast a change shows in the other instance, and what watching costs.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_cohosts.py \\
        [--samples 100] [--idle-seconds 60] [--backend both|sqlite|postgresql] \\
        [--pg-url postgresql://USER@HOST:PORT/EMPTY_DB] [--profile]

It prints a detail section per figure, with the command lines that produced it, then a
table with a target and a verdict per figure. It is a benchmark, not a test: it asserts
nothing and never runs under pytest.

The event: the seed-like run sheet (``tests/helpers.make_event_file``), started with
``python -m moderator control FILE start``. PostgreSQL: without ``--pg-url`` a throw-away
cluster is started on loopback as the test fixture does (``tests/pg_server.PgServer``; as
the ``postgres`` system user when run as root) with one fresh database per use, and the
event is published into each with ``moderator.persistence.publish.publish``. With
``--pg-url`` (an existing, empty database) everything PostgreSQL uses that one database,
so the idle PostgreSQL cases then run one after another instead of at once.

1. Propagation. The watching instance is the real app in this process: ``build_app([EVENT])``
   (the ``moderator EVENT`` path: ``EventStore.open``, an ``EventSession`` on the real
   ``SystemClock``, a ``CockpitWindow``, its queue view), then ``QApplication.exec()``.
   The changing instance is a separate process (``WRITER_SCRIPT``) that uses
   ``EventStore`` directly: after one warm-up write it alternates adding a question and
   moving a random open question before an earlier one (a reorder), and dismisses one
   when the queue would outgrow the watcher's queue view (so every change lands in the
   visible rows and is repainted), ``--samples`` changes, with ``uniform(0.30, 0.40)`` s
   of sleep after each, so the commits fall anywhere in the 200 ms poll. Right after each
   commit it stamps ``time.time()``, then reads the change feed's newest ``seq`` (its
   commit's: the watcher's heartbeat is not in the feed), and appends both to a log file
   (the side channel).

   In the watcher, ``store.delta`` is wrapped to stamp the read of each change and the
   ``seq`` it reached; a slot connected to ``changed`` after the window's own
   ``refresh`` stamps the instant the refresh has run and notes the questions the queue
   model then shows; an event filter on the queue view's viewport sees the next ``Paint``
   and a zero-delay timer stamps the end of that paint pass. A change is matched to the
   first reload whose ``seq`` reached it (checked: the model shows the added question,
   the moved question at its new position, the dismissed one gone). Propagation =
   paint done − commit stamp (one machine, one wall clock), median / p95 / max per
   backend [targets: SQLite p95 <= 250 ms, PostgreSQL p95 <= 150 ms], split into: waiting
   for the poll or notification (commit -> delta read begins), the delta read, the rest
   of the reload and the window's refresh, the wait for the paint and the paint pass. On
   PostgreSQL the statements of each delta read are counted (``Db.execute`` wrapped):
   each, and the transaction's BEGIN (with its isolation level) and COMMIT, is one round trip to
   the server, which is what a co-host on another machine pays per change. With
   ``--profile`` the watcher's event loop of each backend runs again under cProfile for
   a short series.

2. Idle CPU. Children (``IDLE_SCRIPT``), each on its own copy of the started event (own
   file; own database where the server is ours), so the show clock runs and nobody
   changes anything:

   - ``session``: an ``EventSession`` alone, no window: its 200 ms ``data_version`` poll
     on SQLite, its LISTEN socket plus the 2 s safety poll on PostgreSQL, and its
     heartbeat, a write every 5 s;
   - ``session-no-heartbeat``: the same with the heartbeat stopped (the watching alone);
   - ``app``: the whole app through the real entry (``run_app``: qasync, the cockpit
     window and its once-a-second repaint);
   - ``app-no-ticker``: the same with the window's repaint ticker stopped;
   - ``app-profile``: the whole app under cProfile with a CPU-time timer, which names the
     Python code that costs the time;
   - ``floor``: Qt with qasync and nothing open; ``timer``: the floor with a 200 ms
     ``QTimer`` calling an empty Python slot (what the poll's wake-ups cost before it
     does any work).

   All children run qasync's loop, as the app does. Once the loop runs and 8 s have
   passed, each measures ``time.process_time()`` (all its threads) and ``getrusage``
   over ``--idle-seconds``, counting meanwhile the change-feed checks (``checks``), the
   delta reads (``reads``), the ``changed`` signals that change the view (``shown``) and the
   heartbeats (``beats``) [target: <= 0.5 % of one core, for the whole app and for the
   EventSession alone].
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import (  # noqa: E402
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from helpers import make_event_file  # noqa: E402
from report import Row, percentile, print_table, verdict  # noqa: E402
from pg_server import PgServer, find_bindir  # noqa: E402
from delayed_link import DelayedLink  # noqa: E402
from moderator.persistence.reader import Db  # noqa: E402
from moderator.persistence.publish import publish  # noqa: E402
from moderator.ui.app import JOIN_AFTER_MS, build_app  # noqa: E402
from moderator.ui.main_window import CockpitWindow  # noqa: E402

SQLITE = "SQLite"
POSTGRES = "PostgreSQL"
P95_TARGET_MS = {SQLITE: 250.0, POSTGRES: 150.0}
IDLE_TARGET_PERCENT = 0.5

#: The writer sleeps this long (uniformly drawn, seconds) after each commit.
WRITER_GAP_S = (0.30, 0.40)
#: The writer starts this long after the watcher opened the event: once the watcher has
#: joined (its first heartbeat and its claim of the clock, which is in the change feed).
SETTLE_MS = JOIN_AFTER_MS + 1000
#: After the writer is done, the last change gets this long to show.
GRACE_MS = 1500
#: How often the watcher looks whether the writer has finished.
WRITER_CHECK_MS = 500
#: Changes in the propagation series run under cProfile (--profile).
PROFILE_SAMPLES = 40
PROFILE_TOP = 15
#: The idle children: past start-up (and the app's background preload of the writer).
IDLE_WARMUP_S = 8.0


# -- the changing instance ---------------------------------------------------------------------

#: argv: LOCATION LOG COUNT MAX_OPEN SEED GAP_MIN GAP_MAX. Appends one JSON line per commit
#: to LOG: kind, question id, commit stamp, the change feed's seq, the new position (moves).
WRITER_SCRIPT = '''import json, random, sys, time
from datetime import UTC, datetime
from moderator.domain.model import QuestionStatus
from moderator.domain.queue_ops import Move, SetStatus
from moderator.persistence import EventStore

location, log_path = sys.argv[1], sys.argv[2]
count, max_open, seed = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
gap_min, gap_max = float(sys.argv[6]), float(sys.argv[7])
rng = random.Random(seed)
ASKERS = (("Jana Vogt", "Stadt Leipzig"), ("Murat Demir", ""), ("Eva Schulz", "OKF"),
          ("Piotr Nowak", "Bezirksamt Pankow"), ("", ""))
OPEN = (QuestionStatus.NEW, QuestionStatus.QUEUED)
store = EventStore.open(location)
log = open(log_path, "a", encoding="utf-8")

def now():
    return datetime.now(UTC)

def record(kind, question_id, committed, position=None):
    # After the stamp: this commit's seq is the newest in the feed (nobody else writes to it).
    entry = {"kind": kind, "id": question_id, "committed": committed,
             "seq": store.last_change(), "position": position}
    log.write(json.dumps(entry) + "\\n")
    log.flush()

# Warm-up, not measured: the first write loads SQLAlchemy and opens the writer's connection.
question = store.add_question("Warm-up question", now=now(), asked_by="bench")
record("warm-up", question.id, time.time())
time.sleep(1.0)
add_next = True
for number in range(1, count + 1):
    questions = [q for q in store.questions() if q.status in OPEN]
    if len(questions) >= max_open:
        victim = rng.choice(questions)
        store.change_queue(SetStatus(victim.id, QuestionStatus.DISMISSED), now=now())
        record("dismiss", victim.id, time.time())
    elif add_next or len(questions) < 2:
        asked_by, organisation = rng.choice(ASKERS)
        question = store.add_question(
            f"Frage {number}: Wie messen Sie, ob ein offenes Verfahren wirklich mehr Menschen erreicht?",
            now=now(), asked_by=asked_by, organisation=organisation)
        record("add", question.id, time.time())
        add_next = False
    else:
        at = rng.randrange(1, len(questions))
        mover, before = questions[at], questions[rng.randrange(at)]
        change = store.change_queue(Move(mover.id, before.id), now=now())
        committed = time.time()
        position = next(p.changes["position"] for p in change.patches if p.question_id == mover.id)
        record("move", mover.id, committed, position)
        add_next = True
    time.sleep(rng.uniform(gap_min, gap_max))
log.close()
store.close()
'''


# -- the idle children -------------------------------------------------------------------------

#: argv: VARIANT LOCATION SECONDS WARMUP. Prints one JSON line with the figures.
IDLE_SCRIPT = '''import asyncio, cProfile, json, pstats, resource, sys, time
from PySide6.QtCore import QTimer

variant, location, seconds, warmup = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
profiler = cProfile.Profile(time.process_time) if variant == "app-profile" else None
counts = {"checks": 0, "reads": 0, "reloads": 0, "heartbeats": 0}
state = {"measuring": False}

def count(name):
    if state["measuring"]:
        counts[name] += 1

def instrument(session):
    watcher = session.service.watcher
    changed = watcher.changed

    def counted_changed():
        count("checks")
        return changed()

    watcher.changed = counted_changed
    delta = session.store.delta

    def counted_delta(*args):
        count("reads")
        return delta(*args)

    session.store.delta = counted_delta
    session.changed.connect(lambda changes: count("reloads") if changes.snapshot else None)
    session._heartbeat.timeout.connect(lambda: count("heartbeats"))
    if variant == "session-no-heartbeat":
        session._heartbeat.stop()

def schedule(finish):
    start = {}

    def begin():
        state["measuring"] = True
        start["cpu"] = time.process_time()
        start["wall"] = time.perf_counter()
        start["usage"] = resource.getrusage(resource.RUSAGE_SELF)
        if profiler is not None:
            profiler.enable()
        QTimer.singleShot(int(seconds * 1000), end)

    def end():
        if profiler is not None:
            profiler.disable()
        cpu = time.process_time() - start["cpu"]
        wall = time.perf_counter() - start["wall"]
        usage = resource.getrusage(resource.RUSAGE_SELF)
        state["measuring"] = False
        before = start["usage"]
        result = {"variant": variant, "cpu_s": cpu, "wall_s": wall,
                  "user_s": usage.ru_utime - before.ru_utime, "sys_s": usage.ru_stime - before.ru_stime,
                  "switches": usage.ru_nvcsw - before.ru_nvcsw + usage.ru_nivcsw - before.ru_nivcsw,
                  **counts}
        if profiler is not None:
            rows = [[f"{f[2]} ({f[0].rsplit('/', 2)[-1] if f[0] != '~' else 'builtin'}:{f[1]})",
                     c[1], c[2], c[3]] for f, c in pstats.Stats(profiler).stats.items()]
            result["profiled_s"] = sum(row[2] for row in rows)
            result["by_self"] = sorted(rows, key=lambda row: row[2], reverse=True)[:40]
            result["by_cumulative"] = sorted(rows, key=lambda row: row[3], reverse=True)[:40]
        print(json.dumps(result), flush=True)
        finish()

    # Counted from when the loop runs, and the span from when it began: a child that starts
    # slowly (the others start at the same time) still measures the whole span, idle.
    QTimer.singleShot(0, lambda: QTimer.singleShot(int(warmup * 1000), begin))

if variant.startswith("app"):
    import moderator.ui.app as ui_app

    _build_app = ui_app.build_app

    def build_and_measure(argv, time_source=None):
        app = _build_app(argv, time_source)
        instrument(app.window.session)
        if variant == "app-no-ticker":
            app.window.ticker.stop()
        schedule(app.window.close)  # run_app returns when the last window closes
        return app

    # run_app looks build_app up in its module: the real entry, plus the measurement.
    ui_app.build_app = build_and_measure
    sys.exit(ui_app.run_app([location]))

import qasync
from PySide6.QtWidgets import QApplication
from moderator.domain.timesource import SystemClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession

qt_app = QApplication(["bench-idle"])
session = None
if variant == "timer":
    # The wake-ups of a 200 ms poll with nothing to do: a timer and an empty Python slot.
    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(lambda: None)
    timer.start()
elif variant != "floor":
    session = EventSession(EventStore.open(location), SystemClock(), name="idle watcher")
    instrument(session)

async def idle():
    done = asyncio.get_running_loop().create_future()
    schedule(lambda: done.set_result(None))
    await done

qasync.run(idle())
if session is not None:
    session.close()
'''


@dataclass(frozen=True, slots=True)
class IdleVariant:
    name: str
    meaning: str


IDLE_VARIANTS: tuple[IdleVariant, ...] = (
    IdleVariant("session", "EventSession alone: watching + heartbeat (5 s)"),
    IdleVariant("session-no-heartbeat", "EventSession alone, heartbeat stopped: watching only"),
    IdleVariant("app", "the whole app (run_app: qasync, cockpit window, 1 s repaint)"),
    IdleVariant("app-no-ticker", "the whole app, its once-a-second repaint ticker stopped"),
    IdleVariant("app-profile", "the whole app under cProfile (CPU-time timer)"),
)
FLOOR = IdleVariant("floor", "Qt + qasync, nothing open")
TIMER = IdleVariant("timer", "the floor + a 200 ms QTimer calling an empty Python slot")


# -- small helpers -----------------------------------------------------------------------------



def summary(values: Sequence[float]) -> str:
    if not values:
        return "no samples"
    return (f"median {statistics.median(values):7.1f}  p95 {percentile(values, 0.95):7.1f}  "
            f"max {max(values):7.1f} ms")


def shown(argv: Sequence[str]) -> str:
    """A command line for the reader: the interpreter as ``python``, scripts by name."""
    names = {WRITER_SCRIPT: '"$WRITER_SCRIPT"', IDLE_SCRIPT: '"$IDLE_SCRIPT"'}
    return " ".join("python" if part == sys.executable else names.get(part, part) for part in argv)


def run_checked(argv: Sequence[str], env: Mapping[str, str]) -> str:
    done = subprocess.run(argv, cwd=ROOT, env=dict(env), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{shown(argv)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def quiet_offscreen_warnings() -> None:
    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform says so on every top-level window; it is not the app's.
        if "propagateSizeHints" not in message:
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def profile_rows(profiler: cProfile.Profile) -> list[tuple[str, int, float, float]]:
    rows = []
    for (filename, line, function), (_cc, calls, own, cumulative, _callers) in pstats.Stats(profiler).stats.items():  # type: ignore[attr-defined]
        where = "builtin" if filename == "~" else f"{filename.rsplit('/', 2)[-1]}:{line}"
        rows.append((f"{function} ({where})", int(calls), float(own), float(cumulative)))
    return rows


def print_profile(rows: Sequence[Sequence[Any]], indent: str = "  ") -> None:
    for title, key in (("by cumulative time", 3), ("by own time", 2)):
        print(f"{indent}top {PROFILE_TOP} {title + ':':<44} {'calls':>6} {'own ms':>8} "
              f"{'cum ms':>8} {'cum ms/call':>11}")
        for name, calls, own, cumulative in sorted(rows, key=lambda row: row[key], reverse=True)[:PROFILE_TOP]:
            print(f"{indent}  {str(name)[:58]:<58} {calls:6d} {1000 * own:8.1f} "
                  f"{1000 * cumulative:8.1f} {1000 * cumulative / max(calls, 1):11.3f}")


# -- the event and the databases ---------------------------------------------------------------


class Databases:
    """Empty PostgreSQL databases: fresh ones on a server of our own, or the one given."""

    def __init__(self, url: str | None, folder: Path) -> None:
        self.given = url
        self.server: PgServer | None = None
        self.folder = folder
        self._published = False

    @property
    def shared(self) -> bool:
        """Whether every use gets the same database (the one given with --pg-url)."""
        return self.given is not None

    def start(self) -> str:
        """Start our server if needed; say what is used."""
        if self.given is not None:
            return f"the database given: {self.given}"
        bindir = find_bindir()
        if bindir is None:
            raise SystemExit(
                "PostgreSQL server binaries not found (looked as tests/pg_server.find_bindir "
                "does); give --pg-url or --backend sqlite")
        self.server = PgServer(bindir)
        self.server.init()
        self.server.start()
        version = self.server.run_sql("postgres", "SHOW server_version")[0][0]
        return f"a throw-away PostgreSQL {version} cluster on {self.server.host}:{self.server.port}"

    def publish(self, event_file: Path, name: str) -> str:
        """The event published into an empty database (once, for the given one)."""
        if self.server is None:
            assert self.given is not None
            if not self._published:
                source = self.folder / f"publish-{name}.moderator"
                shutil.copyfile(event_file, source)
                publish(source, self.given, now=datetime.now(UTC))
                self._published = True
            return self.given
        address = self.server.url(self.server.create_database())
        # A copy: publishing records the address in the file, which would then open the
        # shared event instead of the file itself.
        source = self.folder / f"publish-{name}.moderator"
        shutil.copyfile(event_file, source)
        return publish(source, address, now=datetime.now(UTC))

    def close(self) -> None:
        if self.server is not None:
            self.server.destroy()


def make_started_event(folder: Path, env: Mapping[str, str]) -> Path:
    path = make_event_file(folder, "cohosts.moderator")
    run_checked([sys.executable, "-m", "moderator", "control", str(path), "start"], env)
    return path


# -- 1. propagation ----------------------------------------------------------------------------


@dataclass(slots=True)
class Observation:
    """One ``changed`` in the watcher, seen after the window's refresh."""

    seq: int
    read_start: float
    read_end: float
    model_at: float
    #: The questions the queue model shows: id -> position.
    rows: dict[int, float]
    repaint_due: bool
    paint_began_at: float | None = None
    painted_at: float | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One commit of the writer, from its log."""

    kind: str
    question_id: int
    committed: float
    seq: int
    position: float | None


@dataclass(frozen=True, slots=True)
class Sample:
    """A change and the reload and repaint that showed it (instants: ``time.time()``)."""

    change: Change
    read_start: float
    read_end: float
    model_at: float
    paint_began_at: float
    shown_at: float
    painted: bool
    consistent: bool

    @property
    def total_ms(self) -> float:
        return (self.shown_at - self.change.committed) * 1000

    @property
    def parts_ms(self) -> dict[str, float]:
        return {
            "wait for poll/notification": (self.read_start - self.change.committed) * 1000,
            "delta read (store.delta)": (self.read_end - self.read_start) * 1000,
            "rest of reload + refresh": (self.model_at - self.read_end) * 1000,
            "until the repaint begins": (self.paint_began_at - self.model_at) * 1000,
            "the repaint pass": (self.shown_at - self.paint_began_at) * 1000,
        }


@dataclass(slots=True)
class PropagationRun:
    backend: str
    samples: list[Sample] = field(default_factory=list)
    unmatched: int = 0
    changes: int = 0
    observations: int = 0
    visible_rows: int = 0
    writer_command: str = ""
    profile: list[tuple[str, int, float, float]] = field(default_factory=list)
    #: PostgreSQL: the statements each delta read sent (empty on SQLite).
    statements: list[int] = field(default_factory=list)
    #: Over a delayed link: the round trips each delta read took, counted by the link.
    round_trips: list[int] = field(default_factory=list)

    @property
    def totals_ms(self) -> list[float]:
        return [sample.total_ms for sample in self.samples]


class PaintProbe(QObject):
    """Stamps the end of the first paint pass of the queue view after a model change."""

    def __init__(self, observations: list[Observation]) -> None:
        super().__init__()
        self.observations = observations

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            batch = [o for o in self.observations[-8:] if o.repaint_due and o.paint_began_at is None]
            if batch:
                began = time.time()
                for observation in batch:
                    observation.paint_began_at = began
                # The zero timer runs once this paint pass (the whole window's) is done.
                QTimer.singleShot(0, lambda: self._done(batch))
        return False

    @staticmethod
    def _done(batch: list[Observation]) -> None:
        now = time.time()
        for observation in batch:
            observation.painted_at = now


def visible_questions(window: CockpitWindow) -> dict[int, float]:
    model = window.queue_panel.model
    rows = {}
    for row in range(model.rowCount()):
        question = model.question_at(row)
        if question is not None and question.id is not None:
            rows[question.id] = question.position
    return rows


def measure_propagation(
    backend: str, location: str, samples: int, seed: int, folder: Path, env: Mapping[str, str],
    *, profile: bool = False, writer_location: str | None = None, link: DelayedLink | None = None,
) -> PropagationRun:
    """The real app in this process watches; a writer process changes the queue.

    ``writer_location``: where the writer opens the event (default ``location``); ``link``:
    the delayed link the watcher's connections go through, whose round trips are counted
    per delta read.
    """
    qt_app = QApplication.instance()
    assert qt_app is not None
    app = build_app([location])
    # NOTE: build_app installs the app's excepthook, which shows errors in a banner and a
    # log file; a benchmark wants them on stderr.
    sys.excepthook = sys.__excepthook__
    window = app.window
    if window is None:
        raise SystemExit(f"{location}: the cockpit did not open")
    session = window.session
    view = window.queue_panel.view
    run = PropagationRun(backend)
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline and not view.viewport().isVisible():
        QApplication.processEvents()
    QApplication.processEvents()
    # Every change must land in the rows the view shows, or nothing is repainted.
    row_height = view.verticalHeader().defaultSectionSize()
    run.visible_rows = max(3, view.viewport().height() // row_height - 1)

    reads: list[tuple[float, float, int]] = []
    delta = session.store.delta
    # PostgreSQL: count the statements each delta read sends (one round trip each).
    statements = [0]
    pg_execute = Db.execute

    def counted_execute(db: Db, query: str, /, **params: object) -> Any:
        statements[0] += 1
        return pg_execute(db, query, **params)

    def timed_delta(since_seq: int, log_after: int) -> Any:
        before = statements[0]
        if link is not None:
            link.reset()  # outside the stamps: a pipe to the relay costs a fraction of a ms
        start = time.time()
        result = delta(since_seq, log_after)
        reads.append((start, time.time(), result.seq))
        run.statements.append(statements[0] - before)
        if link is not None:
            run.round_trips.append(link.stats()["round_trips"])
        return result

    session.store.delta = timed_delta  # type: ignore[method-assign]
    if session.store.shared:
        Db.execute = counted_execute  # type: ignore[method-assign]

    observations: list[Observation] = []
    seen = {"reads": 0, "rows": visible_questions(window)}

    def after_refresh(changes: object = None) -> None:
        # Connected after the window's refresh: the model holds what the reload read.
        model_at = time.time()
        if len(reads) == seen["reads"]:
            return  # not a reload (a question kept while offline, a reconnect)
        seen["reads"] = len(reads)
        read_start, read_end, seq = reads[-1]
        rows = visible_questions(window)
        observations.append(Observation(seq, read_start, read_end, model_at, rows,
                                        repaint_due=rows != seen["rows"]))
        seen["rows"] = rows

    session.changed.connect(after_refresh)
    probe = PaintProbe(observations)
    view.viewport().installEventFilter(probe)

    # A log of its own per run (a second run on the same backend must not read the first's).
    log_path = folder / f"writer-{backend}-{int(profile)}-{len(list(folder.glob('writer-*')))}.jsonl"
    argv = [sys.executable, "-c", WRITER_SCRIPT, writer_location or location, str(log_path), str(samples),
            str(run.visible_rows), str(seed), str(WRITER_GAP_S[0]), str(WRITER_GAP_S[1])]
    run.writer_command = shown(argv)
    writer: dict[str, subprocess.Popen[bytes]] = {}

    def start_writer() -> None:
        writer["process"] = subprocess.Popen(argv, cwd=ROOT, env=dict(env))

    def check_writer() -> None:
        process = writer.get("process")
        if process is not None and process.poll() is not None:
            checker.stop()
            QTimer.singleShot(GRACE_MS, qt_app.quit)

    checker = QTimer()
    checker.setInterval(WRITER_CHECK_MS)
    checker.timeout.connect(check_writer)
    checker.start()
    QTimer.singleShot(SETTLE_MS, start_writer)
    # A safety net: never wait forever on a writer that hangs. A timer object, stopped
    # below, so that it cannot end the next backend's run.
    limit_s = SETTLE_MS / 1000 + 10 + samples * (WRITER_GAP_S[1] + 0.5)
    if link is not None:  # each of the writer's changes waits a few dozen round trips
        limit_s += samples * 40 * 2 * link.delay_ms / 1000
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(qt_app.quit)
    limit.start(int(limit_s * 1000))

    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    try:
        qt_app.exec()
    finally:
        Db.execute = pg_execute  # type: ignore[method-assign]
    if profiler is not None:
        profiler.disable()
        run.profile = profile_rows(profiler)
    checker.stop()
    limit.stop()
    process = writer.get("process")
    if process is None or process.poll() is None:
        if process is not None:
            process.kill()
        raise SystemExit(f"{backend}: the writer did not finish in {limit_s:.0f} s")
    if process.returncode != 0:
        raise SystemExit(f"{backend}: the writer failed ({process.returncode})")
    view.viewport().removeEventFilter(probe)
    window.close()
    QApplication.processEvents()

    changes = [Change(entry["kind"], entry["id"], entry["committed"], entry["seq"], entry["position"])
               for entry in map(json.loads, log_path.read_text(encoding="utf-8").splitlines())
               if entry["kind"] != "warm-up"]
    run.changes = len(changes)
    run.observations = len(observations)
    for change in changes:
        observation = next((o for o in observations if o.seq >= change.seq), None)
        if observation is None:
            run.unmatched += 1
            continue
        rows = observation.rows
        if change.kind == "add":
            consistent = change.question_id in rows
        elif change.kind == "move":
            consistent = rows.get(change.question_id) == change.position
        else:
            consistent = change.question_id not in rows
        # Without a repaint (none came before the run ended) the refresh is the display time.
        began, shown_at = observation.paint_began_at, observation.painted_at
        painted = began is not None and shown_at is not None
        run.samples.append(Sample(
            change, observation.read_start, observation.read_end, observation.model_at,
            began if began is not None else observation.model_at,
            shown_at if shown_at is not None else observation.model_at, painted, consistent,
        ))
    return run


def print_propagation(run: PropagationRun) -> None:
    samples = run.samples
    print(f"  queue view shows {run.visible_rows} rows: the writer keeps at most that many "
          "questions open")
    print(f"  {run.changes} changes, {run.observations} reloads in the watcher, "
          f"{len(samples)} matched, {run.unmatched} never shown; "
          f"{sum(not s.consistent for s in samples)} matched reloads did not show the "
          f"change as expected; {sum(not s.painted for s in samples)} without a repaint "
          "(timed at the refresh)")
    if not samples:
        return
    print(f"  {'commit -> painted':<30} {summary(run.totals_ms)}")
    names = list(samples[0].parts_ms)
    for name in names:
        print(f"    {name:<28} {summary([s.parts_ms[name] for s in samples])}")
    kinds = sorted({s.change.kind for s in samples})
    for kind in kinds:
        values = [s.total_ms for s in samples if s.change.kind == kind]
        print(f"    {kind + ' (' + str(len(values)) + ')':<28} {summary(values)}")
    batched = sum(1 for s in samples for other in samples
                  if other is not s and other.read_start == s.read_start) // 2
    if batched:
        print(f"  {batched} pairs of changes arrived in one reload")
    counted = [n for n in run.statements if n]
    if counted:
        low, high = min(counted), max(counted)
        print(f"  each delta read called Db.execute {low}{'-' + str(high) if high != low else ''} times")
    if run.round_trips:
        trips = sorted(run.round_trips)
        print(f"  round trips per delta read, counted on the link: median {statistics.median(trips):g}, "
              f"min {trips[0]}, max {trips[-1]} (n={len(trips)})")


# -- 3. over a delayed link: writes and the GUI thread ---------------------------------------

#: The steps of the write series, in turn: what a moderator does during the panel.
WRITE_STEPS = ("move", "next slot", "hand-off", "heartbeat", "previous slot", "add")
#: The pause after each step (from when it is done), seconds.
WRITE_GAP_S = 0.35
#: The GUI thread's pulse while the series runs: a max gap above it is time it was blocked.
PULSE_MS = 2


@dataclass(slots=True)
class WriteStep:
    kind: str
    pressed: float
    committed: float | None = None
    shown: float | None = None
    round_trips: int = 0
    blocked_ms: float = 0.0


def measure_writes(location: str, link: DelayedLink, steps: int, seed: int) -> list[WriteStep]:
    """The real app in this process, through ``link``, does what a moderator does.

    Each step is a key's method on the ``EventSession`` (``move_question``,
    ``next_slot``, ``hand_off_next``, ``previous_slot``, ``add_question``) or the heartbeat
    (``EventSession.beat``, what its timer calls; the timer stopped so that it runs only here). Stamped:
    pressed (the call), committed (the store's write returned, on whichever thread wrote),
    shown (the session's ``changed`` with this client's change, or the heartbeat's end).
    The link counts the round trips from one step to the next (what the step caused: its
    write, the read of its change, the notification's read). A 2 ms Qt timer on the GUI
    thread measures the longest gap between its ticks during each step.
    """
    import random

    rng = random.Random(seed)
    qt_app = QApplication.instance()
    assert qt_app is not None
    app = build_app([location])
    sys.excepthook = sys.__excepthook__
    window = app.window
    if window is None:
        raise SystemExit(f"{location}: the cockpit did not open")
    session = window.session
    store = session.store
    done: list[WriteStep] = []
    current: dict[str, WriteStep | None] = {"step": None}

    def stamp_commit(name: str) -> None:
        method = getattr(store, name)

        def stamped(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            step = current["step"]
            if step is not None and step.committed is None:
                step.committed = time.time()
            return result

        setattr(store, name, stamped)

    for name in ("change_queue", "change_live", "add_question", "heartbeat"):
        stamp_commit(name)

    def on_changed(changes: Any) -> None:
        step = current["step"]
        if step is not None and step.shown is None and getattr(changes, "mine", False):
            step.shown = time.time()

    session.changed.connect(on_changed)
    pulse = {"last": time.perf_counter(), "max": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        pulse["max"] = max(pulse["max"], (now - pulse["last"]) * 1000 - PULSE_MS)
        pulse["last"] = now

    from PySide6.QtCore import Qt

    pulser = QTimer()
    pulser.setTimerType(Qt.TimerType.PreciseTimer)
    pulser.setInterval(PULSE_MS)
    pulser.timeout.connect(tick)

    def open_questions() -> list[Any]:
        from moderator.domain.model import QuestionStatus

        return [q for q in session.snapshot.questions if q.status in (QuestionStatus.NEW, QuestionStatus.QUEUED)]

    def close_step() -> None:
        step = current["step"]
        if step is not None:
            step.round_trips = link.stats()["round_trips"]
            step.blocked_ms = pulse["max"]
            if step.kind == "heartbeat" and step.shown is None:
                step.shown = step.committed
            done.append(step)
            current["step"] = None

    def next_step() -> None:
        close_step()
        if len(done) >= steps:
            pulser.stop()
            qt_app.quit()
            return
        kind = WRITE_STEPS[len(done) % len(WRITE_STEPS)]
        questions = open_questions()
        if kind == "move" and len(questions) < 3:
            kind = "add"
        link.reset()
        pulse["max"] = 0.0
        pulse["last"] = time.perf_counter()
        step = WriteStep(kind, time.time())
        current["step"] = step
        if kind == "move":
            at = rng.randrange(1, len(questions))
            session.move_question(questions[at].id, questions[rng.randrange(at)].id)
        elif kind == "next slot":
            session.next_slot()
        elif kind == "previous slot":
            session.previous_slot()
        elif kind == "hand-off":
            session.hand_off_next()
        elif kind == "heartbeat":
            getattr(session, "beat", session.heartbeat)()  # what the heartbeat timer calls
        else:
            session.add_question(f"Frage {len(done)}: Was kostet die Verzögerung?", asked_by="bench")
        QTimer.singleShot(int(WRITE_GAP_S * 1000), next_step)

    def begin() -> None:
        # As run_app does once the cockpit is up: the long-lived objects leave the
        # collector's full passes (one took 90-240 ms, see moderator/ui/app.py).
        from moderator.ui.background import freeze_heap

        freeze_heap()
        session._heartbeat.stop()  # the series beats itself, as one of its steps
        for number in range(4):
            session.add_question(f"Warm-up {number}", asked_by="bench")
        pulser.start()
        QTimer.singleShot(int(WRITE_GAP_S * 1000), next_step)

    QTimer.singleShot(SETTLE_MS, begin)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(qt_app.quit)
    limit.start(int((SETTLE_MS / 1000 + 20 + steps * (WRITE_GAP_S + 3)) * 1000))
    qt_app.exec()
    limit.stop()
    pulser.stop()
    from moderator.ui.background import thaw_heap

    thaw_heap()
    window.close()
    QApplication.processEvents()
    return done


def print_writes(steps: Sequence[WriteStep]) -> None:
    kinds = list(dict.fromkeys(step.kind for step in steps))
    print(f"  {'step':<14} {'n':>3}  {'press -> committed (ms)':<44} {'press -> shown here':<22} "
          f"{'round trips':<12} {'GUI thread max block'}")
    for kind in kinds:
        mine = [s for s in steps if s.kind == kind]
        committed = [(s.committed - s.pressed) * 1000 for s in mine if s.committed is not None]
        shown_ms = [(s.shown - s.pressed) * 1000 for s in mine if s.shown is not None]
        trips = sorted(s.round_trips for s in mine)
        print(f"  {kind:<14} {len(mine):3d}  {summary(committed):<44} "
              f"{('median %.0f ms' % statistics.median(shown_ms)) if shown_ms else '-':<22} "
              f"{'%g (%d-%d)' % (statistics.median(trips), trips[0], trips[-1]):<12} "
              f"{max(s.blocked_ms for s in mine):.0f} ms")


# -- 2. idle CPU -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdleResult:
    backend: str
    variant: str
    cpu_s: float
    wall_s: float
    user_s: float
    sys_s: float
    switches: int
    checks: int
    reads: int
    reloads: int
    heartbeats: int
    profiled_s: float = 0.0
    by_self: tuple[tuple[str, int, float, float], ...] = ()
    by_cumulative: tuple[tuple[str, int, float, float], ...] = ()

    @property
    def percent(self) -> float:
        return 100 * self.cpu_s / self.wall_s

    @classmethod
    def from_json(cls, backend: str, text: str) -> IdleResult:
        data = json.loads(text)

        def rows(key: str) -> tuple[tuple[str, int, float, float], ...]:
            return tuple((str(n), int(c), float(o), float(u)) for n, c, o, u in data.get(key, ()))

        return cls(
            backend, str(data["variant"]), float(data["cpu_s"]), float(data["wall_s"]),
            float(data["user_s"]), float(data["sys_s"]), int(data["switches"]),
            int(data["checks"]), int(data["reads"]), int(data["reloads"]), int(data["heartbeats"]),
            float(data.get("profiled_s", 0.0)), rows("by_self"), rows("by_cumulative"),
        )


@dataclass(frozen=True, slots=True)
class IdleCase:
    backend: str
    variant: IdleVariant
    location: str


def run_idle(cases: Sequence[IdleCase], seconds: float, env: Mapping[str, str]) -> tuple[list[IdleResult], list[str]]:
    """The cases' children all at once (their CPU time is their own)."""
    children = []
    for case in cases:
        argv = [sys.executable, "-c", IDLE_SCRIPT, case.variant.name, case.location, str(seconds),
                str(IDLE_WARMUP_S)]
        children.append((case, argv, subprocess.Popen(argv, cwd=ROOT, env=dict(env), stdout=subprocess.PIPE,
                                                       stderr=subprocess.PIPE, text=True)))
    results, commands = [], []
    for case, argv, child in children:
        out, err = child.communicate(timeout=seconds + IDLE_WARMUP_S + 120)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if not lines:
            raise SystemExit(f"idle child {case.backend}/{case.variant.name} printed no figures "
                             f"({child.returncode}):\n{err}")
        results.append(IdleResult.from_json(case.backend, lines[-1]))
        commands.append(shown(argv))
    return results, commands


def print_idle(results: Sequence[IdleResult]) -> None:
    meaning = {variant.name: variant.meaning for variant in (FLOOR, TIMER, *IDLE_VARIANTS)}
    print(f"  {'backend':<10} {'variant':<20} {'% of a core':>11} {'span s':>6} {'user ms':>8} {'sys ms':>7} "
          f"{'switch/s':>8} {'checks':>6} {'reads':>5} {'shown':>5} {'beats':>5}  meaning")
    for result in results:
        print(f"  {result.backend:<10} {result.variant:<20} {result.percent:10.3f}% {result.wall_s:6.1f} "
              f"{1000 * result.user_s:8.0f} {1000 * result.sys_s:7.0f} "
              f"{result.switches / result.wall_s:8.1f} {result.checks:6d} {result.reads:5d} {result.reloads:5d} "
              f"{result.heartbeats:5d}  {meaning[result.variant]}")
    by_key = {(r.backend, r.variant): r for r in results}
    floor = next((r for r in results if r.variant == FLOOR.name), None)
    timer = next((r for r in results if r.variant == TIMER.name), None)
    if floor is not None and timer is not None:
        print(f"  five wake-ups a second with nothing to do cost ~{timer.percent - floor.percent:.3f} % "
              "(the 200 ms timer minus the floor)")
    for backend in (SQLITE, POSTGRES):
        app, session = by_key.get((backend, "app")), by_key.get((backend, "session"))
        bare = by_key.get((backend, "session-no-heartbeat"))
        still = by_key.get((backend, "app-no-ticker"))
        if app is None or session is None or bare is None or floor is None or still is None:
            continue
        print(f"  {backend} by subtraction: watching (checks) ~{bare.percent - floor.percent:.3f} %, "
              f"heartbeat (and the reloads it causes) ~{session.percent - bare.percent:.3f} %, "
              f"the window without its ticker ~{still.percent - session.percent:.3f} %, "
              f"the 1 s repaint ~{app.percent - still.percent:.3f} %, "
              f"Qt + qasync floor {floor.percent:.3f} %")
    for result in results:
        if result.variant != "app-profile":
            continue
        print(f"\n  {result.backend}, the whole app under cProfile: {1000 * result.cpu_s:.0f} ms CPU "
              f"in {result.wall_s:.0f} s ({result.percent:.3f} %, the profiler included); "
              f"Python functions {1000 * result.profiled_s:.0f} ms; the rest, "
              f"{1000 * (result.cpu_s - result.profiled_s):.0f} ms, is Qt's C++ event loop "
              "(layout, style, paint), the kernel and the profiler")
        print_profile([*result.by_cumulative, *(r for r in result.by_self if r not in result.by_cumulative)],
                      indent="  ")


# -- the table ---------------------------------------------------------------------------------




def run_delayed(args: argparse.Namespace, databases: Databases, event: Path, folder: Path,
                env: Mapping[str, str], rows: list[Row]) -> None:
    """Section 3: PostgreSQL behind a delayed link, per round-trip time."""
    server = databases.server
    if server is None:
        raise SystemExit("--rtt-ms needs the throw-away server (not --pg-url)")
    for rtt in args.rtt_ms:
        location = databases.publish(event, f"rtt{rtt:g}")
        with DelayedLink(server.host, server.port, rtt / 2) as watcher_link, \
                DelayedLink(server.host, server.port, rtt / 2) as writer_link:
            print(f"\n== 3. PostgreSQL over a link of {rtt:g} ms round trip "
                  f"(load average {load()})")
            print(f"  $ {shown(watcher_link.command)}   (tests/delayed_link.py; one for the "
                  "watcher, one for the writer)")
            print("  (netns + veth work here, but the kernel has no sch_netem: the delay is the "
                  "relay's, see tests/delayed_link.py)")
            run = measure_propagation(POSTGRES, watcher_link.address(location), args.samples,
                                      args.seed, folder, env,
                                      writer_location=writer_link.address(location), link=watcher_link)
            print(f"$ {run.writer_command}")
            print_propagation(run)
            if run.samples:
                totals = run.totals_ms
                p95 = percentile(totals, 0.95)
                rows.append(Row(f"propagation, PostgreSQL, {rtt:g} ms RTT",
                                f"median {statistics.median(totals):.0f} ms, p95 {p95:.0f} ms (n={len(totals)})",
                                "p95 <= 150 ms" if rtt <= 20 else "-",
                                verdict(p95 <= 150) if rtt <= 20 else "-"))
            if run.round_trips:
                rows.append(Row(f"round trips per delta read (watcher), {rtt:g} ms RTT",
                                f"median {statistics.median(run.round_trips):g}", "-", "-"))
        with DelayedLink(server.host, server.port, rtt / 2) as link:
            location = databases.publish(event, f"writes{rtt:g}")
            print(f"\n  writes: build_app([{link.address(location)!r}]), {args.write_steps} steps, "
                  f"{WRITE_GAP_S:g} s apart (load average {load()})")
            steps = measure_writes(link.address(location), link, args.write_steps, args.seed)
            print_writes(steps)
            changes = [s for s in steps if s.kind != "heartbeat"]
            if changes:
                committed = [(s.committed - s.pressed) * 1000 for s in changes if s.committed is not None]
                trips = [s.round_trips for s in changes]
                rows.append(Row(f"write, key -> committed, {rtt:g} ms RTT",
                                summary(committed), "-", "-"))
                rows.append(Row(f"round trips per change (writer, incl. its read-back), {rtt:g} ms RTT",
                                f"median {statistics.median(trips):g}, max {max(trips)}", "-", "-"))
            if steps:
                block = max(s.blocked_ms for s in steps)
                rows.append(Row(f"GUI thread max block (writes + heartbeats), {rtt:g} ms RTT",
                                f"{block:.0f} ms", "<= 50 ms", verdict(block <= 50)))


# -- main --------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=100,
                        help="changes the writer makes per backend (default 100)")
    parser.add_argument("--idle-seconds", type=float, default=60.0,
                        help="how long each idle instance is measured (default 60; 0 skips it)")
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--pg-url", help="an existing, empty PostgreSQL database to use instead "
                                         "of a throw-away server (postgresql://USER@HOST:PORT/DB)")
    parser.add_argument("--seed", type=int, default=20210609)
    parser.add_argument("--rtt-ms", type=float, nargs="+", metavar="MS",
                        help="PostgreSQL over a link with this round-trip time (each given: "
                             "e.g. --rtt-ms 20 100): propagation, round trips, write latency "
                             "and the GUI thread's longest block; sections 1 and 2 are skipped")
    parser.add_argument("--write-steps", type=int, default=60,
                        help="steps of the write series per --rtt-ms (default 60)")
    parser.add_argument("--profile", action="store_true",
                        help="also run a short propagation series under cProfile per backend")
    args = parser.parse_args(argv)
    backends = [b for b, key in ((SQLITE, "sqlite"), (POSTGRES, "postgresql")) if args.backend in (key, "both")]
    if args.rtt_ms:
        backends = [POSTGRES]

    with tempfile.TemporaryDirectory(prefix="bench-cohosts-") as temp:
        folder = Path(temp)
        # Offscreen Qt, and settings and data in a throwaway folder, here and in every child.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_API"] = "pyside6"
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        env = dict(os.environ)
        quiet_offscreen_warnings()
        QApplication.instance() or QApplication(["bench_cohosts"])
        print(f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
              f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen, load average {load()}")
        rows: list[Row] = []
        databases = Databases(args.pg_url, folder)
        try:
            event = make_started_event(folder, env)
            print(f"event: tests/helpers.make_event_file, then "
                  f"python -m moderator control {event} start")
            if POSTGRES in backends:
                print(f"PostgreSQL: {databases.start()}")
            locations: dict[str, str] = {}
            for backend in backends if not args.rtt_ms else ():
                if backend == SQLITE:
                    copy = folder / "propagation.moderator"
                    shutil.copyfile(event, copy)
                    locations[backend] = str(copy)
                else:
                    locations[backend] = databases.publish(event, "propagation")

            # 3. Over a delayed link (instead of 1 and 2)
            if args.rtt_ms:
                run_delayed(args, databases, event, folder, env, rows)
                backends = []
                args.idle_seconds = 0

            # 1. Propagation
            for backend in backends:
                print(f"\n== 1. Propagation, {backend}: {args.samples} changes from another process "
                      f"to the painted queue view (load average {load()})")
                print(f"  watcher, in this process: build_app([{locations[backend]!r}]); "
                      "QApplication.exec()")
                run = measure_propagation(backend, locations[backend], args.samples, args.seed, folder, env)
                print(f"$ {run.writer_command}")
                print("  (the script is WRITER_SCRIPT in tests/benchmarks/bench_cohosts.py)")
                print_propagation(run)
                target = P95_TARGET_MS[backend]
                if run.samples:
                    totals = run.totals_ms
                    p95 = percentile(totals, 0.95)
                    rows.append(Row(f"propagation, {backend}",
                                    f"median {statistics.median(totals):.0f} ms, p95 {p95:.0f} ms, "
                                    f"max {max(totals):.0f} ms (n={len(totals)})",
                                    f"p95 <= {target:g} ms", verdict(p95 <= target)))
                else:
                    rows.append(Row(f"propagation, {backend}", "no samples", f"p95 <= {target:g} ms",
                                    verdict(False)))
                if args.profile:
                    location = locations[backend]
                    if backend == POSTGRES and not databases.shared:
                        location = databases.publish(event, "profile")
                    profiled = measure_propagation(backend, location, PROFILE_SAMPLES, args.seed + 1,
                                                   folder, env, profile=True)
                    print(f"\n  again under cProfile, {PROFILE_SAMPLES} changes: commit -> painted "
                          f"{summary(profiled.totals_ms)}")
                    print("  (wall-clock timer: the loop's sleep in its poll() is in exec's own time)")
                    print_profile(profiled.profile, indent="  ")

            # 2. Idle CPU
            if args.idle_seconds > 0:
                together: list[IdleCase] = [IdleCase("-", FLOOR, "-"), IdleCase("-", TIMER, "-")]
                one_by_one: list[IdleCase] = []
                for backend in backends:
                    for variant in IDLE_VARIANTS:
                        if backend == SQLITE:
                            copy = folder / f"idle-{variant.name}.moderator"
                            shutil.copyfile(event, copy)
                            together.append(IdleCase(backend, variant, str(copy)))
                        elif databases.shared:
                            one_by_one.append(IdleCase(backend, variant, databases.publish(event, "idle")))
                        else:
                            together.append(IdleCase(backend, variant, databases.publish(event, variant.name)))
                print(f"\n== 2. Idle CPU: {IDLE_WARMUP_S:g} s warm-up, then {args.idle_seconds:g} s; "
                      f"{len(together)} children at once"
                      + (f", then {len(one_by_one)} one by one (one shared database)" if one_by_one else "")
                      + f" (load average {load()})")
                results, commands = run_idle(together, args.idle_seconds, env)
                for case in one_by_one:
                    more, more_commands = run_idle([case], args.idle_seconds, env)
                    results += more
                    commands += more_commands
                for command in commands:
                    print(f"$ {command}")
                print("  (the script is IDLE_SCRIPT; each LOCATION is its own copy of the started "
                      "event: a file, or a database it was published into)")
                print_idle(results)
                for result in results:
                    if result.variant == "app":
                        rows.append(Row(f"idle CPU, {result.backend}, whole app",
                                        f"{result.percent:.3f} % of one core",
                                        f"<= {IDLE_TARGET_PERCENT:g} %",
                                        verdict(result.percent <= IDLE_TARGET_PERCENT)))
                    elif result.variant == "session":
                        rows.append(Row(f"idle CPU, {result.backend}, EventSession alone (watching + heartbeat)",
                                        f"{result.percent:.3f} % of one core",
                                        f"<= {IDLE_TARGET_PERCENT:g} %",
                                        verdict(result.percent <= IDLE_TARGET_PERCENT)))
        finally:
            databases.close()

        print(f"\n== Summary (load average at the end {load()})")
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
