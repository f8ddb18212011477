"""The stream server's control API, over real sockets on loopback.

Stories on a real event file: a stream deck presses every button the API has, each one
goes through the application service as "Stream Deck" (logged, under the co-host rules of
the clock); WebSocket clients get the state on connect and after every change, whoever
made it; the LAN needs the token; another computer is refused while LAN is off; requests
are bounded; OSC arrives from python-osc's own client; automations fire and their
failures are reported without holding the show.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.app.control import REMOTE_ACTIONS
from moderator.app.service import EventService
from moderator.domain.cohosts import HostRole
from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.stream.config import Automation, StreamConfig, load_config
from moderator.stream.server import MAX_REQUEST_BYTES, PHASE_CHECK_SECONDS, STREAM_DECK, StreamServer

BERLIN = ZoneInfo("Europe/Berlin")
LOCAL = StreamConfig(port=0, osc_port=0)

Story = Callable[[StreamServer, aiohttp.ClientSession, EventService], Awaitable[None]]


def at(hour: int, minute: int) -> datetime:
    return datetime(2021, 6, 9, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at(13, 50))


def serve(path: Path, clock: FakeClock, story: Story, *, config: StreamConfig = LOCAL, host: str | None = None,
          problems: list[str] | None = None) -> None:
    """Run ``story`` against a stream server on the moderator's app service (a real socket)."""

    async def main() -> None:
        service = EventService(EventStore.open(path), clock, name="Moderation")
        service.join()
        server = StreamServer(service, config, host=host, problem=(problems.append if problems is not None else None))
        await server.start()
        try:
            async with aiohttp.ClientSession() as http:
                await story(server, http, service)
        finally:
            await server.close()
            service.close()

    asyncio.run(main())


