"""A network link with latency: a TCP relay that holds every byte ``--delay-ms`` each way.

Why a relay: the issue asks for a network namespace with ``tc qdisc … netem delay``; in
this container ``ip netns`` and veth pairs work, but the kernel has no ``sch_netem`` (``tc``
answers "Specified qdisc kind is unknown", and modules cannot be loaded), so the delay is
added here instead. Each chunk is forwarded ``delay`` after it arrived, in order, in both
directions, which is what netem's fixed delay does to a connection (no bandwidth limit, no
loss). It runs in a process of its own, so the measured app's GIL never delays the link.

It also counts **round trips**: a turn of a connection's conversation, the client speaking
again after the server answered (the first request counts too). A statement that waits for
its answer is one; a batch of statements sent at once (a pipeline, a multi-statement
query) is one; a notification the server pushes costs none.

Run::

    python tests/delayed_link.py --target HOST:PORT --delay-ms 10

It prints the port it listens on (127.0.0.1), then answers lines on stdin: ``stats``
prints one JSON line (``round_trips``, ``connections``, ``bytes_up``, ``bytes_down``),
``reset`` zeroes the counters (and answers ``{}``). It ends when stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import IO

COUNTERS = {"round_trips": 0, "connections": 0, "bytes_up": 0, "bytes_down": 0}


class _Side(asyncio.Protocol):
    """One end of a relayed connection; what it receives goes to ``peer`` after the delay."""

    def __init__(self, delay: float, up: bool, turn: dict[str, bool]) -> None:
        self.delay = delay
        self.up = up  # client -> server
        self.turn = turn
        self.transport: asyncio.Transport | None = None
        self.peer: _Side | None = None
        self.early: list[bytes] = []
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.up:
            COUNTERS["bytes_up"] += len(data)
            if self.turn["server_spoke"]:
                COUNTERS["round_trips"] += 1
                self.turn["server_spoke"] = False
        else:
            COUNTERS["bytes_down"] += len(data)
            self.turn["server_spoke"] = True
        loop = asyncio.get_running_loop()
        loop.call_at(loop.time() + self.delay, self._deliver, data)

    def _deliver(self, data: bytes) -> None:
        peer = self.peer
        if peer is None or peer.transport is None:
            self.early.append(data)
        elif not peer.closed:
            peer.transport.write(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        loop = asyncio.get_running_loop()
        # The close travels the link too, after what was sent before it.
        loop.call_at(loop.time() + self.delay, self._close_peer)

    def _close_peer(self) -> None:
        if self.peer is not None and self.peer.transport is not None and not self.peer.closed:
            self.peer.transport.close()


async def _serve(target_host: str, target_port: int, delay: float) -> asyncio.Server:
    loop = asyncio.get_running_loop()

    def client_side() -> _Side:
        turn = {"server_spoke": True}
        client = _Side(delay, up=True, turn=turn)
        COUNTERS["connections"] += 1

        async def connect() -> None:
            try:
                _transport, server = await loop.create_connection(
                    lambda: _Side(delay, up=False, turn=turn), target_host, target_port
                )
            except OSError:
                if client.transport is not None:
                    client.transport.close()
                return
            assert isinstance(server, _Side)
            client.peer, server.peer = server, client
            for data in client.early:
                if server.transport is not None:
                    server.transport.write(data)
            client.early.clear()

        # Connecting to the server is one more crossing of the link.
        loop.call_later(delay, lambda: asyncio.ensure_future(connect()))
        return client

    return await loop.create_server(client_side, "127.0.0.1", 0)


async def _main(target: str, delay_ms: float) -> None:
    host, _, port = target.rpartition(":")
    server = await _serve(host or "127.0.0.1", int(port), delay_ms / 1000)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode().strip()
        if command == "stats":
            print(json.dumps(COUNTERS), flush=True)
        elif command == "reset":
            for key in COUNTERS:
                COUNTERS[key] = 0
            print("{}", flush=True)
    server.close()


class DelayedLink:
    """The relay as a child process, for benchmarks and tests (``with DelayedLink(...)``)."""

    def __init__(self, target_host: str, target_port: int, delay_ms: float) -> None:
        self.delay_ms = delay_ms
        self.command = [sys.executable, str(Path(__file__).resolve()), "--target",
                        f"{target_host}:{target_port}", "--delay-ms", f"{delay_ms:g}"]
        self._process = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        stdout: IO[str] | None = self._process.stdout
        assert stdout is not None
        self.port = int(stdout.readline())

    def address(self, url: str) -> str:
        """``url`` (a ``postgresql://user@host:port/db`` address) through this link."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        user = f"{parts.username}@" if parts.username else ""
        return urlunsplit((parts.scheme, f"{user}127.0.0.1:{self.port}", parts.path, parts.query, ""))

    def stats(self) -> dict[str, int]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write("stats\n")
        self._process.stdin.flush()
        return dict(json.loads(self._process.stdout.readline()))

    def reset(self) -> None:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write("reset\n")
        self._process.stdin.flush()
        self._process.stdout.readline()  # done: what is counted next is after the reset

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> DelayedLink:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--target", required=True, help="HOST:PORT of the server")
    parser.add_argument("--delay-ms", type=float, required=True, help="delay each way, ms")
    args = parser.parse_args()
    asyncio.run(_main(args.target, args.delay_ms))
