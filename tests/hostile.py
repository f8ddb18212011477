"""Hostile and broken inputs for every importer, built in code (no blobs checked in).

``WORST_CASES`` maps an importer's name to builders ``n -> bytes``: each makes an input
whose cost grows with ``n`` along a line an attacker would choose (brackets left open,
separators repeated, one row or cell grown without end). ``IMPORTERS`` calls an importer the
way the app does. ``SEEDS`` gives realistic inputs per importer for mutation.
Used by tests/test_hostile_input.py, tests/test_fuzz_importers.py and
tests/benchmarks/fuzz_campaign.py.
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from moderator.importers.agenda_text import parse_agenda
from moderator.importers.chat_transcript import parse_chat
from moderator.importers.ics import parse_ics
from moderator.importers.json_event import parse_event_json
from moderator.importers.schedule import NeedsChoice, parse_schedule
from moderator.importers.spreadsheet import parse_spreadsheet

DATA = Path(__file__).parent / "data"
DAY = datetime.date(2021, 6, 9)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


IMPORTERS: dict[str, Callable[[bytes], object]] = {
    "agenda_text": lambda data: parse_agenda(_text(data)),
    "ics": lambda data: parse_ics(data),
    "schedule": lambda data: _first_day_and_room(data),
    "spreadsheet": lambda data: parse_spreadsheet(data, date=DAY),
    "chat_transcript": lambda data: parse_chat(_text(data)),
    "json_event": lambda data: parse_event_json(_text(data)),
}


def _first_day_and_room(data: bytes) -> object:
    """A schedule's draft; for one of several days and rooms, the first the outline lists
    (as a person picks one), so that the reading of its events is reached too."""
    try:
        return parse_schedule(data)
    except NeedsChoice as choice:
        day, room, _ = choice.outline.counts[0]
        return parse_schedule(data, day=day, room=room)


# --- Building blocks -----------------------------------------------------------------------


def xlsx(sheet_xml: bytes, shared_strings: bytes | None = None) -> bytes:
    """A minimal xlsx workbook around one worksheet's XML (what openpyxl needs to open it)."""
    out = io.BytesIO()
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'content-types"><Default Extension="rels" ContentType="application/'
            b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            b'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            b'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            + (
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if shared_strings is not None
                else b""
            )
            + b"</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="' + rel
            + b'/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            b'<?xml version="1.0"?><workbook ' + main + b' xmlns:r="' + rel
            + b'"><sheets><sheet name="Ablauf" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="' + rel
            + b'/worksheet" Target="worksheets/sheet1.xml"/>'
            + (
                b'<Relationship Id="rId2" Type="' + rel + b'/sharedStrings" '
                b'Target="sharedStrings.xml"/>'
                if shared_strings is not None
                else b""
            )
            + b"</Relationships>",
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            b'<?xml version="1.0"?><worksheet ' + main + b"><sheetData>" + sheet_xml
            + b"</sheetData></worksheet>",
        )
        if shared_strings is not None:
            archive.writestr(
                "xl/sharedStrings.xml",
                b'<?xml version="1.0"?><sst ' + main + b">" + shared_strings + b"</sst>",
            )
    return out.getvalue()


def inline_row(number: int, *cells: str) -> bytes:
    """One worksheet row of inline strings."""
    return (
        f'<row r="{number}">'.encode()
        + b"".join(b'<c t="inlineStr"><is><t>' + cell.encode() + b"</t></is></c>" for cell in cells)
        + b"</row>"
    )


SHEET_HEADER = inline_row(1, "Beginn", "Titel", "Personen")


def csv_sheet(*rows: str) -> bytes:
    return ("Datum;Beginn;Titel;Personen\n" + "\n".join(rows) + "\n").encode()


def agenda(*lines: str) -> bytes:
    return ("Lounge am 9. Juni 2021\n" + "\n".join(lines) + "\n").encode()


