"""Import a run sheet kept as a spreadsheet (CSV or xlsx) into an :class:`EventDraft`.

Organisers keep run sheets in Excel or LibreOffice and save them as xlsx or CSV. Such a
sheet has a header row (German or English, anywhere in the first rows) and one row per
slot. The importer recognises these columns by their header:

- start: Start, Beginn, Uhrzeit, Zeit, Time, Von (a time, "14:00–14:10" ranges too);
- end: Ende, End, Bis; duration: Dauer, Duration, Länge (minutes, "0:10", "10 min",
  hours where the header says "(h)" or "(Std.)");
- title: Titel, Title, Programmpunkt, Thema, Topic; kind: Art, Kind, Typ, Type (German or
  English words: Impuls, Vortrag, Podium, Pause, Begrüßung, Fragerunde, Abschluss,
  Vorprogramm, ...; without one the title's keywords decide);
- people: Personen, People, Referent*innen, Speakers (separated by ";" or line breaks,
  each "Dr. Name (Organisation)", "Name, Function (Organisation)" or "Name,
  Organisation", a role as "[Moderation]" after it or "Moderation:" before it);
- notes: Notizen, Notes, Hinweise; date: Datum, Date; pinned: Fest, Fixed, Pinned;
  time zone: Zeitzone, Time zone.

Start and title columns are required. A row without a start begins when the row above
ends; a row with neither start nor title adds its people and notes to the slot above; an
"Ende"/"End" row ends the last slot. Text above the header row may hold the event's title
and date.

CSV files may be separated by ``;`` (German Excel), ``,`` or tabs and encoded in UTF-8
(with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252 (older German
Excel); the separator is the one that yields a recognisable header row. xlsx files are
recognised by their content, not their name, and read with openpyxl in read-only mode;
the first sheet with a header row is used.

The words this module understands in kind, role and pinned cells, and the headers, are
also what :mod:`moderator.exporters.csv_export` writes, so that an exported run sheet
reads back the same.

Everything wrong with the input raises :class:`ImportFailed` with a one-line message; no
other exception escapes for any bytes.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import PurePath
from typing import Any
from zoneinfo import ZoneInfo

from moderator.domain.errors import Count, QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Event, EventDraft, Person, Role, Slot, SlotKind

# The agenda importer's defaults and title keywords, so that a pasted agenda and a
# spreadsheet of the same event import alike.
from moderator.importers.agenda_text import (
    DEFAULT_LAST_SLOT,
    DEFAULT_TIMEZONE,
    NOTE_FIXED_OFFSET,
    ZONE_ABBREVIATIONS,
    is_academic_title,
    split_person_list,
    zone_for_abbreviation,
)
from moderator.importers.agenda_text import guess_kind as guess_kind_from_title
from moderator.importers.common import decode_text, merge_person, short, single_spaced, zone_named
from moderator.importers.errors import ImportFailed
from moderator.importers.limits import (
    CELL_TOO_LONG,
    MAX_CELL_CHARS,
    MAX_CELLS_PER_ROW,
    ROW_TOO_WIDE,
    check_bytes,
    check_zip,
)

__all__ = [
    "DEFAULT_ROLES",
    "Column",
    "HEADERS",
    "KIND_LABELS",
    "PINNED_LABELS",
    "ROLE_LABELS",
    "parse_spreadsheet",
    "read_person",
]

_MAX_ROWS = 2_000  # a run sheet has tens of rows; reading one costs up to half a millisecond
_MAX_COLUMNS = 60
_MAX_SHEETS = 30
_HEADER_SEARCH = 30  # rows searched for the header row
_LONGEST_SLOT = datetime.timedelta(hours=24)


# --- Messages (templates marked for translation; the Qt layer translates them) ---------

_EMPTY = QT_TRANSLATE_NOOP("import", "The file is empty.")
_NOT_SHEET = QT_TRANSLATE_NOOP(
    "import", "This is neither a CSV nor an xlsx file: save the run sheet as CSV or xlsx."
)
_OLD_EXCEL = QT_TRANSLATE_NOOP(
    "import", "This is an old Excel .xls file: save it as .xlsx or CSV and import that."
)
_ODS = QT_TRANSLATE_NOOP(
    "import", "This is a LibreOffice .ods file: save it as .xlsx or CSV and import that."
)
_BAD_XLSX = QT_TRANSLATE_NOOP("import", "The xlsx file is damaged or not an Excel workbook.")
_BAD_CSV = QT_TRANSLATE_NOOP("import", "The CSV file cannot be read: %1.")
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "import", "The sheet has more than %1 rows; that is not a run sheet."
)
_NO_HEADERS = QT_TRANSLATE_NOOP(
    "import",
    "No column for the start time and the title; found: %1. "
    "Expected headers like Start or Beginn and Title or Titel.",
)
_NO_HEADER_ROW = QT_TRANSLATE_NOOP(
    "import", "No column for the start time and the title: the sheet has no header row."
)
_NO_ROWS = QT_TRANSLATE_NOOP("import", "The sheet has headers but no slots below them.")
_NO_DATE = QT_TRANSLATE_NOOP(
    "import", "The sheet gives no date: add a Date (Datum) column or choose the date."
)
_BAD_TIME = QT_TRANSLATE_NOOP(
    "import", "Row %1: “%2” is not a time; expected a time like 14:00 or 2:00 pm."
)
_BAD_DATE = QT_TRANSLATE_NOOP(
    "import", "Row %1: “%2” is not a date; expected a date like 2021-06-09 or 09.06.2021."
)
_AMBIGUOUS_DATE = QT_TRANSLATE_NOOP(
    "import",
    "Row %3: “%4” could be read day first or month first; write it as %1 or %2.",
)
_BAD_DURATION = QT_TRANSLATE_NOOP(
    "import", "Row %1: “%2” is not a duration; expected minutes like 10, 0:10 or 10 min."
)
_TOO_LONG = QT_TRANSLATE_NOOP("import", "Row %1: the slot lasts more than 24 hours.")
_BAD_PINNED = QT_TRANSLATE_NOOP(
    "import", "Row %1: “%2” in the pinned column is neither yes nor no."
)
_NO_START = QT_TRANSLATE_NOOP(
    "import", "Row %1: “%2” has no start time, and the row above gives no end."
)
_OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "import", "Row %1: %2 comes before the start of the row above."
)
_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("import", "Row %1: the slot ends before it starts.")
_END_DISAGREES = QT_TRANSLATE_NOOP(
    "import",
    "Row %3: the end %1 and the duration of %2 minutes do not agree; "
    "clear one of them.",
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("import", "Row %1: the date is out of range.")
_DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("import", "A date in the sheet is out of range.")

_NOTE_LAST_SLOT = QT_TRANSLATE_NOOP(
    "import", "The last slot has no end or duration; assumed %1 minutes."
)


# --- The format's vocabulary (shared with the CSV exporter) ---------------------------------


class Column(StrEnum):
    """What a column of a run sheet holds."""

    DATE = "date"
    START = "start"
    END = "end"
    DURATION = "duration"
    TITLE = "title"
    KIND = "kind"
    PEOPLE = "people"
    NOTES = "notes"
    PINNED = "pinned"
    TIMEZONE = "timezone"


#: The headers the exporter writes, per language (the importer reads these and more).
HEADERS: Mapping[str, Mapping[Column, str]] = {
    "de": {
        Column.DATE: "Datum", Column.START: "Beginn", Column.END: "Ende",
        Column.DURATION: "Dauer (Minuten)", Column.TITLE: "Titel", Column.KIND: "Art",
        Column.PEOPLE: "Personen", Column.NOTES: "Notizen", Column.PINNED: "Fest",
        Column.TIMEZONE: "Zeitzone",
    },
    "en": {
        Column.DATE: "Date", Column.START: "Start", Column.END: "End",
        Column.DURATION: "Duration (minutes)", Column.TITLE: "Title", Column.KIND: "Kind",
        Column.PEOPLE: "People", Column.NOTES: "Notes", Column.PINNED: "Pinned",
        Column.TIMEZONE: "Time zone",
    },
}  # fmt: skip

#: How the exporter names each kind, per language (the importer reads both, and more).
KIND_LABELS: Mapping[str, Mapping[SlotKind, str]] = {
    "de": {
        SlotKind.PRE_SHOW: "Vorprogramm", SlotKind.WELCOME: "Begrüßung", SlotKind.TALK: "Vortrag",
        SlotKind.PANEL: "Podium", SlotKind.QA: "Fragerunde", SlotKind.BREAK: "Pause",
        SlotKind.CLOSING: "Abschluss", SlotKind.OTHER: "Sonstiges",
    },
    "en": {
        SlotKind.PRE_SHOW: "Pre-show", SlotKind.WELCOME: "Welcome", SlotKind.TALK: "Talk",
        SlotKind.PANEL: "Panel", SlotKind.QA: "Q&A", SlotKind.BREAK: "Break",
        SlotKind.CLOSING: "Closing", SlotKind.OTHER: "Other",
    },
}  # fmt: skip

#: How the exporter marks a role that is not the kind's default ("[Moderation]").
ROLE_LABELS: Mapping[str, Mapping[Role, str]] = {
    "de": {
        Role.SPEAKER: "Referent*in", Role.PANELIST: "Podium", Role.MODERATOR: "Moderation",
        Role.HOST: "Host",
    },
    "en": {
        Role.SPEAKER: "speaker", Role.PANELIST: "panelist", Role.MODERATOR: "moderator",
        Role.HOST: "host",
    },
}  # fmt: skip

#: What the exporter writes in the pinned column, per language: (yes, no).
PINNED_LABELS: Mapping[str, tuple[str, str]] = {"de": ("ja", "nein"), "en": ("yes", "no")}

#: The role of a person listed without a role marker, by the slot's kind (as the agenda
#: importer assigns them): whoever is on in a welcome or closing is the host.
DEFAULT_ROLES: Mapping[SlotKind, Role] = {
    SlotKind.PRE_SHOW: Role.HOST,
    SlotKind.WELCOME: Role.HOST,
    SlotKind.CLOSING: Role.HOST,
    SlotKind.PANEL: Role.PANELIST,
    SlotKind.QA: Role.PANELIST,
}


def default_role(kind: SlotKind) -> Role:
    """The role of a person listed in a slot of ``kind`` without a role marker."""
    return DEFAULT_ROLES.get(kind, Role.SPEAKER)


# Header words, normalised by _header_key (lower case, no brackets, no gender star).
_GERMAN_HEADERS: dict[str, Column] = {
    "datum": Column.DATE, "tag": Column.DATE,
    "beginn": Column.START, "uhrzeit": Column.START, "zeit": Column.START, "von": Column.START,
    "startzeit": Column.START, "anfang": Column.START, "beginnt": Column.START,
    "ende": Column.END, "bis": Column.END, "endzeit": Column.END, "endet": Column.END,
    "dauer": Column.DURATION, "länge": Column.DURATION, "laenge": Column.DURATION,
    "minuten": Column.DURATION,
    "titel": Column.TITLE, "programmpunkt": Column.TITLE, "thema": Column.TITLE,
    "programm": Column.TITLE, "tagesordnungspunkt": Column.TITLE, "top": Column.TITLE,
    "inhalt": Column.TITLE, "was": Column.TITLE, "punkt": Column.TITLE,
    "art": Column.KIND, "typ": Column.KIND, "kategorie": Column.KIND, "format": Column.KIND,
    "personen": Column.PEOPLE, "referentinnen": Column.PEOPLE, "referenten": Column.PEOPLE,
    "referent": Column.PEOPLE, "referentin": Column.PEOPLE, "sprecher": Column.PEOPLE,
    "sprecherinnen": Column.PEOPLE, "mitwirkende": Column.PEOPLE, "wer": Column.PEOPLE,
    "gäste": Column.PEOPLE, "redner": Column.PEOPLE, "rednerinnen": Column.PEOPLE,
    "beteiligte": Column.PEOPLE, "namen": Column.PEOPLE, "teilnehmende": Column.PEOPLE,
    "notizen": Column.NOTES, "hinweise": Column.NOTES, "hinweis": Column.NOTES,
    "bemerkungen": Column.NOTES, "bemerkung": Column.NOTES, "anmerkungen": Column.NOTES,
    "anmerkung": Column.NOTES, "kommentar": Column.NOTES, "kommentare": Column.NOTES,
    "notiz": Column.NOTES, "regie": Column.NOTES,
    "fest": Column.PINNED, "fixiert": Column.PINNED, "feste zeit": Column.PINNED,
    "fix": Column.PINNED,
    "zeitzone": Column.TIMEZONE,
}  # fmt: skip
_ENGLISH_HEADERS: dict[str, Column] = {
    "date": Column.DATE, "day": Column.DATE,
    "start": Column.START, "time": Column.START, "begin": Column.START,
    "start time": Column.START, "from": Column.START, "starts": Column.START,
    "end": Column.END, "end time": Column.END, "until": Column.END, "to": Column.END,
    "ends": Column.END,
    "duration": Column.DURATION, "length": Column.DURATION, "minutes": Column.DURATION,
    "mins": Column.DURATION, "min": Column.DURATION,
    "title": Column.TITLE, "topic": Column.TITLE, "session": Column.TITLE,
    "agenda": Column.TITLE, "agenda item": Column.TITLE, "item": Column.TITLE,
    "programme": Column.TITLE, "program": Column.TITLE, "what": Column.TITLE,
    "kind": Column.KIND, "type": Column.KIND, "category": Column.KIND,
    "people": Column.PEOPLE, "speakers": Column.PEOPLE, "speaker": Column.PEOPLE,
    "who": Column.PEOPLE, "guests": Column.PEOPLE, "participants": Column.PEOPLE,
    "presenters": Column.PEOPLE, "presenter": Column.PEOPLE, "names": Column.PEOPLE,
    "persons": Column.PEOPLE,
    "notes": Column.NOTES, "note": Column.NOTES, "comments": Column.NOTES,
    "comment": Column.NOTES, "remarks": Column.NOTES,
    "pinned": Column.PINNED, "fixed": Column.PINNED, "fixed time": Column.PINNED,
    "time zone": Column.TIMEZONE, "timezone": Column.TIMEZONE, "tz": Column.TIMEZONE,
}  # fmt: skip

_KIND_WORDS: dict[str, SlotKind] = {
    **{label.casefold(): kind for labels in KIND_LABELS.values() for kind, label in labels.items()},
    **{kind.value: kind for kind in SlotKind},
    "vorprogramm": SlotKind.PRE_SHOW, "pre-show": SlotKind.PRE_SHOW, "preshow": SlotKind.PRE_SHOW,
    "pre show": SlotKind.PRE_SHOW, "einlass": SlotKind.PRE_SHOW, "einwahl": SlotKind.PRE_SHOW,
    "technik-check": SlotKind.PRE_SHOW, "technikcheck": SlotKind.PRE_SHOW,
    "begrüßung": SlotKind.WELCOME, "begruessung": SlotKind.WELCOME, "eröffnung": SlotKind.WELCOME,
    "welcome": SlotKind.WELCOME, "opening": SlotKind.WELCOME, "grußwort": SlotKind.WELCOME,
    "vortrag": SlotKind.TALK, "impuls": SlotKind.TALK, "keynote": SlotKind.TALK,
    "input": SlotKind.TALK, "talk": SlotKind.TALK, "lecture": SlotKind.TALK,
    "präsentation": SlotKind.TALK, "presentation": SlotKind.TALK,
    "podium": SlotKind.PANEL, "panel": SlotKind.PANEL, "diskussion": SlotKind.PANEL,
    "podiumsdiskussion": SlotKind.PANEL, "discussion": SlotKind.PANEL, "gespräch": SlotKind.PANEL,
    "fragerunde": SlotKind.QA, "fragen": SlotKind.QA, "q&a": SlotKind.QA, "q & a": SlotKind.QA,
    "qa": SlotKind.QA, "questions": SlotKind.QA,
    "pause": SlotKind.BREAK, "break": SlotKind.BREAK,
    "abschluss": SlotKind.CLOSING, "verabschiedung": SlotKind.CLOSING, "closing": SlotKind.CLOSING,
    "sonstiges": SlotKind.OTHER, "other": SlotKind.OTHER, "andere": SlotKind.OTHER,
}  # fmt: skip

_ROLE_WORDS: dict[str, Role] = {
    **{_label.casefold().replace("*", ""): role for labels in ROLE_LABELS.values()
       for role, _label in labels.items()},
    "moderation": Role.MODERATOR, "moderator": Role.MODERATOR, "moderatorin": Role.MODERATOR,
    "moderiert": Role.MODERATOR, "moderiert von": Role.MODERATOR, "chair": Role.MODERATOR,
    "moderated by": Role.MODERATOR,
    "host": Role.HOST, "gastgeber": Role.HOST, "gastgeberin": Role.HOST, "hosted by": Role.HOST,
    "speaker": Role.SPEAKER, "referent": Role.SPEAKER, "referentin": Role.SPEAKER,
    "redner": Role.SPEAKER, "rednerin": Role.SPEAKER, "vortrag": Role.SPEAKER,
    "impuls": Role.SPEAKER,
    "panelist": Role.PANELIST, "panellist": Role.PANELIST, "podium": Role.PANELIST,
    "diskutant": Role.PANELIST, "diskutantin": Role.PANELIST, "panel": Role.PANELIST,
}  # fmt: skip

_YES = frozenset(
    {"ja", "yes", "y", "j", "x", "true", "wahr", "1", "✓", "✔", "fest", "fixed", "pinned"}
)
_NO = frozenset({"", "nein", "no", "n", "false", "falsch", "0", "-", "–"})
_END_TITLES = frozenset(
    {"ende", "end", "ende der veranstaltung", "end of event", "veranstaltungsende", "end of show"}
)
# Sheet names that say nothing about the event.
_DEFAULT_SHEET_NAME = re.compile(
    r"^(?:sheet|tabelle|table|blatt|feuille|hoja)\s*\d*$", re.IGNORECASE
)


# --- Public API -------------------------------------------------------------------------------


def parse_spreadsheet(
    data: bytes,
    *,
    timezone: str | None = None,
    date: datetime.date | None = None,
    filename: str = "",
) -> EventDraft:
    """Read a run sheet saved as CSV or xlsx into an event draft.

    ``timezone`` (an IANA name) overrides the sheet's time zone column, which defaults to
    Europe/Berlin. ``date`` is the event's (first) day: it supplies the date a sheet
    without dates lacks and moves a dated sheet to that day (later days keep their
    distance). ``filename`` only helps: its stem is the event's title when the sheet
    names none, and a date in it ("2021-06-09 Lounge.csv") counts as the sheet's date.
    Raises :class:`ImportFailed` for anything that is not a usable run sheet.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ImportFailed(_NOT_SHEET)
    check_bytes(data)
    if isinstance(date, datetime.datetime):
        date = date.date()
    override_zone = None if timezone is None else zone_named(timezone)
    sheets = _sheets(bytes(data))
    table = _find_table(sheets)
    rows = _slot_rows(table)
    if not rows:
        raise ImportFailed(_NO_ROWS)
    zone_name = timezone or _sheet_zone(table) or DEFAULT_TIMEZONE
    base = date or table.date or _filename_date(filename)
    fixed_offset = False
    if override_zone is None and zone_name.upper() in ZONE_ABBREVIATIONS:
        # "GMT", "CEST", "EST" in the zone column: the offset they name (see agenda_text).
        day = base or next((row.date for row in rows if row.date is not None), None)
        mapped = zone_for_abbreviation(zone_name, day or datetime.date(2001, 1, 15))
        if mapped is not None:
            zone_name, fixed_offset = mapped
    zone = override_zone or zone_named(zone_name)
    try:
        draft = _build(table, rows, base, date is not None, zone_name, zone, filename)
    except OverflowError:  # only at the calendar's edges (year 1 or 9999)
        raise ImportFailed(_DATE_OUT_OF_RANGE) from None
    if fixed_offset:
        draft = replace(draft, notes=(*draft.notes, NOTE_FIXED_OFFSET))
    return draft


