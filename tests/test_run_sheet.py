"""The run-sheet editor's rules, told as small stories on the seed lounge's run sheet.

No Qt and no database: the run sheet is the seed (tests/helpers.py) with the ids a store
would give it: slots 1 (check-in, 13:50) to 6 (panel, 15:00–15:30), people 1 (Handschuh)
to 7 (Groh). Each operation is applied to a sheet and its change inspected, as the editor
and a store would.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers import seed_like_draft
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.domain.errors import fill
from moderator.domain.model import Event, Participant, Person, Role, Slot, SlotKind
from moderator.domain.queue import UNCHANGED, Unchanged
from moderator.domain.run_sheet import (
    UNDO_LIMIT,
    RunSheet,
    RunSheetChange,
    RunSheetConflict,
    RunSheetError,
    RunSheetOp,
    RunSheetUndo,
    duration_text,
    relink,
)
from moderator.domain.run_sheet_findings import Finding, FindingKind, validate
from moderator.domain.run_sheet_ops import (
    AddPerson,
    AddSlot,
    AssignPerson,
    DuplicateSlot,
    EditPerson,
    MoveSlot,
    RemovePerson,
    RemoveSlot,
    ReorderParticipants,
    ReplaceSheet,
    SetDuration,
    SetEnd,
    SetPinned,
    SetSlotFields,
    SetStart,
    UnassignPerson,
)

BERLIN = ZoneInfo("Europe/Berlin")
CHECK_IN, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = 1, 2, 3, 4, 5, 6
HANDSCHUH, PLATE, HASELBECK, SCHADE, GOESSMANN, LAUMER, GROH = 1, 2, 3, 4, 5, 6, 7


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """A time on the day of the seed lounge, in Berlin."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


def minutes(count: float) -> timedelta:
    return timedelta(minutes=count)


def stored(sheet: RunSheet) -> RunSheet:
    """``sheet`` as a store would hand it back: temporary id -n becomes n."""
    slot_ids = {s.id: -s.id for s in sheet.slots if s.id is not None and s.id < 0}
    person_ids = {p.id: -p.id for p in sheet.people if p.id is not None and p.id < 0}
    return sheet.with_ids(slot_ids, person_ids)


def seed() -> RunSheet:
    """The seed lounge's run sheet, stored."""
    return stored(RunSheet.from_draft(seed_like_draft()))


def starts(sheet: RunSheet) -> dict[str, str]:
    """Slot title → planned start as the run sheet prints it."""
    return {slot.title: slot.start.astimezone(BERLIN).strftime("%H:%M") for slot in sheet.slots}


def titles(sheet: RunSheet) -> list[str]:
    return [slot.title for slot in sheet.slots]


def kinds(findings: tuple[Finding, ...]) -> list[tuple[FindingKind, int]]:
    return [(finding.kind, finding.slot_id) for finding in findings]


def undone(change: RunSheetChange) -> RunSheet:
    """The sheet after taking ``change`` back."""
    return change.undo.apply(change.sheet).sheet


# --- the seed ---------------------------------------------------------------------------


def test_the_seed_run_sheet_validates_clean() -> None:
    sheet = seed()

    assert validate(sheet) == ()
    assert starts(sheet) == {
        "Einwahl und Technik-Check": "13:50",
        "Begrüßung": "14:00",
        "Impuls 1": "14:10",
        "Impuls 2": "14:30",
        "Impuls 3": "14:45",
        "Moderiertes Gespräch": "15:00",
    }


def test_a_draft_gets_temporary_ids_and_its_people_in_their_slots() -> None:
    sheet = RunSheet.from_draft(seed_like_draft())

    assert [s.id for s in sheet.slots] == [-1, -2, -3, -4, -5, -6]
    assert [p.id for p in sheet.people] == [-1, -2, -3, -4, -5, -6, -7]
    assert sheet.slots[1].participants == (Participant(-1, Role.HOST), Participant(-2, Role.SPEAKER))
    assert [p.person_id for p in sheet.slots[5].participants] == [-5, -7, -6, -2, -4, -1]
    assert [s.position for s in sheet.slots] == [0, 1, 2, 3, 4, 5]


def test_a_run_sheet_refuses_items_without_ids_or_with_unknown_people() -> None:
    sheet = seed()

    with pytest.raises(ValueError, match="needs an id"):
        RunSheet(sheet.event, (replace(sheet.slots[0], id=None),), ())
    with pytest.raises(ValueError, match="repeat"):
        RunSheet(sheet.event, (sheet.slots[0], sheet.slots[0]), ())
    with pytest.raises(ValueError, match="unknown person"):
        RunSheet(sheet.event, sheet.slots, ())


# --- linked starts ----------------------------------------------------------------------


def test_a_longer_first_impulse_pushes_the_later_impulses_and_the_panel() -> None:
    change = SetDuration(IMPULS_1, minutes(25)).apply(seed())

    assert starts(change.sheet) == {
        "Einwahl und Technik-Check": "13:50",
        "Begrüßung": "14:00",
        "Impuls 1": "14:10",
        "Impuls 2": "14:35",
        "Impuls 3": "14:50",
        "Moderiertes Gespräch": "15:05",
    }
    assert change.description == "Change length"
    [late] = validate(change.sheet)
    assert (late.kind, late.slot_id, late.amount) == (FindingKind.AFTER_END, PANEL, minutes(5))
    assert late.message == "\u201cModeriertes Gespräch\u201d ends 5:00 after the end of the show."


