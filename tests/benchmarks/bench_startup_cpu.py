"""Start-up in CPU time: what the process itself spends until the cockpit's first paint.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    uv run python tests/benchmarks/bench_startup_cpu.py [--runs 10] [--compare DIR]

Wall-clock start-up figures on this shared 2-core machine move with the other processes'
load (the bare window alone ranged from 126 to 395 ms in one run); the CPU time a process
spends until its first paint (``time.process_time()``, all its threads) moves much less,
so before/after comparisons rest on it. Fresh processes, the order rotating each round,
one warm-up round dropped (it also fills the bytecode cache, ``PYTHONPYCACHEPREFIX`` in the
temp folder, as an installed app runs from cached bytecode):

- bare: ``import PySide6.QtWidgets``, a ``QApplication``, a 1280x800 ``QMainWindow`` with a
  ``QLabel``, ``show()`` and one paint; the floor any PySide6 app pays;
- cockpit: the real entry, ``moderator.cli.main([FILE])`` on the sample event, until
  ``run_app``'s wait for the first paint has ended (``_until_first_paint`` is wrapped once
  the entry itself has imported ``moderator.ui.app``, so gui_main's own set-up counts);
- with ``--compare DIR``: the same cockpit from another checkout (e.g. ``git worktree add
  /tmp/before main``), for before and after in one run.

Printed: the CPU milliseconds of each run, the median and p90 per command, and the ratio
of the medians to the bare window's [target: <= 2x, the issue's start-up figure]. It
asserts nothing and never runs under pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from report import Row, percentile, print_table, verdict

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JSON = ROOT / "resources" / "sample" / "innovators-lounge-2021-06-09.json"
TARGET_RATIO = 2.0

BARE_SCRIPT = """import os, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):  # as run_app waits for the cockpit's: a Paint, then a zero timer
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(time.process_time() * 1000, flush=True)
        os._exit(0)


app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1280, 800)
window.show()
probe = FirstPaint()
window.installEventFilter(probe)
app.exec()
"""

COCKPIT_SCRIPT = """import importlib.machinery, os, sys, time


class AfterAppImport:
    def find_spec(self, name, path, target=None):
        if name != "moderator.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            until_first_paint = module._until_first_paint

            def measured(window):
                until_first_paint(window)
                print(time.process_time() * 1000, flush=True)
                os._exit(0)

            module._until_first_paint = measured

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, AfterAppImport())
from moderator.cli import main
main([sys.argv[1]])
"""


def cpu_ms(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(argv[:2])} in {cwd} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return float(lines[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--compare", type=Path, help="another checkout's cockpit as a third command")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-startup-cpu-") as temp:
        folder = Path(temp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        sample = folder / "sample.moderator"
        subprocess.run([sys.executable, "-m", "moderator", "new", str(sample), "--from", str(SAMPLE_JSON)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        cases: dict[str, tuple[list[str], Path, dict[str, str]]] = {
            "bare PySide6 window": ([sys.executable, "-c", BARE_SCRIPT], ROOT, env),
            "cockpit, real entry": ([sys.executable, "-c", COCKPIT_SCRIPT, str(sample)], ROOT, env),
        }
        if args.compare is not None:
            other = args.compare.resolve()
            # `python -c` puts the working folder first on sys.path: that checkout's moderator.
            cases[f"cockpit in {other}"] = ([sys.executable, "-c", COCKPIT_SCRIPT, str(sample)], other,
                                            {**env, "PYTHONPATH": str(other)})
        print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        results: dict[str, list[float]] = {name: [] for name in cases}
        names = list(cases)
        for round_ in range(args.runs + 1):
            order = names[round_ % len(names):] + names[:round_ % len(names)]
            for name in order:
                value = cpu_ms(*cases[name])
                if round_:
                    results[name].append(value)
        print(f"{args.runs} rounds after 1 warm-up, order rotating; load average now "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print("CPU ms to the first paint:")
        for name, values in results.items():
            print(f"  {name:<40} " + " ".join(f"{value:5.0f}" for value in values))
        bare = statistics.median(results[names[0]])
        rows = [Row(f"CPU to first paint, {names[0]}", f"median {bare:.0f} ms, p90 {percentile(results[names[0]], 0.9):.0f} ms",
                    "(baseline)", "-")]
        for name in names[1:]:
            median = statistics.median(results[name])
            ratio = median / bare
            rows.append(Row(f"CPU to first paint, {name}",
                            f"median {median:.0f} ms, p90 {percentile(results[name], 0.9):.0f} ms, {ratio:.2f}x bare",
                            f"<= {TARGET_RATIO:g}x bare", verdict(ratio <= TARGET_RATIO)))
        print()
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