def ics(*lines: str) -> bytes:
    body = "\r\n".join(lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART;TZID=Europe/Berlin:20210609T140000\r\nDTEND;TZID=Europe/Berlin:20210609T150000\r\n"
        + body + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def frab(title: str, persons: str = "<person>A</person>") -> bytes:
    return (
        '<?xml version="1.0"?><schedule><conference><title>C</title></conference>'
        '<day index="1" date="2021-06-09"><room name="R"><event id="1"><date>'
        "2021-06-09T14:00:00+02:00</date><start>14:00</start><duration>00:30</duration>"
        f"<room>R</room><title>{title}</title><type>talk</type><persons>{persons}</persons>"
        "</event></room></day></schedule>"
    ).encode()


def event_json(**slot: object) -> bytes:
    base = {
        "title": "T", "start": "2021-06-09T14:00:00+02:00", "end": "2021-06-09T14:10:00+02:00",
        "kind": "talk", "duration_minutes": 10,
    }  # fmt: skip
    base.update(slot)
    return json.dumps(
        {
            "format": "moderator-event", "version": 1,
            "event": {"title": "E", "timezone": "Europe/Berlin",
                      "start": "2021-06-09T14:00:00+02:00", "end": "2021-06-09T15:00:00+02:00"},
            "slots": [base], "people": [], "questions": [],
        }  # fmt: skip
    ).encode()


# --- Worst cases: n -> input ---------------------------------------------------------------

WORST_CASES: dict[str, dict[str, Callable[[int], bytes]]] = {
    "spreadsheet": {
        "header of open brackets": lambda n: ("Beginn;Titel;" + "(" * n + "\n14:00;A;x\n").encode(),
        "header of open square brackets": lambda n: ("Beginn;Titel;" + "[" * n + ";Dauer (" + "[(" * n + "\n14:00;A;x\n").encode(),
        "one wide row": lambda n: csv_sheet("09.06.2021;14:00;A;B" + ";" * n),
        "people of commas": lambda n: csv_sheet("09.06.2021;14:00;A;" + "Anna, " * n),
        "people of brackets": lambda n: csv_sheet("09.06.2021;14:00;A;" + "(Anna " * n),
        "title of spaces": lambda n: csv_sheet("09.06.2021;14:00;A" + " " * n + "b;B"),
        "time of colons": lambda n: csv_sheet("09.06.2021;" + "1:" * n + ";A;B"),
        "many rows": lambda n: csv_sheet(*(f"09.06.2021;{10 + i % 10}:{i % 60:02d};A{i};B" for i in range(n))),
        "xlsx one wide row": lambda n: xlsx(SHEET_HEADER + b'<row r="2">' + b"<c><v>1</v></c>" * n + b"</row>"),
        "xlsx long cell": lambda n: xlsx(SHEET_HEADER + inline_row(2, "14:00", "Impuls " * n, "A")),
        "xlsx shared strings": lambda n: xlsx(
            SHEET_HEADER + b'<row r="2"><c t="s"><v>0</v></c></row>', b"<si><t>x</t></si>" * n
        ),
    },
    "agenda_text": {
        "one long line": lambda n: agenda("14:00 " + "Impuls " * n),
        "open brackets": lambda n: agenda("14:00 Impuls (" + "(" * n),
        "people list": lambda n: agenda("14:00 Impuls: " + "Anna Muster, " * n),
        "spaces": lambda n: agenda("14:00 A" + " " * n + "B"),
        "other spaces": lambda n: agenda("14:00 A" + " \u00a0\u3000\u2003" * n + "B (x"),
        "digits and colons": lambda n: agenda("1:" * n),
        "many lines": lambda n: agenda(*(f"{10 + i % 10}:{i % 60:02d} Punkt {i}" for i in range(n))),
        "moderator labels": lambda n: agenda("14:00 Gespräch " + "Moderation: " * n),
        "tags": lambda n: agenda("<b" * n + "14:00 A"),
        "link line of tabs": lambda n: agenda("Open D" + "\t" * n + "https://example.org x"),
        "link line of spaces": lambda n: agenda("Zoom" + " " * n + "hier" + " " * n + ": https://x " + " " * n),
        "link line of tags": lambda n: agenda("Moderne" + "<c>" * n + "x"),
        "link line of entities": lambda n: agenda("Zoom" + "&nbsp;" * n + "hier: https://x"),
    },
    "chat_transcript": {
        "one long message": lambda n: ("10:14:03 From Anna to Everyone:\n" + "Frage " * n + "?\n").encode(),
        "colons": lambda n: (":" * n).encode(),
        "times": lambda n: ("10:14 " * n).encode(),
        "question marks": lambda n: ("Anna: " + "?" * n).encode(),
        "spaces": lambda n: ("Anna" + " " * n + ": hi?").encode(),
        "other spaces": lambda n: ("Anna" + " \u00a0\t\u3000" * n + "x, 10:14").encode(),
        "many messages": lambda n: "".join(f"Anna {i}: Frage {i}?\n" for i in range(n)).encode(),
        "brackets in names": lambda n: ("(" * n + "Anna: hi?").encode(),
    },
    "ics": {
        "long summary": lambda n: ics("SUMMARY:" + "Impuls (" * n),
        "long description agenda": lambda n: ics("SUMMARY:A", "DESCRIPTION:" + "14:00 Impuls\\n" * n),
        "many attendees": lambda n: ics("SUMMARY:A", *(f"ATTENDEE;CN=P{i}:mailto:p{i}@x" for i in range(n))),
        "many events": lambda n: (
            "BEGIN:VCALENDAR\r\n"
            + "".join(
                f"BEGIN:VEVENT\r\nUID:{i}\r\nSUMMARY:S{i}\r\nDTSTART:20210609T{10 + i % 10:02d}{i % 60:02d}00Z\r\n"
                "DURATION:PT5M\r\nEND:VEVENT\r\n"
                for i in range(n)
            )
            + "END:VCALENDAR\r\n"
        ).encode(),
    },
    "schedule": {
        "long title": lambda n: frab("Impuls (" * n),
        "many persons": lambda n: frab("A", "<person>Anna, B</person>" * n),
        "deep xml": lambda n: frab("<b>" * n + "A" + "</b>" * n),
        "deep json": lambda n: b'{"schedule":' + b"[" * n + b"]" * n + b"}",
        "wide json": lambda n: b'{"schedule":{"conference":{"days":[' + b"{}," * n + b"{}]}}}",
    },
    "json_event": {
        "long title": lambda n: event_json(title="Impuls (" * n),
        "deep": lambda n: b'{"format":"moderator-event","event":' + b"[" * n + b"]" * n + b"}",
        "many slots": lambda n: json.dumps(
            {"format": "moderator-event", "version": 1,
             "event": {"title": "E", "timezone": "Europe/Berlin",
                       "start": "2021-06-09T14:00:00+02:00", "end": "2021-06-09T15:00:00+02:00"},
             "slots": [{"title": f"S{i}", "start": "2021-06-09T14:00:00+02:00", "duration_minutes": 1}
                       for i in range(n)],
             "people": [{"id": i, "name": f"P{i}"} for i in range(n)]}  # fmt: skip
        ).encode(),
        "huge numbers": lambda n: event_json(duration_minutes=float("1" + "0" * min(n, 300))),
    },
}


def seeds() -> dict[str, list[bytes]]:
    """Realistic inputs per importer, the starting points for mutation."""
    seed_page = (DATA / "seed-event-page.txt").read_bytes()
    from helpers import seed_like_draft

    return {
        "agenda_text": [seed_page, *(p.read_bytes() for p in sorted((DATA / "agenda").glob("*.txt")))],
        "ics": [p.read_bytes() for p in sorted((DATA / "ics").glob("*.ics"))],
        "schedule": [
            p.read_bytes() for p in sorted((DATA / "schedules").iterdir()) if p.suffix in (".xml", ".json")
        ],
        "spreadsheet": [
            *(p.read_bytes() for p in sorted((DATA / "sheets").glob("*.csv"))),
            xlsx(
                SHEET_HEADER
                + inline_row(2, "14:00", "Begrüßung", "Alexander Handschuh (Innovators Club)")
                + inline_row(3, "14:10", "Impuls 1", "Dr. Tobias Plate (Bundeskanzleramt); Anna Müller")
                + inline_row(4, "15:30", "Ende", "")
            ),
        ],
        "chat_transcript": [p.read_bytes() for p in sorted((DATA / "chat").glob("*.txt"))],
        "json_event": [_seed_json(seed_like_draft())],
    }


def _seed_json(draft: object) -> bytes:
    """The event JSON of a seed-like event, as ``export`` writes it."""
    import tempfile

    from moderator.exporters.json_export import export_json
    from moderator.persistence import EventStore

    with tempfile.TemporaryDirectory() as folder:
        store = EventStore.create(Path(folder) / "seed.event", draft)  # type: ignore[arg-type]
        try:
            return export_json(store.snapshot(), store.log(), store.handoffs()).encode()
        finally:
            store.close()
