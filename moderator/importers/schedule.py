"""Import one room's day from a published conference schedule into an :class:`EventDraft`.

Conference planners (frab, pretalx, the CCC hub) publish their programme in the c3voc
schedule formats, whose definitions are in the shared corpus:

- frab ``schedule.xml``: ``<schedule>`` with ``<conference>`` and ``<day index date>``
  elements holding ``<room name>`` elements holding ``<event>`` elements (``date`` as ISO
  8601 with offset, ``duration`` "HH:MM", ``persons/person``, ``links/link``);
- schedule JSON version 1 (pretalx, frab): the same tree as JSON,
  ``schedule.conference.days[].rooms{name: [events]}``;
- schedule JSON version 2 (the CCC hub): a flat ``schedule.events`` list whose events have
  ``start``/``end`` instants, a room reference and ``participants`` with roles.

A moderator runs one stage on one day, so a schedule with several days or rooms needs a
choice; :func:`list_days_and_rooms` gives the outline for a picker and
:func:`parse_schedule` raises :class:`NeedsChoice` (an :class:`ImportFailed` that carries
the outline) when a choice is missing. A day or room that is the only one with events
needs no choice.

Schedules come from the internet: XML is read with ``defusedxml`` (entity expansion and
external references are refused) and every problem with the input becomes
:class:`ImportFailed` with a one-line message; no other exception escapes for any bytes.

The importer is deliberately thin: the document is parsed once, the outline only counts
elements, and only the chosen room's day is read in full.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any
from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Event, EventDraft, Person, Role, Slot, SlotKind

# The agenda importer's title keywords decide a kind where the schedule's type does not.
from moderator.importers.agenda_text import DEFAULT_TIMEZONE
from moderator.importers.agenda_text import guess_kind as guess_kind_from_title
from moderator.importers.common import short, single_spaced
from moderator.importers.errors import ImportFailed
from moderator.importers.limits import check_bytes, check_json_nesting, check_json_shape, check_xml_shape
from moderator.importers.spreadsheet import read_person

__all__ = [
    "NeedsChoice",
    "ScheduleDay",
    "ScheduleFormat",
    "ScheduleOutline",
    "ScheduleRoom",
    "list_days_and_rooms",
    "parse_schedule",
]

_UTC = datetime.UTC
# Longer than this is not a slot a moderator runs (a camp's "hackcenter open" for days).
_LONGEST_SLOT = datetime.timedelta(hours=24)


# --- Messages (templates marked for translation; the Qt layer translates them) ---------

_NOT_SCHEDULE = QT_TRANSLATE_NOOP(
    "import",
    "This is not a conference schedule: expected a frab schedule.xml or a schedule JSON file.",
)
_BAD_XML = QT_TRANSLATE_NOOP("import", "The schedule XML cannot be read: %1.")
_UNSAFE_XML = QT_TRANSLATE_NOOP(
    "import", "The schedule XML declares entities or external references; refused for safety."
)
_BAD_XML_ENCODING = QT_TRANSLATE_NOOP(
    "import", "The schedule XML cannot be read: its character encoding is unknown."
)
_BAD_JSON = QT_TRANSLATE_NOOP("import", "The schedule JSON cannot be read: %1.")
_DEEP_JSON = QT_TRANSLATE_NOOP(
    "import", "The schedule JSON cannot be read: it is nested too deeply."
)
_JSON_NOT_TEXT = QT_TRANSLATE_NOOP(
    "import", "The schedule JSON cannot be read: it is not UTF-8 text."
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "import", "The schedule is damaged: its days or events are not as the format defines them."
)
_NO_EVENTS = QT_TRANSLATE_NOOP("import", "The schedule has no events.")
_CHOOSE_BOTH = QT_TRANSLATE_NOOP(
    "import",
    "The schedule has %2 days and %4 rooms; "
    "choose with --day (%1) and --room (%3).",
)
_CHOOSE_DAY = QT_TRANSLATE_NOOP(
    "import", "The schedule has %2 days; choose one with --day (%1)."
)
_CHOOSE_DAY_IN_ROOM = QT_TRANSLATE_NOOP(
    "import", "%3 has events on %2 days; choose one with --day (%1)."
)
_CHOOSE_ROOM = QT_TRANSLATE_NOOP(
    "import", "The schedule has %2 rooms; choose one with --room (%1)."
)
_CHOOSE_ROOM_ON_DAY = QT_TRANSLATE_NOOP(
    "import", "Day %1 has events in %3 rooms; choose one with --room (%2)."
)
_UNKNOWN_DAY = QT_TRANSLATE_NOOP(
    "import", "The schedule has no day “%1”; choose one with --day (%2)."
)
_UNKNOWN_ROOM = QT_TRANSLATE_NOOP(
    "import", "The schedule has no room “%1”; choose one with --room (%2)."
)
_NOTHING_THERE = QT_TRANSLATE_NOOP(
    "import", "%3 has no events on day %1; choose another with --day (%2)."
)
_BAD_START = QT_TRANSLATE_NOOP(
    "import", "The event “%1” has no readable start time (“%2”)."
)
_BAD_DURATION = QT_TRANSLATE_NOOP(
    "import", "The event “%1” has no readable duration (“%2”)."
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "The event “%1” lasts more than 24 hours, too long for a run sheet slot."
)
_NO_ZONE = QT_TRANSLATE_NOOP(
    "import",
    "The schedule gives neither a time zone nor UTC offsets, so its times cannot be placed.",
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("import", "A date in the schedule is out of range.")

# Notes on the draft (EventDraft.notes): what the organiser should check after the import.
_NOTE_ZONE_GUESSED = QT_TRANSLATE_NOOP(
    "import", "The schedule names no time zone; used %1, which matches its UTC offsets."
)
_NOTE_ZONE_MISMATCH = QT_TRANSLATE_NOOP(
    "import",
    "The schedule names the time zone %1, but its times are in %2; used %2.",
)


# --- Public API ---------------------------------------------------------------------------


class ScheduleFormat(StrEnum):
    """Which of the c3voc schedule formats a file is in."""

    FRAB_XML = "frab-xml"
    JSON_V1 = "json-v1"
    JSON_V2 = "json-v2"


@dataclass(frozen=True, slots=True)
class ScheduleDay:
    """One conference day: its index as the schedule numbers it (1-based), its date and
    how many events it has in all rooms."""

    index: int
    date: datetime.date | None
    events: int


@dataclass(frozen=True, slots=True)
class ScheduleRoom:
    """One room (stage) that has events, and how many on all days."""

    name: str
    events: int


@dataclass(frozen=True, slots=True)
class ScheduleOutline:
    """What a schedule offers to choose from: its days and the rooms with events.

    ``counts`` holds (day index, room name, number of events) for every day and room that
    have events together; days and rooms keep the schedule's order.
    """

    format: ScheduleFormat
    title: str
    days: tuple[ScheduleDay, ...]
    rooms: tuple[ScheduleRoom, ...]
    counts: tuple[tuple[int, str, int], ...]

    def events_in(self, day: int | None = None, room: str | None = None) -> int:
        """The number of events on ``day`` (an index) in ``room`` (None: any)."""
        return sum(
            count
            for day_index, room_name, count in self.counts
            if (day is None or day_index == day) and (room is None or room_name == room)
        )

    def days_in(self, room: str | None = None) -> tuple[ScheduleDay, ...]:
        """The days on which ``room`` (None: any room) has events."""
        return tuple(day for day in self.days if self.events_in(day.index, room))

    def rooms_on(self, day: int | None = None) -> tuple[ScheduleRoom, ...]:
        """The rooms that have events on ``day`` (None: on any day)."""
        return tuple(room for room in self.rooms if self.events_in(day, room.name))


class NeedsChoice(ImportFailed):
    """The schedule has several days or rooms and the choice is missing or unknown.

    ``outline`` lists what there is to choose from, so the app can show a picker instead
    of the message (which names the command line's ``--day`` and ``--room``).
    """

    def __init__(self, template: str, outline: ScheduleOutline, **fields: Any) -> None:
        self.outline = outline
        super().__init__(template, **fields)


def list_days_and_rooms(data: bytes) -> ScheduleOutline:
    """The days and rooms of a schedule, with their event counts, for a picker.

    Raises :class:`ImportFailed` for input that is not a readable schedule.
    """
    return _read(data).outline


def parse_schedule(
    data: bytes, *, day: int | str | None = None, room: str | None = None
) -> EventDraft:
    """One room's day of a conference schedule as an event draft.

    ``day`` is the schedule's day index (1-based, as frab numbers days; a string of digits
    counts too) or an ISO date ("2014-12-28"); ``room`` is a room name in any case. Either
    may be left out where only one day or room has events. Raises :class:`NeedsChoice`
    when a choice is missing or names nothing in the schedule, and :class:`ImportFailed`
    for anything else wrong with the input.
    """
    schedule = _read(data)
    day_index, room_name = _choose(schedule.outline, day, room)
    bucket = schedule.buckets[(day_index, room_name)]
    day_info = schedule.days[day_index]
    try:
        items = [schedule.read_event(raw, day_info, schedule.declared_zone) for raw in bucket]
        return _draft(schedule, day_info, room_name, items)
    except OverflowError:
        raise ImportFailed(_OUT_OF_RANGE) from None


# --- Reading the document -------------------------------------------------------------------


@dataclass(slots=True)
class _Day:
    """A day as the schedule states it; ``start`` is the day's first instant if given."""

    index: int
    date: datetime.date | None
    start: datetime.datetime | None


