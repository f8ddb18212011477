"""An organiser keeps the run sheet in Excel or LibreOffice and imports it as CSV or xlsx,
with German or English headers; the importer reads times, durations, kinds and people the
way people write them, and refuses what it cannot read in one line."""

from __future__ import annotations

import datetime
import io
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from conftest import TEST_DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.model import EventDraft, Person, Role, SlotKind
from moderator.importers.errors import ImportFailed
from moderator.importers.spreadsheet import parse_spreadsheet, read_person

BERLIN = ZoneInfo("Europe/Berlin")
SHEETS = TEST_DATA / "sheets"


def at(hour: int, minute: int, day: datetime.date = datetime.date(2021, 6, 9)) -> datetime.datetime:
    """An instant in Berlin on ``day`` (the seed event's day unless told)."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def person(draft: EventDraft, key: str) -> Person:
    """The imported person with this key."""
    matches = [p for p in draft.people if p.key == key]
    assert len(matches) == 1, f"{key!r} appears {len(matches)} times"
    return matches[0]


def sheet(text: str, **options: object) -> EventDraft:
    """Import CSV text (UTF-8) with a date, as most tests need one."""
    options.setdefault("date", datetime.date(2021, 6, 9))
    return parse_spreadsheet(text.encode("utf-8"), **options)  # type: ignore[arg-type]


def failure(text: str | bytes, **options: object) -> str:
    """The one-line message an import of ``text`` fails with."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    options.setdefault("date", datetime.date(2021, 6, 9))
    with pytest.raises(ImportFailed) as caught:
        parse_spreadsheet(data, **options)  # type: ignore[arg-type]
    assert "\n" not in caught.value.message
    return caught.value.message


# --- The German sample: Excel on Windows, ";" and Windows-1252 ------------------------------


@pytest.fixture
def lounge() -> EventDraft:
    return parse_spreadsheet((SHEETS / "lounge-de.csv").read_bytes(), filename="lounge-de.csv")


def test_the_german_sheet_gives_the_event_its_title_date_and_language(lounge: EventDraft) -> None:
    event = lounge.event
    assert event.title == "Innovators Lounge digital: Open Government – das können wir?!"
    assert event.timezone == "Europe/Berlin" and event.language == "de"
    # The show starts after the pre-show, with the welcome.
    assert event.start == at(14, 0) and event.end == at(15, 30)


def test_the_german_sheet_reads_ranges_with_colons_and_dots(lounge: EventDraft) -> None:
    assert [(s.start, s.duration, s.kind) for s in lounge.slots] == [
        (at(13, 50), timedelta(minutes=10), SlotKind.PRE_SHOW),
        (at(14, 0), timedelta(minutes=10), SlotKind.WELCOME),
        (at(14, 10), timedelta(minutes=20), SlotKind.TALK),  # written "14.10 - 14.30"
        (at(14, 30), timedelta(minutes=15), SlotKind.TALK),
        (at(14, 45), timedelta(minutes=15), SlotKind.TALK),
        (at(15, 0), timedelta(minutes=30), SlotKind.PANEL),
    ]
    assert lounge.slots[1].title == "Begrüßung"
    assert lounge.slots[0].notes == "Zoom-Link ab 13:45 offen"
    assert lounge.slots[2].notes == "Folien über Teams teilen"


def test_the_german_sheet_reads_people_titles_organisations_and_roles(lounge: EventDraft) -> None:
    plate = person(lounge, "dr. tobias plate")
    assert (plate.academic_title, plate.name, plate.organisation) == (
        "Dr.", "Tobias Plate", "Bundeskanzleramt",
    )  # fmt: skip
    assert person(lounge, "david goessmann").organisation == "OECD"  # "Name, Organisation"
    # "Moderation: Name" before, "[Moderation]" after; people in a welcome are its hosts.
    assert lounge.slot_people[1] == (
        ("alexander handschuh", Role.MODERATOR), ("dr. tobias plate", Role.HOST),
    )  # fmt: skip
    assert lounge.slot_people[5][-1] == ("alexander handschuh", Role.MODERATOR)
    assert {role for _, role in lounge.slot_people[5][:-1]} == {Role.PANELIST}
    assert len(lounge.people) == 7


