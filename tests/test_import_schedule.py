"""An organiser imports one stage's day from a published conference schedule (frab XML,
schedule JSON v1 from pretalx and frab, the hub's JSON v2); where the schedule has several
days or rooms, the importer asks which one, listing them."""

from __future__ import annotations

import json
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import TEST_DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.model import EventDraft, Person, Role, SlotKind
from moderator.importers.errors import ImportFailed
from moderator.importers.schedule import (
    NeedsChoice,
    ScheduleFormat,
    list_days_and_rooms,
    parse_schedule,
)

BERLIN = ZoneInfo("Europe/Berlin")
PLUS_ONE = ZoneInfo("Etc/GMT-1")  # UTC+01:00, the offset the congress files write
SCHEDULES = TEST_DATA / "schedules"


def published(name: str) -> bytes:
    """A whole published schedule, kept under tests/data/schedules."""
    return (SCHEDULES / name).read_bytes()


def piece(name: str) -> bytes:
    """A small piece cut from one, kept under tests/data/schedules."""
    return (SCHEDULES / name).read_bytes()


def person(draft: EventDraft, key: str) -> Person:
    """The imported person with this key."""
    matches = [p for p in draft.people if p.key == key]
    assert len(matches) == 1, f"{key!r} appears {len(matches)} times"
    return matches[0]


def at(day: int, hour: int, minute: int, month: int = 12, year: int = 2014) -> datetime:
    """An instant at UTC+01:00 (Berlin in winter)."""
    return datetime(year, month, day, hour, minute, tzinfo=PLUS_ONE)


# --- 31C3: frab schedule.xml, four days, four rooms ------------------------------------------


def test_the_31c3_schedule_needs_a_day_and_a_room_and_lists_them() -> None:
    data = published("31c3-schedule.xml")

    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(data)

    assert caught.value.message == (
        "The schedule has 4 days and 4 rooms; "
        "choose with --day (1–4) and --room (Saal 1, Saal 2, Saal G, Saal 6)."
    )
    outline = caught.value.outline
    assert outline.format is ScheduleFormat.FRAB_XML
    assert outline.title == "31. Chaos Communication Congress"
    assert [(d.index, d.date.isoformat() if d.date else None) for d in outline.days] == [
        (1, "2014-12-27"), (2, "2014-12-28"), (3, "2014-12-29"), (4, "2014-12-30"),
    ]  # fmt: skip
    assert outline.events_in() == 138 == sum(d.events for d in outline.days)
    assert outline.events_in(day=1, room="Saal 1") == 11
    assert list_days_and_rooms(data) == outline


def test_day_1_in_saal_1_of_31c3_becomes_a_run_sheet_with_exact_times_and_people() -> None:
    draft = parse_schedule(published("31c3-schedule.xml"), day=1, room="Saal 1")

    event = draft.event
    assert event.title == "31. Chaos Communication Congress"
    assert event.subtitle == "Saal 1 – 2014-12-27"
    # The file names no zone; Berlin matches its +01:00 and is said so in a note.
    assert event.timezone == "Europe/Berlin"
    assert draft.notes == (
        "The schedule names no time zone; used Europe/Berlin, which matches its UTC offsets.",
    )
    assert event.start == at(27, 11, 0) and event.end == at(28, 2, 15)
    assert len(draft.slots) == 11

    opening, keynote, third = draft.slots[:3]
    assert (opening.title, opening.start, opening.duration) == (
        "31C3 Opening Event", at(27, 11, 0), timedelta(minutes=30),
    )  # fmt: skip
    assert opening.start.tzinfo == BERLIN and opening.start.utcoffset() == timedelta(hours=1)
    assert opening.kind is SlotKind.WELCOME  # typed "lecture", but the title says opening
    assert draft.slot_people[0] == (
        ("erdgeist", Role.SPEAKER), ("geraldine de bastion", Role.SPEAKER),
    )  # fmt: skip
    assert (keynote.title, keynote.kind, keynote.duration) == (
        "31C3 Keynote", SlotKind.TALK, timedelta(hours=1),
    )  # fmt: skip
    assert keynote.notes.startswith("A New Dawn\n\nThe 31C3 Keynote")
    assert not keynote.pinned  # starts when the opening ends
    assert third.start == at(27, 12, 45) and third.pinned  # a published time after a gap
    assert third.title == "„Wir beteiligen uns aktiv an den Diskussionen“"

    citizenfour = draft.slots[-1]
    assert (citizenfour.title, citizenfour.start, citizenfour.duration) == (
        "Citizenfour", at(28, 0, 0), timedelta(hours=2, minutes=15),
    )  # fmt: skip
    assert citizenfour.kind is SlotKind.OTHER
    assert [s.position for s in draft.slots] == list(range(11))
    assert all(a.start < b.start for a, b in zip(draft.slots, draft.slots[1:], strict=False))


