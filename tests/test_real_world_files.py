"""Right answers from real files: zone abbreviations are the offsets they name, people
lists split where people separate them, near-duplicates within one paste are found."""

from __future__ import annotations

import datetime
from datetime import timezone

import pytest

from moderator.domain.model import Question
from moderator.domain.duplicates import PastedDuplicate, pasted_duplicates
from moderator.importers.agenda_text import NOTE_FIXED_OFFSET, parse_agenda, split_person_list
from moderator.importers.spreadsheet import parse_spreadsheet

JUNE = "Lounge am 9. Juni 2021\n14:00 {zone} Begrüßung\n15:00 Ende\n"
JANUARY = "Lounge am 13. Januar 2021\n14:00 {zone} Begrüßung\n15:00 Ende\n"


@pytest.mark.parametrize(
    ("page", "zone", "utc", "shown_in", "noted"),
    [
        (JUNE, "GMT", "14:00", "Etc/GMT", True),  # the case: London is on BST in June
        (JANUARY, "GMT", "14:00", "Europe/London", False),
        (JUNE, "BST", "13:00", "Europe/London", False),
        (JUNE, "CEST", "12:00", "Europe/Berlin", False),
        (JUNE, "MESZ", "12:00", "Europe/Berlin", False),
        (JUNE, "CET", "13:00", "Etc/GMT-1", True),
        (JANUARY, "CET", "13:00", "Europe/Berlin", False),
        (JUNE, "EDT", "18:00", "America/New_York", False),
        (JUNE, "EST", "19:00", "Etc/GMT+5", True),
        (JANUARY, "EST", "19:00", "America/New_York", False),
        (JUNE, "UTC", "14:00", "UTC", False),
    ],
)
def test_a_zone_abbreviation_is_the_offset_it_names(
    page: str, zone: str, utc: str, shown_in: str, noted: bool
) -> None:
    draft = parse_agenda(page.format(zone=zone)).draft
    start = draft.slots[0].start
    assert start.astimezone(timezone.utc).strftime("%H:%M") == utc
    assert start.strftime("%H:%M") == "14:00", "shown as written"
    assert draft.event.timezone == shown_in
    assert (NOTE_FIXED_OFFSET in draft.notes) is noted


def test_a_zone_column_with_an_abbreviation_reads_as_its_offset() -> None:
    data = "Datum;Beginn;Titel;Zeitzone\n09.06.2021;14:00;A;GMT\n09.06.2021;15:00;Ende;GMT\n"
    draft = parse_spreadsheet(data.encode())
    assert draft.slots[0].start.astimezone(timezone.utc).strftime("%H:%M") == "14:00"
    assert NOTE_FIXED_OFFSET in draft.notes


def people_cell(cell: str) -> list[tuple[str, str, str, str]]:
    data = f'Datum;Beginn;Titel;Personen\n09.06.2021;14:00;Impuls;"{cell}"\n09.06.2021;15:00;Ende;\n'
    draft = parse_spreadsheet(data.encode())
    return [(p.academic_title, p.name, p.function, p.organisation) for p in draft.people]


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("Anna Schmidt, Ben Müller", [("", "Anna Schmidt", "", ""), ("", "Ben Müller", "", "")]),
        ("Anna Schmidt und Ben Müller", [("", "Anna Schmidt", "", ""), ("", "Ben Müller", "", "")]),
        ("Anna Schmidt and Ben Müller", [("", "Anna Schmidt", "", ""), ("", "Ben Müller", "", "")]),
        ("Anna Schmidt & Dr. Ben Müller (OECD)", [("", "Anna Schmidt", "", ""), ("Dr.", "Ben Müller", "", "OECD")]),
        ("Anna Schmidt\nBen Müller", [("", "Anna Schmidt", "", ""), ("", "Ben Müller", "", "")]),
        ("Anna Schmidt; Ben Müller", [("", "Anna Schmidt", "", ""), ("", "Ben Müller", "", "")]),
        (
            "Dr. Tobias Plate (Bundeskanzleramt), Ralf Laumer (Landkreis Marburg-Biedenkopf)",
            [("Dr.", "Tobias Plate", "", "Bundeskanzleramt"), ("", "Ralf Laumer", "", "Landkreis Marburg-Biedenkopf")],
        ),
        ("Anna Schmidt (Stadt Köln, Amt & Co), Ben Müller", [("", "Anna Schmidt", "", "Stadt Köln, Amt & Co"), ("", "Ben Müller", "", "")]),
        # Not lists: a surname first, a name with its organisation or function.
        ("Müller, Anna", [("", "Anna Müller", "", "")]),
        ("Müller, Anna (Stadt Köln)", [("", "Anna Müller", "", "Stadt Köln")]),
        ("Anna Schmidt, Stadt Köln", [("", "Anna Schmidt", "", "Stadt Köln")]),
        ("Anna Schmidt, Referentin (Stadt Köln)", [("", "Anna Schmidt", "Referentin", "Stadt Köln")]),
        ("Lisa Simpson, Springfield Gazette", [("", "Lisa Simpson", "", "Springfield Gazette")]),
    ],
)
def test_a_people_cell_splits_where_people_separate_names(cell: str, people: list[tuple[str, str, str, str]]) -> None:
    assert people_cell(cell) == people


def test_a_role_before_a_list_applies_to_everyone_in_it() -> None:
    data = 'Datum;Beginn;Titel;Personen\n09.06.2021;14:00;Podium;"Moderation: Anna Schmidt, Ben Müller"\n09.06.2021;15:00;Ende;\n'
    draft = parse_spreadsheet(data.encode())
    assert [role.value for _, role in draft.slot_people[0]] == ["moderator", "moderator"]


def test_split_person_list_reads_a_continuation_line_of_an_agenda() -> None:
    assert split_person_list("Dr. Anna Schmidt, Ben Müller und Clara Weiß") == [
        "Dr. Anna Schmidt", "Ben Müller", "Clara Weiß",
    ]  # fmt: skip


NOW = datetime.datetime(2021, 6, 9, 12, tzinfo=timezone.utc)


def test_near_duplicates_within_one_paste_are_flagged_against_the_first() -> None:
    texts = [
        "Wie fangen kleine Gemeinden mit Open Data an?",
        "Gibt es eine Aufzeichnung?",
        "Wie fangen kleinere Gemeinden mit Open Data an?",
        "Ist die Aufzeichnung später verfügbar?",
    ]
    queued = [Question("Ist die Aufzeichnung später verfügbar?", created_at=NOW, id=7)]
    found = pasted_duplicates(texts, queued, [True] * len(texts))
    assert found == (None, None, PastedDuplicate(row=0), PastedDuplicate(question_id=7))


def test_chatter_does_not_hide_a_later_question() -> None:
    texts = ["Open Data in kleinen Gemeinden", "Wie fangen kleine Gemeinden mit Open Data an?"]
    assert pasted_duplicates(texts, [], [False, True]) == (None, None)