# --- The English sample: ",", UTF-8, am/pm --------------------------------------------------


def test_the_english_sheet_reads_12_hour_times_durations_and_the_end_row() -> None:
    draft = parse_spreadsheet(
        (SHEETS / "town-hall-en.csv").read_bytes(), filename="town-hall-en.csv"
    )

    day = datetime.date(2024, 3, 14)
    assert [(s.title, s.start, s.duration, s.kind) for s in draft.slots] == [
        ("Doors open", at(13, 45, day), timedelta(minutes=15), SlotKind.PRE_SHOW),
        ("Welcome and introduction", at(14, 0, day), timedelta(minutes=10), SlotKind.WELCOME),
        ("Keynote: Open Data in Practice", at(14, 10, day), timedelta(minutes=20), SlotKind.TALK),
        ("Panel: What residents want", at(14, 30, day), timedelta(minutes=30), SlotKind.PANEL),
    ]
    assert draft.event.title == "town-hall-en" and draft.event.language == "en"
    assert draft.event.end == at(15, 0, day)  # the "End" row ends the panel
    assert person(draft, "jane doe").organisation == "City of Springfield"
    assert draft.slot_people[3] == (
        ("dr. john smith", Role.PANELIST), ("maria garcia", Role.PANELIST),
        ("jane doe", Role.MODERATOR),
    )  # fmt: skip
    assert draft.notes == ()


# --- xlsx ----------------------------------------------------------------------------------


def workbook_bytes() -> bytes:
    """An xlsx run sheet as Excel keeps one: a notes sheet first, then the run sheet with
    a title row above the headers and real date, time and number cells."""
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notizen"
    notes.append(["Technik: Zoom, Stream über OBS"])
    runsheet = book.create_sheet("Ablauf Lounge")
    runsheet.append(["Open Government – das können wir?!"])
    runsheet.append([])
    runsheet.append(["Datum", "Beginn", "Dauer (Min.)", "Titel", "Art", "Personen", "Fest"])
    rows = [
        (datetime.time(13, 50), 10, "Einwahl", "Vorprogramm", None, None),
        (
            datetime.time(14, 0),
            10,
            "Begrüßung",
            "Begrüßung",
            "Alexander Handschuh (Innovators Club)",
            None,
        ),
        (
            datetime.time(14, 10),
            20,
            "Impuls 1",
            "Impuls",
            "Dr. Tobias Plate (Bundeskanzleramt)",
            "x",
        ),
        (
            datetime.time(14, 30),
            30.0,
            "Gespräch",
            "Podium",
            "Dr. Tobias Plate\nAlexander Handschuh [Moderation]",
            None,
        ),
    ]
    for start, minutes, title, kind, people, pinned in rows:
        runsheet.append(
            [datetime.datetime(2021, 6, 9), start, minutes, title, kind, people, pinned]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_sheet_is_found_by_its_headers_and_read_from_typed_cells(tmp_path: Path) -> None:
    path = tmp_path / "ablauf.xlsx"
    path.write_bytes(workbook_bytes())

    draft = parse_spreadsheet(path.read_bytes(), filename=path.name)

    assert draft.event.title == "Open Government – das können wir?!"
    assert [(s.title, s.start, s.duration, s.kind, s.pinned) for s in draft.slots] == [
        ("Einwahl", at(13, 50), timedelta(minutes=10), SlotKind.PRE_SHOW, False),
        ("Begrüßung", at(14, 0), timedelta(minutes=10), SlotKind.WELCOME, False),
        ("Impuls 1", at(14, 10), timedelta(minutes=20), SlotKind.TALK, True),
        ("Gespräch", at(14, 30), timedelta(minutes=30), SlotKind.PANEL, False),
    ]
    assert draft.slot_people[3] == (
        ("dr. tobias plate", Role.PANELIST), ("alexander handschuh", Role.MODERATOR),
    )  # fmt: skip
    assert person(draft, "dr. tobias plate").organisation == "Bundeskanzleramt"


def test_an_xlsx_file_is_recognised_by_its_content_not_its_name() -> None:
    draft = parse_spreadsheet(workbook_bytes(), filename="ablauf.csv")

    assert len(draft.slots) == 4


def test_the_sheet_name_is_the_title_when_nothing_stands_above_the_headers() -> None:
    book = openpyxl.Workbook()
    runsheet = book.active
    assert runsheet is not None
    runsheet.title = "Lounge im Juni"
    runsheet.append(["Start", "Title"])
    runsheet.append([datetime.datetime(2021, 6, 9, 14, 0), "Welcome"])
    buffer = io.BytesIO()
    book.save(buffer)

    draft = parse_spreadsheet(buffer.getvalue())

    assert draft.event.title == "Lounge im Juni"
    assert draft.slots[0].start == at(14, 0)  # the date came with the start cell
    assert draft.notes == ("The last slot has no end or duration; assumed 30 minutes.",)


# --- Encodings and separators -----------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "\t")],
)
def test_encodings_and_separators_that_spreadsheets_write_are_read(
    encoding: str, separator: str
) -> None:
    rows = [["Beginn", "Titel", "Personen"], ["14:00", "Begrüßung", "Jürgen Weiß (Köln)"]]
    text = "\r\n".join(separator.join(row) for row in rows) + "\r\n"

    draft = parse_spreadsheet(text.encode(encoding), date=datetime.date(2021, 6, 9))

    assert draft.slots[0].title == "Begrüßung"
    assert person(draft, "jürgen weiss").organisation == "Köln"  # keys are case-folded: ß is ss