def test_a_pinned_panel_stays_at_three_and_the_overlap_is_reported() -> None:
    sheet = SetPinned(PANEL, True).apply(seed()).sheet

    sheet = SetDuration(IMPULS_1, minutes(25)).apply(sheet).sheet

    assert starts(sheet)["Impuls 3"] == "14:50"
    assert starts(sheet)["Moderiertes Gespräch"] == "15:00"
    [overlap] = validate(sheet)
    assert overlap.kind == FindingKind.OVERLAP
    assert (overlap.slot_id, overlap.other_slot_id, overlap.amount) == (PANEL, IMPULS_3, minutes(5))
    assert overlap.message == (
        "\u201cModeriertes Gespräch\u201d starts 5:00 before \u201cImpuls 3\u201d ends."
    )
    assert overlap.context == "run_sheet"
    assert fill(overlap.template, **overlap.fields) == overlap.message


def test_a_shorter_impulse_before_a_pinned_panel_leaves_a_gap() -> None:
    sheet = SetPinned(PANEL, True).apply(seed()).sheet

    sheet = SetDuration(IMPULS_2, minutes(10)).apply(sheet).sheet

    assert starts(sheet)["Impuls 3"] == "14:40"
    [gap] = validate(sheet)
    assert (gap.kind, gap.slot_id, gap.other_slot_id, gap.amount) == (
        FindingKind.GAP, PANEL, IMPULS_3, minutes(5),
    )
    assert gap.message == "5:00 free between \u201cImpuls 3\u201d and \u201cModeriertes Gespräch\u201d."


def test_unpinning_the_panel_links_it_to_the_impulse_before_again() -> None:
    sheet = SetPinned(PANEL, True).apply(seed()).sheet
    sheet = SetDuration(IMPULS_1, minutes(25)).apply(sheet).sheet

    change = SetPinned(PANEL, False).apply(sheet)

    assert starts(change.sheet)["Moderiertes Gespräch"] == "15:05"
    assert change.description == "Unpin slot"


def test_setting_a_start_pins_the_slot_and_the_later_ones_follow() -> None:
    change = SetStart(IMPULS_2, at(14, 35)).apply(seed())

    moved = change.sheet.slot(IMPULS_2)
    assert moved.pinned
    assert starts(change.sheet)["Impuls 3"] == "14:50"
    assert kinds(validate(change.sheet)) == [(FindingKind.GAP, IMPULS_2), (FindingKind.AFTER_END, PANEL)]


def test_a_start_given_in_utc_is_kept_in_the_events_zone() -> None:
    change = SetStart(IMPULS_2, datetime(2021, 6, 9, 12, 35, tzinfo=ZoneInfo("UTC"))).apply(seed())

    assert change.sheet.slot(IMPULS_2).start.tzinfo is BERLIN
    assert starts(change.sheet)["Impuls 2"] == "14:35"


def test_setting_the_end_changes_the_length_and_pulls_the_later_slots() -> None:
    change = SetEnd(IMPULS_1, at(14, 25)).apply(seed())

    assert change.sheet.slot(IMPULS_1).duration == minutes(15)
    assert starts(change.sheet)["Impuls 2"] == "14:25"
    assert change.sheet.slots[-1].end == at(15, 25)


def test_linked_starts_are_exact_across_a_daylight_saving_change() -> None:
    night = datetime(2021, 3, 28, 1, 30, tzinfo=BERLIN)  # clocks jump from 2:00 to 3:00
    event = Event("Night lounge", night, night + timedelta(hours=3), "Europe/Berlin")
    first = Slot("Before", night, minutes(60), id=1)
    second = Slot("After", night, minutes(30), id=2)

    [_, linked] = relink((first, second), 0)

    assert linked.start.strftime("%H:%M") == "03:30"
    assert linked.start.tzinfo is BERLIN
    sheet = RunSheet(event, (first, linked))
    shorter = SetEnd(1, datetime(2021, 3, 28, 3, 15, tzinfo=BERLIN)).apply(sheet).sheet
    assert shorter.slot(1).duration == minutes(45)


def test_relink_leaves_the_slots_before_the_index_and_the_first_slot_alone() -> None:
    sheet = seed()
    shifted = tuple(replace(slot, start=slot.start + minutes(3)) for slot in sheet.slots)

    linked = relink(shifted, 3)

    assert linked[:3] == shifted[:3]
    assert [s.start for s in linked[3:]] == [at(14, 33), at(14, 48), at(15, 3)]
    assert relink(shifted, 0)[0] is shifted[0]


# --- adding, removing, duplicating, moving ----------------------------------------------


