"""Run-sheet edits stored in a real event file: each one applied to the sheet as the file
holds it, only the difference written, one change-feed entry, new ids handed back.

The file is the seed lounge (tests/helpers.py): slots 1 (check-in, 13:50) to 6 (panel,
15:00–15:30), people 1 (Handschuh) to 7 (Groh), as the store gives them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.domain.model import EventDraft, Person, Role, SlotKind
from moderator.domain.run_sheet import RunSheet, RunSheetError, RunSheetOp, RunSheetUndo
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
from moderator.domain.run_sheet_import import InsertDraft
from moderator.persistence import EventStore
from moderator.persistence.errors import ReadOnlyEventFile

from helpers import make_event_file, seed_like_draft

BERLIN = ZoneInfo("Europe/Berlin")
CHECK_IN, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = 1, 2, 3, 4, 5, 6
HANDSCHUH, PLATE, HASELBECK, SCHADE, GOESSMANN, LAUMER, GROH = 1, 2, 3, 4, 5, 6, 7


def at(hour: int, minute: int) -> datetime:
    return datetime(2021, 6, 9, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


@pytest.fixture
def store(path: Path) -> Iterator[EventStore]:
    opened = EventStore.open(path)
    yield opened
    opened.close()


def sheet_of(store: EventStore) -> RunSheet:
    """The run sheet the file holds now, read afresh."""
    return RunSheet.from_snapshot(store.snapshot())


def same(a: RunSheet, b: RunSheet) -> bool:
    """The same event, slots and people (the order of people carries no meaning)."""
    return a.event == b.event and a.slots == b.slots and set(a.people) == set(b.people)


def starts(sheet: RunSheet) -> dict[str, str]:
    return {slot.title: slot.start.astimezone(BERLIN).strftime("%H:%M") for slot in sheet.slots}


def file_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the run-sheet tables and the change feed, straight from the file."""
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("event", "slot", "person", "slot_person", "change")
        }
    finally:
        connection.close()


def pasted_with_a_new_moderator() -> EventDraft:
    """The seed's agenda pasted again, with a new person moderating the panel."""
    draft = seed_like_draft()
    return replace(
        draft,
        people=(*draft.people, Person("Anna Muster")),
        slot_people=(*draft.slot_people[:-1], (("anna muster", Role.MODERATOR),)),
    )


OPS: list[RunSheetOp] = [
    AddSlot(1, "Kaffeepause", SlotKind.BREAK, timedelta(minutes=5)),
    AddSlot(None, "Soundcheck"),
    RemoveSlot(IMPULS_2),
    RemoveSlot(CHECK_IN),
    DuplicateSlot(IMPULS_1),
    MoveSlot(IMPULS_3, 2),
    MoveSlot(CHECK_IN, 5),
    SetStart(PANEL, at(15, 5)),
    SetDuration(IMPULS_1, timedelta(minutes=25)),
    SetEnd(WELCOME, at(14, 5)),
    SetPinned(PANEL, True),
    SetSlotFields(IMPULS_2, title="Impuls 2: Open State", notes="OECD-Folien\nzweiter Bildschirm"),
    SetSlotFields(PANEL, kind=SlotKind.QA, warning=timedelta(minutes=5)),
    AddPerson(Person("Anna Muster", function="Bürgermeisterin", organisation="Musterstadt")),
    EditPerson(PLATE, intro="Leitet das Referat Digitaler Staat.", pronunciation="PLAH-teh"),
    RemovePerson(PLATE),
    AssignPerson(IMPULS_3, GROH, Role.SPEAKER),
    AssignPerson(PANEL, HANDSCHUH, Role.HOST),
    UnassignPerson(IMPULS_1, SCHADE),
    ReorderParticipants(PANEL, (HANDSCHUH, GOESSMANN, GROH, LAUMER, PLATE, SCHADE)),
    ReplaceSheet(RunSheet.from_draft(seed_like_draft())),
    InsertDraft(seed_like_draft(), replace_slots=True),
    InsertDraft(pasted_with_a_new_moderator()),
]


