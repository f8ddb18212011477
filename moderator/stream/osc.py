"""OSC for Companion, QLab and sound desks: ``/moderator/<action> [value] [position]``.

The same actions as ``POST /api/<action>`` (:data:`moderator.app.control.REMOTE_ACTIONS`),
received on UDP with python-osc and run through the stream server, so through the one
command path as "Stream Deck". OSC has no headers: on the LAN the token is part of the
address, ``/moderator/<token>/<action>``; with LAN off only this computer is heard.

OSC cannot answer a request; what an action did shows in the state (``GET /api/state``,
the WebSocket), and a refused one is logged.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import TYPE_CHECKING, Any, cast

from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import AsyncIOOSCUDPServer

from moderator.domain.errors import UserError

if TYPE_CHECKING:
    from moderator.stream.server import StreamServer

log = logging.getLogger("moderator.stream")

PREFIX = "/moderator/"


class OscServer:
    """Receives OSC actions for a :class:`StreamServer`."""

    def __init__(self, stream: StreamServer, host: str, port: int) -> None:
        self.stream = stream
        self.host = host
        self.port = port
        self._transport: asyncio.DatagramTransport | None = None
        #: The last few outcomes, newest last: (address, error message or "").
        self.outcomes: list[tuple[str, str]] = []

    async def start(self) -> None:
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(self._received, needs_reply_address=True)
        loop = cast(asyncio.BaseEventLoop, asyncio.get_running_loop())  # the stubs ask for the base class
        server = AsyncIOOSCUDPServer((self.host, self.port), dispatcher, loop)
        transport, _protocol = await server.create_serve_endpoint()
        self._transport = cast(asyncio.DatagramTransport, transport)
        self.port = transport.get_extra_info("sockname")[1]

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def action_of(self, address: str) -> str | None:
        """The action an OSC address names, or None (wrong prefix, or the token missing)."""
        if not address.startswith(PREFIX):
            return None
        parts = address[len(PREFIX):].split("/")
        if self.stream.config.lan:
            if len(parts) != 2 or not self.stream.config.token:
                return None
            if not hmac.compare_digest(parts[0].encode(), self.stream.config.token.encode()):
                return None
            parts = parts[1:]
        return parts[0] if len(parts) == 1 and parts[0] else None

    def _received(self, client: tuple[str, int], address: str, *args: Any) -> None:
        from moderator.stream.server import _is_loopback

        if not self.stream.config.lan and not _is_loopback(client[0]):
            log.warning("OSC from %s refused: LAN is off", client[0])
            return
        action = self.action_of(address)
        if action is None:
            log.warning("OSC %s refused: not /moderator/<action>%s", address, " with the token" if self.stream.config.lan else "")
            self._note(address, "refused")
            return
        params: dict[str, str] = {}
        for key, value in zip(("value", "position"), args, strict=False):
            params[key] = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
        try:
            self.stream.run_action(action, params)
            self._note(address, "")
        except UserError as error:
            log.warning("OSC %s: %s", address, error.message)
            self._note(address, error.message)

    def _note(self, address: str, outcome: str) -> None:
        self.outcomes = [*self.outcomes[-19:], (address, outcome)]
