"""CPU of the running cockpit while the show counts, measured from outside the process.

Run it from the project folder::

    uv run python tests/benchmarks/bench_idle_cpu.py [--seconds 60] [--compare OTHER_CHECKOUT]

A fresh event file is made from the sample (``python -m moderator new FILE --from
resources/sample/...json``) and its show started (``python -m moderator control FILE
start``); then the real command ``python -m moderator FILE`` runs (on ``$DISPLAY`` if set,
e.g. Xvfb, otherwise ``QT_QPA_PLATFORM=offscreen``), with its settings and data in a
throwaway folder. After a warm-up (start-up, the writer's preload, joining the co-hosts,
the stream server) the script reads the process's ``utime + stime`` from
``/proc/PID/stat`` (all its threads), waits ``--seconds`` and reads it again: the CPU
time over the wall time, as a percentage of one core [target: <= 0.5 %].

With ``--compare DIR`` the same command runs at the same time from another checkout (e.g.
``git worktree add /tmp/before main``), each on its own copy of the started event, so that
before and after see the same machine load. It asserts nothing and never runs under pytest.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from report import Row, print_table, verdict

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_JSON = ROOT / "resources" / "sample" / "innovators-lounge-2021-06-09.json"
TARGET_PERCENT = 0.5
WARMUP_S = 10.0
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of ``pid`` (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime field 14, stime field 15 (1-based).
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND


def run_checked(argv: Sequence[str], cwd: Path, env: Mapping[str, str]) -> None:
    done = subprocess.run(argv, cwd=cwd, env=dict(env), capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time (default 60)")
    parser.add_argument("--warmup", type=float, default=WARMUP_S,
                        help=f"seconds after the start before measuring (default {WARMUP_S:g})")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another checkout to run beside this one, at the same time")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-idle-cpu-") as temp:
        folder = Path(temp)
        env = dict(os.environ)
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
        env["QT_API"] = "pyside6"
        env["XDG_DATA_HOME"] = str(folder / "data")
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        event = folder / "live.moderator"
        run_checked([sys.executable, "-m", "moderator", "new", str(event), "--from",
                     str(SAMPLE_JSON)], ROOT, env)
        run_checked([sys.executable, "-m", "moderator", "control", str(event), "start"], ROOT, env)
        checkouts = [ROOT, *(path.resolve() for path in args.compare)]
        platform = (f"DISPLAY={env['DISPLAY']}" if env.get("DISPLAY")
                    else "QT_QPA_PLATFORM=offscreen")
        print(f"{os.cpu_count()} CPUs, {platform}, load average "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        print(f"$ python -m moderator new {event} --from {SAMPLE_JSON.relative_to(ROOT)}")
        print(f"$ python -m moderator control {event} start")
        children: list[tuple[Path, subprocess.Popen[str]]] = []
        for index, checkout in enumerate(checkouts):
            copy = folder / f"live-{index}.moderator"
            shutil.copyfile(event, copy)
            child_env = dict(env, XDG_DATA_HOME=str(folder / f"data-{index}"),
                             XDG_CONFIG_HOME=str(folder / f"config-{index}"))
            print(f"$ (cd {checkout} && python -m moderator {copy})")
            children.append((checkout, subprocess.Popen(
                [sys.executable, "-m", "moderator", str(copy)], cwd=checkout, env=child_env,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)))
        try:
            time.sleep(args.warmup)
            for checkout, child in children:
                if child.poll() is not None:
                    raise SystemExit(f"{checkout}: the app ended ({child.returncode}):\n"
                                     f"{child.stderr.read() if child.stderr else ''}")
            started = time.monotonic()
            before = [cpu_seconds(child.pid) for _checkout, child in children]
            time.sleep(args.seconds)
            after = [cpu_seconds(child.pid) for _checkout, child in children]
            wall = time.monotonic() - started
        finally:
            for _checkout, child in children:
                child.send_signal(signal.SIGKILL)
                child.communicate()
        print(f"{wall:.1f} s measured after {args.warmup:g} s warm-up; load average now "
              f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        rows = []
        for (checkout, _child), start, end in zip(children, before, after, strict=True):
            percent = 100 * (end - start) / wall
            rows.append(Row(f"CPU of python -m moderator FILE ({checkout})",
                            f"{percent:.3f} % of one core ({1000 * (end - start):.0f} ms)",
                            f"<= {TARGET_PERCENT:g} %", verdict(percent <= TARGET_PERCENT)))
        print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
