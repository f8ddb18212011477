"""An imported agenda put on the run sheet as one editor step (and one undo step).

The organiser pastes the agenda from the event page (or imports a file); the importer
makes an :class:`EventDraft` of it. :class:`InsertDraft` is the run-sheet operation that
puts that draft on the sheet as it is when the edit is stored, like every operation of
:mod:`moderator.domain.run_sheet`: applied inside the store's write transaction, undone
by a :class:`ReplaceSheet` that restores the sheet as it was.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import Event, EventDraft, Participant, Person
from moderator.domain.run_sheet import RunSheet, RunSheetChange
from moderator.domain.run_sheet_ops import ReplaceSheet

#: The label of the step in "Undo …" (context "run_sheet", like the other labels).
PASTE_AGENDA = QT_TRANSLATE_NOOP("run_sheet", "Paste agenda")

#: Event fields an agenda page may leave empty; the event keeps its own then.
_EVENT_TEXT_FIELDS = (
    "title", "series", "subtitle", "meeting_link", "stream_link", "registration_link",
    "description",
)  # fmt: skip
_PERSON_TEXT_FIELDS = (
    "academic_title", "function", "organisation", "intro", "pronunciation", "contact",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class InsertDraft:
    """Put a draft's slots and people on the run sheet, as one step.

    ``replace_slots``: the draft's slots take the place of every slot, and the event takes
    the draft's times, zone and language and the texts the draft has (a text the draft
    leaves empty, such as a meeting link, keeps the event's). Otherwise the draft's slots
    are appended after the last slot at the times the draft gives them (a gap or overlap
    with the slot before is reported by :func:`~moderator.domain.run_sheet.validate`)
    and the event stays as it is.

    People are matched by :attr:`Person.key` (name and title): someone already on the
    sheet keeps their id and their details, and gets those they lack from the draft;
    everyone else is added. Nobody is removed: people no longer in any slot stay on the
    sheet until the organiser removes them (their hand-offs and questions refer to them).
    """

    draft: EventDraft
    replace_slots: bool = False

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        imported = RunSheet.from_draft(self.draft)
        people = list(sheet.people)
        where = {person.key: index for index, person in enumerate(people)}
        next_person = min([0, *(person.id or 0 for person in people)]) - 1
        person_ids: dict[int, int] = {}
        for person in imported.people:
            assert person.id is not None, "from_draft gives every person an id"
            index = where.get(person.key)
            if index is None:
                people.append(replace(person, id=next_person))
                person_ids[person.id] = next_person
                next_person -= 1
            else:
                people[index] = _completed(people[index], person)
                known = people[index].id
                assert known is not None, "a run sheet checks its ids"
                person_ids[person.id] = known
        next_slot = min([0, *(slot.id or 0 for slot in sheet.slots)]) - 1
        slots = []
        for offset, slot in enumerate(imported.slots):
            participants = tuple(Participant(person_ids[p.person_id], p.role) for p in slot.participants)
            slots.append(replace(slot, id=next_slot - offset, participants=participants))
        if self.replace_slots:
            event = _event_from(sheet.event, imported.event)
            result = RunSheet(event, tuple(slots), tuple(people))
        else:
            result = RunSheet(sheet.event, (*sheet.slots, *slots), tuple(people))
        return ReplaceSheet(result, description=PASTE_AGENDA).apply(sheet)


def _completed(known: Person, again: Person) -> Person:
    """``known`` with the details it lacks taken from ``again`` (the same person imported)."""
    values = {
        name: getattr(again, name)
        for name in _PERSON_TEXT_FIELDS
        if not getattr(known, name) and getattr(again, name)
    }
    return replace(known, **values) if values else known


def _event_from(current: Event, imported: Event) -> Event:
    """The imported event, keeping the current texts where the import has none."""
    values = {name: getattr(imported, name) for name in (f.name for f in fields(Event))}
    for name in _EVENT_TEXT_FIELDS:
        if not values[name]:
            values[name] = getattr(current, name)
    return Event(**values)


__all__ = ["PASTE_AGENDA", "InsertDraft"]