def read_person(text: str, *, comma_separates_organisation: bool = True) -> Person:
    """A person as written on a run sheet: "Dr. Tobias Plate (Bundeskanzleramt)",
    "Anna Schmidt, Referentin (Stadt Köln)" or "Anna Schmidt, Stadt Köln".

    Leading academic titles go to ``academic_title``; the last bracketed part is the
    organisation unless it is pronouns ("she/her"); before it, text after a comma is the
    function. Without brackets, text after a comma is the organisation (unless
    ``comma_separates_organisation`` is false, as for names from conference planners).
    """
    text = " ".join(text.split()).strip(" ,;")
    words = text.split()
    if not any(mark in text for mark in ",([") and not (words and is_academic_title(words[0])):
        return Person(name=text)  # the common case: just a name
    organisation = function = ""
    bracketed = _trailing_group(text)
    if bracketed is not None and not _PRONOUNS.match(bracketed[1]):
        text, organisation = bracketed[0].rstrip(" ,"), bracketed[1].strip()
        if comma_separates_organisation and "," in text:
            text, function = (part.strip() for part in text.split(",", 1))
    elif comma_separates_organisation and "," in text:
        text, organisation = (part.strip() for part in text.split(",", 1))
    words = text.split()
    titles = list(itertools.takewhile(is_academic_title, words))
    if len(titles) == len(words):  # "Dr." alone is a name, not a title without one
        titles = []
    name = " ".join(words[len(titles) :])
    return Person(
        name=name,
        academic_title=" ".join(titles),
        function=function,
        organisation=organisation,
    )


