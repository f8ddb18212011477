"""A shared event a network away: the cockpit goes on counting while a write or a heartbeat
waits for the server.

The server is the real test server behind a real delayed link (``tests/delayed_link.py``:
a relay holding every byte 50 ms each way, 100 ms round trip; the kernel here has no netem).
A Qt timer on the GUI thread ticks every 10 ms; its longest gap is how long the GUI thread
was blocked.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from delayed_link import DelayedLink
from helpers import make_event_file
from moderator.app.service import Changes
from moderator.domain.clock import ClockError
from moderator.domain.cohosts import HostRole, Instance
from moderator.domain.readiness import ReadinessField
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.persistence.publish import publish
from moderator.ui.event_session import EventSession
from moderator.ui.readiness_panel import attach_readiness_panel
from pg_server import PgServer

START = datetime(2021, 6, 9, 13, 50, tzinfo=ZoneInfo("Europe/Berlin"))
ROUND_TRIP_S = 0.1


class Pulse:
    """A 10 ms timer on the GUI thread; ``longest_gap()`` since ``start``."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> float:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self.ticks[0]

    def longest_gap(self, until: float) -> float:
        self.timer.stop()
        stamps = [*self.ticks, until]
        return max(later - earlier for earlier, later in zip(stamps, stamps[1:]))


@pytest.fixture
def slow_session(tmp_path: Path, pg_server: PgServer, pg_url: str) -> Iterator[EventSession]:
    address = publish(make_event_file(tmp_path), pg_url, now=START)
    with DelayedLink(pg_server.host, pg_server.port, ROUND_TRIP_S * 1000 / 2) as link:
        session = EventSession(EventStore.open(link.address(address)), FakeClock(START), name="Mira")
        try:
            yield session
        finally:
            session.close()


def test_a_clock_key_over_a_slow_network_never_stalls_the_cockpit(qtbot: QtBot, slow_session: EventSession) -> None:
    session = slow_session
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    pulse = Pulse()

    # When the moderator starts the show, a write of several round trips to the server
    began = pulse.start()
    assert session.toggle()
    ended = time.perf_counter()

    # Then the key waited for the server (the show is stored and shown when it returns) ...
    assert ended - began >= 3 * ROUND_TRIP_S
    assert session.snapshot.live.show_started_at is not None
    assert any(changes.live and changes.mine for changes in heard)
    check = EventStore.open(session.store.location)
    try:
        assert check.live().show_started_at is not None
    finally:
        check.close()
    # ... while the GUI thread went on with its timers all along.
    assert pulse.longest_gap(ended) < ROUND_TRIP_S


def test_a_refused_key_over_a_slow_network_says_so_on_the_gui_thread(
    qtbot: QtBot, slow_session: EventSession
) -> None:
    session = slow_session
    failed: list[object] = []
    session.failed.connect(failed.append)
    # Before the show starts there is no slot to go back to: refused, and said before the
    # key's call returns, as on an event file.
    assert not session.previous_slot()
    assert len(failed) == 1 and isinstance(failed[0], ClockError)


def test_the_heartbeat_over_a_slow_network_waits_on_a_thread_of_its_own(
    qtbot: QtBot, slow_session: EventSession
) -> None:
    session = slow_session
    other = EventStore.open(session.store.location)  # a co-host joins meanwhile
    try:
        other.heartbeat(Instance("cem", "Cem", HostRole.COHOST, START))
    finally:
        other.close()
    pulse = Pulse()
    began = pulse.start()
    session.beat()  # what the heartbeat timer calls
    returned = time.perf_counter()
    assert returned - began < ROUND_TRIP_S / 2  # it does not wait for the server

    # The co-host is listed once the beat is back; the GUI thread never waited for it.
    qtbot.waitUntil(lambda: any(i.id == "cem" for i in session.instances), timeout=5000)
    assert pulse.longest_gap(time.perf_counter()) < ROUND_TRIP_S


def test_a_co_hosts_change_is_read_over_a_slow_network_without_stalling_the_cockpit(
    qtbot: QtBot, slow_session: EventSession
) -> None:
    session = slow_session
    co_host = EventStore.open(session.store.location)
    try:
        # When a co-host adds a question (its notification wakes this instance's socket
        # once this thread handles its events again)
        co_host.add_question("Frage aus dem Saal", now=START)
        pulse = Pulse()
        pulse.start()
        # Then it shows here, read in a round trip the GUI thread did not wait for
        qtbot.waitUntil(lambda: any(q.text == "Frage aus dem Saal" for q in session.snapshot.questions), timeout=5000)
        assert pulse.longest_gap(time.perf_counter()) < ROUND_TRIP_S
    finally:
        co_host.close()


def test_a_readiness_tick_in_the_pre_show_over_a_slow_network_never_stalls_the_cockpit(
    qtbot: QtBot, slow_session: EventSession
) -> None:
    session = slow_session
    window = QMainWindow()
    qtbot.addWidget(window)
    errors: list[object] = []
    panel = attach_readiness_panel(window, session, errors.append)
    person = session.snapshot.people[0].id
    assert person is not None
    pulse = Pulse()

    # When a co-host ticks "joined" for the first speaker in the tech check
    began = pulse.start()
    panel.set_value(person, ReadinessField.JOINED, True)
    ended = time.perf_counter()

    # Then the tick is stored when the call returns, the GUI thread having gone on meanwhile
    assert errors == []
    assert ended - began >= 3 * ROUND_TRIP_S
    assert pulse.longest_gap(ended) < ROUND_TRIP_S
    assert session.store.readiness()[person].joined