@dataclass(frozen=True, slots=True)
class _Item:
    """One event of the chosen room's day, read into plain values."""

    title: str
    start: datetime.datetime
    duration: datetime.timedelta
    type: str
    subtitle: str
    abstract: str
    language: str
    people: tuple[tuple[str, str], ...]  # (name, role as the schedule writes it)
    links: tuple[tuple[str, str], ...]  # (title, url)


_EventReader = Callable[[Any, _Day, ZoneInfo | None], _Item]


@dataclass(slots=True)
class _Schedule:
    """A parsed schedule: its outline and, per (day index, room), the raw events."""

    outline: ScheduleOutline
    title: str
    description: str
    declared_zone: ZoneInfo | None
    declared_zone_name: str
    days: dict[int, _Day]
    buckets: dict[tuple[int, str], list[Any]]
    read_event: _EventReader


def _read(data: bytes) -> _Schedule:
    """Parse ``data`` once and sort its events into days and rooms."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ImportFailed(_NOT_SCHEDULE)
    data = bytes(data)
    check_bytes(data)
    head = data[:64]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: both parsers read it
        head = head[2:].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "ignore").encode()
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    try:
        if head.startswith(b"<"):
            check_xml_shape(data)
            return _read_xml(data)
        if head.startswith((b"{", b"[")):
            check_json_shape(data)
            return _read_json(data)
    except OverflowError:
        raise ImportFailed(_OUT_OF_RANGE) from None
    raise ImportFailed(_NOT_SCHEDULE)


def _build(
    fmt: ScheduleFormat,
    title: str,
    description: str,
    zone_name: str,
    days: dict[int, _Day],
    buckets: dict[tuple[int, str], list[Any]],
    room_order: Iterable[str],
    reader: _EventReader,
) -> _Schedule:
    """The schedule with its outline, once its events are sorted into buckets."""
    buckets = {key: events for key, events in buckets.items() if events}
    if not buckets:
        raise ImportFailed(_NO_EVENTS)
    per_day: Counter[int] = Counter()
    per_room: Counter[str] = Counter()
    for (day_index, room_name), events in buckets.items():
        per_day[day_index] += len(events)
        per_room[room_name] += len(events)
    rooms = tuple(
        ScheduleRoom(name, per_room[name]) for name in dict.fromkeys(room_order) if per_room[name]
    )
    ordered_days = sorted(days.values(), key=lambda d: d.index)
    outline = ScheduleOutline(
        format=fmt,
        title=title,
        days=tuple(
            ScheduleDay(d.index, d.date, per_day[d.index]) for d in ordered_days if per_day[d.index]
        ),
        rooms=rooms,
        counts=tuple(
            (d.index, room.name, len(buckets[(d.index, room.name)]))
            for d in ordered_days
            for room in rooms
            if (d.index, room.name) in buckets
        ),
    )
    return _Schedule(
        outline=outline,
        title=title,
        description=description,
        declared_zone=_declared_zone(zone_name),
        declared_zone_name=zone_name,
        days=days,
        buckets=buckets,
        read_event=reader,
    )


def _declared_zone(name: str) -> ZoneInfo | None:
    """The schedule's ``time_zone_name`` as a zone, or None where it names none we know."""
    if not name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


