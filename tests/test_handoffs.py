"""Speaker hand-offs, told as small stories on the seed event's run sheet.

Time is a :class:`FakeClock` moved by hand: no test sleeps. The pauses come from the real
show clock's log, so talk time is checked against what the clock really writes. People
get ids in the order of the seed draft: Handschuh 1, Plate 2, Haselbeck 3, Schade 4,
Goessmann 5, Laumer 6, Groh 7; slots get ids 1 (pre-show) to 6 (panel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers import seed_like_draft
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.domain import clock
from moderator.domain.clock import ClockAction, ClockReading, Transition, actual_starts, read
from moderator.domain.handoffs import (
    HandoffAction,
    HandoffChange,
    Span,
    UpNext,
    answer_elapsed,
    apply_change,
    balance,
    close_floor,
    cue_due,
    current_handoff,
    floor_order,
    hand_off,
    next_person,
    paused_spans,
    person_for_digit,
    proposed_speaker,
    talk_times,
    undo_last,
    up_next,
)
from moderator.domain.model import Handoff, LiveState, LogEntry, Participant, Role, Slot, SlotKind
from moderator.domain.timesource import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
ZERO = timedelta(0)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


def minutes(value: float) -> timedelta:
    return timedelta(minutes=value)


def seconds(value: float) -> timedelta:
    return timedelta(seconds=value)


def seed_people() -> dict[str, int]:
    """Surname -> person id, in the order of the seed draft."""
    draft = seed_like_draft()
    return {person.name.split()[-1]: index for index, person in enumerate(draft.people, start=1)}


def seed_slots() -> tuple[Slot, ...]:
    """The seed run sheet with ids 1..6 and its people as participants."""
    draft = seed_like_draft()
    ids = {person.key: index for index, person in enumerate(draft.people, start=1)}
    return tuple(
        replace(
            slot,
            id=index,
            position=index,
            participants=tuple(Participant(ids[key], role) for key, role in people),
        )
        for index, (slot, people) in enumerate(zip(draft.slots, draft.slot_people, strict=True), start=1)
    )


PEOPLE = seed_people()
HANDSCHUH, PLATE, HASELBECK, SCHADE = (PEOPLE[name] for name in ("Handschuh", "Plate", "Haselbeck", "Schade"))
GOESSMANN, LAUMER, GROH = (PEOPLE[name] for name in ("Goessmann", "Laumer", "Groh"))
SLOTS = seed_slots()
PRE_SHOW, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = SLOTS


@dataclass
class Show:
    """The moderator's side of a story: the clock's state and log, and the hand-off records."""

    clock: FakeClock
    slots: tuple[Slot, ...] = SLOTS
    state: LiveState = field(default_factory=LiveState)
    log: list[LogEntry] = field(default_factory=list)
    handoffs: tuple[Handoff, ...] = ()

    # the clock
    def apply_clock(self, transition: Transition) -> None:
        self.state = transition.state
        self.log.extend(transition.log)

    def start(self) -> None:
        self.apply_clock(clock.start_show(self.state, self.slots, self.clock.now()))

    def goto(self, slot: Slot) -> None:
        """Jump to a slot; as in the app, the slot change closes the floor."""
        assert slot.id is not None
        self.close_floor()
        self.apply_clock(clock.goto_slot(self.state, self.slots, slot.id, self.clock.now()))

    def next(self) -> None:
        """The "next slot" key; as in the app, the slot change closes the floor."""
        self.close_floor()
        self.apply_clock(clock.next_slot(self.state, self.slots, self.clock.now()))

    def pause(self) -> None:
        self.apply_clock(clock.pause(self.state, self.clock.now()))

    def resume(self) -> None:
        self.apply_clock(clock.resume(self.state, self.clock.now()))

    def reading(self) -> ClockReading:
        return read(self.state, self.slots, self.clock.now(), actual_starts(self.log))

    # the floor
    def apply(self, change: HandoffChange) -> HandoffChange:
        """Store a hand-off change as the persistence layer would."""
        self.handoffs = apply_change(self.handoffs, change)
        self.log.extend(change.log)
        return change

    @property
    def current(self) -> Handoff | None:
        return current_handoff(self.handoffs)

    def hand_to(self, person_id: int) -> HandoffChange:
        return self.apply(hand_off(self.current, person_id, self.state.current_slot_id, self.clock.now()))

    def digit(self, digit: int) -> HandoffChange:
        slot = self.reading().slot
        assert slot is not None
        person_id = person_for_digit(slot, digit)
        assert person_id is not None
        return self.hand_to(person_id)

    def close_floor(self) -> HandoffChange:
        return self.apply(close_floor(self.current, self.clock.now()))

    def undo(self) -> HandoffChange:
        return self.apply(undo_last(self.handoffs, self.clock.now()))

    def pauses(self) -> tuple[Span, ...]:
        return paused_spans(self.log)

    def talk(self, slot_id: int | None = None) -> dict[int, timedelta]:
        return talk_times(self.handoffs, self.pauses(), self.clock.now(), slot_id)


def show_at(hour: int, minute: int, slot: Slot | None = None) -> Show:
    """A show started at the given time, at ``slot`` (or the first one)."""
    show = Show(FakeClock(at(hour, minute)))
    show.start()
    if slot is not None:
        show.goto(slot)
    return show


# --- who may speak ----------------------------------------------------------------------


def test_the_digits_pick_the_panel_in_run_sheet_order_and_the_moderator_last() -> None:
    order = [p.person_id for p in floor_order(PANEL)]

    assert order == [GOESSMANN, GROH, LAUMER, PLATE, SCHADE, HANDSCHUH]
    assert [person_for_digit(PANEL, digit) for digit in range(1, 7)] == order
    assert person_for_digit(PANEL, 7) is None
    assert person_for_digit(PANEL, 0) is None
    assert person_for_digit(PRE_SHOW, 1) is None


def test_in_the_welcome_the_speaker_comes_before_the_host() -> None:
    assert [(p.person_id, p.role) for p in floor_order(WELCOME)] == [
        (PLATE, Role.SPEAKER),
        (HANDSCHUH, Role.HOST),
    ]


def test_someone_listed_twice_in_a_slot_is_picked_by_one_digit() -> None:
    slot = replace(
        PANEL,
        participants=(
            Participant(HANDSCHUH, Role.MODERATOR),
            Participant(GROH, Role.PANELIST),
            Participant(HANDSCHUH, Role.PANELIST),
        ),
    )

    assert [(p.person_id, p.role) for p in floor_order(slot)] == [
        (GROH, Role.PANELIST),
        (HANDSCHUH, Role.PANELIST),
    ]


def test_pressing_a_digit_hands_the_floor_to_that_panelist() -> None:
    show = show_at(15, 0, PANEL)

    change = show.digit(2)

    assert show.current is not None
    assert (show.current.person_id, show.current.slot_id) == (GROH, PANEL.id)
    assert [(e.action, e.person_id, e.slot_id) for e in change.log] == [
        (HandoffAction.HANDOFF, GROH, PANEL.id)
    ]


def test_next_person_walks_the_panelists_and_stops_after_the_last() -> None:
    assert next_person(PANEL, None) == GOESSMANN
    assert next_person(PANEL, GOESSMANN) == GROH
    assert next_person(PANEL, PLATE) == SCHADE
    assert next_person(PANEL, SCHADE) is None
    assert next_person(PRE_SHOW, None) is None


def test_after_the_moderator_asks_next_goes_on_after_the_last_panelist_who_spoke() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(2))
    show.hand_to(HANDSCHUH)

    assert next_person(PANEL, HANDSCHUH, show.handoffs) == GROH
    # Without the history there is nothing to go on: the walk starts again.
    assert next_person(PANEL, HANDSCHUH) == GOESSMANN


def test_a_slot_with_only_a_host_walks_through_the_host() -> None:
    slot = replace(WELCOME, participants=(Participant(HANDSCHUH, Role.HOST),))

    assert next_person(slot, None) == HANDSCHUH
    assert next_person(slot, HANDSCHUH) is None


# --- hand-off transitions ---------------------------------------------------------------


def test_handing_off_to_whoever_is_speaking_changes_nothing() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(LAUMER)
    before = show.handoffs
    show.clock.advance(seconds(5))

    change = show.hand_to(LAUMER)

    assert change == HandoffChange()
    assert not change.changed
    assert show.handoffs == before


def test_a_hand_off_ends_the_current_turn_where_the_next_begins() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(3))

    change = show.hand_to(GROH)

    first, second = show.handoffs
    assert change.close == ((first.id, show.clock.now()),)
    assert first.ended_at == second.started_at == show.clock.now()
    assert second.ended_at is None


def test_a_co_host_whose_clock_is_behind_cannot_make_a_negative_turn() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    current = show.current
    assert current is not None

    change = hand_off(current, GROH, PANEL.id, current.started_at - seconds(2))

    assert change.close == ((current.id, current.started_at),)
    assert change.open is not None and change.open.started_at == current.started_at


def test_only_stored_turns_can_be_closed_and_now_must_carry_its_offset() -> None:
    unstored = Handoff(GROH, PANEL.id, at(15, 0))
    with pytest.raises(ValueError, match="stored"):
        hand_off(unstored, LAUMER, PANEL.id, at(15, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        hand_off(None, LAUMER, PANEL.id, datetime(2021, 6, 9, 15, 1))


def test_the_log_keeps_the_actual_hand_off_times_in_utc() -> None:
    show = show_at(14, 45, IMPULS_3)
    show.hand_to(LAUMER)
    show.clock.advance(minutes(15))
    show.next()

    entries = [(e.action, e.at, e.person_id) for e in show.log if e.action in set(HandoffAction)]
    assert entries == [
        (HandoffAction.HANDOFF, at(14, 45).astimezone(UTC), LAUMER),
        (HandoffAction.FLOOR_CLOSED, at(15, 0).astimezone(UTC), LAUMER),
    ]
    assert all(e.at.tzinfo is UTC for e in show.log)


# --- slot changes and the proposal ------------------------------------------------------


def test_the_next_slot_closes_the_floor_and_proposes_its_first_panelist() -> None:
    show = show_at(14, 45, IMPULS_3)
    assert proposed_speaker(IMPULS_3, show.current) == LAUMER
    show.hand_to(LAUMER)
    assert proposed_speaker(IMPULS_3, show.current) is None
    show.clock.advance(minutes(14))

    show.next()

    assert show.current is None
    assert proposed_speaker(PANEL, show.current) == GOESSMANN
    show.clock.advance(minutes(1))
    assert show.talk() == {LAUMER: minutes(14)}


def test_a_turn_left_open_from_another_slot_does_not_stop_the_proposal() -> None:
    laumer = Handoff(LAUMER, IMPULS_3.id, at(14, 45), id=1)

    assert proposed_speaker(PANEL, laumer) == GOESSMANN
    assert proposed_speaker(PRE_SHOW, None) is None


def test_closing_an_empty_floor_changes_nothing() -> None:
    assert close_floor(None, at(15, 0)) == HandoffChange()
    closed = Handoff(LAUMER, IMPULS_3.id, at(14, 45), at(15, 0), id=1)
    assert close_floor(closed, at(15, 1)) == HandoffChange()


# --- talk time --------------------------------------------------------------------------


def test_a_pause_in_the_middle_of_a_turn_is_not_counted() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(2))
    show.pause()  # the stream drops out
    show.clock.advance(seconds(45))
    show.resume()
    show.clock.advance(minutes(1))
    show.hand_to(GROH)
    show.clock.advance(seconds(90))

    assert show.talk() == {GOESSMANN: minutes(3), GROH: seconds(90)}


def test_a_running_pause_holds_the_talk_time_and_the_answer_timer() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(SCHADE)
    show.clock.advance(seconds(70))
    show.pause()
    show.clock.advance(minutes(5))

    assert show.pauses() == ((at(15, 1, 10).astimezone(UTC), None),)
    assert show.talk() == {SCHADE: seconds(70)}
    assert answer_elapsed(show.current, show.pauses(), show.clock.now()) == seconds(70)


def test_the_answer_timer_starts_again_with_every_hand_off() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(PLATE)
    show.clock.advance(minutes(2))
    show.hand_to(GROH)
    show.clock.advance(seconds(20))

    assert answer_elapsed(show.current, show.pauses(), show.clock.now()) == seconds(20)
    show.close_floor()
    assert answer_elapsed(show.current, show.pauses(), show.clock.now()) == ZERO


def test_talk_time_adds_up_across_slots_and_can_be_read_per_slot() -> None:
    show = show_at(14, 0, WELCOME)
    show.hand_to(HANDSCHUH)
    show.clock.advance(minutes(4))
    show.hand_to(PLATE)
    show.clock.advance(minutes(6))
    show.goto(PANEL)
    show.clock.advance(minutes(1))  # nobody on the floor yet: nobody's time
    show.hand_to(PLATE)
    show.clock.advance(minutes(3))

    assert show.talk() == {HANDSCHUH: minutes(4), PLATE: minutes(9)}
    assert show.talk(WELCOME.id) == {HANDSCHUH: minutes(4), PLATE: minutes(6)}
    assert show.talk(PANEL.id) == {PLATE: minutes(3)}


def test_overlapping_turns_and_pauses_are_counted_once() -> None:
    # Two co-hosts handed the floor to Groh at almost the same moment.
    turns = [
        Handoff(GROH, PANEL.id, at(15, 0), at(15, 4), id=1),
        Handoff(GROH, PANEL.id, at(15, 1), at(15, 5), id=2),
    ]
    pauses: list[Span] = [(at(15, 2), at(15, 3)), (at(15, 2, 30), at(15, 3, 30))]

    assert talk_times(turns, pauses, at(15, 10)) == {GROH: minutes(5) - seconds(90)}


def test_paused_spans_follow_the_clock_through_slot_changes_the_end_and_a_reset() -> None:
    show = show_at(13, 50)
    show.pause()  # a rehearsal pause, forgotten by the reset
    show.clock.advance(minutes(1))
    show.apply_clock(clock.reset_show(show.state, show.clock.now()))
    show.clock.set(at(14, 0))
    show.start()
    show.pause()
    show.clock.advance(minutes(2))
    show.next()  # the clock's next slot ends the pause: the new slot runs
    show.clock.advance(minutes(1))
    show.pause()
    show.clock.advance(minutes(1))
    show.resume()
    show.pause()
    show.clock.advance(seconds(30))
    show.apply_clock(clock.end_show(show.state, show.clock.now()))

    utc = [moment.astimezone(UTC) for moment in (at(14, 0), at(14, 2), at(14, 3), at(14, 4), at(14, 4, 30))]
    assert show.pauses() == ((utc[0], utc[1]), (utc[2], utc[3]), (utc[3], utc[4]))
    assert not show.state.paused_at


def test_a_resume_without_a_pause_is_ignored() -> None:
    log = [LogEntry(at(15, 0), ClockAction.RESUMED.value), LogEntry(at(15, 1), ClockAction.PAUSED.value)]

    assert paused_spans(log) == ((at(15, 1), None),)


# --- undo -------------------------------------------------------------------------------


def panel_story(*, mistake: bool, close_after: bool = False) -> Show:
    """Groh answers; maybe Laumer's digit is pressed by mistake and undone a moment later."""
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(2))
    show.hand_to(GROH)
    show.clock.advance(seconds(40))
    if mistake:
        show.hand_to(LAUMER)
    show.clock.advance(seconds(7))
    if mistake and not close_after:
        show.undo()
    show.pause()
    show.clock.advance(seconds(30))
    show.resume()
    show.clock.advance(minutes(1))
    if close_after:
        show.close_floor()
        show.clock.advance(seconds(10))
        if mistake:
            show.undo()
    show.clock.advance(seconds(20))
    return show