# --- Reading the bytes into rows of cells ---------------------------------------------------

_Cell = Any  # str, int, float, bool, datetime, date, time, timedelta or None


@dataclass(frozen=True, slots=True)
class _Sheet:
    """The cells of one sheet (a CSV file is one sheet) and its name."""

    name: str
    rows: list[list[_Cell]]


def _sheets(data: bytes) -> list[_Sheet]:
    """The input's sheets: an xlsx workbook's worksheets, or the one table of a CSV file."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailed(_EMPTY)
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument" in data[:100]:
            raise ImportFailed(_ODS)
        check_zip(data)
        return _xlsx_sheets(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ImportFailed(_OLD_EXCEL)
    return [_csv_sheet(_decode(data))]


def _xlsx_sheets(data: bytes) -> list[_Sheet]:
    """The worksheets of an xlsx workbook as plain cell values, at most
    ``_MAX_ROWS`` rows each (read-only mode streams the rows)."""
    import openpyxl  # only xlsx imports need it; keeps the CSV path and the CLI light

    sheets: list[_Sheet] = []
    try:
        # NOTE: openpyxl warns about workbook features it ignores (data validation,
        # unknown extensions); they do not matter here, and tests turn warnings into errors.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
            try:
                for worksheet in workbook.worksheets[:_MAX_SHEETS]:
                    rows = [
                        list(row)
                        for row in worksheet.iter_rows(
                            max_row=_MAX_ROWS + 1, max_col=_MAX_COLUMNS, values_only=True
                        )
                    ]
                    sheets.append(_Sheet(str(worksheet.title), _trimmed(_bounded(rows))))
            finally:
                workbook.close()
    except ImportFailed:
        raise
    except Exception:  # noqa: BLE001 - see below
        # openpyxl reads a zip of XML parts and fails on damaged ones in many ways
        # (BadZipFile, KeyError, ValueError, TypeError, XML errors, ...); for this
        # importer all of them mean one thing for the user.
        raise ImportFailed(_BAD_XLSX) from None
    if not sheets:
        raise ImportFailed(_BAD_XLSX)
    return sheets


def _bounded(rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """``rows`` cut to the columns a run sheet can use; refused where one text cell is
    longer than any run sheet's (the title and people readers are not for megabytes)."""
    for row in rows:
        for cell in row:
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise ImportFailed(CELL_TOO_LONG, limit=Count(MAX_CELL_CHARS))
    return rows


