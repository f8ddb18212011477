"""How long the after-show report of a big show takes, and how much memory.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    python3 -m uv run --locked python tests/benchmarks/bench_report.py [--runs 3]

The show: 3 hours, 40 slots, 12 people, 2,000 hand-offs and 1,000 questions (600
answered, 250 left open, 100 dismissed, 50 merged), with a log of every clock action,
hand-off and queue change, written into a real event file. The file's run sheet is made
by ``EventStore.create``; the live part (log, hand-offs, question states) is written with
plain SQL in one transaction, as setting up what a long show leaves behind through 5,000
single writes would take minutes and measures nothing of the report.

Figures (each the best of ``--runs``, the first run printed too):

1. HTML: from the event file to the HTML text: read (snapshot, log, hand-offs),
   ``build_report``, ``export_report_html`` [target <= 1 s].
2. PDF: the same to a PDF file on disk, through ``export_report_pdf`` [target <= 3 s].
3. Memory: the process's peak resident set (``ru_maxrss``, Qt and all) after the PDF
   runs, and the peak of Python allocations while building the report and its HTML
   (tracemalloc, an extra run) [target: peak RSS <= 200 MB].

A benchmark, not a test: it asserts nothing and never runs under pytest.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import Row, print_table, verdict  # noqa: E402

from moderator.domain.model import Event, EventDraft, Person, Question, QuestionSource, Role, Slot, SlotKind  # noqa: E402
from moderator.exporters.report import Report, build_report  # noqa: E402
from moderator.persistence import EventStore  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
SLOTS, PEOPLE, HANDOFFS, QUESTIONS = 40, 12, 2000, 1000
SHOW = timedelta(hours=3)


def make_show(folder: Path) -> Path:
    """The event file of the module's show."""
    rng = random.Random(17)
    start = datetime(2026, 3, 12, 10, 0, tzinfo=BERLIN)
    length = SHOW / SLOTS
    people = tuple(
        Person(f"Person {n}", academic_title="Dr." if n % 3 == 0 else "", organisation=f"Landkreis Nummer {n}")
        for n in range(PEOPLE)
    )
    kinds = (SlotKind.TALK, SlotKind.PANEL, SlotKind.QA)
    slots = tuple(
        Slot(f"Programmpunkt {n}: Digitalisierung in der Kommune, Teil {n}", start + n * length, length, kinds[n % 3])
        for n in range(SLOTS)
    )
    slot_people = tuple(
        tuple((people[(n + k) % PEOPLE].key, Role.PANELIST if k else Role.MODERATOR) for k in range(4))
        for n in range(SLOTS)
    )
    questions = tuple(
        Question(
            f"Frage {n}: Wie setzen wir das in einer Gemeinde mit {rng.randint(800, 90000)} Einwohnern um?",
            created_at=start + SHOW * n / QUESTIONS,
            asked_by=f"Bürgermeisterin {n}",
            organisation=f"Gemeinde {n}",
            source=list(QuestionSource)[n % 4],
        )
        for n in range(QUESTIONS)
    )
    draft = EventDraft(
        Event("Große Lounge", start, start + SHOW, "Europe/Berlin", series="Innovators Lounge"),
        people=people, slots=slots, slot_people=slot_people, questions=questions,
    )
    path = folder / "big.moderator"
    EventStore.create(path, draft).close()

    def stamp(at: datetime) -> str:
        return at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")

    db = sqlite3.connect(path)
    db.execute("BEGIN IMMEDIATE")
    slot_ids = [row[0] for row in db.execute("SELECT id FROM slot ORDER BY position")]
    person_ids = [row[0] for row in db.execute("SELECT id FROM person ORDER BY id")]
    question_ids = [row[0] for row in db.execute("SELECT id FROM question ORDER BY id")]
    log: list[tuple[str, str, int | None, int | None, str]] = []
    actual = start + timedelta(minutes=2)
    log.append((stamp(actual), "show_started", slot_ids[0], None, ""))
    slot_starts = []
    for index, slot_id in enumerate(slot_ids):
        at = actual + index * (SHOW / SLOTS) + timedelta(seconds=rng.randint(0, 40))
        slot_starts.append(at)
        log.append((stamp(at), "slot_started", slot_id, None, ""))
    end = actual + SHOW + timedelta(minutes=1)
    turn = (end - actual) / HANDOFFS
    handoffs = []
    for n in range(HANDOFFS):
        began = actual + n * turn
        slot_index = min(SLOTS - 1, int(n * SLOTS / HANDOFFS))
        person = person_ids[(slot_index + n % 4) % PEOPLE]
        handoffs.append((person, slot_ids[slot_index], stamp(began), stamp(began + turn)))
        log.append((stamp(began), "handoff", slot_ids[slot_index], person, ""))
    db.executemany("INSERT INTO handoff (person_id, slot_id, started_at, ended_at) VALUES (?, ?, ?, ?)", handoffs)
    for n, question_id in enumerate(question_ids):
        asked = actual + (end - actual) * n / QUESTIONS
        slot_index = min(SLOTS - 1, int(n * SLOTS / QUESTIONS))
        addressee = person_ids[n % PEOPLE] if n % 5 else None
        if n < 600:
            on_air = asked + timedelta(seconds=30)
            answered = on_air + timedelta(seconds=rng.randint(60, 240))
            db.execute(
                "UPDATE question SET status='answered', on_air_at=?, answered_at=?, answered_in_slot=?, addressed_to=?, votes=? WHERE id=?",
                (stamp(on_air), stamp(answered), slot_ids[slot_index], addressee, n % 7, question_id),
            )
            log += [(stamp(asked), "question_status", slot_ids[slot_index], None, f"{question_id} queued"),
                    (stamp(on_air), "question_status", slot_ids[slot_index], None, f"{question_id} on_air"),
                    (stamp(answered), "question_status", slot_ids[slot_index], None, f"{question_id} answered")]
        elif n < 850:
            db.execute("UPDATE question SET status='queued', addressed_to=? WHERE id=?", (addressee, question_id))
            log.append((stamp(asked), "question_status", slot_ids[slot_index], None, f"{question_id} queued"))
        elif n < 950:
            db.execute("UPDATE question SET status='dismissed' WHERE id=?", (question_id,))
            log.append((stamp(asked), "question_status", slot_ids[slot_index], None, f"{question_id} dismissed"))
        else:
            db.execute("UPDATE question SET status='dismissed', merged_into=? WHERE id=?", (question_ids[n - 400], question_id))
    log.append((stamp(end), "show_ended", slot_ids[-1], None, ""))
    log.sort(key=lambda entry: entry[0])
    db.executemany('INSERT INTO log (at, action, slot_id, person_id, detail, "by") VALUES (?, ?, ?, ?, ?, \'\')', log)
    db.execute(
        "UPDATE live_state SET show_started_at=?, show_ended_at=?, current_slot_id=?, slot_started_at=? WHERE id=1",
        (stamp(actual), stamp(end), slot_ids[-1], stamp(slot_starts[-1])),
    )
    db.execute("COMMIT")
    db.close()
    return path