def test_a_mistaken_hand_off_undone_leaves_the_totals_exactly_as_without_it() -> None:
    with_mistake = panel_story(mistake=True)
    without = panel_story(mistake=False)

    assert with_mistake.talk() == without.talk() == {
        GOESSMANN: minutes(2),
        GROH: seconds(40 + 7 + 60 + 20),
    }
    assert with_mistake.current is not None and with_mistake.current.person_id == GROH
    assert [(h.person_id, h.started_at, h.ended_at) for h in with_mistake.handoffs] == [
        (h.person_id, h.started_at, h.ended_at) for h in without.handoffs
    ]
    undone = [e for e in with_mistake.log if e.action == HandoffAction.HANDOFF_UNDONE]
    assert [(e.person_id, e.slot_id) for e in undone] == [(LAUMER, PANEL.id)]


def test_undoing_a_mistake_noticed_after_the_floor_closed_gives_its_time_back() -> None:
    with_mistake = panel_story(mistake=True, close_after=True)
    without = panel_story(mistake=False, close_after=True)

    assert with_mistake.talk() == without.talk() == {
        GOESSMANN: minutes(2),
        GROH: seconds(40 + 7 + 60),
    }
    assert with_mistake.current is None


def test_undo_does_not_reopen_a_turn_from_before_a_slot_change() -> None:
    show = show_at(14, 45, IMPULS_3)
    show.hand_to(LAUMER)
    show.clock.advance(minutes(15))
    show.next()
    show.hand_to(GROH)
    laumer_before = show.handoffs[0]

    show.undo()

    assert show.handoffs == (laumer_before,)
    assert show.current is None


