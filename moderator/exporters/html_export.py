"""The run sheet as a printable HTML page, in the app's language.

What the moderator holds on paper during the show: the event's date and times, every slot
with its planned start, end and length, the moderator's notes, and under each slot the
people on with what to read out (their intro) and how to say their name. A "who's who"
at the end lists everyone once, with their contact.

The page is one self-contained HTML5 document (inline CSS, A4 print rules), written so that
it renders well both in a browser and in Qt's ``QTextDocument``, which
:mod:`moderator.ui.print_export` uses for the PDF: plain tables and blocks, no flexbox or
grid, sizes in points.

Labels are English source texts marked with ``QT_TRANSLATE_NOOP`` (context
``run_sheet_print``; slot kinds reuse the UI's ``kinds``); the caller passes the translator:
``QCoreApplication.translate`` in the app, :func:`translator_for` on the command line,
which reads the German of ``moderator_de.ts`` without Qt. Everything that came from users
(titles, names, intros, notes) is HTML-escaped.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import KIND_NAMES, EventSnapshot, Person, Role, Slot, SlotKind
from moderator.domain.text import isolate, neutralised
from moderator.paths import resources_dir

#: ``texts(context, source)`` returns the text in the reader's language.
Translate = Callable[[str, str], str]

CONTEXT = "run_sheet_print"

ROLE_NAMES: dict[Role, str] = {
    Role.SPEAKER: QT_TRANSLATE_NOOP("run_sheet_print", "Speaker"),
    Role.PANELIST: QT_TRANSLATE_NOOP("run_sheet_print", "Panelist"),
    Role.MODERATOR: QT_TRANSLATE_NOOP("run_sheet_print", "Moderator"),
    Role.HOST: QT_TRANSLATE_NOOP("run_sheet_print", "Host"),
}

RUN_SHEET = QT_TRANSLATE_NOOP("run_sheet_print", "Run sheet")
TIME = QT_TRANSLATE_NOOP("run_sheet_print", "Time")
SLOT = QT_TRANSLATE_NOOP("run_sheet_print", "Slot")
TIME_RANGE = QT_TRANSLATE_NOOP("run_sheet_print", "%2–%1")
UNTIL = QT_TRANSLATE_NOOP("run_sheet_print", "to %1")
MINUTES = QT_TRANSLATE_NOOP("run_sheet_print", "%1 min")
FIXED_START = QT_TRANSLATE_NOOP("run_sheet_print", "fixed start")
NOTE = QT_TRANSLATE_NOOP("run_sheet_print", "Note: %1")
PRONUNCIATION = QT_TRANSLATE_NOOP("run_sheet_print", "Pronunciation: %1")
INTRODUCED_AT = QT_TRANSLATE_NOOP("run_sheet_print", "Intro at %1")
WHOS_WHO = QT_TRANSLATE_NOOP("run_sheet_print", "Who's who")
NAME = QT_TRANSLATE_NOOP("run_sheet_print", "Name")
FUNCTION = QT_TRANSLATE_NOOP("run_sheet_print", "Function, organisation")
ON_AT = QT_TRANSLATE_NOOP("run_sheet_print", "On at")
CONTACT = QT_TRANSLATE_NOOP("run_sheet_print", "Contact")
AS_OF = QT_TRANSLATE_NOOP("run_sheet_print", "As of %1")
DATE_AND_TIME = QT_TRANSLATE_NOOP("run_sheet_print", "%1, %2")
PAGE_OF = QT_TRANSLATE_NOOP("run_sheet_print", "Page %1 of %2")

# Day and month names for the two UI languages, written out so that the page does not
# depend on the machine's locale (which is often English or "C" on a show PC).
_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}


def _identity(context: str, source: str) -> str:
    return source


def primary_language(language: str) -> str:
    """The language subtag of a code: ``"de_DE"`` and ``"de-AT"`` become ``"de"``."""
    return language.replace("-", "_").split("_")[0].strip().lower() or "en"


def format_date(day: date, language: str, *, weekday: bool = True) -> str:
    """A date written out: "Mittwoch, 9. Juni 2021" in German, "Wednesday, 9 June 2021" in English.

    Languages other than German get the English form.
    """
    lang = "de" if primary_language(language) == "de" else "en"
    month = _MONTHS[lang][day.month - 1]
    text = f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"
    return f"{_WEEKDAYS[lang][day.weekday()]}, {text}" if weekday else text


def as_of(when: datetime, zone: ZoneInfo, texts: Translate, language: str) -> str:
    """ "As of 8 June 2021, 18:05": when the sheet was made, in the event's zone.

    Printed on the sheet so that two printouts of a changing run sheet can be told apart.
    """
    local = when.astimezone(zone)
    stamp = fill(texts(CONTEXT, DATE_AND_TIME),
        date=format_date(local.date(), language, weekday=False), time=f"{local.hour:02d}:{local.minute:02d}"
    )
    return fill(texts(CONTEXT, AS_OF), when=stamp)


def _hm(value: datetime, zone: ZoneInfo) -> str:
    local = value.astimezone(zone)
    return f"{local.hour:02d}:{local.minute:02d}"


def _utc_offset(value: datetime, zone: ZoneInfo) -> str:
    offset = value.astimezone(zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" if not rest else f"UTC{sign}{hours}:{rest:02d}"


def _minutes(duration: timedelta) -> str:
    seconds = round(duration.total_seconds())
    minutes, rest = divmod(seconds, 60)
    return str(minutes) if not rest else f"{minutes}:{rest:02d}"


def _text(value: str) -> str:
    """User text as HTML: escaped, with its line breaks kept; bidi overrides and invisible
    characters removed, and a right-to-left line isolated, so that an Arabic or Hebrew
    name reads right without reordering the text around it."""
    return "<br>".join(
        html.escape(isolate(neutralised(line))) for line in value.strip().splitlines()
    )


def _affiliation(person: Person) -> str:
    """Function and organisation, without saying the organisation twice."""
    function, organisation = person.function.strip(), person.organisation.strip()
    if organisation and organisation.casefold() not in function.casefold():
        return f"{function}, {organisation}" if function else organisation
    return function


#: Width of the times column: room for "14:00" in large type.
TIME_COLUMN = "17%"

_STYLE = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       font-size: 12pt; color: #111111; background-color: #ffffff; }
h1 { font-size: 21pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 15pt; font-weight: bold; margin-top: 24px; margin-bottom: 8px; }
/* A rule of its own: Qt drops a whole rule with "avoid" in it (the PDF keeps headings
   with what follows by itself). */
h2, h3 { page-break-after: avoid; break-after: avoid; }
p { margin-top: 0; margin-bottom: 0; }
.series { font-size: 11pt; color: #555555; margin-bottom: 2px; }
.subtitle { font-size: 13pt; margin-bottom: 4px; }
.when { font-size: 14pt; font-weight: bold; margin-top: 4px; margin-bottom: 16px; }
.zone { font-size: 11pt; font-weight: normal; color: #555555; }
table { border-collapse: collapse; }
table.slot { page-break-inside: avoid; break-inside: avoid; }
th { font-size: 10pt; font-weight: bold; color: #555555; text-align: left;
     padding: 2px 8px 3px 0; border-bottom: 2px solid #111111; }
td { vertical-align: top; }
table.slot td { padding: 8px 8px 10px 0; border-bottom: 1px solid #999999; }
h3.day { font-size: 14pt; font-weight: bold; margin-top: 16px; margin-bottom: 4px; }
.start { font-size: 22pt; font-weight: bold; }
.end { font-size: 13pt; }
.length { font-size: 11pt; color: #555555; }
.fixed { font-size: 10pt; font-weight: bold; color: #9c3d00; }
.kind { font-size: 10pt; font-weight: bold; color: #555555; }
.title { font-size: 16pt; font-weight: bold; margin-bottom: 2px; }
table.quiet .title { color: #444444; }
.note { font-size: 12pt; background-color: #fff3bf; padding: 2px 4px; margin-top: 4px; margin-bottom: 2px; }
.person { font-size: 13pt; margin-top: 8px; }
.say { font-size: 12pt; font-weight: bold; color: #9c3d00; }
.role { font-size: 11pt; color: #555555; }
.intro { font-size: 13pt; margin-top: 2px; }
.seen { font-size: 11pt; color: #555555; }
table.people td { font-size: 11pt; padding: 4px 8px 4px 0; border-bottom: 1px solid #bbbbbb; }
table.people tr { page-break-inside: avoid; break-inside: avoid; }
.footer { font-size: 9pt; color: #555555; margin-top: 16px; }
/* For the browser only: "only screen" hides this from Qt's QTextDocument, which would
   apply a plain "screen" rule to the PDF too. */
@media only screen { body { max-width: 190mm; margin: 10mm auto; padding: 0 5mm; } }
"""