def test_a_day_can_be_chosen_by_its_date_and_a_room_in_any_case() -> None:
    data = published("31c3-schedule.xml")

    by_date = parse_schedule(data, day="2014-12-27", room="  saal   1 ")
    by_index = parse_schedule(data, day="1", room="Saal 1")

    assert by_date == by_index


def test_the_podium_of_31c3_is_a_panel_with_panelists() -> None:
    draft = parse_schedule(published("31c3-schedule.xml"), day=4, room="Saal 1")

    index = next(i for i, s in enumerate(draft.slots) if s.title == "Paypals War on Terror")
    assert draft.slots[index].kind is SlotKind.PANEL
    assert draft.slots[index].start == at(30, 16, 0)
    assert draft.slot_people[index] == (("the_no", Role.PANELIST), ("absolem", Role.PANELIST))
    assert "Paypal 14 Official Website: http://thepaypal14.com/" in draft.slots[index].notes


def test_a_day_alone_leaves_the_room_to_choose_and_says_which_rooms_have_events() -> None:
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(published("31c3-schedule.xml"), day=2)

    assert caught.value.message == (
        "Day 2 has events in 4 rooms; choose one with --room (Saal 1, Saal 2, Saal G, Saal 6)."
    )


@pytest.mark.parametrize(
    ("day", "room", "message"),
    [
        (9, "Saal 1", "The schedule has no day “9”; choose one with --day (1–4)."),
        ("yesterday", "Saal 1", "The schedule has no day “yesterday”; choose one with --day (1–4)."),
        (1, "Saal 9", "The schedule has no room “Saal 9”; "
                      "choose one with --room (Saal 1, Saal 2, Saal G, Saal 6)."),
    ],
)  # fmt: skip
def test_a_day_or_room_that_is_not_there_is_refused_with_the_choices(
    day: int | str, room: str, message: str
) -> None:
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(published("31c3-schedule.xml"), day=day, room=room)

    assert caught.value.message == message
    assert caught.value.outline.title == "31. Chaos Communication Congress"


# --- Schedule JSON version 1: pretalx and frab -----------------------------------------------


def test_pretalx_democon_imports_at_the_offsets_it_writes_not_the_zone_it_names() -> None:
    data = published("pretalx-democon.json")
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(data)
    assert caught.value.message == (
        "The schedule has 3 days and 2 rooms; choose with --day (1–3) and --room (Gray Room, Tan Room)."
    )

    draft = parse_schedule(data, day=1, room="Gray Room")

    assert caught.value.outline.format is ScheduleFormat.JSON_V1
    assert draft.event.title == "DemoCon"
    assert draft.event.timezone == "Europe/Berlin"
    assert draft.notes == (
        "The schedule names the time zone UTC, but its times are in Europe/Berlin; "
        "used Europe/Berlin.",
    )
    first = draft.slots[0]
    assert (first.title, first.start, first.duration, first.kind) == (
        "Focused 5thgeneration hardware", at(14, 9, 0, year=2020), timedelta(minutes=30),
        SlotKind.TALK,
    )  # fmt: skip
    assert draft.slot_people[0] == (("brian robinson", Role.SPEAKER),)
    assert first.notes == "Brand back-end models!"