# --- frab schedule.xml ------------------------------------------------------------------------


def _read_xml(data: bytes) -> _Schedule:
    """A frab ``schedule.xml``: ``<schedule>``, ``<conference>``, ``<day>/<room>/<event>``."""
    try:
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException:
        raise ImportFailed(_UNSAFE_XML) from None
    except ParseError as error:
        raise ImportFailed(_BAD_XML, reason=_one_line(str(error))) from None
    except (ValueError, LookupError, UnicodeError):
        # An unknown encoding in the XML declaration and the like.
        raise ImportFailed(_BAD_XML_ENCODING) from None
    if root.tag != "schedule":
        raise ImportFailed(_NOT_SCHEDULE)
    conference = root.find("conference")
    title = _element_text(conference, "title")
    zone_name = _element_text(conference, "time_zone_name")
    days: dict[int, _Day] = {}
    buckets: dict[tuple[int, str], list[Any]] = {}
    room_order: list[str] = []
    day_elements = root.findall("day") or root.findall("days/day")
    for position, day_element in enumerate(day_elements, start=1):
        index = _index(day_element.get("index"), position)
        start = _instant_or_none(day_element.get("start"))
        day = days.setdefault(index, _Day(index, _date_or_none(day_element.get("date")), start))
        if day.date is None and start is not None:
            day.date = start.date()
        for room_element in day_element.findall("room"):
            name = single_spaced(room_element.get("name") or "")
            events = room_element.findall("event")
            if events:
                room_order.append(name)
                buckets.setdefault((index, name), []).extend(events)
    return _build(
        ScheduleFormat.FRAB_XML, title, "", zone_name, days, buckets, room_order, _xml_event
    )


def _element_text(parent: Element | None, tag: str) -> str:
    """The stripped text of ``parent``'s child ``tag`` ("" where there is none)."""
    if parent is None:
        return ""
    return (parent.findtext(tag) or "").strip()


def _xml_event(element: Element, day: _Day, zone: ZoneInfo | None) -> _Item:
    """One ``<event>`` of a frab schedule.xml."""
    title = single_spaced(element.findtext("title") or "")
    start = _xml_start(element, day, zone, title)
    duration = _clock_duration(element.findtext("duration") or "", title)
    persons = element.find("persons")
    people = tuple(
        (single_spaced(person.text or ""), "")
        for person in (persons.findall("person") if persons is not None else ())
        if (person.text or "").strip()
    )
    links = element.find("links")
    return _Item(
        title=title,
        start=start,
        duration=duration,
        type=(element.findtext("type") or "").strip(),
        subtitle=(element.findtext("subtitle") or "").strip(),
        abstract=(element.findtext("abstract") or element.findtext("description") or "").strip(),
        language=(element.findtext("language") or "").strip(),
        people=people,
        links=tuple(
            (single_spaced(link.text or ""), (link.get("href") or "").strip())
            for link in (links.findall("link") if links is not None else ())
            if (link.get("href") or "").strip()
        ),
    )