def test_an_added_slot_after_the_welcome_pushes_the_impulses() -> None:
    add = AddSlot(after_index=1, title="Umfrage", kind=SlotKind.OTHER, duration=minutes(5))

    change = add.apply(seed())

    assert change.new_slot_id == -1
    assert titles(change.sheet)[2] == "Umfrage"
    assert starts(change.sheet)["Umfrage"] == "14:10"
    assert starts(change.sheet)["Impuls 1"] == "14:15"
    assert change.sheet.slots[-1].end == at(15, 35)
    assert [s.position for s in change.sheet.slots] == list(range(7))


def test_a_slot_added_at_the_top_ends_when_the_show_begins_and_moves_nothing() -> None:
    sheet = RemoveSlot(CHECK_IN).apply(seed()).sheet

    change = AddSlot(after_index=None, title="Soundcheck", kind=SlotKind.PRE_SHOW).apply(sheet)

    assert titles(change.sheet)[0] == "Soundcheck"
    assert starts(change.sheet)["Soundcheck"] == "13:50"
    assert starts(change.sheet)["Begrüßung"] == "14:00"
    assert validate(change.sheet) == ()


def test_a_slot_added_to_an_empty_run_sheet_starts_with_the_event() -> None:
    empty = RunSheet(seed().event)

    change = AddSlot(None, "Begrüßung", SlotKind.WELCOME).apply(empty)

    assert change.sheet.slots[0].start == at(14, 0)
    assert change.sheet.slots[0].duration == minutes(10)
    assert kinds(validate(change.sheet)) == [(FindingKind.NO_PEOPLE, -1)]


def test_a_new_slot_without_a_title_is_reported() -> None:
    change = AddSlot(after_index=5).apply(seed())

    [after_end, untitled] = validate(change.sheet)
    assert after_end.kind == FindingKind.AFTER_END
    assert (untitled.kind, untitled.slot_id) == (FindingKind.NO_TITLE, -1)
    assert untitled.message == "Slot 7 has no title."


def test_removing_the_second_impulse_closes_up_the_gap() -> None:
    change = RemoveSlot(IMPULS_2).apply(seed())

    assert starts(change.sheet) == {
        "Einwahl und Technik-Check": "13:50",
        "Begrüßung": "14:00",
        "Impuls 1": "14:10",
        "Impuls 3": "14:30",
        "Moderiertes Gespräch": "14:45",
    }
    assert [s.position for s in change.sheet.slots] == [0, 1, 2, 3, 4]
    assert validate(change.sheet) == ()


def test_removing_the_check_in_does_not_move_the_welcome() -> None:
    change = RemoveSlot(CHECK_IN).apply(seed())

    assert starts(change.sheet)["Begrüßung"] == "14:00"
    assert validate(change.sheet) == ()


def test_a_duplicated_impulse_follows_its_original_with_the_same_people_and_notes() -> None:
    sheet = SetSlotFields(IMPULS_3, notes="Folien teilen lassen").apply(seed()).sheet
    sheet = SetPinned(IMPULS_3, True).apply(sheet).sheet

    change = DuplicateSlot(IMPULS_3).apply(sheet)

    original, copy = change.sheet.slots[4], change.sheet.slots[5]
    assert copy.id == change.new_slot_id == -1
    assert (copy.title, copy.kind, copy.notes, copy.participants) == (
        original.title, original.kind, original.notes, original.participants,
    )
    assert not copy.pinned
    assert copy.start == at(15, 0)
    assert starts(change.sheet)["Moderiertes Gespräch"] == "15:15"


def test_moving_the_third_impulse_before_the_first_relinks_from_there() -> None:
    change = MoveSlot(IMPULS_3, to_index=2).apply(seed())

    assert titles(change.sheet)[2:5] == ["Impuls 3", "Impuls 1", "Impuls 2"]
    assert [s.start for s in change.sheet.slots[2:]] == [at(14, 10), at(14, 25), at(14, 45), at(15, 0)]
    assert change.sheet.slot(IMPULS_3).position == 2


def test_moving_a_slot_down_by_keyboard_swaps_it_with_the_next() -> None:
    change = MoveSlot(IMPULS_1, to_index=3).apply(seed())

    assert titles(change.sheet)[2:4] == ["Impuls 2", "Impuls 1"]
    assert starts(change.sheet)["Impuls 2"] == "14:10"
    assert starts(change.sheet)["Impuls 1"] == "14:25"
    assert starts(change.sheet)["Moderiertes Gespräch"] == "15:00"


def test_a_reorder_at_the_top_keeps_the_show_starting_when_it_did() -> None:
    change = MoveSlot(WELCOME, to_index=0).apply(seed())

    assert starts(change.sheet)["Begrüßung"] == "13:50"
    assert starts(change.sheet)["Einwahl und Technik-Check"] == "14:00"
    assert starts(change.sheet)["Impuls 1"] == "14:10"
    assert kinds(validate(change.sheet)) == [(FindingKind.BEFORE_START, WELCOME)]


def test_a_pinned_slot_keeps_its_time_when_moved() -> None:
    sheet = SetPinned(PANEL, True).apply(seed()).sheet

    change = MoveSlot(PANEL, to_index=2).apply(sheet)

    assert starts(change.sheet)["Moderiertes Gespräch"] == "15:00"
    assert starts(change.sheet)["Impuls 1"] == "15:30"
    assert kinds(validate(change.sheet)) == [
        (FindingKind.GAP, PANEL),
        (FindingKind.AFTER_END, IMPULS_1),
        (FindingKind.AFTER_END, IMPULS_2),
        (FindingKind.AFTER_END, IMPULS_3),
    ]


