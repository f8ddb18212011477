"""The stream server: overlay pages for OBS, a control API for stream decks, automations.

One aiohttp application on one port, on the asyncio loop of whoever runs it (the app's
qasync loop, or ``moderator serve``'s own). It reads and changes the event only through the
application service it is given (:class:`~moderator.app.service.EventService`):

- ``GET /api/state``: the show as JSON (:mod:`moderator.stream.state`);
- ``POST /api/<action>``: one live action (:data:`moderator.app.control.REMOTE_ACTIONS`),
  run with :meth:`EventService.run_as` as "Stream Deck": logged under that name, undoable
  like a key, and refused (409, with the reason) while another instance controls the clock;
- ``GET /ws``: a WebSocket that gets the state on connect and after every change (in
  order, each change once), and takes the same actions as JSON messages;
- the overlay pages (``/lower-third``, ``/question``, ``/countdown``, ``/agenda``,
  ``/clock``) and their script and style; ``/user.css`` is the studio's own style;
- OSC on UDP (:mod:`moderator.stream.osc`) and the automations (:mod:`.automations`).

Security: by default the server listens on loopback only, refuses any request from another
address, and checks the Host header (a web page cannot reach it by DNS rebinding) and the
Origin of writes (a web page in the browser cannot press buttons). On the LAN every request
must carry the token (``?token=`` in the URL, or ``Authorization: Bearer``). Requests and
WebSocket messages are bounded in size.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from aiohttp import WSMsgType, web

from moderator.app.control import REMOTE_ACTIONS, UNKNOWN_ACTION, ControlRefused, remote_operation
from moderator.domain import queue
from moderator.domain.clock import until_phase_changes
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.stream.audience import AudiencePage
from moderator.stream.automations import Automations
from moderator.stream.config import StreamConfig
from moderator.stream.state import Moment, State, epoch_ms, show_state
from moderator.stream.texts import LANGUAGES, error_message, page_texts, translate

if TYPE_CHECKING:
    from moderator.app.service import Changes, EventService

log = logging.getLogger("moderator.stream")

#: Who remote commands are recorded as.
STREAM_DECK: Final = "Stream Deck"
#: Requests and WebSocket messages are small: an action and a question at most.
MAX_REQUEST_BYTES: Final = 16 * 1024
#: A WebSocket client this far behind is too slow to follow the show: it is closed.
MAX_BACKLOG: Final = 1000
MAX_CLIENTS: Final = 1000
#: A client whose socket has this much unsent is sent to through its queue, which waits.
DIRECT_WRITE_LIMIT: Final = 64 * 1024
#: The clock's phase is read for the automations when it is due to change (the pages count
#: on their own), a moment after the instant, and at least this often.
PHASE_CHECK_SECONDS: Final = 5.0
PHASE_CHECK_AFTER_SECONDS: Final = 0.005
PAGES: Final = ("lower-third", "question", "countdown", "agenda", "clock")
PAGES_DIR: Final = Path(__file__).resolve().parent / "pages"
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
#: Fields of a state that are instants a viewer's page sees later by the stream delay.
_DELAYED_FIELDS: Final = (("clock", "deadline"), ("speaker", "since"), ("question", "since"))


def _is_loopback(address: str | None) -> bool:
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


LAN_OFF = QT_TRANSLATE_NOOP("stream", "This server answers only on this computer (LAN is off).")
UNKNOWN_HOST = QT_TRANSLATE_NOOP("stream", "Unknown host name.")
TOKEN_NEEDED = QT_TRANSLATE_NOOP("stream", "A token is needed: add ?token=… to the address.")
FOREIGN_PAGE = QT_TRANSLATE_NOOP("stream", "Requests from other web pages are refused.")
NOT_JSON = QT_TRANSLATE_NOOP("stream", "The body must be a JSON object.")
SEND_ACTION = QT_TRANSLATE_NOOP("stream", "Send {\"action\": …}.")


def _json_error(status: int, message: str) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)


def _text_frame(text: str) -> bytes:
    """``text`` as one unmasked, uncompressed WebSocket text frame (RFC 6455, 5.2)."""
    payload = text.encode("utf-8")
    size = len(payload)
    if size < 126:
        header = bytes((0x81, size))
    elif size < 1 << 16:
        header = bytes((0x81, 126)) + size.to_bytes(2, "big")
    else:
        header = bytes((0x81, 127)) + size.to_bytes(8, "big")
    return header + payload


class _Client:
    """One WebSocket: messages go out in order, each once.

    A state pushed to hundreds of pages is framed once and written straight to each
    client's transport when nothing of that client's is waiting (the common case); a
    client that is behind gets its messages through its queue and sender task, in order.
    """

    def __init__(self, socket: web.WebSocketResponse, transport: asyncio.BaseTransport | None, viewer: bool) -> None:
        self.socket = socket
        self.viewer = viewer
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        # NOTE: written to directly only for broadcast frames; aiohttp writes each of its own
        # frames (pings, replies, close) in one go on this same thread, so frames never mix.
        self._transport = transport if isinstance(transport, asyncio.WriteTransport) else None

    def push(self, message: str, frame: bytes | None = None) -> None:
        transport = self._transport
        if (
            frame is not None and transport is not None and self.queue.empty()
            and not transport.is_closing() and transport.get_write_buffer_size() < DIRECT_WRITE_LIMIT
        ):
            transport.write(frame)
        elif self.queue.qsize() > MAX_BACKLOG:
            self.queue.put_nowait(None)  # too slow: end it; its page reconnects and catches up
        else:
            self.queue.put_nowait(message)

    async def send_all(self) -> None:
        while (message := await self.queue.get()) is not None:
            await self.socket.send_str(message)
        await self.socket.close()


class StreamServer:
    """The stream server of one open event (see the module docstring)."""

    def __init__(
        self,
        service: EventService,
        config: StreamConfig,
        *,
        actor: str = STREAM_DECK,
        problem: Callable[[str], None] | None = None,
        host: str | None = None,
    ) -> None:
        self.service = service
        self.config = config
        self.actor = actor
        self.problem = problem or (lambda text: log.warning("%s", text))
        #: Where to listen; by default loopback, or every address when offered on the LAN.
        self.host = host or ("0.0.0.0" if config.lan else "127.0.0.1")
        self.port = config.port
        self.osc_port = config.osc_port
        self.automations = Automations(config.automations, self.problem)
        self._clients: set[_Client] = set()
        self._runner: web.AppRunner | None = None
        self._osc: Any = None
        self._seq = 0
        self._last_key = ""
        self._last_state: State | None = None
        self._phase = ""
        self._delayed: set[asyncio.TimerHandle] = set()
        self._closed = False
        self._phase_timer: asyncio.TimerHandle | None = None
        #: The audience's page (issue 16): its own token, port and thread.
        self.audience: AudiencePage | None = None

    # -- starting and stopping ---------------------------------------------------------------

    async def start(self, *, osc: bool = True) -> None:
        """Listen (HTTP and WebSocket, then OSC) and follow the service's changes."""
        app = web.Application(client_max_size=MAX_REQUEST_BYTES, middlewares=[self._guard])
        app.router.add_get("/", self._index)
        self.audience = AudiencePage(self)
        self.audience.register(app)
        app.router.add_get("/api/state", self._get_state)
        app.router.add_get("/api/texts", self._get_texts)
        app.router.add_post("/api/{action}", self._post_action)
        app.router.add_get("/ws", self._websocket)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/user.css", self._user_css)
        for page in PAGES:
            app.router.add_get(f"/{page}", self._page)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        server = site._server  # the port actually bound (0 in the config: any free one)
        sockets = getattr(server, "sockets", None) or ()
        if sockets:
            self.port = sockets[0].getsockname()[1]
        if osc:
            from moderator.stream.osc import OscServer

            self._osc = OscServer(self, self.host, self.osc_port)
            await self._osc.start()
            self.osc_port = self._osc.port
        self._loop = asyncio.get_running_loop()
        self.service.subscribe(self._on_changes)
        self._publish()
        self._check_phase()
        await self.audience.start()  # its own port and thread; the studio's routes are here

    async def close(self) -> None:
        self._closed = True
        if self.audience is not None:
            await self.audience.close()
        if self._phase_timer is not None:
            self._phase_timer.cancel()
        for handle in self._delayed:
            handle.cancel()
        for client in list(self._clients):
            client.queue.put_nowait(None)
            await client.socket.close()
        if self._osc is not None:
            self._osc.close()
        await self.automations.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- addresses ----------------------------------------------------------------------------

    def base_url(self, host: str | None = None) -> str:
        if host is None:
            host = "127.0.0.1" if not self.config.lan else _lan_address()
        return f"http://{host}:{self.port}"

    def token_query(self, sep: str = "?") -> str:
        return f"{sep}token={self.config.token}" if self.config.lan else ""

    def page_urls(self, host: str | None = None) -> dict[str, str]:
        """Each overlay page's address, the token included when it is needed."""
        base = self.base_url(host)
        return {page: f"{base}/{page}{self.token_query()}" for page in PAGES}

    # -- the state, pushed -------------------------------------------------------------------

    def state(self) -> State:
        service = self.service
        controller = service.controller()
        moment = Moment(service.snapshot, service.reading(), service.handoffs, controller.label if controller else "")
        return show_state(moment)

    def _on_changes(self, changes: Changes) -> None:
        if not self._closed:
            self._publish()
            # A change (time added, a pause) moves the instant the phase changes next.
            self._check_phase()

    def _publish(self) -> None:
        """Send the state to every client if anything shown changed since the last push."""
        state = self.state()
        self.automations.observe(state)
        self._phase = state["clock"]["phase"]
        # The same show read a moment later differs only in what the clock derives.
        key_clock = {k: v for k, v in state["clock"].items() if k not in ("remaining_ms", "drift_ms", "projected_end")}
        key = json.dumps({**state, "clock": key_clock}, sort_keys=True, ensure_ascii=False)
        if key == self._last_key:
            return
        self._last_key = key
        self._seq += 1
        # The pages count with the service's clock (the app's, or a test's fake one).
        now_ms = epoch_ms(self.service.clock.now()) or 0
        message = self._message(state, self._seq, now_ms)
        self._last_state = state
        delay = self.config.viewer_delay_seconds
        viewer_message = self._delayed_message(state, self._seq, now_ms, delay) if delay else message
        frame = _text_frame(message)
        for client in self._clients:
            if client.viewer and delay:
                continue
            client.push(message, frame)
        if delay and any(client.viewer for client in self._clients):
            loop = asyncio.get_running_loop()
            handle: asyncio.TimerHandle

            viewer_frame = _text_frame(viewer_message)

            def deliver() -> None:
                self._delayed.discard(handle)
                for client in self._clients:
                    if client.viewer:
                        client.push(viewer_message, viewer_frame)

            handle = loop.call_later(delay, deliver)
            self._delayed.add(handle)

    @staticmethod
    def _message(state: State, seq: int, now_ms: int) -> str:
        return json.dumps({"type": "state", "seq": seq, "sent": now_ms, "state": state}, ensure_ascii=False)

    @staticmethod
    def _delayed_message(state: State, seq: int, now_ms: int, delay: float) -> str:
        """The state as a viewer, ``delay`` seconds behind, should see it then."""
        shifted = json.loads(json.dumps(state))
        for part, key in _DELAYED_FIELDS:
            value = (shifted.get(part) or {}).get(key)
            if isinstance(value, int):
                shifted[part][key] = value + round(delay * 1000)
        return json.dumps(
            {"type": "state", "seq": seq, "sent": now_ms + round(delay * 1000), "delay_ms": round(delay * 1000), "state": shifted},
            ensure_ascii=False,
        )

    def _check_phase(self) -> None:
        """The phase changes with time, not by an action: read it for the automations."""
        if self._closed:
            return
        delay = PHASE_CHECK_SECONDS
        try:
            reading = self.service.reading()
            if reading.phase.value != self._phase:
                self._publish()
            ahead = until_phase_changes(reading)
            if ahead is not None:
                delay = min(delay, max(0.0, ahead.total_seconds()) + PHASE_CHECK_AFTER_SECONDS)
        except Exception:  # noqa: BLE001 - the show goes on; the log has the details
            log.exception("reading the clock for the stream failed")
        # One timer: read when the phase is due to change, not four times a second.
        if self._phase_timer is not None:
            self._phase_timer.cancel()
        self._phase_timer = self._loop.call_later(delay, self._check_phase)

    # -- running actions ----------------------------------------------------------------------

    def run_action(self, action: str, params: dict[str, str]) -> State:
        """Run one remote action through the service as :attr:`actor`; the new state.

        Raises :class:`ControlRefused` for a request that names no operation, and the
        operation's own :class:`UserError` when it does not apply now.
        """
        if action not in REMOTE_ACTIONS:
            raise ControlRefused(UNKNOWN_ACTION, action=action[:40])
        waiting = queue.next_up(self.service.snapshot.questions)
        operation = remote_operation(
            action, params.get("value"), params.get("position"),
            next_question=waiting.id if waiting is not None else None,
            asked_by=params.get("by", ""), organisation=params.get("org", ""),
        )
        self.service.run_as(operation, self.actor)
        return self.state()

    def _language(self, request: web.Request) -> str:
        lang = request.query.get("lang", "")
        if lang in LANGUAGES:
            return lang
        return "de" if self.service.snapshot.event.language.startswith("de") else "en"

    # -- HTTP -----------------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        """Who may ask: loopback only (or the token on the LAN); no foreign web page."""
        if not self.config.lan:
            if not _is_loopback(request.remote):
                return _json_error(403, translate("stream", LAN_OFF, self._language(request)))
            if (request.url.host or "").lower() not in _LOOPBACK_HOSTS:
                return _json_error(403, translate("stream", UNKNOWN_HOST, self._language(request)))
        else:
            given = request.query.get("token", "")
            header = request.headers.get("Authorization", "")
            if header.startswith("Bearer "):
                given = given or header[len("Bearer "):]
            if not self.config.token or not hmac.compare_digest(given.encode(), self.config.token.encode()):
                return _json_error(401, translate("stream", TOKEN_NEEDED, self._language(request)))
        origin = request.headers.get("Origin")
        if origin is not None and (request.method != "GET" or request.path == "/ws"):
            if origin != f"{request.scheme}://{request.host}":
                return _json_error(403, translate("stream", FOREIGN_PAGE, self._language(request)))
        return await handler(request)

    async def _get_state(self, request: web.Request) -> web.Response:
        return web.json_response(self.state(), dumps=lambda data: json.dumps(data, ensure_ascii=False))

    async def _get_texts(self, request: web.Request) -> web.Response:
        language = self._language(request)
        return web.json_response({**page_texts(language), "lang": language})

    async def _post_action(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        if action not in REMOTE_ACTIONS:
            refused = ControlRefused(UNKNOWN_ACTION, action=action[:40])
            return _json_error(404, error_message(refused, self._language(request)))
        params: dict[str, str] = {key: value for key, value in request.query.items() if key != "token"}
        if request.body_exists:
            if request.content_type == "application/json":
                try:
                    text = (await request.text()).strip()
                    body = json.loads(text) if text else {}  # Companion may send an empty JSON body
                except ValueError:
                    return _json_error(400, translate("stream", NOT_JSON, self._language(request)))
                if not isinstance(body, dict):
                    return _json_error(400, translate("stream", NOT_JSON, self._language(request)))
                params.update({key: str(value) for key, value in body.items() if value is not None})
            elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = {key: value for key, value in (await request.post()).items() if isinstance(value, str)}
                if len(form) == 1 and "" in form.values() and not set(form) & {"value", "position", "by", "org"}:
                    form = {"value": next(iter(form))}  # a bare value sent as a form (curl -d 2)
                params.update(form)
            else:
                text = (await request.text()).strip()
                if text:
                    params.setdefault("value", text)  # a plain body is the value (Companion's "body")
        try:
            state = self.run_action(action, params)
        except ControlRefused as error:
            return _json_error(400, error_message(error, self._language(request)))
        except UserError as error:
            return _json_error(409, error_message(error, self._language(request)))
        return web.json_response({"ok": True, "state": state}, dumps=lambda data: json.dumps(data, ensure_ascii=False))

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        if len(self._clients) >= MAX_CLIENTS:
            raise web.HTTPServiceUnavailable(text="Too many clients.")
        # No per-message compression: each message is a few KB, and compressing it once per
        # client costs the cockpit's process more than sending it (200 clients, see the benchmark).
        socket = web.WebSocketResponse(max_msg_size=MAX_REQUEST_BYTES, heartbeat=20, compress=False)
        await socket.prepare(request)
        client = _Client(socket, request.transport, viewer=request.query.get("audience") == "1")
        self._clients.add(client)
        if self._last_state is not None:
            # Stamped now: a page sets its clock by the message's time ("sent").
            now_ms = epoch_ms(self.service.clock.now()) or 0
            delay = self.config.viewer_delay_seconds
            if client.viewer and delay:
                # What viewers see now is the show as it was `delay` ago: for a page that
                # just connected, the current state shifted by the delay is the best guess.
                client.push(self._delayed_message(self._last_state, self._seq, now_ms - round(delay * 1000), delay))
            else:
                client.push(self._message(self._last_state, self._seq, now_ms))
        sender = asyncio.ensure_future(client.send_all())
        language = self._language(request)
        try:
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    continue
                client.push(self._answer(message.data, language))
        finally:
            self._clients.discard(client)
            client.queue.put_nowait(None)
            await asyncio.gather(sender, return_exceptions=True)
        return socket

    def _answer(self, data: str, language: str) -> str:
        """An action sent over the WebSocket: ``{"action": "next", "value": ..., "id": ...}``."""
        try:
            request = json.loads(data)
        except ValueError:
            request = None
        if not isinstance(request, dict) or not isinstance(request.get("action"), str):
            return json.dumps({"type": "result", "ok": False, "error": translate("stream", SEND_ACTION, language)})
        reply: dict[str, Any] = {"type": "result", "id": request.get("id"), "action": request["action"]}
        params = {key: str(value) for key, value in request.items() if key not in ("action", "id") and value is not None}
        try:
            self.run_action(request["action"], params)
            reply["ok"] = True
        except UserError as error:
            reply.update(ok=False, error=error_message(error, language))
        return json.dumps(reply, ensure_ascii=False)

    async def _page(self, request: web.Request) -> web.Response:
        name = request.path.strip("/")
        text = (PAGES_DIR / f"{name}.html").read_text(encoding="utf-8")
        text = text.replace("{{q}}", html.escape(self.token_query(), quote=True))
        return web.Response(text=text, content_type="text/html", headers=self._page_headers(request))

    def _page_headers(self, request: web.Request) -> dict[str, str]:
        # Nothing from elsewhere: no fonts, scripts or images from the internet, and no
        # inline script, so text from a question could never run even if it were markup.
        return {
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                f"connect-src 'self' ws://{request.host}; base-uri 'none'; form-action 'none'"
            ),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        }

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in ("overlay.js", "overlay.css"):
            raise web.HTTPNotFound()
        kind = "application/javascript" if name.endswith(".js") else "text/css"
        return web.Response(
            text=(PAGES_DIR / name).read_text(encoding="utf-8"), content_type=kind,
            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
        )

    async def _user_css(self, request: web.Request) -> web.Response:
        css = ""
        if self.config.user_css is not None:
            try:
                css = self.config.user_css.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                log.warning("user CSS %s: %s", self.config.user_css, error)
        return web.Response(text=css, content_type="text/css", headers={"Cache-Control": "no-store"})

    async def _index(self, request: web.Request) -> web.Response:
        rows = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(page)}</a></li>'
            for page, url in self.page_urls(request.host.rsplit(":", 1)[0]).items()
        )
        title = html.escape(self.service.snapshot.event.title)
        body = (
            f"<!doctype html><meta charset=utf-8><title>moderator — {title}</title>"
            f"<h1>{title}</h1><ul>{rows}</ul><p>API: <code>GET /api/state</code>, "
            f"<code>POST /api/&lt;action&gt;</code>, WebSocket <code>/ws</code>.</p>"
        )
        return web.Response(text=body, content_type="text/html", headers=self._page_headers(request))


def _lan_address() -> str:
    """This computer's address on the local network (the one a route to the LAN would use)."""
    import socket

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, only a route is chosen
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