def _report(path: Path) -> Report:
    """The report of the event file at ``path``, read as the command line reads it."""
    store = EventStore.open(path, read_only=True)
    try:
        return build_report(store.snapshot(), store.log(), store.handoffs())
    finally:
        store.close()


def html_once(path: Path) -> tuple[float, int]:
    from moderator.exporters.report_html import export_report_html

    began = time.perf_counter()
    page = export_report_html(_report(path), language="de")
    return time.perf_counter() - began, len(page)


def pdf_once(path: Path, out: Path) -> tuple[float, int]:
    from moderator.exporters.html_export import translator_for
    from moderator.ui.report_print import export_report_pdf

    began = time.perf_counter()
    pages = export_report_pdf(_report(path), out, language="de", texts=translator_for("de"))
    return time.perf_counter() - began, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    began = time.perf_counter()
    path = make_show(folder)
    print(f"event file: {path} ({path.stat().st_size / 1e6:.1f} MB), made in {time.perf_counter() - began:.1f} s")
    with sqlite3.connect(path) as db:
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("slot", "person", "handoff", "question", "log")}
    print("rows:", ", ".join(f"{table} {count}" for table, count in counts.items()))

    html_times = []
    for run in range(args.runs):
        seconds, size = html_once(path)
        html_times.append(seconds)
        print(f"HTML run {run + 1}: {seconds * 1000:.0f} ms ({size / 1e6:.1f} MB of HTML)")
    pdf_times = []
    for run in range(args.runs):
        seconds, pages = pdf_once(path, folder / "report.pdf")
        pdf_times.append(seconds)
        print(f"PDF run {run + 1}: {seconds * 1000:.0f} ms ({pages} pages, {(folder / 'report.pdf').stat().st_size / 1e6:.1f} MB)")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    tracemalloc.start()
    html_once(path)
    _current, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak resident set of the process: {peak_rss:.0f} MB; Python allocations while reporting (HTML): {python_peak / 1e6:.0f} MB")

    print()
    print_table(
        [
            Row("HTML, file to text (best)", f"{min(html_times):.2f} s", "<= 1 s", verdict(min(html_times) <= 1.0)),
            Row("HTML, first run", f"{html_times[0]:.2f} s", "-", verdict(None)),
            Row("PDF, file to file (best)", f"{min(pdf_times):.2f} s", "<= 3 s", verdict(min(pdf_times) <= 3.0)),
            Row("PDF, first run", f"{pdf_times[0]:.2f} s", "-", verdict(None)),
            Row("peak RSS (Qt and all)", f"{peak_rss:.0f} MB", "<= 200 MB", verdict(peak_rss <= 200)),
            Row("Python peak (report + HTML)", f"{python_peak / 1e6:.0f} MB", "-", verdict(None)),
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