def test_moving_a_slot_to_where_it_is_changes_nothing() -> None:
    change = MoveSlot(IMPULS_1, to_index=2).apply(seed())

    assert not change.changed
    assert change.sheet == seed()


# --- slot fields ------------------------------------------------------------------------


def test_a_slot_gets_a_title_kind_notes_and_cues_and_keeps_what_is_unchanged() -> None:
    change = SetSlotFields(
        IMPULS_2, title="  Impuls 2:\nOpen State ", kind=SlotKind.QA,
        notes="  Auf Englisch!\n\n\n\nDolmetschung prüfen  ", warning=minutes(3),
    ).apply(seed())

    slot = change.sheet.slot(IMPULS_2)
    assert slot.title == "Impuls 2: Open State"
    assert slot.kind == SlotKind.QA
    assert slot.notes == "Auf Englisch!\n\nDolmetschung prüfen"
    assert slot.warning == minutes(3)
    assert slot.final == seed().slot(IMPULS_2).final
    assert slot.start == seed().slot(IMPULS_2).start


def test_an_empty_edit_changes_nothing() -> None:
    change = SetSlotFields(IMPULS_2, title=UNCHANGED).apply(seed())

    assert not change.changed


# --- people -----------------------------------------------------------------------------


def test_a_new_panelist_is_added_assigned_and_introduced() -> None:
    person = Person(
        name=" Hannah  Müller ", function="Bürgermeisterin", organisation="Gemeinde Lahntal",
        intro="  Seit 2019 im Amt.  ", pronunciation="MÜL-ler", id=99,
    )
    added = AddPerson(person).apply(seed())
    assert added.new_person_id == -1
    assert added.sheet.person(-1).name == "Hannah Müller"
    assert added.sheet.person(-1).intro == "Seit 2019 im Amt."

    change = AssignPerson(PANEL, -1, Role.PANELIST).apply(added.sheet)

    assert change.sheet.slot(PANEL).participants[-1] == Participant(-1, Role.PANELIST)


def test_a_person_already_in_the_slot_gets_the_new_role_in_their_place() -> None:
    change = AssignPerson(WELCOME, HANDSCHUH, Role.MODERATOR).apply(seed())

    assert change.sheet.slot(WELCOME).participants == (
        Participant(HANDSCHUH, Role.MODERATOR), Participant(PLATE, Role.SPEAKER),
    )
    assert not AssignPerson(WELCOME, HANDSCHUH, Role.HOST).apply(seed()).changed


def test_a_speaker_taken_out_of_a_talk_leaves_it_without_people() -> None:
    change = UnassignPerson(IMPULS_3, LAUMER).apply(seed())

    assert change.sheet.slot(IMPULS_3).participants == ()
    assert change.sheet.person(LAUMER).name == "Ralf Laumer"
    [empty] = validate(change.sheet)
    assert (empty.kind, empty.slot_id) == (FindingKind.NO_PEOPLE, IMPULS_3)
    assert empty.message == "Nobody is assigned to \u201cImpuls 3\u201d."


def test_a_removed_person_leaves_every_slot_they_were_in() -> None:
    change = RemovePerson(GOESSMANN).apply(seed())

    assert all(p.id != GOESSMANN for p in change.sheet.people)
    assert change.sheet.slot(IMPULS_2).participants == ()
    assert GOESSMANN not in [p.person_id for p in change.sheet.slot(PANEL).participants]
    assert kinds(validate(change.sheet)) == [(FindingKind.NO_PEOPLE, IMPULS_2)]


def test_a_persons_details_are_edited_and_the_rest_kept() -> None:
    change = EditPerson(PLATE, function="Referatsleiter", pronunciation="PLAH-te").apply(seed())

    plate = change.sheet.person(PLATE)
    assert (plate.display_name, plate.function, plate.organisation, plate.pronunciation) == (
        "Dr. Tobias Plate", "Referatsleiter", "Bundeskanzleramt", "PLAH-te",
    )


def test_the_panel_is_reordered_so_that_the_moderator_comes_first() -> None:
    order = (HANDSCHUH, GOESSMANN, GROH, LAUMER, PLATE, SCHADE)

    change = ReorderParticipants(PANEL, order).apply(seed())

    assert tuple(p.person_id for p in change.sheet.slot(PANEL).participants) == order
    assert change.sheet.slot(PANEL).participants[0].role == Role.MODERATOR