@pytest.mark.parametrize("op", OPS, ids=lambda op: type(op).__name__)
def test_every_edit_is_stored_as_it_was_applied_and_another_store_sees_it(path: Path, store: EventStore, op: RunSheetOp) -> None:
    before = sheet_of(store)
    seq = store.last_change()

    change = store.change_run_sheet(op)

    # The file holds what the operation made of the stored sheet, with real ids...
    assert change.changed
    assert all(slot.id and slot.id > 0 for slot in change.sheet.slots)
    assert all(person.id and person.id > 0 for person in change.sheet.people)
    assert same(sheet_of(store), change.sheet)
    assert same(change.sheet, op.apply(before).sheet.with_ids(dict(change.renamed_slots), dict(change.renamed_people)))
    # ...announced by one entry in the change feed...
    assert store.last_change() == seq + 1
    # ...and another instance with the file open reads the same.
    other = EventStore.open(path)
    try:
        assert same(sheet_of(other), change.sheet)
    finally:
        other.close()


@pytest.mark.parametrize("op", OPS, ids=lambda op: type(op).__name__)
def test_every_edit_is_undone_in_the_file_exactly_and_redone(path: Path, store: EventStore, op: RunSheetOp) -> None:
    original = sheet_of(store)
    undo = RunSheetUndo()
    done = store.change_run_sheet(op)
    undo.push(done)

    undo_op = undo.undo_op()
    assert undo_op is not None
    undo.record_undone(store.change_run_sheet(undo_op))
    back = sheet_of(store)
    # Items an undo brings back may get new ids; everything else is as it was.
    assert _without_ids(back) == _without_ids(original)

    redo_op = undo.redo_op()
    assert redo_op is not None
    undo.record_redone(store.change_run_sheet(redo_op))
    assert _without_ids(sheet_of(store)) == _without_ids(done.sheet)


def _without_ids(sheet: RunSheet) -> tuple[object, ...]:
    """A sheet compared by content: slots in order with their people by name."""
    names = {person.id: person.display_name for person in sheet.people}
    slots = tuple(
        (
            slot.title, slot.start, slot.duration, slot.kind, slot.notes, slot.pinned,
            slot.warning, slot.final,
            tuple((names[p.person_id], p.role) for p in slot.participants),
        )
        for slot in sheet.slots
    )
    people = frozenset(
        (p.name, p.academic_title, p.function, p.organisation, p.intro, p.pronunciation, p.contact)
        for p in sheet.people
    )
    return sheet.event, slots, people


def test_a_longer_impulse_pushes_the_later_slots_in_the_file(store: EventStore) -> None:
    store.change_run_sheet(SetDuration(IMPULS_1, timedelta(minutes=25)))

    assert starts(sheet_of(store)) == {
        "Einwahl und Technik-Check": "13:50",
        "Begrüßung": "14:00",
        "Impuls 1": "14:10",
        "Impuls 2": "14:35",
        "Impuls 3": "14:50",
        "Moderiertes Gespräch": "15:05",
    }


def test_a_new_slot_gets_the_files_id_and_the_undo_stack_follows_it(store: EventStore) -> None:
    undo = RunSheetUndo()
    added = store.change_run_sheet(AddSlot(1, "Kaffeepause", SlotKind.BREAK, timedelta(minutes=5)))
    undo.push(added)

    # The temporary id became the file's, in the sheet, the new item's id and the undo.
    assert added.new_slot_id is not None and added.new_slot_id > PANEL
    assert dict(added.renamed_slots) == {-1: added.new_slot_id}
    assert sheet_of(store).slot(added.new_slot_id).title == "Kaffeepause"
    undo.push(store.change_run_sheet(SetDuration(added.new_slot_id, timedelta(minutes=15))))
    assert starts(sheet_of(store))["Impuls 1"] == "14:25"

    # Both steps undo and redo through the file, naming the slot by the file's id.
    for _ in range(2):
        op = undo.undo_op()
        assert op is not None
        undo.record_undone(store.change_run_sheet(op))
    assert "Kaffeepause" not in starts(sheet_of(store))
    assert starts(sheet_of(store))["Impuls 1"] == "14:10"
    for _ in range(2):
        op = undo.redo_op()
        assert op is not None
        undo.record_redone(store.change_run_sheet(op))
    assert starts(sheet_of(store))["Kaffeepause"] == "14:10"
    assert starts(sheet_of(store))["Impuls 1"] == "14:25"
    # The redone slot may have a new id; the stack knows it and can take it back again.
    op = undo.undo_op()
    assert op is not None
    undo.record_undone(store.change_run_sheet(op))
    assert starts(sheet_of(store))["Impuls 1"] == "14:15"


