"""The audience page under load: 500 phones sending questions and votes while the show runs.

Run it from the project folder (Qt runs offscreen; nothing is shown)::

    .venv/bin/python tests/benchmarks/bench_audience.py \\
        [--clients 500] [--questions 2000] [--votes 10000] [--seconds 60] [--idle-seconds 20] [--seeded 60]

It prints the figures, then a table with a target and a verdict per figure. It is a
benchmark, not a test: it asserts nothing and never runs under pytest.

The cockpit is the real one in this process: the seed-like event file
(``tests/helpers.make_event_file``), an ``EventSession`` on the system clock, a
``CockpitWindow`` (1366x768, offscreen) with the show started, and the stream server started
by the app's ``StreamHost`` on the qasync loop, serving the cockpit's own service: every
audience request is handled on the GUI thread, as in the app. ``--seeded`` questions are
added and accepted first, so the audience has something to vote for.

1. Idle: ``--idle-seconds`` with the server up and no client. A 100 ms ``PreciseTimer`` on
   the GUI thread stamps each tick; tick lag = interval - 100 ms (what a key press or the
   countdown's repaint would wait). CPU = this process's CPU time / wall time.
2. Load: a separate process (``--client`` mode of this script, so its CPU is not counted)
   runs ``--clients`` audience clients with aiohttp, each with its own cookie jar and its
   own address (``X-Forwarded-For`` from loopback, as behind a proxy: the per-address
   limit then applies per client, as it would for phones). Each loads the page's state,
   opens the page's WebSocket (and reads every push), then sends its share of the
   questions and of the votes (distinct accepted questions) at instants spread uniformly
   over ``--seconds``. ``audience_max_pending`` is raised above ``--questions`` (the cap
   is for floods, not for this count). The same tick lag and CPU are measured over the
   load window.
3. Submission-to-queue: each client stamps ``time.time()`` before its POST; a listener on
   the cockpit's service (subscribed after the cockpit's own, so the queue model has
   already been updated when it runs) stamps when each question is first in the
   snapshot. Latency = that - the client's stamp (one machine, one clock).
4. None lost, none duplicated: after the load, the event file is read afresh; every
   question answered 200 must be there once (by its unique text), and the seeded
   questions' votes must equal the votes answered 200.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

TOKEN = "bench-audience"
TICK_MS = 100


# -- the audience (a separate process) -----------------------------------------------------------


async def _one_client(index: int, base: str, plan: list[tuple[float, str, str]], start_box: list[float],
                      out: dict[str, list[Any]], ready: asyncio.Event, connected: list[int]) -> None:
    import aiohttp

    headers = {"X-Forwarded-For": f"10.{index // 250}.{index % 250}.1", "Accept": "application/json"}
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), headers=headers, timeout=timeout) as http:
        async with http.get(base + "state") as response:
            csrf = (await response.json())["csrf"]
        socket = await http.ws_connect(base + "ws")
        pushes = 0

        async def read() -> None:
            nonlocal pushes
            async for _ in socket:
                pushes += 1

        reader = asyncio.ensure_future(read())
        connected.append(index)
        await ready.wait()
        start = start_box[0]  # set by the time every client is connected
        for at, kind, value in plan:
            delay = start + at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            sent = time.time()
            try:
                if kind == "q":
                    data = {"csrf": csrf, "text": value, "nonce": value[-12:], "name": f"Client {index}"}
                    async with http.post(base + "question", data=data) as response:
                        status = response.status
                        await response.read()
                    out["questions"].append([value, sent, time.time(), status])
                else:
                    async with http.post(base + "vote", data={"csrf": csrf, "id": value}) as response:
                        status = response.status
                        await response.read()
                    out["votes"].append([int(value), sent, time.time(), status])
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                out["errors"].append(f"{kind}: {error!r}")
        await socket.close()
        reader.cancel()
        out["pushes"].append(pushes)


async def _clients(args: argparse.Namespace) -> None:
    seeded = [str(i) for i in json.loads(args.seeded_ids)]
    base = f"http://127.0.0.1:{args.port}/a/{TOKEN}/"
    rng = random.Random(16)
    plans: list[list[tuple[float, str, str]]] = [[] for _ in range(args.clients)]
    for n in range(args.questions):
        client = n % args.clients
        plans[client].append((rng.uniform(0, args.seconds), "q", f"bench question {n} from {client} {rng.getrandbits(48):012x}"))
    per_client = args.votes // args.clients
    for client in range(args.clients):
        for question_id in rng.sample(seeded, min(per_client, len(seeded))):
            plans[client].append((rng.uniform(0, args.seconds), "v", question_id))
    for plan in plans:
        plan.sort()
    out: dict[str, list[Any]] = {"questions": [], "votes": [], "errors": [], "pushes": []}
    ready = asyncio.Event()
    connected: list[int] = []
    connect_start = time.time()
    start_box: list[float] = [0.0]

    async def run(index: int) -> None:
        await _one_client(index, base, plans[index], start_box, out, ready, connected)

    tasks = [asyncio.ensure_future(run(i)) for i in range(args.clients)]
    while len(connected) < args.clients and time.time() - connect_start < 120:
        await asyncio.sleep(0.05)
    start_box[0] = time.time() + 0.5
    out["connect_seconds"] = [time.time() - connect_start]
    out["start"] = [start_box[0]]
    ready.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    Path(args.out).write_text(json.dumps(out), encoding="utf-8")


# -- the cockpit (this process) -----------------------------------------------------------------------


def _figures(lags: list[float]) -> tuple[float, float, float]:
    from report import percentile

    if not lags:
        return 0.0, 0.0, 0.0
    ordered = sorted(lags)
    return percentile(ordered, 0.5), percentile(ordered, 0.95), ordered[-1]


def main() -> int:  # noqa: C901, PLR0915 - one story, told in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--votes", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    parser.add_argument("--seeded", type=int, default=60)
    parser.add_argument("--profile", action="store_true", help="profile the cockpit's thread under load")
    parser.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--seeded-ids", default="[]", help=argparse.SUPPRESS)
    parser.add_argument("--out", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        asyncio.run(_clients(args))
        return 0

    import qasync
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from helpers import make_event_file
    from moderator.app import operations as ops
    from moderator.domain import queue_ops
    from moderator.domain.model import Question, QuestionSource, QuestionStatus
    from moderator.domain.timesource import SystemClock
    from moderator.persistence import EventStore
    from moderator.stream.config import StreamConfig, config_path, save_config
    from moderator.ui.event_session import EventSession
    from moderator.ui.main_window import CockpitWindow
    from moderator.ui.settings import Settings
    from moderator.ui.stream_panel import StreamHost
    from report import Row, print_table, verdict

    folder = Path(tempfile.mkdtemp(prefix="bench-audience-"))
    path = make_event_file(folder)
    save_config(StreamConfig(port=0, osc_port=0, audience_token=TOKEN,
                             audience_max_pending=args.questions + 100, path=config_path(path)))
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    session = EventSession(EventStore.open(path), SystemClock())
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    window = CockpitWindow(session, settings)
    window.resize(1366, 768)
    window.show()
    service = session.service
    now = SystemClock().now()
    service.run(ops.AddQuestions.of([
        Question(text=f"Seeded question {n}: what does open data cost a town?", created_at=now,
                 source=QuestionSource.CHAT) for n in range(args.seeded)
    ]))
    seeded_ids = [q.id for q in service.snapshot.questions if q.text.startswith("Seeded question")]
    for question_id in seeded_ids:
        service.run(ops.ChangeQueue(queue_ops.SetStatus(question_id or 0, QuestionStatus.QUEUED)))
    service.run(ops.StartShow())
    host = StreamHost()

    async def serve() -> None:
        task = host.start(session)  # on the running loop, as the app does after the first paint
        assert task is not None
        await task

    loop.run_until_complete(serve())
    assert host.server is not None, host.error
    assert host.server.audience is not None
    port = host.server.audience.port  # the page's own port

    appeared: dict[str, float] = {}
    known = {q.id for q in service.snapshot.questions}

    def listener(changes: object) -> None:
        stamp = time.time()
        for question in service.snapshot.questions:
            if question.id not in known:
                known.add(question.id)
                appeared[question.text] = stamp

    service.subscribe(listener)

    lags: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        stamp = time.perf_counter()
        lags.append(max(0.0, (stamp - last[0]) * 1000 - TICK_MS))
        last[0] = stamp

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)

    def measure(seconds: float | None, until: Any = None) -> tuple[list[float], float, float]:
        lags.clear()
        last[0] = time.perf_counter()
        cpu0, wall0 = time.process_time(), time.perf_counter()

        async def wait() -> None:
            if until is None:
                await asyncio.sleep(seconds or 0)
            else:
                while until() is None:
                    await asyncio.sleep(0.2)

        loop.run_until_complete(wait())
        wall = time.perf_counter() - wall0
        return list(lags), (time.process_time() - cpu0) / wall * 100, wall

    print(f"cockpit up, server on port {port}; idle for {args.idle_seconds:g} s ...", flush=True)
    idle_lags, idle_cpu, _ = measure(args.idle_seconds)
    out = folder / "clients.json"
    print(f"{args.clients} clients: {args.questions} questions, {args.votes} votes over {args.seconds:g} s ...", flush=True)
    client = subprocess.Popen([
        sys.executable, __file__, "--client", "--port", str(port), "--clients", str(args.clients),
        "--questions", str(args.questions), "--votes", str(args.votes), "--seconds", str(args.seconds),
        "--seeded-ids", json.dumps(seeded_ids), "--out", str(out),
    ])
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    load_lags, load_cpu, load_wall = measure(None, until=client.poll)
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    # Let the last batch land and the listener see it.
    loop.run_until_complete(asyncio.sleep(1.0))
    timer.stop()
    results = json.loads(out.read_text(encoding="utf-8"))
    loop.run_until_complete(host.stop())

    asked = results["questions"]
    accepted = [row for row in asked if row[3] == 200]
    refused = [row for row in asked if row[3] != 200]
    votes_ok = [row for row in results["votes"] if row[3] == 200]
    votes_refused = [row for row in results["votes"] if row[3] != 200]
    latencies = sorted((appeared[text] - sent) * 1000 for text, sent, _, status in accepted if text in appeared)
    round_trips = sorted((done - sent) * 1000 for _, sent, done, _ in accepted)
    store = EventStore.open(path)
    stored = [q for q in store.questions() if q.source is QuestionSource.AUDIENCE]
    texts = [q.text for q in stored]
    missing = [row[0] for row in accepted if row[0] not in set(texts)]
    duplicated = len(texts) - len(set(texts))
    extra = len(set(texts) - {row[0] for row in accepted})
    seeded_votes = sum(q.votes for q in store.questions() if q.id in set(seeded_ids))
    store.close()
    session.close()

    idle = _figures(idle_lags)
    load = _figures(load_lags)
    p50, p95, worst = _figures(latencies)
    rt50, rt95, _ = _figures(round_trips)
    print()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end (shared with other work)")
    print(f"clients connected in {results['connect_seconds'][0]:.1f} s; load window {load_wall:.1f} s; "
          f"WebSocket pushes received: {sum(results['pushes'])} ({len(results['pushes'])} sockets)")
    print(f"questions: {len(accepted)} accepted, {len(refused)} refused "
          f"({sorted({row[3] for row in refused})}), {len(results['errors'])} client errors")
    print(f"votes: {len(votes_ok)} counted, {len(votes_refused)} refused ({sorted({row[3] for row in votes_refused})})")
    print(f"stored audience questions: {len(stored)}; missing {len(missing)}, duplicated {duplicated}, unexpected {extra}")
    print(f"seeded questions' votes in the file: {seeded_votes} (counted answers: {len(votes_ok)})")
    print(f"tick lag idle:  median {idle[0]:.1f} ms, p95 {idle[1]:.1f} ms, max {idle[2]:.1f} ms; CPU {idle_cpu:.1f} %")
    print(f"tick lag load:  median {load[0]:.1f} ms, p95 {load[1]:.1f} ms, max {load[2]:.1f} ms; CPU {load_cpu:.1f} %")
    print(f"submission-to-queue: median {p50:.0f} ms, p95 {p95:.0f} ms, max {worst:.0f} ms ({len(latencies)} samples)")
    print(f"HTTP round trip of a question: median {rt50:.0f} ms, p95 {rt95:.0f} ms")
    if results["errors"]:
        print("first client errors:", results["errors"][:5])
    print()
    print_table([
        Row("questions sent and taken", f"{len(accepted)} of {args.questions}", "all", verdict(len(accepted) == args.questions)),
        Row("votes sent and taken", f"{len(votes_ok)} of {args.votes}", "all",
            verdict(len(votes_ok) == args.clients * min(args.votes // args.clients, args.seeded))),
        Row("questions lost", str(len(missing)), "0", verdict(not missing)),
        Row("questions duplicated", str(duplicated), "0", verdict(duplicated == 0)),
        Row("votes lost or extra", str(abs(seeded_votes - len(votes_ok))), "0", verdict(seeded_votes == len(votes_ok))),
        Row("tick lag p95, load vs idle", f"{load[1]:.1f} vs {idle[1]:.1f} ms", "within 10 %",
            verdict(load[1] <= idle[1] * 1.1 + 1.0)),
        Row("CPU, load vs idle", f"{load_cpu:.1f} vs {idle_cpu:.1f} %", "within 10 %", verdict(load_cpu <= idle_cpu * 1.1)),
        Row("submission-to-queue p95", f"{p95:.0f} ms", "<= 300 ms", verdict(p95 <= 300)),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