# --- Times, durations, kinds ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written", ["14:00", "14.00", "14", "2:00 pm", "2 PM", "14:00 Uhr", "14h00", "2:00 p.m."]
)
def test_start_times_are_read_as_people_write_them(written: str) -> None:
    draft = sheet(f"Start;Title\n{written};Welcome\n")

    assert draft.slots[0].start == at(14, 0)


@pytest.mark.parametrize(
    ("written", "minutes"),
    [("10", 10), ("0:10", 10), ("10 min", 10), ("10 Min.", 10), ("10 Minuten", 10),
     ("1 h", 60), ("1,5 Std.", 90), ("1.5 hours", 90), ("1h 30min", 90), ("7,5", 7.5),
     ("1:30:00", 90)],
)  # fmt: skip
def test_durations_are_read_as_people_write_them(written: str, minutes: float) -> None:
    draft = sheet(f'Start;Dauer;Titel\n14:00;"{written}";Impuls\n')

    assert draft.slots[0].duration == timedelta(minutes=minutes)


def test_a_duration_header_in_hours_makes_plain_numbers_hours() -> None:
    draft = sheet("Start;Dauer (h);Titel\n14:00;1,5;Workshop\n15:30;0,5;Pause\n")

    assert [s.duration for s in draft.slots] == [timedelta(minutes=90), timedelta(minutes=30)]


def test_an_end_column_gives_the_duration() -> None:
    draft = sheet("Start,End,Title\n2:00 pm,2:10 pm,Welcome\n2:10 pm,3:30 pm,Panel\n")

    assert [s.duration for s in draft.slots] == [timedelta(minutes=10), timedelta(minutes=80)]


