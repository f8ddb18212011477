"""Import an iCalendar file (.ics, or its JSON form jCal) into an :class:`EventDraft`.

Organisers keep run sheets in calendars, or get the event as an invitation. Two shapes
are read:

- **One VEVENT per slot** (a calendar of the show, or :mod:`moderator.exporters.ics_export`'s
  output): every timed VEVENT becomes a slot, sorted by start. The event's title is the
  calendar's name (``X-WR-CALNAME``/``NAME``), else the part all titles share before a
  separator ("Lounge: Welcome", "Lounge: Talk" give "Lounge"), else the first slot's title.
- **One VEVENT for the whole event** (an invitation): its SUMMARY is the event's title
  (Google names the calendar after its owner), its DESCRIPTION the event's description.
  It is one slot, unless its DESCRIPTION
  carries the agenda. That text is read with :func:`~moderator.importers.agenda_text.
  parse_agenda` on the invitation's day, and used when it gives two or more slots inside
  the invitation's time (give or take an hour); the draft's notes then say so, with the
  agenda importer's reasons for the lines to check.

Times
    ``DTSTART`` with ``DTEND`` or ``DURATION``. A ``TZID`` is read with its ``VTIMEZONE``
    (IANA names and Windows names map to IANA zones); UTC (``Z``) as UTC; floating times
    (no zone) in the event's zone. The event's zone (:attr:`Event.timezone`, for display)
    is the calendar's own when it names one: Google's ``X-WR-TIMEZONE``, else the first
    IANA ``TZID`` (or ``X-LIC-LOCATION`` of a custom ``VTIMEZONE``); else the ``timezone``
    argument; else Europe/Berlin. All slot times are returned in that zone.
    A VEVENT without an end lasts until the next slot starts that day, else 30 minutes, as
    on an agenda page; RFC 5545 would make it zero long, which no run sheet means.

All-day events
    A VEVENT with a DATE start (a holiday, "conference day 1") is no slot: it is left out
    with a note, and a calendar with nothing else is refused.

Repeating events
    Never expanded: an ``RRULE``/``RDATE`` series is read as its first occurrence
    (``DTSTART``); an override (``RECURRENCE-ID``) of a later occurrence is left out, one of
    the first occurrence takes its place. The draft's notes say so.

People
    ``ATTENDEE`` become the slot's people: ``ROLE=CHAIR`` is the moderator, other
    participants are speakers (panelists in a panel or Q&A slot); rooms, resources, groups
    and ``NON-PARTICIPANT`` are left out. ``ORGANIZER`` becomes the host (the moderator with
    ``ROLE=CHAIR``). ``CN`` is the name; a leading academic title ("Dr.") and a trailing
    "(Organisation)" are split off; the ``mailto:`` address is the contact. People are the
    same person when their names with title are (``Person.key``). The ``X-MODERATOR-*``
    parameters of our own export win over all of that.

Robustness
    Anything that is not a usable calendar raises :class:`ImportFailed` with one line for a
    person; no other exception escapes for any ``bytes`` input. Line folding is undone on
    the bytes, before decoding, so that a character split by a fold stays whole. Limits keep
    every import bounded: at most 10 MB and 6,000 VEVENTs; 16,000 content lines and 10,000
    property parameters and 10,000 commas (values of lists), plus 30 lines, 20 parameters and
    40 commas for each VEVENT, never over 120,000 lines, 100,000 parameters and 200,000 commas
    (a 5,000-event conference calendar fits, a file of a few events padded with junk lines
    does not); a ``VTIMEZONE``
    whose rules would take unbounded work to evaluate is refused. Custom ``VTIMEZONE``
    definitions are read from the file itself each time: icalendar keeps the first
    definition of a TZID for the whole process, and one file must not change how the next
    one is read.

Speed
    The file is parsed once, by icalendar; the importer then only reads the parsed values
    (no second parse, no recurrence expansion). To benchmark, time
    ``parse_ics(data)`` against ``icalendar.Calendar.from_ical(data, multiple=True)`` plus
    ``walk("VEVENT")`` on the same bytes in the same run, e.g. on a 5,000-VEVENT calendar.
"""

from __future__ import annotations

import codecs
import os.path
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component
from icalendar.error import GloballyUniqueTZIDGuessed
from icalendar.prop import vBroken, vCalAddress, vDDDTypes, vUnknown
from icalendar.timezone import tzp

from moderator.domain.errors import Count, QT_TRANSLATE_NOOP
from moderator.domain.model import (
    DEFAULT_FINAL,
    DEFAULT_WARNING,
    Event,
    EventDraft,
    Person,
    Role,
    Slot,
    SlotKind,
)
from moderator.exporters.ics_export import (
    ORGANIZER_ONLY,
    UTC_TIME_FORMAT,
    X_CONTACT,
    X_END,
    X_FINAL,
    X_FUNCTION,
    X_KIND,
    X_LANGUAGE,
    X_NAME,
    X_ORG,
    X_PINNED,
    X_REGISTRATION_LINK,
    X_ROLE,
    X_SERIES,
    X_START,
    X_STREAM_LINK,
    X_SUBTITLE,
    X_TITLE,
    X_WARNING,
)
from moderator.importers.agenda_text import (
    DEFAULT_LAST_SLOT,
    DEFAULT_TIMEZONE,
    parse_agenda,
)
from moderator.importers.agenda_text import guess_kind, is_academic_title
from moderator.importers.common import merge_person, zone_named
from moderator.importers.errors import ImportFailed

__all__ = [
    "COMMAS_PER_EVENT",
    "LINES_PER_EVENT",
    "MAX_ALL_COMMAS",
    "MAX_ALL_LINES",
    "MAX_ALL_PARAMETERS",
    "MAX_BYTES",
    "MAX_COMMAS",
    "MAX_EVENTS",
    "MAX_LINES",
    "MAX_PARAMETERS",
    "PARAMETERS_PER_EVENT",
    "check_limits",
    "parse_ics",
]