def _xml_start(element: Element, day: _Day, zone: ZoneInfo | None, title: str) -> datetime.datetime:
    """An event's start: its ``<date>`` (ISO with offset), else the day's date and ``<start>``.

    Old frab files lack ``<date>``; an event whose ``<start>`` is before the day's own
    start then belongs after midnight.
    """
    written = (element.findtext("date") or "").strip()
    if written:
        return _aware(written, zone, title)
    clock = (element.findtext("start") or "").strip()
    time = _clock(clock)
    if time is None or day.date is None:
        raise ImportFailed(_BAD_START, title=short(title), value=short(clock))
    day_start = day.start if day.start is not None and day.start.utcoffset() is not None else None
    tzinfo = day_start.tzinfo if day_start is not None else zone
    if tzinfo is None:
        raise ImportFailed(_NO_ZONE)
    start = datetime.datetime.combine(day.date, time, tzinfo=tzinfo)
    if day_start is not None and start < day_start:
        start += datetime.timedelta(days=1)  # the same wall-clock time after midnight
    return _fixed(start)


# --- schedule JSON, version 1 -----------------------------------------------------------------


def _read_json(data: bytes) -> _Schedule:
    """Schedule JSON: version 1 (days → rooms → events) or version 2 (a flat events list)."""
    try:
        document = json.loads(data)
    except RecursionError:
        raise ImportFailed(_DEEP_JSON) from None
    except UnicodeError:
        raise ImportFailed(_JSON_NOT_TEXT) from None
    except ValueError as error:
        raise ImportFailed(_BAD_JSON, reason=_one_line(str(error))) from None
    check_json_nesting(document)
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(schedule, dict) or not isinstance(conference, dict):
        raise ImportFailed(_NOT_SCHEDULE)
    title = _string(conference.get("title"))
    zone_name = _string(conference.get("time_zone_name"))
    description = _localized(conference.get("description"), "")
    if isinstance(schedule.get("events"), list):
        return _read_json_v2(schedule, conference, title, description, zone_name)
    days: dict[int, _Day] = {}
    buckets: dict[tuple[int, str], list[Any]] = {}
    room_order: list[str] = [
        single_spaced(_string(room.get("name")))
        for room in _list(conference.get("rooms"))
        if isinstance(room, dict)
    ]
    raw_days = conference.get("days")
    if not isinstance(raw_days, list):
        raise ImportFailed(_NOT_SCHEDULE)
    for position, raw_day in enumerate(raw_days, start=1):
        if not isinstance(raw_day, dict):
            raise ImportFailed(_DAMAGED)
        index = _index(raw_day.get("index"), position)
        start = _instant_or_none(raw_day.get("day_start"))
        day = days.setdefault(index, _Day(index, _date_or_none(raw_day.get("date")), start))
        if day.date is None and start is not None:
            day.date = start.date()
        rooms = raw_day.get("rooms")
        if not isinstance(rooms, dict):
            raise ImportFailed(_DAMAGED)
        for raw_name, events in rooms.items():
            name = single_spaced(raw_name)
            if not isinstance(events, list):
                raise ImportFailed(_DAMAGED)
            if events:
                room_order.append(name)
                buckets.setdefault((index, name), []).extend(events)
    return _build(
        ScheduleFormat.JSON_V1,
        title,
        description,
        zone_name,
        days,
        buckets,
        room_order,
        _json_v1_event,
    )


def _json_v1_event(raw: Any, day: _Day, zone: ZoneInfo | None) -> _Item:
    """One event of schedule JSON version 1 (pretalx, frab)."""
    if not isinstance(raw, dict):
        raise ImportFailed(_DAMAGED)
    title = single_spaced(_string(raw.get("title")))
    written = _string(raw.get("date"))
    if not written:
        raise ImportFailed(_BAD_START, title=short(title), value="")
    start = _aware(written, zone, title)
    end = _string(raw.get("end"))
    if end and not raw.get("duration"):
        duration = _checked(_aware(end, zone, title) - start, title, end)
    else:
        duration = _clock_duration(_string(raw.get("duration")), title)
    language = _string(raw.get("language"))
    people = []
    for person in _list(raw.get("persons")):
        if isinstance(person, dict):
            name = _string(person.get("public_name")) or _string(person.get("name"))
        else:
            name = _string(person)
        if name.strip():
            people.append((single_spaced(name), ""))
    return _Item(
        title=title,
        start=start,
        duration=duration,
        type=_string(raw.get("type")),
        subtitle=_string(raw.get("subtitle")).strip(),
        abstract=(_string(raw.get("abstract")) or _string(raw.get("description"))).strip(),
        language=language,
        people=tuple(people),
        links=_json_links(raw.get("links")),
    )


