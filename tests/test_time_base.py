"""One time for everyone: the countdown after a suspend, and co-hosts whose machine
clocks differ, with fake monotonic, boot and wall sources (no test sleeps).

The machine's true time is ``truth``; each source is a function of it. A suspend moves
``truth`` and the boot clock while the monotonic clock stands still, as on Linux.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers import make_event_file, seed_like_draft
from moderator.domain import clock
from moderator.domain.model import LiveState
from moderator.domain.timesource import OffsetClock, SystemClock, measure_offset
from moderator.persistence import EventStore
from moderator.persistence.publish import publish

START = datetime(2021, 6, 9, 12, 0, tzinfo=UTC)


class Machine:
    """A machine's clocks: wall (maybe wrong by ``wall_error``), monotonic, boot."""

    def __init__(self, wall_error: timedelta = timedelta(0)) -> None:
        self.truth = START
        self.wall_error = wall_error
        self.monotonic = 10**12
        self.boot = 10**12

    def wall(self) -> datetime:
        return self.truth + self.wall_error

    def run(self, seconds: float) -> None:
        step = int(seconds * 1e9)
        self.truth += timedelta(seconds=seconds)
        self.monotonic += step
        self.boot += step

    def suspend(self, seconds: float) -> None:
        self.truth += timedelta(seconds=seconds)
        self.boot += int(seconds * 1e9)  # the monotonic clock stands still


def show_running_since(started: datetime) -> LiveState:
    return LiveState(show_started_at=started, current_slot_id=1, slot_started_at=started)


def test_after_a_20_minute_suspend_the_boot_clock_is_right_at_once() -> None:
    machine = Machine()
    system = SystemClock(wall=machine.wall, monotonic_ns=lambda: machine.monotonic, boot_ns=lambda: machine.boot)
    machine.run(300)
    machine.suspend(20 * 60)
    machine.run(1)
    assert abs(system.now() - machine.truth) < timedelta(seconds=1)
    assert system.check_asleep() == timedelta(0)  # nothing to catch up


def test_after_a_20_minute_suspend_without_a_boot_clock_the_wall_clock_is_read_again() -> None:
    machine = Machine()
    system = SystemClock(wall=machine.wall, monotonic_ns=lambda: machine.monotonic, boot_ns=None)
    machine.run(300)
    machine.suspend(20 * 60)
    machine.run(0.5)
    # Behind by the time asleep until the next repaint asks...
    assert machine.truth - system.now() == timedelta(minutes=20)
    system.check_asleep()
    assert abs(system.now() - machine.truth) < timedelta(seconds=1)
    # ...and a small NTP step is not a suspend: it is left alone.
    machine.wall_error = timedelta(seconds=1)
    assert system.check_asleep() == timedelta(0)


@pytest.mark.parametrize("boot_clock", [True, False], ids=["boot clock", "no boot clock"])
def test_only_a_clock_that_stands_still_in_a_suspend_is_looked_at_each_second(
    qapp: object, tmp_path: Path, boot_clock: bool
) -> None:
    """An idle cockpit wakes for its seconds only: with a boot clock (Linux) no timer looks
    for a suspend each second; without one, one does (and catches up, as above)."""
    from moderator.ui.event_session import EventSession

    machine = Machine()
    system = SystemClock(
        wall=machine.wall, monotonic_ns=lambda: machine.monotonic, boot_ns=(lambda: machine.boot) if boot_clock else None
    )
    assert OffsetClock(system).counts_asleep is boot_clock  # a co-host's clock on the shared time base
    session = EventSession(EventStore.open(make_event_file(tmp_path)), system)
    try:
        assert session.looks_for_suspend is not boot_clock
    finally:
        session.close()


def test_two_instances_whose_wall_clocks_differ_by_90_seconds_agree() -> None:
    ahead, behind = Machine(timedelta(seconds=45)), Machine(timedelta(seconds=-45))
    machines = (ahead, behind)
    # The store's server reads true time; a request takes 4 ms there and 9 ms back.
    latency_to, latency_back = 0.004, 0.009

    def server_of(machine: Machine):  # type: ignore[no-untyped-def]
        def server_now() -> datetime:
            machine.run(latency_to)
            seen = machine.truth
            machine.run(latency_back)
            return seen

        return server_now

    clocks = []
    for machine in machines:
        system = SystemClock(wall=machine.wall, monotonic_ns=lambda m=machine: m.monotonic, boot_ns=None)
        clocks.append(OffsetClock(system, measure_offset(system, server_of(machine))))
    # Bring both machines to the same true instant and read the same countdown there.
    behind.run((ahead.truth - behind.truth).total_seconds())
    assert ahead.truth == behind.truth
    a, b = (c.now() for c in clocks)
    assert abs(a - b) < timedelta(seconds=0.25)
    assert abs(a - ahead.truth) < timedelta(seconds=0.25)
    slots = tuple(replace(slot, id=index + 1) for index, slot in enumerate(seed_like_draft().slots))
    state = show_running_since(START)
    remaining_a = clock.read(state, slots, a).remaining
    remaining_b = clock.read(state, slots, b).remaining
    assert abs(remaining_a - remaining_b) < timedelta(seconds=0.25)
    # Without the time base they would be 90 seconds apart.
    assert abs(clocks[0].base.now() - clocks[1].base.now()) > timedelta(seconds=89)


def test_the_offset_to_the_test_suites_postgresql_is_measured(tmp_path: Path, pg_url: str) -> None:
    address = publish(make_event_file(tmp_path), pg_url, now=datetime.now(UTC))
    store = EventStore.open(address)
    try:
        server_now = store.server_now
        offset = measure_offset(SystemClock(), lambda: server_now() or datetime.now(UTC))
        # The same machine: one clock, so the offset is the measurement's own error.
        assert abs(offset) < timedelta(seconds=0.25)
        print(f"offset to the test suite's PostgreSQL: {offset.total_seconds() * 1000:.2f} ms")
    finally:
        store.close()


def test_an_event_file_has_no_time_of_its_own(tmp_path: Path) -> None:
    store = EventStore.open(make_event_file(tmp_path))
    try:
        assert store.server_now() is None
    finally:
        store.close()


@pytest.mark.parametrize("seconds", [1, 59])
def test_a_clock_that_counts_through_a_suspend_is_never_resynced(seconds: int) -> None:
    machine = Machine()
    system = SystemClock(wall=machine.wall, monotonic_ns=lambda: machine.monotonic, boot_ns=lambda: machine.boot)
    machine.wall_error = timedelta(seconds=seconds)  # someone sets the wall clock during the show
    assert system.check_asleep() == timedelta(0)
    assert system.now() == START
