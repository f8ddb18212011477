"""The show clock, told as small stories on the seed event's run sheet.

Time is a :class:`FakeClock` moved by hand: no test sleeps. The run sheet is the seed
event of 9 June 2021 (Europe/Berlin): 13:50 pre-show, 14:00 welcome, 14:10, 14:30 and
14:45 impulses, 15:00 panel, ending 15:30.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.domain.clock import (
    ClockAction,
    ClockError,
    ClockReading,
    Phase,
    Transition,
    actual_starts,
    add_time,
    end_show,
    goto_slot,
    next_slot,
    pause,
    previous_slot,
    read,
    remaining_at,
    reset_show,
    resume,
    seconds_text,
    start_show,
    toggle,
    until_phase_changes,
)
from moderator.domain.errors import UserError
from moderator.domain.model import LiveState, LogEntry, Slot, SlotKind
from moderator.domain.timesource import Clock, FakeClock, SystemClock

BERLIN = ZoneInfo("Europe/Berlin")
ZERO = timedelta(0)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


def minutes(value: float) -> timedelta:
    """A duration in minutes."""
    return timedelta(minutes=value)


def seed_slots() -> tuple[Slot, ...]:
    """The seed event's run sheet, with ids 1 to 6."""
    plan = [
        (13, 50, 10, SlotKind.PRE_SHOW, "Einwahl und Technik-Check"),
        (14, 0, 10, SlotKind.WELCOME, "Begrüßung & Einführung in die Lounge"),
        (14, 10, 20, SlotKind.TALK, "Impuls 1: Open Government"),
        (14, 30, 15, SlotKind.TALK, "Impuls 2: Open State"),
        (14, 45, 15, SlotKind.TALK, "Impuls 3: Kommunales Open Government"),
        (15, 0, 30, SlotKind.PANEL, "Moderiertes Gespräch mit Rückfragen"),
    ]
    return tuple(
        Slot(
            id=index,
            position=index,
            title=title,
            start=at(hour, minute),
            duration=minutes(length),
            kind=kind,
        )
        for index, (hour, minute, length, kind, title) in enumerate(plan, start=1)
    )


SLOTS = seed_slots()
PLANNED_END = at(15, 30)


@dataclass
class Show:
    """The moderator's side of a story: a run sheet, a fake clock, the state and the log."""

    clock: FakeClock
    slots: tuple[Slot, ...] = SLOTS
    state: LiveState = field(default_factory=LiveState)
    log: list[LogEntry] = field(default_factory=list)

    def apply(self, transition: Transition) -> Transition:
        """Store a transition as the persistence layer would."""
        self.state = transition.state
        self.log.extend(transition.log)
        return transition

    def start(self) -> Transition:
        return self.apply(start_show(self.state, self.slots, self.clock.now()))

    def next(self) -> Transition:
        return self.apply(next_slot(self.state, self.slots, self.clock.now()))

    def previous(self) -> Transition:
        return self.apply(previous_slot(self.state, self.slots, self.clock.now()))

    def goto(self, slot_id: int) -> Transition:
        return self.apply(goto_slot(self.state, self.slots, slot_id, self.clock.now()))

    def pause(self) -> Transition:
        return self.apply(pause(self.state, self.clock.now()))

    def resume(self) -> Transition:
        return self.apply(resume(self.state, self.clock.now()))

    def toggle(self) -> Transition:
        return self.apply(toggle(self.state, self.slots, self.clock.now()))

    def add(self, delta: timedelta) -> Transition:
        return self.apply(add_time(self.state, delta, self.clock.now()))

    def end(self) -> Transition:
        return self.apply(end_show(self.state, self.clock.now()))

    def reset(self) -> Transition:
        return self.apply(reset_show(self.state, self.clock.now()))

    def reading(self) -> ClockReading:
        """What the screen shows now."""
        return read(self.state, self.slots, self.clock.now(), actual_starts(self.log))

    def actions(self) -> list[str]:
        return [entry.action for entry in self.log]