@pytest.mark.parametrize(
    ("written", "kind"),
    [("Impuls", SlotKind.TALK), ("Vortrag", SlotKind.TALK), ("Keynote", SlotKind.TALK),
     ("Podium", SlotKind.PANEL), ("Podiumsdiskussion", SlotKind.PANEL), ("Panel", SlotKind.PANEL),
     ("Pause", SlotKind.BREAK), ("Break", SlotKind.BREAK), ("Begrüßung", SlotKind.WELCOME),
     ("Welcome", SlotKind.WELCOME), ("Fragerunde", SlotKind.QA), ("Q&A", SlotKind.QA),
     ("Abschluss", SlotKind.CLOSING), ("Closing", SlotKind.CLOSING),
     ("Vorprogramm", SlotKind.PRE_SHOW), ("pre-show", SlotKind.PRE_SHOW),
     ("Sonstiges", SlotKind.OTHER), ("pre_show", SlotKind.PRE_SHOW), ("Kurz-Impuls", SlotKind.TALK)],
)  # fmt: skip
def test_kinds_are_read_in_german_and_english(written: str, kind: SlotKind) -> None:
    draft = sheet(f"Start;Titel;Art\n14:00;Programmpunkt;{written}\n")

    assert draft.slots[0].kind is kind


def test_without_a_kind_the_title_decides() -> None:
    draft = sheet("Start;Titel\n14:00;Begrüßung\n14:10;Podiumsdiskussion\n14:50;Kaffeepause\n")

    assert [s.kind for s in draft.slots] == [SlotKind.WELCOME, SlotKind.PANEL, SlotKind.BREAK]


# --- Rows that lean on the rows around them ------------------------------------------------


def test_a_row_without_a_start_begins_when_the_row_above_ends() -> None:
    draft = sheet("Start;Dauer;Titel\n14:00;10;Begrüßung\n;20;Impuls 1\n;15;Impuls 2\n")

    assert [s.start for s in draft.slots] == [at(14, 0), at(14, 10), at(14, 30)]


def test_a_row_with_only_people_or_notes_belongs_to_the_slot_above() -> None:
    draft = sheet(
        "Start;Titel;Personen;Notizen\n"
        "15:00;Gespräch;Anna Schmidt (Stadt Köln);Fragen aus dem Chat\n"
        ";;Moderation: Jane Doe;Zeit im Blick behalten\n"
    )

    assert len(draft.slots) == 1
    assert draft.slots[0].notes == "Fragen aus dem Chat\nZeit im Blick behalten"
    assert draft.slot_people[0] == (("anna schmidt", Role.PANELIST), ("jane doe", Role.MODERATOR))


def test_a_show_past_midnight_continues_on_the_next_day() -> None:
    draft = sheet("Start;Titel\n23:30;Late talk\n00:15;Closing\n00:45;Ende\n")

    assert [s.start for s in draft.slots] == [at(23, 30), at(0, 15, datetime.date(2021, 6, 10))]
    assert draft.slots[-1].duration == timedelta(minutes=30)


def test_dates_in_a_date_column_make_a_multi_day_sheet() -> None:
    draft = parse_spreadsheet(
        b"Datum;Beginn;Titel\n09.06.2021;14:00;Tag 1\n10.06.2021;09:00;Tag 2\n"
    )

    assert [s.start for s in draft.slots] == [at(14, 0), at(9, 0, datetime.date(2021, 6, 10))]
    assert draft.slots[0].duration == timedelta(hours=19)


def test_a_date_given_moves_a_dated_sheet_keeping_the_days_apart() -> None:
    draft = parse_spreadsheet(
        b"Datum;Beginn;Titel\n09.06.2021;14:00;Tag 1\n10.06.2021;09:00;Tag 2\n",
        date=datetime.date(2022, 6, 1),
    )

    assert [s.start.date() for s in draft.slots] == [
        datetime.date(2022, 6, 1),
        datetime.date(2022, 6, 2),
    ]


def test_a_date_in_the_file_name_counts_as_the_sheet_date() -> None:
    draft = parse_spreadsheet(
        b"Start;Titel\n14:00;Begr\xfc\xdfung\n", filename="/x/2021-06-09 Lounge.csv"
    )

    assert draft.slots[0].start == at(14, 0) and draft.event.title == "Lounge"


