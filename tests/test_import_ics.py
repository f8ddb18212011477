"""An organiser imports a calendar file (.ics): a run sheet kept in a calendar, a Google
export or an invitation becomes a draft event; anything else is refused with one line."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, vCalAddress
from icalendar import Event as VEvent

from moderator.domain.model import EventDraft, Person, Role, SlotKind
from moderator.importers.errors import ImportFailed
from moderator.importers.ics import (
    COMMAS_PER_EVENT,
    LINES_PER_EVENT,
    MAX_ALL_COMMAS,
    MAX_ALL_LINES,
    MAX_ALL_PARAMETERS,
    MAX_BYTES,
    MAX_COMMAS,
    MAX_EVENTS,
    MAX_LINES,
    MAX_PARAMETERS,
    PARAMETERS_PER_EVENT,
    check_limits,
    parse_ics,
)

BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
#: The icalendar project's test calendars, all of them (see the README there).
KEPT = Path(__file__).resolve().parent / "data" / "ics"
# A hang guard, not a benchmark: every file must be done long before this.
TIME_LIMIT = 2.0


def calendar(*lines: str, head: tuple[str, ...] = ("VERSION:2.0", "PRODID:-//test//EN")) -> bytes:
    """A VCALENDAR around ``lines``, with CRLF line ends as RFC 5545 wants."""
    return "\r\n".join(("BEGIN:VCALENDAR", *head, *lines, "END:VCALENDAR", "")).encode()


def vevent(*lines: str) -> tuple[str, ...]:
    """The lines of one VEVENT."""
    return ("BEGIN:VEVENT", *lines, "END:VEVENT")


def at(hour: int, minute: int, zone: ZoneInfo = BERLIN, day: int = 9) -> datetime:
    """An instant on 9 June 2021, the seed event's day."""
    return datetime(2021, 6, day, hour, minute, tzinfo=zone)


def person(draft: EventDraft, key: str) -> Person:
    """The imported person with this key."""
    matches = [p for p in draft.people if p.key == key]
    assert len(matches) == 1, f"{key!r} appears {len(matches)} times"
    return matches[0]


def refusal(data: bytes, **kwargs: str) -> str:
    """The one-line message an import refuses ``data`` with."""
    with pytest.raises(ImportFailed) as caught:
        parse_ics(data, **kwargs)
    return caught.value.message


def imports_or_refuses_in_one_line(data: bytes) -> EventDraft | None:
    """Import ``data``: a draft, or None after a refusal whose message is one plain line."""
    try:
        return parse_ics(data)
    except ImportFailed as error:
        message = error.message
        assert message and message == message.strip()
        assert "\n" not in message and "\r" not in message
        assert "Traceback" not in message and len(message) < 300
        return None


# --- A run sheet kept in a calendar ---------------------------------------------------------

RUN_SHEET = calendar(
    "X-WR-CALNAME:Innovators Lounge digital",
    *vevent(
        "UID:1@test",
        "DTSTART;TZID=Europe/Berlin:20210609T140000",
        "DTEND;TZID=Europe/Berlin:20210609T141000",
        "SUMMARY:Begrüßung",
        "ORGANIZER;CN=Alexander Handschuh:mailto:handschuh@example.org",
        "ATTENDEE;CN=Dr. Tobias Plate (Bundeskanzleramt);ROLE=REQ-PARTICIPANT"
        ":mailto:plate@example.org",
        "LOCATION:https://meet.example.org/lounge",
    ),
    *vevent(
        "UID:0@test",
        "DTSTART;TZID=Europe/Berlin:20210609T135000",
        "DURATION:PT10M",
        "SUMMARY:Einwahl und Technik-Check",
    ),
    *vevent(
        "UID:2@test",
        "DTSTART;TZID=Europe/Berlin:20210609T150000",
        "DTEND;TZID=Europe/Berlin:20210609T153000",
        "SUMMARY:Moderiertes Gespräch",
        "DESCRIPTION:Mit Rückfragen aus dem Publikum.\\nFragen per Chat.",
        "ORGANIZER;CN=Alexander Handschuh:mailto:handschuh@example.org",
        "ATTENDEE;CN=Alexander Handschuh;ROLE=CHAIR:mailto:handschuh@example.org",
        "ATTENDEE;CN=Dr. Tobias Plate:mailto:plate@example.org",
        "ATTENDEE;CN=Adriana Groh;ROLE=OPT-PARTICIPANT:mailto:groh@example.org",
        "ATTENDEE;CN=Raum Spree;CUTYPE=ROOM:mailto:spree@example.org",
        "ATTENDEE;CN=Protokoll;ROLE=NON-PARTICIPANT:mailto:protokoll@example.org",
    ),
)