# Links for the planner's own pages (the talk's page there, its feedback form), not for
# the moderator.
_SKIPPED_LINK_TYPES = frozenset({"origin", "feedback"})


def _json_links(value: Any) -> tuple[tuple[str, str], ...]:
    """(title, url) of a JSON event's links (objects with ``url`` and ``title``)."""
    links = []
    for link in _list(value):
        if (
            not isinstance(link, dict)
            or _string(link.get("type")).casefold() in _SKIPPED_LINK_TYPES
        ):
            continue
        if _string(link.get("url")).strip():
            links.append((single_spaced(_string(link.get("title"))), _string(link.get("url")).strip()))
    return tuple(links)


# --- schedule JSON, version 2 -----------------------------------------------------------------


def _read_json_v2(
    schedule: dict[str, Any],
    conference: dict[str, Any],
    title: str,
    description: str,
    zone_name: str,
) -> _Schedule:
    """Version 2: days are time ranges and events a flat list; an event belongs to the day
    whose range holds its start (a talk at 00:15 belongs to the evening before)."""
    rooms_by_guid: dict[str, str] = {}
    room_order: list[str] = []
    for room in _list(conference.get("rooms")):
        if isinstance(room, dict) and _string(room.get("name")).strip():
            name = single_spaced(_string(room.get("name")))
            room_order.append(name)
            guid = _string(room.get("guid"))
            if guid:
                rooms_by_guid.setdefault(guid, name)
    zone = _declared_zone(zone_name)
    days: dict[int, _Day] = {}
    ranges: list[tuple[datetime.datetime, datetime.datetime, int]] = []
    for position, raw_day in enumerate(_list(conference.get("days")), start=1):
        if not isinstance(raw_day, dict):
            raise ImportFailed(_DAMAGED)
        index = _index(raw_day.get("index"), position)
        start = _instant_or_none(raw_day.get("start"))
        end = _instant_or_none(raw_day.get("end"))
        day = days.setdefault(index, _Day(index, _date_or_none(raw_day.get("date")), start))
        if day.date is None and start is not None:
            day.date = start.date()
        if _is_aware(start) and _is_aware(end):
            assert start is not None and end is not None
            ranges.append((start, end, index))
    by_date = {day.date: day.index for day in days.values() if day.date is not None}
    buckets: dict[tuple[int, str], list[Any]] = {}
    for raw in schedule["events"]:
        if not isinstance(raw, dict):
            raise ImportFailed(_DAMAGED)
        start = _instant_or_none(raw.get("start"))
        if start is None:
            raise ImportFailed(
                _BAD_START,
                title=short(_string(raw.get("title"))),
                value=short(_string(raw.get("start"))),
            )
        index = _day_of(start, ranges, by_date, zone, days)
        room_name = _v2_room(raw.get("room"), rooms_by_guid)
        room_order.append(room_name)
        buckets.setdefault((index, room_name), []).append(raw)
    return _build(
        ScheduleFormat.JSON_V2,
        title,
        description,
        zone_name,
        days,
        buckets,
        room_order,
        _json_v2_event,
    )


def _day_of(
    start: datetime.datetime,
    ranges: Sequence[tuple[datetime.datetime, datetime.datetime, int]],
    by_date: dict[datetime.date, int],
    zone: ZoneInfo | None,
    days: dict[int, _Day],
) -> int:
    """The index of the day an instant belongs to; a day is added for an instant that no
    listed day covers."""
    if _is_aware(start):
        for day_start, day_end, index in ranges:
            if day_start <= start < day_end:
                return index
    local = start.astimezone(zone).date() if zone is not None and _is_aware(start) else start.date()
    if local not in by_date:
        index = max(days, default=0) + 1
        days[index] = _Day(index, local, None)
        by_date[local] = index
    return by_date[local]


def _v2_room(value: Any, rooms_by_guid: Mapping[str, str]) -> str:
    """A version 2 room reference (``{"guid", "name"}``) as a room name."""
    if isinstance(value, dict):
        guid = _string(value.get("guid"))
        if guid in rooms_by_guid:
            return rooms_by_guid[guid]
        return single_spaced(_string(value.get("name")) or guid)
    return single_spaced(_string(value))


def _json_v2_event(raw: Any, day: _Day, zone: ZoneInfo | None) -> _Item:
    """One event of schedule JSON version 2: ``start``/``end`` instants (the deprecated ISO
    8601 ``duration`` where the end is missing) and ``participants`` with roles."""
    title = single_spaced(_string(raw.get("title")))
    language = _string(raw.get("language"))
    start = _aware(_string(raw.get("start")), zone, title)
    end = _string(raw.get("end"))
    if end:
        duration = _checked(_aware(end, zone, title) - start, title, end)
    else:
        duration = _iso_duration(_string(raw.get("duration")), title)
    people = []
    for participant in _list(raw.get("participants")):
        if isinstance(participant, dict) and _string(participant.get("name")).strip():
            people.append((single_spaced(_string(participant["name"])), _string(participant.get("role"))))
    return _Item(
        title=title,
        start=start,
        duration=duration,
        type=_string(raw.get("type")),
        subtitle=_localized(raw.get("subtitle"), language).strip(),
        abstract=(
            _localized(raw.get("abstract"), language)
            or _localized(raw.get("description"), language)
        ).strip(),
        language=language,
        people=tuple(people),
        links=_json_links(raw.get("links")),
    )


