"""The moderator exports the run sheet as CSV for Excel; importing that CSV gives the same
run sheet back."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from helpers import seed_like_draft
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.model import (
    Event,
    EventDraft,
    EventSnapshot,
    LiveState,
    Participant,
    Person,
    Role,
    Slot,
    SlotKind,
)
from moderator.exporters.csv_export import export_csv
from moderator.importers.spreadsheet import parse_spreadsheet

BERLIN = ZoneInfo("Europe/Berlin")


def snapshot_of(draft: EventDraft) -> EventSnapshot:
    """The snapshot an event file holding ``draft`` would give (ids from 1)."""
    ids = {person.key: number for number, person in enumerate(draft.people, 1)}
    people = tuple(replace(person, id=ids[person.key]) for person in draft.people)
    slots = tuple(
        replace(
            slot,
            id=number,
            position=number - 1,
            participants=tuple(Participant(ids[key], role) for key, role in pairs),
        )
        for number, (slot, pairs) in enumerate(zip(draft.slots, draft.slot_people, strict=True), 1)
    )
    return EventSnapshot(draft.event, people, slots, (), LiveState())


def run_sheet(draft: EventDraft) -> list[tuple[object, ...]]:
    """What a run sheet is made of, slot by slot, for comparing two drafts."""
    people = {person.key: person for person in draft.people}
    return [
        (
            slot.title, slot.start, slot.duration, slot.kind, slot.notes, slot.pinned,
            tuple(
                (key, role, people[key].academic_title, people[key].name,
                 people[key].function, people[key].organisation)
                for key, role in pairs
            ),
        )
        for slot, pairs in zip(draft.slots, draft.slot_people, strict=True)
    ]  # fmt: skip


def round_trip(draft: EventDraft) -> EventDraft:
    """Export the draft as CSV and import the bytes an editor would save."""
    return parse_spreadsheet(export_csv(snapshot_of(draft)).encode("utf-8"))


def rows(text: str) -> list[list[str]]:
    """The CSV text's records, without the BOM."""
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))


# --- The format ----------------------------------------------------------------------------


def test_the_seed_run_sheet_exports_for_german_excel() -> None:
    text = export_csv(snapshot_of(seed_like_draft()))

    assert text.startswith(
        "\ufeffDatum;Beginn;Ende;Dauer (Minuten);Titel;Art;Personen;Notizen;Fest;Zeitzone\n"
    )
    assert "\r" not in text
    records = rows(text)
    assert records[1] == [
        "2021-06-09", "13:50", "14:00", "10", "Einwahl und Technik-Check", "Vorprogramm", "",
        "", "nein", "Europe/Berlin",
    ]  # fmt: skip
    assert records[2][6] == (
        "Alexander Handschuh (Innovators Club); Dr. Tobias Plate (Bundeskanzleramt) [Referent*in]"
    )
    assert records[6][6].endswith("; Alexander Handschuh (Innovators Club) [Moderation]")
    assert len(records) == 7 and all(len(record) == 10 for record in records)


def test_an_english_event_exports_english_headers_and_words() -> None:
    draft = seed_like_draft()
    draft = replace(draft, event=replace(draft.event, language="en"))

    records = rows(export_csv(snapshot_of(draft)))

    assert records[0] == [
        "Date", "Start", "End", "Duration (minutes)", "Title", "Kind", "People", "Notes",
        "Pinned", "Time zone",
    ]  # fmt: skip
    assert [record[5] for record in records[1:]] == [
        "Pre-show",
        "Welcome",
        "Talk",
        "Talk",
        "Talk",
        "Panel",
    ]
    assert records[2][6].endswith("Dr. Tobias Plate (Bundeskanzleramt) [speaker]")
    assert records[1][8] == "no"