def test_one_vevent_per_slot_becomes_the_run_sheet_sorted_by_start() -> None:
    draft = parse_ics(RUN_SHEET)

    assert [(s.start, s.duration, s.title) for s in draft.slots] == [
        (at(13, 50), timedelta(minutes=10), "Einwahl und Technik-Check"),
        (at(14, 0), timedelta(minutes=10), "Begrüßung"),
        (at(15, 0), timedelta(minutes=30), "Moderiertes Gespräch"),
    ]
    assert [s.kind for s in draft.slots] == [SlotKind.PRE_SHOW, SlotKind.WELCOME, SlotKind.PANEL]
    assert [s.position for s in draft.slots] == [0, 1, 2]
    assert draft.slots[2].notes == "Mit Rückfragen aus dem Publikum.\nFragen per Chat."


def test_the_event_is_named_by_the_calendar_and_starts_after_the_pre_show() -> None:
    event = parse_ics(RUN_SHEET).event

    assert event.title == "Innovators Lounge digital"
    assert event.timezone == "Europe/Berlin"
    assert (event.start, event.end) == (at(14, 0), at(15, 30))
    assert event.meeting_link == "https://meet.example.org/lounge"


def test_organizer_and_attendees_become_the_slots_people() -> None:
    draft = parse_ics(RUN_SHEET)

    welcome, panel = draft.slot_people[1], draft.slot_people[2]
    assert welcome == (("dr. tobias plate", Role.SPEAKER), ("alexander handschuh", Role.HOST))
    # The organizer who chairs is the moderator; rooms and non-participants are nobody.
    assert panel == (
        ("alexander handschuh", Role.MODERATOR),
        ("dr. tobias plate", Role.PANELIST),
        ("adriana groh", Role.PANELIST),
    )
    assert draft.slot_people[0] == ()


def test_names_are_split_into_title_name_and_organisation_once_per_person() -> None:
    draft = parse_ics(RUN_SHEET)

    assert len(draft.people) == 3
    plate = person(draft, "dr. tobias plate")
    assert (plate.academic_title, plate.name, plate.organisation) == (
        "Dr.",
        "Tobias Plate",
        "Bundeskanzleramt",
    )
    assert plate.contact == "plate@example.org"
    assert person(draft, "alexander handschuh").contact == "handschuh@example.org"


def test_a_common_prefix_names_the_event_when_the_calendar_has_no_name() -> None:
    data = calendar(
        *vevent("DTSTART:20210609T140000", "DURATION:PT10M", "SUMMARY:Lounge: Begrüßung"),
        *vevent("DTSTART:20210609T141000", "DURATION:PT20M", "SUMMARY:Lounge: Impuls 1"),
    )

    assert parse_ics(data).event.title == "Lounge"


def test_without_a_common_prefix_the_first_slot_names_the_event() -> None:
    data = calendar(
        *vevent("DTSTART:20210609T140000", "DURATION:PT10M", "SUMMARY:Impuls 1"),
        *vevent("DTSTART:20210609T141000", "DURATION:PT20M", "SUMMARY:Impuls 2"),
    )

    assert parse_ics(data).event.title == "Impuls 1"


def test_a_vevent_without_an_end_lasts_until_the_next_one_that_day() -> None:
    data = calendar(
        *vevent("DTSTART:20210609T140000", "SUMMARY:Begrüßung"),
        *vevent("DTSTART:20210609T141000", "SUMMARY:Impuls"),
        *vevent("DTSTART:20210610T090000", "SUMMARY:Am nächsten Morgen"),
    )

    draft = parse_ics(data)

    assert [s.duration for s in draft.slots] == [
        timedelta(minutes=10),
        timedelta(minutes=30),  # the next one is another day
        timedelta(minutes=30),
    ]
    assert any("without an end" in note for note in draft.notes)


