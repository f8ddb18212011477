"""Storing a run-sheet edit: the operation applied to the stored sheet, and only the difference written.

:meth:`moderator.persistence.writer.Writer.change_run_sheet` calls :func:`apply_op` inside
its write transaction (``BEGIN IMMEDIATE``), so the operation sees the run sheet as it is
at that instant, under the write lock: an intent ("make slot 12 twenty minutes long")
applied to the current rows, never an editor's stale copy written back.

What is written is the difference between the sheet before and after: new slots and
people are inserted and get the database's ids; changed rows are updated; removed ones
are deleted (the schema's foreign keys clear what referred to them: the live state's
current slot, a question's "answered in" and a hand-off's slot are set to NULL, a slot's
people links and a removed person's hand-offs go with them); a slot's people links are
rewritten only when its people changed. The change that comes back names the new ids
(:meth:`RunSheetChange.with_ids`), so the editor and its undo stack can follow them.

An item the new sheet brings back with an id the file no longer has (the undo of a
removal) is inserted as new and renamed the same way: ids are the database's to give.
SQLAlchemy Core and ORM statements only, so that the same code runs on PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session

from moderator.domain.model import Event, Person, Slot
from moderator.domain.run_sheet import RunSheet, RunSheetChange, RunSheetOp
from moderator.persistence import reader
from moderator.persistence.schema import EventRow, PersonRow, SlotPersonRow, SlotRow

_PERSON_COLUMNS = (
    "name", "academic_title", "function", "organisation", "intro", "pronunciation", "contact",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoredSheet:
    """The run sheet as the file holds it, with each slot's stored position.

    ``RunSheet`` numbers its slots 0, 1, 2, ...; the file may not (a slot removed by an
    older version leaves a hole), so the stored positions are kept to compare against.
    """

    sheet: RunSheet
    positions: dict[int, int]


def read_stored(db: reader.Db) -> StoredSheet:
    """The run sheet in the file, read on the write transaction's own connection."""
    slots = reader.read_slots(db)
    positions = {slot.id: slot.position for slot in slots if slot.id is not None}
    return StoredSheet(RunSheet(reader.read_event(db), slots, reader.read_people(db)), positions)


def apply_op(session: Session, db: reader.Db, op: RunSheetOp) -> RunSheetChange:
    """Apply ``op`` to the stored run sheet and write what changed; see the module.

    ``db`` is the connection of ``session``'s transaction (for the shared readers).
    Raises what the operation raises (:class:`RunSheetError`), before anything
    is written. The caller records the change in the change feed when ``changed``.
    """
    stored = read_stored(db)
    change = op.apply(stored.sheet)
    if not change.changed:
        return change
    person_ids = _write_people(session, stored.sheet.people, change.sheet.people)
    slot_ids = _write_slots(session, stored, change.sheet.slots, person_ids)
    if change.sheet.event != stored.sheet.event:
        session.execute(update(EventRow).where(EventRow.id == 1).values(**_event_values(change.sheet.event)))  # type: ignore[arg-type]
    return change.with_ids(
        {old: new for old, new in slot_ids.items() if old != new},
        {old: new for old, new in person_ids.items() if old != new},
    )


def _write_people(
    session: Session, old: tuple[Person, ...], new: tuple[Person, ...]
) -> dict[int, int]:
    """Delete, insert and update people; returns every new-sheet person id → stored id."""
    before = {person.id: person for person in old}
    kept = {person.id for person in new}
    gone = [person_id for person_id in before if person_id not in kept]
    if gone:
        # Their slot links go with them (ON DELETE CASCADE); the slots are rewritten below.
        session.execute(delete(PersonRow).where(PersonRow.id.in_(gone)))  # type: ignore[union-attr]
    ids: dict[int, int] = {}
    for person in new:
        assert person.id is not None, "a run sheet checks its ids"
        previous = before.get(person.id)
        if previous is None:
            row = PersonRow(**_person_values(person))
            session.add(row)
            session.flush()
            assert row.id is not None
            ids[person.id] = row.id
            continue
        ids[person.id] = person.id
        if previous != person:
            session.execute(
                update(PersonRow).where(PersonRow.id == person.id).values(**_person_values(person))  # type: ignore[arg-type]
            )
    return ids


def _write_slots(
    session: Session, stored: StoredSheet, new: tuple[Slot, ...], person_ids: dict[int, int]
) -> dict[int, int]:
    """Delete, insert and update slots and their links; returns new-sheet slot id → stored id."""
    before = {slot.id: slot for slot in stored.sheet.slots}
    kept = {slot.id for slot in new}
    gone = [slot_id for slot_id in before if slot_id not in kept]
    if gone:
        session.execute(delete(SlotRow).where(SlotRow.id.in_(gone)))  # type: ignore[union-attr]
    ids: dict[int, int] = {}
    for index, slot in enumerate(new):
        assert slot.id is not None, "a run sheet checks its ids"
        links = [(person_ids[p.person_id], p.role.value) for p in slot.participants]
        previous = before.get(slot.id)
        if previous is None:
            row = SlotRow(**_slot_values(slot, index))
            session.add(row)
            session.flush()
            assert row.id is not None
            ids[slot.id] = slot_id = row.id
        else:
            ids[slot.id] = slot_id = slot.id
            if _slot_values(previous, stored.positions[slot.id]) != _slot_values(slot, index):
                session.execute(
                    update(SlotRow).where(SlotRow.id == slot_id).values(**_slot_values(slot, index))  # type: ignore[arg-type]
                )
            stored_links = [(p.person_id, p.role.value) for p in previous.participants]
            if stored_links == links:
                continue
            session.execute(delete(SlotPersonRow).where(SlotPersonRow.slot_id == slot_id))  # type: ignore[arg-type]
        for order, (person_id, role) in enumerate(links):
            session.add(SlotPersonRow(slot_id=slot_id, person_id=person_id, role=role, position=order))
    session.flush()
    return ids


def _person_values(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in _PERSON_COLUMNS}


def _slot_values(slot: Slot, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "start": slot.start,
        "duration_seconds": round(slot.duration.total_seconds()),
        "title": slot.title,
        "kind": slot.kind.value,
        "notes": slot.notes,
        "warning_seconds": round(slot.warning.total_seconds()),
        "final_seconds": round(slot.final.total_seconds()),
        "pinned": slot.pinned,
    }


def _event_values(event: Event) -> dict[str, object]:
    return {
        "title": event.title, "series": event.series, "subtitle": event.subtitle,
        "start": event.start, "end": event.end, "timezone": event.timezone,
        "meeting_link": event.meeting_link, "stream_link": event.stream_link,
        "registration_link": event.registration_link, "description": event.description,
        "language": event.language,
    }
