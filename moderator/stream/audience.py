"""The audience's page: questions and votes from a phone, moderated by the co-hosts.

Started by the stream server (:mod:`moderator.stream.server`), but served on a port of
its own (the server's + 2) from a thread of its own, under a link of its own,
``/a/<audience token>/``, with a token that is not the control token: whoever has the
audience link can read what the page shows, send a question and vote, and nothing else.
Nothing of the control API is routed on the page's port, and the control API's guard
never accepts the audience token.

- ``GET  /a/<token>/``: the page (mobile first, German/English, no script from elsewhere);
  it works without JavaScript too: the form posts and the answer comes back as a page.
- ``GET  /a/<token>/state``: what the page shows, as JSON (also its CSRF token);
- ``GET  /a/<token>/ws``: the same, pushed: what is on now lags by the stream delay so the
  page never runs ahead of the picture; the accepted questions and their votes come at once;
- ``POST /a/<token>/question`` and ``/a/<token>/vote``: a question, a vote.
- For the studio (behind the control guard): ``/audience-qr`` (an overlay page with the QR
  code of the link), ``/audience-qr.svg``, and ``POST /api/audience/open|close``.

Abuse: every question goes through the same cleaning as any other (control and bidi
characters, 2,000 characters at most); a browser and an address may send a few questions a
minute; at most ``audience_max_pending`` audience questions wait for the co-hosts; every
post carries a CSRF token bound to the browser's cookie (SameSite=Strict) and is refused
from a foreign Origin; the page sets text, never HTML. A flood never holds the cockpit:
questions and votes are gathered for :data:`BATCH_SECONDS` and written in one operation,
so the GUI thread sees one write and one refresh per batch, and nothing of the requests
themselves (they are parsed, checked and answered on the page's own loop and thread; the
page reads the service's immutable snapshot from there, and hands each batch to the
service's loop to write).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import hmac
import html
import io
import json
import logging
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

from aiohttp import WSMsgType, web

from moderator.app import operations as ops
from moderator.domain import queue
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import Question, QuestionSource, QuestionStatus
from moderator.domain.questions import clean_field, clean_question_text
from moderator.stream.config import new_token, save_config
from moderator.stream.texts import LANGUAGES, error_message, translate

if TYPE_CHECKING:
    from moderator.app.service import Changes
    from moderator.stream.server import StreamServer

log = logging.getLogger("moderator.stream.audience")

#: Who audience questions and votes are recorded as.
AUDIENCE_PAGE: Final = "audience page"
PREFIX: Final = "/a/"
COOKIE: Final = "moderator_audience"
#: How long questions and votes are gathered before they are written in one operation.
BATCH_SECONDS: Final = 0.1
#: How long the page's list of questions waits before a push: votes arrive in bursts, and
#: one list to hundreds of phones a second is plenty (it is what costs the GUI thread).
LIST_PUSH_SECONDS: Final = 1.0
#: (events, per seconds): what one browser and one address may send.
QUESTIONS_PER_BROWSER: Final = (5, 60.0)
QUESTIONS_PER_ADDRESS: Final = (30, 60.0)
VOTES_PER_BROWSER: Final = (60, 60.0)
VOTES_PER_ADDRESS: Final = (600, 60.0)
#: Accepted questions the page lists at most.
LISTED: Final = 100
MAX_NAME: Final = 80
MAX_ORGANISATION: Final = 120
MAX_CLIENTS: Final = 5000
#: A question with its name, organisation and tokens: a few kilobytes at most.
MAX_BODY_BYTES: Final = 16 * 1024
MAX_BACKLOG: Final = 200
_ACCEPTED: Final = (QuestionStatus.QUEUED, QuestionStatus.ON_AIR)
_FLOOR_ROLES_ASKED: Final = ("speaker", "panelist")

# What the page says: marked for the one translation system, German in de_audience.py.
TEXTS: Final = {
    "page_title": QT_TRANSLATE_NOOP("audience", "Questions to the panel"),
    "now": QT_TRANSLATE_NOOP("audience", "Now"),
    "next": QT_TRANSLATE_NOOP("audience", "Next"),
    "speaking": QT_TRANSLATE_NOOP("audience", "Speaking"),
    "on_air": QT_TRANSLATE_NOOP("audience", "Being answered now"),
    "not_started": QT_TRANSLATE_NOOP("audience", "The event has not started yet."),
    "ended": QT_TRANSLATE_NOOP("audience", "The event has ended."),
    "ask": QT_TRANSLATE_NOOP("audience", "Ask a question"),
    "question": QT_TRANSLATE_NOOP("audience", "Your question"),
    "name": QT_TRANSLATE_NOOP("audience", "Your name (optional)"),
    "organisation": QT_TRANSLATE_NOOP("audience", "Municipality or organisation (optional)"),
    "to": QT_TRANSLATE_NOOP("audience", "To (optional)"),
    "anyone": QT_TRANSLATE_NOOP("audience", "anyone on the panel"),
    "send": QT_TRANSLATE_NOOP("audience", "Send question"),
    "hint": QT_TRANSLATE_NOOP(
        "audience", "The moderators read every question and choose which ones are asked on air."
    ),
    "questions": QT_TRANSLATE_NOOP("audience", "Questions from the audience"),
    "none_yet": QT_TRANSLATE_NOOP("audience", "No questions accepted yet."),
    "vote": QT_TRANSLATE_NOOP("audience", "Vote"),
    "voted": QT_TRANSLATE_NOOP("audience", "Voted"),
    "votes": QT_TRANSLATE_NOOP("audience", "%1 votes"),
    "one_vote": QT_TRANSLATE_NOOP("audience", "1 vote"),
    "vote_for": QT_TRANSLATE_NOOP("audience", "Vote for this question"),
    "asked_by": QT_TRANSLATE_NOOP("audience", "asked by %1"),
    "addressed": QT_TRANSLATE_NOOP("audience", "to %1"),
    "offline": QT_TRANSLATE_NOOP("audience", "Connection lost; trying again …"),
    "sending": QT_TRANSLATE_NOOP("audience", "Sending …"),
    "language": QT_TRANSLATE_NOOP("audience", "Deutsch"),
}
SENT = QT_TRANSLATE_NOOP("audience", "Thank you! Your question has been sent to the moderators.")
CLOSED = QT_TRANSLATE_NOOP("audience", "The moderators have closed this page for new questions.")
TOO_MANY_BROWSER = QT_TRANSLATE_NOOP(
    "audience", "You have sent several questions in a short time. Please wait a minute before sending another."
)
TOO_MANY_ADDRESS = QT_TRANSLATE_NOOP(
    "audience", "Many questions came from your network just now. Please try again in a minute."
)
TOO_MANY_VOTES = QT_TRANSLATE_NOOP("audience", "That was a lot of votes in a short time. Please wait a minute.")
FULL = QT_TRANSLATE_NOOP(
    "audience",
    "So many questions are waiting for the moderators that no more can be taken right now. "
    "Please try again in a few minutes.",
)
EXPIRED = QT_TRANSLATE_NOOP("audience", "This page has expired. Please reload it and send again.")
FOREIGN = QT_TRANSLATE_NOOP("audience", "Requests from other web pages are refused.")
NOT_SAVED = QT_TRANSLATE_NOOP("audience", "Your question could not be sent just now. Please try again.")
VOTE_NOT_SAVED = QT_TRANSLATE_NOOP("audience", "Your vote could not be counted just now. Please try again.")
VOTED_ALREADY = QT_TRANSLATE_NOOP("audience", "You have already voted for this question.")
NOT_VOTABLE = QT_TRANSLATE_NOOP("audience", "This question cannot be voted for.")
NO_VOTES = QT_TRANSLATE_NOOP("audience", "Voting is off for this event.")
QR_CAPTION = QT_TRANSLATE_NOOP("audience", "Your question to the panel:")

#: The answers a page without JavaScript shows after its form was posted (``?sent=<key>``).
_OUTCOMES: Final = {
    "ok": SENT, "closed": CLOSED, "browser": TOO_MANY_BROWSER, "address": TOO_MANY_ADDRESS,
    "full": FULL, "expired": EXPIRED, "failed": NOT_SAVED,
}


class _Refused(Exception):
    """A request the page answers with ``status`` and a message (``key`` of :data:`_OUTCOMES`)."""

    def __init__(self, status: int, text: str, key: str = "", detail: str = "") -> None:
        super().__init__(text)
        self.status = status
        self.text = text
        self.key = key
        self.detail = detail  # an already translated message (a rejected question's reason)


class RateLimit:
    """At most ``count`` events per ``seconds`` for each key (a sliding window).

    Times come from the caller (the service's clock): tests move a fake clock, never sleep.
    """

    def __init__(self, count: int, seconds: float, max_keys: int = 50_000) -> None:
        self.count = count
        self.seconds = seconds
        self.max_keys = max_keys
        self._events: dict[str, collections.deque[float]] = {}

    def allow(self, key: str, now: float) -> bool:
        """Count an event for ``key`` at ``now`` if it is allowed; whether it was."""
        events = self._events.get(key)
        if events is None:
            if len(self._events) >= self.max_keys:
                self._forget(now)
            events = self._events[key] = collections.deque()
        while events and events[0] <= now - self.seconds:
            events.popleft()
        if len(events) >= self.count:
            return False
        events.append(now)
        return True

    def _forget(self, now: float) -> None:
        for key in [k for k, e in self._events.items() if not e or e[-1] <= now - self.seconds]:
            del self._events[key]
        if len(self._events) >= self.max_keys:  # all active: the oldest half goes
            for key in list(self._events)[: self.max_keys // 2]:
                del self._events[key]


@dataclass
class _Batch:
    """What waits for the next write: questions (each with its sender's future) and votes."""

    questions: list[tuple[Question, asyncio.Future[Question]]] = field(default_factory=list)
    votes: collections.Counter[int] = field(default_factory=collections.Counter)
    voters: list[asyncio.Future[None]] = field(default_factory=list)


class _Viewer:
    """One audience page's WebSocket: messages go out in order, one sender each."""

    def __init__(self, socket: web.WebSocketResponse) -> None:
        self.socket = socket
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()

    def push(self, message: str) -> None:
        self.queue.put_nowait(None if self.queue.qsize() > MAX_BACKLOG else message)

    async def send_all(self) -> None:
        while (message := await self.queue.get()) is not None:
            await self.socket.send_str(message)
        await self.socket.close()


def _is_loopback(address: str | None) -> bool:
    from moderator.stream.server import _is_loopback as loopback

    return loopback(address)


class AudiencePage:
    """The audience page of one stream server (see the module docstring)."""

    def __init__(self, server: StreamServer) -> None:
        self.server = server
        config = server.config
        if not config.audience_token or config.audience_token == config.token:
            config = replace(config, audience_token=new_token())
            server.config = config
            if config.path is not None:
                try:
                    save_config(config)  # the same link next time: it is on the stream already
                except OSError as error:
                    log.warning("cannot keep the audience token: %s", error)
        #: Signs each browser's cookie into its CSRF token; new with every start (a page
        #: from before asks for a new token once).
        self._secret = secrets.token_bytes(32)
        self._limits = {
            "question_browser": RateLimit(*QUESTIONS_PER_BROWSER),
            "question_address": RateLimit(*QUESTIONS_PER_ADDRESS),
            "vote_browser": RateLimit(*VOTES_PER_BROWSER),
            "vote_address": RateLimit(*VOTES_PER_ADDRESS),
        }
        #: Which browsers voted for which question (one vote per browser).
        self._voted: dict[int, set[str]] = collections.defaultdict(set)
        #: The answer to each recent submission, so a resent form adds nothing twice.
        self._answered: collections.OrderedDict[tuple[str, str], asyncio.Future[Question]] = collections.OrderedDict()
        self._batch = _Batch()
        #: The page runs on an asyncio loop of its own, in a thread of its own: parsing a
        #: flood of requests and pushing to hundreds of phones never holds the GUI thread.
        #: Only the writes (one per batch) run on the service's loop (``_gui``).
        self._loop: asyncio.AbstractEventLoop | None = None
        self._gui: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._wake: asyncio.Event | None = None
        #: The port the page is served on (its own: nothing of the control API is there).
        self.port = 0
        self._viewers: set[_Viewer] = set()
        self._last_now = ""
        self._last_list = ""
        self._list_due: asyncio.TimerHandle | None = None
        self._timers: set[asyncio.TimerHandle] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        # What the page shows, computed once per snapshot of the event (each vote and each
        # question would otherwise sort the whole queue again): (inputs, value).
        self._now_cache: tuple[tuple[object, ...], dict[str, Any]] | None = None
        self._list_cache: tuple[tuple[object, ...], list[dict[str, Any]]] | None = None
        self._waiting_cache: tuple[object, int] | None = None

    @property
    def token(self) -> str:
        return self.server.config.audience_token

    @property
    def path(self) -> str:
        return f"{PREFIX}{self.token}/"

    def url(self, host: str | None = None) -> str:
        """The link to give the audience (the public one, when a proxy or tunnel serves it)."""
        public = self.server.config.audience_public_url
        if public:
            return f"{public}/"
        base = self.server.base_url(host).rsplit(":", 1)[0]
        return f"{base}:{self.port}{self.path}"

    # -- wiring ------------------------------------------------------------------------------

    def register(self, app: web.Application) -> None:
        """The studio's routes on the stream server, behind its control guard."""
        router = app.router
        router.add_get("/audience-qr", self._qr_page)
        router.add_get("/audience-qr.svg", self._qr_svg)
        router.add_get("/audience-qr.css", self._qr_css)
        router.add_post("/api/audience/{switch}", self._switch)

    def _wanted_port(self) -> int:
        config = self.server.config
        if config.audience_port is not None:
            return config.audience_port
        return config.port + 2 if config.port else 0  # beside the server's and OSC's; any free one in tests

    async def start(self) -> None:
        """Serve the page on its own port, from its own thread; follow the service's changes."""
        self._gui = asyncio.get_running_loop()
        # NOTE: a plain asyncio loop, not asyncio.new_event_loop(): under the app, qasync's
        # policy is in force (Python 3.11), and its loop runs Qt's, which a thread other
        # than the GUI's cannot run: the page's thread ended at once and nothing answered.
        loop = self._loop = asyncio.DefaultEventLoopPolicy().new_event_loop()
        self._thread = threading.Thread(target=loop.run_forever, name="audience-page", daemon=True)
        self._thread.start()
        try:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._serve(), loop))
        except BaseException:
            await self.close()
            raise
        self.server.service.subscribe(self._on_changes)
        self._on_changes(None)

    async def _serve(self) -> None:
        """On the page's loop: the aiohttp application of the page, and the batch writer."""
        app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[self._guard])
        router = app.router
        router.add_get(PREFIX + "{token}", self._to_page)
        router.add_get(PREFIX + "{token}/", self._page)
        router.add_get(PREFIX + "{token}/state", self._state)
        router.add_get(PREFIX + "{token}/ws", self._websocket)
        router.add_get(PREFIX + "{token}/audience.js", self._static)
        router.add_get(PREFIX + "{token}/audience.css", self._static)
        router.add_post(PREFIX + "{token}/question", self._question)
        router.add_post(PREFIX + "{token}/vote", self._vote)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.server.host, self._wanted_port(), reuse_address=True)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or ()
        if sockets:
            self.port = sockets[0].getsockname()[1]
        self._wake = asyncio.Event()
        self._spawn(self._write_batches())

    async def close(self) -> None:
        self._closed = True
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            with contextlib.suppress(Exception):
                await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._shutdown(), loop))
            loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
        self._loop = None

    async def _shutdown(self) -> None:
        for handle in [*self._timers, *([self._list_due] if self._list_due else [])]:
            handle.cancel()
        for task in list(self._tasks):
            task.cancel()
        self._fail_batch(self._batch)
        for viewer in list(self._viewers):
            viewer.queue.put_nowait(None)
            await viewer.socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _spawn(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _soon(self, function: Callable[[], None]) -> None:
        """Run ``function`` on the page's loop (from the service's thread)."""
        if self._loop is not None and not self._closed:
            with contextlib.suppress(RuntimeError):  # closing meanwhile
                self._loop.call_soon_threadsafe(function)

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        return await self.guard(request, handler)

    async def guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """The audience token, and nothing else, opens ``/a/<token>/``; only that.

        Without LAN the server is reached on loopback only (a reverse proxy or tunnel on
        this computer forwards the audience's requests); the Host check of the control API
        does not apply, since a proxy names its public host.
        """
        if not self.server.config.lan and not _is_loopback(request.remote):
            raise web.HTTPForbidden(text="This server answers only on this computer.")
        given = request.match_info.get("token", "")
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            raise web.HTTPNotFound()  # a wrong link learns nothing, not even that it is close
        return await handler(request)

    # -- who is asking -----------------------------------------------------------------------

    def _browser(self, request: web.Request) -> str:
        value = request.cookies.get(COOKIE, "")
        return value if 16 <= len(value) <= 64 and value.isascii() else ""

    def _csrf(self, browser: str) -> str:
        return hmac.new(self._secret, browser.encode(), hashlib.sha256).hexdigest()[:32]

    def _ensure_browser(self, request: web.Request, response: web.StreamResponse, browser: str) -> None:
        if browser and browser == self._browser(request):
            return
        secure = request.secure or request.headers.get("X-Forwarded-Proto") == "https" or (
            self.server.config.audience_public_url.startswith("https://")
        )
        response.set_cookie(
            COOKIE, browser, max_age=7 * 24 * 3600, httponly=True, samesite="Strict", secure=secure
        )

    @staticmethod
    def _address(request: web.Request) -> str:
        """The sender's address; behind a proxy on this computer, the one it forwards."""
        remote = request.remote or ""
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded and _is_loopback(remote):
            return forwarded.rsplit(",", 1)[-1].strip()[:64]  # the hop the proxy added
        return remote

    def _origins(self, request: web.Request) -> set[str]:
        allowed = {f"{request.scheme}://{request.host}"}
        public = self.server.config.audience_public_url
        if public:
            scheme, _, rest = public.partition("://")
            allowed.add(f"{scheme}://{rest.split('/', 1)[0]}")
        if _is_loopback(request.remote) and "X-Forwarded-Host" in request.headers:
            proto = request.headers.get("X-Forwarded-Proto", request.scheme)
            allowed.add(f"{proto}://{request.headers['X-Forwarded-Host']}")
        return allowed

    async def _form(self, request: web.Request) -> tuple[dict[str, str], str, bool]:
        """The posted fields, the browser, and whether the page runs its script (JSON wanted).

        Refuses a post from another web page (Origin) and one without the CSRF token that
        belongs to this browser's cookie.
        """
        wants_json = "application/json" in request.headers.get("Accept", "")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self._origins(request):
            raise _Refused(403, FOREIGN, "expired")
        form: dict[str, str] = {}
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                body = None
            if isinstance(body, dict):
                form = {k: str(v) for k, v in body.items() if isinstance(v, str | int)}
        else:
            form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        browser = self._browser(request)
        csrf = form.get("csrf", "") or request.headers.get("X-CSRF-Token", "")
        if not browser or not hmac.compare_digest(csrf.encode(), self._csrf(browser).encode()):
            raise _Refused(403, EXPIRED, "expired")
        return form, browser, wants_json

    def _language(self, request: web.Request) -> str:
        lang = request.query.get("lang", "")
        if lang in LANGUAGES:
            return lang
        accepted = request.headers.get("Accept-Language", "").lower()
        if accepted:
            return "de" if accepted.startswith("de") else "en"
        return "de" if self.server.service.snapshot.event.language.startswith("de") else "en"

    def _text(self, text: str, language: str) -> str:
        return translate("audience", text, language)

    def _now(self) -> float:
        return self.server.service.clock.now().timestamp()

    # -- what the page shows ----------------------------------------------------------------------

    def now_view(self) -> dict[str, Any]:
        """What is on now, as the page shows it (no queue: only what is on the stream)."""
        service = self.server.service
        inputs = (service.snapshot, service.handoffs)
        if self._now_cache is not None and all(a is b for a, b in zip(self._now_cache[0], inputs, strict=True)):
            return self._now_cache[1]
        view = self._compute_now()
        self._now_cache = (inputs, view)
        return view

    def _compute_now(self) -> dict[str, Any]:
        state = self.server.state()
        people = [
            {"id": p.get("id"), "name": p.get("name", "")}
            for p in state.get("people", ())
            if p.get("role") in _FLOOR_ROLES_ASKED
        ]
        return {
            "event": state["event"]["title"],
            "started": state["clock"]["started"],
            "ended": state["clock"]["ended"],
            "slot": (state.get("slot") or {}).get("title", ""),
            "next_slot": (state.get("next_slot") or {}).get("title", ""),
            "speaker": state.get("speaker"),
            "question": _public_question(state.get("question")),
            "people": people,
        }

    def questions_view(self) -> list[dict[str, Any]]:
        """The accepted questions the audience may vote on (never one that is still new)."""
        snapshot = self.server.service.snapshot
        inputs = (snapshot.questions, snapshot.people, self.server.config.audience_votes)
        cached = self._list_cache
        if cached is not None and cached[0][0] is inputs[0] and cached[0][1] is inputs[1] and cached[0][2] == inputs[2]:
            return cached[1]
        rows = self._compute_questions() if self.server.config.audience_votes else []
        self._list_cache = (inputs, rows)
        return rows

    def _compute_questions(self) -> list[dict[str, Any]]:
        snapshot = self.server.service.snapshot
        shown = [q for q in queue.queue_order(snapshot.questions) if q.status in _ACCEPTED and q.merged_into is None]
        shown.sort(key=lambda q: (q.status is not QuestionStatus.ON_AIR, -q.votes))
        rows = []
        for question in shown[:LISTED]:
            addressed = snapshot.person(question.addressed_to) if question.addressed_to is not None else None
            rows.append({
                "id": question.id, "text": question.text, "asked_by": question.asked_by,
                "organisation": question.organisation,
                "addressed_to": addressed.display_name if addressed is not None else "",
                "votes": question.votes, "on_air": question.status is QuestionStatus.ON_AIR,
            })
        return rows

    def _settings(self) -> dict[str, Any]:
        return {"open": self.server.config.audience_open, "votes": self.server.config.audience_votes}

    def _on_changes(self, changes: Changes | None) -> None:
        """The service's listener (its thread): the page's loop redraws what changed."""
        self._soon(self._changed)

    def _changed(self) -> None:
        if self._closed:
            return
        now = json.dumps({"type": "now", "now": self.now_view()}, ensure_ascii=False)
        if now != self._last_now:
            self._last_now = now
            delay = self.server.config.viewer_delay_seconds
            if delay:
                handle: asyncio.TimerHandle

                def deliver() -> None:
                    self._timers.discard(handle)
                    self._broadcast(now)

                handle = asyncio.get_running_loop().call_later(delay, deliver)
                self._timers.add(handle)
            else:
                self._broadcast(now)
        if self._list_due is None:
            self._list_due = asyncio.get_running_loop().call_later(LIST_PUSH_SECONDS, self._push_list)

    def _push_list(self) -> None:
        self._list_due = None
        message = json.dumps(
            {"type": "questions", **self._settings(), "questions": self.questions_view()}, ensure_ascii=False
        )
        if message != self._last_list:
            self._last_list = message
            self._broadcast(message)

    def _broadcast(self, message: str) -> None:
        for viewer in self._viewers:
            viewer.push(message)

    # -- handlers -------------------------------------------------------------------------------------

    async def _to_page(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"{request.path}/" + (f"?{request.query_string}" if request.query_string else ""))

    async def _page(self, request: web.Request) -> web.Response:
        language = self._language(request)
        browser = self._browser(request) or secrets.token_urlsafe(18)
        template = (_pages_dir() / "audience.html").read_text(encoding="utf-8")
        outcome = _OUTCOMES.get(request.query.get("sent", ""))
        values = {f"t:{key}": self._text(text, language) for key, text in TEXTS.items()}
        values.update({
            "lang": language,
            "other_lang": "en" if language == "de" else "de",
            "t:language": "English" if language == "de" else "Deutsch",
            "event": self.server.service.snapshot.event.title,
            "csrf": self._csrf(browser),
            "nonce": secrets.token_urlsafe(12),
            "outcome": self._text(outcome, language) if outcome else "",
            "outcome_class": "ok" if request.query.get("sent") == "ok" else ("error" if outcome else ""),
            "closed": "" if self.server.config.audience_open else "closed",
            "closed_text": self._text(CLOSED, language),
        })
        text = template
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
        response = web.Response(text=text, content_type="text/html", headers=_headers(request))
        self._ensure_browser(request, response, browser)
        return response

    async def _state(self, request: web.Request) -> web.Response:
        language = self._language(request)
        browser = self._browser(request) or secrets.token_urlsafe(18)
        texts = {key: self._text(text, language) for key, text in TEXTS.items()}
        body = {
            **self._settings(),
            "now": self.now_view(),
            "questions": self.questions_view(),
            "voted": sorted(qid for qid, voters in self._voted.items() if browser in voters),
            "csrf": self._csrf(browser),
            "texts": texts,
            "lang": language,
        }
        response = web.json_response(body, dumps=lambda data: json.dumps(data, ensure_ascii=False),
                                     headers={"Cache-Control": "no-store"})
        self._ensure_browser(request, response, browser)
        return response

    async def _static(self, request: web.Request) -> web.Response:
        name = request.path.rsplit("/", 1)[-1]
        kind = "application/javascript" if name.endswith(".js") else "text/css"
        return web.Response(
            text=(_pages_dir() / name).read_text(encoding="utf-8"), content_type=kind,
            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
        )

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        if len(self._viewers) >= MAX_CLIENTS:
            raise web.HTTPServiceUnavailable(text="Too many viewers.")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in self._origins(request):
            raise web.HTTPForbidden(text="Requests from other web pages are refused.")
        socket = web.WebSocketResponse(max_msg_size=1024, heartbeat=30)
        await socket.prepare(request)
        viewer = _Viewer(socket)
        self._viewers.add(viewer)
        # What is on now, as the stream shows it by now: the last message sent (or due).
        viewer.push(json.dumps({"type": "now", "now": self.now_view()}, ensure_ascii=False))
        viewer.push(json.dumps({"type": "questions", **self._settings(), "questions": self.questions_view()},
                               ensure_ascii=False))
        sender = asyncio.ensure_future(viewer.send_all())
        try:
            async for message in socket:  # the page only listens: anything it sends is ignored
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self._viewers.discard(viewer)
            viewer.queue.put_nowait(None)
            await asyncio.gather(sender, return_exceptions=True)
        return socket

    async def _question(self, request: web.Request) -> web.StreamResponse:
        language = self._language(request)
        wants_json = "application/json" in request.headers.get("Accept", "")
        try:
            form, browser, wants_json = await self._form(request)
            question = await self._take_question(request, form, browser)
        except _Refused as refused:
            text = refused.detail or self._text(refused.text, language)
            if wants_json:
                return web.json_response({"ok": False, "error": text}, status=refused.status)
            raise web.HTTPSeeOther(f"./?sent={refused.key or 'failed'}&lang={language}#ask") from None
        if wants_json:
            return web.json_response({"ok": True, "id": question.id, "message": self._text(SENT, language)})
        raise web.HTTPSeeOther(f"./?sent=ok&lang={language}#ask")

    async def _take_question(self, request: web.Request, form: dict[str, str], browser: str) -> Question:
        config = self.server.config
        if not config.audience_open:
            raise _Refused(403, CLOSED, "closed")
        nonce = form.get("nonce", "")[:64]
        if nonce and (browser, nonce) in self._answered:  # the same form sent again
            return await asyncio.shield(self._answered[(browser, nonce)])
        try:
            text = clean_question_text(form.get("text", ""))
        except UserError as error:
            raise _Refused(400, error.template, "failed", error_message(error, self._language(request))) from None
        now = self._now()
        if not self._limits["question_browser"].allow(browser, now):
            raise _Refused(429, TOO_MANY_BROWSER, "browser")
        if not self._limits["question_address"].allow(self._address(request), now):
            raise _Refused(429, TOO_MANY_ADDRESS, "address")
        if self._pending_count() >= config.audience_max_pending:
            raise _Refused(503, FULL, "full")
        draft = Question(
            text=text, created_at=self.server.service.clock.now(),
            asked_by=clean_field(form.get("name", ""), MAX_NAME),
            organisation=clean_field(form.get("organisation", ""), MAX_ORGANISATION),
            addressed_to=self._addressee(form.get("to", "")),
            source=QuestionSource.AUDIENCE, created_by=AUDIENCE_PAGE,
        )
        future: asyncio.Future[Question] = asyncio.get_running_loop().create_future()
        if nonce:
            self._answered[(browser, nonce)] = future
            while len(self._answered) > 20_000:
                self._answered.popitem(last=False)
        self._batch.questions.append((draft, future))
        assert self._wake is not None
        self._wake.set()
        try:
            return await asyncio.shield(future)
        except UserError:
            self._answered.pop((browser, nonce), None)
            raise _Refused(503, NOT_SAVED, "failed") from None

    def _pending_count(self) -> int:
        questions = self.server.service.snapshot.questions
        if self._waiting_cache is None or self._waiting_cache[0] is not questions:
            waiting = sum(1 for q in questions if q.status is QuestionStatus.NEW and q.source is QuestionSource.AUDIENCE)
            self._waiting_cache = (questions, waiting)
        return self._waiting_cache[1] + len(self._batch.questions)

    def _addressee(self, value: str) -> int | None:
        """A panelist of the slot on now, by id; anything else means "anyone"."""
        if not value.isdigit():
            return None
        wanted = int(value)
        return wanted if any(p["id"] == wanted for p in self.now_view()["people"]) else None

    async def _vote(self, request: web.Request) -> web.Response:
        language = self._language(request)
        try:
            form, browser, _ = await self._form(request)
            question_id = await self._take_vote(request, form, browser)
        except _Refused as refused:
            return web.json_response({"ok": False, "error": self._text(refused.text, language)}, status=refused.status)
        return web.json_response({"ok": True, "id": question_id})

    async def _take_vote(self, request: web.Request, form: dict[str, str], browser: str) -> int:
        if not self.server.config.audience_votes:
            raise _Refused(403, NO_VOTES)
        raw = form.get("id", "")
        question_id = int(raw) if raw.isdigit() else -1
        if not any(row["id"] == question_id for row in self.questions_view()):
            raise _Refused(409, NOT_VOTABLE)
        voters = self._voted[question_id]
        if browser in voters:
            raise _Refused(409, VOTED_ALREADY)
        now = self._now()
        if not self._limits["vote_browser"].allow(browser, now) or not self._limits["vote_address"].allow(
            self._address(request), now
        ):
            raise _Refused(429, TOO_MANY_VOTES)
        voters.add(browser)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._batch.votes[question_id] += 1
        self._batch.voters.append(future)
        assert self._wake is not None
        self._wake.set()
        try:
            await asyncio.shield(future)
        except UserError:
            voters.discard(browser)
            raise _Refused(503, VOTE_NOT_SAVED) from None
        return question_id

    # -- writing, in batches --------------------------------------------------------------------------

    async def _write_batches(self) -> None:
        assert self._wake is not None and self._gui is not None
        while True:
            await self._wake.wait()
            await asyncio.sleep(BATCH_SECONDS)  # gather what arrives meanwhile
            self._wake.clear()
            batch, self._batch = self._batch, _Batch()
            try:
                self._gui.call_soon_threadsafe(self._write_on_gui, batch)
            except RuntimeError:  # the service's loop is gone: nobody can write any more
                self._fail_batch(batch)

    def _write_on_gui(self, batch: _Batch) -> None:
        """On the service's thread: write the batch, then settle its senders on the page's loop."""
        outcomes = self.write(batch)
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(_settle, outcomes)
        except RuntimeError:
            pass  # the page closed meanwhile; its senders are gone with it

    def write(self, batch: _Batch) -> list[tuple[asyncio.Future[Any], object, BaseException | None]]:
        """One operation for the batch's questions and votes, through the service; what
        each sender is to hear (its future, a result or an error)."""
        service = self.server.service
        outcomes: list[tuple[asyncio.Future[Any], object, BaseException | None]] = []
        drafts = tuple(draft for draft, _ in batch.questions)
        try:
            change = service.run_as(ops.AudienceBatch(drafts, tuple(batch.votes.items())), AUDIENCE_PAGE)
            added = change.result[0] if isinstance(change.result, tuple) else ()
            if len(added) != len(drafts):
                raise RuntimeError("the store added a different number of questions")
        except Exception as error:  # noqa: BLE001 - every sender hears; the log has the details
            log.warning("audience questions and votes not written: %s", error)
            failure = error if isinstance(error, UserError) else _failed()
            return [(future, None, failure) for _, future in batch.questions] + [
                (voter, None, failure) for voter in batch.voters
            ]
        outcomes += [(future, question, None) for (_, future), question in zip(batch.questions, added, strict=True)]
        failed_votes = change.result[1] if isinstance(change.result, tuple) else None
        vote_error = failed_votes if isinstance(failed_votes, BaseException) else None
        outcomes += [(voter, None, vote_error) for voter in batch.voters]
        return outcomes

    def _fail_batch(self, batch: _Batch) -> None:
        for future in [f for _, f in batch.questions] + batch.voters:
            if not future.done():
                future.set_exception(_failed())

    # -- for the studio ----------------------------------------------------------------------------------

    async def _switch(self, request: web.Request) -> web.Response:
        """``POST /api/audience/open|close``: the organiser opens or closes the page."""
        switch = request.match_info["switch"]
        if switch not in ("open", "close"):
            raise web.HTTPNotFound()
        self.set_open(switch == "open")
        return web.json_response({"ok": True, "open": self.server.config.audience_open})

    def set_open(self, is_open: bool) -> None:
        """Open or close the page for new questions (kept in the event's stream set-up)."""
        self.set_options(is_open=is_open)

    def set_options(self, *, is_open: bool | None = None, votes: bool | None = None) -> None:
        """Whether the page takes questions and lists the accepted ones for votes; kept in
        the event's stream set-up, and pushed to every open page at once."""
        config = self.server.config
        config = replace(
            config,
            audience_open=config.audience_open if is_open is None else is_open,
            audience_votes=config.audience_votes if votes is None else votes,
        )
        self.server.config = config
        if config.path is not None:
            try:
                save_config(config)
            except OSError as error:
                self.server.problem(f"The audience page's setting was not kept: {error}")
        self._soon(self._refresh_list)

    def _refresh_list(self) -> None:
        self._last_list = ""
        self._push_list()

    async def _qr_svg(self, request: web.Request) -> web.Response:
        return web.Response(body=qr_svg(self.url(request.host.rsplit(":", 1)[0])), content_type="image/svg+xml",
                            headers={"Cache-Control": "no-store"})

    async def _qr_css(self, request: web.Request) -> web.Response:
        return web.Response(
            text=(_pages_dir() / "audience-qr.css").read_text(encoding="utf-8"), content_type="text/css",
            headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
        )

    async def _qr_page(self, request: web.Request) -> web.Response:
        language = self._language(request)
        link = self.url(request.host.rsplit(":", 1)[0])
        q = html.escape(self.server.token_query(), quote=True)
        body = (
            f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>moderator — QR</title>"
            f'<link rel="stylesheet" href="/static/overlay.css{q}"><link rel="stylesheet" href="/audience-qr.css{q}">'
            f'<link rel="stylesheet" href="/user.css{q}">'
            '</head><body data-page="audience-qr"><div class="card shown qr-card">'
            f'<div class="label">{html.escape(self._text(QR_CAPTION, language))}</div>'
            f'<img class="qr" src="/audience-qr.svg{q}" alt="QR">'
            f'<div class="subline qr-link">{html.escape(link)}</div></div></body></html>'
        )
        return web.Response(text=body, content_type="text/html", headers=self.server._page_headers(request))


def _settle(outcomes: list[tuple[asyncio.Future[Any], object, BaseException | None]]) -> None:
    """On the page's loop: tell each sender what became of its question or vote."""
    for future, result, error in outcomes:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


def _failed() -> UserError:
    return UserError(NOT_SAVED)


def _public_question(question: dict[str, Any] | None) -> dict[str, Any] | None:
    """The question on air, as the stream shows it (no status, no id of the queue)."""
    if not question:
        return None
    return {key: question.get(key, "") for key in ("text", "asked_by", "organisation", "addressed_to")}


def qr_svg(link: str) -> bytes:
    """The QR code of ``link`` as SVG, dark on white with a quiet zone (readable on any stream)."""
    import segno

    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="svg", scale=10, border=4, dark="#000000", light="#ffffff")
    return out.getvalue()


def _pages_dir() -> Any:
    from moderator.stream.server import PAGES_DIR

    return PAGES_DIR


def _headers(request: web.Request) -> dict[str, str]:
    """Nothing from elsewhere, no inline script, forms only to this page, never in a frame."""
    host = request.host
    return {
        "Content-Security-Policy": (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self' ws://{host} wss://{host}; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'"
        ),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
