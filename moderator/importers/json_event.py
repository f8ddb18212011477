"""Read the event JSON that :mod:`moderator.exporters.json_export` writes.

Used for the bundled sample event and for moving an event between machines as text. Live
state, the log and hand-offs are not imported: a new event file starts before the show.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import (
    Event,
    EventDraft,
    Person,
    Question,
    QuestionSource,
    QuestionStatus,
    Role,
    Slot,
    SlotKind,
)
from moderator.importers.errors import ImportFailed

FORMAT_NAME = "moderator-event"


def _fail() -> ImportFailed:
    return ImportFailed(
        QT_TRANSLATE_NOOP(
            "import", "The JSON is not a moderator event: fields are missing or of the wrong type."
        )
    )


def _instant(value: Any, zone: ZoneInfo) -> datetime:
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def parse_event_json(text: str) -> EventDraft:
    """The draft held by an exported event JSON, or :class:`ImportFailed`."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFailed(QT_TRANSLATE_NOOP("import", "The file is not valid JSON.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _fail()
    try:
        return _draft(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _fail() from None
    except ZoneInfoNotFoundError:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("import", "Unknown time zone \u201c%1\u201d."),
            zone=str(data.get("event", {}).get("timezone")),
        ) from None


def _draft(data: dict[str, Any]) -> EventDraft:
    raw_event = data["event"]
    zone = ZoneInfo(str(raw_event["timezone"]))
    event = Event(
        title=str(raw_event["title"]),
        series=str(raw_event.get("series", "")),
        subtitle=str(raw_event.get("subtitle", "")),
        start=_instant(raw_event["start"], zone),
        end=_instant(raw_event["end"], zone),
        timezone=str(raw_event["timezone"]),
        meeting_link=str(raw_event.get("meeting_link", "")),
        stream_link=str(raw_event.get("stream_link", "")),
        registration_link=str(raw_event.get("registration_link", "")),
        description=str(raw_event.get("description", "")),
        language=str(raw_event.get("language", "de")),
    )
    keys: dict[Any, str] = {}
    people: list[Person] = []
    for raw in data.get("people", []):
        person = Person(
            name=str(raw["name"]),
            academic_title=str(raw.get("academic_title", "")),
            function=str(raw.get("function", "")),
            organisation=str(raw.get("organisation", "")),
            intro=str(raw.get("intro", "")),
            pronunciation=str(raw.get("pronunciation", "")),
            contact=str(raw.get("contact", "")),
        )
        if person.key not in {p.key for p in people}:
            people.append(person)
        keys[raw.get("id")] = person.key
    slots: list[Slot] = []
    slot_people: list[tuple[tuple[str, Role], ...]] = []
    for position, raw in enumerate(data.get("slots", [])):
        start = _instant(raw["start"], zone)
        if "duration_minutes" in raw:
            duration = timedelta(minutes=float(raw["duration_minutes"]))
        else:
            duration = _instant(raw["end"], zone) - start
        slots.append(
            Slot(
                title=str(raw["title"]),
                start=start,
                duration=duration,
                kind=SlotKind(raw.get("kind", "other")),
                position=position,
                notes=str(raw.get("notes", "")),
                warning=timedelta(seconds=int(raw.get("warning_seconds", 120))),
                final=timedelta(seconds=int(raw.get("final_seconds", 30))),
                pinned=bool(raw.get("pinned", False)),
            )
        )
        slot_people.append(
            tuple(
                (keys[speaker["person_id"]], Role(speaker.get("role", "speaker")))
                for speaker in raw.get("speakers", [])
            )
        )
    questions = tuple(
        Question(
            text=str(raw["text"]),
            asked_by=str(raw.get("asked_by", "")),
            organisation=str(raw.get("organisation", "")),
            status=QuestionStatus(raw.get("status", "new")),
            votes=int(raw.get("votes", 0)),
            created_at=_instant(raw["created_at"], zone),
            created_by=str(raw.get("created_by", "")),
            source=QuestionSource(raw.get("source", "live")),
        )
        for raw in data.get("questions", [])
    )
    return EventDraft(
        event=event,
        people=tuple(people),
        slots=tuple(slots),
        slot_people=tuple(slot_people),
        questions=questions,
    )
