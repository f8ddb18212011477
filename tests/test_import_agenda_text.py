"""An organiser pastes the agenda from an event page; the importer turns it into a draft
run sheet, and says which lines it had to guess."""

from __future__ import annotations

import datetime
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.model import Person, Role, SlotKind
from moderator.importers.agenda_text import AgendaImport, Guess, parse_agenda
from moderator.importers.errors import ImportFailed

BERLIN = ZoneInfo("Europe/Berlin")
AGENDA_DATA = Path(__file__).resolve().parent / "data" / "agenda"


def at(hour: int, minute: int, zone: ZoneInfo = BERLIN, day: int = 9) -> datetime.datetime:
    """An instant on the seed event's day (9 June 2021)."""
    return datetime.datetime(2021, 6, day, hour, minute, tzinfo=zone)


def person(result: AgendaImport, key: str) -> Person:
    """The imported person with this key."""
    matches = [p for p in result.draft.people if p.key == key]
    assert len(matches) == 1, f"{key!r} appears {len(matches)} times"
    return matches[0]


# --- The seed page ------------------------------------------------------------------------


@pytest.fixture
def seed(seed_page_text: str) -> AgendaImport:
    return parse_agenda(seed_page_text)


def test_the_seed_page_becomes_the_event_of_9_june_2021_in_berlin(seed: AgendaImport) -> None:
    event = seed.draft.event

    assert event.title == "Open Government – das können wir?!"
    assert event.series == "Innovators Lounge digital"
    assert event.timezone == "Europe/Berlin"
    assert event.start == at(14, 0) and event.end == at(15, 30)
    assert event.start.tzinfo == BERLIN and event.end.tzinfo == BERLIN
    assert event.start.date() == datetime.date(2021, 6, 9)
    assert event.registration_link == "https://www.lyyti.in/IC_Open_Government_2021"
    assert event.language == "de"


def test_the_seed_description_is_the_prose_after_the_agenda_as_plain_text(
    seed: AgendaImport,
) -> None:
    description = seed.draft.event.description

    assert description.startswith("Modernes Regierungs- und Verwaltungshandeln")
    assert description.endswith("in die Arbeit der Kommunalverwaltungen zu integrieren.")
    assert "Der Innovators Club" in description
    assert "**" not in description and "Anmeldung" not in description
    assert "Ende" not in description.split("\n")


def test_the_seed_run_sheet_has_six_slots_and_ends_at_half_past_three(seed: AgendaImport) -> None:
    expected = [
        (at(13, 50), 10, SlotKind.PRE_SHOW, "Einwahl und Technik-Check für die Teilnehmer"),
        (at(14, 0), 10, SlotKind.WELCOME, "Begrüßung & Einführung in die Lounge"),
        (at(14, 10), 20, SlotKind.TALK, "Impuls 1: Open Government – Was heißt das eigentlich?"),
        (
            at(14, 30),
            15,
            SlotKind.TALK,
            "Impuls 2: Open State – ganzheitliche Perspektiven auf Open Government im "
            "internationalen Vergleich",
        ),
        (at(14, 45), 15, SlotKind.TALK, "Impuls 3: Kommunales Open Government"),
        (at(15, 0), 30, SlotKind.PANEL, "Moderiertes Gespräch mit Rückfragen aus dem Publikum"),
    ]

    slots = seed.draft.slots
    assert [(s.start, s.duration, s.kind, s.title) for s in slots] == [
        (start, timedelta(minutes=minutes), kind, title) for start, minutes, kind, title in expected
    ]
    assert [s.position for s in slots] == list(range(6))
    assert all(s.id is None for s in slots)
    assert slots[-1].end == at(15, 30), "the 'Ende' line ends the show and is no slot"