def test_pretalx_workshops_are_slots_of_their_own_kind() -> None:
    draft = parse_schedule(published("pretalx-democon.json"), day="2020-12-14", room="tan room")

    assert {slot.kind for slot in draft.slots} == {SlotKind.OTHER}
    assert draft.slots[0].duration == timedelta(hours=1, minutes=30)


def test_frab_camp_2019_json_reads_organisations_written_after_names() -> None:
    draft = parse_schedule(published("frab-camp2019.json"), day=1, room="Curie")

    assert draft.event.title == "Chaos Communication Camp 2019"
    assert draft.event.timezone == "Europe/Berlin" and draft.notes == ()
    opening = draft.slots[0]
    assert (opening.title, opening.kind, opening.start, opening.duration) == (
        "Opening Ceremony", SlotKind.WELCOME,
        datetime(2019, 8, 21, 11, 0, tzinfo=BERLIN), timedelta(minutes=30),
    )  # fmt: skip
    brussels = next(s for s in draft.slots if s.title.startswith("Reporting from Brussels"))
    assert brussels.start.utcoffset() == timedelta(hours=2)
    assert person(draft, "chloé berthélémy").organisation == "EDRi"
    assert person(draft, "andreea belu").organisation == "EDRi"
    assert len(draft.slots) == 9


# --- Schedule JSON version 2: the CCC hub -----------------------------------------------------


def test_the_hub_schedule_needs_only_a_room_as_it_has_one_day() -> None:
    data = published("hub-schedule2.json")
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(data)
    assert caught.value.message == (
        "The schedule has 2 rooms; choose one with --room (Saal 1, Saal ZIGZAG)."
    )
    assert caught.value.outline.format is ScheduleFormat.JSON_V2

    draft = parse_schedule(data, room="Saal ZIGZAG")

    # 00:15 on the 28th is still the first congress day, whose range ends at 06:00.
    assert draft.event.subtitle == "Saal ZIGZAG – 2024-12-27"
    talk = draft.slots[0]
    assert (talk.title, talk.start, talk.duration, talk.kind) == (
        "A Competitive Time-Trial AI for Need for Speed:",
        datetime(2024, 12, 28, 0, 15, tzinfo=BERLIN), timedelta(minutes=40), SlotKind.TALK,
    )  # fmt: skip
    assert talk.notes.startswith("Most Wanted Using Deep Reinforcement Learning\n\n")
    assert draft.slot_people == ((("sebastian schwarz", Role.SPEAKER),),)


def test_the_hub_opening_lists_its_participants() -> None:
    draft = parse_schedule(published("hub-schedule2.json"), day=1, room="saal 1")

    assert draft.slots[0].kind is SlotKind.WELCOME
    assert [key for key, _ in draft.slot_people[0]] == [
        "gabriela bogk", "aline blankertz", "senficon",
    ]  # fmt: skip


def hub_event(**changes: Any) -> dict[str, Any]:
    """A version 2 event as the hub writes it, with ``changes``."""
    event: dict[str, Any] = {
        "guid": "00000000-0000-4000-8000-000000000001",
        "type": "DISCUSSION",
        "start": "2024-12-27T16:00:00+01:00",
        "end": "2024-12-27T17:00:00+01:00",
        "room": {"guid": "room-1"},
        "title": "Who owns the city's data?",
        "subtitle": None,
        "abstract": {"de": "Ein Gespräch.", "en": "A conversation."},
        "language": "en",
        "participants": [
            {"guid": "a", "name": "Anna Schmidt (Stadt Köln)", "role": "SPEAKER"},
            {"guid": "b", "name": "Jane Doe", "role": "MODERATOR"},
            {"guid": "c", "name": "Sam Host", "role": "HOST"},
        ],
        "links": [],
    }
    event.update(changes)
    return event


