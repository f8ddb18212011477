"""Recognise an input by its content and hand it to the right importer.

``moderator new FILE --from SOURCE`` and the app's import take any of: agenda text, the
event JSON, iCalendar, a frab schedule.xml, a c3voc/pretalx schedule.json (version 1 or
2), CSV or xlsx. The file name is never trusted: a .txt that holds iCalendar is read as
iCalendar.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import EventDraft
from moderator.importers.common import decode_text
from moderator.domain.text import neutralised_draft
from moderator.importers.errors import ImportFailed
from moderator.importers.limits import check_bytes, check_json_shape


class SourceFormat(StrEnum):
    AGENDA_TEXT = "agenda"
    EVENT_JSON = "json"
    ICALENDAR = "ics"
    SCHEDULE_XML = "frab-xml"
    SCHEDULE_JSON = "schedule-json"
    SPREADSHEET = "spreadsheet"


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import produced, and the lines a person should check (agenda text only)."""

    draft: EventDraft
    format: SourceFormat
    guessed_lines: tuple[tuple[int, str], ...] = ()


_XLSX_MAGIC = b"PK\x03\x04"
_SHEET_HEADERS = ("start", "beginn", "uhrzeit", "zeit", "time", "titel", "title", "programmpunkt")


def detect(data: bytes) -> SourceFormat:
    """The format of ``data``, judged by what it holds."""
    if data.startswith(_XLSX_MAGIC):
        return SourceFormat.SPREADSHEET
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    upper = head[:64].upper()
    if upper.startswith(b"BEGIN:VCALENDAR"):
        return SourceFormat.ICALENDAR
    if head.startswith(b"<"):
        return SourceFormat.SCHEDULE_XML
    if head.startswith(b"{"):
        if b"moderator-event" in head[:400]:
            return SourceFormat.EVENT_JSON
        return SourceFormat.SCHEDULE_JSON
    lines = [line for line in head.decode("utf-8", "replace").casefold().splitlines()[:20] if line.strip()]
    for separator in (";", "\t", ","):
        # A spreadsheet's header row names its columns; a title line may stand above it.
        header = any(
            line.count(separator) >= 1 and any(word in line for word in _SHEET_HEADERS)
            and not line[:1].isdigit()
            for line in lines
        )
        # Saved sheets repeat their separators on (nearly) every line; pasted agenda text
        # has a comma now and then, but not two ";" or tabs per line.
        columnar = separator != "," and sum(line.count(separator) >= 2 for line in lines) >= 0.6 * len(lines)
        if header and (columnar or separator == "," and lines[0].count(",") >= 2):
            return SourceFormat.SPREADSHEET
    return SourceFormat.AGENDA_TEXT


def _honour(draft: EventDraft, timezone: str | None, date: dt.date | None) -> EventDraft:
    """``draft`` moved to ``date`` and shown in ``timezone``, for the formats whose times
    carry their own offset (event JSON, schedules; calendars take the zone themselves).

    The date moves every time to the same wall-clock time that many days later, in the
    zone the source gives (so a show across a daylight-saving change keeps its local
    times). The zone then changes how the event is shown, not when it happens.
    """
    if timezone is not None:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ImportFailed(_BAD_ZONE, zone=timezone[:64]) from None
    if date is not None:
        draft = _moved(draft, date)
    if timezone is not None:
        draft = replace(draft, event=replace(draft.event, timezone=timezone))
    return draft


def _moved(draft: EventDraft, date: dt.date) -> EventDraft:
    """``draft`` moved to ``date``, at the same wall-clock times in its own zone."""
    zone = ZoneInfo(draft.event.timezone)
    first = min((slot.start for slot in draft.slots), default=draft.event.start)
    days = dt.timedelta(days=(date - first.astimezone(zone).date()).days)
    if not days:
        return draft

    def moved(instant: dt.datetime) -> dt.datetime:
        local = instant.astimezone(zone)
        return dt.datetime.combine(local.date() + days, local.time(), zone)

    try:
        return replace(
            draft,
            event=replace(draft.event, start=moved(draft.event.start), end=moved(draft.event.end)),
            slots=tuple(replace(slot, start=moved(slot.start)) for slot in draft.slots),
            questions=tuple(
                replace(question, created_at=moved(question.created_at)) for question in draft.questions
            ),
        )
    except OverflowError:
        raise ImportFailed(_OUT_OF_RANGE) from None


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def import_any(
    data: bytes,
    *,
    timezone: str | None = None,
    date: dt.date | None = None,
    day: str | None = None,
    room: str | None = None,
) -> Imported:
    """Import ``data`` in whatever format it is (see :func:`detect`), or :class:`ImportFailed`.

    Every text field of the result is neutralised (no bidi overrides, invisible or control
    characters, lone surrogates: :mod:`moderator.domain.text`).
    """
    imported = _import_any(data, timezone=timezone, date=date, day=day, room=room)
    return replace(imported, draft=neutralised_draft(imported.draft))


def _import_any(
    data: bytes,
    *,
    timezone: str | None = None,
    date: dt.date | None = None,
    day: str | None = None,
    room: str | None = None,
) -> Imported:
    check_bytes(data)
    kind = detect(data)
    if kind is SourceFormat.EVENT_JSON:
        from moderator.importers.json_event import parse_event_json

        return Imported(_honour(parse_event_json(decode_text(data)), timezone, date), kind)
    if kind is SourceFormat.ICALENDAR:
        from moderator.importers.ics import parse_ics

        return Imported(_honour(parse_ics(data, timezone=timezone), None, date), kind)
    if kind in (SourceFormat.SCHEDULE_XML, SourceFormat.SCHEDULE_JSON):
        from moderator.importers.schedule import parse_schedule

        if kind is SourceFormat.SCHEDULE_JSON:
            check_json_shape(data)
            try:
                json.loads(data)
            except (ValueError, RecursionError):
                raise ImportFailed(_NOT_JSON) from None
        return Imported(_honour(parse_schedule(data, day=day, room=room), timezone, date), kind)
    if kind is SourceFormat.SPREADSHEET:
        from moderator.importers.spreadsheet import parse_spreadsheet

        return Imported(parse_spreadsheet(data, timezone=timezone, date=date), kind)
    from moderator.importers.agenda_text import parse_agenda

    result = parse_agenda(decode_text(data), timezone=timezone, date=date)
    return Imported(
        result.draft, kind, tuple((guess.line_number, guess.reason) for guess in result.guesses)
    )


_NOT_JSON = QT_TRANSLATE_NOOP("import", "The file is not valid JSON.")
_BAD_ZONE = QT_TRANSLATE_NOOP(
    "import", "Unknown time zone “%1”: expected a name like Europe/Berlin."
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "import", "The event cannot be moved to that date: a time would fall outside the calendar."
)