def _decode(data: bytes) -> str:
    """CSV bytes as text: a BOM decides; else UTF-8, else Windows-1252 (German Excel)."""
    text = decode_text(data)
    if _looks_binary(text):
        raise ImportFailed(_NOT_SHEET)
    return text


def _looks_binary(text: str) -> bool:
    """True for decoded binary data: NUL bytes or many control or replacement characters."""
    if "\x00" in text:
        return True
    sample = text[:20_000]
    junk = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r") or 0x7F <= ord(ch) < 0xA0
    )
    return junk * 20 > len(sample)


def _csv_sheet(text: str) -> _Sheet:
    """The CSV table, split with the separator that yields the best header row (";", ","
    or tab); without any, the separator that splits the first rows into most columns."""
    best_delimiter, best_score = ";", (-1, -1)
    for delimiter in (";", ",", "\t"):
        rows = _csv_rows(text, delimiter, limit=_HEADER_SEARCH)
        header = _header_row(rows)
        score = (len(header[1]) if header else 0, max((len(row) for row in rows), default=0))
        if score > best_score:
            best_delimiter, best_score = delimiter, score
    return _Sheet("", _trimmed(_csv_rows(text, best_delimiter, limit=_MAX_ROWS + 1)))


def _trimmed(rows: list[list[_Cell]]) -> list[list[_Cell]]:
    """``rows`` without the empty rows at the end (formatting in a sheet reaches far
    below its data; Excel writes ";;;;" lines)."""
    end = len(rows)
    while end and not any(_text(cell).strip() for cell in rows[end - 1]):
        end -= 1
    return rows[:end]


def _csv_rows(text: str, delimiter: str, *, limit: int) -> list[list[_Cell]]:
    """Up to ``limit`` records of ``text`` split at ``delimiter``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows: list[list[_Cell]] = []
    try:
        for number, row in enumerate(itertools.islice(reader, limit), start=1):
            if len(row) > MAX_CELLS_PER_ROW:
                raise ImportFailed(ROW_TOO_WIDE, row=number, limit=Count(MAX_CELLS_PER_ROW))
            rows.append(list(row[:_MAX_COLUMNS]))
    except csv.Error as error:
        raise ImportFailed(_BAD_CSV, reason=short(str(error), 100)) from None
    return _bounded(rows)


# --- Finding the table ----------------------------------------------------------------------


@dataclass(slots=True)
class _Table:
    """The sheet's header row, what each column holds, and what stood above it."""

    sheet: _Sheet
    header_index: int
    columns: dict[Column, int]
    duration_in_hours: bool
    language: str
    title: str = ""
    date: datetime.date | None = None