MAX_BYTES = 10 * 1024 * 1024
"""Larger files are refused: a run sheet is far smaller, and icalendar needs seconds per MB."""
MAX_EVENTS = 6_000
"""More VEVENTs than this are refused: a conference or a council's year has up to some
5,000; more is a personal calendar's history, not a run sheet (and a megabyte of 10,000
minimal events took icalendar two seconds)."""

# icalendar takes 8 to 40 µs per content line (a line of junk "X:" 20 µs, a real calendar's
# 30 with the reading) and some 12 µs per property parameter, whatever the line holds; the
# limits below bound both. A file with few events gets the small budget of old (a run sheet
# has a few hundred lines; a few events padded with junk are read in under a second); each
# ended VEVENT adds a real event's share, up to a ceiling that a 5,000-event conference
# calendar with attendees fits under (tests/benchmarks/bench_import.py generates one: 75,025
# lines and 57,629 parameters, read in about 2.5 s on a 2-core laptop, 110 MB at its peak);
# a file of junk at the ceiling takes as long (a per-value cost, as of CATEGORIES, is apart).
MAX_LINES = 16_000
"""Content lines (a fold continues a line) any calendar may have: its header, its time
zones and a few events."""
LINES_PER_EVENT = 30
"""More content lines allowed for each VEVENT (begun and ended): a conference's event has
15, Google's export of a meeting with five attendees and an alarm some 25."""
MAX_ALL_LINES = 120_000
"""Content lines no calendar may pass, however many events it holds."""
MAX_PARAMETERS = 10_000
"""Property parameters (";TZID=...", ";CN=...") any calendar may have: icalendar makes
objects of each (a calendar of 700 events with attendees has about 8,000)."""
PARAMETERS_PER_EVENT = 20
"""More parameters for each VEVENT (three attendees of Google's export have 18)."""
MAX_ALL_PARAMETERS = 100_000
"""Property parameters no calendar may pass."""
MAX_COMMAS = 10_000
"""Commas any calendar may have: a comma separates the values of a list (CATEGORIES,
RDATE, EXDATE, RESOURCES), and icalendar takes some 9 µs and 300 bytes for each value (one
line of 400,000 took 3.7 s and 135 MB); commas escaped in a text count too (an upper bound
is all a limit needs)."""
COMMAS_PER_EVENT = 40
"""More commas for each VEVENT (begun and ended): the conference's events have 3 each."""
MAX_ALL_COMMAS = 200_000
"""Commas no calendar may pass."""

# Agenda text longer than this in an invitation is not tried as a run sheet.
_MAX_AGENDA_CHARS = 20_000
# How far an agenda read from an invitation may reach outside the invitation's time (a
# pre-show before the official start).
_AGENDA_MARGIN = timedelta(hours=1)
# Bounds that keep a custom VTIMEZONE cheap to evaluate (real ones use a yearly rule or a
# list of dates; dateutil walks a rule from its first date for every lookup).
_MAX_ZONE_RULES = 200
_MAX_ZONE_DATES = 5_000
_MAX_RULE_EXPANSION = 64


# --- Messages (templates marked for translation; the Qt layer translates them) ---------

_EMPTY = QT_TRANSLATE_NOOP("import", "The file is empty.")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "import", "The file is too large for a run sheet: it has over %1 MB."
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "The file is too long for a run sheet: it has over %1 lines."
)
_TOO_LONG_FOR_EVENTS = QT_TRANSLATE_NOOP(
    "import",
    "The file is too long for a run sheet: it has %1 lines, and a calendar may have %2 plus %3 per event.",
)
_TOO_MANY_PARAMETERS = QT_TRANSLATE_NOOP(
    "import", "The calendar has over %1 property parameters; that is not a run sheet."
)
_TOO_MANY_PARAMETERS_FOR_EVENTS = QT_TRANSLATE_NOOP(
    "import",
    "The calendar has %1 property parameters, and a calendar may have %2 plus %3 per event; "
    "that is not a run sheet.",
)
_TOO_MANY_COMMAS = QT_TRANSLATE_NOOP(
    "import", "The calendar has over %1 commas (values of lists); that is not a run sheet."
)
_TOO_MANY_COMMAS_FOR_EVENTS = QT_TRANSLATE_NOOP(
    "import",
    "The calendar has %1 commas (values of lists), and a calendar may have %2 plus %3 per event; "
    "that is not a run sheet.",
)
_NOT_ICS = QT_TRANSLATE_NOOP(
    "import", "This is not an iCalendar file: it should start with BEGIN:VCALENDAR."
)
_DAMAGED = QT_TRANSLATE_NOOP("import", "The calendar file is damaged and cannot be read.")
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "import", "The calendar file is incomplete: it ends before END:VCALENDAR."
)
_NO_EVENTS = QT_TRANSLATE_NOOP("import", "The calendar holds no events.")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "import", "The calendar holds %1 events; a run sheet can have at most %2."
)
_ONLY_ALL_DAY = QT_TRANSLATE_NOOP(
    "import", "The calendar holds only all-day events; a run sheet needs start times."
)
_NO_START = QT_TRANSLATE_NOOP("import", "No event in the calendar has a start time.")
_BAD_START = QT_TRANSLATE_NOOP("import", "The event “%1” has an unreadable start time.")
_BAD_LINE = QT_TRANSLATE_NOOP("import", "The event “%1” has a line that cannot be read.")
_TWO_STARTS = QT_TRANSLATE_NOOP("import", "The event “%1” has more than one start time.")
_BAD_END = QT_TRANSLATE_NOOP("import", "The event “%1” has an unreadable end time.")
_BAD_DURATION = QT_TRANSLATE_NOOP("import", "The event “%1” has an unreadable duration.")
_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("import", "The event “%1” ends before it starts.")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "import", "The event “%1” lies outside the usable dates."
)
_BAD_ZONE_DEFINITION = QT_TRANSLATE_NOOP(
    "import", "The calendar's time zone “%1” cannot be used."
)