def url(server: StreamServer, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def post(http: aiohttp.ClientSession, server: StreamServer, action: str, **data: object) -> dict:
    async with http.post(url(server, f"/api/{action}"), json=data or None) as response:
        body = await response.json()
        body["status"] = response.status
        return body


def test_the_state_before_the_show_names_the_first_slot_and_nobody_on_air(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async with http.get(url(server, "/api/state")) as response:
            state = await response.json()
        assert response.status == 200
        assert state["clock"]["phase"] == "before_show"
        assert state["slot"]["title"] == "Einwahl und Technik-Check"
        assert state["speaker"] is None and state["question"] is None
        assert state["event"]["timezone"] == "Europe/Berlin"

    serve(path, clock, story)


def test_a_stream_deck_presses_every_button_and_each_goes_through_the_service(path: Path, clock: FakeClock) -> None:
    pressed: list[str] = []

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async def press(action: str, **data: object) -> dict:
            body = await post(http, server, action, **data)
            assert body["status"] == 200 and body["ok"], body
            pressed.append(action)
            return body["state"]

        state = await press("start")
        assert state["clock"]["started"] and state["slot"]["title"] == "Einwahl und Technik-Check"
        state = await press("next")
        assert state["slot"]["title"] == "Begrüßung"
        assert [p["name"] for p in state["people"]] == ["Dr. Tobias Plate", "Alexander Handschuh"]
        state = await press("speaker-next")  # the slot's proposed first speaker
        assert state["speaker"]["name"] == "Dr. Tobias Plate"
        state = await press("handoff", value="2")
        assert state["speaker"]["name"] == "Alexander Handschuh"
        state = await press("handoff", value="Plate")
        assert state["speaker"]["name"] == "Dr. Tobias Plate"
        state = await press("undo-handoff")
        assert state["speaker"]["name"] == "Alexander Handschuh"
        state = await press("nobody")
        assert state["speaker"] is None
        clock.advance(30)
        state = await press("pause")
        assert state["clock"]["paused"] and state["clock"]["deadline"] is None
        state = await press("resume")
        assert not state["clock"]["paused"]
        before = state["clock"]["allotted_ms"]
        state = await press("add", value=-60)
        assert state["clock"]["allotted_ms"] == before - 60_000
        state = await press("toggle")
        assert state["clock"]["paused"]
        await press("toggle")
        third = service.slots[3]
        state = await press("goto", value=third.id)
        assert state["slot"]["title"] == "Impuls 2"
        state = await press("previous")
        assert state["slot"]["title"] == "Impuls 1"
        state = await press("ask", value="Wie fängt eine kleine Gemeinde an?", by="Bürgermeisterin", org="Gemeinde Nord")
        first = state["queue"][0]
        assert (first["text"], first["asked_by"], first["organisation"]) == (
            "Wie fängt eine kleine Gemeinde an?", "Bürgermeisterin", "Gemeinde Nord")
        state = await press("ask", value="Und die Kosten?")
        second = state["queue"][1]
        state = await press("queue", value=second["id"])
        state = await press("vote", value=first["id"])
        assert next(q for q in state["queue"] if q["id"] == first["id"])["votes"] == 1
        state = await press("top", value=first["id"])
        state = await press("move", value=first["id"], position=2)
        assert [q["id"] for q in state["queue"]] == [second["id"], first["id"]]
        state = await press("onair")  # no id: the first waiting one, as O does
        assert state["question"]["id"] == second["id"]
        state = await press("onair", value=first["id"])
        assert state["question"]["text"] == "Wie fängt eine kleine Gemeinde an?"
        state = await press("answered", value=first["id"])
        assert state["question"] is None
        state = await press("ask", value="Noch eine?")
        state = await press("dismiss", value=state["queue"][0]["id"])
        assert state["waiting"] == 0
        state = await press("end")
        assert state["clock"]["ended"]

        # Logged as the stream deck, in the moderator's instance's event.
        assert {entry.by for entry in service.log if entry.action != "control"} == {STREAM_DECK}
        assert {q.created_by for q in service.snapshot.questions} == {STREAM_DECK}

    serve(path, clock, story)
    assert set(pressed) == set(REMOTE_ACTIONS)


def test_a_refused_action_says_why_and_changes_nothing(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        before = service.store.last_change()
        assert (await post(http, server, "goto", value="drei"))["status"] == 400
        body = await post(http, server, "pause")
        assert body["status"] == 409 and body["error"]
        body = await post(http, server, "onair")
        assert body["status"] == 400 and body["error"] == "Keine Frage wartet."  # the event is German
        async with http.post(url(server, "/api/delete-everything")) as response:
            assert response.status == 404
        async with http.post(url(server, "/api/goto?lang=de"), json={"value": "x"}) as response:
            assert "ganze Zahl" in (await response.json())["error"]
        assert service.store.last_change() == before

    serve(path, clock, story)


def test_a_remote_clock_action_is_refused_while_another_instance_controls_the_clock(path: Path, clock: FakeClock) -> None:
    anna = EventService(EventStore.open(path), clock, name="Anna", role=HostRole.MODERATOR)
    anna.join()

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        body = await post(http, server, "start")
        assert body["status"] == 409
        assert body["error"].startswith("Anna steuert die Uhr")  # the event is German
        assert service.snapshot.live.show_started_at is None
        # The queue is everybody's: a stream deck may add and order questions.
        assert (await post(http, server, "ask", value="Eine Frage?"))["ok"]

    try:
        serve(path, clock, story)
    finally:
        anna.close()


async def _next_state(ws: aiohttp.ClientWebSocketResponse) -> dict:
    while True:
        message = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
        if message["type"] == "state":
            return message


def test_websocket_clients_get_the_state_on_connect_and_every_change_whoever_made_it(path: Path, clock: FakeClock) -> None:
    co_host = EventService(EventStore.open(path), clock, name="Co", role=HostRole.COHOST)

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async with http.ws_connect(url(server, "/ws")) as ws:
            first = await _next_state(ws)
            assert first["state"]["clock"]["started"] is False
            # A key in the cockpit (the app's own service) ...
            service.run(ops.StartShow())
            started = await _next_state(ws)
            assert started["state"]["clock"]["started"] and started["seq"] > first["seq"]
            # ... an action over the WebSocket itself, answered ...
            await ws.send_json({"action": "handoff", "value": "Handschuh", "id": 7})
            results = []
            while len(results) < 2:
                message = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
                results.append(message)
            reply = next(m for m in results if m["type"] == "result")
            handed = next(m for m in results if m["type"] == "state")
            assert reply == {"type": "result", "id": 7, "action": "handoff", "ok": True}
            assert handed["state"]["speaker"]["name"] == "Alexander Handschuh"
            # ... and a co-host's question, read from the change feed.
            co_host.run(ops.AddQuestion("Von der Co-Moderation?"))
            service.refresh()
            asked = await _next_state(ws)
            assert asked["state"]["queue"][0]["text"] == "Von der Co-Moderation?"
            assert first["seq"] < started["seq"] < handed["seq"] < asked["seq"]
            await ws.send_str("not json")
            refused = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
            assert refused["type"] == "result" and not refused["ok"]
        # A page that reconnects gets the state as it is now.
        async with http.ws_connect(url(server, "/ws")) as ws:
            again = await _next_state(ws)
            assert again["state"]["queue"][0]["text"] == "Von der Co-Moderation?"
            assert again["state"]["speaker"]["name"] == "Alexander Handschuh"

    try:
        serve(path, clock, story)
    finally:
        co_host.close()


def test_on_the_lan_every_request_needs_the_token(path: Path, clock: FakeClock) -> None:
    config = replace(LOCAL, lan=True, token="s3cret-token")

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        for target in ("/api/state", "/countdown", "/static/overlay.js", "/"):
            async with http.get(url(server, target)) as response:
                assert response.status == 401, target
        async with http.get(url(server, "/api/state?token=wrong")) as response:
            assert response.status == 401
        async with http.post(url(server, "/api/start")) as response:
            assert response.status == 401
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await http.ws_connect(url(server, "/ws"))
        assert service.snapshot.live.show_started_at is None
        async with http.get(url(server, "/api/state?token=s3cret-token")) as response:
            assert response.status == 200
        async with http.post(url(server, "/api/start"), headers={"Authorization": "Bearer s3cret-token"}) as response:
            assert response.status == 200
        async with http.ws_connect(url(server, "/ws?token=s3cret-token")) as ws:
            assert (await _next_state(ws))["state"]["clock"]["started"]
        async with http.get(url(server, "/countdown?token=s3cret-token")) as response:
            assert "/static/overlay.js?token=s3cret-token" in await response.text()
        assert all("token=s3cret-token" in link for link in server.page_urls().values())

    serve(path, clock, story, config=config)


def _non_loopback_address() -> str | None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        address = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_with_lan_off_a_request_from_another_address_is_refused(path: Path, clock: FakeClock) -> None:
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        # The server listens on the network address here, so the request really comes
        # from a non-loopback address; with LAN off it must still be refused.
        async with http.post(f"http://{address}:{server.port}/api/start") as response:
            assert response.status == 403
        async with http.get(f"http://{address}:{server.port}/api/state") as response:
            assert response.status == 403
        assert service.snapshot.live.show_started_at is None

    serve(path, clock, story, host=address)


def test_foreign_web_pages_and_host_names_are_refused(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async with http.post(url(server, "/api/start"), headers={"Origin": "http://evil.example"}) as response:
            assert response.status == 403
        async with http.get(url(server, "/api/state"), headers={"Host": f"evil.example:{server.port}"}) as response:
            assert response.status == 403
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await http.ws_connect(url(server, "/ws"), headers={"Origin": "http://evil.example"})
        assert service.snapshot.live.show_started_at is None
        # The pages themselves come from the server: their origin is its own.
        async with http.post(url(server, "/api/start"), headers={"Origin": f"http://127.0.0.1:{server.port}"}) as response:
            assert response.status == 200

    serve(path, clock, story)


def test_requests_and_messages_are_bounded_in_size(path: Path, clock: FakeClock) -> None:
    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        big = "x" * (MAX_REQUEST_BYTES + 1)
        async with http.post(url(server, "/api/ask"), json={"value": big}) as response:
            assert response.status == 413
        async with http.ws_connect(url(server, "/ws")) as ws:
            await _next_state(ws)
            await ws.send_json({"action": "ask", "value": big})
            closing = await asyncio.wait_for(ws.receive(), 5)
            assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
            assert ws.close_code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
        assert service.snapshot.questions == ()

    serve(path, clock, story)


def test_no_endpoint_writes_outside_the_event(path: Path, clock: FakeClock) -> None:
    folder = path.parent
    before = {p.name for p in folder.iterdir()}

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        seq = service.store.last_change()
        for target in ("/", "/api/state", "/api/texts", "/user.css", "/static/overlay.js", "/static/overlay.css",
                       "/lower-third", "/question", "/countdown", "/agenda", "/clock", "/static/../../etc/passwd"):
            async with http.get(url(server, target)) as response:
                assert response.status in (200, 404), target
        assert service.store.last_change() == seq  # reading writes nothing
        for action in REMOTE_ACTIONS:
            await post(http, server, action, value="1")

    serve(path, clock, story)
    after = {p.name for p in folder.iterdir()}
    assert after - before <= {path.name + "-wal", path.name + "-shm"}


def test_osc_from_python_oscs_own_client_runs_the_action(path: Path, clock: FakeClock) -> None:
    from pythonosc.udp_client import SimpleUDPClient

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async with http.ws_connect(url(server, "/ws")) as ws:
            await _next_state(ws)
            with SimpleUDPClient("127.0.0.1", server.osc_port) as client:
                await _osc_story(client, ws)
        assert server._osc.outcomes[-2][1].startswith("goto needs a whole number")  # logged in English

    serve(path, clock, story)


async def _osc_story(client: Any, ws: aiohttp.ClientWebSocketResponse) -> None:
        client.send_message("/moderator/start", [])
        assert (await _next_state(ws))["state"]["clock"]["started"]
        client.send_message("/moderator/next", [])
        client.send_message("/moderator/handoff", [2])
        states = [await _next_state(ws), await _next_state(ws)]
        assert states[-1]["state"]["slot"]["title"] == "Begrüßung"
        assert states[-1]["state"]["speaker"]["name"] == "Alexander Handschuh"
        client.send_message("/moderator/ask", ["Per OSC?"])
        assert (await _next_state(ws))["state"]["queue"][0]["text"] == "Per OSC?"
        client.send_message("/moderator/goto", ["drei"])  # refused: logged, nothing changes
        client.send_message("/moderator/pause", [])
        assert (await _next_state(ws))["state"]["clock"]["paused"]


def test_osc_on_the_lan_needs_the_token_in_the_address(path: Path, clock: FakeClock) -> None:
    from pythonosc.udp_client import SimpleUDPClient

    config = replace(LOCAL, lan=True, token="tok")

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        async with http.ws_connect(url(server, "/ws?token=tok")) as ws:
            await _next_state(ws)
            with SimpleUDPClient("127.0.0.1", server.osc_port) as client:
                client.send_message("/moderator/start", [])
                client.send_message("/moderator/wrong/start", [])
                client.send_message("/moderator/tok/start", [])
            assert (await _next_state(ws))["state"]["clock"]["started"]
        assert [outcome for _address, outcome in server._osc.outcomes] == ["refused", "refused", ""]

    serve(path, clock, story, config=config)


def test_automations_fire_on_the_shows_moments_and_a_failing_target_never_holds_the_show(path: Path, clock: FakeClock) -> None:
    from pythonosc.dispatcher import Dispatcher
    from pythonosc.osc_server import AsyncIOOSCUDPServer

    received: list[tuple[str, tuple[object, ...]]] = []
    problems: list[str] = []
    with socket.socket() as probe:  # a port where nobody listens: the HTTP target fails
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(lambda address, *args: received.append((address, args)))
        target = AsyncIOOSCUDPServer(("127.0.0.1", 0), dispatcher, asyncio.get_running_loop())
        transport, _ = await target.create_serve_endpoint()
        port = transport.get_extra_info("sockname")[1]
        server.automations.automations = (
            Automation("slot_start", osc={"host": "127.0.0.1", "port": port, "address": "/slot/{slot.id}", "args": ["{slot.title}"]}),
            Automation("handoff", osc={"host": "127.0.0.1", "port": port, "address": "/speaker", "args": ["{speaker.name}"]}),
            Automation("question", osc={"host": "127.0.0.1", "port": port, "address": "/question", "args": ["{question.text}"]}),
            Automation("phase", phase="warning", osc={"host": "127.0.0.1", "port": port, "address": "/warning"}),
            Automation("slot_end", http={"method": "POST", "url": f"http://127.0.0.1:{dead_port}/end?title={{slot.title}}"}),
        )
        try:
            assert (await post(http, server, "start"))["ok"]
            assert (await post(http, server, "handoff", value="Plate"))["ok"]
            question = (await post(http, server, "ask", value="<b>Frage</b>"))["state"]["queue"][0]
            assert (await post(http, server, "onair", value=question["id"]))["ok"]
            clock.advance(timedelta(minutes=8, seconds=30))  # into the warning phase (2 min left)
            server._publish()
            assert (await post(http, server, "next"))["ok"]  # the slot ends; its target is down
            for _ in range(200):
                if problems and len(received) >= 5:
                    break
                await asyncio.sleep(0.01)
        finally:
            transport.close()

    serve(path, clock, story, problems=problems)
    assert ("/slot/1", ("Einwahl und Technik-Check",)) in received
    assert ("/speaker", ("Dr. Tobias Plate",)) in received
    assert ("/question", ("<b>Frage</b>",)) in received
    assert ("/warning", ()) in received
    assert ("/slot/2", ("Begrüßung",)) in received
    assert len(problems) == 1 and problems[0].startswith("slot_end: POST http://127.0.0.1:")


def test_the_phase_is_read_when_it_is_due_to_change_not_four_times_a_second(path: Path, clock: FakeClock) -> None:
    """The automations see a phase change that comes with time alone; the server reads the
    clock for it once, when it is due, instead of polling (idle CPU, issue 18)."""

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        loop = asyncio.get_running_loop()

        def due_in() -> float:
            assert server._phase_timer is not None
            return server._phase_timer.when() - loop.time()

        assert due_in() == pytest.approx(PHASE_CHECK_SECONDS, abs=0.5)  # before the show: the safety net
        service.run(ops.StartShow())  # 13:50: ten minutes, the warning at two minutes left
        assert due_in() == pytest.approx(PHASE_CHECK_SECONDS, abs=0.5)  # eight minutes away
        clock.advance(timedelta(minutes=7, seconds=50))
        service.run(ops.Toggle())  # a pause: time alone changes nothing
        assert due_in() == pytest.approx(PHASE_CHECK_SECONDS, abs=0.5)
        service.run(ops.Toggle())  # resumed with 2:10 left: the warning is due in 10 s
        assert due_in() == pytest.approx(PHASE_CHECK_SECONDS, abs=0.5)
        clock.advance(timedelta(seconds=8))
        server._check_phase()  # the safety net's turn (the timer, run by hand: no sleeping)
        assert server._phase == "normal"
        assert due_in() == pytest.approx(2.0, abs=0.2)
        clock.advance(timedelta(seconds=2))
        server._check_phase()  # the timer at its instant
        assert server._phase == "warning"
        assert due_in() == pytest.approx(PHASE_CHECK_SECONDS, abs=0.5)  # the final phase: 90 s away

    serve(path, clock, story)


def test_viewer_pages_lag_by_the_stream_delay_and_obs_pages_do_not(path: Path, clock: FakeClock) -> None:
    config = replace(LOCAL, viewer_delay_seconds=0.4)

    async def story(server: StreamServer, http: aiohttp.ClientSession, service: EventService) -> None:
        loop = asyncio.get_running_loop()
        async with http.ws_connect(url(server, "/ws")) as obs, http.ws_connect(url(server, "/ws?audience=1")) as viewer:
            await _next_state(obs)
            await _next_state(viewer)
            pressed = loop.time()
            service.run(ops.StartShow())
            live = await _next_state(obs)
            obs_after = loop.time() - pressed
            late = await _next_state(viewer)
            viewer_after = loop.time() - pressed
        assert obs_after < 0.2 <= 0.4 <= viewer_after
        assert late["seq"] == live["seq"]
        assert late["state"]["clock"]["deadline"] == live["state"]["clock"]["deadline"] + 400

    serve(path, clock, story, config=config)


def test_a_stream_set_up_file_that_cannot_be_used_is_refused_in_one_line(tmp_path: Path) -> None:
    from moderator.stream.config import StreamConfigError

    bad = tmp_path / "lounge.moderator.stream.json"
    bad.write_text('{"port": "x"}', encoding="utf-8")
    with pytest.raises(StreamConfigError) as refused:
        load_config(bad)
    assert "port must be a port number" in refused.value.message and "\n" not in refused.value.message
    bad.write_text('{"automations": [{"on": "never", "osc": {}}]}', encoding="utf-8")
    with pytest.raises(StreamConfigError):
        load_config(bad)
    assert load_config(tmp_path / "none.json").port == 8765