def show_at(hour: int, minute: int, second: int = 0) -> Show:
    """A show not yet started, with the clock at this Berlin time."""
    return Show(FakeClock(at(hour, minute, second)))


# --- time sources ------------------------------------------------------------------------


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(at(13, 45))
    assert clock.now() == at(13, 45)
    assert clock.now().tzinfo is UTC
    assert clock.advance(90) == at(13, 46, 30)
    assert clock.advance(minutes(1)) == at(13, 47, 30)
    clock.set(at(13, 0))
    assert clock.now() == at(13, 0)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(datetime(2021, 6, 9, 14, 0))


def test_system_clock_ignores_a_change_of_the_wall_clock_until_resynced() -> None:
    wall = [at(14, 0)]
    ticks = [1_000_000_000_000]
    clock = SystemClock(wall=lambda: wall[0], monotonic_ns=lambda: ticks[0])
    source: Clock = clock  # SystemClock satisfies the protocol (checked by mypy)
    del source

    ticks[0] += 90 * 10**9
    assert clock.now() == at(14, 1, 30)

    # Someone sets the system clock back an hour: the countdown does not jump.
    wall[0] = at(13, 1, 30)
    assert clock.now() == at(14, 1, 30)
    assert clock.wall_skew() == -minutes(60)

    assert clock.resync() == -minutes(60)
    assert clock.now() == at(13, 1, 30)
    assert clock.wall_skew() == ZERO


def test_system_clock_reads_real_time_in_utc() -> None:
    clock = SystemClock()
    first = clock.now()
    assert first.tzinfo is UTC
    assert clock.now() >= first
    assert abs(clock.wall_skew()) < timedelta(seconds=5)


# --- before the show ---------------------------------------------------------------------


def test_before_the_show_the_clock_counts_down_to_the_first_slot() -> None:
    show = show_at(13, 45)

    reading = show.reading()

    assert reading.phase is Phase.BEFORE_SHOW
    assert reading.slot == SLOTS[0]
    assert reading.slot_index == 0
    assert reading.remaining == minutes(5)
    assert reading.allotted == minutes(10)
    assert reading.drift == ZERO
    assert reading.projected_starts == tuple(slot.start for slot in SLOTS)
    assert reading.projected_end == PLANNED_END


def test_a_late_start_shows_as_drift_before_the_show() -> None:
    show = show_at(13, 53)

    reading = show.reading()

    assert reading.remaining == -minutes(3)
    assert reading.drift == minutes(3)
    assert reading.projected_starts[0] == at(13, 53)
    assert reading.projected_starts[5] == at(15, 3)
    assert reading.projected_end == at(15, 33)


def test_an_empty_run_sheet_reads_and_refuses_to_start() -> None:
    show = Show(FakeClock(at(13, 45)), slots=())
    reading = show.reading()
    assert reading.slot is None
    assert reading.projected_starts == ()
    with pytest.raises(ClockError):
        show.start()


@pytest.mark.parametrize(
    "action",
    [
        lambda show: show.pause(),
        lambda show: show.resume(),
        lambda show: show.next(),
        lambda show: show.previous(),
        lambda show: show.add(minutes(1)),
        lambda show: show.end(),
    ],
)
def test_live_actions_before_the_show_are_refused(action: Callable[[Show], Transition]) -> None:
    show = show_at(13, 45)
    with pytest.raises(ClockError) as raised:
        action(show)
    assert isinstance(raised.value, UserError)
    assert raised.value.context == "clock"
    assert raised.value.message == "The show has not started yet."
    assert show.state == LiveState()


# --- start, pause, resume ----------------------------------------------------------------