@pytest.mark.parametrize(
    ("op", "message"),
    [
        (RemoveSlot(42), "There is no slot 42 on the run sheet."),
        (AssignPerson(PANEL, 42, Role.PANELIST), "There is no person 42 on the run sheet."),
        (SetDuration(IMPULS_1, timedelta(0)), "A slot must end after it starts."),
        (SetDuration(IMPULS_1, minutes(-5)), "A slot must end after it starts."),
        (SetEnd(IMPULS_1, at(14, 10)), "A slot must end after it starts."),
        (SetDuration(IMPULS_1, timedelta(hours=25)), "A slot cannot last longer than 24 hours."),
        (AddSlot(after_index=6), "There is no place 6 on the run sheet; it has 6 slots."),
        (MoveSlot(PANEL, to_index=-1), "There is no place -1 on the run sheet; it has 6 slots."),
        (
            SetStart(IMPULS_1, datetime(2021, 6, 9, 14, 12)),
            "The time 2021-06-09 14:12 has no time zone; give it with its zone.",
        ),
        (
            SetSlotFields(PANEL, final=timedelta(seconds=-1)),
            "A warning or final cue must lie between zero and 24 hours before the end.",
        ),
        (AddPerson(Person(name="  ")), "A person needs a name."),
        (
            AddPerson(Person(name="Tobias  Plate", academic_title="dr.")),
            "Dr. Tobias Plate is already on the run sheet.",
        ),
        (EditPerson(GROH, name="Ralf Laumer"), "Ralf Laumer is already on the run sheet."),
        (UnassignPerson(IMPULS_1, GROH), "Adriana Groh is not in \u201cImpuls 1\u201d."),
        (
            ReorderParticipants(WELCOME, (PLATE,)),
            "The new order must name everyone in \u201cBegrüßung\u201d exactly once.",
        ),
        (
            ReorderParticipants(WELCOME, (PLATE, HANDSCHUH, PLATE)),
            "The new order must name everyone in \u201cBegrüßung\u201d exactly once.",
        ),
    ],
)
def test_an_operation_that_does_not_apply_says_why_in_one_line(op: RunSheetOp, message: str) -> None:
    with pytest.raises(RunSheetError) as raised:
        op.apply(seed())

    assert raised.value.message == message
    assert raised.value.context == "run_sheet"


def test_durations_are_kept_in_whole_seconds_as_a_store_keeps_them() -> None:
    change = SetDuration(IMPULS_1, timedelta(minutes=20, microseconds=600_000)).apply(seed())

    assert change.sheet.slot(IMPULS_1).duration == timedelta(minutes=20, seconds=1)


# --- validation on crafted sheets -------------------------------------------------------


def test_a_talk_before_the_show_is_reported_but_the_check_in_is_not() -> None:
    sheet = seed()
    early = replace(sheet.slots[2], start=at(13, 40), pinned=True)
    crafted = RunSheet(sheet.event, (sheet.slots[0], early), sheet.people)

    findings = validate(crafted)

    assert kinds(findings) == [(FindingKind.OVERLAP, IMPULS_1), (FindingKind.BEFORE_START, IMPULS_1)]
    assert findings[1].amount == minutes(20)
    assert findings[1].message == (
        "\u201cImpuls 1\u201d starts 20:00 before the show; only a pre-show may."
    )


def test_a_gap_an_overlap_a_late_end_and_an_empty_talk_all_show() -> None:
    sheet = seed()
    slots = list(sheet.slots)
    slots[3] = replace(slots[3], start=at(14, 33), participants=())  # 3 min gap, nobody on
    slots[4] = replace(slots[4], start=at(14, 45))  # Impuls 2 ends 14:48: 3 min overlap
    slots[5] = replace(slots[5], duration=timedelta(hours=1, minutes=5, seconds=30))
    crafted = RunSheet(sheet.event, tuple(slots), sheet.people)

    findings = validate(crafted)

    assert [(f.kind, f.slot_id, f.other_slot_id, f.amount) for f in findings] == [
        (FindingKind.GAP, IMPULS_2, IMPULS_1, minutes(3)),
        (FindingKind.NO_PEOPLE, IMPULS_2, None, None),
        (FindingKind.OVERLAP, IMPULS_3, IMPULS_2, minutes(3)),
        (FindingKind.AFTER_END, PANEL, None, timedelta(minutes=35, seconds=30)),
    ]
    assert findings[-1].fields["amount"] == "35:30"
    assert len(set(findings)) == 4  # findings are values


def test_lengths_read_as_the_run_sheet_prints_them() -> None:
    assert duration_text(minutes(5)) == "5:00"
    assert duration_text(timedelta(hours=1, minutes=5)) == "1:05:00"
    assert duration_text(timedelta(milliseconds=300)) == "0:01"


# --- undo and redo ----------------------------------------------------------------------

EVERY_OP: list[RunSheetOp] = [
    AddSlot(after_index=2, title="Umfrage"),
    AddSlot(after_index=None, title="Soundcheck", kind=SlotKind.PRE_SHOW),
    RemoveSlot(IMPULS_2),
    RemoveSlot(CHECK_IN),
    DuplicateSlot(PANEL),
    MoveSlot(PANEL, 0),
    SetStart(IMPULS_3, at(14, 50)),
    SetDuration(IMPULS_1, minutes(30)),
    SetEnd(WELCOME, at(14, 5)),
    SetPinned(PANEL, True),
    SetSlotFields(
        PANEL, title="Arena", kind=SlotKind.QA, notes="Fragen!", warning=minutes(5), final=minutes(1)
    ),
    AddPerson(Person(name="Hannah Müller")),
    EditPerson(SCHADE, organisation="BMI", intro="Leitet das Referat."),
    RemovePerson(PLATE),
    AssignPerson(IMPULS_1, GROH, Role.SPEAKER),
    UnassignPerson(PANEL, GROH),
    ReorderParticipants(WELCOME, (PLATE, HANDSCHUH)),
]