# --- Choosing a day and a room ----------------------------------------------------------------


def _choose(outline: ScheduleOutline, day: int | str | None, room: str | None) -> tuple[int, str]:
    """The (day index, room name) to import, or :class:`NeedsChoice` saying what to pick."""
    day_index = None if day is None else _find_day(outline, day)
    room_name = None if room is None else _find_room(outline, room)
    for _ in range(2):  # a room that is the only one settles the day, and the other way round
        if day_index is None and len(outline.days_in(room_name)) == 1:
            day_index = outline.days_in(room_name)[0].index
        if room_name is None and len(outline.rooms_on(day_index)) == 1:
            room_name = outline.rooms_on(day_index)[0].name
    if day_index is None and room_name is None:
        raise NeedsChoice(
            _CHOOSE_BOTH,
            outline,
            days=len(outline.days),
            rooms=len(outline.rooms),
            day_choices=_day_choices(outline.days),
            room_choices=_room_choices(outline.rooms),
        )
    if day_index is None:
        days = outline.days_in(room_name)
        # Each text gets exactly its own fields: they fill %1, %2 … by name (see fill).
        if room is None:
            raise NeedsChoice(_CHOOSE_DAY, outline, days=len(days), day_choices=_day_choices(days))
        raise NeedsChoice(
            _CHOOSE_DAY_IN_ROOM, outline, room=room_name, days=len(days), day_choices=_day_choices(days)
        )
    if room_name is None:
        rooms = outline.rooms_on(day_index)
        if day is None:
            raise NeedsChoice(_CHOOSE_ROOM, outline, rooms=len(rooms), room_choices=_room_choices(rooms))
        raise NeedsChoice(
            _CHOOSE_ROOM_ON_DAY, outline, day=day_index, rooms=len(rooms), room_choices=_room_choices(rooms)
        )
    if not outline.events_in(day_index, room_name):
        raise NeedsChoice(
            _NOTHING_THERE,
            outline,
            room=room_name,
            day=day_index,
            day_choices=_day_choices(outline.days_in(room_name)),
        )
    return day_index, room_name


def _find_day(outline: ScheduleOutline, day: int | str) -> int:
    """The index of the day ``day`` names: an index (int or digits) or an ISO date."""
    text = str(day).strip()
    for candidate in outline.days:
        if isinstance(day, int) and not isinstance(day, bool):
            if candidate.index == day:
                return candidate.index
        elif text.isdigit() and text.isascii():
            if candidate.index == int(text):
                return candidate.index
        elif candidate.date is not None and candidate.date.isoformat() == text:
            return candidate.index
    raise NeedsChoice(
        _UNKNOWN_DAY, outline, day=short(text), day_choices=_day_choices(outline.days)
    )


def _find_room(outline: ScheduleOutline, room: str) -> str:
    """The name of the room ``room`` names, compared without case and extra spaces."""
    wanted = " ".join(str(room).split()).casefold()
    for candidate in outline.rooms:
        if " ".join(candidate.name.split()).casefold() == wanted:
            return candidate.name
    raise NeedsChoice(
        _UNKNOWN_ROOM, outline, room=short(str(room)), room_choices=_room_choices(outline.rooms)
    )


def _day_choices(days: Sequence[ScheduleDay]) -> str:
    """Day indexes for a message: "1–4" when they follow each other, else "1, 3, 5"."""
    indexes = [day.index for day in days]
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[0] + len(indexes))):
        return f"{indexes[0]}–{indexes[-1]}"
    return ", ".join(str(index) for index in indexes)


def _room_choices(rooms: Sequence[ScheduleRoom]) -> str:
    """Room names for a message, each kept short."""
    return ", ".join(short(room.name, 40) for room in rooms)


# --- Building the draft -----------------------------------------------------------------------

# What an event's type says about the slot; None: the type says nothing (ask the title).
_TYPE_KINDS: dict[str, SlotKind | None] = {
    "lecture": SlotKind.TALK, "talk": SlotKind.TALK, "lightning_talk": SlotKind.TALK,
    "lightning talk": SlotKind.TALK, "lightningtalk": SlotKind.TALK, "keynote": SlotKind.TALK,
    "vortrag": SlotKind.TALK,
    "podium": SlotKind.PANEL, "panel": SlotKind.PANEL, "discussion": SlotKind.PANEL,
    "podiumsdiskussion": SlotKind.PANEL, "diskussion": SlotKind.PANEL,
    "workshop": SlotKind.OTHER, "hands-on": SlotKind.OTHER, "meeting": SlotKind.OTHER,
    "performance": SlotKind.OTHER, "concert": SlotKind.OTHER, "game": SlotKind.OTHER,
    "contest": SlotKind.OTHER,
    "break": SlotKind.BREAK, "pause": SlotKind.BREAK,
}  # fmt: skip