def test_starting_the_show_starts_the_first_slot_and_a_second_start_does_nothing() -> None:
    show = show_at(13, 50)

    show.start()
    show.clock.advance(minutes(1))
    again = show.start()

    reading = show.reading()
    assert reading.phase is Phase.NORMAL
    assert reading.slot == SLOTS[0]
    assert reading.remaining == minutes(9)
    assert not again.changed
    assert show.state.revision == 1
    assert show.actions() == ["show_started", "slot_started"]
    assert show.log[1].slot_id == 1
    assert type(show.log[1].action) is str  # stored as text, not as the enum


def test_a_pause_holds_the_countdown_and_moves_the_projected_end() -> None:
    show = show_at(13, 50)
    show.start()
    show.clock.advance(minutes(3))

    show.pause()
    show.clock.advance(minutes(5))

    paused = show.reading()
    assert paused.paused
    assert paused.remaining == minutes(7)
    assert paused.elapsed == minutes(3)
    assert paused.drift == minutes(5)
    assert paused.projected_end == at(15, 35)

    show.resume()
    assert show.state.paused_total == minutes(5)
    assert show.log[-1].detail == "300"
    show.clock.advance(minutes(7))
    assert show.reading().remaining == ZERO
    assert show.reading().drift == minutes(5)


def test_pausing_twice_and_resuming_a_running_clock_change_nothing() -> None:
    show = show_at(13, 50)
    show.start()
    show.pause()
    assert not show.pause().changed
    show.resume()
    assert not show.resume().changed
    assert show.actions() == ["show_started", "slot_started", "paused", "resumed"]


def test_space_starts_pauses_and_resumes() -> None:
    show = show_at(13, 50)

    show.toggle()
    show.clock.advance(60)
    show.toggle()
    show.clock.advance(30)
    show.toggle()

    assert show.actions() == ["show_started", "slot_started", "paused", "resumed"]
    assert show.reading().remaining == minutes(9)
    assert show.reading().drift == timedelta(seconds=30)


def test_start_on_a_paused_show_resumes_it() -> None:
    show = show_at(13, 50)
    show.start()
    show.pause()
    show.clock.advance(20)
    show.start()
    assert not show.reading().paused
    assert show.state.paused_total == timedelta(seconds=20)


# --- adding and removing time, overtime, phases -------------------------------------------


def test_time_added_and_removed_changes_the_countdown_and_the_drift() -> None:
    show = show_at(14, 0)
    show.goto(2)

    show.add(minutes(2))
    assert show.reading().remaining == minutes(12)
    assert show.reading().allotted == minutes(12)
    assert show.reading().drift == minutes(2)

    show.add(-minutes(5))
    assert show.reading().remaining == minutes(7)
    assert show.reading().drift == -minutes(3)
    assert [entry.detail for entry in show.log[-2:]] == ["120", "-300"]
    assert {entry.action for entry in show.log[-2:]} == {"time_added"}

    show.add(-minutes(8))
    assert show.reading().phase is Phase.OVERTIME
    assert show.reading().remaining == -minutes(1)


def test_adding_no_time_changes_nothing() -> None:
    show = show_at(14, 0)
    show.start()
    assert not show.add(ZERO).changed


def test_in_overtime_the_clock_counts_up_and_the_show_slips() -> None:
    show = show_at(14, 0)
    show.goto(2)

    show.clock.advance(minutes(10) + timedelta(seconds=30))
    first = show.reading()
    show.clock.advance(60)
    later = show.reading()

    assert first.phase is later.phase is Phase.OVERTIME
    assert first.remaining == -timedelta(seconds=30)
    assert later.remaining == -timedelta(seconds=90)
    assert later.progress == 1.0
    assert later.drift == timedelta(seconds=90)
    assert later.projected_end == at(15, 31, 30)