# --- Times and zones ------------------------------------------------------------------------


def test_a_google_export_is_read_in_the_zone_google_names() -> None:
    draft = parse_ics((KEPT / "alarm_google_future.ics").read_bytes())

    # X-WR-TIMEZONE names the zone; the times themselves are UTC.
    assert draft.event.timezone == "Europe/London"
    (slot,) = draft.slots
    assert slot.start == datetime(2024, 10, 4, 18, 15, tzinfo=UTC)
    assert slot.start.tzinfo == LONDON and slot.start.hour == 19
    assert slot.duration == timedelta(minutes=45)
    # One VEVENT is an invitation: it names the event, not Google's calendar owner.
    assert draft.event.title == "event with alarms"


def test_tzid_with_vtimezone_is_read_in_that_zone() -> None:
    draft = parse_ics((KEPT / "timezoned.ics").read_bytes())

    assert draft.event.timezone == "Europe/Vienna"
    assert draft.slots[0].start == datetime(2012, 2, 13, 10, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert draft.event.description == "icalendar test"


def test_utc_times_are_shown_in_the_given_zone_when_the_calendar_names_none() -> None:
    data = calendar(*vevent("DTSTART:20210609T120000Z", "DTEND:20210609T121000Z", "SUMMARY:Hi"))

    assert parse_ics(data).slots[0].start == at(14, 0)
    new_york = parse_ics(data, timezone="America/New_York")
    assert new_york.event.timezone == "America/New_York"
    assert new_york.slots[0].start == at(12, 0, UTC)
    assert new_york.slots[0].start.tzinfo == ZoneInfo("America/New_York")


def test_floating_times_are_read_in_the_given_zone_or_the_one_the_calendar_names() -> None:
    floating = vevent("DTSTART:20210609T140000", "DTEND:20210609T141000", "SUMMARY:Hi")

    assert parse_ics(calendar(*floating)).slots[0].start == at(14, 0)
    assert parse_ics(calendar(*floating), timezone="Europe/London").slots[0].start == at(
        14, 0, LONDON
    )
    google = calendar("X-WR-TIMEZONE:Europe/London", *floating)
    assert parse_ics(google, timezone="Asia/Tokyo").slots[0].start == at(14, 0, LONDON)


def test_a_vendor_prefixed_tzid_is_read_as_its_iana_zone_with_a_note() -> None:
    draft = parse_ics((KEPT / "issue_313_globally_unique_tzid.ics").read_bytes())

    assert draft.event.timezone == "Europe/Berlin"
    assert [s.start for s in draft.slots][0] == datetime(2020, 4, 26, 14, tzinfo=BERLIN)
    assert any("vendor-specific" in note for note in draft.notes)


def test_a_custom_vtimezone_of_one_file_does_not_change_how_the_next_is_read() -> None:
    def zone(offset: str) -> tuple[str, ...]:
        return (
            "BEGIN:VTIMEZONE",
            "TZID:Lounge Time",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            "END:STANDARD",
            "END:VTIMEZONE",
        )

    event = vevent("DTSTART;TZID=Lounge Time:20210609T140000", "DURATION:PT10M", "SUMMARY:Hi")

    first = parse_ics(calendar(*zone("+0200"), *event))
    second = parse_ics(calendar(*zone("+0500"), *event))

    assert first.slots[0].start == at(14, 0)  # +02:00 is Berlin's summer time
    assert second.slots[0].start == at(11, 0)  # 14:00 at +05:00 is 09:00 UTC


def test_a_tzid_nobody_defines_is_read_in_the_events_zone_with_a_note() -> None:
    data = calendar(*vevent("DTSTART;TZID=Nowhere:20210609T140000", "DURATION:PT1H"))

    draft = parse_ics(data)

    assert draft.slots[0].start == at(14, 0)
    assert any("unknown time zone" in note for note in draft.notes)


def test_a_custom_vtimezone_with_an_unbounded_rule_is_refused_quickly() -> None:
    evil = calendar(
        "BEGIN:VTIMEZONE",
        "TZID:Evil",
        "BEGIN:STANDARD",
        "DTSTART:19000101T000000",
        "RRULE:FREQ=SECONDLY",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "END:VTIMEZONE",
        *vevent("DTSTART;TZID=Evil:20250101T100000", "DURATION:PT1H", "SUMMARY:x"),
    )

    started = time.perf_counter()
    assert refusal(evil) == "The calendar's time zone “Evil” cannot be used."
    assert time.perf_counter() - started < TIME_LIMIT


def test_an_unknown_zone_argument_is_refused() -> None:
    assert refusal(RUN_SHEET, timezone="Mars/Olympus") == (
        "Unknown time zone “Mars/Olympus”: expected a name like Europe/Berlin."
    )


# --- Repeating and all-day events -----------------------------------------------------------


def test_a_repeating_event_is_read_as_its_first_occurrence_without_expanding_it() -> None:
    data = calendar(
        *vevent(
            "UID:daily@test",
            "DTSTART;TZID=Europe/Berlin:20210609T140000",
            "DURATION:PT30M",
            "RRULE:FREQ=SECONDLY",  # unbounded: expanding it would never end
            "SUMMARY:Daily",
        ),
        *vevent(
            "UID:weekly@test",
            "DTSTART;TZID=Europe/Berlin:20210609T150000",
            "DURATION:PT30M",
            "RRULE:FREQ=MINUTELY;COUNT=999999999",
            "SUMMARY:Weekly",
        ),
    )

    started = time.perf_counter()
    draft = parse_ics(data)

    assert time.perf_counter() - started < TIME_LIMIT
    assert [s.title for s in draft.slots] == ["Daily", "Weekly"]
    assert "Repeating events were read as their first occurrence only." in draft.notes


def test_an_override_of_a_later_occurrence_is_left_out_and_one_of_the_first_replaces_it() -> None:
    later = parse_ics((KEPT / "rfc_7265_appendix_example_2_ical.ics").read_bytes())
    assert [(s.title, s.start) for s in later.slots] == [
        ("Event #2", datetime(2006, 1, 2, 12, tzinfo=ZoneInfo("America/New_York")))
    ]

    first = calendar(
        *vevent("UID:s@test", "DTSTART:20210609T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY",
                "SUMMARY:Series"),
        *vevent("UID:s@test", "RECURRENCE-ID:20210609T140000Z", "DTSTART:20210609T143000Z",
                "DURATION:PT1H", "SUMMARY:Moved first"),
    )  # fmt: skip
    assert [s.title for s in parse_ics(first).slots] == ["Moved first"]

    # Lotus Notes writes an occurrence that names itself as the one it replaces.
    itself = calendar(
        *vevent("UID:l@test", "DTSTART:20211101T150000Z", "DURATION:PT30M",
                "RECURRENCE-ID:20211101T150000Z", "RDATE:20211206T150000Z", "SUMMARY:Jour fixe"),
    )  # fmt: skip
    assert [s.title for s in parse_ics(itself).slots] == ["Jour fixe"]


def test_all_day_events_are_left_out_and_a_calendar_of_only_those_is_refused() -> None:
    data = calendar(
        *vevent("DTSTART;VALUE=DATE:20210609", "SUMMARY:Konferenztag"),
        *vevent("DTSTART:20210609T140000", "DURATION:PT10M", "SUMMARY:Begrüßung"),
    )

    draft = parse_ics(data)

    assert [s.title for s in draft.slots] == ["Begrüßung"]
    assert "All-day events were left out: a run sheet needs start times." in draft.notes
    assert refusal((KEPT / "example.ics").read_bytes()) == (
        "The calendar holds only all-day events; a run sheet needs start times."
    )


# --- Invitations ----------------------------------------------------------------------------


def invitation(description: str, *attendees: vCalAddress) -> bytes:
    """An invitation for the seed event's afternoon, built as calendar programs write it."""
    cal = Calendar()
    cal.add("PRODID", "-//test//EN")
    cal.add("VERSION", "2.0")
    cal.add("X-WR-CALNAME", "Organisers' calendar")
    invite = VEvent()
    invite.add("UID", "invite@test")
    invite.add("DTSTAMP", datetime(2021, 6, 1, tzinfo=UTC))
    invite.add("DTSTART", at(13, 50))
    invite.add("DTEND", at(15, 30))
    invite.add("SUMMARY", "Innovators Lounge: Open Government")
    invite.add("DESCRIPTION", description)
    invite.add("LOCATION", "https://meet.example.org/lounge")
    for attendee in attendees:
        invite.add("ATTENDEE", attendee)
    cal.add_component(invite)
    data: bytes = cal.to_ical()
    return data


def test_an_invitation_is_one_slot_named_by_its_summary() -> None:
    draft = parse_ics(invitation("Bitte pünktlich einwählen."))

    assert draft.event.title == "Innovators Lounge: Open Government"
    assert draft.event.description == "Bitte pünktlich einwählen."
    assert draft.event.meeting_link == "https://meet.example.org/lounge"
    assert [(s.start, s.duration) for s in draft.slots] == [(at(13, 50), timedelta(minutes=100))]


def test_an_invitation_that_carries_the_agenda_gives_its_run_sheet(seed_page_text: str) -> None:
    plate = vCalAddress("mailto:plate@example.org", params={"CN": "Dr. Tobias Plate"})
    guest = vCalAddress("mailto:guest@example.org", params={"CN": "Ein Gast"})

    draft = parse_ics(invitation(seed_page_text, plate, guest))

    assert [s.start for s in draft.slots] == [
        at(13, 50), at(14, 0), at(14, 10), at(14, 30), at(14, 45), at(15, 0)
    ]  # fmt: skip
    assert draft.event.title == "Open Government – das können wir?!"
    assert draft.event.meeting_link == "https://meet.example.org/lounge"
    # The invitation adds an address to a name on the agenda; other invitees are audience.
    assert person(draft, "dr. tobias plate").contact == "plate@example.org"
    assert all(p.key != "ein gast" for p in draft.people)
    assert "The run sheet was read from the invitation's description; please check it." in (
        draft.notes
    )


def test_organizer_and_chair_from_a_real_client_are_people() -> None:
    draft = parse_ics((KEPT / "issue_156_RDATE_with_PERIOD_TZID_khal.ics").read_bytes())

    assert draft.slot_people == ((("xyz", Role.MODERATOR),),)
    assert person(draft, "xyz").contact == "xyz@xyz.com"


# --- Text -----------------------------------------------------------------------------------


def test_a_character_split_by_line_folding_reads_whole() -> None:
    # "Grüße" with the fold between the two bytes of "ü" (C3 BC), as some writers fold
    # at 75 octets without looking at characters.
    data = calendar(
        *vevent("DTSTART:20210609T140000", "DURATION:PT10M", "SUMMARY:placeholder")
    ).replace(b"placeholder", b"Gr\xc3\r\n \xbc\xc3\x9fe aus Berlin")

    assert parse_ics(data).slots[0].title == "Grüße aus Berlin"


def test_a_byte_order_mark_and_windows_1252_are_read() -> None:
    body = calendar(*vevent("DTSTART:20210609T140000", "DURATION:PT10M", "SUMMARY:Grüße"))

    assert parse_ics(b"\xef\xbb\xbf" + body).slots[0].title == "Grüße"
    assert parse_ics(body.decode().encode("cp1252")).slots[0].title == "Grüße"
    assert parse_ics(body.decode().encode("utf-16")).slots[0].title == "Grüße"


def test_jcal_reads_like_the_same_calendar_as_ics() -> None:
    from_ics = parse_ics((KEPT / "rfc_7265_appendix_example_2_ical.ics").read_bytes())
    from_jcal = parse_ics((KEPT / "rfc_7265_appendix_example_2_jcal.jcal").read_bytes())

    assert from_jcal.slots == from_ics.slots
    assert from_jcal.event == from_ics.event


# --- Refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken_dtstart.ics", "The event “test-123” has an unreadable start time."),
        (
            "broken_ical.ics",
            "The event “An Event with too many semicolons” has a line that cannot be read.",
        ),
        ("fuzz_testcase_invalid_month.ics", "The calendar file is damaged and cannot be read."),
        ("fuzz_testcase_vtimezone_lone_cr.ics", "The calendar file is damaged and cannot be read."),
        ("parsing_error_in_UTC_offset.ics", "The calendar file is damaged and cannot be read."),
        ("big_bad_calendar.ics", "The calendar file is incomplete: it ends before END:VCALENDAR."),
        (
            "invalid_duration.ics",
            "The event “Event with an impractical duration” has an unreadable duration.",
        ),
        (
            "america_new_york_forward_reference.ics",
            "The event “an event with a custom tz name” has more than one start time.",
        ),
        (
            "LICENSE-icalendar.rst",
            "This is not an iCalendar file: it should start with BEGIN:VCALENDAR.",
        ),
    ],
)
def test_broken_files_are_refused_with_one_line(name: str, message: str) -> None:
    assert refusal((KEPT / name).read_bytes()) == message