def test_undo_walks_back_one_hand_off_at_a_time_and_stops_when_there_are_none() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(seconds(10))
    show.hand_to(GROH)
    show.clock.advance(seconds(10))

    show.undo()
    assert show.current is not None and show.current.person_id == GOESSMANN
    show.undo()
    assert show.handoffs == ()
    assert undo_last(show.handoffs, show.clock.now()) == HandoffChange()


# --- up next and the cue ----------------------------------------------------------------


def test_up_next_follows_the_run_sheet_across_slot_boundaries() -> None:
    slots = list(SLOTS)

    assert up_next(slots, 0, None) == UpNext(PLATE, WELCOME.id, in_next_slot=True)
    assert up_next(slots, 1, None) == UpNext(PLATE, WELCOME.id, in_next_slot=False)
    assert up_next(slots, 1, PLATE) == UpNext(HASELBECK, IMPULS_1.id, in_next_slot=True)
    assert up_next(slots, 2, HASELBECK) == UpNext(SCHADE, IMPULS_1.id, in_next_slot=False)
    assert up_next(slots, 2, SCHADE) == UpNext(GOESSMANN, IMPULS_2.id, in_next_slot=True)
    assert up_next(slots, 5, PLATE) == UpNext(SCHADE, PANEL.id, in_next_slot=False)
    assert up_next(slots, 5, SCHADE) is None
    assert up_next(slots, None, None) is None