@pytest.mark.parametrize(
    ("left", "phase"),
    [
        (timedelta(minutes=2, seconds=1), Phase.NORMAL),
        (timedelta(minutes=2), Phase.WARNING),
        (timedelta(seconds=31), Phase.WARNING),
        (timedelta(seconds=30), Phase.FINAL),
        (ZERO, Phase.FINAL),
        (-timedelta(microseconds=1), Phase.OVERTIME),
    ],
)
def test_phases_change_at_the_slot_thresholds(left: timedelta, phase: Phase) -> None:
    show = show_at(14, 0)
    show.goto(2)
    show.clock.set(at(14, 10) - left)
    reading = show.reading()
    assert reading.remaining == left
    assert reading.phase is phase


def test_each_slot_has_its_own_thresholds() -> None:
    slots = (replace(SLOTS[0], warning=minutes(5), final=minutes(1)),)
    show = Show(FakeClock(at(13, 50)), slots=slots)
    show.start()
    show.clock.advance(minutes(5))
    assert show.reading().phase is Phase.WARNING
    show.clock.advance(minutes(4))
    assert show.reading().phase is Phase.FINAL


def test_the_next_phase_change_is_foretold_so_nobody_has_to_poll_for_it() -> None:
    """The stream server reads the phase when it is due to change, not four times a second:
    moving the clock by the time foretold lands exactly on the next phase."""
    show = show_at(14, 0)
    show.goto(2)
    show.clock.set(at(14, 10) - timedelta(minutes=3, seconds=7))
    seen = [show.reading().phase]
    while (ahead := until_phase_changes(show.reading())) is not None:
        before = show.reading().phase
        show.clock.advance(ahead - timedelta(microseconds=1))
        assert show.reading().phase is before  # not a moment too early
        show.clock.advance(timedelta(microseconds=1))
        seen.append(show.reading().phase)
    assert seen == [Phase.NORMAL, Phase.WARNING, Phase.FINAL, Phase.OVERTIME]
    assert until_phase_changes(show.reading()) is None  # overtime lasts until someone acts


def test_a_paused_show_or_one_not_started_foretells_no_phase_change() -> None:
    show = show_at(13, 40)
    assert until_phase_changes(show.reading()) is None
    show.clock.set(at(13, 50))
    show.start()
    show.pause()
    show.clock.advance(minutes(9))
    assert until_phase_changes(show.reading()) is None
    show.resume()
    assert until_phase_changes(show.reading()) == minutes(8)  # to the warning, 2 min before the end


def test_the_time_left_is_foretold_from_one_reading_until_someone_acts() -> None:
    """The cockpit reads the clock once a second and foretells the time left in between
    (for its wall clock's second); the foretold time is what a reading then would show."""

    def foretold_right(show: Show) -> None:
        reading, then = show.reading(), show.clock.now()
        for later in (timedelta(milliseconds=1), timedelta(milliseconds=400), timedelta(seconds=1), minutes(3)):
            show.clock.advance(later)
            assert remaining_at(reading, show.clock.now()) == show.reading().remaining
            show.clock.set(then)

    show = show_at(13, 40, 0)
    show.clock.advance(timedelta(microseconds=250_000))
    foretold_right(show)  # before the show, counting down to it
    show.clock.set(at(13, 52))
    foretold_right(show)  # before the show, starting late
    show.start()
    show.clock.advance(timedelta(seconds=10, microseconds=123_456))
    foretold_right(show)  # a slot running
    show.pause()
    foretold_right(show)  # paused: it stands still
    show.resume()
    show.clock.advance(minutes(11))
    foretold_right(show)  # overtime, counting up
    show.end()
    foretold_right(show)  # ended


# --- next, previous, jump -----------------------------------------------------------------


def test_next_shows_the_next_slots_full_duration() -> None:
    show = show_at(13, 50)
    show.start()
    show.clock.advance(minutes(4))

    show.next()

    reading = show.reading()
    assert reading.slot == SLOTS[1]
    assert reading.remaining == minutes(10)
    assert reading.drift == -minutes(6)
    assert reading.projected_starts[:2] == (at(13, 50), at(13, 54))


