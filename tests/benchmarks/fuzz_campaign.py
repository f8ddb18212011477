"""A mutation campaign against the importers: no exception but their own, nothing slow,
nothing big.

Run it from the project folder::

    .venv/bin/python tests/benchmarks/fuzz_campaign.py --minutes 10 [--importers ics,schedule]
        [--seed 1] [--max-size 1048576] [--save failures/]

For each importer in turn, for ``--minutes``, it takes a realistic input
(``tests/hostile.seeds``: the seed page, the sample agendas, chats, calendars,
schedules, sheets and an exported event), mutates it (``tests/fuzzing.mutate``: bytes
flipped, dropped, repeated up to thousands of times, tokens each format reacts to,
splices; an xlsx is unpacked, a part mutated and packed again) and imports it, timing
each case. Every importer runs in a process of its own, so that its peak resident memory
(``ru_maxrss``, the interpreter included) is its own. At the end the 10 slowest and 10
largest cases are run again under tracemalloc for the peak of Python allocations per
case.

Reported per importer: cases run, exceptions other than ``ImportFailed`` (must be 0;
each is printed with its traceback and, with ``--save``, its input kept), the slowest
case and its size, the peak per case, and the process's peak memory [targets: every
case < 2 s and < 200 MB]. A benchmark, not a test: it never runs under pytest.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import time
import traceback
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import Row, print_table, verdict  # noqa: E402

SLOW_SECONDS = 2.0
BIG_BYTES = 200 * 1024 * 1024


def campaign(importer: str, minutes: float, seed: int, max_size: int, save: str | None) -> dict[str, object]:
    """One importer's campaign, in this (child) process; returns its figures."""
    from fuzzing import mutate
    from hostile import IMPORTERS, seeds

    from moderator.importers.errors import ImportFailed

    corpus = seeds()[importer]
    run = IMPORTERS[importer]
    rng = random.Random(seed)
    deadline = time.monotonic() + minutes * 60
    cases = refused = 0
    failures: list[str] = []
    timed: list[tuple[float, int, bytes]] = []  # the slowest cases, kept small
    largest: list[tuple[int, bytes]] = []
    while time.monotonic() < deadline:
        data = mutate(rng.choice(corpus), rng, corpus, max_size=max_size)
        started = time.perf_counter()
        try:
            run(data)
        except ImportFailed:
            refused += 1
        except Exception as error:  # noqa: BLE001 - what the campaign looks for
            failures.append("".join(traceback.format_exception(error))[-3000:])
            if save:
                folder = Path(save)
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{importer}-{len(failures)}.bin").write_bytes(data)
        elapsed = time.perf_counter() - started
        cases += 1
        timed.append((elapsed, len(data), data))
        # Pruned often: 200 kept inputs of up to 1 MB each were the harness's own 200 MB,
        # counted in the process's peak as if the importer had used them.
        if len(timed) > 20:
            timed = sorted(timed, key=lambda item: -item[0])[:10]
        largest.append((len(data), data))
        if len(largest) > 20:
            largest = sorted(largest, key=lambda item: -item[0])[:10]
    timed = sorted(timed, key=lambda item: -item[0])[:10]
    largest = sorted(largest, key=lambda item: -item[0])[:10]
    if save and timed:
        Path(save).mkdir(parents=True, exist_ok=True)
        (Path(save) / f"{importer}-slowest.bin").write_bytes(timed[0][2])
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # The slowest and largest cases again, each under tracemalloc, for its own peak.
    peak_case = 0
    for data in [item[2] for item in timed] + [item[1] for item in largest]:
        tracemalloc.start()
        try:
            run(data)
        except Exception:  # noqa: BLE001, S110 - counted above
            pass
        peak_case = max(peak_case, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return {
        "importer": importer,
        "cases": cases,
        "refused": refused,
        "failures": failures,
        "slowest": timed[0][0] if timed else 0.0,
        "slowest_size": timed[0][1] if timed else 0,
        "largest": largest[0][0] if largest else 0,
        "peak_case": peak_case,
        "peak_rss": peak_rss,
    }


def _child(arguments: tuple[str, float, int, int, str | None], queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(campaign(*arguments))


def main() -> None:
    from hostile import IMPORTERS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="per importer")
    parser.add_argument("--importers", default=",".join(IMPORTERS), help="comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-size", type=int, default=1 << 20, help="largest mutated input, bytes")
    parser.add_argument("--save", help="folder for the inputs of failures and the slowest cases")
    args = parser.parse_args()
    rows: list[Row] = []
    total_failures = 0
    for importer in args.importers.split(","):
        # A fresh interpreter per importer: its peak memory is its own.
        context = multiprocessing.get_context("spawn")
        queue: multiprocessing.Queue = context.Queue()  # type: ignore[type-arg]
        process = context.Process(
            target=_child, args=((importer, args.minutes, args.seed, args.max_size, args.save), queue)
        )
        process.start()
        result = queue.get()
        process.join()
        failures = result["failures"]
        assert isinstance(failures, list)
        total_failures += len(failures)
        for failure in failures[:5]:
            print(f"--- {importer}: exception other than ImportFailed\n{failure}")
        slowest, peak_case, peak_rss = result["slowest"], result["peak_case"], result["peak_rss"]
        assert isinstance(slowest, float) and isinstance(peak_case, int) and isinstance(peak_rss, int)
        print(
            f"{importer}: {result['cases']} cases in {args.minutes:g} min, {result['refused']} refused "
            f"with ImportFailed, {len(failures)} other exceptions; slowest {slowest * 1000:.0f} ms "
            f"({result['slowest_size']} bytes); largest input {result['largest']} bytes; "
            f"peak per case {peak_case / 2**20:.1f} MB (tracemalloc); process peak {peak_rss / 2**20:.0f} MB (RSS)",
            flush=True,
        )
        rows += [
            Row(f"{importer}: cases", str(result["cases"]), "-", "-"),
            Row(f"{importer}: other exceptions", str(len(failures)), "0", verdict(not failures)),
            Row(f"{importer}: slowest case", f"{slowest * 1000:.0f} ms", "< 2000 ms", verdict(slowest < SLOW_SECONDS)),
            Row(f"{importer}: peak per case", f"{peak_case / 2**20:.1f} MB", "< 200 MB", verdict(peak_case < BIG_BYTES)),
            Row(f"{importer}: process peak RSS", f"{peak_rss / 2**20:.0f} MB", "< 200 MB", verdict(peak_rss < BIG_BYTES)),
        ]
    print()
    print_table(rows)
    sys.exit(1 if total_failures else 0)


if __name__ == "__main__":
    main()