def test_up_next_skips_a_slot_without_people() -> None:
    coffee = Slot("Kaffeepause", at(15, 0), minutes(10), SlotKind.BREAK, id=7)
    panel = replace(PANEL, start=at(15, 10))
    slots = [*SLOTS[:5], coffee, panel]

    assert up_next(slots, 4, LAUMER) == UpNext(GOESSMANN, PANEL.id, in_next_slot=True)
    assert up_next(slots, 5, None) == UpNext(GOESSMANN, PANEL.id, in_next_slot=True)


def test_up_next_in_the_panel_continues_after_the_moderator_asked() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(2))
    show.hand_to(HANDSCHUH)

    assert up_next(SLOTS, 5, HANDSCHUH, show.handoffs) == UpNext(GROH, PANEL.id, in_next_slot=False)


def test_the_cue_is_due_at_exactly_a_minute_before_the_end_and_not_before() -> None:
    show = show_at(14, 45, IMPULS_3)  # 15 minutes

    show.clock.advance(minutes(14) - timedelta(microseconds=1))
    assert not cue_due(show.reading())
    show.clock.advance(timedelta(microseconds=1))
    assert show.reading().remaining == seconds(60)
    assert cue_due(show.reading())
    show.clock.advance(seconds(59))
    assert cue_due(show.reading())
    show.clock.advance(seconds(1))
    assert not cue_due(show.reading())  # time is up: the cue has had its minute
    show.clock.advance(seconds(10))
    assert not cue_due(show.reading())  # overtime