def test_next_while_paused_starts_the_next_slot_running() -> None:
    show = show_at(13, 50)
    show.start()
    show.pause()
    show.clock.advance(minutes(10))
    show.next()
    assert not show.reading().paused
    assert show.state.paused_total == ZERO


def test_previous_restarts_the_previous_slot_fresh() -> None:
    show = show_at(13, 50)
    show.start()
    show.clock.advance(minutes(10))
    show.next()
    show.clock.advance(minutes(1))
    show.add(minutes(3))

    show.previous()

    reading = show.reading()
    assert reading.slot == SLOTS[0]
    assert reading.remaining == minutes(10)
    assert reading.allotted == minutes(10)
    assert reading.drift == minutes(11)
    assert actual_starts(show.log) == {1: at(14, 1), 2: at(14, 0)}
    with pytest.raises(ClockError, match="first slot"):
        show.previous()


def test_jumping_to_a_slot_starts_it_and_skips_those_between() -> None:
    show = show_at(14, 0)
    show.start()

    show.goto(5)

    reading = show.reading()
    assert reading.slot == SLOTS[4]
    assert reading.slot_index == 4
    assert reading.remaining == minutes(15)
    assert reading.drift == -minutes(45)
    # Skipped slots show their planned start; the slot jumped to its actual one.
    assert reading.projected_starts == (
        at(14, 0),
        *(s.start for s in SLOTS[1:4]),
        at(14, 0),
        at(14, 15),
    )

    with pytest.raises(ClockError) as raised:
        show.goto(99)
    assert raised.value.message == "There is no slot 99 on the run sheet."


def test_jumping_before_the_show_starts_it_at_that_slot() -> None:
    show = show_at(14, 0)
    show.goto(2)
    assert show.actions() == ["show_started", "slot_started"]
    assert show.reading().slot == SLOTS[1]
    assert show.reading().drift == ZERO


def test_jumping_to_the_current_slot_restarts_it() -> None:
    show = show_at(14, 0)
    show.goto(2)
    show.add(minutes(1))
    show.clock.advance(minutes(4))
    show.goto(2)
    assert show.reading().remaining == minutes(10)


def test_a_slot_removed_from_the_run_sheet_while_on_air_is_reported() -> None:
    show = show_at(14, 0)
    show.goto(2)
    show.slots = tuple(slot for slot in SLOTS if slot.id != 2)
    with pytest.raises(ClockError, match="no longer on the run sheet"):
        show.reading()
    with pytest.raises(ClockError):
        show.next()
    show.goto(3)
    assert show.reading().slot == SLOTS[2]


# --- drift and the projected end ----------------------------------------------------------


def test_a_late_start_and_an_overrun_add_up_in_the_drift_and_the_projected_end() -> None:
    show = show_at(13, 53)
    show.start()
    show.clock.advance(minutes(10))
    show.next()
    assert show.reading().drift == minutes(3)

    # The welcome overruns by two minutes.
    show.clock.advance(minutes(12))
    overrun = show.reading()
    assert overrun.phase is Phase.OVERTIME
    assert overrun.drift == minutes(5)
    assert overrun.projected_end == at(15, 35)

    show.next()
    reading = show.reading()
    assert reading.drift == minutes(5)
    assert reading.projected_starts == (
        at(13, 53),
        at(14, 3),
        at(14, 15),
        at(14, 35),
        at(14, 50),
        at(15, 5),
    )
    assert reading.projected_end == at(15, 35)


def test_running_ahead_shows_negative_drift() -> None:
    show = show_at(14, 0)
    show.goto(2)
    show.clock.advance(minutes(8))
    show.next()
    assert show.reading().drift == -minutes(2)
    assert show.reading().projected_end == at(15, 28)


# --- the end ------------------------------------------------------------------------------