def test_each_seed_person_appears_once_with_their_organisation(seed: AgendaImport) -> None:
    people = {p.key: (p.academic_title, p.name, p.organisation) for p in seed.draft.people}

    assert people == {
        "alexander handschuh": ("", "Alexander Handschuh", "Innovators Club"),
        "dr. tobias plate": ("Dr.", "Tobias Plate", "Bundeskanzleramt"),
        "sebastian haselbeck": ("", "Sebastian Haselbeck", "Bundeskanzleramt"),
        "dr. kristina schade": ("Dr.", "Kristina Schade", "Bundesinnenministerium"),
        "david goessmann": ("", "David Goessmann", "OECD"),
        "ralf laumer": ("", "Ralf Laumer", "Landkreis Marburg-Biedenkopf"),
        "adriana groh": ("", "Adriana Groh", "Open Knowledge Foundation"),
    }
    assert len(seed.draft.people) == 7
    assert all(p.id is None for p in seed.draft.people)


def test_the_moderator_line_makes_handschuh_the_panels_moderator(seed: AgendaImport) -> None:
    handschuh = person(seed, "alexander handschuh")

    assert handschuh.function == "Leiter Innovators Club"
    assert seed.draft.slot_people[5][-1] == ("alexander handschuh", Role.MODERATOR)


def test_the_seed_slots_list_their_people_in_order_with_roles(seed: AgendaImport) -> None:
    assert seed.draft.slot_people == (
        (),
        (("alexander handschuh", Role.HOST), ("dr. tobias plate", Role.HOST)),
        (("sebastian haselbeck", Role.SPEAKER), ("dr. kristina schade", Role.SPEAKER)),
        (("david goessmann", Role.SPEAKER),),
        (("ralf laumer", Role.SPEAKER),),
        (
            ("david goessmann", Role.PANELIST),
            ("adriana groh", Role.PANELIST),
            ("ralf laumer", Role.PANELIST),
            ("dr. tobias plate", Role.PANELIST),
            ("dr. kristina schade", Role.PANELIST),
            ("alexander handschuh", Role.MODERATOR),
        ),
    )


def test_no_seed_line_is_a_guess(seed: AgendaImport) -> None:
    # Every name boundary on the seed page is settled: "Dr.", "eigentlich?" and "OECD"
    # mark three, common given names ("Alexander", "David", "Ralf") the others, and the
    # panel line repeats names already read (see the module docstring).
    assert seed.guesses == ()


# --- Other pages --------------------------------------------------------------------------


def test_an_english_page_with_pm_times_and_dash_separated_people() -> None:
    text = (AGENDA_DATA / "english-town-hall.txt").read_text(encoding="utf-8")

    result = parse_agenda(text)

    event = result.draft.event
    new_york = ZoneInfo("America/New_York")
    assert (event.series, event.title) == ("Springfield Civic Lab", "Open Data for Small Towns")
    assert event.timezone == "America/New_York", "the page names its zone"
    assert (event.start, event.end) == (at(14, 0, new_york), at(15, 30, new_york))
    assert event.language == "en"
    assert event.registration_link == "https://example.org/register"
    assert event.stream_link == "https://example.org/live"
    assert event.description.startswith("Towns of every size publish data.")
    slots = result.draft.slots
    assert [(s.start.strftime("%H:%M"), s.duration, s.kind, s.title) for s in slots] == [
        ("13:45", timedelta(minutes=15), SlotKind.PRE_SHOW, "Doors open and tech check"),
        ("14:00", timedelta(minutes=10), SlotKind.WELCOME, "Welcome"),
        ("14:10", timedelta(minutes=30), SlotKind.TALK, "Keynote: Why open data?"),
        ("14:40", timedelta(minutes=40), SlotKind.PANEL, "Panel: Lessons from three towns"),
        ("15:20", timedelta(minutes=10), SlotKind.CLOSING, "Closing remarks"),
    ]
    assert result.draft.slot_people[1] == (("jane doe", Role.HOST),)
    assert result.draft.slot_people[3] == (
        ("mary major", Role.PANELIST),
        ("dr. ahmed ali", Role.PANELIST),
        ("jane doe", Role.PANELIST),
        ("lisa simpson", Role.MODERATOR),
    )
    assert person(result, "jane doe").organisation == "City of Springfield"
    mayor = person(result, "john roe")
    assert (mayor.function, mayor.organisation) == ("Mayor", "Shelbyville")
    assert person(result, "mary major").organisation == "Data Office"
    assert result.guesses == ()


