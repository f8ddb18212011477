"""Whole-process time of the headless commands, as a ratio to ``import sqlmodel``.

What it measures (wall time of a fresh interpreter, ``time.perf_counter`` around
``subprocess.run``):

- baseline: ``python -c "import sqlmodel"``, the floor any command that reads an event
  file through SQLModel pays;
- ``python -m moderator export FILE --format json -o OUT`` on the sample event;
- ``python -m moderator export ...`` on a copy of the sample with 10,000 questions;
- ``python -m moderator ask FILE "text" --by X`` on the sample (a fresh copy per run, made
  outside the timed region, so every run appends to a queue of the same length).

The runs are interleaved round-robin (the order rotates each round) so that machine noise
affects every command alike; one warm-up round is discarded. It prints median, p90 and min
per command, the ratio of each median to the baseline median, and whether the targets of
the issue are met (``ask`` and ``export`` of the sample <= 1.3x; ``export`` with 10,000
questions <= 2x). When a target is missed (or with ``--imports``) it also prints the 15
largest cumulative import costs from ``python -X importtime``, so the reader sees where the
time goes.

This is a benchmark, not a test: it prints figures and asserts nothing. Run it with::

    uv run python tests/benchmarks/bench_cli.py [--runs N] [--imports]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path


from moderator.domain.model import (
    QuestionSource,
    Question,
)
from moderator.paths import sample_event_source
from moderator.persistence import EventStore


ROOT = Path(__file__).resolve().parents[2]
BIG_QUESTIONS = 10_000
#: How long the 10k build may spend in ``EventStore.add_question`` (one commit each, with
#: synchronous=FULL) before the rest goes in through one transaction instead.
DEFAULT_ADD_BUDGET_SECONDS = 20.0
IMPORTTIME_TOP = 15
#: A baseline p90 this far above its median means the machine was busy during the run.
NOISY_SPREAD = 1.2


# -- building the event files ----------------------------------------------------------------


def build_sample(folder: Path) -> tuple[Path, str]:
    """The sample event file, and how it was made."""
    path = folder / "sample.moderator"
    source = sample_event_source()
    subprocess.run(
        [sys.executable, "-m", "moderator", "new", str(path), "--from", str(source)],
        cwd=ROOT, check=True, capture_output=True,
    )
    return path, f"moderator new --from {source.name}"


_OPENINGS = (
    "Wie stellen Sie sicher, dass",
    "Frage an das Panel:",
    "Eine Frage aus der Verwaltungspraxis:",
    "Was raten Sie einer kleinen Kommune, wenn",
    "Question for the panel:",
    "How do you make sure that",
    "Kurze Nachfrage zu Impuls 2:",
    "Ganz konkret:",
)
_TOPICS = (
    "offene Daten auch in kleinen Gemeinden veröffentlicht werden",
    "die Bürgerbeteiligung nicht nur digital stattfindet",
    "Open-Source-Software in der Beschaffung Vorrang bekommt",
    "der Datenschutz bei offenen Verwaltungsdaten gewahrt bleibt",
    "the open government action plan has measurable goals",
    "civil society is involved before the decisions are made",
    "die Kommunen für die OGP-Teilnahme Personal und Budget erhalten",
    "Ergebnisse aus Beteiligungsverfahren tatsächlich umgesetzt werden",
    "Verwaltungsmitarbeitende die nötige Datenkompetenz aufbauen",
    "die Schnittstellen zwischen Bund, Ländern und Kommunen zusammenpassen",
)
_DETAILS = (
    "Bei uns im Landkreis scheitert es bisher an fehlenden Ressourcen.",
    "Wir haben 2019 ein Portal gestartet, aber kaum jemand nutzt es.",
    "In our city council this has been debated for two years without a result.",
    "Gibt es dafür gute Beispiele aus anderen Ländern, etwa aus Frankreich oder Estland?",
    "Die Rechtsgrundlage ist aus meiner Sicht noch unklar.",
    "Danke für die spannenden Impulse!",
    "Das Thema kam auch im Chat mehrfach auf.",
    "Wäre eine gemeinsame Plattform aller Länder nicht sinnvoller als viele Insellösungen?",
)
_FIRST = ("Anna", "Jonas", "Fatma", "Lukas", "Mei", "Ole", "Sophie", "Kemal", "Ines", "Paul")
_LAST = ("Becker", "Yılmaz", "Schröder", "Nowak", "Weber", "Hoffmann", "Öztürk", "Krüger")
_ORGS = (
    "Stadt Marburg", "Landkreis Gießen", "Gemeinde Ebsdorfergrund", "Stadt Köln",
    "Bezirksamt Pankow", "Open Knowledge Foundation", "Bertelsmann Stiftung", "",
    "Stadtverwaltung Ulm", "Kreis Offenbach", "Universität Potsdam", "privat",
)
_HOSTS = ("", "co-host-1", "co-host-2", "chatbot")


@dataclass(frozen=True, slots=True)
class _QuestionSpec:
    text: str
    asked_by: str
    organisation: str
    addressed_to: int | None
    source: QuestionSource
    created_by: str
    created_at: datetime


def _questions(count: int, person_ids: Sequence[int]) -> list[_QuestionSpec]:
    """``count`` realistic audience questions: varied length, askers and organisations."""
    rng = random.Random(20210609)
    start = datetime(2021, 6, 9, 12, 0, tzinfo=timezone.utc)
    specs = []
    for index in range(count):
        text = f"{rng.choice(_OPENINGS)} {rng.choice(_TOPICS)}?"
        # Mostly one-liners, some with context, a few long ones (up to ~1,000 characters).
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 4, 8))):
            text += " " + rng.choice(_DETAILS)
        asker = "" if rng.random() < 0.15 else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        specs.append(
            _QuestionSpec(
                text=text,
                asked_by=asker,
                organisation=rng.choice(_ORGS),
                addressed_to=rng.choice(person_ids) if rng.random() < 0.3 else None,
                source=rng.choice(tuple(QuestionSource)),
                created_by=rng.choice(_HOSTS),
                created_at=start + timedelta(seconds=index * 0.5),
            )
        )
    return specs


@dataclass(frozen=True, slots=True)
class BuildReport:
    via_add_question: int
    add_question_seconds: float
    via_bulk: int
    bulk_seconds: float


def build_big(sample: Path, folder: Path, count: int, budget: float) -> tuple[Path, BuildReport]:
    """A copy of the sample with ``count`` questions added in one process.

    ``add_question`` first (the real path, one committed transaction each); once it has
    used ``budget`` seconds, the rest goes in with ``add_questions`` in one transaction.
    """
    path = folder / f"big-{count}.moderator"
    shutil.copyfile(sample, path)
    store = EventStore.open(path)
    try:
        person_ids = [p.id for p in store.people() if p.id is not None]
        specs = _questions(count, person_ids)
        began = time.perf_counter()
        added = 0
        for spec in specs:
            if time.perf_counter() - began > budget:
                break
            store.add_question(
                spec.text, now=spec.created_at, asked_by=spec.asked_by,
                organisation=spec.organisation, addressed_to=spec.addressed_to,
                source=spec.source, created_by=spec.created_by,
            )
            added += 1
        add_seconds = time.perf_counter() - began
        rest = specs[added:]

        began = time.perf_counter()
        if rest:
            store.add_questions(
                [
                    Question(
                        text=spec.text, created_at=spec.created_at, asked_by=spec.asked_by,
                        organisation=spec.organisation, addressed_to=spec.addressed_to,
                        source=spec.source, created_by=spec.created_by,
                    )
                    for spec in rest
                ],
                now=rest[0].created_at,
            )
        bulk_seconds = time.perf_counter() - began
    finally:
        store.close()
    return path, BuildReport(added, add_seconds, len(rest), bulk_seconds)


# -- measuring -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    """One command line to time; ``fresh_copy_of`` is copied to ``argv``'s file first."""

    name: str
    argv: tuple[str, ...]
    target: float | None = None
    fresh_copy_of: Path | None = None
    fresh_copy_to: Path | None = None