# Notes on the draft are constant templates, so that the UI can translate them as they are.
_NOTE_REPEATS = QT_TRANSLATE_NOOP(
    "import", "Repeating events were read as their first occurrence only."
)
_NOTE_ALL_DAY = QT_TRANSLATE_NOOP(
    "import", "All-day events were left out: a run sheet needs start times."
)
_NOTE_NO_START = QT_TRANSLATE_NOOP("import", "Events without a start time were left out.")
_NOTE_NO_END = QT_TRANSLATE_NOOP(
    "import",
    "An event without an end was taken to last until the next one that day, else 30 minutes.",
)
_NOTE_GUESSED_ZONE = QT_TRANSLATE_NOOP(
    "import", "A vendor-specific time zone name was read as the IANA zone it ends with."
)
_NOTE_UNKNOWN_ZONE = QT_TRANSLATE_NOOP(
    "import", "Times in an unknown time zone were read in the event's time zone."
)
_NOTE_AGENDA = QT_TRANSLATE_NOOP(
    "import", "The run sheet was read from the invitation's description; please check it."
)


# --- Public API ---------------------------------------------------------------------------


def parse_ics(data: bytes, *, timezone: str | None = None) -> EventDraft:
    """Read an iCalendar file into an event draft.

    ``timezone`` (an IANA name) is the zone for floating times and for display when the
    calendar names none; it defaults to Europe/Berlin. Raises :class:`ImportFailed` for
    anything that is not a usable calendar.
    """
    fallback_zone = timezone or DEFAULT_TIMEZONE
    zone_named(fallback_zone)  # fail on a bad argument before reading anything
    components = _parse(_decode(data))
    try:
        return _Reader(components, fallback_zone).draft()
    finally:
        _release(components)


def _release(components: Sequence[Component]) -> None:
    """Drop the parse tree one VEVENT at a time.

    Dropped in one go, a 5,000-VEVENT tree frees some 100,000 objects in a single C call
    (~70 ms) during which no other Python thread runs: the app imports on a worker thread,
    and its GUI thread would wait. Between two small drops the interpreter can switch.
    """
    for component in components:
        children = component.subcomponents
        while children:
            children.pop()


# --- Bytes to components ----------------------------------------------------------------------

# A fold is a line break followed by one space or tab (RFC 5545 3.1). It is undone on the
# bytes, since writers fold inside multi-byte UTF-8 characters; icalendar unfolds only the
# decoded text, too late for that (its own pass still runs and finds nothing left).
_FOLDS = (b"\r\n ", b"\r\n\t", b"\n ", b"\n\t")
_BEGIN = re.compile(r"\s*BEGIN[ \t]*:", re.IGNORECASE)
_JCAL = re.compile(r"\s*\[")


_SINGLE_PROPERTY = re.compile(
    rb"(?m)^(DTSTART|DTEND|DURATION|SUMMARY|UID|DTSTAMP|TZOFFSETFROM|TZOFFSETTO|RRULE|TZNAME|TZID)[;:]"
)
# A property parameter: ";" and a name and "=" (a value's text may hold one too: the count
# is an upper bound, which is all a limit needs).
_PARAMETER = re.compile(rb";[A-Za-z0-9-]{1,40}=")