def test_a_title_excel_would_run_as_a_formula_is_guarded() -> None:
    draft = seed_like_draft()
    slot = replace(draft.slots[0], title='=HYPERLINK("http://x")', notes="@everyone\n- mute")
    draft = replace(draft, slots=(slot, *draft.slots[1:]))

    record = rows(export_csv(snapshot_of(draft)))[1]

    assert record[4] == '\'=HYPERLINK("http://x")' and record[7] == "'@everyone\n- mute"


# --- Round trips ---------------------------------------------------------------------------


def test_the_seed_run_sheet_survives_a_round_trip() -> None:
    draft = seed_like_draft()

    back = round_trip(draft)

    assert run_sheet(back) == run_sheet(draft)
    assert back.event.timezone == "Europe/Berlin" and back.event.language == "de"
    assert (back.event.start, back.event.end) == (draft.event.start, draft.event.end)


def awkward_draft(language: str, zone_name: str) -> EventDraft:
    """A run sheet with everything the CSV must carry: functions, people without an
    organisation, roles against the kind, notes over lines, pinned slots, half minutes,
    formula-like titles and a show past midnight."""
    zone = ZoneInfo(zone_name)
    day = datetime(2024, 10, 26, 22, 0, tzinfo=zone)  # the night before the clocks change
    anna = Person("Anna Schmidt", academic_title="Prof. Dr.", function="Präsidentin",
                  organisation="Universität (TU) Berlin")  # fmt: skip
    jane = Person("Jane Doe")
    sam = Person("Sam Lee", function="Technik")
    slots = (
        Slot("Begrüßung", day, timedelta(minutes=7, seconds=30), SlotKind.WELCOME,
             notes="Erst den Stream prüfen,\ndann loslegen; danach „Hallo“."),
        Slot("=Open Data?", day + timedelta(minutes=7, seconds=30), timedelta(minutes=52, seconds=30),
             SlotKind.TALK, pinned=True),
        Slot("Nachtgespräch", day + timedelta(hours=1), timedelta(hours=1, minutes=30), SlotKind.PANEL,
             notes="- Fragen aus dem Chat\n- Zeit im Blick"),
        Slot("Musik", day + timedelta(hours=2, minutes=30), timedelta(minutes=20), SlotKind.OTHER),
        Slot("Abschluss", day + timedelta(hours=2, minutes=50), timedelta(0), SlotKind.CLOSING, pinned=True),
    )  # fmt: skip
    return EventDraft(
        event=Event("Lange Nacht", day, day + timedelta(hours=3), zone_name, language=language),
        people=(anna, jane, sam),
        slots=slots,
        slot_people=(
            ((jane.key, Role.HOST), (anna.key, Role.SPEAKER)),
            ((anna.key, Role.SPEAKER), (sam.key, Role.HOST)),
            ((anna.key, Role.PANELIST), (sam.key, Role.SPEAKER), (jane.key, Role.MODERATOR)),
            (),
            ((jane.key, Role.HOST), (anna.key, Role.PANELIST)),
        ),
    )


def test_everything_a_run_sheet_holds_survives_a_round_trip_in_german() -> None:
    draft = awkward_draft("de", "Europe/Berlin")

    back = round_trip(draft)

    assert run_sheet(back) == run_sheet(draft)
    assert back.slots[2].start.date().isoformat() == "2024-10-26"
    assert back.slots[3].start == datetime(2024, 10, 27, 0, 30, tzinfo=BERLIN)


def test_everything_a_run_sheet_holds_survives_a_round_trip_in_english_elsewhere() -> None:
    draft = awkward_draft("en", "America/New_York")

    back = round_trip(draft)

    assert run_sheet(back) == run_sheet(draft)
    assert back.event.timezone == "America/New_York" and back.event.language == "en"


def test_a_round_trip_through_excel_that_saves_in_windows_1252_keeps_the_run_sheet() -> None:
    draft = seed_like_draft()
    # Excel's "CSV (Trennzeichen-getrennt)" drops the BOM and writes Windows-1252 and CRLF.
    text = export_csv(snapshot_of(draft)).removeprefix("\ufeff").replace("\n", "\r\n")

    back = parse_spreadsheet(text.encode("cp1252"))

    assert run_sheet(back) == run_sheet(draft)