_ROLES = {"moderator": Role.MODERATOR, "host": Role.HOST}


def _slot_kind(event_type: str, title: str, *, first_or_last: bool) -> SlotKind:
    """The slot kind from the event's type, with the title's keywords where the type is
    generic.

    frab types every talk, the opening and the closing alike as "lecture"; a ceremony
    opens or closes a room's day, so only the first and last talk may become a welcome or
    a closing by their titles ("Opening the Black Box" at noon stays a talk).
    """
    by_type = _TYPE_KINDS.get(event_type.strip().casefold())
    if by_type is SlotKind.TALK:
        if not first_or_last:
            return SlotKind.TALK
        by_title = guess_kind_from_title(title)
        return by_title if by_title in (SlotKind.WELCOME, SlotKind.CLOSING) else SlotKind.TALK
    if by_type is not None:
        return by_type
    # "other", "meta" or a type we do not know: the title is all there is.
    return guess_kind_from_title(title)


def _draft(schedule: _Schedule, day: _Day, room: str, items: list[_Item]) -> EventDraft:
    """The event draft for the chosen room's day."""
    items.sort(key=lambda item: item.start)
    zone_name, notes = _zone_for(schedule, items)
    zone = ZoneInfo(zone_name)
    people: dict[str, Person] = {}
    slots: list[Slot] = []
    slot_people: list[tuple[tuple[str, Role], ...]] = []
    previous_end: datetime.datetime | None = None
    for position, item in enumerate(items):
        kind = _slot_kind(item.type, item.title, first_or_last=position in (0, len(items) - 1))
        start = item.start.astimezone(zone)
        slots.append(
            Slot(
                title=item.title,
                start=start,
                duration=item.duration,
                kind=kind,
                position=position,
                notes=_notes(item),
                # A published start after a gap stays put when an earlier talk overruns;
                # back-to-back slots follow the one before.
                pinned=previous_end is not None and item.start > previous_end,
            )
        )
        end = item.start + item.duration
        previous_end = end if previous_end is None else max(previous_end, end)
        slot_people.append(_participants(item, kind, people))
    first = slots[0].start
    last = max((slot.end for slot in slots), key=_utc)
    date = day.date or first.date()
    event = Event(
        title=schedule.title or room,
        start=first,
        end=last.astimezone(zone),
        timezone=zone_name,
        subtitle=f"{room} – {date.isoformat()}" if room else date.isoformat(),
        description=schedule.description,
    )
    language = _language(items)
    if language:
        event = replace(event, language=language)
    return EventDraft(
        event=event,
        people=tuple(people.values()),
        slots=tuple(slots),
        slot_people=tuple(slot_people),
        notes=tuple(notes),
    )


def _participants(
    item: _Item, kind: SlotKind, people: dict[str, Person]
) -> tuple[tuple[str, Role], ...]:
    """The event's people as (key, role), each person added to ``people`` once."""
    default = Role.PANELIST if kind is SlotKind.PANEL else Role.SPEAKER
    result: dict[str, Role] = {}
    for name, role_text in item.people:
        # Planners write "Name (Organisation)" but never "Name, Organisation": a comma
        # belongs to the name as published.
        person = read_person(name, comma_separates_organisation=False)
        if not person.name:
            continue
        key = person.key
        known = people.setdefault(key, person)
        if not known.organisation and person.organisation:
            people[key] = person
        result.setdefault(key, _ROLES.get(role_text.strip().casefold(), default))
    return tuple(result.items())


def _notes(item: _Item) -> str:
    """What the moderator may read before introducing the event: subtitle, abstract, links."""
    parts = [item.subtitle, item.abstract]
    links = "\n".join(f"{title}: {url}" if title else url for title, url in item.links)
    return "\n\n".join(part for part in (*parts, links) if part)


def _language(items: Sequence[_Item]) -> str | None:
    """The language most events are in ("de", "en", ...), if the schedule says."""
    languages = Counter(
        item.language.casefold()
        for item in items
        if len(item.language) == 2 and item.language.isascii() and item.language.isalpha()
    )
    return languages.most_common(1)[0][0] if languages else None


def _zone_for(schedule: _Schedule, items: Sequence[_Item]) -> tuple[str, list[str]]:
    """The event's IANA zone and a note where it was not simply the schedule's own.

    The written UTC offsets are what the planner computed, so they win over a
    ``time_zone_name`` that contradicts them (pretalx's demo says "UTC" and writes +01:00).
    Without a usable name, the app's default zone is taken if it matches every offset,
    else a fixed-offset zone (Etc/GMT-1 is UTC+01:00).
    """
    starts = [item.start for item in items]

    def matches(zone: ZoneInfo) -> bool:
        return all(start.astimezone(zone).utcoffset() == start.utcoffset() for start in starts)

    declared = schedule.declared_zone
    if declared is not None and matches(declared):
        return schedule.declared_zone_name, []
    default = ZoneInfo(DEFAULT_TIMEZONE)
    if matches(default):
        used = DEFAULT_TIMEZONE
    else:
        used = _fixed_zone(starts[0].utcoffset()) or schedule.declared_zone_name or "UTC"
        if _declared_zone(used) is None:
            used = "UTC"
    if declared is not None:
        note = fill(_NOTE_ZONE_MISMATCH, declared=schedule.declared_zone_name, zone=used)
    else:
        note = fill(_NOTE_ZONE_GUESSED, zone=used)
    return used, [note]