_LONGEST_HEADER = 200  # longer cells are no header
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _header_key(cell: _Cell) -> tuple[str, str]:
    """A header cell normalised for lookup ("Referent*innen" → "referentinnen") and the
    unit it names in brackets ("Dauer (Min.)" → "min.")."""
    text = " ".join(str(cell).split()).casefold() if cell is not None else ""
    if len(text) > _LONGEST_HEADER:
        return "", ""
    # Brackets are matched innermost, so that a scan stops at the next bracket: a cell of
    # many unclosed "(" costs one pass, not one pass per bracket.
    unit = " ".join(_BRACKETED.findall(text))
    text = _BRACKETED.sub(" ", text)
    text = re.sub(r"(?<=\w)[*:_/](?=in)", "", text)  # Referent*innen, Referent:innen
    text = re.sub(r"[^\w&\- ]", " ", text)
    return " ".join(text.split()), unit


def _header_row(rows: Sequence[Sequence[_Cell]]) -> tuple[int, dict[Column, int], str, bool] | None:
    """The first row with a start and a title header: (index, columns, language, whether
    durations are in hours)."""
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        columns: dict[Column, int] = {}
        german = english = 0
        hours = False
        for position, cell in enumerate(row):
            key, unit = _header_key(cell)
            column = _GERMAN_HEADERS.get(key) or _ENGLISH_HEADERS.get(key)
            if column is None or column in columns:
                continue
            columns[column] = position
            german += key in _GERMAN_HEADERS
            english += key in _ENGLISH_HEADERS and key not in _GERMAN_HEADERS
            if column is Column.DURATION:
                hours = bool(re.search(r"\b(?:h|std|stunden?|hours?|hrs?)\b", unit))
        if Column.START in columns and Column.TITLE in columns:
            return index, columns, "de" if german > english else "en", hours
    return None


def _find_table(sheets: Sequence[_Sheet]) -> _Table:
    """The first sheet with a header row, or ImportFailed naming the headers found."""
    for sheet in sheets:
        if len(sheet.rows) > _MAX_ROWS:
            raise ImportFailed(_TOO_MANY_ROWS, limit=_MAX_ROWS)
        found = _header_row(sheet.rows)
        if found is None:
            continue
        index, columns, language, hours = found
        table = _Table(sheet, index, columns, hours, language)
        _read_preamble(table)
        return table
    first = next((row for sheet in sheets for row in sheet.rows if any(_text(c) for c in row)), [])
    names = [short(_text(cell), 30) for cell in first if _text(cell).strip()][:12]
    if not names:
        raise ImportFailed(_NO_HEADER_ROW)
    raise ImportFailed(_NO_HEADERS, found=", ".join(names))


def _read_preamble(table: _Table) -> None:
    """The event's title and date from the rows above the header, and failing that the
    sheet's own name."""
    for row in table.sheet.rows[: table.header_index]:
        for cell in row:
            if isinstance(cell, datetime.date):
                table.date = table.date or _as_date(cell)
                continue
            text = _text(cell)
            if not text:
                continue
            found = _date_in_text(text)
            if found is not None:
                table.date = table.date or found
                text = single_spaced(_DATE_LABEL.sub("", _ANY_DATE.sub("", text)))
            if text and not table.title and len(text) <= 200:
                table.title = text
    if not table.title and table.sheet.name and not _DEFAULT_SHEET_NAME.match(table.sheet.name):
        table.title = table.sheet.name


def _sheet_zone(table: _Table) -> str | None:
    """The first name in the time zone column, if the sheet has one."""
    position = table.columns.get(Column.TIMEZONE)
    if position is None:
        return None
    for row in table.sheet.rows[table.header_index + 1 :]:
        text = _text(row[position]) if position < len(row) else ""
        if text:
            return text
    return None


# --- Rows -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    """One slot row as read: times still local and undated."""

    number: int  # 1-based row in the sheet
    title: str
    date: datetime.date | None
    start: datetime.time | None
    end: datetime.time | None
    duration: datetime.timedelta | None
    kind: SlotKind
    people: list[tuple[Person, Role | None]]
    notes: list[str]
    pinned: bool
    ends_show: bool = False  # an "Ende" row: its start ends the slot before
    start_instant: datetime.datetime | None = None  # a start written with its offset


def _cell(row: Sequence[_Cell], table: _Table, column: Column) -> _Cell:
    """The row's cell in ``column`` (None where the sheet has no such column)."""
    position = table.columns.get(column)
    if position is None or position >= len(row):
        return None
    value = row[position]
    return None if isinstance(value, str) and not value.strip() else value


def _slot_rows(table: _Table) -> list[_Row]:
    """The slot rows below the header; continuation rows are merged into the slot above."""
    rows: list[_Row] = []
    first_number = table.header_index + 2
    for number, row in enumerate(table.sheet.rows[table.header_index + 1 :], start=first_number):
        read = _read_row(number, row, table)
        if read is None:
            continue
        if read.title == "" and read.start is None and read.start_instant is None:
            if rows:  # people or notes on a line of their own belong to the slot above
                rows[-1].people.extend(read.people)
                rows[-1].notes.extend(read.notes)
            continue
        rows.append(read)
    return rows


def _read_row(number: int, row: Sequence[_Cell], table: _Table) -> _Row | None:
    """One row's cells as values; None for an empty row."""
    values = {column: _cell(row, table, column) for column in table.columns}
    if all(value is None for value in values.values()):
        return None
    title = _unguard(single_spaced(_text(values.get(Column.TITLE))))
    row_date = _read_date(values.get(Column.DATE), number)
    start, end, start_date, instant = _read_start(values.get(Column.START), number)
    end_value = values.get(Column.END)
    if end_value is not None:
        end = _read_time(end_value, number)
    duration = _read_duration(values.get(Column.DURATION), number, table.duration_in_hours)
    kind = _read_kind(_unguard(single_spaced(_text(values.get(Column.KIND)))), title)
    people = _read_people(_unguard(_text(values.get(Column.PEOPLE))))
    notes_text = _unguard(_text(values.get(Column.NOTES)).strip())
    pinned = _read_pinned(values.get(Column.PINNED), number)
    ends_show = (
        title.casefold().strip(" .!") in _END_TITLES
        and duration is None
        and end is None
        and not people
        and not values.get(Column.KIND)
    )
    return _Row(
        number=number,
        title=title,
        date=row_date or start_date,
        start=start,
        end=end,
        duration=duration,
        kind=kind,
        people=people,
        notes=[notes_text] if notes_text else [],
        pinned=pinned,
        ends_show=ends_show,
        start_instant=instant,
    )


