"""Re-planning a late show: apply a shortening suggestion to the run sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from moderator.domain.model import Slot


def apply_cuts(
    slots: Sequence[Slot], cuts: Sequence[tuple[int, timedelta]], planned_end: datetime
) -> tuple[Slot, ...]:
    """The run sheet with the suggested durations, later slots closed up to end on time.

    Every slot from the first shortened one on gets its new duration, and the planned
    starts of those slots are laid back to back so that the last one ends at
    ``planned_end``. Slots before stay as planned. So the plan stays consistent: no gaps,
    and a slot that starts on the new plan has no drift.
    """
    new_durations = dict(cuts)
    if not new_durations:
        return tuple(slots)
    first = min(index for index, slot in enumerate(slots) if slot.id in new_durations)
    result = list(slots)
    start = planned_end
    for index in range(len(slots) - 1, first - 1, -1):
        slot = slots[index]
        duration = new_durations.get(slot.id, slot.duration) if slot.id is not None else slot.duration
        start = start - duration
        result[index] = replace(slot, start=start, duration=duration)
    return tuple(result)