@pytest.mark.parametrize("op", EVERY_OP, ids=lambda op: type(op).__name__)
def test_every_operation_is_undone_exactly_and_redone(op: RunSheetOp) -> None:
    sheet = seed()
    history = RunSheetUndo()
    change = op.apply(sheet)
    assert change.changed
    history.push(change)
    assert history.undo_description == change.description

    back = history.undo(change.sheet)

    assert back is not None
    assert back.sheet == sheet
    assert back.description == change.description
    assert history.redo_description == change.description
    again = history.redo(back.sheet)
    assert again is not None and again.sheet == change.sheet
    assert undone(change) == sheet


def test_an_undo_refuses_to_overwrite_a_change_made_elsewhere_meanwhile() -> None:
    history = RunSheetUndo()
    change = SetDuration(IMPULS_1, minutes(25)).apply(seed())
    history.push(change)
    elsewhere = SetSlotFields(PANEL, notes="von Ko-Moderation").apply(change.sheet).sheet

    with pytest.raises(RunSheetError, match="changed elsewhere"):
        history.undo(elsewhere)

    assert history.can_undo and not history.can_redo


def test_people_in_another_order_still_count_as_the_same_sheet() -> None:
    change = SetDuration(IMPULS_1, minutes(25)).apply(seed())
    reread = replace(change.sheet, people=tuple(reversed(change.sheet.people)))

    assert change.undo.apply(reread).sheet == seed()


def test_undo_and_redo_follow_the_ids_a_store_gave_to_new_slots() -> None:
    history = RunSheetUndo()
    added = AddSlot(after_index=5, title="Ausblick").apply(seed())
    stored_add = added.with_ids({-1: 7}, {})
    history.push(stored_add)
    assert stored_add.new_slot_id == 7
    renamed = SetSlotFields(7, title="Ausblick und Dank").apply(stored_add.sheet)
    history.push(renamed)

    first = history.undo(renamed.sheet)
    assert first is not None
    assert first.sheet.slot(7).title == "Ausblick"
    second = history.undo(first.sheet)
    assert second is not None and second.sheet == seed()

    redone = history.redo(second.sheet)
    assert redone is not None and redone.sheet.slot(7).title == "Ausblick"


def test_a_store_that_renames_on_redo_renames_the_later_steps_too() -> None:
    history = RunSheetUndo()
    person = AddPerson(Person(name="Hannah Müller")).apply(seed()).with_ids({}, {-1: 8})
    history.push(person)
    assigned = AssignPerson(PANEL, 8, Role.PANELIST).apply(person.sheet)
    history.push(assigned)
    assert history.undo(assigned.sheet) is not None
    back = history.undo(person.sheet)
    assert back is not None

    redo_op = history.redo_op()
    assert redo_op is not None
    redone = redo_op.apply(back.sheet).with_ids({}, {8: 9})  # id 8 was taken meanwhile
    history.record_redone(redone)
    assert redone.sheet.person(9).name == "Hannah Müller"

    again = history.redo(redone.sheet)
    assert again is not None
    assert again.sheet.slot(PANEL).participants[-1] == Participant(9, Role.PANELIST)


def test_a_change_that_changed_nothing_is_not_an_undo_step() -> None:
    history = RunSheetUndo()

    history.push(SetPinned(PANEL, False).apply(seed()))

    assert not history.can_undo
    assert history.undo(seed()) is None
    assert history.redo(seed()) is None


def test_a_new_edit_clears_the_redo_steps_and_the_history_is_bounded() -> None:
    history = RunSheetUndo()
    sheet = seed()
    for count in range(UNDO_LIMIT + 5):
        change = SetSlotFields(PANEL, notes=f"Notiz {count}").apply(sheet)
        history.push(change)
        sheet = change.sheet
    undone_all = 0
    while (change_back := history.undo(sheet)) is not None:
        sheet = change_back.sheet
        undone_all += 1
    assert undone_all == UNDO_LIMIT
    assert sheet.slot(PANEL).notes == "Notiz 4"

    history.push(SetSlotFields(PANEL, notes="neu").apply(sheet))

    assert not history.can_redo
    history.clear()
    assert not history.can_undo


def test_replacing_the_sheet_without_expectation_overwrites_and_is_undone() -> None:
    other = RemoveSlot(CHECK_IN).apply(seed()).sheet

    change = ReplaceSheet(other).apply(seed())

    assert change.sheet is other
    assert change.description == "Replace run sheet"
    assert undone(change) == seed()


# --- random edits: undo all returns the original ----------------------------------------


