"""Read the event JSON that :mod:`moderator.exporters.json_export` writes.

Used for the bundled sample event and for moving an event between machines as text. Live
state, the log and hand-offs are not imported: a new event file starts before the show.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.errors import Count, QT_TRANSLATE_NOOP
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
from moderator.importers.limits import check_field, check_json_nesting, check_json_shape

FORMAT_NAME = "moderator-event"


def _fail() -> ImportFailed:
    return ImportFailed(
        QT_TRANSLATE_NOOP(
            "import", "The JSON is not a moderator event: fields are missing or of the wrong type."
        )
    )


_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "import", "The JSON gives %1 %2; that is out of range for a run sheet."
)
_UNKNOWN_ZONE = QT_TRANSLATE_NOOP("import", "Unknown time zone \u201c%1\u201d.")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "import", "The JSON holds over %1 %2; that is not a run sheet."
)

# Bounds for the numbers an event JSON may carry: a slot lasts at most a day, a warning at
# most an hour before its end; larger values are typing errors or attacks, and would
# overflow timedelta or SQLite's 64-bit integers further on.
_LONGEST_SLOT_MINUTES = 24 * 60
_LONGEST_WARNING_SECONDS = 24 * 60 * 60
_MOST_VOTES = 1_000_000_000
_MOST_ITEMS = 20_000  # slots, people or questions (10,000 questions is the benchmark)


def _instant(value: Any, zone: ZoneInfo) -> datetime:
    parsed = datetime.fromisoformat(_field(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _field(value: Any) -> str:
    """A text field, bounded in length (numbers and such are read as their text)."""
    if isinstance(value, dict | list):
        raise TypeError(value)
    return check_field(str(value))


def _number(value: Any, field: str, low: float, high: float) -> float:
    """A finite number between ``low`` and ``high``, or ImportFailed naming ``field``."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(value)
    number = float(value)  # "1e20", Infinity and NaN as text too
    if not low <= number <= high:  # NaN fails both comparisons
        raise ImportFailed(_OUT_OF_RANGE, field=field, value=str(value)[:40])
    return number


def _zone(value: Any) -> ZoneInfo:
    """The event's zone, or ImportFailed for anything that is not an IANA zone's name."""
    name = str(value)
    try:
        # "Europe" is a folder of the zone database (IsADirectoryError); very long names
        # fail in the file system (OSError) before ZoneInfo can say it knows none.
        if len(name) > 64 or not name.isprintable():
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
        raise ImportFailed(_UNKNOWN_ZONE, zone=name[:64]) from None


def _items(data: dict[str, Any], key: str) -> list[Any]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise TypeError(items)
    if len(items) > _MOST_ITEMS:
        raise ImportFailed(_TOO_MANY, limit=Count(_MOST_ITEMS), what=key)
    return items


def parse_event_json(text: str) -> EventDraft:
    """The draft held by an exported event JSON, or :class:`ImportFailed`."""
    check_json_shape(text)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFailed(QT_TRANSLATE_NOOP("import", "The file is not valid JSON.")) from None
    check_json_nesting(data)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _fail()
    try:
        return _draft(data)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
        raise _fail() from None


def _draft(data: dict[str, Any]) -> EventDraft:
    raw_event = data["event"]
    zone = _zone(raw_event["timezone"])
    event = Event(
        title=_field(raw_event["title"]),
        series=_field(raw_event.get("series", "")),
        subtitle=_field(raw_event.get("subtitle", "")),
        start=_instant(raw_event["start"], zone),
        end=_instant(raw_event["end"], zone),
        timezone=zone.key,
        meeting_link=_field(raw_event.get("meeting_link", "")),
        stream_link=_field(raw_event.get("stream_link", "")),
        registration_link=_field(raw_event.get("registration_link", "")),
        description=_field(raw_event.get("description", "")),
        language=_field(raw_event.get("language", "de")),
    )
    keys: dict[Any, str] = {}
    people: list[Person] = []
    seen: set[str] = set()
    for raw in _items(data, "people"):
        person = Person(
            name=_field(raw["name"]),
            academic_title=_field(raw.get("academic_title", "")),
            function=_field(raw.get("function", "")),
            organisation=_field(raw.get("organisation", "")),
            intro=_field(raw.get("intro", "")),
            pronunciation=_field(raw.get("pronunciation", "")),
            contact=_field(raw.get("contact", "")),
        )
        if person.key not in seen:
            seen.add(person.key)
            people.append(person)
        keys[_field(raw.get("id"))] = person.key
    slots: list[Slot] = []
    slot_people: list[tuple[tuple[str, Role], ...]] = []
    for position, raw in enumerate(_items(data, "slots")):
        start = _instant(raw["start"], zone)
        if "duration_minutes" in raw:
            minutes = _number(raw["duration_minutes"], "duration_minutes", 0, _LONGEST_SLOT_MINUTES)
            duration = timedelta(minutes=minutes)
        else:
            duration = _instant(raw["end"], zone) - start
            if not timedelta(0) <= duration <= timedelta(minutes=_LONGEST_SLOT_MINUTES):
                raise ImportFailed(_OUT_OF_RANGE, field="end", value=_field(raw["end"])[:40])
        seconds = {
            name: _number(raw.get(name, default), name, 0, _LONGEST_WARNING_SECONDS)
            for name, default in (("warning_seconds", 120), ("final_seconds", 30))
        }
        speakers = raw.get("speakers", [])
        if not isinstance(speakers, list):
            raise TypeError(speakers)
        slots.append(
            Slot(
                title=_field(raw["title"]),
                start=start,
                duration=duration,
                kind=SlotKind(raw.get("kind", "other")),
                position=position,
                notes=_field(raw.get("notes", "")),
                warning=timedelta(seconds=int(seconds["warning_seconds"])),
                final=timedelta(seconds=int(seconds["final_seconds"])),
                pinned=bool(raw.get("pinned", False)),
            )
        )
        slot_people.append(
            tuple(
                (keys[_field(speaker["person_id"])], Role(speaker.get("role", "speaker")))
                for speaker in speakers
            )
        )
    questions = tuple(
        Question(
            text=_field(raw["text"]),
            asked_by=_field(raw.get("asked_by", "")),
            organisation=_field(raw.get("organisation", "")),
            status=QuestionStatus(raw.get("status", "new")),
            votes=int(_number(raw.get("votes", 0), "votes", 0, _MOST_VOTES)),
            created_at=_instant(raw["created_at"], zone),
            created_by=_field(raw.get("created_by", "")),
            source=QuestionSource(raw.get("source", "live")),
        )
        for raw in _items(data, "questions")
    )
    return EventDraft(
        event=event,
        people=tuple(people),
        slots=tuple(slots),
        slot_people=tuple(slot_people),
        questions=questions,
    )