def check_limits(data: bytes, pieces: Sequence[bytes] | None = None) -> None:
    """Refuse ``data`` if it passes a limit (see ``MAX_BYTES`` and below), before parsing.

    Every count goes over ``pieces`` of the file (:func:`_pieces`, cut at line ends): one
    regular expression over a 4 MB file holds the interpreter for some 30 ms, during which
    the app's GUI thread, beside the worker that imports, could not run. The counts are the
    same as over the whole file (no pattern spans a line end that starts a new line).
    """
    if len(data) > MAX_BYTES:
        raise ImportFailed(_TOO_LARGE, limit=MAX_BYTES // 1024 // 1024)
    if pieces is None:
        pieces = _pieces(data)
    events = sum(piece.count(b"BEGIN:VEVENT") for piece in pieces)
    if events > MAX_EVENTS:  # said first: the more telling reason
        raise ImportFailed(_TOO_MANY, count=events, limit=MAX_EVENTS)
    # Only a VEVENT that ends earns its share of lines: thousands of "BEGIN:VEVENT" alone
    # (a mutated file had 8,000) nest ever deeper and cost icalendar more per line.
    events = min(events, sum(piece.count(b"END:VEVENT") for piece in pieces))
    # Content lines: a fold (a line end followed by a space or tab) continues a line.
    lines = sum(piece.count(b"\n") - piece.count(b"\n ") - piece.count(b"\n\t") for piece in pieces)
    _check_budget(lines, events, MAX_LINES, LINES_PER_EVENT, MAX_ALL_LINES, _TOO_LONG, _TOO_LONG_FOR_EVENTS)
    parameters = sum(len(_PARAMETER.findall(piece)) for piece in pieces)
    _check_budget(
        parameters, events, MAX_PARAMETERS, PARAMETERS_PER_EVENT, MAX_ALL_PARAMETERS,
        _TOO_MANY_PARAMETERS, _TOO_MANY_PARAMETERS_FOR_EVENTS,
    )
    commas = sum(piece.count(b",") for piece in pieces)
    _check_budget(
        commas, events, MAX_COMMAS, COMMAS_PER_EVENT, MAX_ALL_COMMAS, _TOO_MANY_COMMAS, _TOO_MANY_COMMAS_FOR_EVENTS
    )
    # A property a component has once, repeated far more often than there are components,
    # is damage (a mutated file repeated a broken "DTSTART;TZID=..." 2,600 times, and
    # icalendar spent 4 ms on each).
    components = sum(piece.count(b"BEGIN:") for piece in pieces) + 10
    singles: Counter[bytes] = Counter()
    for piece in pieces:
        singles.update(_SINGLE_PROPERTY.findall(piece))
    if any(count > components for count in singles.values()):
        raise ImportFailed(_DAMAGED)


def _check_budget(
    count: int, events: int, base: int, per_event: int, ceiling: int, over_ceiling: str, over_budget: str
) -> None:
    """Refuse ``count`` over ``ceiling``, or over ``base`` plus ``per_event`` for each of
    ``events`` (the message says which)."""
    if count > ceiling:
        raise ImportFailed(over_ceiling, limit=Count(ceiling))
    if count > base + per_event * events:
        raise ImportFailed(over_budget, count=Count(count), limit=Count(base), more=per_event)


def _decode(data: bytes) -> str:
    """The file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    pieces = _pieces(data)
    check_limits(data, pieces)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed(_NOT_ICS) from None
    else:
        if pieces[0].startswith(codecs.BOM_UTF8):
            pieces[0] = pieces[0].removeprefix(codecs.BOM_UTF8)
        pieces = [_unfold(piece) for piece in pieces]
        try:
            text = "".join([piece.decode("utf-8") for piece in pieces])
        except UnicodeDecodeError:
            # Not UTF-8: such files come from Windows programs, in the Windows code page.
            text = "".join([piece.decode("cp1252", errors="replace") for piece in pieces])
    if not text or text.isspace():
        raise ImportFailed(_EMPTY)
    return text


#: Counting, unfolding and decoding go piece by piece: one call over a 4 MB file holds the
#: interpreter for 10-30 ms, and an import runs beside the GUI thread.
_BYTES_PIECE = 64 * 1024


def _pieces(data: bytes) -> list[bytes]:
    """``data`` cut after line ends that no folded line continues (no fold is split)."""
    pieces: list[bytes] = []
    start = 0
    while len(data) - start > _BYTES_PIECE:
        cut = data.find(b"\n", start + _BYTES_PIECE)
        while cut != -1 and data[cut + 1 : cut + 2] in (b" ", b"\t"):
            cut = data.find(b"\n", cut + 1)
        if cut == -1:
            break
        pieces.append(data[start : cut + 1])
        start = cut + 1
    pieces.append(data[start:])
    return pieces


def _unfold(piece: bytes) -> bytes:
    for fold in _FOLDS:  # bytes.replace is many times faster than a regular expression
        piece = piece.replace(fold, b"")
    return piece


def _parse(text: str) -> Sequence[Component]:
    """The file's top-level components, parsed once by icalendar."""
    is_jcal = _JCAL.match(text) is not None
    if not is_jcal:
        if not _BEGIN.match(text):
            raise ImportFailed(_NOT_ICS)
        # Refuse a huge calendar before spending seconds on parsing it (an early exit only:
        # the exact count after parsing is what counts).
        count = text.count("BEGIN:VEVENT")
        if count > MAX_EVENTS:
            raise ImportFailed(_TOO_MANY, count=count, limit=MAX_EVENTS)
    with warnings.catch_warnings():
        # icalendar warns (once per process) when it reads "/vendor/Europe/Berlin" as
        # Europe/Berlin, and its docs say to silence that where the guess is right; the
        # importer notes the guess on the draft itself, for every file (_Reader._instant).
        warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
        try:
            if is_jcal:
                return [Calendar.from_jcal(text)]
            # icalendar takes its own Contentlines too (made piece by piece above); its
            # annotations name only text.
            return Calendar.from_ical(_content_lines(text), multiple=True)  # type: ignore[call-overload]
        except Warning:
            raise  # a warning turned into an error belongs to the caller, not to the file
        except Exception as error:
            # The parser reports broken input with many exception types (ValueError and its
            # subclasses, JSON errors, RecursionError, but also KeyError, IndexError,
            # TypeError, AssertionError from deep inside); for the person importing, they
            # all mean the same.
            raise ImportFailed(_DAMAGED) from error


# icalendar's own split of a text into content lines is two regular expressions over the
# whole text (unfold, then split at line ends): on a 4 MB calendar two C calls of ~0.5 s in
# all, during which no other Python thread runs, and the app imports on a worker thread
# beside its GUI thread. Done here piece by piece (~64 KB), with the same result, there is
# a chance to switch threads between the pieces; and it is cheaper: the unfolding
# expression only runs on a piece that can still hold a fold (every fold it matches ends
# in a line end followed by a space or tab; _decode removed nearly all of them), and a
# plain split at "\n" replaces the split at "\r?\n". icalendar 7 parses such a list as it
# is (``ComponentIcalParser`` takes ``list[Contentline]``); older versions take the text.
try:
    from icalendar.parser.content_line import UFOLD, Contentline, Contentlines
    from icalendar.parser.ical.component import ComponentIcalParser  # noqa: F401 - icalendar 7

    _PARSER_TAKES_LINES = True
except ImportError:  # pragma: no cover - icalendar 6
    _PARSER_TAKES_LINES = False

_PIECE = 64 * 1024
# A line end followed by the start of a new content line (not a fold, not another line
# end): no fold crosses it, so the text can be cut right after it.
_NEW_LINE_START = re.compile(r"\n(?=[^ \t\r\n])")


def _content_lines(text: str) -> str | Contentlines:
    """``Contentlines.from_ical(text)``, computed piece by piece (see above)."""
    if not _PARSER_TAKES_LINES or len(text) <= _PIECE:
        return text
    lines = Contentlines()
    start, length = 0, len(text)
    while start < length:
        cut = _NEW_LINE_START.search(text, start + _PIECE) if start + _PIECE < length else None
        end = cut.end() if cut is not None else length
        piece = text[start:end]
        if "\n " in piece or "\n\t" in piece:
            piece = UFOLD.sub("", piece)
        parts = piece.split("\n")
        last = parts.pop()  # not followed by a line end: a "\r" at its end stays
        lines.extend(Contentline(part[:-1] if part[-1:] == "\r" else part) for part in parts if part and part != "\r")
        if last:
            lines.append(Contentline(last))
        start = end
    lines.append(Contentline(""))  # as Contentlines.from_ical ends them
    return lines


# --- Components to a draft ----------------------------------------------------------------------


@dataclass(slots=True)
class _Timed:
    """A VEVENT with its instants resolved, before it becomes a slot."""

    props: dict[str, Any]  # the VEVENT's properties, by upper-case name
    order: int  # position in the file, to keep equal starts in file order
    title: str
    start: datetime
    end: datetime | None  # None: the VEVENT gives no end


class _Reader:
    """Reads parsed components into a draft; one instance per import."""

    def __init__(self, components: Sequence[Component], fallback_zone: str) -> None:
        if not components:
            raise ImportFailed(_INCOMPLETE)
        self.components = components
        self.calendar = next((c for c in components if c.name == "VCALENDAR"), components[0])
        self.vevents = [event for component in components for event in component.walk("VEVENT")]
        if not self.vevents:
            raise ImportFailed(_NO_EVENTS)
        if len(self.vevents) > MAX_EVENTS:
            raise ImportFailed(_TOO_MANY, count=len(self.vevents), limit=MAX_EVENTS)
        self.vtimezones: dict[str, Component] = {}
        for component in components:
            for vtimezone in component.walk("VTIMEZONE"):
                tzid = _text(vtimezone.get("TZID"))
                if tzid and tzid not in self.vtimezones:
                    self.vtimezones[tzid] = vtimezone
        self.notes: list[str] = []
        self.own_zones: dict[str, tzinfo | None] = {}
        self.addresses: dict[object, tuple[Person, Role | None, int] | None] = {}
        self.zone_name = self._event_zone(fallback_zone)
        self.zone = ZoneInfo(self.zone_name)

    # --- the event's zone

    def _event_zone(self, fallback: str) -> str:
        """The calendar's IANA zone if it names one, else ``fallback``."""
        named = _text(self.calendar.get("X-WR-TIMEZONE")).strip()
        if named and _is_zone(named):
            return named
        for vevent in self.vevents:
            prop = vevent.get("DTSTART")
            if not isinstance(prop, vDDDTypes) or not isinstance(prop.dt, datetime):
                continue
            zone = prop.dt.tzinfo
            if isinstance(zone, ZoneInfo) and zone.key not in ("UTC", "Etc/UTC"):
                return zone.key
            tzid = _param(prop, "TZID")
            vtimezone = self.vtimezones.get(tzid)
            if vtimezone is not None:
                location = _text(vtimezone.get("X-LIC-LOCATION")).strip()
                if location and _is_zone(location):
                    return location
        return fallback

    def _own_zone(self, tzid: str) -> tzinfo | None:
        """The zone a custom VTIMEZONE of this file defines, built from this file alone."""
        if tzid in self.own_zones:
            return self.own_zones[tzid]
        vtimezone = self.vtimezones.get(tzid)
        zone: tzinfo | None = None
        if vtimezone is not None:
            _check_vtimezone(vtimezone, tzid)
            try:
                zone = tzp.create_timezone(vtimezone)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError):
                raise ImportFailed(_BAD_ZONE_DEFINITION, zone=_one_line(tzid)) from None
        self.own_zones[tzid] = zone
        return zone

    def _instant(self, prop: vDDDTypes, title: str) -> datetime:
        """A DATE-TIME value as an aware instant in the event's zone."""
        value = prop.dt
        assert isinstance(value, datetime)
        zone = value.tzinfo
        tzid = _param(prop, "TZID")
        try:
            if tzid and zone is not None and not isinstance(zone, ZoneInfo):
                # A custom VTIMEZONE: icalendar attached the first definition of this TZID
                # it ever saw, maybe from another file; use this file's own.
                zone = self._own_zone(tzid)
                value = value.replace(tzinfo=zone)
            if zone is None:
                if tzid:
                    self._note(_NOTE_UNKNOWN_ZONE)
                value = value.replace(tzinfo=self.zone)
            elif tzid.startswith("/") and isinstance(zone, ZoneInfo):
                if zone.key != tzid.strip("/"):  # "/vendor/Europe/Berlin" read as Europe/Berlin
                    self._note(_NOTE_GUESSED_ZONE)
            return value.astimezone(self.zone)
        except ImportFailed:
            raise
        except (OverflowError, ValueError):
            raise ImportFailed(_OUT_OF_RANGE, title=title) from None
        except (TypeError, AttributeError, IndexError):
            # dateutil's VTIMEZONE zones fail this way on a time before all their onsets
            # when none of them is STANDARD (it indexes the component: dateutil tz.py
            # _tzicalvtz._find_comp, "lastcomp = comp[0]").
            raise ImportFailed(_BAD_ZONE_DEFINITION, zone=_one_line(tzid)) from None

    # --- VEVENTs to timed items

    def _timed(self) -> list[_Timed]:
        """The VEVENTs that become slots, with their instants, in order of start."""
        items: list[_Timed] = []
        masters: dict[str, _Timed] = {}
        overrides: list[tuple[dict[str, Any], int, str]] = []
        all_day = no_start = 0
        for order, vevent in enumerate(self.vevents):
            # A plain dict of the properties: icalendar stores their names in upper case,
            # and its case-insensitive lookups cost more than everything else here.
            props = dict(vevent.items())
            title = _one_line(_text(props.get("SUMMARY")))
            label = title or _one_line(_text(props.get("UID"))) or f"#{order + 1}"
            prop = props.get("DTSTART")
            if prop is None:
                if vevent.errors:
                    # icalendar skipped a line it could not split, likely the start itself.
                    raise ImportFailed(_BAD_LINE, title=label)
                no_start += 1
                continue
            if isinstance(prop, list):
                raise ImportFailed(_TWO_STARTS, title=label)
            if not isinstance(prop, vDDDTypes) or isinstance(prop, vBroken):
                raise ImportFailed(_BAD_START, title=label)
            if not isinstance(prop.dt, datetime):
                if isinstance(prop.dt, date):
                    all_day += 1
                    continue
                raise ImportFailed(_BAD_START, title=label)
            start = self._instant(prop, label)
            item = _Timed(props, order, title, start, self._end(props, start, label))
            if "RECURRENCE-ID" in props:
                overrides.append((props, order, label))
            if "RRULE" in props or "RDATE" in props:
                self._note(_NOTE_REPEATS)
                uid = _text(props.get("UID"))
                if uid:
                    masters.setdefault(uid, item)
            items.append(item)
        if overrides:
            items = self._apply_overrides(items, masters, overrides)
        if all_day:
            self._note(_NOTE_ALL_DAY)
        if no_start:
            self._note(_NOTE_NO_START)
        if not items:
            raise ImportFailed(_ONLY_ALL_DAY if all_day else _NO_START)
        items.sort(key=lambda item: (item.start, item.order))
        return items

    def _apply_overrides(
        self,
        items: list[_Timed],
        masters: dict[str, _Timed],
        overrides: list[tuple[dict[str, Any], int, str]],
    ) -> list[_Timed]:
        """Keep only the first occurrence of each series: an override of a later occurrence
        goes, one of the first occurrence replaces the series' own VEVENT."""
        dropped: set[int] = set()
        for props, order, label in overrides:
            master = masters.get(_text(props.get("UID")))
            if master is None or master.order == order:
                # A lone moved occurrence (or one that repeats itself, as Lotus Notes
                # writes them): an event like any other.
                continue
            prop = props.get("RECURRENCE-ID")
            instant = None
            if isinstance(prop, vDDDTypes) and not isinstance(prop, vBroken):
                if isinstance(prop.dt, datetime):
                    instant = self._instant(prop, label)
            if instant is not None and instant == master.start:
                dropped.add(master.order)
            else:
                dropped.add(order)
        return [item for item in items if item.order not in dropped]

    def _end(self, props: dict[str, Any], start: datetime, label: str) -> datetime | None:
        """The VEVENT's end from DTEND or DURATION, or None if it gives neither."""
        end_prop = props.get("DTEND")
        if end_prop is not None:
            if (
                isinstance(end_prop, list)
                or not isinstance(end_prop, vDDDTypes)
                or isinstance(end_prop, vBroken)
                or not isinstance(end_prop.dt, datetime)
            ):
                raise ImportFailed(_BAD_END, title=label)
            end = self._instant(end_prop, label)
        else:
            duration_prop = props.get("DURATION")
            if duration_prop is None:
                return None
            if (
                isinstance(duration_prop, list)
                or not isinstance(duration_prop, vDDDTypes)
                or isinstance(duration_prop, vBroken)
                or not isinstance(duration_prop.dt, timedelta)
            ):
                raise ImportFailed(_BAD_DURATION, title=label)
            try:
                end = (start.astimezone(UTC) + duration_prop.dt).astimezone(self.zone)
            except OverflowError:
                raise ImportFailed(_OUT_OF_RANGE, title=label) from None
        if end < start:
            raise ImportFailed(_ENDS_BEFORE_START, title=label)
        return end

    # --- the draft

    def draft(self) -> EventDraft:
        """The whole draft: slots, their people and the event."""
        items = self._timed()
        people: dict[str, Person] = {}
        slots: list[Slot] = []
        slot_people: list[tuple[tuple[str, Role], ...]] = []
        for index, item in enumerate(items):
            duration = self._duration(items, index)
            props = item.props
            kind = _kind(props, item.title)
            slots.append(
                Slot(
                    title=item.title,
                    start=item.start,
                    duration=duration,
                    kind=kind,
                    position=index,
                    notes=_text(props.get("DESCRIPTION")).strip(),
                    warning=_seconds(props.get(X_WARNING), DEFAULT_WARNING),
                    final=_seconds(props.get(X_FINAL), DEFAULT_FINAL),
                    pinned=_text(props.get(X_PINNED)).strip().upper() in ("TRUE", "1", "YES"),
                )
            )
            slot_people.append(self._participants(props, kind, people))
        if len(items) == 1 and X_KIND not in items[0].props:
            agenda = self._agenda(items[0], slots[0], people)
            if agenda is not None:
                return agenda
        return EventDraft(
            event=self._event(items, slots),
            people=tuple(people.values()),
            slots=tuple(slots),
            slot_people=tuple(slot_people),
            notes=tuple(self.notes),
        )

    def _duration(self, items: list[_Timed], index: int) -> timedelta:
        """A slot's length: to its end, else to the next slot's start on the same day,
        else the default."""
        item = items[index]
        if item.end is not None:
            return item.end.astimezone(UTC) - item.start.astimezone(UTC)
        self._note(_NOTE_NO_END)
        later = (other.start for other in items[index + 1 :] if other.start > item.start)
        following = next(later, None)
        if following is not None and following.date() == item.start.date():
            return following.astimezone(UTC) - item.start.astimezone(UTC)
        return DEFAULT_LAST_SLOT

    def _event(self, items: list[_Timed], slots: list[Slot]) -> Event:
        """The event's own fields, from the calendar and its slots."""
        calendar = self.calendar
        main = [slot for slot in slots if slot.kind is not SlotKind.PRE_SHOW]
        start = (main or slots)[0].start
        end = max(slot.end for slot in slots)
        stated_start = _utc_instant(calendar.get(X_START))
        stated_end = _utc_instant(calendar.get(X_END))
        if stated_start is not None and stated_end is not None and stated_end >= stated_start:
            start, end = stated_start.astimezone(self.zone), stated_end.astimezone(self.zone)
        calendar_name = _one_line(
            _text(calendar.get("X-WR-CALNAME")) or _text(calendar.get("NAME"))
        )
        if len(items) == 1 and X_KIND not in items[0].props:
            # An invitation: its summary names the event; the calendar's name is often
            # just its owner's (Google writes the account's name there).
            title = slots[0].title or calendar_name
        else:
            title = (
                calendar_name or _common_title([item.title for item in items]) or slots[0].title
            )
        description_prop = calendar.get("X-WR-CALDESC", calendar.get("DESCRIPTION"))
        if description_prop is not None:
            description = _text(description_prop).strip()
        elif len(items) == 1:
            description = slots[0].notes
        else:
            description = ""
        event = Event(
            title=title,
            start=start,
            end=end,
            timezone=self.zone_name,
            series=_one_line(_text(calendar.get(X_SERIES))),
            subtitle=_one_line(_text(calendar.get(X_SUBTITLE))),
            meeting_link=self._meeting_link(items),
            stream_link=_text(calendar.get(X_STREAM_LINK)).strip(),
            registration_link=_text(calendar.get(X_REGISTRATION_LINK)).strip(),
            description=description,
        )
        language = _text(calendar.get(X_LANGUAGE)).strip()
        return replace(event, language=language) if language in ("de", "en") else event

    def _meeting_link(self, items: list[_Timed]) -> str:
        """The first web link among the VEVENTs' LOCATION, URL and CONFERENCE."""
        for item in items:
            for name in ("LOCATION", "URL", "CONFERENCE"):
                value = _text(item.props.get(name)).strip()
                if _URL.match(value):
                    return value
        return ""

    def _agenda(self, item: _Timed, slot: Slot, people: dict[str, Person]) -> EventDraft | None:
        """The run sheet in an invitation's description, if it reads as one."""
        text = slot.notes
        if not text or len(text) > _MAX_AGENDA_CHARS:
            return None
        try:
            result = parse_agenda(text, timezone=self.zone_name, date=slot.start.date())
        except ImportFailed:
            return None
        draft = result.draft
        end = slot.end
        if len(draft.slots) < 2 or not all(
            slot.start - _AGENDA_MARGIN <= agenda_slot.start
            and agenda_slot.end <= end + _AGENDA_MARGIN
            for agenda_slot in draft.slots
        ):
            return None
        # The invitation's people add what the agenda lacks (their addresses) to the same
        # names; invitees who are not on the agenda are the audience, not the run sheet.
        merged = tuple(
            merge_person(person, people[person.key]) if person.key in people else person
            for person in draft.people
        )
        event = replace(
            draft.event,
            title=draft.event.title or slot.title,
            meeting_link=draft.event.meeting_link or self._meeting_link([item]),
        )
        notes = [*self.notes, _NOTE_AGENDA]
        notes.extend(dict.fromkeys(guess.reason for guess in result.guesses))
        return replace(draft, event=event, people=merged, notes=tuple(notes))

    def _participants(
        self, props: dict[str, Any], kind: SlotKind, people: dict[str, Person]
    ) -> tuple[tuple[str, Role], ...]:
        """The slot's (person key, role) pairs, adding each person to ``people`` once."""
        chosen: dict[str, tuple[Role, int]] = {}
        default_role = Role.PANELIST if kind in (SlotKind.PANEL, SlotKind.QA) else Role.SPEAKER
        readings = [(address, False) for address in _values(props.get("ATTENDEE"))]
        readings.extend((address, True) for address in _values(props.get("ORGANIZER"))[:1])
        for address, is_organizer in readings:
            if not isinstance(address, vCalAddress):
                continue
            read = self._address(address, is_organizer, default_role)
            if read is None:
                continue
            person, role, priority = read
            key = person.key
            known_person = people.get(key)
            if known_person is None:
                people[key] = person
            elif known_person is not person:
                people[key] = merge_person(known_person, person)
            if role is None:
                continue
            known = chosen.get(key)
            if known is None or priority > known[1]:
                chosen[key] = (role, priority)
        return tuple((key, role) for key, (role, _) in chosen.items())

    def _address(
        self, address: vCalAddress, is_organizer: bool, default_role: Role
    ) -> tuple[Person, Role | None, int] | None:
        """:func:`_read_address`, once per distinct address line: the same people are on
        most VEVENTs of a calendar."""
        try:
            cache_key: object = (str(address), is_organizer, default_role, *address.params.items())
            hash(cache_key)
        except TypeError:  # a multi-valued parameter (a list): read it every time
            return _read_address(address, is_organizer, default_role)
        if cache_key not in self.addresses:
            self.addresses[cache_key] = _read_address(address, is_organizer, default_role)
        return self.addresses[cache_key]

    def _note(self, note: str) -> None:
        """Add a note for the organiser, once."""
        if note not in self.notes:
            self.notes.append(note)


