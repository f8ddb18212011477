"""The event as JSON: the format scripts, stream decks and the report read.

Instants are ISO 8601 in the event's own zone, with their offset. The format is documented
in the README ("The JSON format") and read back by :mod:`moderator.importers.json_event`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from moderator.domain.model import EventSnapshot, Handoff, LogEntry, Person, Slot

FORMAT_NAME = "moderator-event"
FORMAT_VERSION = 1


def _instant(value: datetime | None, zone: ZoneInfo) -> str | None:
    return None if value is None else value.astimezone(zone).isoformat()


def _minutes(delta: timedelta) -> int | float:
    minutes = delta.total_seconds() / 60
    return int(minutes) if minutes.is_integer() else round(minutes, 3)


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "academic_title": person.academic_title,
        "display_name": person.display_name,
        "function": person.function,
        "organisation": person.organisation,
        "intro": person.intro,
        "pronunciation": person.pronunciation,
        "contact": person.contact,
    }


def _slot(slot: Slot, people: dict[int | None, Person], zone: ZoneInfo) -> dict[str, Any]:
    speakers = []
    for participant in slot.participants:
        person = people.get(participant.person_id)
        speakers.append(
            {
                "person_id": participant.person_id,
                "name": person.display_name if person else "",
                "organisation": person.organisation if person else "",
                "role": participant.role.value,
            }
        )
    return {
        "id": slot.id,
        "position": slot.position,
        "title": slot.title,
        "kind": slot.kind.value,
        "start": _instant(slot.start, zone),
        "end": _instant(slot.end, zone),
        "duration_minutes": _minutes(slot.duration),
        "notes": slot.notes,
        "warning_seconds": int(slot.warning.total_seconds()),
        "final_seconds": int(slot.final.total_seconds()),
        "pinned": slot.pinned,
        "speakers": speakers,
    }


def event_to_dict(
    snapshot: EventSnapshot,
    log: Sequence[LogEntry] = (),
    handoffs: Sequence[Handoff] = (),
) -> dict[str, Any]:
    """The whole event as plain JSON-ready values: the real show, never a rehearsal.

    Rehearsals are left out of the log; while one runs, the live state and hand-offs it
    set aside are the show's (see :mod:`moderator.domain.rehearsal`).
    """
    event = snapshot.event
    zone = ZoneInfo(event.timezone)
    people = {person.id: person for person in snapshot.people}
    live = snapshot.live
    # Loaded here: it brings the clock and the hand-offs, which the rest of an export
    # (and `moderator export`'s start-up) does not need.
    from moderator.domain import rehearsal

    running = rehearsal.current(log)
    if running is not None:
        live, handoffs = running.saved_live, running.saved_handoffs
    log = rehearsal.show_log(log)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "event": {
            "title": event.title,
            "series": event.series,
            "subtitle": event.subtitle,
            "timezone": event.timezone,
            "start": _instant(event.start, zone),
            "end": _instant(event.end, zone),
            "meeting_link": event.meeting_link,
            "stream_link": event.stream_link,
            "registration_link": event.registration_link,
            "description": event.description,
            "language": event.language,
        },
        "slots": [_slot(slot, people, zone) for slot in snapshot.slots],
        "people": [_person(person) for person in snapshot.people],
        "questions": [
            {
                "id": q.id,
                "text": q.text,
                "asked_by": q.asked_by,
                "organisation": q.organisation,
                "addressed_to": q.addressed_to,
                "status": q.status.value,
                "position": rank,
                "votes": q.votes,
                "created_at": _instant(q.created_at, zone),
                "created_by": q.created_by,
                "source": q.source.value,
                "on_air_at": _instant(q.on_air_at, zone),
                "answered_at": _instant(q.answered_at, zone),
                "answered_in_slot": q.answered_in_slot,
                "merged_into": q.merged_into,
            }
            # The queue's order: position 1 is the top.
            for rank, q in enumerate(snapshot.questions, start=1)
        ],
        "live": {
            "show_started_at": _instant(live.show_started_at, zone),
            "show_ended_at": _instant(live.show_ended_at, zone),
            "current_slot_id": live.current_slot_id,
            "slot_started_at": _instant(live.slot_started_at, zone),
            "adjustment_seconds": live.adjustment.total_seconds(),
            "paused_at": _instant(live.paused_at, zone),
            "paused_seconds": live.paused_total.total_seconds(),
        },
        "log": [
            {
                "at": _instant(entry.at, zone),
                "action": entry.action,
                "slot_id": entry.slot_id,
                "person_id": entry.person_id,
                "detail": entry.detail,
                "by": entry.by,
            }
            for entry in log
        ],
        "handoffs": [
            {
                "person_id": h.person_id,
                "slot_id": h.slot_id,
                "started_at": _instant(h.started_at, zone),
                "ended_at": _instant(h.ended_at, zone),
            }
            for h in handoffs
        ],
    }


def export_json(
    snapshot: EventSnapshot,
    log: Sequence[LogEntry] = (),
    handoffs: Sequence[Handoff] = (),
) -> str:
    """The event as pretty-printed JSON text (UTF-8, umlauts kept readable)."""
    return json.dumps(event_to_dict(snapshot, log, handoffs), ensure_ascii=False, indent=2) + "\n"