def test_another_time_zone_can_be_chosen() -> None:
    draft = sheet("Start;Titel\n14:00;Welcome\n", timezone="America/New_York")

    assert draft.slots[0].start == datetime.datetime(
        2021, 6, 9, 14, 0, tzinfo=ZoneInfo("America/New_York")
    )
    assert draft.event.timezone == "America/New_York"


def test_a_formula_guard_from_the_exporter_is_removed() -> None:
    draft = sheet("Start;Titel;Notizen\n14:00;'=Open Data?;'- bullet\n")

    assert draft.slots[0].title == "=Open Data?" and draft.slots[0].notes == "- bullet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Tobias Plate (Bundeskanzleramt)", ("Dr.", "Tobias Plate", "", "Bundeskanzleramt")),
        ("Prof. Dr. Anna Schmidt, Präsidentin (Universität (TU) Berlin)",
         ("Prof. Dr.", "Anna Schmidt", "Präsidentin", "Universität (TU) Berlin")),
        ("Anna Schmidt, Stadt Köln", ("", "Anna Schmidt", "", "Stadt Köln")),
        ("Sam Lee (they/them)", ("", "Sam Lee (they/them)", "", "")),
        ("Anna Schmidt, Referentin ()", ("", "Anna Schmidt", "Referentin", "")),
    ],
)  # fmt: skip
def test_people_are_read_with_titles_functions_and_organisations(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    read = read_person(text)

    assert (read.academic_title, read.name, read.function, read.organisation) == expected


# --- Refusals ------------------------------------------------------------------------------


def test_a_sheet_without_start_or_title_columns_names_the_headers_it_found() -> None:
    assert failure("Name;Organisation;E-Mail\nAnna;Stadt;a@b.c\n") == (
        "No column for the start time and the title; found: Name, Organisation, E-Mail. "
        "Expected headers like Start or Beginn and Title or Titel."
    )


def test_a_sheet_without_any_date_asks_for_one() -> None:
    assert failure("Start;Titel\n14:00;Begrüßung\n", date=None) == (
        "The sheet gives no date: add a Date (Datum) column or choose the date."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Start;Titel\n14:00;A\n13:00;B\n", "Row 3: 13:00 comes before the start of the row above."),
        ("Start;Titel\nlater;A\n", "Row 2: “later” is not a time; expected a time like 14:00 or 2:00 pm."),
        ("Start;Dauer;Titel\n14:00;lang;A\n",
         "Row 2: “lang” is not a duration; expected minutes like 10, 0:10 or 10 min."),
        ("Start;Ende;Dauer;Titel\n14:00;14:20;10;A\n",
         "Row 2: the end 14:20 and the duration of 10 minutes do not agree; clear one of them."),
        ("Datum;Start;Titel\n06/09/2021;14:00;A\n", "Row 2: “06/09/2021” could be read day first "
                                                   "or month first; write it as 2021-06-09 or 2021-09-06."),
        ("Start;Titel;Fest\n14:00;A;vielleicht\n",
         "Row 2: “vielleicht” in the pinned column is neither yes nor no."),
        ("Start;Dauer;Titel\n14:00;;A\n;10;B\n", "Row 3: “B” has no start time, and the row above gives no end."),
        ("Start;Titel\n", "The sheet has headers but no slots below them."),
        ("Start;Titel;Zeitzone\n14:00;A;Mars/Olympus\n",
         "Unknown time zone “Mars/Olympus”: expected a name like Europe/Berlin."),
        ("Start;Dauer;Titel\n14:00;25 h;A\n", "Row 2: the slot lasts more than 24 hours."),
    ],
)  # fmt: skip
def test_mistakes_in_a_row_are_named_in_one_line(text: str, message: str) -> None:
    assert failure(text) == message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b";;;\r\n;;;\r\n", "No column for the start time and the title: the sheet has no header row."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
         "This is an old Excel .xls file: save it as .xlsx or CSV and import that."),
        (b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
         "This is a LibreOffice .ods file: save it as .xlsx or CSV and import that."),
        (b"PK\x03\x04 not really a zip", "The xlsx file is damaged or not an Excel workbook."),
        (bytes(range(256)) * 4, "This is neither a CSV nor an xlsx file: save the run sheet as CSV or xlsx."),
    ],
)  # fmt: skip
def test_files_that_are_not_sheets_are_refused(data: bytes, message: str) -> None:
    assert failure(data) == message