# --- Building the draft ---------------------------------------------------------------------


def _build(
    table: _Table,
    rows: list[_Row],
    base: datetime.date | None,
    move_to_base: bool,
    zone_name: str,
    zone: ZoneInfo,
    filename: str,
) -> EventDraft:
    """The draft: rows placed on their days, ends resolved, people collected."""
    first_date = next((row.date for row in rows if row.date is not None), None)
    if first_date is None:
        first_date = next(
            (row.start_instant.astimezone(zone).date() for row in rows if row.start_instant), None
        )
    if base is None and first_date is None:
        raise ImportFailed(_NO_DATE)
    shift = (base - first_date) if (move_to_base and base and first_date) else datetime.timedelta(0)
    day = (first_date or base) if not move_to_base else base
    assert day is not None
    starts: list[datetime.datetime | None] = []
    previous: datetime.datetime | None = None
    for row in rows:
        try:
            start = _place(row, day, shift, zone, previous)
        except (OverflowError, ValueError):
            raise ImportFailed(_OUT_OF_RANGE, row=row.number) from None
        starts.append(start)
        if start is not None:
            previous = start
            day = start.astimezone(zone).date()
    notes: list[str] = []
    slots: list[Slot] = []
    slot_people: list[tuple[tuple[str, Role], ...]] = []
    people: dict[str, Person] = {}
    for index, row in enumerate(rows):
        if row.ends_show:
            continue
        start = starts[index]
        if start is None:
            start = _follow(row, slots)
        duration = _duration(row, index, rows, starts, start, zone, notes)
        try:
            start.astimezone(datetime.UTC) + duration
        except OverflowError:
            raise ImportFailed(_OUT_OF_RANGE, row=row.number) from None
        slots.append(
            Slot(
                title=row.title,
                start=start,
                duration=duration,
                kind=row.kind,
                position=len(slots),
                notes="\n".join(row.notes),
                pinned=row.pinned,
            )
        )
        slot_people.append(_participants(row, people))
    if not slots:
        raise ImportFailed(_NO_ROWS)
    main = [slot for slot in slots if slot.kind is not SlotKind.PRE_SHOW] or slots
    event = Event(
        title=table.title or _filename_title(filename),
        start=main[0].start,
        end=max((slot.end for slot in slots), key=_utc),
        timezone=zone_name,
        language=table.language,
    )
    return EventDraft(
        event=event,
        people=tuple(people.values()),
        slots=tuple(slots),
        slot_people=tuple(slot_people),
        notes=tuple(notes),
    )


def _place(
    row: _Row,
    day: datetime.date,
    shift: datetime.timedelta,
    zone: ZoneInfo,
    previous: datetime.datetime | None,
) -> datetime.datetime | None:
    """A row's start as an aware instant; None for a row without a start time.

    A row without its own date is on the day of the row above, or the next day when its
    time is an early-morning time after an evening one (23:30, then 00:15).
    """
    if row.start_instant is not None:
        return row.start_instant.astimezone(zone) + shift
    if row.start is None:
        return None
    if row.date is not None:
        return datetime.datetime.combine(row.date + shift, row.start, tzinfo=zone)
    start = datetime.datetime.combine(day, row.start, tzinfo=zone)
    if previous is not None and _between(previous, start) < datetime.timedelta(0):
        previous_local = previous.astimezone(zone)
        if previous_local.hour >= 18 and row.start.hour < 6:
            return datetime.datetime.combine(
                day + datetime.timedelta(days=1), row.start, tzinfo=zone
            )
        raise ImportFailed(_OUT_OF_ORDER, row=row.number, time=row.start.strftime("%H:%M"))
    return start


def _follow(row: _Row, slots: Sequence[Slot]) -> datetime.datetime:
    """The start of a row without a start time: the end of the slot above."""
    if not slots:
        raise ImportFailed(_NO_START, row=row.number, title=short(row.title))
    return slots[-1].end


def _duration(
    row: _Row,
    index: int,
    rows: Sequence[_Row],
    starts: Sequence[datetime.datetime | None],
    start: datetime.datetime,
    zone: ZoneInfo,
    notes: list[str],
) -> datetime.timedelta:
    """A slot's duration: its own, else until its end, else until the next row's start
    (an "Ende" row's too), else the default for a last slot."""
    end = None
    if row.end is not None:
        local = start.astimezone(zone)
        end = datetime.datetime.combine(local.date(), row.end, tzinfo=zone)
        if _between(start, end) < datetime.timedelta(0):
            end = datetime.datetime.combine(
                local.date() + datetime.timedelta(days=1), row.end, tzinfo=zone
            )
            if local.hour < 18 or row.end.hour >= 6:
                raise ImportFailed(_ENDS_BEFORE_START, row=row.number)
    if row.duration is not None:
        # An end in the hour the clocks repeat in autumn may mean either pass of it.
        ends = (end, end.replace(fold=1)) if end is not None else ()
        one_minute = datetime.timedelta(minutes=1)
        if ends and all(abs(_between(start, e) - row.duration) >= one_minute for e in ends):
            raise ImportFailed(
                _END_DISAGREES,
                row=row.number,
                end=row.end.strftime("%H:%M") if row.end else "",
                minutes=_minutes_text(row.duration),
            )
        return _checked(row.duration, row.number)
    if end is not None:
        return _checked(_between(start, end), row.number)
    if index + 1 < len(rows):
        following = starts[index + 1]
        if following is None:
            # The next row starts when this one ends, and neither says when that is.
            raise ImportFailed(
                _NO_START, row=rows[index + 1].number, title=short(rows[index + 1].title)
            )
        return _checked(_between(start, following), row.number)
    minutes = int(DEFAULT_LAST_SLOT.total_seconds() // 60)
    notes.append(fill(_NOTE_LAST_SLOT, minutes=minutes))
    return DEFAULT_LAST_SLOT


def _between(start: datetime.datetime, end: datetime.datetime) -> datetime.timedelta:
    """The time from ``start`` to ``end`` as elapsed (in UTC): subtracting datetimes that
    share a zone gives the wall-clock difference, an hour off across a clock change."""
    return end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC)


