"""Re-planning a late show: shorten the slots still to come so that the show ends on time.

Re-planning is a run-sheet operation like any edit (:class:`ApplyReplan`): it is applied
to the run sheet as stored at that instant, refused if someone changed the slots it
shortens meanwhile, and taken back with one undo. Its rules:

- Only slots that have not started are touched (after the current one; before the show,
  all of them). Pre-show and breaks keep their length; no slot goes below
  :func:`~moderator.domain.clock.shortest_duration` (40 %, at least 2 minutes).
- The re-timed part starts when the show can really get there (``start_at``: the current
  slot's projected end) and its first slot is pinned there, so a later edit in the editor
  does not pull it back to the old plan. From there slots follow each other without a gap.
- A pinned slot keeps its start: the slots before it are shortened to end there, and
  those after it to end at the next pinned start or at the planned end of the show.
  Only where the floors do not allow it does a part end late.
- The delay of each part is shared in proportion to the slots' planned lengths, in whole
  seconds that add up exactly, so no part ends early and opens a gap.

:func:`suggest_replan` decides whether re-planning is worth offering at all: not for
seconds (the moderator catches up by talking), not for a plan from another day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from moderator.domain.clock import FIXED_KINDS, ClockReading, Phase, shortest_duration
from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import Slot
from moderator.domain.run_sheet import RunSheet, RunSheetChange, RunSheetError
from moderator.lazy import lazy_module

if TYPE_CHECKING:
    from moderator.domain import run_sheet_ops
else:  # the run sheet's operations load after the first paint (see moderator.lazy)
    run_sheet_ops = lazy_module("moderator.domain.run_sheet_ops")

REPLAN = QT_TRANSLATE_NOOP("run_sheet", "Shorten the remaining slots")
PLAN_CHANGED = QT_TRANSLATE_NOOP(
    "run_sheet", "The run sheet changed since this suggestion was made; nothing was shortened."
)
#: The log entry re-planning writes (its detail says by how much).
REPLANNED = "replanned"

#: Re-planning is offered when the show runs at least this late...
MIN_DELAY = timedelta(minutes=2)
#: ...and at least this share of what is still to come (5 min late in a 20-minute rest
#: matters; 2 min late with three hours to go does not yet).
MIN_SHARE = 0.05
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class ApplyReplan:
    """Re-time the slots from ``from_slot_id`` on to start at ``start_at`` and end by ``end_at``.

    ``based_on`` are those slots as the suggestion saw them: if any of them was changed
    meanwhile (by an organiser, a co-host, another re-plan), the operation is refused with
    :class:`RunSheetError` instead of cutting a plan nobody looked at.
    """

    from_slot_id: int
    start_at: datetime
    end_at: datetime
    based_on: tuple[Slot, ...] = ()

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.from_slot_id)
        stored = sheet.slots[index:]
        if self.based_on and _timing(stored) != _timing(self.based_on):
            raise RunSheetError(PLAN_CHANGED)
        slots = replanned(sheet.slots, index, self.start_at, self.end_at)
        return run_sheet_ops.sheet_change(sheet, replace(sheet, slots=slots), REPLAN)


def replanned(
    slots: Sequence[Slot], from_index: int, start_at: datetime, end_at: datetime
) -> tuple[Slot, ...]:
    """The run sheet with the slots from ``from_index`` re-timed (see the module).

    Slots before ``from_index`` are returned as they are (the same objects).
    """
    result = list(slots)
    if from_index >= len(result):
        return tuple(result)
    start_at = _ceil_second(start_at)
    # Parts: each begins at an anchor (the re-planned start, then every pinned slot).
    anchors = [from_index] + [i for i in range(from_index + 1, len(result)) if result[i].pinned]
    for number, first in enumerate(anchors):
        last = anchors[number + 1] if number + 1 < len(anchors) else len(result)
        if number == 0:
            head = result[first]
            begin = max(start_at, _utc(head.start)) if head.pinned else start_at
            result[first] = replace(head, start=begin.astimezone(head.start.tzinfo), pinned=True)
        begin = _utc(result[first].start)
        deadline = _utc(result[last].start) if last < len(result) else _utc(end_at)
        part = result[first:last]
        need = begin + sum((slot.duration for slot in part), timedelta(0)) - deadline
        cuts = _cuts(part, need)
        cursor = begin
        for offset, (slot, cut) in enumerate(zip(part, cuts, strict=True)):
            new = replace(
                slot,
                start=cursor.astimezone(slot.start.tzinfo) if offset else slot.start,
                duration=slot.duration - cut,
            )
            result[first + offset] = new if new != slot else slot
            cursor = cursor + new.duration
    return tuple(result)


def cuts_of(plan: ApplyReplan, slots: Sequence[Slot]) -> tuple[tuple[Slot, timedelta], ...]:
    """What ``plan`` takes off each slot it shortens: (slot as it is, time taken), in order."""
    index = next((i for i, slot in enumerate(slots) if slot.id == plan.from_slot_id), None)
    if index is None:
        return ()
    after = replanned(slots, index, plan.start_at, plan.end_at)
    return tuple(
        (old, old.duration - new.duration) for old, new in zip(slots, after, strict=True) if new.duration < old.duration
    )


def suggest_replan(
    reading: ClockReading, slots: Sequence[Slot], planned_end: datetime
) -> ApplyReplan | None:
    """The re-plan to offer now, or ``None`` when it does not matter (see the module).

    ``reading`` must come from the same ``slots``.
    """
    if reading.phase is Phase.ENDED or not slots:
        return None
    if reading.phase is Phase.BEFORE_SHOW or reading.slot_index is None:
        from_index = 0
        start_at = max(reading.now, _utc(slots[0].start))
    else:
        from_index = reading.slot_index + 1
        start_at = reading.projected_starts[from_index] if from_index < len(slots) else reading.projected_end
    if from_index >= len(slots):
        return None
    overrun = reading.projected_end - planned_end
    rest = sum((slot.duration for slot in slots[from_index:]), timedelta(0))
    if overrun < max(MIN_DELAY, rest * MIN_SHARE):
        return None
    if overrun >= rest:
        return None  # a plan from another day (or a show beyond saving): cuts make no sense
    candidates = [slot for slot in slots[from_index:] if _cuttable(slot)]
    if not candidates:
        return None
    first = slots[from_index]
    assert first.id is not None
    return ApplyReplan(first.id, start_at, planned_end, tuple(slots[from_index:]))


def _timing(slots: Sequence[Slot]) -> tuple[tuple[object, ...], ...]:
    """What a re-plan depends on: which slots, in which order, when, how long, what kind."""
    return tuple((slot.id, _utc(slot.start), slot.duration, slot.pinned, slot.kind) for slot in slots)


def _cuttable(slot: Slot) -> bool:
    return slot.kind not in FIXED_KINDS and shortest_duration(slot) < slot.duration


def _cuts(part: Sequence[Slot], need: timedelta) -> list[timedelta]:
    """How much each slot of a part gives so that together they give ``need`` (whole seconds)."""
    seconds = -(-need // _SECOND)  # rounded up: a part never ends late by a fraction
    if seconds <= 0:
        return [timedelta(0)] * len(part)
    weights = [slot.duration // _SECOND if _cuttable(slot) else 0 for slot in part]
    limits = [
        (slot.duration - shortest_duration(slot)) // _SECOND if _cuttable(slot) else 0 for slot in part
    ]
    return [timedelta(seconds=cut) for cut in share_exactly(seconds, weights, limits)]


def share_exactly(need: int, weights: Sequence[int], limits: Sequence[int]) -> list[int]:
    """Split ``need`` in proportion to ``weights``, none above its limit, adding up exactly.

    Water filling: a share above its limit is capped and the rest is split again among the
    others. Whole units; the remainder of the rounding goes to the largest fractions. If
    the limits together are less than ``need``, everyone gives their limit.
    """
    cuts = [0] * len(weights)
    open_ = [i for i, limit in enumerate(limits) if limit > 0 and weights[i] > 0]
    while open_ and need > 0:
        total = sum(weights[i] for i in open_)
        capped = [i for i in open_ if need * weights[i] >= limits[i] * total]
        if capped:
            for i in capped:
                cuts[i] = limits[i]
                need -= limits[i]
            open_ = [i for i in open_ if i not in capped]
            continue
        floors = {i: need * weights[i] // total for i in open_}
        left = need - sum(floors.values())
        by_fraction = sorted(open_, key=lambda i: (-(need * weights[i] % total), i))
        for i in open_:
            cuts[i] = floors[i]
        for i in by_fraction[:left]:
            cuts[i] += 1
        break
    return cuts


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _ceil_second(moment: datetime) -> datetime:
    moment = _utc(moment)
    return moment if moment.microsecond == 0 else moment.replace(microsecond=0) + _SECOND