def run_once(case: Case) -> float:
    """Wall time of one whole process, in milliseconds; fails loudly if the command did."""
    if case.fresh_copy_of is not None and case.fresh_copy_to is not None:
        shutil.copyfile(case.fresh_copy_of, case.fresh_copy_to)
    began = time.perf_counter()
    done = subprocess.run(case.argv, cwd=ROOT, capture_output=True, check=False)
    elapsed = (time.perf_counter() - began) * 1000
    if done.returncode != 0:
        raise SystemExit(
            f"{case.name} failed with status {done.returncode}:\n"
            f"{done.stderr.decode(errors='replace')}"
        )
    return elapsed


def measure(cases: Sequence[Case], runs: int) -> dict[str, list[float]]:
    """Interleaved round-robin runs, the order rotating each round; round 0 is warm-up."""
    times: dict[str, list[float]] = {case.name: [] for case in cases}
    for round_index in range(runs + 1):
        shift = round_index % len(cases)
        for case in [*cases[shift:], *cases[:shift]]:
            elapsed = run_once(case)
            if round_index > 0:
                times[case.name].append(elapsed)
    return times


def p90(values: Sequence[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


@dataclass(frozen=True, slots=True)
class ImportCost:
    cumulative_us: int
    self_us: int
    depth: int
    module: str


def import_costs(argv: Sequence[str]) -> list[ImportCost]:
    """Parse ``-X importtime`` from stderr (self | cumulative | indented module name)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv], cwd=ROOT, capture_output=True, check=False
    )
    costs = []
    for line in done.stderr.decode(errors="replace").splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_part, cumulative_part, name_part = line[len("import time:"):].split("|", 2)
        name = name_part.rstrip()
        stripped = name.lstrip()
        depth = (len(name) - len(stripped) - 1) // 2
        costs.append(ImportCost(int(cumulative_part), int(self_part), depth, stripped))
    return costs


# -- reporting -------------------------------------------------------------------------------


def print_table(cases: Sequence[Case], times: dict[str, list[float]], baseline: str) -> bool:
    """The figures and one verdict line per target; True when every target is met."""
    base = statistics.median(times[baseline])
    width = max(len(case.name) for case in cases)
    base_min = min(times[baseline])
    print(f"{'command':<{width}}  {'median ms':>9}  {'p90 ms':>8}  {'min ms':>8}  "
          f"{'ratio':>6}  {'target':>6}  {'min/min':>7}")
    for case in cases:
        values = times[case.name]
        median = statistics.median(values)
        target = f"≤{case.target:.1f}×" if case.target is not None else "-"
        print(f"{case.name:<{width}}  {median:9.1f}  {p90(values):8.1f}  {min(values):8.1f}  "
              f"{median / base:5.2f}×  {target:>6}  {min(values) / base_min:6.2f}×")
    print("(ratio: median / baseline median, which the targets judge; min/min: the same for\n"
          " the fastest runs, steadier on a busy machine)")
    spread = p90(times[baseline]) / base
    if spread > NOISY_SPREAD:
        print(f"NOTE: noisy machine: the baseline's p90 is {spread:.2f}× its median; "
              "rerun with more --runs on a quiet machine before trusting small differences")
    print()
    all_met = True
    for case in cases:
        if case.target is None:
            continue
        ratio = statistics.median(times[case.name]) / base
        met = ratio <= case.target
        all_met = all_met and met
        verdict = "met" if met else "NOT MET"
        print(f"{case.name}: {ratio:.2f}× against ≤{case.target:.1f}× -> {verdict}")
    return all_met


def print_import_costs(argv: Sequence[str]) -> None:
    costs = import_costs(argv)
    total = sum(cost.cumulative_us for cost in costs if cost.depth == 0)
    print(f"\npython -X importtime {' '.join(argv)}")
    print(f"all imports: {total / 1000:.1f} ms (sum of top-level cumulative)")
    print(f"top {IMPORTTIME_TOP} cumulative:")
    print(f"  {'cum ms':>7}  {'self ms':>7}  depth  module")
    for cost in sorted(costs, key=lambda c: c.cumulative_us, reverse=True)[:IMPORTTIME_TOP]:
        print(f"  {cost.cumulative_us / 1000:7.1f}  {cost.self_us / 1000:7.1f}  "
              f"{cost.depth:5d}  {cost.module}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=15, help="measured rounds (default 15)")
    parser.add_argument(
        "--add-budget", type=float, default=DEFAULT_ADD_BUDGET_SECONDS,
        help="seconds the 10k build may spend in add_question before going bulk",
    )
    parser.add_argument(
        "--imports", action="store_true",
        help="print the import costs even when every target is met",
    )
    args = parser.parse_args(argv)
    python = sys.executable

    with tempfile.TemporaryDirectory(prefix="bench-cli-") as temp:
        folder = Path(temp)
        print(f"Python {platform.python_version()} ({platform.python_implementation()}) "
              f"on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs")

        sample, how = build_sample(folder)
        print(f"sample: {how}")
        big, report = build_big(sample, folder, BIG_QUESTIONS, args.add_budget)
        per_question = report.add_question_seconds / max(report.via_add_question, 1) * 1000
        print(
            f"10k event: {report.via_add_question} questions via add_question in "
            f"{report.add_question_seconds:.1f} s ({per_question:.2f} ms each, "
            f"~{per_question * BIG_QUESTIONS / 1000:.0f} s for {BIG_QUESTIONS:,}), "
            f"{report.via_bulk} in one transaction in {report.bulk_seconds:.1f} s; "
            f"file {big.stat().st_size / 1024:.0f} KiB"
        )

        out = folder / "out.json"
        ask_file = folder / "ask.moderator"
        export_sample = ("-m", "moderator", "export", str(sample), "--format", "json", "-o")
        export_big = ("-m", "moderator", "export", str(big), "--format", "json", "-o")
        cases = (
            Case("python -c 'import sqlmodel'", (python, "-c", "import sqlmodel")),
            Case("export sample", (python, *export_sample, str(out)), target=1.3),
            Case("ask sample (fresh copy)",
                 (python, "-m", "moderator", "ask", str(ask_file),
                  "Wie geht es nach der Veranstaltung weiter?", "--by", "Anna Becker"),
                 target=1.3, fresh_copy_of=sample, fresh_copy_to=ask_file),
            Case(f"export {BIG_QUESTIONS // 1000}k questions", (python, *export_big, str(out)),
                 target=2.0),
        )
        print(f"{args.runs} measured rounds, interleaved, after 1 warm-up round\n")
        times = measure(cases, args.runs)
        all_met = print_table(cases, times, cases[0].name)

        run_once(cases[3])
        print(f"\n10k export output: {out.stat().st_size / 1024:.0f} KiB")

        if args.imports or not all_met:
            print_import_costs(export_sample + (str(out),))
    return 0


if __name__ == "__main__":
    sys.exit(main())