# --- Slot details ---------------------------------------------------------------------------


_KIND_VALUES = frozenset(kind.value for kind in SlotKind)


def _kind(props: dict[str, Any], title: str) -> SlotKind:
    """The slot's kind: ours exactly from X-MODERATOR-KIND, else guessed from the title."""
    value = _text(props.get(X_KIND)).strip().lower()
    # A look-up, not SlotKind(value) and ValueError: other calendars never have the
    # property, and raising costs more than the rest of reading a slot.
    if value in _KIND_VALUES:
        return SlotKind(value)
    return guess_kind(title)


def _seconds(value: object, default: timedelta) -> timedelta:
    """A number of seconds from an X-property (up to a day), else ``default``."""
    text = _text(value).strip()
    if text.isdigit() and len(text) <= 6 and int(text) <= 86_400:
        return timedelta(seconds=int(text))
    return default


def _utc_instant(value: object) -> datetime | None:
    """A UTC date-time written as ``20210609T120000Z``, or None."""
    text = _text(value).strip()
    try:
        return datetime.strptime(text, UTC_TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_SEPARATORS = ":|–—·"


def _common_title(titles: Sequence[str]) -> str:
    """The text all slot titles start with, up to a separator ("Lounge: ..." → "Lounge")."""
    if len(titles) < 2:
        return ""
    prefix = os.path.commonprefix(list(titles))
    cut = max(prefix.rfind(separator) for separator in _SEPARATORS)
    dash = prefix.rfind(" - ")
    cut = max(cut, dash)
    if cut <= 0:
        return ""
    return prefix[:cut].strip(" " + _SEPARATORS + "-")


# --- People ---------------------------------------------------------------------------------

# Priority of a reading of someone's role in one slot: our own exact role, then CHAIR,
# then the organizer, then any other attendee.
_EXACT, _CHAIR, _ORGANIZER, _ATTENDEE = 3, 2, 1, 0
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})
_ROLE_VALUES = frozenset(role.value for role in Role)
_TRAILING_ORGANISATION = re.compile(r"^(?P<name>.+?)\s*\((?P<org>[^()]+)\)$")