def test_an_undo_after_a_change_elsewhere_is_refused_and_nothing_changes(path: Path, store: EventStore) -> None:
    undo = RunSheetUndo()
    undo.push(store.change_run_sheet(SetDuration(IMPULS_1, timedelta(minutes=25))))
    # A co-host renames the panel meanwhile, from another instance.
    cohost = EventStore.open(path)
    try:
        cohost.change_run_sheet(SetSlotFields(PANEL, title="Arena"))
    finally:
        cohost.close()
    rows = file_rows(path)

    op = undo.undo_op()
    assert op is not None
    with pytest.raises(RunSheetError, match="changed elsewhere"):
        store.change_run_sheet(op)

    assert file_rows(path) == rows
    assert undo.can_undo, "the step stays; the editor may clear the history"


def test_an_edit_that_does_not_apply_or_changes_nothing_writes_nothing(path: Path, store: EventStore) -> None:
    rows = file_rows(path)

    with pytest.raises(RunSheetError):
        store.change_run_sheet(SetDuration(99, timedelta(minutes=5)))
    with pytest.raises(RunSheetError):
        store.change_run_sheet(SetDuration(IMPULS_1, timedelta(0)))
    unchanged = store.change_run_sheet(MoveSlot(IMPULS_1, 2))

    assert not unchanged.changed
    assert file_rows(path) == rows


def test_only_the_rows_that_changed_are_written(path: Path, store: EventStore) -> None:
    before = file_rows(path)

    store.change_run_sheet(SetSlotFields(IMPULS_2, notes="Folien vorab testen"))

    after = file_rows(path)
    changed_slots = set(after["slot"]) - set(before["slot"])
    assert [row[0] for row in changed_slots] == [IMPULS_2]
    assert after["person"] == before["person"]
    assert after["slot_person"] == before["slot_person"]
    assert after["event"] == before["event"]


def test_removing_the_slot_on_air_leaves_a_sound_file(path: Path, store: EventStore) -> None:
    # Given a show on air in Impuls 1, with a hand-off and a question answered in it.
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(
            "UPDATE live_state SET show_started_at = '2021-06-09 11:50:00', current_slot_id = ?,"
            " slot_started_at = '2021-06-09 12:10:00' WHERE id = 1",
            (IMPULS_1,),
        )
        connection.execute(
            "INSERT INTO handoff (person_id, slot_id, started_at) VALUES (?, ?, '2021-06-09 12:10:05')",
            (HASELBECK, IMPULS_1),
        )
        connection.execute(
            "INSERT INTO question (text, status, position, votes, created_at, created_by, source,"
            " answered_in_slot, revision, asked_by, organisation) VALUES"
            " ('Was kostet das?', 'answered', 1, 0, '2021-06-09 12:12:00', '', 'live', ?, 0, '', '')",
            (IMPULS_1,),
        )
    connection.close()

    store.change_run_sheet(RemoveSlot(IMPULS_1))

    snapshot = store.snapshot()
    assert IMPULS_1 not in [slot.id for slot in snapshot.slots]
    assert snapshot.live.current_slot_id is None
    assert snapshot.questions[0].answered_in_slot is None
    assert [h.slot_id for h in store.handoffs()] == [None]
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def test_a_read_only_file_refuses_an_edit(path: Path) -> None:
    viewer = EventStore.open(path, read_only=True)
    try:
        with pytest.raises(ReadOnlyEventFile):
            viewer.change_run_sheet(SetDuration(IMPULS_1, timedelta(minutes=25)))
    finally:
        viewer.close()
