"""One live action as a whole: the clock's transition and what it does to the floor.

A slot change (next, previous, jump), the end of the show and a restart close the floor
(a restart also clears the hand-off records, so talk times start over):
the speaker of the slot before stops speaking when the slot ends, and the next slot's
first speaker is proposed, not assumed. Both changes are stored in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from moderator.domain import handoffs as floor
from moderator.domain.clock import Transition
from moderator.domain.model import Handoff, LiveState, LogEntry


@dataclass(frozen=True, slots=True)
class LiveChange:
    """What one live action stores: the new live state (or None to keep it), the log
    entries to append, the change to the hand-off records (or None), and the questions
    to delete (only the end of a rehearsal drops the questions asked in it)."""

    state: LiveState | None = None
    log: tuple[LogEntry, ...] = ()
    handoffs: floor.HandoffChange | None = None
    drop_questions: tuple[int, ...] = ()


def after_clock(
    before: LiveState, transition: Transition, records: Sequence[Handoff], now: datetime
) -> LiveChange:
    """The clock's transition, closing the floor when the slot changed or the show ended."""
    after = transition.state
    slot_changed = (
        after.slot_started_at != before.slot_started_at
        or after.show_ended_at != before.show_ended_at
        or after.show_started_at != before.show_started_at
    )
    closing = floor.close_floor(floor.current_handoff(records), now) if transition.changed and slot_changed else None
    if closing is not None and not closing.changed:
        closing = None
    restarted = transition.changed and after.show_started_at is None and before.show_started_at is not None
    if restarted and records:
        # A restart starts the talk times over too: the records go (the log keeps them).
        closing = floor.HandoffChange(
            remove=tuple(h.id for h in records if h.id is not None), log=closing.log if closing else ()
        )
    return LiveChange(
        state=after if transition.changed else None,
        log=transition.log + (closing.log if closing else ()),
        handoffs=closing,
    )


def floor_change(change: floor.HandoffChange) -> LiveChange:
    """A hand-off action alone (the clock is not touched)."""
    return LiveChange(state=None, log=change.log, handoffs=change if change.changed else None)
