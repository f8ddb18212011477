"""How fast our importers read big files against the bare parsers below them, and how long
the GUI thread waits while "New event from file…" imports in the background.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_import.py [--runs 5] [--xml-runs 61] [--events 5000] [--gui-runs 5] [--profile]

It is a benchmark, not a test: it prints figures and a verdict per target, asserts nothing
and never runs under pytest. In one process, timed with ``time.perf_counter`` (and, for
information, the thread's CPU time, which other processes on a busy machine do not
inflate), the cases of each comparison interleaved round-robin (the order alternating each
round) after one warm-up round, so that machine noise touches both alike; as ``timeit``
does, the cyclic garbage collector is paused during each timed call (the app's import
runs that way too):

1. Schedule XML: ``import_any(data, day=2, room="Saal 1")`` on the shared corpus's
   ``31c3-schedule.xml`` (parse, sort into days and rooms, read one room's day into a
   draft) against ``defusedxml.ElementTree.fromstring(data)``, the parse alone, which the
   importer does once. Over ``--xml-runs`` rounds: the median of each round's ratio
   (ours / bare, run back to back) [target: ≤ 1.2×], and the ratio of the medians.
   For information also the first import the app makes, without a day (it raises
   ``NeedsChoice`` with the outline for the picker).
2. iCalendar: a calendar of ``--events`` VEVENTs generated here (Europe/Berlin with its
   VTIMEZONE, folded lines, summaries, descriptions with escapes and umlauts, a location,
   an organiser and three attendees each) through ``import_any(data)`` against
   ``icalendar.Calendar.from_ical(data, multiple=True)`` plus ``walk("VEVENT")`` on the
   same bytes, the parse our importer builds on. Over ``--runs`` rounds, as above
   [target: ≤ 1.2×].
3. The GUI thread while the flow works (``moderator.ui.import_flow.ImportFlow`` with a
   chooser that answers at once and the busy window shown at once): a ``PreciseTimer`` of
   5 ms on the GUI thread stamps every firing; the gap between two firings is how long the
   GUI thread could not run. Measured from ``flow.start()`` until the flow ends, for the
   generated calendar (import, preview, creating the event file) and for the 31c3
   schedule (import, picker, import of day 2 in Saal 1, preview, creating), ``--gui-runs``
   times each. Reported per run: firings, max and p99 gap [target: max ≤ 50 ms, the
   longest over all runs], and each gap over 50 ms with the step of the flow it fell in,
   where the other threads were when the GUI thread ran again (a worker that held the
   interpreter through one long C call is just past it: a sampling profiler of the gaps)
   and the garbage collection that ran in it, if one did (a full collection walks every
   object of the process holding the interpreter, so it stops the GUI thread wherever it
   runs; the time of one is printed for comparison). For comparison too, the floor: the
   same timer while another thread runs a plain Python loop for as long as the longest
   flow, which is what CPython's thread switching and the machine's load cost without any
   import. Before them, warm-up flows on a small calendar and on
   ``tests/data/schedules/31c3-piece.xml`` load what a running app has loaded before its
   first import (the dialogs' classes shown once; the event file writer, which app.py
   preloads after the first paint); their figure is printed but not counted. Opening the
   new event in the cockpit is not part of the flow (``App.open_file`` does it, on the GUI
   thread) and is not timed. The gaps depend on the machine's load: on a busy machine the
   operating system also pauses the GUI thread (the load average is printed first).

With ``--profile`` (or when a ratio misses its target) it prints cProfile's top functions
of our importer on each input, by own time, and the share of time spent in our modules.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import platform
import pstats
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WHOLE_XML = ROOT / "tests" / "data" / "schedules" / "31c3-schedule.xml"
PIECE_XML = ROOT / "tests" / "data" / "schedules" / "31c3-piece.xml"
XML_DAY, XML_ROOM = 2, "Saal 1"
RATIO_TARGET = 1.2
GAP_TARGET_MS = 50.0
TIMER_MS = 5
PROFILE_TOP = 20


# -- inputs ------------------------------------------------------------------------------------

_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_FIRST = ("Anna", "Jonas", "Fatma", "Lukas", "Marie", "Yusuf", "Sophie", "Mehmet", "Lea", "Paul", "Zoë", "Jürgen")
_LAST = ("Müller", "Schmidt", "Yılmaz", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein")
_TOPICS = ("Open Data", "Verwaltung digital", "KI in der Praxis", "Bürgerbeteiligung", "Barrierefreiheit", "Cloud-Strategie")
_KINDS = ("Keynote", "Vortrag", "Panel", "Q&A", "Pause", "Workshop")


def _fold(line: str) -> bytes:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 character."""
    data = line.encode()
    parts: list[bytes] = []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
    parts.append(data)
    return b"\r\n ".join(parts)