#: One random edit: which operation, then numbers and values it picks its arguments from.
Recipe = tuple[int, int, int, int, str, bool, SlotKind, Role, str]
RECIPES = st.tuples(
    st.integers(0, 14),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(-90, 150),
    st.sampled_from(["", "Arena", "  Pause \n", "Impuls 4"]),
    st.booleans(),
    st.sampled_from(SlotKind),
    st.sampled_from(Role),
    st.sampled_from(["Hannah Müller", "Ralf Laumer", "", "Jo"]),
)


def _op(recipe: Recipe, sheet: RunSheet) -> RunSheetOp:
    """The edit ``recipe`` describes on ``sheet``: mostly valid, some naming things not there.

    Ids are picked by number from the sheet's ids and 404 (unknown); a number also gives a
    length (-1 to 39 minutes), an index (-1 to the slot count) and a time around the show.
    """
    which, a, b, m, text, flag, kind, role, name = recipe
    slot_ids = [*(s.id for s in sheet.slots if s.id is not None), 404]
    person_ids = [*(p.id for p in sheet.people if p.id is not None), 404]
    slot_id, person_id = slot_ids[a % len(slot_ids)], person_ids[b % len(person_ids)]
    index = b % (len(sheet.slots) + 2) - 1
    length, time = minutes(a - 1), sheet.event.start + minutes(m)
    field: str | Unchanged = UNCHANGED if flag else text
    ops: list[RunSheetOp] = [
        AddSlot(None if flag else index, text, kind, length),
        RemoveSlot(slot_id),
        DuplicateSlot(slot_id),
        MoveSlot(slot_id, index),
        SetStart(slot_id, time),
        SetDuration(slot_id, length),
        SetEnd(slot_id, time),
        SetPinned(slot_id, flag),
        SetSlotFields(slot_id, title=field, kind=kind, notes=text),
        AddPerson(Person(name)),
        EditPerson(person_id, name=name, intro=field),
        RemovePerson(person_id),
        AssignPerson(slot_id, person_id, role),
        UnassignPerson(slot_id, person_id),
        ReorderParticipants(slot_id, _rotated(sheet, slot_id, b) if flag else (person_id,)),
    ]
    return ops[which]


def _rotated(sheet: RunSheet, slot_id: int, by: int) -> tuple[int, ...]:
    """The people of the slot (if it is there) in another order."""
    slot = next((s for s in sheet.slots if s.id == slot_id), None)
    ids = list(dict.fromkeys(p.person_id for p in slot.participants)) if slot else []
    by = by % len(ids) if ids else 0
    return tuple(ids[by:] + ids[:by])


def _linked(sheet: RunSheet) -> bool:
    """Whether every unpinned slot but the first starts when the slot before ends."""
    return all(
        slot.pinned or slot.start == before.end
        for before, slot in zip(sheet.slots, sheet.slots[1:], strict=False)
    )


@settings(max_examples=200, deadline=None)
@given(recipes=st.lists(RECIPES, min_size=1, max_size=25))
def test_random_edits_undone_one_by_one_give_back_the_original_sheet(recipes: list[Recipe]) -> None:
    original = seed()
    history = RunSheetUndo()
    sheet = original
    for recipe in recipes:
        op = _op(recipe, sheet)
        try:
            change = op.apply(sheet)
        except RunSheetError:
            continue
        history.push(change)
        sheet = change.sheet
        assert _linked(sheet), op
        assert [s.position for s in sheet.slots] == list(range(len(sheet.slots)))
        for finding in validate(sheet):
            assert finding.message
    final = sheet

    while (back := history.undo(sheet)) is not None:
        sheet = back.sheet
    assert sheet == original

    while (again := history.redo(sheet)) is not None:
        sheet = again.sheet
    assert sheet == final


# --- edits made at once elsewhere -------------------------------------------------------------
#
# Two organisers have the seed open. "Theirs" is the run sheet after the other one's edit;
# each edit here is based on the slot or person as the seed showed it.

def theirs(*ops: RunSheetOp) -> RunSheet:
    """The seed after another organiser's edits."""
    sheet = seed()
    for op in ops:
        sheet = op.apply(sheet).sheet
    return sheet


def test_a_title_renamed_elsewhere_meanwhile_is_reported_with_their_version() -> None:
    shown = seed().slot(IMPULS_1)
    sheet = theirs(SetSlotFields(IMPULS_1, title="Impuls 1: Open Data"))

    with pytest.raises(RunSheetConflict) as raised:
        SetSlotFields(IMPULS_1, title="Impuls 1: Verwaltung digital", based_on=shown).apply(sheet)

    assert raised.value.current == sheet.slot(IMPULS_1)
    assert raised.value.current.title == "Impuls 1: Open Data"
    assert raised.value.conflicting == ("title",)
    assert raised.value.message == "\u201cImpuls 1: Open Data\u201d was changed elsewhere meanwhile; compare and save again."
    assert raised.value.context == "run_sheet"
    assert isinstance(raised.value, RunSheetError)


def test_keeping_my_title_anyway_applies_it_on_their_version() -> None:
    sheet = theirs(SetSlotFields(IMPULS_1, title="Impuls 1: Open Data"))
    current = sheet.slot(IMPULS_1)

    change = SetSlotFields(IMPULS_1, title="Impuls 1: Verwaltung digital", based_on=current).apply(sheet)

    assert change.sheet.slot(IMPULS_1).title == "Impuls 1: Verwaltung digital"