class _Page:
    """Builds the HTML of one run sheet (a class only to share the translator and zone)."""

    def __init__(self, snapshot: EventSnapshot, texts: Translate, language: str) -> None:
        self.snapshot = snapshot
        self.texts = texts
        self.language = language
        self.zone = ZoneInfo(snapshot.event.timezone)
        self.people = {person.id: person for person in snapshot.people}

    def tr(self, source: str, context: str = CONTEXT, **fields: str) -> str:
        """The translated label with its fields filled in, HTML-escaped.

        A translation whose fields do not match the source's falls back to the source, so
        a slip in a translation costs a German word, not the export.
        """
        text = self.texts(context, source)
        try:
            filled = fill(text, **fields)
        except (KeyError, IndexError, ValueError):
            filled = fill(source, **fields)
        return html.escape(filled)

    def document(self, exported_at: datetime) -> str:
        """The whole HTML document."""
        event = self.snapshot.event
        title = _text(event.title)
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(self.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="generator" content="moderator">',
            f"<title>{self.tr(RUN_SHEET)}: {title}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *self.header(),
            *self.run_sheet(),
            *self.whos_who(),
            f'<p class="footer">{html.escape(as_of(exported_at, self.zone, self.texts, self.language))}</p>',
            "</body>",
            "</html>",
        ]
        return "\n".join(parts) + "\n"

    def header(self) -> list[str]:
        """Series, title, subtitle, and the day with the time range and zone."""
        event = self.snapshot.event
        lines = []
        if event.series.strip():
            lines.append(f'<p class="series">{_text(event.series)} · {self.tr(RUN_SHEET)}</p>')
        else:
            lines.append(f'<p class="series">{self.tr(RUN_SHEET)}</p>')
        lines.append(f"<h1>{_text(event.title)}</h1>")
        if event.subtitle.strip():
            lines.append(f'<p class="subtitle">{_text(event.subtitle)}</p>')
        day = format_date(event.start.astimezone(self.zone).date(), self.language)
        times = self.tr(TIME_RANGE, start=_hm(event.start, self.zone), end=_hm(event.end, self.zone))
        zone = f"{html.escape(event.timezone)}, {_utc_offset(event.start, self.zone)}"
        lines.append(
            f'<p class="when">{html.escape(day)} · {times} <span class="zone">({zone})</span></p>'
        )
        return lines

    def run_sheet(self) -> list[str]:
        """The slots, one table each, under a table head with the column names.

        One table per slot, with the same column widths, so that a slot never breaks
        across pages: browsers honour ``page-break-inside`` on a table, and the PDF moves a
        table that would cross a page to the next one (Qt splits rows, even of one table).
        """
        lines = [
            f'<table class="head" width="100%" cellspacing="0"><tr>'
            f'<th width="{TIME_COLUMN}">{self.tr(TIME)}</th><th>{self.tr(SLOT)}</th></tr></table>'
        ]
        day = self.snapshot.event.start.astimezone(self.zone).date()
        introduced: dict[int | None, str] = {}
        for slot in self.snapshot.slots:
            slot_day = slot.start.astimezone(self.zone).date()
            if slot_day != day:
                day = slot_day
                lines.append(f'<h3 class="day">{html.escape(format_date(day, self.language))}</h3>')
            lines.extend(self.slot_table(slot, introduced))
        return lines

    def slot_table(self, slot: Slot, introduced: dict[int | None, str]) -> list[str]:
        """One slot: its times on the left; kind, title, note and people on the right."""
        quiet = slot.kind in (SlotKind.PRE_SHOW, SlotKind.BREAK)
        time = [
            f'<p class="start">{_hm(slot.start, self.zone)}</p>',
            f'<p class="end">{self.tr(UNTIL, end=_hm(slot.end, self.zone))}</p>',
            f'<p class="length">{self.tr(MINUTES, minutes=_minutes(slot.duration))}</p>',
        ]
        if slot.pinned:
            time.append(f'<p class="fixed">{self.tr(FIXED_START)}</p>')
        body = [
            f'<p class="kind">{self.tr(KIND_NAMES[slot.kind], "kinds")}</p>',
            f'<p class="title">{_text(slot.title)}</p>',
        ]
        if slot.notes.strip():
            note = html.escape(self.texts(CONTEXT, NOTE)).replace("%1", _text(slot.notes))
            body.append(f'<p class="note">{note}</p>')
        for participant in slot.participants:
            person = self.people.get(participant.person_id)
            if person is not None:
                body.extend(self.person_block(person, participant.role, slot, introduced))
        return [
            f'<table class="slot{" quiet" if quiet else ""}" width="100%" cellspacing="0"><tr>',
            f'<td class="time" width="{TIME_COLUMN}">{"".join(time)}</td>',
            f'<td class="body">{"".join(body)}</td>',
            "</tr></table>",
        ]

    def person_block(
        self, person: Person, role: Role, slot: Slot, introduced: dict[int | None, str]
    ) -> list[str]:
        """One person under a slot; the intro is printed in full at their first slot only.

        A person on twice (a host who also moderates the panel) is introduced once; later
        slots point back to the time of the intro, which keeps the sheet short.
        """
        name = f"<b>{_text(person.display_name)}</b>"
        if person.pronunciation.strip():
            hint = self.tr(PRONUNCIATION, hint=person.pronunciation.strip())
            name += f' &nbsp;<span class="say">{hint}</span>'
        details = [self.tr(ROLE_NAMES[role])]
        affiliation = _affiliation(person)
        if affiliation:
            details.append(_text(affiliation))
        lines = [f'<p class="person">{name}<br><span class="role">{" · ".join(details)}</span></p>']
        if person.intro.strip():
            if person.id in introduced:
                lines.append(f'<p class="seen">{self.tr(INTRODUCED_AT, time=introduced[person.id])}</p>')
            else:
                introduced[person.id] = _hm(slot.start, self.zone)
                lines.append(f'<p class="intro">{_text(person.intro)}</p>')
        return lines

    def whos_who(self) -> list[str]:
        """Everyone once, in the order of the event's people, with when they are on."""
        appearances: dict[int | None, list[str]] = {}
        for slot in self.snapshot.slots:
            for participant in slot.participants:
                times = appearances.setdefault(participant.person_id, [])
                start = _hm(slot.start, self.zone)
                if start not in times:
                    times.append(start)
        people = [person for person in self.snapshot.people if person.id in appearances or person.contact]
        if not people:
            return []
        with_contact = any(person.contact.strip() for person in people)
        header = [NAME, FUNCTION, ON_AT] + ([CONTACT] if with_contact else [])
        lines = [
            f"<h2>{self.tr(WHOS_WHO)}</h2>",
            '<table class="people" width="100%" cellspacing="0">',
            "<thead><tr>" + "".join(f"<th>{self.tr(label)}</th>" for label in header) + "</tr></thead>",
            "<tbody>",
        ]
        for person in people:
            name = f"<b>{_text(person.display_name)}</b>"
            if person.pronunciation.strip():
                name += f"<br>{self.tr(PRONUNCIATION, hint=person.pronunciation.strip())}"
            cells = [name, _text(_affiliation(person)), ", ".join(appearances.get(person.id, []))]
            if with_contact:
                cells.append(_text(person.contact))
            lines.append('<tr class="person-row">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        lines.extend(["</tbody>", "</table>"])
        return lines


def export_html(
    snapshot: EventSnapshot,
    *,
    texts: Translate | None = None,
    language: str = "en",
    exported_at: datetime | None = None,
) -> str:
    """The printable run sheet of ``snapshot`` as one self-contained HTML5 document.

    ``language`` ("de", "en") sets the page's ``lang`` and how dates are written;
    ``texts`` translates the labels and defaults to :func:`translator_for` of that
    language. ``exported_at`` is the "as of" time in the footer (now if not given).
    """
    lang = primary_language(language)
    translate = texts if texts is not None else translator_for(lang)
    when = exported_at if exported_at is not None else datetime.now(timezone.utc)
    return _Page(snapshot, translate, lang).document(when)


@cache
def _ts_table(language: str) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` of ``moderator_<language>.ts``; empty if none.

    Unfinished translations are left out (Qt falls back to the source for them too), as
    are plural messages, which this page does not use.
    """
    path = resources_dir() / "translations" / f"moderator_{language}.ts"
    if not path.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    # Our own file, shipped with the app: the stdlib parser is fine here.
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not translation.text:
                continue
            key = (name, message.findtext("source") or "")
            # A message with a disambiguation comment only stands in for a plain one.
            if message.findtext("comment") and key in table:
                continue
            table[key] = translation.text
    return table


@cache
def translator_for(language: str) -> Translate:
    """A translator into ``language`` that needs no Qt, for the command line.

    German comes from ``resources/translations/moderator_de.ts``, the source of the
    ``.qm`` the app loads; English (and any language without a ``.ts``) is the source
    text itself. A text with no translation stays English, as in Qt.
    """
    lang = primary_language(language)
    if lang == "en":
        return _identity
    table = _ts_table(lang)
    if not table:
        return _identity

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