NOT_ICS = "This is not an iCalendar file: it should start with BEGIN:VCALENDAR."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b" \r\n\r\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", NOT_ICS),
        (b'{"format": "moderator-event"}', NOT_ICS),
        (b"[[[", "The calendar file is damaged and cannot be read."),
        (b"[" * 100_000, "The calendar file is damaged and cannot be read."),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "The calendar holds no events."),
        (calendar(*vevent("SUMMARY:No time")), "No event in the calendar has a start time."),
        (
            calendar(*vevent("DTSTART:20210609T140000", "DTEND:20210609T130000", "SUMMARY:Back")),
            "The event “Back” ends before it starts.",
        ),
        (
            calendar(*vevent("DTSTART:20210609T140000", "DTEND:2021", "SUMMARY:Half")),
            "The event “Half” has an unreadable end time.",
        ),
        (
            calendar(*vevent("DTSTART:99991231T230000Z", "DURATION:P1000W", "UID:far@test")),
            "The event “far@test” lies outside the usable dates.",
        ),
    ],
)  # fmt: skip
def test_input_that_is_no_usable_calendar_is_refused(data: bytes, message: str) -> None:
    assert refusal(data) == message


def test_a_huge_calendar_is_refused_before_it_is_parsed() -> None:
    many = calendar(*vevent("DTSTART:20210609T140000Z") * (MAX_EVENTS + 1))

    started = time.perf_counter()
    assert refusal(many) == (
        f"The calendar holds {MAX_EVENTS + 1} events; a run sheet can have at most {MAX_EVENTS}."
    )
    assert time.perf_counter() - started < TIME_LIMIT
    assert refusal(b"BEGIN:VCALENDAR\r\n" + b"X" * MAX_BYTES) == (
        "The file is too large for a run sheet: it has over 10 MB."
    )
    assert refusal(b"BEGIN:VCALENDAR\r\n" + b"X:\n" * MAX_LINES) == (
        f"The file is too long for a run sheet: it has {MAX_LINES + 1:,} lines, and a calendar "
        f"may have {MAX_LINES:,} plus {LINES_PER_EVENT} per event."
    )