def hub_schedule(*events: dict[str, Any]) -> bytes:
    """A minimal version 2 schedule with one day and one room."""
    return json.dumps(
        {
            "schedule": {
                "version": "1",
                "conference": {
                    "acronym": "test",
                    "title": "Test Con",
                    "time_zone_name": "Europe/Berlin",
                    "start": "2024-12-27T10:00:00+01:00",
                    "end": "2024-12-27T20:00:00+01:00",
                    "rooms": [{"name": "Main Stage", "guid": "room-1"}],
                    "days": [
                        {
                            "index": 1,
                            "date": "2024-12-27",
                            "start": "2024-12-27T06:00:00+01:00",
                            "end": "2024-12-28T06:00:00+01:00",
                        },
                    ],
                },
                "events": list(events),
            }
        }
    ).encode()


def test_version_2_roles_become_panelists_moderators_and_hosts() -> None:
    draft = parse_schedule(hub_schedule(hub_event()))

    slot = draft.slots[0]
    assert slot.kind is SlotKind.PANEL
    assert slot.notes == "A conversation."
    assert draft.event.subtitle == "Main Stage – 2024-12-27"  # room name found by its guid
    assert draft.slot_people[0] == (
        ("anna schmidt", Role.PANELIST), ("jane doe", Role.MODERATOR), ("sam host", Role.HOST),
    )  # fmt: skip
    assert person(draft, "anna schmidt").organisation == "Stadt Köln"


def test_only_the_first_and_last_talk_of_a_day_can_be_a_ceremony_by_title() -> None:
    def talk(title: str, hour: int) -> dict[str, Any]:
        return hub_event(
            type="TALK", title=title, participants=[],
            start=f"2024-12-27T{hour}:00:00+01:00", end=f"2024-12-27T{hour}:45:00+01:00",
        )  # fmt: skip

    draft = parse_schedule(
        hub_schedule(
            talk("Opening", 10),
            talk("Opening the Black Box of Public Algorithms", 11),
            talk("Closing Words", 12),
        )  # fmt: skip
    )

    assert [s.kind for s in draft.slots] == [SlotKind.WELCOME, SlotKind.TALK, SlotKind.CLOSING]


def test_version_2_reads_the_deprecated_iso_duration_where_the_end_is_missing() -> None:
    event = hub_event(end=None, duration="PT1H15M")
    del event["end"]

    draft = parse_schedule(hub_schedule(event))

    assert draft.slots[0].duration == timedelta(hours=1, minutes=15)


# --- The small pieces under tests/data (run without the shared corpus) ----------------------


def test_the_31c3_piece_offers_days_1_and_4_and_only_rooms_with_events() -> None:
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(piece("31c3-piece.xml"))

    assert caught.value.message == (
        "The schedule has 2 days and 3 rooms; "
        "choose with --day (1, 4) and --room (Saal 1, Saal 2, Saal G)."
    )
    outline = caught.value.outline
    assert [(r.name, r.events) for r in outline.rooms] == [
        ("Saal 1", 7),
        ("Saal 2", 2),
        ("Saal G", 2),
    ]
    assert [d.name for d in outline.rooms_on(4)] == ["Saal 1", "Saal G"]


def test_a_room_alone_leaves_the_day_to_choose() -> None:
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(piece("31c3-piece.xml"), room="Saal 1")
    assert caught.value.message == "Saal 1 has events on 2 days; choose one with --day (1, 4)."


def test_a_room_with_events_on_one_day_only_needs_no_day() -> None:
    draft = parse_schedule(piece("31c3-piece.xml"), room="Saal 2")

    assert draft.event.subtitle == "Saal 2 – 2014-12-27"


def test_a_room_without_events_that_day_is_refused_with_the_days_it_has() -> None:
    with pytest.raises(NeedsChoice) as caught:
        parse_schedule(piece("31c3-piece.xml"), day=4, room="Saal 2")
    assert caught.value.message == "Saal 2 has no events on day 4; choose another with --day (1)."