def test_the_cue_stays_while_paused_and_takes_its_own_lead_time() -> None:
    show = show_at(14, 45, IMPULS_3)
    show.clock.advance(minutes(13))
    assert not cue_due(show.reading())
    assert cue_due(show.reading(), cue_before=minutes(2))
    show.clock.advance(seconds(75))
    show.pause()
    show.clock.advance(minutes(5))

    assert cue_due(show.reading())


def test_no_cue_in_the_last_slot_nor_before_the_show() -> None:
    show = show_at(15, 0, PANEL)
    show.clock.advance(minutes(29))
    assert show.reading().remaining == seconds(60)
    assert not cue_due(show.reading())

    before = read(LiveState(), SLOTS, at(13, 49))
    assert before.remaining == seconds(60)
    assert not cue_due(before)


# --- panel balance ----------------------------------------------------------------------


def test_the_balance_shares_sum_to_one_and_show_who_has_not_spoken() -> None:
    show = show_at(15, 0, PANEL)
    show.hand_to(HANDSCHUH)
    show.clock.advance(minutes(1))
    show.hand_to(GOESSMANN)
    show.clock.advance(minutes(3))
    show.hand_to(HANDSCHUH)
    show.clock.advance(seconds(30))
    show.hand_to(GROH)
    show.clock.advance(minutes(1))
    show.hand_to(SCHADE)
    show.clock.advance(minutes(2))

    rows = balance(PANEL, show.handoffs, show.pauses(), show.clock.now())

    assert [row.person_id for row in rows] == [GOESSMANN, GROH, LAUMER, PLATE, SCHADE, HANDSCHUH]
    panelists = [row for row in rows if not row.moderating]
    assert math.isclose(sum(row.share for row in panelists), 1.0)
    assert [row.share for row in panelists] == [0.5, 1 / 6, 0.0, 0.0, 2 / 6]
    assert [row.person_id for row in rows if not row.has_spoken] == [LAUMER, PLATE]
    (moderator,) = [row for row in rows if row.moderating]
    assert (moderator.person_id, moderator.role) == (HANDSCHUH, Role.MODERATOR)
    assert moderator.talk_time == seconds(90)
    assert moderator.share == seconds(90) / minutes(7.5)