def generate_calendar(events: int, seed: int = 5000) -> bytes:
    """A conference calendar: ``events`` VEVENTs, twenty a day, each with four people."""
    rng = random.Random(seed)
    names = [(first, last) for first in _FIRST for last in _LAST]
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//moderator//bench_import//DE", "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Fachkonferenz Digitale Verwaltung", "X-WR-TIMEZONE:Europe/Berlin",
        *_VTIMEZONE.splitlines(),
    ]
    first_start = datetime(2025, 3, 3, 9, 0)
    for number in range(events):
        day, slot = divmod(number, 20)
        start = first_start + timedelta(days=day, minutes=30 * slot)
        end = start + timedelta(minutes=rng.choice((15, 20, 25, 30)))
        topic, kind = rng.choice(_TOPICS), rng.choice(_KINDS)
        chair, speaker, guest = rng.sample(names, 3)
        description = (
            f"{kind} zum Thema {topic}: Wie gelingt der Wandel? Erfahrungen aus Bund\\, Ländern und "
            f"Kommunen\\; mit Beispielen\\, Zahlen und offenen Fragen.\\nModeration: {chair[0]} {chair[1]}"
            f"\\nStream: https://stream.example.org/{number}"
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{number:05d}-bench@moderator.example",
            "DTSTAMP:20250101T120000Z",
            f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/Berlin:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:{kind}: {topic} ({number + 1})",
            f"DESCRIPTION:{description}",
            f"LOCATION:Saal {rng.randint(1, 4)}\\, Haus der Zukunft",
            f'ORGANIZER;CN="{chair[0]} {chair[1]}":mailto:{chair[0].lower()}@example.org',
            f'ATTENDEE;CN="Dr. {speaker[0]} {speaker[1]}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE'
            f":mailto:{speaker[0].lower()}.{number % 97}@example.org",
            f'ATTENDEE;CN="{guest[0]} {guest[1]} (Stadt Musterhausen)";ROLE=REQ-PARTICIPANT;'
            f"PARTSTAT=NEEDS-ACTION:mailto:{guest[0].lower()}@example.org",
            f'ATTENDEE;CN="{chair[0]} {chair[1]}";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{chair[0].lower()}@example.org',
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return b"\r\n".join(_fold(line) for line in lines) + b"\r\n"


# -- ratios ------------------------------------------------------------------------------------


@dataclass
class Comparison:
    """Our importer against the bare parse, on the same bytes."""

    title: str
    ours: Callable[[], object]
    bare: Callable[[], object]
    extra: dict[str, Callable[[], object]] = field(default_factory=dict)


def measure(cases: dict[str, Callable[[], object]], runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU seconds per run of each case; interleaved, the order alternating, one
    warm-up round.

    As ``timeit`` does, each timed call runs with the cyclic garbage collector paused (a
    full collection walks every object, the parse trees included, and would land in one
    case or the other by chance); it collects before each call, untimed. The app imports
    the same way (``BackgroundTask(pause_gc=True)``).
    """
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for round_number in range(runs + 1):
        order = names if round_number % 2 == 0 else names[::-1]
        for name in order:
            gc.collect()
            gc.disable()
            try:
                started, started_cpu = time.perf_counter(), time.thread_time()
                cases[name]()
                elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
            finally:
                gc.enable()
            if round_number:
                wall[name].append(elapsed)
                cpu[name].append(elapsed_cpu)
    return wall, cpu


@dataclass
class Ratios:
    """Ours against the bare parse."""

    of_medians: float  # median / median
    paired: float  # median over the rounds of ours / bare in the same round
    cpu: float  # the same as of_medians, in CPU time


def report_ratio(comparison: Comparison, runs: int) -> Ratios:
    """Print the figures and return the ratios."""
    cases = {"ours": comparison.ours, "bare": comparison.bare, **comparison.extra}
    wall, cpu = measure(cases, runs)
    bare, bare_cpu, bare_min = (statistics.median(wall["bare"]), statistics.median(cpu["bare"]), min(wall["bare"]))
    print(f"\n{comparison.title} ({runs} rounds)")
    print(f"  {'case':<36} {'median ms':>10} {'min ms':>9} {'ratio':>7} {'paired':>7} {'min/min':>8} "
          f"{'CPU ms':>9} {'CPU ratio':>9}")
    labels = {"ours": "our importer", "bare": "bare parse"}
    for name in cases:
        median, median_cpu = statistics.median(wall[name]), statistics.median(cpu[name])
        paired = statistics.median(mine / theirs for mine, theirs in zip(wall[name], wall["bare"]))
        print(f"  {labels.get(name, name):<36} {median * 1000:10.1f} {min(wall[name]) * 1000:9.1f} "
              f"{median / bare:6.2f}× {paired:6.2f}× {min(wall[name]) / bare_min:7.2f}× "
              f"{median_cpu * 1000:9.1f} {median_cpu / bare_cpu:8.2f}×")
    print("  (ratio: median / bare median; paired: the median of the rounds' own ratios, which the\n"
          "   target judges: a round runs both back to back, so a machine that changes speed between\n"
          "   rounds does not tilt it; min/min: the fastest runs; CPU: this thread's CPU time)")
    return Ratios(
        of_medians=statistics.median(wall["ours"]) / bare,
        paired=statistics.median(mine / theirs for mine, theirs in zip(wall["ours"], wall["bare"])),
        cpu=statistics.median(cpu["ours"]) / bare_cpu,
    )


def ratio_verdict(name: str, ratios: Ratios) -> tuple[str, str, bool]:
    return (
        name,
        f"{ratios.paired:.2f}× paired median (ratio of medians {ratios.of_medians:.2f}×, CPU {ratios.cpu:.2f}×) "
        f"(≤ {RATIO_TARGET}×)",
        ratios.paired <= RATIO_TARGET,
    )


def profile(title: str, work: Callable[[], object]) -> None:
    """Where our importer spends its time, by own time; and our modules' share."""
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    ours = sum(
        row[2] for key, row in stats.stats.items()  # type: ignore[attr-defined]
        if "/moderator/" in key[0]
    )
    print(f"\ncProfile of {title}: {total * 1000:.0f} ms under the profiler, "
          f"{ours / total:.0%} of it in moderator's own code")
    stats.sort_stats("tottime").print_stats(PROFILE_TOP)


# -- the GUI thread during the flow --------------------------------------------------------------


@dataclass
class Gaps:
    title: str
    seconds: float
    firings: int
    gaps_ms: list[float]
    #: The gaps during which no garbage collection ran.
    gaps_without_gc_ms: list[float] = field(default_factory=list)
    #: How long each collection that ran during the flow took.
    collections_ms: list[float] = field(default_factory=list)

    @property
    def max_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)

    @property
    def p99_ms(self) -> float:
        if len(self.gaps_ms) < 2:
            return self.max_ms
        return statistics.quantiles(self.gaps_ms, n=100, method="inclusive")[98]


def gui_gaps(title: str, source: Path, folder: Path, choice: tuple[int, str] | None) -> Gaps:
    """Run the whole flow on ``source`` while a 5 ms timer stamps the GUI thread."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QWidget

    from moderator.ui.import_flow import ImportFlow

    target = folder / f"{source.stem}-{time.monotonic_ns()}.moderator"

    class Chooser:
        def choose_source(self, parent: QWidget | None, chosen: Callable[[Path | None], None]) -> None:
            QTimer.singleShot(0, lambda: chosen(source))

        def choose_target(self, parent: QWidget | None, suggested: Path, chosen: Callable[[Path | None], None]) -> None:
            QTimer.singleShot(0, lambda: chosen(target))

    stamps: list[float] = []
    # Where the other threads are when the GUI thread gets its turn back after a long gap:
    # a worker that held the interpreter through one long C call is just past it (a
    # sampling profiler of the gaps, as py-spy would show them, without py-spy).
    where: dict[float, str] = {}
    gui_thread = threading.get_ident()

    def stamp() -> None:
        now = time.perf_counter()
        if stamps and (now - stamps[-1]) * 1000 > GAP_TARGET_MS:
            where[stamps[-1]] = _other_threads(gui_thread)
        stamps.append(now)

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(stamp)
    loop = QEventLoop()
    outcome: list[str] = []
    # Where a long gap falls: the flow's steps, and the garbage collector's runs.
    phases: list[tuple[float, str]] = [(time.perf_counter(), "choosing the file")]
    collections: list[tuple[float, float]] = []
    collecting: list[float] = []

    def on_gc(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting[:] = [time.perf_counter()]
        elif collecting:
            collections.append((collecting[0], time.perf_counter()))

    flow = ImportFlow(None, Chooser(), busy_delay_ms=0)
    flow.busy_shown.connect(lambda busy: phases.append((time.perf_counter(), busy.label.text())))
    flow.picker_shown.connect(lambda _picker: phases.append((time.perf_counter(), "picker")))
    flow.preview_shown.connect(lambda _preview: phases.append((time.perf_counter(), "preview")))
    flow.picker_shown.connect(
        lambda picker: (picker.select(*choice), QTimer.singleShot(0, picker.import_button.click)) if choice else None
    )
    flow.preview_shown.connect(lambda preview: QTimer.singleShot(0, preview.create_button.click))
    flow.created.connect(lambda path: outcome.append(f"created {Path(path).name}"))
    flow.failed.connect(lambda message: outcome.append(f"FAILED: {message}"))
    flow.ended.connect(loop.quit)
    gc.callbacks.append(on_gc)
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
    timer.start()
    started = time.perf_counter()
    stamps.append(started)
    QTimer.singleShot(0, flow.start)
    loop.exec()
    ended = time.perf_counter()
    stamps.append(ended)
    timer.stop()
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - switches
    gc.callbacks.remove(on_gc)
    target.unlink(missing_ok=True)
    gaps: list[float] = []
    gaps_without_gc: list[float] = []
    print(f"  {title}: {', '.join(outcome)} in {ended - started:.2f} s; "
          f"{switches} involuntary context switches (the OS preempting this process)")
    for earlier, later in zip(stamps, stamps[1:]):
        gap = (later - earlier) * 1000
        gaps.append(gap)
        overlapping = [(end - begin) * 1000 for begin, end in collections if begin < later and end > earlier]
        if not overlapping:
            gaps_without_gc.append(gap)
        if gap > GAP_TARGET_MS:
            phase = [name for at, name in phases if at <= earlier][-1:] or ["?"]
            collected = f"; a garbage collection of {max(overlapping):.0f} ms ran in it" if overlapping else ""
            print(f"    gap of {gap:.0f} ms at {earlier - started:.2f} s, during: {phase[0]}{collected}")
            if earlier in where:
                print(f"      other threads after it: {where[earlier]}")
    collections_ms = [(end - begin) * 1000 for begin, end in collections]
    return Gaps(title, ended - started, len(stamps) - 2, gaps, gaps_without_gc, collections_ms)


def _other_threads(gui_thread: int) -> str:
    """The innermost frames of every thread but the GUI thread, on one line."""
    described = []
    for ident, frame in sys._current_frames().items():
        if ident == gui_thread:
            continue
        names = []
        current: types.FrameType | None = frame
        while current is not None and len(names) < 4:
            code = current.f_code
            names.append(f"{Path(code.co_filename).name}:{current.f_lineno} {code.co_name}")
            current = current.f_back
        described.append(" < ".join(names))
    return " | ".join(described) or "none"


def floor_gaps(seconds: float) -> Gaps:
    """The same timer while a plain Python loop (no import, no Qt, no C call longer than
    a microsecond) runs on another thread for ``seconds``: the gaps that the interpreter's
    thread switching and the machine's load cause by themselves."""
    import threading

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    stop = threading.Event()

    def busy() -> None:
        words: dict[str, int] = {}
        while not stop.is_set():
            for number in range(1000):
                words[f"word{number % 97}"] = words.get(f"word{number % 97}", 0) + number

    stamps: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    loop = QEventLoop()
    worker = threading.Thread(target=busy, name="floor")
    timer.start()
    stamps.append(time.perf_counter())
    worker.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    stamps.append(time.perf_counter())
    timer.stop()
    stop.set()
    worker.join()
    gaps = [(later - earlier) * 1000 for earlier, later in zip(stamps, stamps[1:])]
    return Gaps("plain Python worker", seconds, len(stamps) - 2, gaps, gaps, [])


# -- main ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="measured rounds of the calendar (default 5)")
    parser.add_argument("--xml-runs", type=int, default=61, help="measured rounds of the schedule (default 61)")
    parser.add_argument("--events", type=int, default=5000, help="VEVENTs in the generated calendar (default 5000: 75,025 content lines)")
    parser.add_argument("--gui-runs", type=int, default=5, help="flows measured on the GUI thread, per input (default 5)")
    parser.add_argument("--profile", action="store_true", help="profile our importers even when the targets are met")
    args = parser.parse_args(argv)

    import defusedxml.ElementTree as SafeElementTree
    import icalendar
    from PySide6.QtWidgets import QApplication

    from moderator.importers.any_format import import_any
    from moderator.importers.schedule import NeedsChoice

    print(f"Python {platform.python_version()} ({platform.python_implementation()}) on "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; icalendar "
          f"{icalendar.__version__}; switch interval {sys.getswitchinterval() * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.2f} (other processes share the CPUs: gaps grow with it)")

    verdicts: list[tuple[str, str, bool]] = []
    profiles: list[tuple[str, Callable[[], object]]] = []

    # 1. the schedule XML
    xml = WHOLE_XML.read_bytes() if WHOLE_XML.exists() else None
    if xml is None:
        print(f"\n31c3-schedule.xml not found at {WHOLE_XML}, "
              "so the schedule comparison and its GUI-thread run are skipped.")
    else:
        def outline_only() -> None:
            try:
                import_any(xml)
            except NeedsChoice:
                pass

        ratios = report_ratio(
            Comparison(
                f"31c3-schedule.xml ({len(xml) / 1024:.0f} KiB), day {XML_DAY} in {XML_ROOM}",
                ours=lambda: import_any(xml, day=str(XML_DAY), room=XML_ROOM),
                bare=lambda: SafeElementTree.fromstring(xml),
                extra={"our importer, no day (NeedsChoice)": outline_only},
            ),
            args.xml_runs,
        )
        verdicts.append(ratio_verdict("31c3 XML: importer / defusedxml parse", ratios))
        if args.profile or ratios.paired > RATIO_TARGET:
            profiles.append(("import_any(31c3-schedule.xml, day, room)",
                             lambda: import_any(xml, day=str(XML_DAY), room=XML_ROOM)))

    # 2. the generated calendar
    ics = generate_calendar(args.events)
    lines = ics.count(b"\n")
    print(f"\ngenerated calendar: {args.events} VEVENTs, {len(ics) / 1024 / 1024:.1f} MiB, {lines:,} lines")

    def bare_ics() -> None:
        for calendar in icalendar.Calendar.from_ical(ics, multiple=True):
            calendar.walk("VEVENT")

    ratios = report_ratio(
        Comparison(f"{args.events}-event .ics", ours=lambda: import_any(ics), bare=bare_ics), args.runs
    )
    verdicts.append(ratio_verdict(f"{args.events}-event ICS: importer / icalendar", ratios))
    if args.profile or ratios.paired > RATIO_TARGET:
        profiles.append((f"import_any({args.events}-event .ics)", lambda: import_any(ics)))

    # 3. the GUI thread while the flow imports in the background
    qt_app = QApplication.instance() or QApplication(["bench_import"])
    assert qt_app is not None
    print(f"\nGUI thread during the flow (timer every {TIMER_MS} ms, PreciseTimer, offscreen, "
          f"{args.gui_runs} runs of each after a warm-up flow)")
    runs: dict[str, list[Gaps]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-import-") as temp:
        folder = Path(temp)
        calendar_file = folder / "fachkonferenz.ics"
        calendar_file.write_bytes(ics)
        small_file = folder / "warm-up.ics"
        small_file.write_bytes(generate_calendar(20))
        # A running app has shown its windows and loaded the event file writer before the
        # first import (app.py preloads it after the first paint); the warm-up flow does
        # the same here. Its figure, for information, is that of a fresh process.
        warm_ups = [gui_gaps("warm-up: 20 events", small_file, folder, None)]
        if PIECE_XML.exists():
            warm_ups.append(gui_gaps("warm-up: 31c3-piece.xml", PIECE_XML, folder, (1, "Saal 1")))
        print(f"  warm-up flows (load the dialogs and the writer): max gap "
              f"{max(run.max_ms for run in warm_ups):.1f} ms; not counted")
        flows: list[tuple[str, Path, tuple[int, str] | None]] = [(f"{args.events}-event .ics", calendar_file, None)]
        if xml is not None:
            flows.append(("31c3-schedule.xml", WHOLE_XML, (XML_DAY, XML_ROOM)))
        for _ in range(args.gui_runs):
            for title, source, choice in flows:
                runs.setdefault(title, []).append(gui_gaps(title, source, folder, choice))
    print(f"  {'flow':<22} {'seconds':>8} {'firings':>8} {'max gap ms':>11} {'p99 gap ms':>11} "
          f"{'max w/o GC':>11} {'GC runs':>8} {'longest GC ms':>14}")
    for title, measured in runs.items():
        for run in measured:
            print(f"  {title:<22} {run.seconds:8.2f} {run.firings:8d} {run.max_ms:11.1f} {run.p99_ms:11.1f} "
                  f"{max(run.gaps_without_gc_ms, default=0):11.1f} {len(run.collections_ms):8d} "
                  f"{max(run.collections_ms, default=0):14.1f}")
    floor = floor_gaps(max(run.seconds for measured in runs.values() for run in measured))
    print(f"  {'(floor) ' + floor.title:<22} {floor.seconds:8.2f} {floor.firings:8d} {floor.max_ms:11.1f} "
          f"{floor.p99_ms:11.1f}   a thread running plain Python, no import: what thread switching and\n"
          f"  {'':<22} the machine's load cost by themselves")
    # One full collection of this process's objects (as many as the app has).
    gc.collect()
    collect_started = time.perf_counter()
    gc.collect()
    full_collection_ms = (time.perf_counter() - collect_started) * 1000
    print(f"  (for comparison: one full garbage collection of this process, {len(gc.get_objects()):,} "
          f"tracked objects, takes {full_collection_ms:.0f} ms here; a running app pays it whenever "
          "the collector decides, import or not)")
    for title, measured in runs.items():
        worst = max(run.max_ms for run in measured)
        typical = statistics.median(run.max_ms for run in measured)
        worst_without_gc = max(max(run.gaps_without_gc_ms, default=0) for run in measured)
        verdicts.append((
            f"GUI thread, {title}: longest gap",
            f"{worst:.1f} ms over {len(measured)} runs (median of the runs' longest {typical:.1f} ms, "
            f"p99 ≤ {max(run.p99_ms for run in measured):.1f} ms; longest without a garbage collection "
            f"in it {worst_without_gc:.1f} ms) (≤ {GAP_TARGET_MS:.0f} ms)",
            worst <= GAP_TARGET_MS,
        ))

    everything = [run for measured in runs.values() for run in measured]
    if everything:
        worst_run = max(everything, key=lambda run: run.max_ms)
        verdicts.append((
            "GUI thread, every flow: longest gap",
            f"{worst_run.max_ms:.1f} ms ({worst_run.title}), the worst of {len(everything)} flows "
            f"(≤ {GAP_TARGET_MS:.0f} ms in every run)",
            worst_run.max_ms <= GAP_TARGET_MS,
        ))

    print("\nTargets")
    for name, figure, met in verdicts:
        print(f"  {name}: {figure} -> {'met' if met else 'NOT MET'}")

    for title, work in profiles:
        profile(title, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