def test_next_on_the_last_slot_ends_the_show() -> None:
    show = show_at(15, 0)
    show.goto(6)
    show.clock.advance(minutes(32))

    show.next()

    reading = show.reading()
    assert reading.phase is Phase.ENDED
    assert reading.slot is None
    assert reading.drift == minutes(2)
    assert reading.projected_end == at(15, 32)
    assert show.actions()[-1] == "show_ended"
    assert show.log[-1].slot_id == 6

    for action in (show.next, show.pause, show.resume, show.toggle, lambda: show.add(minutes(1))):
        with pytest.raises(ClockError, match="has ended"):
            action()
    assert not show.end().changed


def test_ending_while_paused_closes_the_pause() -> None:
    show = show_at(15, 0)
    show.goto(6)
    show.pause()
    show.clock.advance(minutes(2))
    show.end()
    assert show.state.paused_at is None
    assert show.state.paused_total == minutes(2)


def test_previous_after_the_end_reopens_the_last_slot() -> None:
    show = show_at(15, 0)
    show.goto(6)
    show.clock.advance(minutes(29))
    show.next()

    show.previous()

    assert show.actions()[-2:] == ["show_reopened", "slot_started"]
    reading = show.reading()
    assert reading.slot == SLOTS[5]
    assert reading.remaining == minutes(30)
    assert show.state.show_started_at == at(15, 0)


def test_reset_goes_back_to_before_the_show_and_forgets_the_rehearsal() -> None:
    show = show_at(13, 0)
    show.goto(3)
    show.clock.advance(minutes(5))

    show.reset()

    assert show.state == LiveState(revision=2)
    assert show.reading().phase is Phase.BEFORE_SHOW
    assert actual_starts(show.log) == {}
    assert not show.reset().changed


# --- the log ------------------------------------------------------------------------------


def test_actual_starts_are_the_latest_start_of_each_slot() -> None:
    log = [
        LogEntry(at=at(14, 0), action="slot_started", slot_id=2),
        LogEntry(at=at(14, 5), action="paused", slot_id=2),
        LogEntry(at=at(14, 10), action="slot_started", slot_id=3),
        LogEntry(at=at(14, 12), action="slot_started", slot_id=2),
    ]
    assert actual_starts(log) == {2: at(14, 12), 3: at(14, 10)}


def test_durations_are_logged_as_seconds() -> None:
    assert seconds_text(minutes(2)) == "120"
    assert seconds_text(-timedelta(seconds=30)) == "-30"
    assert seconds_text(timedelta(seconds=1.5)) == "1.5"


# --- a whole show -------------------------------------------------------------------------