# --- Property: nothing but ImportFailed escapes ----------------------------------------------

SAMPLES = [
    (SHEETS / "lounge-de.csv").read_bytes(),
    (SHEETS / "town-hall-en.csv").read_bytes(),
]

CELL_FRAGMENTS = st.sampled_from(
    ["14:00", "2 pm", "23:59", "00:15", "14.30", "10", "0:10", "10 min", "1,5 h", "99999999 min",
     "Begrüßung", "Podium", "Ende", "End", ";", ",", "\t", "\n", '"', "'=", "Dr.", "(Org)",
     "[Moderation]", "Moderation:", "09.06.2021", "2021-06-09", "31.02.2021", "0001-01-01",
     "9999-12-31", "06/09/2021", "13/13/2021", "Europe/Berlin", "Etc/GMT+12", "ja", "x",
     "2021-06-09T14:00:00+14:00", "9999-12-31T23:59:00-12:00", "Start", "Beginn", "Titel",
     "Dauer", "Ende", "Datum", "Personen", "Fest", "Zeitzone", "Art", "Dauer (h)", "", " "]
)  # fmt: skip


def check(data: bytes, **options: object) -> None:
    """Import ``data``; it imports into a consistent draft or fails with ImportFailed."""
    try:
        draft = parse_spreadsheet(data, **options)  # type: ignore[arg-type]
    except ImportFailed as error:
        assert "\n" not in error.message
        return
    assert len(draft.slots) == len(draft.slot_people) >= 1
    assert all(s.start.tzinfo is not None for s in draft.slots)
    assert all(timedelta(0) <= s.duration <= timedelta(hours=24) for s in draft.slots)
    keys = {p.key for p in draft.people}
    assert {key for pairs in draft.slot_people for key, _ in pairs} <= keys


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.none() | st.dates())
def test_random_bytes_never_raise_anything_but_import_failed(
    data: bytes, date: datetime.date | None
) -> None:
    check(data, date=date)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(CELL_FRAGMENTS | st.text(max_size=5), max_size=6), max_size=8),
    st.sampled_from([";", ",", "\t"]),
    st.none() | st.dates(),
    st.none()
    | st.sampled_from(["UTC", "Europe/Berlin", "Pacific/Kiritimati", "Nowhere", "x" * 300]),
)
def test_sheet_like_text_never_raises_anything_but_import_failed(
    rows: list[list[str]], separator: str, date: datetime.date | None, timezone: str | None
) -> None:
    text = "\n".join(
        separator.join(cells) for cells in [["Start", "Dauer", "Titel", "Personen"], *rows]
    )
    check(text.encode("utf-8"), date=date, timezone=timezone)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(len(SAMPLES) + 1)),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 40), st.binary(max_size=8)),
        min_size=1,
        max_size=5,
    ),
)
def test_byte_mutations_of_real_sheets_never_raise_anything_but_import_failed(
    which: int, edits: list[tuple[float, int, bytes]]
) -> None:
    data = bytearray(SAMPLES[which] if which < len(SAMPLES) else workbook_bytes())
    for where, cut, insert in edits:  # cut some bytes out somewhere, put some others in
        position = int(where * len(data))
        data[position : position + cut] = insert
    check(bytes(data))
