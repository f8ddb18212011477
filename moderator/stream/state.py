"""The show as the stream sees it: one plain JSON-ready dict, made from the service's state.

What the overlay pages, a stream deck's feedback and the automations read. No Qt, no
network: :func:`show_state` is a pure function of the event snapshot, the clock reading
and the hand-off records, so it is tested without a server.

The countdown is sent as an instant, not as a number of seconds: ``clock.deadline`` is when
the slot's time runs out (epoch milliseconds, UTC). A page counts towards it with its own
timer, corrected by the server's time (``sent`` in every message), so nothing needs to be
pushed every second and a missed message costs no drift. While paused there is no
deadline, only ``remaining_ms``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from moderator.domain import clock
from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.model import EventSnapshot, Handoff, Person, Question, QuestionStatus, Slot

#: How many waiting questions the state lists (a stream deck shows a few; the page none).
QUEUE_LISTED = 20

State = dict[str, Any]


def epoch_ms(instant: datetime | None) -> int | None:
    """An aware instant as epoch milliseconds (what JavaScript's ``Date`` takes)."""
    return None if instant is None else round(instant.timestamp() * 1000)


def _ms(delta: timedelta) -> int:
    return round(delta.total_seconds() * 1000)


def _person(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "id": person.id,
        "name": person.display_name,
        "title": person.academic_title,
        "function": person.function,
        "organisation": person.organisation,
    }


def _slot(slot: Slot | None, start: datetime | None = None) -> dict[str, Any] | None:
    if slot is None:
        return None
    return {
        "id": slot.id,
        "title": slot.title,
        "kind": slot.kind.value,
        "planned_start": epoch_ms(slot.start),
        "planned_end": epoch_ms(slot.end),
        "start": epoch_ms(start or slot.start),
        "duration_ms": _ms(slot.duration),
    }


def _question(question: Question | None, snapshot: EventSnapshot) -> dict[str, Any] | None:
    if question is None:
        return None
    addressed = snapshot.person(question.addressed_to) if question.addressed_to is not None else None
    return {
        "id": question.id,
        "text": question.text,
        "asked_by": question.asked_by,
        "organisation": question.organisation,
        "addressed_to": addressed.display_name if addressed is not None else "",
        "votes": question.votes,
        "status": question.status.value,
        "since": epoch_ms(question.on_air_at),
    }


@dataclass(frozen=True, slots=True)
class Moment:
    """What the service holds, at one instant: the input of :func:`show_state`."""

    snapshot: EventSnapshot
    reading: clock.ClockReading
    handoffs: Sequence[Handoff]
    controller: str = ""


def show_state(moment: Moment) -> State:
    """The show at ``moment`` as plain data (see the module's docstring for the clock)."""
    snapshot, reading = moment.snapshot, moment.reading
    slots = snapshot.slots
    index = reading.slot_index
    slot = reading.slot
    started = snapshot.live.show_started_at is not None
    ended = snapshot.live.show_ended_at is not None
    running = started and not ended and not reading.paused
    deadline = reading.now + reading.remaining if (running or not started) and slot is not None else None
    current = floor.current_handoff(moment.handoffs)
    speaking = current is not None and current.ended_at is None
    speaker = snapshot.person(current.person_id) if speaking and current is not None else None
    following = slots[index + 1] if index is not None and index + 1 < len(slots) else None
    following_start = reading.projected_starts[index + 1] if following is not None and index is not None else None
    slot_start = reading.projected_starts[index] if index is not None and index < len(reading.projected_starts) else None
    waiting = [q for q in queue.queue_order(snapshot.questions) if q.status in (QuestionStatus.QUEUED, QuestionStatus.NEW)]
    return {
        "event": {
            "title": snapshot.event.title,
            "timezone": snapshot.event.timezone,
            "language": snapshot.event.language,
            "planned_end": epoch_ms(snapshot.event.end),
        },
        "clock": {
            "phase": reading.phase.value,
            "started": started,
            "ended": ended,
            "paused": reading.paused,
            "deadline": epoch_ms(deadline),
            "remaining_ms": _ms(reading.remaining),
            "allotted_ms": _ms(reading.allotted),
            "warning_ms": _ms(slot.warning) if slot is not None else 0,
            "final_ms": _ms(slot.final) if slot is not None else 0,
            "drift_ms": _ms(reading.drift),
            "projected_end": epoch_ms(reading.projected_end),
        },
        "slot": _slot(slot, slot_start),
        "next_slot": _slot(following, following_start),
        "speaker": None if speaker is None or current is None else {
            **(_person(speaker) or {}), "since": epoch_ms(current.started_at),
        },
        "people": [
            {"number": number, **(_person(snapshot.person(participant.person_id)) or {}), "role": participant.role.value}
            for number, participant in enumerate(floor.floor_order(slot) if slot is not None else (), start=1)
        ],
        "question": _question(queue.on_air(snapshot.questions), snapshot),
        "queue": [_question(q, snapshot) for q in waiting[:QUEUE_LISTED]],
        "waiting": len(waiting),
        "controller": moment.controller,
    }