def test_a_range_style_agenda_takes_each_slots_duration_from_its_range() -> None:
    text = (AGENDA_DATA / "range-style.txt").read_text(encoding="utf-8")

    result = parse_agenda(text)

    event = result.draft.event
    day = datetime.date(2021, 10, 12)
    assert (event.title, event.series) == ("Digitale Verwaltung vor Ort", "Stadtwerkstatt")
    assert event.start == datetime.datetime.combine(day, datetime.time(9, 30), tzinfo=BERLIN)
    assert event.end == datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=BERLIN)
    slots = result.draft.slots
    assert [(s.start.strftime("%H:%M"), s.duration.seconds // 60, s.kind) for s in slots] == [
        ("09:30", 15, SlotKind.WELCOME),
        ("09:45", 45, SlotKind.TALK),
        ("10:30", 15, SlotKind.BREAK),
        ("10:45", 60, SlotKind.PANEL),
        ("11:45", 15, SlotKind.CLOSING),
    ]
    mayor = person(result, "dr. eva muster")
    assert (mayor.function, mayor.organisation) == ("Oberbürgermeisterin", "Stadt Musterstadt")
    professor = person(result, "prof. dr. max beispiel")
    assert professor.academic_title == "Prof. Dr."
    assert professor.organisation == "Hochschule Musterstadt"
    assert slots[1].title == "Impuls: Die digitale Stadt", "the tab column holds the people"
    assert result.guesses == ()


def test_a_range_gives_its_own_duration_even_with_a_gap_before_the_next_slot() -> None:
    result = parse_agenda("9 June 2021\n14:00–14:10 Welcome\n14:30 – 15:00  Talk\n15:00 End")

    durations = [s.duration for s in result.draft.slots]
    assert durations == [timedelta(minutes=10), timedelta(minutes=30)]


@pytest.mark.parametrize(
    "date_line",
    ["09. Juni 2021", "9. Juni 2021", "9 June 2021", "June 9, 2021", "2021-06-09", "09.06.2021"],
)
def test_german_and_english_dates_are_understood(date_line: str) -> None:
    result = parse_agenda(f"{date_line}\n14:00 Talk\n14:30 Ende")

    assert result.draft.slots[0].start == at(14, 0)


@pytest.mark.parametrize(
    ("time_text", "expected"),
    [("14:00 Uhr", (14, 0)), ("14:00Uhr", (14, 0)), ("2:00 pm", (14, 0)), ("2 pm", (14, 0)),
     ("11:30 a.m.", (11, 30)), ("14 Uhr", (14, 0)), ("9:05", (9, 5))],
)  # fmt: skip
def test_german_and_english_times_are_understood(time_text: str, expected: tuple[int, int]) -> None:
    result = parse_agenda(f"9 June 2021\n{time_text} Talk\n23:00 End")

    assert result.draft.slots[0].start == at(*expected)


def test_an_am_pm_range_on_the_date_line_gives_the_event_its_times() -> None:
    result = parse_agenda("June 9, 2021 · 2:00 – 3:30 pm\n2:00 Talk\n3:00 Panel\n3:30 End")

    assert (result.draft.event.start, result.draft.event.end) == (at(14, 0), at(15, 30))
    assert [s.start for s in result.draft.slots] == [at(14, 0), at(15, 0)], "read as pm"


def test_a_late_show_crosses_midnight_into_the_next_day() -> None:
    result = parse_agenda("9. Juni 2021\n23:30 Spätes Gespräch\n00:15 Nachtimpuls\n01:00 Ende")

    slots = result.draft.slots
    assert [s.start for s in slots] == [at(23, 30), at(0, 15, day=10)]
    assert [s.duration for s in slots] == [timedelta(minutes=45), timedelta(minutes=45)]
    assert result.draft.event.end == at(1, 0, day=10)


def test_the_arguments_override_the_zone_and_supply_the_date() -> None:
    result = parse_agenda(
        "14:00 Welcome\n14:30 End", timezone="America/New_York", date=datetime.date(2022, 3, 1)
    )

    event = result.draft.event
    assert event.timezone == "America/New_York"
    assert event.start == datetime.datetime(2022, 3, 1, 14, 0, tzinfo=ZoneInfo("America/New_York"))


def test_the_date_argument_overrides_the_pages_date(seed_page_text: str) -> None:
    result = parse_agenda(seed_page_text, date=datetime.date(2021, 6, 16))

    assert result.draft.event.start == at(14, 0, day=16)
    assert result.draft.slots[0].start == at(13, 50, day=16)


def test_the_zone_defaults_to_berlin_and_all_times_are_aware(seed: AgendaImport) -> None:
    result = parse_agenda("9 June 2021\n14:00 Welcome\n14:30 End")

    assert result.draft.event.timezone == "Europe/Berlin"
    for draft in (result.draft, seed.draft):
        instants = [draft.event.start, draft.event.end, *(s.start for s in draft.slots)]
        assert all(i.tzinfo is not None and i.utcoffset() is not None for i in instants)


def test_a_last_slot_without_any_end_is_assumed_and_reported() -> None:
    result = parse_agenda("9 June 2021\n14:00 Welcome\n14:10 Panel")

    assert result.draft.slots[-1].duration == timedelta(minutes=30)
    assert [g.line_number for g in result.guesses] == [3]


def test_lines_below_an_agenda_line_add_its_people_and_notes() -> None:
    result = parse_agenda(
        "9 June 2021\n14:00 Keynote\nJane Doe, ACME\n14:30 Panel\nModeration: John Roe\n"
        "Bring your questions\n15:00 End"
    )

    assert result.draft.slot_people == (
        (("jane doe", Role.SPEAKER),),
        (("john roe", Role.MODERATOR),),
    )
    assert result.draft.slots[1].notes == "Bring your questions"


# --- Guesses ------------------------------------------------------------------------------


def test_a_line_with_names_but_no_separator_is_kept_whole_and_reported() -> None:
    result = parse_agenda("9 June 2021\n14:00 Welcome Anna Schmidt Berlin\n14:30 End")

    assert result.draft.slots[0].title == "Welcome Anna Schmidt Berlin", "nothing is invented"
    assert result.draft.people == ()
    assert result.guesses == (
        Guess(
            2,
            "14:00 Welcome Anna Schmidt Berlin",
            "The title may contain people's names; kept it whole as the title.",
        ),
    )


def test_an_unclear_name_boundary_is_split_as_best_it_can_and_reported() -> None:
    # "Verwaltung Xaver Quell" could be the name "Verwaltung Xaver Quell": nothing settles it.
    line = "14:00\tImpuls Digitale Verwaltung Xaver Quell , Stadt Musterstadt"

    result = parse_agenda(f"9. Juni 2021\n{line}\n14:30 Ende")

    assert result.draft.slots[0].title == "Impuls Digitale Verwaltung"
    assert person(result, "xaver quell").organisation == "Stadt Musterstadt"
    assert [(g.line_number, g.line) for g in result.guesses] == [(2, line)]


def test_a_name_seen_earlier_settles_the_boundary_on_a_later_line() -> None:
    result = parse_agenda(
        "9. Juni 2021\n14:00 Impuls: Was nun? Xaver Quell , Stadt Musterstadt\n"
        "14:30 Gespräch mit dem Publikum Xaver Quell , Stadt Musterstadt\n15:00 Ende"
    )

    assert result.draft.slots[1].title == "Gespräch mit dem Publikum"
    assert len(result.draft.people) == 1
    assert result.guesses == ()


@pytest.mark.parametrize(
    "line",
    ["14:00 Einwahl und Technik-Check für die Teilnehmer",
     "14:00 Impuls 3: Kommunales Open Government",
     "14:00 Kaffeepause",
     "14:00 Keynote: Open Government – what it means for towns"],
)  # fmt: skip
def test_a_line_without_people_is_never_a_guess(line: str) -> None:
    result = parse_agenda(f"9. Juni 2021\n{line}\n14:30 Ende")

    assert result.guesses == ()
    assert result.draft.people == ()


# --- Bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "timezone", "message_start"),
    [
        ("", None, "The text is empty"),
        ("  \n\t \n", None, "The text is empty"),
        ("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "This does not look like text"),
        ("Innovators Lounge\n9. Juni 2021\nBegrüßung", None, "No agenda lines found"),
        ("14:00 Welcome\n14:30 End", None, "No date found"),
        ("9 June 2021\n14:00 Welcome\n13:00 Talk", None, "Line 3: 13:00 does not come after"),
        ("9 June 2021\n14:00 Welcome\n14:00 Talk", None, "Line 3: 14:00 does not come after"),
        ("9 June 2021\n22:00 Talk\n07:00 Breakfast", None, "Line 3: 7:00 does not come after"),
        ("9 June 2021\n14:00-13:00 Talk", None, "Line 2: the slot ends before it starts"),
        ("9 June 2021\n14:00 Talk\n13:30 Ende", None, "Line 3: 13:30 does not come after"),
        ("9 June 2021\n14:00 Welcome", "Mars/Olympus", "Unknown time zone “Mars/Olympus”"),
        ("9 June 2021\n14:00 Welcome", "", "Unknown time zone"),
    ],
)
def test_bad_input_fails_with_one_line_for_a_person(
    text: str, timezone: str | None, message_start: str
) -> None:
    with pytest.raises(ImportFailed) as failure:
        parse_agenda(text, timezone=timezone)

    assert failure.value.message.startswith(message_start)
    assert "\n" not in failure.value.message
    assert failure.value.context == "import"


AGENDA_FRAGMENTS = st.sampled_from(
    ["14:00", "2 pm", "23:30", "00:15", "12 am", "14:00–14:10", "3:30 pm", "14:00Uhr - 15:30Uhr",
     " – ", " , ", ", ", "\t", "\n", " | ", "Ende", "End", "Dr.", "Anna", "Schmidt", "Welcome",
     "Panel", "<i>Moderator: ", "</i>", "9. Juni 2021", "June 9, 2021", "2021-06-09",
     "31. Februar 2021", "Europe/Berlin", "America/Nowhere", "CET", "Anmeldung: https://x.y/z",
     "(", ")", ";", " und ", "Uhr", "&amp;", " ", "von", "OECD", "?", "2199-12-31"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_text_never_raises_anything_but_import_failed(text: str) -> None:
    try:
        result = parse_agenda(text)
    except ImportFailed:
        return
    assert result.draft.slots


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(AGENDA_FRAGMENTS | st.text(max_size=4), max_size=30),
    st.none() | st.sampled_from(["UTC", "Europe/Berlin", "Europe", "../etc", "x" * 300]),
    st.none() | st.dates(),
)
def test_agenda_like_text_yields_a_consistent_draft_or_import_failed(
    parts: list[str], timezone: str | None, date: datetime.date | None
) -> None:
    try:
        result = parse_agenda("".join(parts), timezone=timezone, date=date)
    except ImportFailed:
        return
    draft = result.draft
    assert len(draft.slots) == len(draft.slot_people) >= 1
    assert all(s.duration > timedelta(0) for s in draft.slots)
    assert all(a.start < b.start for a, b in zip(draft.slots, draft.slots[1:], strict=False))
    keys = [p.key for p in draft.people]
    assert len(keys) == len(set(keys))
    assert {key for pairs in draft.slot_people for key, _ in pairs} == set(keys)
