"""Re-planning a late show: a run-sheet operation that keeps pins, opens no gap and ends on time.

Stories on the seed event's run sheet (see ``test_clock``), then properties over random
run sheets (hypothesis): pinned starts stay, no slot goes under its floor, the re-timed
slots follow each other without gap or overlap, and the show ends on time wherever the
floors allow it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.domain.clock import FIXED_KINDS, shortest_duration
from moderator.domain.model import Event, Slot, SlotKind
from moderator.domain.replan import (
    MIN_DELAY,
    ApplyReplan,
    cuts_of,
    replanned,
    share_exactly,
    suggest_replan,
)
from moderator.domain.run_sheet import RunSheet, RunSheetError
from moderator.domain.timesource import FakeClock

import pytest
from test_clock import PLANNED_END, SLOTS, Show, at, minutes

ZERO = timedelta(0)
SECOND = timedelta(seconds=1)


def show_late_in_impuls_1(late: timedelta) -> Show:
    """Impuls 1 (slot 3) started on time and runs ``late`` over."""
    show = Show(FakeClock(at(14, 10)))
    show.goto(3)
    show.clock.advance(minutes(20) + late)
    return show


def sheet_of(slots: tuple[Slot, ...]) -> RunSheet:
    event = Event(title="Lounge", start=slots[0].start, end=slots[-1].end, timezone="Europe/Berlin")
    return RunSheet(event, slots)


# --- when re-planning is offered -------------------------------------------------------------


@pytest.mark.parametrize("late", [ZERO, timedelta(seconds=30), minutes(2), minutes(2.9)])
def test_no_replan_for_a_delay_talking_can_make_up(late: timedelta) -> None:
    # An hour is left after Impuls 1: under 3 minutes (5 %) late is not worth a cut.
    show = show_late_in_impuls_1(late)
    assert suggest_replan(show.reading(), SLOTS, PLANNED_END) is None


def test_a_late_show_is_offered_cuts_in_proportion() -> None:
    show = show_late_in_impuls_1(minutes(10))

    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)

    # Ten minutes from 15 + 15 + 30 planned: 2.5, 2.5 and 5 minutes.
    assert plan is not None and plan.from_slot_id == 4
    assert [(slot.id, cut) for slot, cut in cuts_of(plan, SLOTS)] == [(4, minutes(2.5)), (5, minutes(2.5)), (6, minutes(5))]


def test_a_short_delay_late_in_the_show_is_worth_a_cut() -> None:
    # Three minutes late with only the 30-minute panel to come: 10 % of what is left.
    show = Show(FakeClock(at(14, 45)))
    show.goto(5)
    show.clock.advance(minutes(18))
    assert suggest_replan(show.reading(), SLOTS, PLANNED_END) is not None
    assert MIN_DELAY <= minutes(3)


def test_a_plan_from_another_day_is_not_cut() -> None:
    # The sample opened months later: "late" by more than the whole rest of the show.
    show = Show(FakeClock(at(14, 10) + timedelta(days=200)))
    assert suggest_replan(show.reading(), SLOTS, PLANNED_END) is None


def test_no_replan_after_the_show() -> None:
    show = Show(FakeClock(at(15, 0)))
    show.goto(6)
    show.clock.advance(minutes(40))
    show.next()
    assert suggest_replan(show.reading(), SLOTS, PLANNED_END) is None


# --- what applying it does -------------------------------------------------------------------


def test_applying_ends_on_time_without_a_gap_and_pins_where_the_rest_begins() -> None:
    show = show_late_in_impuls_1(minutes(10))
    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)
    assert plan is not None

    sheet = sheet_of(SLOTS)
    after = plan.apply(sheet).sheet.slots

    assert after[:3] == sheet.slots[:3]
    assert after[3].start == at(14, 40) and after[3].pinned  # when Impuls 1 really ends
    for before, later in zip(after[3:], after[4:], strict=False):
        assert later.start == before.end
    assert after[-1].end == PLANNED_END


def test_the_moderator_who_applies_it_ends_on_time() -> None:
    show = show_late_in_impuls_1(minutes(7))
    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)
    assert plan is not None
    show.slots = plan.apply(sheet_of(SLOTS)).sheet.slots

    assert show.reading().projected_end == PLANNED_END
    assert suggest_replan(show.reading(), show.slots, PLANNED_END) is None  # gone once applied
    for _ in show.slots[3:]:
        show.next()
        show.clock.advance(show.reading().remaining)
    show.next()
    assert show.reading().drift == ZERO


def test_cuts_stop_at_the_shortest_sensible_slot() -> None:
    show = show_late_in_impuls_1(minutes(50))  # more than can be recovered
    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)
    assert plan is not None
    after = plan.apply(sheet_of(SLOTS)).sheet.slots
    assert [slot.duration for slot in after[3:]] == [shortest_duration(slot) for slot in SLOTS[3:]]


def test_breaks_and_short_slots_keep_their_length() -> None:
    slots = (
        SLOTS[1],
        replace(SLOTS[2], start=at(14, 10), duration=minutes(10), kind=SlotKind.BREAK),
        replace(SLOTS[3], start=at(14, 20), duration=minutes(2)),
        replace(SLOTS[4], start=at(14, 22), duration=minutes(10)),
        replace(SLOTS[5], start=at(14, 32), duration=minutes(3)),
    )
    show = Show(FakeClock(at(14, 0)), slots=slots)
    show.start()
    show.clock.advance(minutes(15))  # the welcome runs five minutes over
    plan = suggest_replan(show.reading(), slots, slots[-1].end)
    assert plan is not None

    # In proportion the 3-minute slot would give 70 s, but it may give only one minute;
    # the 10-minute slot gives the other four. The break and the 2-minute slot stay.
    assert [(slot.id, cut) for slot, cut in cuts_of(plan, slots)] == [(5, minutes(4)), (6, minutes(1))]


def test_a_pinned_slot_keeps_its_start_and_the_slots_before_it_end_there() -> None:
    slots = SLOTS[:4] + (replace(SLOTS[4], pinned=True),) + SLOTS[5:]
    show = Show(FakeClock(at(14, 10)), slots=slots)
    show.goto(3)
    show.clock.advance(minutes(26))  # Impuls 1 six minutes over
    plan = suggest_replan(show.reading(), slots, PLANNED_END)
    assert plan is not None

    after = plan.apply(sheet_of(slots)).sheet.slots

    assert after[4].start == at(14, 45)  # Impuls 3 stays pinned at 14:45
    assert after[3].start == at(14, 36) and after[3].end == at(14, 45)  # Impuls 2 gives six minutes
    assert after[5].start == after[4].end and after[5].end == PLANNED_END


def test_a_sheet_changed_since_the_suggestion_is_not_cut() -> None:
    show = show_late_in_impuls_1(minutes(10))
    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)
    assert plan is not None
    edited = SLOTS[:5] + (replace(SLOTS[5], duration=minutes(20)),)

    with pytest.raises(RunSheetError):
        plan.apply(sheet_of(edited))


def test_the_undo_puts_the_plan_back() -> None:
    show = show_late_in_impuls_1(minutes(10))
    plan = suggest_replan(show.reading(), SLOTS, PLANNED_END)
    assert plan is not None
    sheet = sheet_of(SLOTS)
    change = plan.apply(sheet)
    assert change.undo.apply(change.sheet).sheet == sheet


# --- sharing exactly --------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=10_000),
    st.lists(st.tuples(st.integers(1, 5_000), st.integers(0, 5_000)), min_size=1, max_size=12),
)
def test_shares_add_up_exactly_and_respect_limits(need: int, items: list[tuple[int, int]]) -> None:
    weights = [w for w, _ in items]
    limits = [limit for _, limit in items]
    cuts = share_exactly(need, weights, limits)
    assert all(0 <= cut <= limit for cut, limit in zip(cuts, limits, strict=True))
    assert sum(cuts) == min(need, sum(limits))


# --- properties over random run sheets -----------------------------------------------------------

KINDS = [SlotKind.TALK, SlotKind.PANEL, SlotKind.QA, SlotKind.BREAK, SlotKind.WELCOME]
T0 = datetime(2026, 12, 4, 13, 0, tzinfo=UTC)


@st.composite
def run_sheets(draw: st.DrawFn) -> tuple[tuple[Slot, ...], int, timedelta, timedelta]:
    """Back-to-back slots (some pinned, some with a planned gap before a pin), the index
    re-planning starts at, how late it starts, and how much later the show may end."""
    count = draw(st.integers(min_value=1, max_value=10))
    slots: list[Slot] = []
    cursor = T0
    for index in range(count):
        pinned = index > 0 and draw(st.booleans()) and draw(st.booleans())
        if pinned:
            cursor += timedelta(minutes=draw(st.integers(0, 5)))
        duration = timedelta(minutes=draw(st.integers(1, 40)), seconds=draw(st.sampled_from([0, 0, 30])))
        slots.append(
            Slot(
                id=index + 1, position=index, title=f"Slot {index + 1}", start=cursor, duration=duration,
                kind=draw(st.sampled_from(KINDS)), pinned=pinned,
            )
        )
        cursor += duration
    from_index = draw(st.integers(0, count - 1))
    late = timedelta(seconds=draw(st.integers(0, 3 * 3600)), microseconds=draw(st.integers(0, 999_999)))
    return tuple(slots), from_index, late, ZERO


@settings(max_examples=300, deadline=None)
@given(run_sheets())
def test_replanning_keeps_pins_floors_and_order(case: tuple[tuple[Slot, ...], int, timedelta, timedelta]) -> None:
    slots, first, late, _ = case
    start_at = slots[first].start + late
    end_at = slots[-1].end
    after = replanned(slots, first, start_at, end_at)

    assert after[:first] == slots[:first]
    for old, new in zip(slots, after, strict=True):
        assert new.duration <= old.duration
        assert new.duration >= (shortest_duration(old) if old.kind not in FIXED_KINDS else old.duration)
        if old.pinned and old.id != slots[first].id:
            assert new.start == old.start  # pinned starts unchanged
    # The re-timed part starts where the show really is (or at a later pin) and is pinned.
    assert after[first].pinned and after[first].start >= start_at.replace(microsecond=0)
    # Anchors: the first re-timed slot and every later pinned one; between them, no gap
    # and no overlap; a part ends at its deadline where the floors allow it.
    anchors = [first] + [i for i in range(first + 1, len(slots)) if slots[i].pinned]
    for number, a in enumerate(anchors):
        b = anchors[number + 1] if number + 1 < len(anchors) else len(slots)
        for i in range(a + 1, b):
            assert after[i].start == after[i - 1].end  # no gap, no overlap
        deadline = after[b].start if b < len(slots) else end_at
        floor_end = after[a].start + sum(
            (shortest_duration(s) if s.kind not in FIXED_KINDS else s.duration for s in slots[a:b]), ZERO
        )
        part_end = after[b - 1].end
        if floor_end <= deadline:
            # Ends on time, and never early unless it was early already (no new gap).
            assert part_end <= deadline
            planned = after[a].start + sum((s.duration for s in slots[a:b]), ZERO)
            assert part_end == min(deadline, planned)
        else:
            assert [s.duration for s in after[a:b]] == [
                shortest_duration(s) if s.kind not in FIXED_KINDS else s.duration for s in slots[a:b]
            ]