def _read_address(
    address: vCalAddress, is_organizer: bool, default_role: Role
) -> tuple[Person, Role | None, int] | None:
    """A person from an ATTENDEE or ORGANIZER, with their role in the slot (None: not in
    it) and how sure that role is; None for rooms, resources and non-participants."""
    params = address.params
    if _param_of(params, "CUTYPE").upper() in _NOT_PEOPLE:
        return None
    ical_role = _param_of(params, "ROLE").upper()
    if ical_role == "NON-PARTICIPANT":
        return None
    person = _person(address)
    if person is None:
        return None
    exact = _param_of(params, X_ROLE).lower()
    if is_organizer and exact == ORGANIZER_ONLY:
        return person, None, _ORGANIZER
    if exact in _ROLE_VALUES:
        return person, Role(exact), _EXACT
    if ical_role == "CHAIR":
        return person, Role.MODERATOR, _CHAIR
    if is_organizer:
        return person, Role.HOST, _ORGANIZER
    return person, default_role, _ATTENDEE


def _person(address: vCalAddress) -> Person | None:
    """The person behind a calendar address, or None if it names nobody."""
    params = address.params
    uri = str(address).strip()
    email = uri[7:].strip() if uri.lower().startswith("mailto:") else ""
    if email.lower().endswith(".invalid"):
        email = ""  # a placeholder (RFC 2606, like our export's), not a real address
    contact = _param_of(params, X_CONTACT) or email
    exact_name = _collapse(_param_of(params, X_NAME))
    if exact_name:
        return Person(
            name=exact_name,
            academic_title=_collapse(_param_of(params, X_TITLE)),
            organisation=_collapse(_param_of(params, X_ORG)),
            function=_collapse(_param_of(params, X_FUNCTION)),
            contact=contact,
        )
    name = _collapse(_param_of(params, "CN")) or email
    if not name:
        return None
    organisation = ""
    match = _TRAILING_ORGANISATION.match(name)
    if match is not None:
        name, organisation = match.group("name"), match.group("org").strip()
    words = name.split()
    titles = 0
    while titles < len(words) - 1 and is_academic_title(words[titles]):
        titles += 1
    return Person(
        name=" ".join(words[titles:]),
        academic_title=" ".join(words[:titles]),
        organisation=organisation,
        contact=contact,
    )