def test_the_31c3_piece_reads_like_the_whole_file() -> None:
    draft = parse_schedule(piece("31c3-piece.xml"), day=1, room="Saal 1")

    assert [s.title for s in draft.slots] == [
        "31C3 Opening Event", "31C3 Keynote", "„Wir beteiligen uns aktiv an den Diskussionen“",
        "Citizenfour",
    ]  # fmt: skip
    assert draft.slots[-1].start == at(28, 0, 0)
    panel = parse_schedule(piece("31c3-piece.xml"), day=4, room="Saal 1")
    assert [s.kind for s in panel.slots].count(SlotKind.PANEL) == 1


def test_the_json_pieces_import() -> None:
    camp = parse_schedule(piece("camp2019-piece.json"), day=2, room="Meitner")
    democon = parse_schedule(piece("democon-piece.json"), room="Gray Room")
    hub = parse_schedule(piece("hub-schedule2.json"), room="Saal 1")

    assert camp.event.start.date().isoformat() == "2019-08-22" and len(camp.slots) == 3
    assert democon.slots[0].start == at(14, 9, 0, year=2020)
    assert democon.notes and "UTC" in democon.notes[0]
    assert hub.slots[0].title == "38C3: Opening Ceremony"


def test_an_old_frab_file_without_event_dates_uses_the_day_and_its_offset() -> None:
    xml = b"""<?xml version="1.0"?>
<schedule><version>1</version>
<conference><title>Old Con</title></conference>
<day index="1" date="2010-05-01" start="2010-05-01T10:00:00+02:00" end="2010-05-02T04:00:00+02:00">
<room name="Hall">
<event id="1" guid="x"><start>23:30</start><duration>01:00</duration><title>Late</title><type>lecture</type></event>
<event id="2" guid="y"><start>00:30</start><duration>00:45:00</duration><title>Later</title><type>podium</type></event>
</room></day></schedule>"""

    draft = parse_schedule(xml)

    plus_two = ZoneInfo("Etc/GMT-2")
    assert [s.start for s in draft.slots] == [
        datetime(2010, 5, 1, 23, 30, tzinfo=plus_two), datetime(2010, 5, 2, 0, 30, tzinfo=plus_two),
    ]  # fmt: skip
    assert draft.slots[1].duration == timedelta(minutes=45)
    assert draft.event.timezone == "Europe/Berlin"  # matches +02:00 in May


# --- Bad input --------------------------------------------------------------------------------


