"""Automations: on a moment of the show, send an OSC message or an HTTP request.

:func:`moments` compares two :func:`show states <moderator.stream.state.show_state>` and
names what happened between them (a slot started or ended, the clock's phase changed, the
floor was handed on, a question went on air). :class:`Automations` fills each matching
automation's template with the state's fields and sends it in the background: a slow or
failing target never holds the show, it is reported through ``problem`` (the cockpit's
banner, or the console of ``moderator serve``).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast
from urllib.parse import quote

from moderator.stream.config import Automation
from moderator.stream.state import State

log = logging.getLogger("moderator.stream")

#: An HTTP target gets this long to answer.
HTTP_TIMEOUT_SECONDS = 3.0
_FIELD = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


def fields(state: State) -> dict[str, str]:
    """The template fields of ``state``: ``slot.title``, ``speaker.name``, ``phase``, ..."""
    flat: dict[str, str] = {"phase": str(state["clock"]["phase"]), "event.title": state["event"]["title"]}
    for part in ("slot", "next_slot", "speaker", "question"):
        value = state.get(part) or {}
        for key, item in value.items():
            if isinstance(item, str | int | float) and not isinstance(item, bool):
                flat[f"{part}.{key}"] = str(item)
    return flat


def fill(template: str, values: dict[str, str], *, escape: Callable[[str], str] = str) -> str:
    """``template`` with each ``{field}`` replaced (an unknown or empty field gives "")."""
    return _FIELD.sub(lambda match: escape(values.get(match.group(1), "")), template)


def _id(part: dict[str, Any] | None) -> object:
    return None if part is None else part.get("id")


def moments(before: State | None, after: State) -> Iterator[tuple[str, str]]:
    """What happened from ``before`` to ``after``: (trigger, phase) pairs."""
    if before is None:
        return
    if _id(before["slot"]) != _id(after["slot"]) or before["clock"]["started"] != after["clock"]["started"]:
        if before["clock"]["started"] and before["slot"] is not None:
            yield "slot_end", after["clock"]["phase"]
        if after["clock"]["started"] and not after["clock"]["ended"] and after["slot"] is not None:
            yield "slot_start", after["clock"]["phase"]
    elif before["clock"]["ended"] != after["clock"]["ended"] and after["clock"]["ended"]:
        yield "slot_end", after["clock"]["phase"]
    if before["clock"]["phase"] != after["clock"]["phase"]:
        yield "phase", after["clock"]["phase"]
    if _id(before["speaker"]) != _id(after["speaker"]):
        yield "handoff", after["clock"]["phase"]
    if _id(after["question"]) is not None and _id(before["question"]) != _id(after["question"]):
        yield "question", after["clock"]["phase"]


class Automations:
    """Sends what the event's automations ask for, as the show's state changes."""

    def __init__(self, automations: tuple[Automation, ...], problem: Callable[[str], None]) -> None:
        self.automations = automations
        self.problem = problem
        self._last: State | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: Any = None
        self._pool: ThreadPoolExecutor | None = None
        #: What was sent, for the tests and the log: (trigger, description).
        self.sent: list[tuple[str, str]] = []

    def observe(self, state: State) -> None:
        """Compare with the last state seen; fire the automations of what happened."""
        before, self._last = self._last, state
        if not self.automations:
            return
        values = fields(state)
        for trigger, phase in moments(before, state):
            for automation in self.automations:
                if automation.on != trigger or (trigger == "phase" and automation.phase not in ("", phase)):
                    continue
                task = asyncio.get_running_loop().create_task(self._send(automation, trigger, values))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _send(self, automation: Automation, trigger: str, values: dict[str, str]) -> None:
        if automation.osc is not None:
            what, send = self._osc(automation.osc, values)
        else:
            assert automation.http is not None
            what, send = self._http_request(automation.http, values)
        try:
            await send()
            self.sent.append((trigger, what))
        except Exception as error:  # noqa: BLE001 - any failure of a target is reported, never raised
            log.warning("automation %s (%s) failed: %r", trigger, what, error)
            reason = str(error) or type(error).__name__
            self.problem(f"{trigger}: {what} — {reason}")

    def _osc(self, osc: dict[str, Any], values: dict[str, str]) -> tuple[str, Callable[[], Awaitable[None]]]:
        from pythonosc.udp_client import SimpleUDPClient

        host, port = str(osc.get("host", "127.0.0.1")), int(osc["port"])
        address = fill(str(osc["address"]), values)
        args = [fill(arg, values) if isinstance(arg, str) else arg for arg in osc.get("args", [])]

        def send() -> None:  # resolving the host name may block: off the loop
            with SimpleUDPClient(host, port) as client:
                cast(SimpleUDPClient, client).send_message(address, args)

        async def run() -> None:
            if self._pool is None:
                # NOTE: a pool of our own: qasync's default executor runs QThreads, which
                # abort the interpreter when the app exits while one is alive.
                self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="automation-osc")
            await asyncio.get_running_loop().run_in_executor(self._pool, send)

        return f"OSC {host}:{port}{address}", run

    def _http_request(self, http: dict[str, Any], values: dict[str, str]) -> tuple[str, Callable[[], Awaitable[None]]]:
        method = str(http.get("method", "GET")).upper()
        url = fill(str(http["url"]), values, escape=lambda text: quote(text, safe=""))
        kwargs: dict[str, Any] = {}
        if "json" in http:
            kwargs["json"] = _fill_json(http["json"], values)
        elif "body" in http:
            kwargs["data"] = fill(str(http["body"]), values).encode("utf-8")

        async def run() -> None:
            import aiohttp

            if self._http is None or self._http.closed:
                self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS))
            async with self._http.request(method, url, **kwargs) as response:
                if response.status >= 400:
                    raise RuntimeError(f"HTTP {response.status}")

        return f"{method} {url.split('?')[0]}", run

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._http is not None:
            await self._http.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False)


def _fill_json(value: object, values: dict[str, str]) -> object:
    if isinstance(value, str):
        return fill(value, values)
    if isinstance(value, list):
        return [_fill_json(item, values) for item in value]
    if isinstance(value, dict):
        return {key: _fill_json(item, values) for key, item in value.items()}
    return value