def test_a_calendar_may_have_more_lines_and_parameters_for_each_event_up_to_a_ceiling() -> None:
    """A few events padded with thousands of lines are refused; a big calendar is not."""
    empty_events = b"BEGIN:VEVENT\r\nEND:VEVENT\r\n" * 100
    budget = MAX_LINES + LINES_PER_EVENT * 100
    padded = b"BEGIN:VCALENDAR\r\n" + empty_events + b"X:\r\n" * (budget - 201)
    check_limits(padded)  # with the 200 lines of events and one of the header: at the limit
    assert refusal(padded + b"X:\r\n" * 2) == (
        f"The file is too long for a run sheet: it has {budget + 2:,} lines, and a calendar "
        f"may have {MAX_LINES:,} plus {LINES_PER_EVENT} per event."
    )
    # However many events it holds, no calendar passes the ceiling.
    many = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\nEND:VEVENT\r\n" * 5_000
    assert refusal(many + b"X:\r\n" * (MAX_ALL_LINES - 10_000)) == (
        f"The file is too long for a run sheet: it has over {MAX_ALL_LINES:,} lines."
    )
    parameters = MAX_PARAMETERS + PARAMETERS_PER_EVENT * 100
    assert refusal(b"BEGIN:VCALENDAR\r\n" + empty_events + b"X;A=1;B=2:3\r\n" * (parameters // 2 + 1)) == (
        f"The calendar has {parameters + 2:,} property parameters, and a calendar may have "
        f"{MAX_PARAMETERS:,} plus {PARAMETERS_PER_EVENT} per event; that is not a run sheet."
    )
    assert refusal(many + b"X;A=1;B=2;C=3;D=4;E=5:6\r\n" * (MAX_ALL_PARAMETERS // 5 + 1)) == (
        f"The calendar has over {MAX_ALL_PARAMETERS:,} property parameters; that is not a run sheet."
    )


def test_a_calendar_of_endless_lists_is_refused_before_it_is_parsed() -> None:
    """icalendar makes an object of every value of a list: one line of 400,000 categories
    took seconds and 135 MB; the commas that separate them are counted first."""
    one_line = calendar(*vevent("DTSTART:20210609T140000Z", "CATEGORIES:" + "a," * 400_000 + "b"))
    started = time.perf_counter()
    assert refusal(one_line) == (
        f"The calendar has over {MAX_ALL_COMMAS:,} commas (values of lists); that is not a run sheet."
    )
    assert time.perf_counter() - started < TIME_LIMIT
    budget = MAX_COMMAS + COMMAS_PER_EVENT  # one event
    few_events = calendar(*vevent("DTSTART:20210609T140000Z", "CATEGORIES:" + "a," * (budget + 1) + "b"))
    assert refusal(few_events) == (
        f"The calendar has {budget + 1:,} commas (values of lists), and a calendar may have "
        f"{MAX_COMMAS:,} plus {COMMAS_PER_EVENT} per event; that is not a run sheet."
    )
    # Lists as long as a real calendar's are read.
    assert parse_ics(calendar(*vevent("DTSTART:20210609T140000Z", "SUMMARY:A", "CATEGORIES:" + "a," * 999 + "b")))


def test_the_limits_admit_a_conference_calendar_of_five_thousand_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """The benchmark's 5,000-event calendar (75,000 lines, 57,000 parameters) is not refused
    by a limit (checked without the seconds of parsing it; the flow's tests import a big one)."""
    monkeypatch.syspath_prepend(str(Path(__file__).parent / "benchmarks"))
    import bench_import

    data = bench_import.generate_calendar(5_000)
    assert data.count(b"BEGIN:VEVENT") == 5_000
    check_limits(data)


def test_the_limits_count_piece_by_piece_exactly_as_over_the_whole_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces as small as a few bytes cut nowhere that changes a count: a file just over a
    limit is refused, one at it is not."""
    from moderator.importers import ics

    monkeypatch.setattr(ics, "_BYTES_PIECE", 7)
    head = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n"
    folded = b"X:a long\r\n  folded\r\n\tvalue\r\n"  # one content line
    limit = MAX_LINES + LINES_PER_EVENT - 3
    check_limits(head + folded * limit)
    assert "lines" in refusal(head + folded * (limit + 1))
    parameters = MAX_PARAMETERS + PARAMETERS_PER_EVENT
    check_limits(head + b"X;A=1;B=2:x\r\n" * (parameters // 2))
    assert "parameters" in refusal(head + b"X;A=1;B=2:x\r\n" * (parameters // 2) + b"Y;C=1:x\r\n")
    unended = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\nEND:VEVENT\r\n" + b"BEGIN:VEVENT\r\n" * 1_000
    assert "lines" in refusal(unended + b"X:\r\n" * (MAX_LINES + LINES_PER_EVENT))  # one event ended
    repeated = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + b"DTSTART:20210609T140000Z\r\n" * 12
    check_limits(repeated)  # 12 starts for 2 components: a little damage, left to the parser
    assert refusal(repeated + b"DTSTART:20210609T140000Z\r\n") == "The calendar file is damaged and cannot be read."


def test_deeply_nested_components_are_refused_without_recursion_errors() -> None:
    # Far deeper than Python's recursion limit (1,000).
    deep = b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X-A\r\n" * 5_000 + b"END:VCALENDAR\r\n"

    started = time.perf_counter()
    assert imports_or_refuses_in_one_line(deep) is None
    assert time.perf_counter() - started < TIME_LIMIT


# --- Every file of the icalendar project's test calendars --------------------------------------


def kept_files() -> list[Path]:
    return sorted(path for path in KEPT.iterdir() if path.suffix in (".ics", ".jcal"))


def check_file(path: Path) -> EventDraft | None:
    """Import one file: it imports or is refused in one line, within the time limit."""
    started = time.perf_counter()
    draft = imports_or_refuses_in_one_line(path.read_bytes())
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT, f"{path.name} took {elapsed:.2f} s"
    if draft is not None:
        assert draft.slots and len(draft.slot_people) == len(draft.slots)
        assert all(slot.start.tzinfo == ZoneInfo(draft.event.timezone) for slot in draft.slots)
    return draft


@pytest.mark.parametrize("path", kept_files(), ids=lambda path: path.name)
def test_every_calendar_file_imports_or_is_refused_in_one_line(path: Path) -> None:
    check_file(path)


def test_the_calendar_files_broken_on_purpose_are_all_refused() -> None:
    broken = [
        path
        for pattern in ("broken_*.ics", "fuzz_testcase_*.ics", "parsing_error_in*.ics",
                        "big_bad_calendar.ics")
        for path in KEPT.glob(pattern)
    ]  # fmt: skip

    assert broken
    assert [path.name for path in broken if check_file(path) is not None] == []


# --- Nothing but ImportFailed, whatever the bytes ------------------------------------------

SAMPLES = [path.read_bytes() for path in kept_files()]

ICS_LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE",
        "END:VTIMEZONE", "BEGIN:STANDARD", "END:STANDARD", "TZID:Z", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYMONTH=3", "DTSTART:19700101T000000",
        "DTSTART;TZID=Z:20210609T140000", "DTSTART:20210609T140000Z", "DTSTART:20210609",
        "DTEND:20210609T150000", "DURATION:PT1H", "DURATION:-PT1H", "SUMMARY:Impuls",
        "RRULE:FREQ=DAILY", "RECURRENCE-ID:20210609T140000Z", "UID:a",
        "X-WR-TIMEZONE:Europe/Berlin",
        "ATTENDEE;CN=Dr. A (B);ROLE=CHAIR:mailto:a@b.c", "ORGANIZER:mailto:x@y.invalid",
        "X-MODERATOR-KIND:panel", "DESCRIPTION:14:00 Begrüßung\\n14:10 Impuls", " folded",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise_anything_but_import_failed(data: bytes) -> None:
    imports_or_refuses_in_one_line(data)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(ICS_LINES, max_size=40))
def test_random_calendar_lines_never_raise_anything_but_import_failed(lines: list[str]) -> None:
    imports_or_refuses_in_one_line("\r\n".join(lines).encode())


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.data())
def test_mutated_real_files_never_raise_anything_but_import_failed(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(SAMPLES))
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        if not mutated:
            break
        position = data.draw(st.integers(0, len(mutated) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip":
            mutated[position] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "delete":
            del mutated[position : position + data.draw(st.integers(1, 40))]
        elif action == "insert":
            mutated[position:position] = data.draw(st.binary(min_size=1, max_size=20))
        else:
            del mutated[position:]

    started = time.perf_counter()
    imports_or_refuses_in_one_line(bytes(mutated))
    assert time.perf_counter() - started < TIME_LIMIT


def test_a_large_file_is_unfolded_and_decoded_piece_by_piece_exactly_as_a_whole() -> None:
    """Folds (and the UTF-8 characters they split) right at the pieces' edges read as one."""
    from moderator.importers import ics

    line = "DESCRIPTION:Grüße aus Fürth – Bürgerbeteiligung für alle Gemeinden und Städte"
    body = []
    for n in range(15_000):  # under MAX_LINES, and still over ten pieces
        raw = line.encode("utf-8")
        cut = 5 + n % 60  # fold at every position, inside "ü" and "–" too
        folded = raw[:cut] + (b"\r\n " if n % 3 else b"\n\t") + raw[cut:]
        body.append(folded + (b"\r\n" if n % 2 else b"\n"))
    data = b"BEGIN:VCALENDAR\r\n" + b"".join(body) + b"END:VCALENDAR\r\n"
    assert len(data) > 10 * ics._PIECE
    whole = data
    for fold in ics._FOLDS:
        whole = whole.replace(fold, b"")
    assert ics._decode(data) == whole.decode("utf-8")
    assert ics._decode(data).count("Grüße aus Fürth – Bürgerbeteiligung") == 15_000