def test_before_anyone_speaks_the_balance_is_all_zero() -> None:
    rows = balance(PANEL, (), (), at(15, 0))

    assert all(row.share == 0.0 and row.talk_time == ZERO and not row.has_spoken for row in rows)
    assert len(rows) == 6


def test_the_balance_counts_only_the_slot_and_its_people() -> None:
    turns = [
        Handoff(GROH, IMPULS_3.id, at(14, 50), at(15, 0), id=1),  # an earlier slot
        Handoff(GROH, PANEL.id, at(15, 0), at(15, 2), id=2),
        Handoff(HASELBECK, PANEL.id, at(15, 2), at(15, 3), id=3),  # not on the panel
        Handoff(LAUMER, PANEL.id, at(15, 3), id=4),
    ]

    rows = {row.person_id: row for row in balance(PANEL, turns, (), at(15, 5))}

    assert HASELBECK not in rows
    assert (rows[GROH].talk_time, rows[GROH].share) == (minutes(2), 0.5)
    assert (rows[LAUMER].talk_time, rows[LAUMER].share) == (minutes(2), 0.5)


# --- properties -------------------------------------------------------------------------

MOVES = st.lists(
    st.one_of(
        st.tuples(st.just("hand"), st.integers(min_value=1, max_value=6)),
        st.tuples(st.just("close"), st.just(0)),
        st.tuples(st.just("undo"), st.just(0)),
        st.tuples(st.just("toggle"), st.just(0)),
        st.tuples(st.just("slot"), st.integers(min_value=1, max_value=len(SLOTS))),
    ).flatmap(
        lambda move: st.tuples(
            st.just(move[0]), st.just(move[1]), st.timedeltas(min_value=ZERO, max_value=minutes(5))
        )
    ),
    max_size=40,
)