def test_notes_added_while_someone_else_renames_the_slot_are_stored_and_keep_their_title() -> None:
    shown = seed().slot(IMPULS_1)
    sheet = theirs(SetSlotFields(IMPULS_1, title="Impuls 1: Open Data"))

    change = SetSlotFields(IMPULS_1, notes="Folien vorab testen", based_on=shown).apply(sheet)

    slot = change.sheet.slot(IMPULS_1)
    assert (slot.title, slot.notes) == ("Impuls 1: Open Data", "Folien vorab testen")


def test_a_title_edit_is_no_conflict_when_a_longer_slot_before_it_moved_its_start() -> None:
    shown = seed().slot(IMPULS_2)
    sheet = theirs(SetDuration(IMPULS_1, minutes(25)))
    assert sheet.slot(IMPULS_2).start == at(14, 35)

    change = SetSlotFields(IMPULS_2, title="Impuls 2: Open State", based_on=shown).apply(sheet)

    assert change.sheet.slot(IMPULS_2).title == "Impuls 2: Open State"
    assert change.sheet.slot(IMPULS_2).start == at(14, 35)


def test_the_same_change_made_twice_is_no_conflict_and_changes_nothing() -> None:
    shown = seed().slot(IMPULS_1)
    sheet = theirs(SetSlotFields(IMPULS_1, title="Impuls 1: Open Data"))

    change = SetSlotFields(IMPULS_1, title=" Impuls 1:  Open Data ", based_on=shown).apply(sheet)

    assert not change.changed


def test_one_conflicting_field_refuses_the_whole_edit() -> None:
    shown = seed().slot(IMPULS_1)
    sheet = theirs(SetSlotFields(IMPULS_1, notes="Mikro 3"))

    with pytest.raises(RunSheetConflict) as raised:
        SetSlotFields(IMPULS_1, title="Impuls 1: neu", notes="Folien", based_on=shown).apply(sheet)

    assert raised.value.conflicting == ("notes",)


@pytest.mark.parametrize(
    ("elsewhere", "mine", "field"),
    [
        (SetDuration(IMPULS_2, minutes(20)), SetDuration(IMPULS_2, minutes(10)), "duration"),
        (SetDuration(IMPULS_2, minutes(20)), SetEnd(IMPULS_2, at(14, 40)), "end"),
        # A longer slot before it moves its start, and so its end: "ends at 14:40" no
        # longer means the ten minutes the organiser had in mind.
        (SetDuration(IMPULS_1, minutes(25)), SetEnd(IMPULS_2, at(14, 40)), "end"),
        (SetDuration(IMPULS_1, minutes(25)), SetStart(IMPULS_2, at(14, 32)), "start"),
        (SetStart(IMPULS_2, at(14, 31)), SetStart(IMPULS_2, at(14, 32)), "start"),
    ],
)
def test_a_time_changed_elsewhere_meanwhile_is_reported(elsewhere: RunSheetOp, mine: RunSheetOp, field: str) -> None:
    sheet = theirs(elsewhere)
    based = replace(mine, based_on=seed().slot(IMPULS_2))  # type: ignore[type-var]

    with pytest.raises(RunSheetConflict) as raised:
        based.apply(sheet)

    assert raised.value.conflicting == (field,)
    assert raised.value.current == sheet.slot(IMPULS_2)
    assert mine.apply(sheet).changed, "without a base the edit applies as before"


def test_a_length_is_no_conflict_when_someone_else_renamed_the_slot() -> None:
    shown = seed().slot(IMPULS_2)
    sheet = theirs(SetSlotFields(IMPULS_2, title="Impuls 2: Open State"))

    change = SetDuration(IMPULS_2, minutes(20), based_on=shown).apply(sheet)

    assert change.sheet.slot(IMPULS_2).duration == minutes(20)
    assert change.sheet.slot(IMPULS_2).title == "Impuls 2: Open State"


def test_a_person_edited_elsewhere_meanwhile_conflicts_only_in_the_same_field() -> None:
    shown = seed().person(PLATE)
    sheet = theirs(EditPerson(PLATE, function="Referatsleiter", intro="Leitet das Referat 612."))

    with pytest.raises(RunSheetConflict) as raised:
        EditPerson(PLATE, function="Abteilungsleiter", based_on=shown).apply(sheet)
    assert raised.value.current == sheet.person(PLATE)
    assert raised.value.conflicting == ("function",)
    assert raised.value.message == "Dr. Tobias Plate was changed elsewhere meanwhile; compare and save again."

    change = EditPerson(PLATE, pronunciation="PLAH-te", based_on=shown).apply(sheet)
    plate = change.sheet.person(PLATE)
    assert (plate.function, plate.intro, plate.pronunciation) == ("Referatsleiter", "Leitet das Referat 612.", "PLAH-te")


def test_a_base_of_another_item_is_a_bug() -> None:
    with pytest.raises(ValueError):
        SetSlotFields(IMPULS_1, title="x", based_on=seed().slot(IMPULS_2)).apply(seed())
