"""The organiser exports the run sheet as iCalendar for the speakers' calendars; importing
that file gives back the same run sheet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers import seed_like_draft
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

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
from moderator.exporters.ics_export import export_ics
from moderator.importers.errors import ImportFailed
from moderator.importers.ics import parse_ics
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
STAMP = datetime(2021, 6, 1, 8, 0, tzinfo=UTC)


def snapshot_of(draft: EventDraft) -> EventSnapshot:
    """The snapshot an event file made from ``draft`` would hold (people and slots get ids)."""
    ids = {person.key: index for index, person in enumerate(draft.people, 1)}
    people = tuple(replace(person, id=ids[person.key]) for person in draft.people)
    slots = tuple(
        replace(
            slot,
            id=100 + index,
            position=index,
            participants=tuple(Participant(ids[key], role) for key, role in pairs),
        )
        for index, (slot, pairs) in enumerate(zip(draft.slots, draft.slot_people, strict=True))
    )
    return EventSnapshot(draft.event, people, slots, (), LiveState())


def run_sheet_of_draft(draft: EventDraft) -> dict[str, Any]:
    """What a run sheet is, from a draft: comparable between a snapshot and an import."""
    return {
        "event": draft.event,
        "slots": [
            (s.title, s.start, s.duration, s.kind, s.pinned, s.warning, s.final, s.notes)
            for s in draft.slots
        ],
        "people in slots": [list(pairs) for pairs in draft.slot_people],
        "people": {
            p.key: (p.name, p.academic_title, p.organisation, p.function, p.contact)
            for p in draft.people
        },
    }


def run_sheet_of_snapshot(snapshot: EventSnapshot) -> dict[str, Any]:
    """The same view of a snapshot (people as in the draft: those in some slot)."""
    keys = {person.id: person.key for person in snapshot.people}
    in_slots = {p.person_id for slot in snapshot.slots for p in slot.participants}
    draft = EventDraft(
        event=snapshot.event,
        people=tuple(person for person in snapshot.people if person.id in in_slots),
        slots=snapshot.slots,
        slot_people=tuple(
            tuple((keys[p.person_id], p.role) for p in slot.participants) for slot in snapshot.slots
        ),
    )
    return run_sheet_of_draft(draft)


def round_trip(snapshot: EventSnapshot) -> EventDraft:
    """Export the snapshot and import the file again."""
    return parse_ics(export_ics(snapshot, stamp=STAMP))


def vevents(data: bytes) -> list[Any]:
    """The VEVENTs of an exported file, read by icalendar as a calendar program would."""
    events: list[Any] = Calendar.from_ical(data).walk("VEVENT")
    return events


# --- The round trip -------------------------------------------------------------------------


def test_importing_the_export_gives_back_the_same_run_sheet() -> None:
    snapshot = snapshot_of(seed_like_draft())

    imported = round_trip(snapshot)

    assert run_sheet_of_draft(imported) == run_sheet_of_snapshot(snapshot)
    assert imported.notes == ()


def test_the_round_trip_through_event_files_keeps_the_run_sheet(tmp_path: Path) -> None:
    first = EventStore.create(tmp_path / "first.moderator", seed_like_draft())
    exported = first.snapshot()
    first.close()

    second = EventStore.create(tmp_path / "second.moderator", round_trip(exported))
    again = second.snapshot()
    second.close()

    assert run_sheet_of_snapshot(again) == run_sheet_of_snapshot(exported)


def test_awkward_text_people_and_settings_survive_the_round_trip() -> None:
    draft = seed_like_draft()
    odd = Person(
        name='Anna "Nan" Müller-Lüdenscheidt, jr.',
        academic_title="Prof. Dr.",
        organisation="Stadt Köln (Amt für Digitales; Team 1)",
        function="Leiterin: Open Data",
        contact="+49 221 1234",
    )
    mailed = Person(name="Jane Doe", contact="jane.doe@example.org", function="CDO")
    slots = (
        replace(
            draft.slots[0],
            title='Begrüßung, Fragen; Antworten: "alles" \\ mehr 🎙',
            notes="Zeile 1\nZeile 2, mit Komma; und Semikolon\n\n  eingerückt",
            pinned=True,
            warning=timedelta(minutes=5),
            final=timedelta(seconds=10),
        ),
        *draft.slots[1:],
    )
    draft = replace(
        draft,
        event=replace(
            draft.event,
            series="Innovators Lounge digital",
            subtitle="Teil 3, mit Gästen",
            description="Erste Zeile\nZweite Zeile",
            stream_link="https://stream.example.org/live",
            registration_link="https://www.lyyti.in/IC_Open_Government_2021",
            meeting_link="https://meet.example.org/lounge",
            language="en",
        ),
        people=(*draft.people, odd, mailed),
        slots=slots,
        slot_people=(((odd.key, Role.HOST), (mailed.key, Role.SPEAKER)), *draft.slot_people[1:]),
    )
    snapshot = snapshot_of(draft)

    assert run_sheet_of_draft(round_trip(snapshot)) == run_sheet_of_snapshot(snapshot)


def test_slots_across_a_daylight_saving_change_keep_their_exact_length() -> None:
    # 01:30 summer time; two hours later it is 02:30 winter time, a wall time that also
    # names an instant one hour earlier.
    night = datetime(2021, 10, 31, 1, 30, tzinfo=BERLIN)
    first = Slot("Vor der Umstellung", night, timedelta(hours=2), SlotKind.TALK)
    second = Slot("Danach", first.end, timedelta(hours=1), SlotKind.TALK)
    draft = EventDraft(
        event=Event("Nachtschicht", night, second.end, "Europe/Berlin"),
        slots=(first, second),
        slot_people=((), ()),
    )
    snapshot = snapshot_of(draft)

    imported = round_trip(snapshot)

    assert [s.duration for s in imported.slots] == [timedelta(hours=2), timedelta(hours=1)]
    assert run_sheet_of_draft(imported) == run_sheet_of_snapshot(snapshot)


def test_an_event_in_utc_is_written_in_utc_without_a_vtimezone() -> None:
    draft = seed_like_draft()
    draft = replace(draft, event=replace(draft.event, timezone="UTC"))
    snapshot = snapshot_of(draft)

    data = export_ics(snapshot, stamp=STAMP)

    assert b"BEGIN:VTIMEZONE" not in data and b"TZID" not in data
    assert b"DTSTART:20210609T115000Z" in data
    imported = parse_ics(data)
    assert imported.event.timezone == "UTC"
    assert run_sheet_of_draft(imported)["slots"] == run_sheet_of_snapshot(snapshot)["slots"]


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(
        st.tuples(
            st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=80),
            st.text(
                # Control characters cannot be written in iCalendar text (the export drops
                # them); line breaks and tabs can.
                st.characters(exclude_categories=("Cc", "Cs"), include_characters="\n\t"),
                max_size=200,
            ),
            st.integers(0, 240),
            st.booleans(),
            st.sampled_from(SlotKind),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]),
)
def test_any_run_sheet_survives_the_round_trip(
    rows: list[tuple[str, str, int, bool, SlotKind]], zone_name: str
) -> None:
    # The night the clocks go forward in Europe: some slots end in the skipped hour.
    start = datetime(2021, 3, 27, 22, 0, tzinfo=ZoneInfo(zone_name))
    slots: list[Slot] = []
    for title, notes, minutes, pinned, kind in rows:
        slot = Slot(
            " ".join(title.split()),
            start,
            timedelta(minutes=minutes),
            kind,
            notes=notes.strip(),
            pinned=pinned,
        )
        slots.append(slot)
        start = slot.end  # as the run sheet does: exact, in UTC
    draft = EventDraft(
        event=Event("Lounge", slots[0].start, slots[-1].end, zone_name),
        slots=tuple(slots),
        slot_people=tuple(() for _ in slots),
    )
    snapshot = snapshot_of(draft)

    assert run_sheet_of_draft(round_trip(snapshot)) == run_sheet_of_snapshot(snapshot)


# --- What calendar programs see ------------------------------------------------------------


def test_the_export_is_a_calendar_with_one_vevent_per_slot_in_the_events_zone() -> None:
    snapshot = snapshot_of(seed_like_draft())

    data = export_ics(snapshot, stamp=STAMP)

    calendar: Any = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert calendar["X-WR-CALNAME"] == "Open Government – das können wir?!"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Berlin"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [s.title for s in snapshot.slots]
    assert all(e["DTSTART"].params["TZID"] == "Europe/Berlin" for e in events)
    assert events[0]["DTSTART"].dt == datetime(2021, 6, 9, 13, 50, tzinfo=BERLIN)
    assert events[0]["DTEND"].dt == datetime(2021, 6, 9, 14, 0, tzinfo=BERLIN)
    assert [e["CATEGORIES"].cats for e in events][:3] == [["Pre-show"], ["Welcome"], ["Talk"]]
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all(e["DTSTAMP"].dt == STAMP for e in events)


def test_the_moderator_chairs_and_speakers_take_part() -> None:
    panel = vevents(export_ics(snapshot_of(seed_like_draft()), stamp=STAMP))[-1]

    roles = {str(a.params["CN"]): a.params["ROLE"] for a in panel["ATTENDEE"]}
    assert roles == {
        "David Goessmann": "REQ-PARTICIPANT",
        "Adriana Groh": "REQ-PARTICIPANT",
        "Ralf Laumer": "REQ-PARTICIPANT",
        "Dr. Tobias Plate": "REQ-PARTICIPANT",
        "Dr. Kristina Schade": "REQ-PARTICIPANT",
        "Alexander Handschuh": "CHAIR",
    }
    assert panel["ORGANIZER"].params["CN"] == "Alexander Handschuh"
    # Nobody has an e-mail address on the seed run sheet: the addresses are placeholders
    # that no mail reaches.
    assert all(str(a).endswith("@moderator.invalid") for a in panel["ATTENDEE"])


def test_the_file_is_well_formed_for_calendar_programs() -> None:
    data = export_ics(snapshot_of(seed_like_draft()), stamp=STAMP)

    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    data.decode("utf-8")  # folding never splits a character


def test_the_same_event_gives_the_same_bytes_and_stable_uids() -> None:
    snapshot = snapshot_of(seed_like_draft())

    assert export_ics(snapshot, stamp=STAMP) == export_ics(snapshot, stamp=STAMP)
    later = replace(snapshot, slots=tuple(replace(s, notes="geändert") for s in snapshot.slots))
    uids = [str(e["UID"]) for e in vevents(export_ics(snapshot, stamp=STAMP))]
    assert [str(e["UID"]) for e in vevents(export_ics(later))] == uids


def test_an_empty_run_sheet_is_an_empty_calendar_that_imports_as_no_events() -> None:
    draft = seed_like_draft()
    snapshot = snapshot_of(replace(draft, slots=(), slot_people=()))

    data = export_ics(snapshot, stamp=STAMP)

    assert vevents(data) == []
    with pytest.raises(ImportFailed, match="^The calendar holds no events.$"):
        parse_ics(data)
