"""The run sheet as CSV, for Excel and LibreOffice, and read back by the spreadsheet importer.

Choices, and why:

- ``;`` as the separator and a UTF-8 byte order mark at the start: Excel on a German
  Windows expects ``;`` (the comma is the decimal separator there) and reads UTF-8 only
  when a BOM says so, otherwise umlauts come out as "Ã¼". LibreOffice and Excel elsewhere
  cope with both. The returned text starts with "\\ufeff"; encoded as UTF-8 it is the BOM.
- Lines end in "\\n": the text may be written in text mode on Windows, which turns "\\n"
  into "\\r\\n" (and would turn a "\\r\\n" into "\\r\\r\\n").
- Headers, kind and role words follow the event's language (German for "de", else
  English), in the vocabulary of :mod:`moderator.importers.spreadsheet`, so that
  ``parse_spreadsheet(export_csv(snapshot).encode("utf-8"))`` gives the same run sheet.
- Times are local times of the event's zone, one column each for date, start and end,
  the duration in minutes, and the zone's name in the last column so that the sheet reads
  back at the same instants.
- People are "Dr. Tobias Plate (Bundeskanzleramt)", separated by "; ", with the function
  after a comma ("Name, Function (Organisation)") and a role in square brackets where it
  is not the kind's usual one ("[Moderation]" in a panel).
- A cell that starts with "=", "+", "-" or "@" gets a leading apostrophe, so that Excel
  does not run an imported title as a formula (CSV injection); the importer removes it
  again (and so a text that starts with an apostrophe gets one more).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from moderator.domain.model import EventSnapshot, Participant, Person, Slot
from moderator.importers.spreadsheet import (
    HEADERS,
    KIND_LABELS,
    PINNED_LABELS,
    ROLE_LABELS,
    Column,
    default_role,
)

__all__ = ["COLUMNS", "export_csv"]

#: The columns in the order they are written.
COLUMNS: tuple[Column, ...] = (
    Column.DATE,
    Column.START,
    Column.END,
    Column.DURATION,
    Column.TITLE,
    Column.KIND,
    Column.PEOPLE,
    Column.NOTES,
    Column.PINNED,
    Column.TIMEZONE,
)

CSV_BOM = "\ufeff"
# What Excel reads as the start of a formula, and the apostrophe itself, so that a text
# that starts with one keeps it after the importer removes the guard.
_GUARDED_START = ("=", "+", "-", "@", "\t", "\r", "'")


def export_csv(snapshot: EventSnapshot) -> str:
    """The run sheet as CSV text (``;``-separated, starting with a BOM; see the module)."""
    language = "de" if snapshot.event.language.casefold().startswith("de") else "en"
    zone = ZoneInfo(snapshot.event.timezone)
    people = {person.id: person for person in snapshot.people}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([HEADERS[language][column] for column in COLUMNS])
    for slot in snapshot.slots:
        writer.writerow(_row(slot, people, zone, snapshot.event.timezone, language))
    return CSV_BOM + buffer.getvalue()


def _row(
    slot: Slot, people: dict[int | None, Person], zone: ZoneInfo, zone_name: str, language: str
) -> list[str]:
    """One slot as the row's cells, in the order of :data:`COLUMNS`."""
    start = slot.start.astimezone(zone)
    yes, no = PINNED_LABELS[language]
    cells = {
        Column.DATE: start.date().isoformat(),
        Column.START: _clock(start),
        Column.END: _clock(slot.end.astimezone(zone)),
        Column.DURATION: _minutes(slot.duration, language),
        Column.TITLE: guard_formula(slot.title),
        Column.KIND: KIND_LABELS[language][slot.kind],
        Column.PEOPLE: guard_formula(
            "; ".join(
                _person(participant, slot, people, language) for participant in slot.participants
            )
        ),
        Column.NOTES: guard_formula(slot.notes),
        Column.PINNED: yes if slot.pinned else no,
        Column.TIMEZONE: zone_name,
    }
    return [cells[column] for column in COLUMNS]


def _clock(value: datetime) -> str:
    """A local time as "14:00", with seconds only where there are some."""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def _minutes(duration: timedelta, language: str) -> str:
    """A duration in whole minutes ("10"), or with a decimal ("7,5" in German)."""
    minutes = duration.total_seconds() / 60
    if minutes.is_integer():
        return str(int(minutes))
    text = f"{minutes:.4f}".rstrip("0")
    return text.replace(".", ",") if language == "de" else text


def _person(
    participant: Participant, slot: Slot, people: dict[int | None, Person], language: str
) -> str:
    """A participant as "Dr. Name, Function (Organisation) [Role]"."""
    person = people.get(participant.person_id)
    if person is None:
        return ""
    text = person.display_name
    if person.function:
        text += f", {person.function}"
    if person.organisation or person.function:
        # Empty brackets keep a function from being read back as the organisation.
        text += f" ({person.organisation})"
    if participant.role is not default_role(slot.kind):
        text += f" [{ROLE_LABELS[language][participant.role]}]"
    # One person per entry: a ";" or a line break inside would split it on import.
    return " ".join(text.replace(";", ",").split())


def guard_formula(text: str) -> str:
    """Text that Excel will not run as a formula (see the module)."""
    return "'" + text if text.startswith(_GUARDED_START) else text