def play(moves: list[tuple[str, int, timedelta]]) -> Show:
    """Play random live actions on the panel and the rest of the run sheet."""
    show = show_at(15, 0, PANEL)
    for move, value, wait in moves:
        show.clock.advance(wait)
        if move == "hand":
            slot = show.reading().slot
            assert slot is not None
            person_id = person_for_digit(slot, value) or person_for_digit(PANEL, value)
            assert person_id is not None
            show.hand_to(person_id)
        elif move == "close":
            show.close_floor()
        elif move == "undo":
            show.undo()
        elif move == "toggle":
            show.apply_clock(clock.toggle(show.state, show.slots, show.clock.now()))
        else:
            show.goto(SLOTS[value - 1])
    return show


def paused_within(pauses: tuple[Span, ...], start: datetime, end: datetime) -> timedelta:
    """How much of ``start..end`` the (non-overlapping) pauses cover."""
    return sum(
        (max(ZERO, min(end, p_end or end) - max(start, p_start)) for p_start, p_end in pauses),
        start=ZERO,
    )


@settings(max_examples=200, deadline=None)
@given(MOVES, st.timedeltas(min_value=ZERO, max_value=minutes(5)))
def test_talk_time_never_exceeds_the_unpaused_wall_time_and_is_never_negative(
    moves: list[tuple[str, int, timedelta]], tail: timedelta
) -> None:
    show = play(moves)
    show.clock.advance(tail)
    now = show.clock.now()

    times = show.talk()

    assert all(value >= ZERO for value in times.values())
    assert sum(1 for h in show.handoffs if h.ended_at is None) <= 1
    if show.handoffs:
        first = min(h.started_at for h in show.handoffs)
        wall = now - first - paused_within(show.pauses(), first, now)
        assert sum(times.values(), start=ZERO) <= wall
        for slot in SLOTS:
            assert sum(show.talk(slot.id).values(), start=ZERO) <= wall
    else:
        assert times == {}


@settings(max_examples=200, deadline=None)
@given(
    MOVES,
    st.integers(min_value=1, max_value=6),
    st.timedeltas(min_value=seconds(1), max_value=minutes(5)),
)
def test_a_hand_off_undone_in_the_same_slot_restores_the_records(
    moves: list[tuple[str, int, timedelta]], digit: int, wait: timedelta
) -> None:
    show = play(moves)
    show.clock.advance(wait)  # the mistake comes after the last action, not at its instant
    slot = show.reading().slot
    assert slot is not None
    person_id = person_for_digit(slot, digit) or person_for_digit(PANEL, digit)
    assert person_id is not None
    current = show.current
    before = show.handoffs

    if not show.hand_to(person_id).changed:
        return  # the digit of whoever is speaking: nothing was recorded, nothing to undo
    show.clock.advance(wait)
    show.undo()

    if current is None or current.slot_id == show.state.current_slot_id:
        assert show.handoffs == before
    else:
        # A turn from another slot is not given back (the slot change closes the floor).
        assert show.current is None


def test_the_cue_names_the_next_slot_and_who_opens_it() -> None:
    from moderator.domain.handoffs import next_slot_opener

    assert next_slot_opener(SLOTS, SLOTS.index(IMPULS_1)) == (IMPULS_2, GOESSMANN)
    assert next_slot_opener(SLOTS, SLOTS.index(PANEL)) is None
    assert next_slot_opener(SLOTS, None) is None
