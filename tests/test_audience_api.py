"""The audience page's HTTP side, over real sockets on loopback, on a real event file.

Stories: a viewer opens the link and sends a question, which reaches the queue as "new"
from the audience page; a form from another web page or without the page's token is
refused; a browser and an address run into the rate limit with a clear message (a fake
clock moves on, nobody sleeps); a full queue and a closed page say so; votes count once per
browser and only for accepted questions; and the audience token opens nothing of the
control API, route by route.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.app.control import REMOTE_ACTIONS
from moderator.app.service import EventService
from moderator.domain import queue_ops
from moderator.domain.model import QuestionSource, QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.stream import audience
from moderator.stream.config import StreamConfig, load_config
from moderator.stream.server import PAGES, StreamServer

BERLIN = ZoneInfo("Europe/Berlin")
AUDIENCE_TOKEN = "audience-link-token"
LOCAL = StreamConfig(port=0, osc_port=0, audience_token=AUDIENCE_TOKEN)

Story = Callable[[StreamServer, "Viewer", EventService], Awaitable[None]]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2021, 6, 9, 14, 55, tzinfo=BERLIN))


class Viewer:
    """One browser on the audience page: its own cookie jar, the page's CSRF token."""

    def __init__(self, server: StreamServer, *, address: str = "", lang: str = "en") -> None:
        self.server = server
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.address = address
        self.lang = lang
        self.csrf = ""

    def url(self, tail: str = "") -> str:
        assert self.server.audience is not None
        return f"http://127.0.0.1:{self.server.audience.port}/a/{AUDIENCE_TOKEN}/{tail}"

    def headers(self, **extra: str) -> dict[str, str]:
        headers = {"Accept": "application/json", **extra}
        if self.address:
            headers["X-Forwarded-For"] = self.address
        return headers

    async def open(self) -> dict:
        async with self.http.get(self.url(f"state?lang={self.lang}")) as response:
            assert response.status == 200
            state = await response.json()
        self.csrf = state["csrf"]
        return state

    async def ask(self, text: str, **fields: str) -> tuple[int, dict]:
        data = {"csrf": self.csrf, "text": text, **fields}
        async with self.http.post(self.url(f"question?lang={self.lang}"), data=data, headers=self.headers()) as r:
            return r.status, await r.json()

    async def vote(self, question_id: int) -> tuple[int, dict]:
        data = {"csrf": self.csrf, "id": str(question_id)}
        async with self.http.post(self.url(f"vote?lang={self.lang}"), data=data, headers=self.headers()) as r:
            return r.status, await r.json()

    async def close(self) -> None:
        await self.http.close()


def serve(path: Path, clock: FakeClock, story: Story, *, config: StreamConfig = LOCAL) -> None:
    async def main() -> None:
        service = EventService(EventStore.open(path), clock, name="Moderation")
        service.join()
        server = StreamServer(service, config)
        await server.start(osc=False)
        viewer = Viewer(server)
        try:
            await story(server, viewer, service)
        finally:
            await viewer.close()
            await server.close()
            service.close()

    asyncio.run(main())


def accept(service: EventService, question_id: int) -> None:
    service.run(ops.ChangeQueue(queue_ops.SetStatus(question_id, QuestionStatus.QUEUED)))


