"""What importing the queue's and the run sheet's modules costs, each after what it imports.

Run it from the project folder::

    uv run python tests/benchmarks/bench_domain_import.py [--runs 20] [--compare DIR]

The cockpit's first paint imports ``moderator.domain.queue`` and ``moderator.domain.run_sheet``;
their operations (``queue_ops``, ``run_sheet_ops``), the duplicate search and the run
sheet's findings load after it or never (issue 18). Each fresh process first imports the
modules they build on (the model, the clock, errors, undo, questions, ``moderator.lazy``),
then times ``importlib.import_module`` of each module in turn, so a figure is that module's
own cost: mostly the creation of its classes (a frozen slots dataclass takes about half a
millisecond on Python 3.11). Bytecode is cached in a temporary folder
(``PYTHONPYCACHEPREFIX``) and one warm-up round is dropped; the checkouts alternate round
by round.

With ``--compare DIR`` (another checkout, e.g. ``git worktree add /tmp/before main``) its
``queue`` and ``run_sheet`` are timed in the same rounds, for before and after in one run.
It prints figures, asserts nothing and never runs under pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from report import Row, print_table, verdict

ROOT = Path(__file__).resolve().parents[2]

#: Loaded before the timing starts: what the modules below import.
DEPENDENCIES = (
    "moderator.domain.clock", "moderator.domain.errors", "moderator.domain.model",
    "moderator.domain.undo", "moderator.domain.questions", "moderator.lazy",
)
#: In import order: the start-up part first, then what loads after the first paint.
MODULES = (
    "moderator.domain.queue", "moderator.domain.run_sheet", "moderator.domain.queue_ops",
    "moderator.domain.run_sheet_ops", "moderator.domain.duplicates",
    "moderator.domain.run_sheet_findings",
)
#: What a checkout before the split is compared on (the two modules the first paint imports).
FIRST_PAINT = MODULES[:2]

SCRIPT = """import importlib, sys, time
for name in sys.argv[1].split(","):
    importlib.import_module(name)
times = []
for name in sys.argv[2].split(","):
    start = time.perf_counter()
    importlib.import_module(name)
    times.append((time.perf_counter() - start) * 1000)
print(" ".join(f"{ms:.3f}" for ms in times))
"""


def timed(checkout: Path, modules: tuple[str, ...], env: dict[str, str]) -> list[float]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(DEPENDENCIES), ",".join(modules)],
        cwd=checkout, env={**env, "PYTHONPATH": str(checkout)}, capture_output=True, text=True,
        timeout=60, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"timing in {checkout} failed:\n{result.stderr[-2000:]}")
    return [float(value) for value in result.stdout.split()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--compare", type=Path, help="another checkout, timed on its queue and run_sheet")
    args = parser.parse_args(argv)
    cases: dict[str, tuple[Path, tuple[str, ...]]] = {"this checkout": (ROOT, MODULES)}
    if args.compare is not None:
        cases[str(args.compare.resolve())] = (args.compare.resolve(), FIRST_PAINT)
    with tempfile.TemporaryDirectory(prefix="bench-domain-import-") as temp:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": temp}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        results: dict[str, list[list[float]]] = {name: [] for name in cases}
        names = list(cases)
        for round_ in range(args.runs + 1):
            for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                values = timed(*cases[name], env)
                if round_:
                    results[name].append(values)
        print(f"{args.runs} rounds after 1 warm-up; load average now "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    for name, (_, modules) in cases.items():
        for module, values in zip(modules, zip(*results[name], strict=True), strict=True):
            rows.append(Row(f"import {module} ({name})",
                            f"median {statistics.median(values):.2f} ms, min {min(values):.2f} ms",
                            "-", verdict(None)))
    print()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
