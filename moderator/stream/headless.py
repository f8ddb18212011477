"""``moderator serve FILE``: the stream server on a machine without a screen, without Qt.

The server runs as an instance of its own named "Stream Deck" (a co-host, so it never takes
the clock on joining). Its remote clock actions follow the co-host rules like any
instance's: they act while it controls the clock (it takes control with its first clock
action when nobody has it, or when the moderator hands it over) and are refused, with the
reason, while another instance controls it. Queue actions need no control.

An asyncio loop does what the app's Qt timers do: it reads the change feed five times a
second (a shared PostgreSQL event wakes it on its LISTEN socket at once) and says it is
alive every heartbeat.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path

from moderator.domain import cohosts
from moderator.domain.cohosts import HostRole
from moderator.domain.errors import UserError
from moderator.domain.timesource import SystemClock
from moderator.stream.config import StreamConfig
from moderator.stream.server import STREAM_DECK, StreamServer

#: How often the event file is asked whether anyone committed (as the app does).
POLL_SECONDS = 0.2


async def serve(
    store: object,
    config: StreamConfig,
    *,
    ready: Callable[[StreamServer], None] | None = None,
    stop: asyncio.Event | None = None,
    problem: Callable[[str], None] | None = None,
) -> None:
    """Serve the event in ``store`` until ``stop`` is set (or the task is cancelled)."""
    from moderator.app.service import EventService
    from moderator.persistence import EventStore

    assert isinstance(store, EventStore)
    service = EventService(store, SystemClock(), name=STREAM_DECK, role=HostRole.COHOST)
    service.join()
    server = StreamServer(service, config, problem=problem)
    await server.start()
    loop = asyncio.get_running_loop()
    wake = asyncio.Event()
    fileno = getattr(service.watcher, "fileno", None)
    if fileno is not None:
        loop.add_reader(fileno(), wake.set)
    if ready is not None:
        ready(server)
    stop = stop or asyncio.Event()
    beat = loop.time()
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), POLL_SECONDS)
            wake.clear()
            try:
                if not service.online:
                    service.reconnect()
                service.refresh()
                if loop.time() - beat >= cohosts.HEARTBEAT.total_seconds():
                    beat = loop.time()
                    service.heartbeat()
            except UserError as error:
                if problem is not None:
                    problem(error.message)
    finally:
        if fileno is not None:
            with contextlib.suppress(Exception):
                loop.remove_reader(fileno())
        await server.close()
        service.close()


def default_config(location: Path | str) -> StreamConfig:
    """The event's stream set-up (see :mod:`moderator.stream.config`)."""
    from moderator.stream.config import config_path, load_config

    return load_config(config_path(location))