# --- Values ---------------------------------------------------------------------------------

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _text(value: object) -> str:
    """A property's value as plain text ("" when absent); the first of repeated ones."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, vUnknown):
        # X-properties without VALUE=TEXT keep their escapes; undo the usual ones.
        return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
    if isinstance(value, str):
        return str(value)
    return ""


def _values(value: object) -> list[object]:
    """A property that may occur once or many times, as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _param(prop: object, name: str) -> str:
    """A parameter of a property value as text ("" when absent)."""
    params = getattr(prop, "params", None)
    return _param_of(params, name) if params is not None else ""


def _param_of(params: object, name: str) -> str:
    """A parameter from a parameter mapping; the first value of a multi-valued one."""
    get = getattr(params, "get", None)
    if get is None:
        return ""
    value = get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _collapse(text: str) -> str:
    """Runs of whitespace as one space, trimmed."""
    return " ".join(text.split())


def _one_line(text: str, limit: int = 200) -> str:
    """Text on one line (titles, names in messages), cut at ``limit`` characters."""
    line = _collapse(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _check_vtimezone(vtimezone: Component, tzid: str) -> None:
    """Refuse a custom VTIMEZONE whose rules could take unbounded time to evaluate.

    dateutil evaluates a zone's RRULE from its first date on every lookup; a rule that
    repeats every second from 1900 would never finish. Real zones repeat yearly (a few
    dates a year) or list their dates.
    """
    rules = vtimezone.subcomponents
    dates = 0
    if len(rules) > _MAX_ZONE_RULES:
        raise ImportFailed(_BAD_ZONE_DEFINITION, zone=_one_line(tzid))
    for rule in rules:
        for recur in _values(rule.get("RRULE")):
            if not isinstance(recur, dict) or not _bounded_rule(recur):
                raise ImportFailed(_BAD_ZONE_DEFINITION, zone=_one_line(tzid))
        for listed in _values(rule.get("RDATE")):
            dates += len(getattr(listed, "dts", ())) or 1
    if dates > _MAX_ZONE_DATES:
        raise ImportFailed(_BAD_ZONE_DEFINITION, zone=_one_line(tzid))


def _bounded_rule(recur: dict[str, object]) -> bool:
    """A yearly rule that yields a handful of dates per year."""
    frequency = [str(value).upper() for value in _values(recur.get("FREQ"))]
    if frequency != ["YEARLY"]:
        return False
    expansion = 1
    for part in ("BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYHOUR",
                 "BYMINUTE", "BYSECOND"):  # fmt: skip
        expansion *= max(1, len(_values(recur.get(part))))
    return expansion <= _MAX_RULE_EXPANSION