def test_a_ninety_minute_show_with_400_operations_ends_without_drift() -> None:
    """Pauses and time changes that net out within each slot leave the show on plan."""
    rng = random.Random(20210609)
    show = show_at(13, 50)
    show.start()
    per_slot = [0] * len(SLOTS)
    for _ in range(400):
        per_slot[rng.randrange(len(SLOTS))] += 1

    for slot, operations in zip(SLOTS, per_slot, strict=True):
        # How much later than planned this slot would end, by the test's own account:
        # time added minus time removed plus time paused.
        pushed = ZERO
        paused_since: datetime | None = None
        for left_ops in range(operations, 0, -1):
            budget = (slot.end - show.clock.now()) // timedelta(milliseconds=1)
            show.clock.advance(timedelta(milliseconds=rng.randint(0, budget // (left_ops + 1))))
            now = show.clock.now()
            choice = rng.choice(["toggle", "add", "remove"])
            if choice == "toggle":
                show.toggle()
                if paused_since is None:
                    paused_since = now
                else:
                    pushed += now - paused_since
                    paused_since = None
            else:
                delta = timedelta(seconds=rng.randint(1, 120 if choice == "add" else 60))
                delta = delta if choice == "add" else -delta
                show.add(delta)
                pushed += delta
            reading = show.reading()
            running_pause = now - paused_since if paused_since is not None else ZERO
            assert reading.slot == slot
            assert reading.paused == (paused_since is not None)
            assert reading.remaining + reading.elapsed == reading.allotted
            assert reading.drift == max(pushed + running_pause, now - slot.end)

        if paused_since is not None:
            pushed += show.clock.now() - paused_since
            show.resume()
        show.add(-pushed)
        assert show.reading().drift == ZERO
        show.clock.set(slot.end)
        assert show.reading().remaining == ZERO
        show.next()

    reading = show.reading()
    assert reading.phase is Phase.ENDED
    assert reading.drift == ZERO
    assert reading.projected_end == PLANNED_END
    assert reading.projected_starts == tuple(slot.start for slot in SLOTS)
    assert actual_starts(show.log) == {slot.id: slot.start for slot in SLOTS if slot.id is not None}
    assert show.state.revision == len(show.log) - 1  # start_show logs two entries
    counts = Counter(show.actions())
    assert (
        counts[ClockAction.PAUSED] + counts[ClockAction.RESUMED] + counts[ClockAction.TIME_ADDED]
        >= 400
    )


# --- properties ---------------------------------------------------------------------------

ACTIONS: dict[str, Callable[[Show, timedelta], Transition]] = {
    "toggle": lambda show, _: show.toggle(),
    "next": lambda show, _: show.next(),
    "previous": lambda show, _: show.previous(),
    "goto": lambda show, amount: show.goto(1 + abs(amount // timedelta(seconds=1)) % 7),
    "add": lambda show, amount: show.add(amount),
    "end": lambda show, _: show.end(),
    "reset": lambda show, _: show.reset(),
}

steps = st.lists(
    st.tuples(
        st.sampled_from(sorted(ACTIONS)),
        st.timedeltas(min_value=-minutes(10), max_value=minutes(10)),
        st.timedeltas(min_value=ZERO, max_value=minutes(20)),
    ),
    max_size=30,
)


@settings(database=None, deadline=None, max_examples=200)
@given(steps=steps, offset=st.timedeltas(min_value=-minutes(30), max_value=minutes(30)))
def test_the_countdown_adds_up_and_stands_still_while_paused(
    steps: Sequence[tuple[str, timedelta, timedelta]], offset: timedelta
) -> None:
    show = Show(FakeClock(at(13, 50) + offset))
    for action, amount, wait in steps:
        before = show.state
        try:
            transition = ACTIONS[action](show, amount)
        except ClockError:
            assert show.state == before
        else:
            bumped = transition.state.revision == before.revision + 1
            assert bumped == transition.changed
            assert transition.changed or transition.state == before
        show.clock.advance(wait)

        reading = show.reading()
        if reading.phase not in (Phase.BEFORE_SHOW, Phase.ENDED):
            assert reading.remaining + reading.elapsed == reading.allotted
            assert 0.0 <= reading.progress <= 1.0
            assert reading.projected_end >= reading.now
        assert len(reading.projected_starts) == len(SLOTS)
        if reading.paused:
            later = read(show.state, show.slots, show.clock.now() + wait + minutes(1))
            assert (
                later.remaining,
                later.elapsed,
                later.allotted,
                later.progress,
                later.phase,
            ) == (
                reading.remaining,
                reading.elapsed,
                reading.allotted,
                reading.progress,
                reading.phase,
            )
            assert later.drift >= reading.drift


# --- planned gaps ---------------------------------------------------------------------


def test_a_planned_gap_absorbs_a_delay() -> None:
    slots = (SLOTS[1], replace(SLOTS[2], start=at(14, 15), duration=minutes(10)))
    show = Show(FakeClock(at(14, 0)), slots=slots)
    show.start()
    show.clock.advance(minutes(13))  # three minutes over, into a five-minute gap
    reading = show.reading()
    assert reading.drift == minutes(3)
    assert reading.projected_starts[1] == at(14, 15)
    assert reading.projected_end == slots[-1].end