def _checked(duration: datetime.timedelta, number: int) -> datetime.timedelta:
    """A duration a slot can have (zero up to a day)."""
    if duration < datetime.timedelta(0):
        raise ImportFailed(_ENDS_BEFORE_START, row=number)
    if duration > _LONGEST_SLOT:
        raise ImportFailed(_TOO_LONG, row=number)
    return duration


def _participants(row: _Row, people: dict[str, Person]) -> tuple[tuple[str, Role], ...]:
    """The row's (person key, role) pairs; each person is added to ``people`` once, with
    what later rows add (an organisation the first mention lacked)."""
    default = default_role(row.kind)
    result: dict[str, Role] = {}
    for person, role in row.people:
        if not person.name:
            continue
        known = people.get(person.key)
        people[person.key] = person if known is None else merge_person(known, person)
        result.setdefault(person.key, role or default)
    return tuple(result.items())


# --- Cells ------------------------------------------------------------------------------------

_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:\s?[:.h]\s?(?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
    r"\s*(?:(?P<meridiem>[ap])\.?\s?m\.?)?\s*(?:uhr|h)?",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\s*(?:[-–—]|bis|to|until)\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_GERMAN_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)")
_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)")
_ANY_DATE = re.compile(
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|"
    r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?!\d)"
)
_DATE_LABEL = re.compile(r"^\s*(?:datum|date|am|on)\s*:?\s*", re.IGNORECASE)
_DURATION_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_DURATION_WORDS = re.compile(
    r"^(?:(?P<hours>\d+(?:[.,]\d+)?)\s*(?:h|std|stunden?|hours?|hrs?)\.?)?\s*"
    r"(?:(?P<minutes>\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minuten|minutes?|')?\.?)?$",
    re.IGNORECASE,
)
_PRONOUNS = re.compile(r"^[^\W\d_]{1,5}(?:\s?/\s?[^\W\d_]{1,5})+$")
_ROLE_PREFIX = re.compile(r"^(?P<role>[^\W\d_][^\W\d_ ]*(?: von| by)?)\s*[:–-]\s+(?P<rest>.+)$")
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r'])")


def _text(value: _Cell) -> str:
    """A cell as text ("" for empty cells); numbers without a trailing ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _unguard(text: str) -> str:
    """Text without the apostrophe the exporter puts before "=", "+", "-", "@" (so that
    Excel does not run a title as a formula) and before an apostrophe."""
    return _FORMULA_GUARD.sub("", text)


def _as_date(value: datetime.date) -> datetime.date:
    """The date part of a date or datetime cell."""
    return value.date() if isinstance(value, datetime.datetime) else value


def _read_date(value: _Cell, number: int) -> datetime.date | None:
    """A date cell: a date value or "2021-06-09", "09.06.2021", "9.6.21", "6/9/2021" where
    unambiguous."""
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return _as_date(value)
    text = _text(value).strip()
    found = _date_in_text(text, number)
    if found is None:
        raise ImportFailed(_BAD_DATE, row=number, value=short(text))
    return found


def _date_in_text(text: str, number: int = 0) -> datetime.date | None:
    """The first date written in ``text``, or None; ImportFailed for "06/09/2021" (which
    could be either) and for impossible dates."""
    try:
        if match := _ISO_DATE.search(text):
            return datetime.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _GERMAN_DATE.search(text):
            return datetime.date(_year(match[3]), int(match[2]), int(match[1]))
        if match := _SLASH_DATE.search(text):
            first, second, year = int(match[1]), int(match[2]), _year(match[3])
            if first > 12:
                return datetime.date(year, second, first)
            if second > 12 or first == second:
                return datetime.date(year, first, second)
            raise ImportFailed(
                _AMBIGUOUS_DATE,
                row=number,
                value=short(match[0]),
                one=f"{year:04d}-{first:02d}-{second:02d}",
                other=f"{year:04d}-{second:02d}-{first:02d}",
            )
    except ValueError:
        raise ImportFailed(_BAD_DATE, row=number, value=short(text)) from None
    return None


def _year(text: str) -> int:
    """A year written with two or four digits ("21" is 2021)."""
    return 2000 + int(text) if len(text) == 2 else int(text)


def _read_start(
    value: _Cell, number: int
) -> tuple[
    datetime.time | None, datetime.time | None, datetime.date | None, datetime.datetime | None
]:
    """A start cell: (start time, end time of a range, date, instant with offset)."""
    if value is None:
        return None, None, None, None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return None, None, None, value
        if value.year <= 1900:  # Excel's time-only values sit on its epoch, 1899-12-30
            return value.time().replace(tzinfo=None), None, None, None
        return value.time(), None, value.date(), None
    if isinstance(value, datetime.date):
        raise ImportFailed(_BAD_TIME, row=number, value=value.isoformat())
    if not isinstance(value, str):
        return _read_time(value, number), None, None, None
    text = single_spaced(value)
    if "T" in text or re.match(r"^\d{4}-\d\d-\d\d[ T]", text):
        try:
            instant = datetime.datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            if instant.tzinfo is not None and instant.utcoffset() is not None:
                return None, None, None, instant
            return instant.time(), None, instant.date(), None
    day = None
    if found := _ANY_DATE.search(text):
        day = _date_in_text(found[0], number)
        text = single_spaced(text[: found.start()] + " " + text[found.end() :])
    start, end = _time_range(text, number)
    return start, end, day, None


def _time_range(text: str, number: int) -> tuple[datetime.time, datetime.time | None]:
    """ "14:00", "14.00 Uhr", "2:00 pm" or a range "14:00–14:10" / "2:00 – 3:30 pm"."""
    first = _TIME.match(text)
    if first is None:
        raise ImportFailed(_BAD_TIME, row=number, value=short(text))
    rest = text[first.end() :]
    if not rest.strip():
        return _time_of(first, None, text, number), None
    separator = _RANGE.match(rest)
    second = _TIME.fullmatch(rest[separator.end() :].strip()) if separator else None
    if second is None:
        raise ImportFailed(_BAD_TIME, row=number, value=short(text))
    end = _time_of(second, None, text, number)
    # "2:00 – 3:30 pm": the start shares the end's half of the day.
    shared = second.group("meridiem") if first.group("meridiem") is None else None
    start = _time_of(first, shared, text, number)
    if shared and start > end:
        start = _time_of(first, None, text, number)
    return start, end


def _time_of(match: re.Match[str], meridiem: str | None, text: str, number: int) -> datetime.time:
    """The time a match of ``_TIME`` stands for."""
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    half = (match.group("meridiem") or meridiem or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ImportFailed(_BAD_TIME, row=number, value=short(text))
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ImportFailed(_BAD_TIME, row=number, value=short(text))
    return datetime.time(hour, minute, second)


def _read_time(value: _Cell, number: int) -> datetime.time:
    """A time cell: a time value, a day fraction (0.5 is noon), "14.30" typed as a number,
    or text."""
    if isinstance(value, datetime.datetime):
        return value.time()
    if isinstance(value, datetime.time):
        return value.replace(tzinfo=None)
    if isinstance(value, datetime.timedelta) and datetime.timedelta(
        0
    ) <= value < datetime.timedelta(days=1):
        return (datetime.datetime.min + value).time()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value < 1:  # Excel's time as a fraction of a day
            seconds = round(value * 86_400)
            return datetime.time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
        if 1 <= value < 24:  # "14.30" that Excel stored as the number 14.3
            value = f"{value:.2f}"
        else:
            raise ImportFailed(_BAD_TIME, row=number, value=short(_text(value)))
    text = single_spaced(_text(value))
    match = _TIME.fullmatch(text)
    if match is None:
        raise ImportFailed(_BAD_TIME, row=number, value=short(text))
    return _time_of(match, None, text, number)


def _read_duration(value: _Cell, number: int, hours: bool) -> datetime.timedelta | None:
    """A duration cell: minutes ("10", "10 min", 10), "0:10" (hours and minutes), "1 h",
    "1,5 Std.", a time or timedelta value; a plain number counts hours where the header
    said so."""
    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        return _checked(value, number)
    if isinstance(value, datetime.datetime) and value.year <= 1900:
        value = value.time()
    if isinstance(value, datetime.time):
        return datetime.timedelta(hours=value.hour, minutes=value.minute, seconds=value.second)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value or not 0 <= value <= 24 * 60:  # NaN, negative, absurd
            raise ImportFailed(_BAD_DURATION, row=number, value=short(_text(value)))
        return _checked(
            datetime.timedelta(**{"hours" if hours else "minutes": float(value)}), number
        )
    text = single_spaced(_text(value))
    if match := _DURATION_CLOCK.match(text):
        h, m, s = (int(group or 0) for group in match.groups())
        if m > 59 or s > 59:
            raise ImportFailed(_BAD_DURATION, row=number, value=short(text))
        return _checked(datetime.timedelta(hours=h, minutes=m, seconds=s), number)
    match = _DURATION_WORDS.match(text)
    if match is None or not (match.group("hours") or match.group("minutes")) or len(text) > 30:
        raise ImportFailed(_BAD_DURATION, row=number, value=short(text))
    hour_count = float((match.group("hours") or "0").replace(",", "."))
    minute_count = float((match.group("minutes") or "0").replace(",", "."))
    if hours and re.search(r"[^\d\s.,]", text) is None:  # a bare number under "Dauer (h)"
        hour_count, minute_count = minute_count, 0.0
    if hour_count * 60 + minute_count > 24 * 60:
        raise ImportFailed(_TOO_LONG, row=number)
    return _checked(datetime.timedelta(hours=hour_count, minutes=minute_count), number)


def _minutes_text(duration: datetime.timedelta) -> str:
    """A duration in minutes for a message ("10", "7.5")."""
    minutes = duration.total_seconds() / 60
    return str(int(minutes)) if minutes.is_integer() else f"{minutes:.1f}"


def _read_kind(text: str, title: str) -> SlotKind:
    """The slot kind from the kind cell (German or English), else the title's keywords."""
    if text:
        key = " ".join(text.casefold().split())
        if key in _KIND_WORDS:
            return _KIND_WORDS[key]
        guessed = guess_kind_from_title(text)
        if guessed is not SlotKind.OTHER:
            return guessed
    return guess_kind_from_title(title)