def _fixed_zone(offset: datetime.timedelta | None) -> str | None:
    """The IANA name of a whole-hour fixed offset ("Etc/GMT-1" is UTC+01:00), if any."""
    if offset is None:
        return None
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return "UTC"
    if seconds % 3600 or not -12 <= seconds // 3600 <= 14:
        return None
    hours = seconds // 3600
    return f"Etc/GMT{-hours:+d}"


# --- Small readers ----------------------------------------------------------------------------

_CLOCK = re.compile(r"^\s*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*$")
_DURATION = re.compile(r"^\s*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*$")
_ISO_DURATION = re.compile(r"^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})S)?)?$")


def _string(value: Any) -> str:
    """A JSON value as text: strings as they are, numbers written out, anything else ""."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _list(value: Any) -> list[Any]:
    """A JSON value that should be a list, or an empty list."""
    return value if isinstance(value, list) else []


def _localized(value: Any, language: str) -> str:
    """A version 2 "localizable string": text, or a map from language to text."""
    if isinstance(value, dict):
        for key in (language, "en", "de"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return next((text for text in value.values() if isinstance(text, str)), "")
    return _string(value)


def _one_line(text: str) -> str:
    """Text from a parser's error, fit for a one-line message."""
    return short(single_spaced(text), 120)


def _index(value: Any, position: int) -> int:
    """A day index as the schedule writes it (number or digits), else the day's position."""
    if isinstance(value, int) and not isinstance(value, bool) and -10_000 < value < 10_000:
        return value
    text = value.strip() if isinstance(value, str) else ""
    if text.isdigit() and text.isascii() and len(text) <= 4:
        return int(text)
    return position


def _date_or_none(value: Any) -> datetime.date | None:
    """An ISO date ("2014-12-27"), or None."""
    try:
        return datetime.date.fromisoformat(_string(value).strip()[:10])
    except ValueError:
        return None


def _instant_or_none(value: Any) -> datetime.datetime | None:
    """An ISO 8601 date and time (aware or not), or None."""
    text = _string(value).strip()
    if not text or len(text) > 40:
        return None
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _aware(text: str, zone: ZoneInfo | None, title: str) -> datetime.datetime:
    """An event's start or end as an aware instant: its own offset, else the schedule's
    zone."""
    value = _instant_or_none(text)
    if value is None:
        raise ImportFailed(_BAD_START, title=short(title), value=short(text))
    if value.tzinfo is None or value.utcoffset() is None:
        if zone is None:
            raise ImportFailed(_NO_ZONE)
        value = value.replace(tzinfo=zone)
    return _fixed(value)


def _fixed(value: datetime.datetime) -> datetime.datetime:
    """An aware instant with its UTC offset as a fixed zone.

    The offset is what the schedule wrote (or what its zone gives at that time), which
    :func:`_zone_for` compares; and with a fixed offset, subtraction and comparison count
    elapsed time (datetimes that share a zone subtract as wall clocks, an hour off across
    a clock change). Raises OverflowError at the calendar's edges (caught by the callers).
    """
    offset = value.utcoffset()
    assert offset is not None
    value.astimezone(_UTC)
    return value.astimezone(datetime.timezone(offset))


def _clock(text: str) -> datetime.time | None:
    """A frab ``<start>`` ("11:00", "11:00:00"), or None."""
    match = _CLOCK.match(text)
    if match is None or int(match.group(1)) > 23:
        return None
    return datetime.time(int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))


def _clock_duration(text: str, title: str) -> datetime.timedelta:
    """A frab duration: "HH:MM" or "HH:MM:SS"."""
    match = _DURATION.match(text)
    if match is None:
        raise ImportFailed(_BAD_DURATION, title=short(title), value=short(text))
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return _checked(datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds), title, text)


def _iso_duration(text: str, title: str) -> datetime.timedelta:
    """An ISO 8601 duration as version 2 writes it ("PT1H30M")."""
    match = _ISO_DURATION.match(text.strip())
    if match is None or text.strip() in ("P", "PT"):
        raise ImportFailed(_BAD_DURATION, title=short(title), value=short(text))
    days, hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return _checked(
        datetime.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds), title, text
    )


def _checked(duration: datetime.timedelta, title: str, text: str) -> datetime.timedelta:
    """A duration a slot can have: positive or zero, at most a day."""
    if duration < datetime.timedelta(0):
        raise ImportFailed(_BAD_DURATION, title=short(title), value=short(text))
    if duration > _LONGEST_SLOT:
        raise ImportFailed(_TOO_LONG, title=short(title))
    return duration


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An instant in UTC, to order instants of one zone by elapsed time, not wall clock."""
    return value.astimezone(datetime.UTC)


def _is_aware(value: datetime.datetime | None) -> bool:
    """True for a datetime that knows its UTC offset."""
    return value is not None and value.utcoffset() is not None