def test_an_entity_bomb_is_refused_without_expanding_it() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<schedule><conference><title>&c;</title></conference></schedule>"""

    with pytest.raises(ImportFailed) as caught:
        parse_schedule(bomb)

    assert caught.value.message == (
        "The schedule XML declares entities or external references; refused for safety."
    )


def test_an_external_entity_is_refused() -> None:
    xxe = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&secret;</title></conference></schedule>"""

    with pytest.raises(ImportFailed, match="refused for safety"):
        parse_schedule(xxe)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "This is not a conference schedule: expected a frab schedule.xml or a schedule JSON file."),
        (b"<html><body>Fahrplan</body></html>", "This is not a conference schedule: "
                                                "expected a frab schedule.xml or a schedule JSON file."),
        (b'{"schedule": {"conference": {"days": []}}}', "The schedule has no events."),
        # The parsers' own words follow, with a position that may vary between versions.
        (b"<schedule><day index='1'>", "The schedule XML cannot be read: no element found"),
        (b'{"schedule": ', "The schedule JSON cannot be read: Expecting value"),
    ],
)  # fmt: skip
def test_what_is_not_a_schedule_is_refused_in_one_line(data: bytes, message: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_schedule(data)

    assert caught.value.message.startswith(message)
    assert "\n" not in caught.value.message


def test_an_event_with_a_broken_duration_is_named() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_schedule(hub_schedule(hub_event(end="2024-12-27T15:00:00+01:00")))

    assert caught.value.message == (
        "The event “Who owns the city's data?” has no readable duration (“2024-12-27T15:00:00+01:00”)."
    )


# --- Property: nothing but ImportFailed escapes ----------------------------------------------

PIECE_NAMES = ["31c3-piece.xml", "camp2019-piece.json", "democon-piece.json", "hub-schedule2.json"]


def import_all_ways(data: bytes) -> None:
    """Every way the app reads a schedule: the outline, no choice, and every choice."""
    try:
        outline = list_days_and_rooms(data)
    except ImportFailed:
        return
    for day, room in [
        (None, None),
        *((d.index, r.name) for d in outline.days for r in outline.rooms),
    ]:
        try:
            draft = parse_schedule(data, day=day, room=room)
        except ImportFailed:
            continue
        assert len(draft.slots) == len(draft.slot_people) >= 1
        assert all(slot.start.tzinfo is not None for slot in draft.slots)
        assert draft.event.start <= draft.event.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise_anything_but_import_failed(data: bytes) -> None:
    import_all_ways(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(PIECE_NAMES),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 40), st.binary(max_size=8)),
        min_size=1,
        max_size=5,
    ),
)
def test_byte_mutations_of_real_files_never_raise_anything_but_import_failed(
    name: str, edits: list[tuple[float, int, bytes]]
) -> None:
    data = bytearray(piece(name))
    for where, cut, insert in edits:  # cut some bytes out somewhere, put some others in
        position = int(where * len(data))
        data[position : position + cut] = insert
    import_all_ways(bytes(data))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["", "00:30", "99:99", "PT1H", "2020-12-14T09:00:00+01:00", "0001-01-01T00:00",
                       "9999-12-31T23:59:59-12:00", "2020-12-14", "2020-12-14T09:00", "Europe/Berlin",
                       "lecture", "PT30M"])
    | st.builds(lambda: {"guid": "room-1"}),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON value (dict keys and list indexes)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PIECE_NAMES[1:]), st.data())
def test_json_with_any_value_replaced_never_raises_anything_but_import_failed(
    name: str, data: st.DataObject
) -> None:
    document = json.loads(piece(name))
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(paths(document)))
        value = data.draw(JSON_VALUES)
        if not path:
            document = value
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value
    import_all_ways(json.dumps(document).encode())


# --- Benchmark (on demand: pytest -m benchmark -s) -------------------------------------------


@pytest.mark.benchmark
def test_benchmark_31c3_import_against_the_bare_parse(request: pytest.FixtureRequest) -> None:
    """Prints how long importing one room's day of 31c3-schedule.xml takes as a ratio to
    ``defusedxml.ElementTree.fromstring`` on the same bytes (target: at most 1.2×)."""
    if "benchmark" not in (request.config.getoption("-m") or ""):
        pytest.skip("benchmark: run with pytest -m benchmark -s")
    import defusedxml.ElementTree as SafeElementTree

    data = published("31c3-schedule.xml")

    def bare() -> None:
        SafeElementTree.fromstring(data)

    def imported() -> None:
        parse_schedule(data, day=1, room="Saal 1")

    timings: dict[str, list[float]] = {"bare": [], "import": []}
    for round_number in range(101):  # interleaved, so that machine noise hits both alike
        for name, run in (("bare", bare), ("import", imported))[:: 1 if round_number % 2 else -1]:
            began = time.perf_counter()
            run()
            if round_number:  # the first round warms up
                timings[name].append(time.perf_counter() - began)
    bare_ms = statistics.median(timings["bare"]) * 1000
    import_ms = statistics.median(timings["import"]) * 1000
    print(
        f"\n31c3-schedule.xml ({len(data):,} bytes): bare parse {bare_ms:.2f} ms, "
        f"import day 1 / Saal 1 {import_ms:.2f} ms, ratio {import_ms / bare_ms:.3f} (target <= 1.2)"
    )


def test_the_piece_files_are_valid_json() -> None:
    for name in PIECE_NAMES[1:]:
        assert isinstance(json.loads(piece(name)), dict)
    assert (SCHEDULES / "LICENCE-voc-schedule.txt").exists()
