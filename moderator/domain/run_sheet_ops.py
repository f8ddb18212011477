"""The run-sheet editor's operations: slots and people added, moved, re-timed, edited, undone.

Everything here is pure (stdlib only; no Qt, no database, no system time). An operation
(:class:`AddSlot`, :class:`SetDuration`, :class:`AssignPerson`, ...) is an *intent* that
names slots and people by id ("make slot 12 twenty minutes long"), so it applies to the
run sheet as it is when it is stored. Its ``apply(sheet)`` returns a
:class:`~moderator.domain.run_sheet.RunSheetChange` whose undo is a :class:`ReplaceSheet`
with the sheet as it was before. The rules they share (linked starts, temporary ids,
conflicts between organisers, undo) are described in :mod:`moderator.domain.run_sheet`.

Why a module of its own: the editor, the command line, an import and a re-plan build
these; the cockpit's first paint builds none, while creating their frozen dataclasses
costs start-up time (about half a millisecond each). Modules on the start-up path bind
this one with :func:`moderator.lazy.lazy_module`, and the app executes it right after
the first paint, before any key is handled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Final

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import Participant, Person, Role, Slot, SlotKind
from moderator.domain.questions import clean_text
from moderator.domain.queue import UNCHANGED, Unchanged
# The run sheet's own helpers, shared by its modules.
from moderator.domain.run_sheet import (
    _SECOND,
    _ZERO,
    CHANGED_MEANWHILE,
    CUE_OUT_OF_RANGE,
    NAIVE_TIME,
    NO_NAME,
    NO_SUCH_PLACE,
    NOT_IN_SLOT,
    NOT_POSITIVE,
    ORDER_MISMATCH,
    PERSON_CHANGED_ELSEWHERE,
    PERSON_EXISTS,
    SLOT_CHANGED_ELSEWHERE,
    TOO_LONG,
    RunSheet,
    RunSheetChange,
    RunSheetConflict,
    RunSheetError,
    _utc,
    relink,
)

#: The longest a slot may last (a longer one is a typo: 600 minutes for 60).
MAX_DURATION: Final = timedelta(hours=24)

DEFAULT_DURATION: Final = timedelta(minutes=10)


# Labels of the changes, for "Undo …" and "Redo …" in the Edit menu.
ADD_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Add slot")
REMOVE_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Remove slot")
DUPLICATE_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Duplicate slot")
MOVE_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Move slot")
CHANGE_START = QT_TRANSLATE_NOOP("run_sheet", "Change start")
CHANGE_DURATION = QT_TRANSLATE_NOOP("run_sheet", "Change length")
CHANGE_END = QT_TRANSLATE_NOOP("run_sheet", "Change end")
PIN_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Pin slot")
UNPIN_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Unpin slot")
EDIT_SLOT = QT_TRANSLATE_NOOP("run_sheet", "Edit slot")
ADD_PERSON = QT_TRANSLATE_NOOP("run_sheet", "Add person")
EDIT_PERSON = QT_TRANSLATE_NOOP("run_sheet", "Edit person")
REMOVE_PERSON = QT_TRANSLATE_NOOP("run_sheet", "Remove person")
ASSIGN_PERSON = QT_TRANSLATE_NOOP("run_sheet", "Assign person")
UNASSIGN_PERSON = QT_TRANSLATE_NOOP("run_sheet", "Remove person from slot")
REORDER_PEOPLE = QT_TRANSLATE_NOOP("run_sheet", "Reorder people")
REPLACE_SHEET = QT_TRANSLATE_NOOP("run_sheet", "Replace run sheet")


# --- the undo of every operation --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReplaceSheet:
    """Put ``sheet`` in place of the current run sheet: the undo (and redo) of every op.

    With ``expected`` set (as every undo has: the sheet its operation produced) it
    refuses with :class:`RunSheetError` when the current sheet is another one, so that an
    undo never overwrites what someone else changed meanwhile. The order of the people
    does not count in that comparison (a store reads them by id). Applying it returns the
    change that re-does the step, with the same ``description`` (the label of the step
    taken back), which is how :class:`~moderator.domain.run_sheet.RunSheetUndo` gets its
    redo. Without ``expected`` it replaces whatever is there (e.g. a run sheet re-imported
    on purpose).
    """

    sheet: RunSheet
    expected: RunSheet | None = None
    description: str = REPLACE_SHEET

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        if self.expected is not None and not _same(sheet, self.expected):
            raise RunSheetError(CHANGED_MEANWHILE)
        return RunSheetChange(
            self.sheet,
            ReplaceSheet(sheet, expected=self.sheet, description=self.description),
            self.description,
            changed=not _same(sheet, self.sheet),
        )

    def with_ids(self, slot_ids: Mapping[int, int], person_ids: Mapping[int, int]) -> ReplaceSheet:
        """This step with ids renamed (old → new) in both sheets."""
        expected = None if self.expected is None else self.expected.with_ids(slot_ids, person_ids)
        return ReplaceSheet(self.sheet.with_ids(slot_ids, person_ids), expected, self.description)


def sheet_change(
    before: RunSheet,
    after: RunSheet,
    description: str,
    new_slot_id: int | None = None,
    new_person_id: int | None = None,
) -> RunSheetChange:
    """The change from ``before`` to ``after``, undone by putting ``before`` back (every
    operation here ends with it, and so does a re-plan, :mod:`moderator.domain.replan`)."""
    return RunSheetChange(
        after,
        ReplaceSheet(before, expected=after, description=description),
        description,
        new_slot_id=new_slot_id,
        new_person_id=new_person_id,
        changed=not _same(before, after),
    )


# --- operations: slots ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddSlot:
    """A new slot after the slot at ``after_index`` (``None``: at the top).

    It starts when the slot before it ends, and the later unpinned slots are pushed by
    its duration. At the top there is no slot before it: it ends when the first slot
    starts and nothing moves (a check-in added before a show that starts at 14:00 must
    not move the show); on an empty run sheet it starts at the event's start. It gets a
    temporary id (the change's ``new_slot_id``). To append, pass the index of the last
    slot.
    """

    after_index: int | None = None
    title: str = ""
    kind: SlotKind = SlotKind.OTHER
    duration: timedelta = DEFAULT_DURATION

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        slots = list(sheet.slots)
        duration = _checked_duration(self.duration)
        if self.after_index is None:
            at = 0
            start = _utc(slots[0].start) - duration if slots else sheet.event.start
            start = start.astimezone(sheet.event.start.tzinfo)
        else:
            _check_index(self.after_index, len(slots))
            at = self.after_index + 1
            start = slots[self.after_index].end
        new_id = _next_id(slot.id for slot in slots)
        slots.insert(
            at,
            Slot(title=_one_line(self.title), start=start, duration=duration, kind=self.kind, id=new_id),
        )
        return sheet_change(sheet, replace(sheet, slots=relink(slots, at + 1)), ADD_SLOT, new_id)


@dataclass(frozen=True, slots=True)
class RemoveSlot:
    """Take a slot off the run sheet; the later unpinned slots close up the gap.

    Closing up is what linked starts mean: each unpinned slot starts when the one before
    ends, and the one before is now the removed slot's predecessor. Removing the first
    slot moves nothing: the next one has no slot before it to close up to, and keeps
    its time (removing the check-in does not move the welcome to 13:50).
    """

    slot_id: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slots = list(sheet.slots)
        del slots[index]
        return sheet_change(sheet, replace(sheet, slots=relink(slots, index)), REMOVE_SLOT)


@dataclass(frozen=True, slots=True)
class DuplicateSlot:
    """A copy of a slot right after it: same title, kind, length, people, notes and cues.

    The copy starts when the original ends and is never pinned (a pinned copy would sit
    on top of its original); later unpinned slots are pushed by its duration.
    """

    slot_id: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        original = sheet.slots[index]
        new_id = _next_id(slot.id for slot in sheet.slots)
        copy = replace(original, id=new_id, start=original.end, pinned=False)
        slots = list(sheet.slots)
        slots.insert(index + 1, copy)
        return sheet_change(
            sheet, replace(sheet, slots=relink(slots, index + 1)), DUPLICATE_SLOT, new_id
        )


@dataclass(frozen=True, slots=True)
class MoveSlot:
    """Put a slot at ``to_index`` in the running order (its index after the move).

    Drag and drop and the keyboard (``to_index`` = its index ± 1) both end here. Starts
    are linked again from the first position that changed; pinned slots keep their time.
    If another slot becomes the first, it takes the start the first slot had (unless it
    is pinned), so the run sheet still starts when it did.
    """

    slot_id: int
    to_index: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        _check_index(self.to_index, len(sheet.slots))
        slots = list(sheet.slots)
        slots.insert(self.to_index, slots.pop(index))
        if slots[0] is not sheet.slots[0]:
            slots[0] = _anchored(slots[0], sheet.slots[0].start)
        first = min(index, self.to_index)
        return sheet_change(sheet, replace(sheet, slots=relink(slots, first)), MOVE_SLOT)


@dataclass(frozen=True, slots=True)
class SetStart:
    """Start a slot at ``start`` and pin it there: setting a start says "at this time".

    The later unpinned slots follow it. Unpin the slot (:class:`SetPinned`) to link it
    to the slot before again. With ``based_on``, a start moved elsewhere meanwhile (by
    another organiser, or by a slot before it that got longer) raises
    :class:`RunSheetConflict`.
    """

    slot_id: int
    start: datetime
    based_on: Slot | None = None

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slot = sheet.slots[index]
        start = _aware(self.start).astimezone(slot.start.tzinfo)
        _check_base(self.based_on, slot, {"start": start})
        return _retimed(sheet, index, replace(slot, start=start, pinned=True), CHANGE_START)


@dataclass(frozen=True, slots=True)
class SetDuration:
    """Make a slot ``duration`` long (whole seconds); later unpinned slots are pushed or pulled.

    With ``based_on``, a length changed elsewhere meanwhile raises :class:`RunSheetConflict`.
    """

    slot_id: int
    duration: timedelta
    based_on: Slot | None = None

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        duration = _checked_duration(self.duration)
        _check_base(self.based_on, sheet.slots[index], {"duration": duration})
        slot = replace(sheet.slots[index], duration=duration)
        return _retimed(sheet, index, slot, CHANGE_DURATION)


@dataclass(frozen=True, slots=True)
class SetEnd:
    """End a slot at ``end``: its length becomes ``end`` − start (in UTC); see :class:`SetDuration`.

    With ``based_on``, an end moved elsewhere meanwhile (a new length, or a new start)
    raises :class:`RunSheetConflict`: "ends at 15:10" may no longer mean the length the
    user had in mind.
    """

    slot_id: int
    end: datetime
    based_on: Slot | None = None

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slot = sheet.slots[index]
        end = _aware(self.end)
        _check_base(self.based_on, slot, {"end": end})
        duration = _utc(end) - _utc(slot.start)
        slot = replace(slot, duration=_checked_duration(duration))
        return _retimed(sheet, index, slot, CHANGE_END)


@dataclass(frozen=True, slots=True)
class SetPinned:
    """Pin a slot to its start, or unpin it: an unpinned slot follows the slot before again."""

    slot_id: int
    pinned: bool

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slot = replace(sheet.slots[index], pinned=self.pinned)
        slots = list(sheet.slots)
        slots[index] = slot
        return sheet_change(
            sheet, replace(sheet, slots=relink(slots, index)), PIN_SLOT if self.pinned else UNPIN_SLOT
        )


@dataclass(frozen=True, slots=True)
class SetSlotFields:
    """Change a slot's title, kind, moderator notes or cues; :data:`UNCHANGED` leaves a field.

    The title is made one line; notes keep their line breaks (trimmed, control
    characters dropped). The warning and final cues are times before the end, between
    zero and 24 hours (whole seconds). No time moves. With ``based_on``, a field this
    edit sets that was changed elsewhere meanwhile raises :class:`RunSheetConflict`;
    changes elsewhere to the fields it leaves are kept.
    """

    slot_id: int
    title: str | Unchanged = UNCHANGED
    kind: SlotKind | Unchanged = UNCHANGED
    notes: str | Unchanged = UNCHANGED
    warning: timedelta | Unchanged = UNCHANGED
    final: timedelta | Unchanged = UNCHANGED
    based_on: Slot | None = None

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slot = sheet.slots[index]
        values: dict[str, Any] = {}
        if not isinstance(self.title, Unchanged):
            values["title"] = _one_line(self.title)
        if not isinstance(self.kind, Unchanged):
            values["kind"] = self.kind
        if not isinstance(self.notes, Unchanged):
            values["notes"] = clean_text(self.notes)
        if not isinstance(self.warning, Unchanged):
            values["warning"] = _checked_cue(self.warning)
        if not isinstance(self.final, Unchanged):
            values["final"] = _checked_cue(self.final)
        _check_base(self.based_on, slot, values)
        return _with_slot(sheet, index, replace(slot, **values), EDIT_SLOT)


# --- operations: people -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddPerson:
    """Put a person on the run sheet (not yet in any slot), with a temporary id.

    The id ``person`` carries is ignored. The short fields are made one line, the intro
    is trimmed. A name is required, and a second person with the same name and title
    (``Person.key``, the identity importers use) is refused.
    """

    person: Person

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        new_id = _next_id(person.id for person in sheet.people)
        person = _checked_person(sheet, replace(_cleaned(self.person), id=new_id))
        people = (*sheet.people, person)
        return sheet_change(sheet, replace(sheet, people=people), ADD_PERSON, new_person_id=new_id)


@dataclass(frozen=True, slots=True)
class EditPerson:
    """Change a person's details; :data:`UNCHANGED` leaves a field (same rules as :class:`AddPerson`).

    With ``based_on`` (the person as the dialog showed them), a field this edit sets that
    was changed elsewhere meanwhile raises :class:`RunSheetConflict`; changes elsewhere to
    the fields it leaves are kept. So a dialog passes only the fields the user changed.
    """

    person_id: int
    name: str | Unchanged = UNCHANGED
    academic_title: str | Unchanged = UNCHANGED
    function: str | Unchanged = UNCHANGED
    organisation: str | Unchanged = UNCHANGED
    intro: str | Unchanged = UNCHANGED
    pronunciation: str | Unchanged = UNCHANGED
    contact: str | Unchanged = UNCHANGED
    based_on: Person | None = None

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        person = sheet.person(self.person_id)
        values = {
            name: getattr(self, name)
            for name in _PERSON_FIELDS
            if not isinstance(getattr(self, name), Unchanged)
        }
        cleaned = _cleaned(replace(person, **values))
        _check_base(self.based_on, person, {name: getattr(cleaned, name) for name in values})
        edited = _checked_person(sheet, cleaned)
        people = tuple(edited if p.id == self.person_id else p for p in sheet.people)
        return sheet_change(sheet, replace(sheet, people=people), EDIT_PERSON)


@dataclass(frozen=True, slots=True)
class RemovePerson:
    """Take a person off the run sheet, and out of every slot they were in."""

    person_id: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        sheet.person(self.person_id)
        slots = tuple(_without(slot, self.person_id) for slot in sheet.slots)
        people = tuple(p for p in sheet.people if p.id != self.person_id)
        return sheet_change(sheet, RunSheet(sheet.event, slots, people), REMOVE_PERSON)


@dataclass(frozen=True, slots=True)
class AssignPerson:
    """Put a person into a slot with a role.

    A person is in a slot once: someone already in it gets this role in their place
    (two roles from an import collapse into this one); someone new is added last.
    """

    slot_id: int
    person_id: int
    role: Role

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        sheet.person(self.person_id)
        slot = sheet.slots[index]
        participant = Participant(self.person_id, self.role)
        theirs = [p for p in slot.participants if p.person_id == self.person_id]
        if not theirs:
            participants = (*slot.participants, participant)
        else:
            first = slot.participants.index(theirs[0])
            others = [p for p in slot.participants if p.person_id != self.person_id]
            others.insert(first, participant)
            participants = tuple(others)
        return _with_slot(sheet, index, replace(slot, participants=participants), ASSIGN_PERSON)


@dataclass(frozen=True, slots=True)
class UnassignPerson:
    """Take a person out of one slot (they stay on the run sheet)."""

    slot_id: int
    person_id: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        person = sheet.person(self.person_id)
        slot = sheet.slots[index]
        if all(p.person_id != self.person_id for p in slot.participants):
            raise RunSheetError(NOT_IN_SLOT, name=person.display_name, title=slot.title)
        return _with_slot(sheet, index, _without(slot, self.person_id), UNASSIGN_PERSON)


@dataclass(frozen=True, slots=True)
class ReorderParticipants:
    """Put a slot's people in this order (who speaks first, who is introduced first).

    ``person_ids`` names each person in the slot exactly once; a person with two roles
    keeps them together, in their order.
    """

    slot_id: int
    person_ids: tuple[int, ...]

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        index = sheet.index_of(self.slot_id)
        slot = sheet.slots[index]
        present = {p.person_id for p in slot.participants}
        if len(set(self.person_ids)) != len(self.person_ids) or set(self.person_ids) != present:
            raise RunSheetError(ORDER_MISMATCH, title=slot.title)
        participants = tuple(
            p for person_id in self.person_ids for p in slot.participants if p.person_id == person_id
        )
        return _with_slot(sheet, index, replace(slot, participants=participants), REORDER_PEOPLE)


# --- internals --------------------------------------------------------------------------


_PERSON_FIELDS: Final = (
    "name", "academic_title", "function", "organisation", "intro", "pronunciation", "contact",
)  # fmt: skip


def _check_base(base: Slot | Person | None, stored: Slot | Person, values: Mapping[str, object]) -> None:
    """Refuse to set ``values`` on ``stored`` if one of them was changed elsewhere since ``base``.

    A field conflicts when the stored value is not the one the edit sets and differs
    from the value in ``base`` (the item as the editor showed it). Fields the edit does
    not set never conflict, nor does a change elsewhere to the value this edit sets.
    Without a base nothing is checked (the edit is an intent on whatever is stored).
    """
    if base is None:
        return
    if base.id != stored.id:
        raise ValueError(f"an edit of item {stored.id} based on item {base.id}")
    conflicting = tuple(
        name
        for name, value in values.items()
        if getattr(stored, name) != value and getattr(base, name) != getattr(stored, name)
    )
    if not conflicting:
        return
    if isinstance(stored, Person):
        raise RunSheetConflict(PERSON_CHANGED_ELSEWHERE, stored, conflicting, name=stored.display_name)
    raise RunSheetConflict(SLOT_CHANGED_ELSEWHERE, stored, conflicting, title=stored.title)


def _same(a: RunSheet, b: RunSheet) -> bool:
    """Whether two sheets hold the same event, slots and people (people in any order)."""
    return a.event == b.event and a.slots == b.slots and set(a.people) == set(b.people)


def _with_slot(sheet: RunSheet, index: int, slot: Slot, description: str) -> RunSheetChange:
    """The change that puts ``slot`` at ``index`` (no time moves)."""
    slots = list(sheet.slots)
    slots[index] = slot
    return sheet_change(sheet, replace(sheet, slots=tuple(slots)), description)


def _retimed(sheet: RunSheet, index: int, slot: Slot, description: str) -> RunSheetChange:
    """The change that puts ``slot`` (new start or length) at ``index``; later slots follow."""
    slots = list(sheet.slots)
    slots[index] = slot
    return sheet_change(sheet, replace(sheet, slots=relink(slots, index + 1)), description)


def _anchored(slot: Slot, start: datetime) -> Slot:
    """``slot`` as the new first slot: at the run sheet's start, unless it is pinned."""
    if slot.pinned:
        return slot
    start = start.astimezone(slot.start.tzinfo)
    return slot if start == slot.start else replace(slot, start=start)


def _without(slot: Slot, person_id: int) -> Slot:
    """``slot`` without the person (the same slot if they were not in it)."""
    kept = tuple(p for p in slot.participants if p.person_id != person_id)
    return slot if len(kept) == len(slot.participants) else replace(slot, participants=kept)


def _next_id(ids: Iterable[int | None]) -> int:
    """A temporary id below every id in use, and below zero."""
    return min([0, *(i for i in ids if i is not None)]) - 1


def _check_index(index: int, count: int) -> None:
    """Refuse an index that is not a slot's (a stale drop target, a key at the end)."""
    if not 0 <= index < count:
        raise RunSheetError(NO_SUCH_PLACE, index=index, count=count)


def _aware(value: datetime) -> datetime:
    """``value`` if it carries its offset, else the error a person understands."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise RunSheetError(NAIVE_TIME, value=value.isoformat(sep=" ", timespec="minutes"))
    return value


def _whole_seconds(delta: timedelta) -> timedelta:
    """``delta`` rounded to whole seconds: a store keeps seconds, and a sheet read back
    must equal the one written."""
    return timedelta(seconds=round(delta / _SECOND))


def _checked_duration(duration: timedelta) -> timedelta:
    """A slot's length in whole seconds, if it is longer than zero and at most a day."""
    duration = _whole_seconds(duration)
    if duration <= _ZERO:
        raise RunSheetError(NOT_POSITIVE)
    if duration > MAX_DURATION:
        raise RunSheetError(TOO_LONG, hours=round(MAX_DURATION / timedelta(hours=1)))
    return duration


def _checked_cue(cue: timedelta) -> timedelta:
    """A warning or final cue in whole seconds, if between zero and a day."""
    cue = _whole_seconds(cue)
    if not _ZERO <= cue <= MAX_DURATION:
        raise RunSheetError(CUE_OUT_OF_RANGE, hours=round(MAX_DURATION / timedelta(hours=1)))
    return cue


def _one_line(text: str) -> str:
    """User text for a one-line field: cleaned, inner runs of white space made one space."""
    return " ".join(clean_text(text).split())


def _cleaned(person: Person) -> Person:
    """``person`` with its short fields on one line and its intro trimmed."""
    return replace(
        person,
        name=_one_line(person.name),
        academic_title=_one_line(person.academic_title),
        function=_one_line(person.function),
        organisation=_one_line(person.organisation),
        intro=clean_text(person.intro),
        pronunciation=_one_line(person.pronunciation),
        contact=_one_line(person.contact),
    )


def _checked_person(sheet: RunSheet, person: Person) -> Person:
    """``person`` if it has a name no one else on the sheet has."""
    if not person.name:
        raise RunSheetError(NO_NAME)
    for other in sheet.people:
        if other.id != person.id and other.key == person.key:
            raise RunSheetError(PERSON_EXISTS, name=other.display_name)
    return person


__all__ = [
    "DEFAULT_DURATION",
    "MAX_DURATION",
    "AddPerson",
    "AddSlot",
    "AssignPerson",
    "DuplicateSlot",
    "EditPerson",
    "MoveSlot",
    "RemovePerson",
    "RemoveSlot",
    "ReorderParticipants",
    "ReplaceSheet",
    "SetDuration",
    "SetEnd",
    "SetPinned",
    "SetSlotFields",
    "SetStart",
    "UnassignPerson",
    "sheet_change",
]
