"""What the integrity check before the first write of a session costs.

Run it from the project folder::

    .venv/bin/python tests/benchmarks/bench_integrity.py [--questions 10000] [--runs 20]

Builds an event file of the seed-like run sheet with ``--questions`` audience questions
(10,000 is the queue benchmark's event, far beyond a real show), then times
``PRAGMA quick_check`` on it (median and worst of ``--runs``, each on a fresh connection,
as a session would run it) and the whole ``EventStore.open`` that includes it, next to
the file's size. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpers import seed_like_draft  # noqa: E402
from report import Row, print_table, verdict  # noqa: E402

from moderator.domain.model import Question  # noqa: E402
from moderator.persistence import EventStore  # noqa: E402
from moderator.persistence.files import connect_file, quick_check  # noqa: E402

NOW = datetime(2021, 6, 9, 12, 0, tzinfo=timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.moderator"
        store = EventStore.create(path, seed_like_draft())
        drafts = [
            Question(
                text=f"Frage {n}: Wie lässt sich Open Government in einer kleinen Gemeinde umsetzen?",
                created_at=NOW, asked_by=f"Person {n}", organisation=f"Gemeinde {n % 300}",
            )
            for n in range(args.questions)
        ]  # fmt: skip
        store.add_questions(drafts, now=NOW)
        store.close()
        size = path.stat().st_size
        checks, opens = [], []
        for _ in range(args.runs):
            connection = connect_file(path, read_only=False)
            started = time.perf_counter()
            assert quick_check(connection)
            checks.append(time.perf_counter() - started)
            connection.close()
            started = time.perf_counter()
            EventStore.open(path).close()
            opens.append(time.perf_counter() - started)
        print(f"event file: {args.questions} questions, {size / 1024 / 1024:.1f} MB, sqlite {sqlite3.sqlite_version}")
        median = statistics.median(checks) * 1000
        print_table(
            [
                Row("quick_check, median", f"{median:.1f} ms", "<= 50 ms", verdict(median <= 50)),
                Row("quick_check, worst", f"{max(checks) * 1000:.1f} ms", "-", "-"),
                Row("EventStore.open with it, median", f"{statistics.median(opens) * 1000:.1f} ms", "-", "-"),
            ]
        )


if __name__ == "__main__":
    main()