def test_a_question_from_the_page_reaches_the_queue_as_new_from_the_audience_page(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        state = await viewer.open()
        assert state["open"] and state["questions"] == []
        status, answer = await viewer.ask(
            "Wie setzen kleine Gemeinden Open Government um?", name="Anna Berg", organisation="Gemeinde Ahrbrück",
        )
        assert status == 200 and answer["ok"], answer
        assert answer["message"] == "Thank you! Your question has been sent to the moderators."
        question = next(q for q in service.snapshot.questions if q.id == answer["id"])
        assert question.status is QuestionStatus.NEW
        assert question.source is QuestionSource.AUDIENCE and question.created_by == "audience page"
        assert (question.asked_by, question.organisation) == ("Anna Berg", "Gemeinde Ahrbrück")
        # The store has it too, for every co-host.
        assert any(q.text.startswith("Wie setzen") for q in EventStore.open(path).questions())

    serve(path, clock, story)


def test_a_question_to_a_panelist_of_the_slot_on_now_and_control_characters_are_cleaned(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        service.run(ops.StartShow())
        panel = next(slot for slot in service.slots if slot.title == "Moderiertes Gespräch")
        service.run(ops.GotoSlot(panel.id or 0))
        state = await viewer.open()
        people = state["now"]["people"]
        assert [p["name"] for p in people] == [
            "David Goessmann", "Adriana Groh", "Ralf Laumer", "Dr. Tobias Plate", "Dr. Kristina Schade",
        ]  # the panelists, not the moderator
        groh = next(p for p in people if p["name"] == "Adriana Groh")
        status, answer = await viewer.ask("Open\u202e Data\x07 für alle?", to=str(groh["id"]))
        assert status == 200, answer
        question = next(q for q in service.snapshot.questions if q.id == answer["id"])
        assert question.text == "Open Data für alle?" and question.addressed_to == groh["id"]
        # Someone not on the panel now is "anyone".
        handschuh = next(p for p in service.snapshot.people if p.name == "Alexander Handschuh")
        status, answer = await viewer.ask("Und die Kreise?", to=str(handschuh.id))
        assert next(q for q in service.snapshot.questions if q.id == answer["id"]).addressed_to is None

    serve(path, clock, story)


def test_an_empty_or_overlong_question_is_refused_with_the_reason(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        before = len(service.snapshot.questions)
        status, answer = await viewer.ask("   ")
        assert status == 400 and answer["error"] == "The question is empty."
        status, answer = await viewer.ask("x" * 2001)
        assert status == 400 and "2000" in answer["error"].replace(",", "")
        assert len(service.snapshot.questions) == before

    serve(path, clock, story)


def test_a_form_without_the_pages_token_or_from_another_web_page_is_refused(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        before = len(service.snapshot.questions)
        # No cookie, no token: what another site's form would send.
        status, answer = await viewer.ask("Von woanders?")
        assert status == 403 and answer["error"] == "This page has expired. Please reload it and send again."
        await viewer.open()
        good = viewer.csrf
        viewer.csrf = "0" * 32
        status, _ = await viewer.ask("Falsches Token?")
        assert status == 403
        viewer.csrf = good
        async with viewer.http.post(viewer.url("question"), data={"csrf": good, "text": "Fremde Seite?"},
                                    headers=viewer.headers(Origin="https://evil.example")) as response:
            assert response.status == 403
        assert len(service.snapshot.questions) == before
        async with aiohttp.ClientSession() as fresh, fresh.get(viewer.url()) as response:
            cookie = response.headers.get("Set-Cookie", "")
            policy = response.headers["Content-Security-Policy"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "script-src 'self'" in policy and "form-action 'self'" in policy and "frame-ancestors 'none'" in policy

    serve(path, clock, story)


def test_the_page_works_without_script_a_posted_form_comes_back_as_the_page_with_the_answer(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        async with viewer.http.get(viewer.url("?lang=de")) as response:
            page = await response.text()
        csrf = page.split('name="csrf" id="csrf" value="', 1)[1].split('"', 1)[0]
        nonce = page.split('name="nonce" id="nonce" value="', 1)[1].split('"', 1)[0]
        form = {"csrf": csrf, "nonce": nonce, "text": "Ohne Skript gesendet?", "name": "", "organisation": "", "to": ""}
        async with viewer.http.post(viewer.url("question?lang=de"), data=form) as response:
            assert response.status == 200 and "sent=ok" in str(response.url)
            page = await response.text()
        assert "Danke! Ihre Frage ist bei der Moderation angekommen." in page
        # The same form sent again (a reload) adds nothing twice.
        async with viewer.http.post(viewer.url("question?lang=de"), data=form) as response:
            assert response.status == 200
        assert [q.text for q in service.snapshot.questions].count("Ohne Skript gesendet?") == 1

    serve(path, clock, story)


def test_a_browser_that_sends_too_fast_is_told_to_wait_and_may_send_again_a_minute_later(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        limit, _ = audience.QUESTIONS_PER_BROWSER
        for number in range(limit):
            status, answer = await viewer.ask(f"Frage {number}?")
            assert status == 200, answer
        status, answer = await viewer.ask("Noch eine?")
        assert status == 429
        assert answer["error"] == (
            "You have sent several questions in a short time. Please wait a minute before sending another."
        )
        assert "Noch eine?" not in [q.text for q in service.snapshot.questions]
        clock.advance(timedelta(seconds=61))
        status, _ = await viewer.ask("Noch eine?")
        assert status == 200

    serve(path, clock, story)


def test_many_browsers_from_one_address_meet_the_address_limit(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        limit, _ = audience.QUESTIONS_PER_ADDRESS
        browsers = [Viewer(server, address="203.0.113.7") for _ in range(limit + 1)]
        try:
            answers = []
            for number, browser in enumerate(browsers):
                await browser.open()
                answers.append(await browser.ask(f"Frage aus dem Rathaus {number}?"))
            assert [status for status, _ in answers].count(200) == limit
            assert answers[-1][0] == 429
            assert answers[-1][1]["error"] == "Many questions came from your network just now. Please try again in a minute."
            # Another address is not held up by that one.
            other = Viewer(server, address="198.51.100.2")
            await other.open()
            assert (await other.ask("Und aus dem Kreis?"))[0] == 200
            await other.close()
        finally:
            for browser in browsers:
                await browser.close()

    serve(path, clock, story)


def test_when_too_many_audience_questions_wait_the_page_says_so(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        for number in range(3):
            assert (await viewer.ask(f"Frage {number}?"))[0] == 200
        status, answer = await viewer.ask("Die vierte?")
        assert status == 503 and answer["error"].startswith("So many questions are waiting for the moderators")
        # The co-hosts work through the queue: there is room again.
        first = next(q for q in service.snapshot.questions if q.text == "Frage 0?")
        service.run(ops.ChangeQueue(queue_ops.SetStatus(first.id or 0, QuestionStatus.DISMISSED)))
        assert (await viewer.ask("Die vierte?"))[0] == 200

    serve(path, clock, story, config=replace(LOCAL, audience_max_pending=3))


def test_the_organiser_closes_the_page_for_new_questions_and_it_stays_closed(path: Path, clock: FakeClock) -> None:
    config = replace(
        load_config(path.with_name(path.name + ".stream.json")), port=0, osc_port=0, audience_token=AUDIENCE_TOKEN
    )

    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        async with viewer.http.post(f"http://127.0.0.1:{server.port}/api/audience/close") as response:
            assert response.status == 200 and (await response.json())["open"] is False
        state = await viewer.open()
        assert state["open"] is False
        status, answer = await viewer.ask("Noch offen?")
        assert status == 403 and answer["error"] == "The moderators have closed this page for new questions."

    serve(path, clock, story, config=config)
    kept = load_config(path.with_name(path.name + ".stream.json"))
    assert kept.audience_open is False and kept.audience_token == AUDIENCE_TOKEN  # the same link next time


def test_votes_count_once_per_browser_and_only_for_accepted_questions(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        _, first = await viewer.ask("Angenommene Frage?")
        _, second = await viewer.ask("Noch nicht angenommene Frage?")
        accept(service, first["id"])
        state = await viewer.open()
        assert [q["text"] for q in state["questions"]] == ["Angenommene Frage?"]  # never a new one
        assert (await viewer.vote(first["id"]))[0] == 200
        status, answer = await viewer.vote(first["id"])
        assert status == 409 and answer["error"] == "You have already voted for this question."
        status, answer = await viewer.vote(second["id"])
        assert status == 409 and answer["error"] == "This question cannot be voted for."
        other = Viewer(server)
        await other.open()
        assert (await other.vote(first["id"]))[0] == 200
        await other.close()
        question = next(q for q in service.snapshot.questions if q.id == first["id"])
        assert question.votes == 2
        state = await viewer.open()
        assert state["voted"] == [first["id"]] and state["questions"][0]["votes"] == 2
        # The moderator's undo takes back the moderator's steps, never the audience's votes.
        service.run(ops.UndoQueue())
        assert next(q for q in service.snapshot.questions if q.id == first["id"]).status is QuestionStatus.NEW
        assert next(q for q in service.snapshot.questions if q.id == first["id"]).votes == 2

    serve(path, clock, story)


def test_the_websocket_pushes_accepted_questions_and_never_a_new_one(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        await viewer.open()
        async with viewer.http.ws_connect(viewer.url("ws")) as socket:
            first = await socket.receive_json(timeout=5)
            assert first["type"] == "now" and first["now"]["event"] == "Open Government – das können wir?!"
            assert "queue" not in first["now"]
            assert (await socket.receive_json(timeout=5))["questions"] == []
            _, asked = await viewer.ask("<b>Fett</b> und https://example.org?")
            accept(service, asked["id"])
            while True:
                message = await socket.receive_json(timeout=5)
                if message["type"] == "questions" and message["questions"]:
                    break
            assert [q["text"] for q in message["questions"]] == ["<b>Fett</b> und https://example.org?"]
            await viewer.ask("Eine neue, unbesehene Frage?")
            service.run(ops.StartShow())
            for _ in range(3):
                try:
                    message = await socket.receive_json(timeout=1)
                except TimeoutError:
                    break
                assert "unbesehene" not in str(message)

    serve(path, clock, story)


def test_the_audience_token_opens_nothing_of_the_control_api(path: Path, clock: FakeClock) -> None:
    """Route by route, with the token in the address and as a bearer, on the LAN set-up."""
    config = replace(LOCAL, lan=True, token="control-token")

    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        base = f"http://127.0.0.1:{server.port}"
        log_before = len(service.store.log())
        questions_before = service.store.questions()
        routes = [("GET", "/"), ("GET", "/api/state"), ("GET", "/api/texts"), ("GET", "/user.css"),
                  ("GET", "/static/overlay.js"), ("GET", "/static/overlay.css"), ("GET", "/audience-qr"),
                  ("GET", "/audience-qr.svg"), ("POST", "/api/audience/close"), ("POST", "/api/audience/open")]
        routes += [("GET", f"/{page}") for page in PAGES]
        routes += [("POST", f"/api/{action}") for action in sorted(REMOTE_ACTIONS)]
        async with aiohttp.ClientSession() as http:
            for method, route in routes:
                for query, headers in (
                    (f"?token={AUDIENCE_TOKEN}", {}),
                    ("", {"Authorization": f"Bearer {AUDIENCE_TOKEN}"}),
                ):
                    async with http.request(method, base + route + query, headers=headers, json={"value": "1"}) as r:
                        assert r.status == 401, (method, route, r.status)
            for query in (f"?token={AUDIENCE_TOKEN}", ""):
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await http.ws_connect(base + "/ws" + query)
                assert refused.value.status == 401
            # The page has a port of its own, where nothing but the page answers: no control
            # route, with or without either token.
            assert server.audience is not None
            page_base = f"http://127.0.0.1:{server.audience.port}"
            for method, route in routes:
                for query in (f"?token={AUDIENCE_TOKEN}", "?token=control-token", ""):
                    async with http.request(method, page_base + route + query, json={"value": "1"}) as r:
                        assert r.status == 404, (method, route, r.status)
            for method, route in [("GET", "api/state"), ("POST", "api/next"), ("POST", "next"), ("GET", "../api/state")]:
                async with http.request(method, f"{page_base}/a/{AUDIENCE_TOKEN}/{route}") as r:
                    assert r.status in (404, 405), (route, r.status)
            # The control port does not serve the page, and the control token is not its link.
            async with http.get(f"{base}/a/{AUDIENCE_TOKEN}/?token=control-token") as r:
                assert r.status == 404
            async with http.get(f"{page_base}/a/control-token/") as r:
                assert r.status == 404
            async with http.get(f"{page_base}/a/{AUDIENCE_TOKEN}/") as r:
                assert r.status == 200
        assert len(service.store.log()) == log_before and service.store.questions() == questions_before
        assert service.snapshot.live.show_started_at is None

    serve(path, clock, story, config=config)


def test_off_the_lan_another_computer_cannot_reach_the_audience_page_either(path: Path, clock: FakeClock) -> None:
    """Without LAN the page is for a proxy or tunnel on this computer (see the README)."""

    class FakeRequest:
        remote = "192.0.2.10"
        match_info = {"token": AUDIENCE_TOKEN}

    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        assert server.audience is not None
        from aiohttp import web

        async def handler(request: object) -> web.Response:
            raise AssertionError("reached")

        with pytest.raises(web.HTTPForbidden):
            await server.audience.guard(FakeRequest(), handler)  # type: ignore[arg-type]

    serve(path, clock, story)


def test_the_link_and_its_qr_code_for_the_stream(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        assert server.audience is not None
        assert server.audience.url() == f"http://127.0.0.1:{server.audience.port}/a/{AUDIENCE_TOKEN}/"
        assert server.audience.port != server.port
        async with viewer.http.get(f"http://127.0.0.1:{server.port}/audience-qr.svg") as response:
            svg = await response.read()
        assert response.content_type == "image/svg+xml" and svg.startswith(b"<?xml")
        async with viewer.http.get(f"http://127.0.0.1:{server.port}/audience-qr?lang=de") as response:
            page = await response.text()
        assert "Ihre Frage an das Podium:" in page and f"/a/{AUDIENCE_TOKEN}/" in page

    serve(path, clock, story)
    public = replace(LOCAL, audience_public_url="https://fragen.example.org/lounge")

    async def behind_a_proxy(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        assert server.audience is not None and server.audience.url() == "https://fragen.example.org/lounge/"

    serve(path, clock, behind_a_proxy, config=public)


def test_the_audience_link_is_made_once_kept_and_never_the_control_token(path: Path, clock: FakeClock) -> None:
    stored = path.with_name(path.name + ".stream.json")
    config = replace(load_config(stored), port=0, osc_port=0, lan=True, token="control-token")
    links: list[str] = []

    async def story(server: StreamServer, viewer: Viewer, service: EventService) -> None:
        assert server.audience is not None
        links.append(server.config.audience_token)

    serve(path, clock, story, config=config)
    serve(path, clock, story, config=replace(config, audience_token=load_config(stored).audience_token))
    assert links[0] and links[0] == links[1] and links[0] != "control-token"
    assert load_config(stored).audience_token == links[0]