def test_a_slot_across_the_autumn_clock_change_keeps_its_elapsed_length() -> None:
    # 01:30 CEST + 90 minutes is 02:00 CET: the written end is in the hour that repeats.
    first = datetime(2024, 10, 27, 1, 30, tzinfo=BERLIN)
    second = datetime(2024, 10, 27, 3, 0, tzinfo=BERLIN)
    draft = EventDraft(
        event=Event("Nacht", first, second + timedelta(minutes=30), "Europe/Berlin"),
        slots=(
            Slot("Lange Diskussion", first, timedelta(minutes=90), SlotKind.PANEL),
            Slot("Abschluss", second, timedelta(minutes=30), SlotKind.CLOSING),
        ),
        slot_people=((), ()),
    )

    back = round_trip(draft)

    assert rows(export_csv(snapshot_of(draft)))[1][1:4] == ["01:30", "02:00", "90"]
    assert run_sheet(back) == run_sheet(draft)
    # (PEP 495: a time in the repeated hour never equals one in another zone; compare in UTC.)
    assert back.slots[0].end.astimezone(ZoneInfo("UTC")) == datetime(
        2024, 10, 27, 1, 0, tzinfo=ZoneInfo("UTC")
    )


NAMES = st.lists(
    st.sampled_from(["Anna", "Jürgen", "Weiß", "O'Neil", "Marburg-Biedenkopf", "Lee", "Ünal"]),
    min_size=1, max_size=3,
).map(" ".join)  # fmt: skip
TITLES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Zs")), max_size=20
) | st.sampled_from(["Begrüßung", "Ende", "=1+1", "-", "'quoted'", '"Zitat"', "a; b, c"])
SLOTS = st.lists(
    st.tuples(
        TITLES,
        st.sampled_from(list(SlotKind)),
        st.integers(0, 240),
        st.integers(0, 120),
        st.booleans(),
        st.text(
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")) | st.just("\n"),
            max_size=30,
        ).map(str.strip),
        st.lists(st.tuples(st.integers(0, 3), st.sampled_from(list(Role))), max_size=3),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    SLOTS,
    st.lists(st.tuples(NAMES, st.sampled_from(["", "Dr.", "Prof. Dr."]), st.sampled_from(["", "OECD", "Stadt (Köln)"])),
             min_size=4, max_size=4, unique_by=lambda p: (p[1], p[0])),
    st.sampled_from(["de", "en"]),
    st.sampled_from(["Europe/Berlin", "UTC", "Asia/Kolkata"]),
)  # fmt: skip
def test_any_run_sheet_survives_a_round_trip(
    raw_slots: list[tuple[str, SlotKind, int, int, bool, str, list[tuple[int, Role]]]],
    raw_people: list[tuple[str, str, str]],
    language: str,
    zone_name: str,
) -> None:
    zone = ZoneInfo(zone_name)
    people = tuple(
        Person(name, academic_title=title, organisation=org) for name, title, org in raw_people
    )
    start = datetime(2025, 3, 1, 9, 0, tzinfo=zone)
    slots: list[Slot] = []
    slot_people = []
    for title, kind, gap, minutes, pinned, notes, cast in raw_slots:
        start += timedelta(minutes=gap)
        slots.append(
            Slot(
                title,
                start,
                timedelta(minutes=minutes),
                kind,
                notes=notes.replace("\r", ""),
                pinned=pinned,
            )
        )
        start += timedelta(minutes=minutes) if minutes else timedelta(minutes=1)
        slot_people.append(tuple({people[i].key: role for i, role in cast}.items()))
    draft = EventDraft(
        event=Event("Test", slots[0].start, start, zone_name, language=language),
        people=people,
        slots=tuple(slots),
        slot_people=tuple(slot_people),
    )

    back = round_trip(draft)

    assert run_sheet(back) == run_sheet(draft)