def _read_pinned(value: _Cell, number: int) -> bool:
    """A pinned cell: yes/ja/x/true/1 or no/nein/empty."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    text = single_spaced(_text(value)).casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ImportFailed(_BAD_PINNED, row=number, value=short(text))


def _read_people(text: str) -> list[tuple[Person, Role | None]]:
    """People separated by ";" or line breaks, each with the role its marker names."""
    result: list[tuple[Person, Role | None]] = []
    for entry in re.split(r"[;\n\r]+", text):
        entry = single_spaced(entry)
        if not entry:
            continue
        listed_role: Role | None = None
        prefix = _ROLE_PREFIX.match(entry)
        if prefix and _role_word(prefix.group("role")) is not None:
            listed_role, entry = _role_word(prefix.group("role")), prefix.group("rest")
        # "Anna Schmidt, Ben Müller und Clara Weiß" are three people, "Müller, Anna" one
        # and "Anna Schmidt, Stadt Köln" a name and an organisation.
        for part in split_person_list(entry):
            role = listed_role
            # At most a few markers ("[Moderation]"): each look scans the whole entry.
            for _ in range(3):
                group = _trailing_group(part)
                if group is None or _role_word(group[1]) is None:
                    break
                role, part = _role_word(group[1]), group[0]
            person = read_person(part)
            if person.name:
                result.append((person, role))
    return result


def _role_word(text: str) -> Role | None:
    """The role a marker names ("Moderation", "Referent*in", "host"), or None."""
    key = " ".join(re.sub(r"[*:_]", "", text).casefold().split())
    return _ROLE_WORDS.get(key)


def _trailing_group(text: str) -> tuple[str, str] | None:
    """("Name", "Org (Sub)") for "Name (Org (Sub))" or "Name [Org]": the last bracketed
    part, matched with its opening bracket; None if the text does not end with one."""
    text = text.rstrip()
    if not text or text[-1] not in ")]":
        return None
    closing = text[-1]
    opening = "(" if closing == ")" else "["
    depth = 0
    for position in range(len(text) - 1, -1, -1):
        ch = text[position]
        if ch == closing:
            depth += 1
        elif ch == opening:
            depth -= 1
            if depth == 0:
                before = text[:position].rstrip()
                if not before:
                    return None
                return before, text[position + 1 : -1].strip()
    return None


def _filename_date(filename: str) -> datetime.date | None:
    """An ISO date in the file's name ("2021-06-09 Lounge.csv"), if any."""
    match = _ISO_DATE.search(PurePath(filename).name) if filename else None
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _filename_title(filename: str) -> str:
    """The file's name without folder, extension and date, as a last-resort title."""
    if not filename:
        return ""
    stem = PurePath(filename).stem
    return single_spaced(_ISO_DATE.sub("", stem).replace("_", " ")).strip(" -–")


def _utc(value: datetime.datetime) -> datetime.datetime:
    """An instant in UTC, to order instants of one zone by elapsed time, not wall clock."""
    return value.astimezone(datetime.UTC)
