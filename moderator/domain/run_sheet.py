"""The run-sheet editor's rules: slots and people as the organisers prepare them, with undo.

Everything here is pure (stdlib only; no Qt, no database, no system time). A
:class:`RunSheet` is a value: the event, its slots in order and its people. An operation
(:class:`AddSlot`, :class:`SetDuration`, :class:`AssignPerson`, ...) is an *intent* that
names slots and people by id ("make slot 12 twenty minutes long"), so it applies to the
run sheet as it is when it is stored, not only to the one the editor showed. Its
``apply(sheet)`` returns a :class:`RunSheetChange`: the new sheet, the operation that takes
it back, and a label for the undo menu.

Linked starts
    Each slot that is not pinned starts when the slot before it ends; a longer slot pushes
    the later ones, a shorter or removed one pulls them back (:func:`relink`). A pinned
    slot keeps its start (a fixed live link-in, a keynote at a published time), which may
    leave a gap before it or an overlap: :func:`validate` reports both. The first slot
    has no slot before it and keeps its start: a slot added at the top ends when it
    starts, and removing the first slot moves nothing; only a reorder hands the first
    start on to the slot that becomes first (a reorder does not move the show). Setting
    a start explicitly (:class:`SetStart`) pins the slot: the user wants that time.
    Times are added in UTC (``Slot.end``), so a run sheet across a daylight-saving change
    stays exact.

Ids
    Every slot and person in a run sheet has an id. Stored ones have the database's
    (positive) id; new ones get a temporary negative id (-1, -2, ... per kind) so that
    later operations can name them before they are stored. A store that writes a run
    sheet gives them real ids and says which with :meth:`RunSheetChange.with_ids`; the
    :class:`RunSheetUndo` stack renames its steps accordingly. ``Slot.position`` is
    always the slot's index (a run sheet sets it), so the order is the tuple's order.

Conflicts
    Two organisers (or co-hosts) may edit the same slot at once. The field edits
    (:class:`SetSlotFields`, :class:`EditPerson`, :class:`SetStart`, :class:`SetDuration`,
    :class:`SetEnd`) take ``based_on``: the slot or person as the editor showed it when
    the edit began. If a field the edit sets was changed elsewhere since (it differs
    between ``based_on`` and the stored item, and is not already what the edit sets),
    the edit raises :class:`RunSheetConflict` with the stored item, so that the UI shows
    both versions instead of silently overwriting the other one. The check is per field,
    as in the question queue: someone else's change to another field (or a start moved
    by a longer slot before it, for a title edit) does not conflict.

Undo
    The undo of every operation is a :class:`ReplaceSheet` with the sheet as it was
    before: restoring it exactly is simpler and safer than inverting each operation. It
    checks that the run sheet is still the one the operation produced; if something else
    changed it meanwhile (a co-host, a re-plan during the show) it refuses with
    :class:`RunSheetError` rather than overwrite that change.

Errors meant for a person (an unknown id, a slot of no length, ...) are
:class:`RunSheetError`; their templates are English and marked for translation in the
context ``"run_sheet"``, as are the change descriptions and the findings' messages.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Final, Protocol

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError, fill
from moderator.domain.model import (
    Event,
    EventDraft,
    EventSnapshot,
    Participant,
    Person,
    Role,
    Slot,
    SlotKind,
)
from moderator.domain.questions import clean_text
from moderator.domain.queue import UNCHANGED, Unchanged
from moderator.domain.undo import UNDO_LIMIT, UndoHistory


#: The longest a slot may last (a longer one is a typo: 600 minutes for 60).
MAX_DURATION: Final = timedelta(hours=24)

DEFAULT_DURATION: Final = timedelta(minutes=10)

#: Slots that need someone on stage; without people they are reported (:func:`validate`).
KINDS_WITH_PEOPLE: Final = frozenset({SlotKind.WELCOME, SlotKind.TALK, SlotKind.PANEL, SlotKind.QA})

_ZERO: Final = timedelta(0)
_SECOND: Final = timedelta(seconds=1)


class RunSheetError(UserError):
    """A run-sheet operation that does not apply, in words for the organiser."""

    context = "run_sheet"


class RunSheetConflict(RunSheetError):
    """Someone else changed what this edit changes since the editor showed it.

    ``current`` is the slot or person as it is stored now (the other version, to show
    beside the user's); ``conflicting`` names its fields that were changed elsewhere
    (``"title"``, ``"notes"``, ``"start"``, ``"end"``, ``"duration"``, ``"name"``, ...).
    To keep the user's version anyway, apply the edit again with ``based_on=current``.
    """

    def __init__(
        self, template: str, current: Slot | Person, conflicting: tuple[str, ...], **fields: object
    ) -> None:
        self.current = current
        self.conflicting = conflicting
        super().__init__(template, **fields)


# One literal per call: pyside6-lupdate reads the text from the QT_TRANSLATE_NOOP call.
UNKNOWN_SLOT = QT_TRANSLATE_NOOP("run_sheet", "There is no slot %1 on the run sheet.")
UNKNOWN_PERSON = QT_TRANSLATE_NOOP("run_sheet", "There is no person %1 on the run sheet.")
NO_SUCH_PLACE = QT_TRANSLATE_NOOP(
    "run_sheet", "There is no place %2 on the run sheet; it has %1 slots."
)
NOT_POSITIVE = QT_TRANSLATE_NOOP("run_sheet", "A slot must end after it starts.")
TOO_LONG = QT_TRANSLATE_NOOP("run_sheet", "A slot cannot last longer than %1 hours.")
NAIVE_TIME = QT_TRANSLATE_NOOP(
    "run_sheet", "The time %1 has no time zone; give it with its zone."
)
CUE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "run_sheet", "A warning or final cue must lie between zero and %1 hours before the end."
)
NO_NAME = QT_TRANSLATE_NOOP("run_sheet", "A person needs a name.")
PERSON_EXISTS = QT_TRANSLATE_NOOP("run_sheet", "%1 is already on the run sheet.")
NOT_IN_SLOT = QT_TRANSLATE_NOOP("run_sheet", "%1 is not in \u201c%2\u201d.")
ORDER_MISMATCH = QT_TRANSLATE_NOOP(
    "run_sheet", "The new order must name everyone in \u201c%1\u201d exactly once."
)
SLOT_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%1\u201d was changed elsewhere meanwhile; compare and save again."
)
PERSON_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "run_sheet", "%1 was changed elsewhere meanwhile; compare and save again."
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "run_sheet",
    "The run sheet was changed elsewhere meanwhile; this step can no longer be undone.",
)

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


# --- the run sheet ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunSheet:
    """The event with its slots (in running order) and its people, as the editor sees them.

    Every slot and person has an id (temporary negative ones for new items, see the
    module); ids are unique per kind and participants name people of this sheet, else
    ``ValueError`` (a bug, not a user's mistake). ``Slot.position`` is set to the slot's
    index, so that a sheet read back from a store equals the one written. The order of
    ``people`` carries no meaning (a store reads them by id).
    """

    event: Event
    slots: tuple[Slot, ...] = ()
    people: tuple[Person, ...] = ()

    def __post_init__(self) -> None:
        slot_ids = [slot.id for slot in self.slots]
        person_ids = [person.id for person in self.people]
        for what, ids in (("slot", slot_ids), ("person", person_ids)):
            if None in ids:
                raise ValueError(f"every {what} in a run sheet needs an id (see RunSheet.from_draft)")
            if len(set(ids)) != len(ids):
                raise ValueError(f"{what} ids repeat in the run sheet: {ids}")
        known = set(person_ids)
        for slot in self.slots:
            for participant in slot.participants:
                if participant.person_id not in known:
                    raise ValueError(f"slot {slot.id} names unknown person {participant.person_id}")
        if any(slot.position != index for index, slot in enumerate(self.slots)):
            numbered = tuple(
                slot if slot.position == index else replace(slot, position=index)
                for index, slot in enumerate(self.slots)
            )
            object.__setattr__(self, "slots", numbered)

    @classmethod
    def from_snapshot(cls, snapshot: EventSnapshot) -> RunSheet:
        """The run sheet of a stored event (every slot and person has its stored id)."""
        return cls(snapshot.event, snapshot.slots, snapshot.people)

    @classmethod
    def from_draft(cls, draft: EventDraft) -> RunSheet:
        """The run sheet of an imported draft, before it is stored: temporary ids throughout.

        People get -1, -2, ... in their order, slots likewise; a slot's people come from
        ``draft.slot_people`` (a person named twice with the same role counts once, as
        when a store creates the event from the draft). Ids a draft already carries are
        replaced: a draft is not stored.
        """
        ids = {person.key: -number for number, person in enumerate(draft.people, start=1)}
        people = tuple(replace(person, id=ids[person.key]) for person in draft.people)
        slots = []
        for index, slot in enumerate(draft.slots):
            named = draft.slot_people[index] if index < len(draft.slot_people) else ()
            participants: list[Participant] = []
            for key, role in named:
                participant = Participant(ids[key], role)
                if participant not in participants:
                    participants.append(participant)
            slots.append(replace(slot, id=-(index + 1), participants=tuple(participants)))
        return cls(draft.event, tuple(slots), people)

    def index_of(self, slot_id: int) -> int:
        """Where the slot with this id is in the running order, or :class:`RunSheetError`."""
        for index, slot in enumerate(self.slots):
            if slot.id == slot_id:
                return index
        raise RunSheetError(UNKNOWN_SLOT, slot_id=slot_id)

    def slot(self, slot_id: int) -> Slot:
        """The slot with this id, or :class:`RunSheetError`."""
        return self.slots[self.index_of(slot_id)]

    def person(self, person_id: int) -> Person:
        """The person with this id, or :class:`RunSheetError`."""
        for person in self.people:
            if person.id == person_id:
                return person
        raise RunSheetError(UNKNOWN_PERSON, person_id=person_id)

    def with_ids(
        self, slot_ids: Mapping[int, int], person_ids: Mapping[int, int]
    ) -> RunSheet:
        """This sheet with ids renamed (old → new), participants included.

        A store calls it with the ids it gave the new slots and people; ids not in the
        mappings stay.
        """
        if not slot_ids and not person_ids:
            return self
        slots = tuple(
            replace(
                slot,
                id=slot_ids.get(_id(slot.id), slot.id),
                participants=tuple(
                    Participant(person_ids.get(p.person_id, p.person_id), p.role)
                    for p in slot.participants
                ),
            )
            for slot in self.slots
        )
        people = tuple(
            replace(person, id=person_ids.get(_id(person.id), person.id)) for person in self.people
        )
        return RunSheet(self.event, slots, people)


def relink(slots: Sequence[Slot], from_index: int) -> tuple[Slot, ...]:
    """The slots with linked starts from ``from_index`` on; the ones before stay as they are.

    Each slot that is not pinned starts when the slot before it ends (``Slot.end``, added
    in UTC; the start keeps the slot's own time zone). A pinned slot keeps its start, and
    the slots after it follow its end. The first slot has no slot before it and keeps its
    start. A slot whose start is already right is left as it is (the same object).
    """
    result = list(slots)
    for index in range(max(from_index, 1), len(result)):
        slot = result[index]
        if slot.pinned:
            continue
        start = result[index - 1].end.astimezone(slot.start.tzinfo)
        if start != slot.start:
            result[index] = replace(slot, start=start)
    return tuple(result)


# --- changes and operations -------------------------------------------------------------


class RunSheetOp(Protocol):
    """An intent on the run sheet, applied to the sheet as it is when it is stored."""

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """The sheet after this operation, with its undo; :class:`RunSheetError` if it does
        not apply (an id that is gone, a slot of no length, ...)."""
        ...


@dataclass(frozen=True, slots=True)
class RunSheetChange:
    """The run sheet after an operation, the operation that takes it back, and a label.

    ``description`` is an English label marked for translation (context ``"run_sheet"``):
    the UI shows ``translate("run_sheet", description)`` in "Undo …". ``new_slot_id`` and
    ``new_person_id`` are the (temporary) id of the slot or person an operation created,
    so that the UI can select it. ``changed`` is false when the operation left the sheet
    as it was (then the undo stack does not record it and a store need not write).

    ``renamed_slots`` and ``renamed_people`` are the (old, new) ids a store gave when it
    wrote the sheet (see :meth:`with_ids`); :class:`RunSheetUndo` renames its other steps
    with them.
    """

    sheet: RunSheet
    undo: ReplaceSheet
    description: str
    new_slot_id: int | None = None
    new_person_id: int | None = None
    changed: bool = True
    renamed_slots: tuple[tuple[int, int], ...] = ()
    renamed_people: tuple[tuple[int, int], ...] = ()

    def with_ids(
        self, slot_ids: Mapping[int, int], person_ids: Mapping[int, int]
    ) -> RunSheetChange:
        """This change as stored: its sheet, undo and new item's id with the new ids.

        A store that gave new slots and people their ids (or could not reuse an id a redo
        brings back) calls this with the old → new ids, and hands the result to the UI.
        """
        if not slot_ids and not person_ids:
            return self
        return replace(
            self,
            sheet=self.sheet.with_ids(slot_ids, person_ids),
            undo=self.undo.with_ids(slot_ids, person_ids),
            new_slot_id=_renamed(self.new_slot_id, slot_ids),
            new_person_id=_renamed(self.new_person_id, person_ids),
            renamed_slots=self.renamed_slots + tuple(slot_ids.items()),
            renamed_people=self.renamed_people + tuple(person_ids.items()),
        )


@dataclass(frozen=True, slots=True)
class ReplaceSheet:
    """Put ``sheet`` in place of the current run sheet: the undo (and redo) of every op.

    With ``expected`` set (as every undo has: the sheet its operation produced) it
    refuses with :class:`RunSheetError` when the current sheet is another one, so that an
    undo never overwrites what someone else changed meanwhile. The order of the people
    does not count in that comparison (a store reads them by id). Applying it returns the
    change that re-does the step, with the same ``description`` (the label of the step
    taken back), which is how :class:`RunSheetUndo` gets its redo. Without ``expected``
    it replaces whatever is there (e.g. a run sheet re-imported on purpose).
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
        return _change(sheet, replace(sheet, slots=relink(slots, at + 1)), ADD_SLOT, new_id)


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
        return _change(sheet, replace(sheet, slots=relink(slots, index)), REMOVE_SLOT)


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
        return _change(
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
        return _change(sheet, replace(sheet, slots=relink(slots, first)), MOVE_SLOT)


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
        return _change(
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
        return _change(sheet, replace(sheet, people=people), ADD_PERSON, new_person_id=new_id)


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
        return _change(sheet, replace(sheet, people=people), EDIT_PERSON)


@dataclass(frozen=True, slots=True)
class RemovePerson:
    """Take a person off the run sheet, and out of every slot they were in."""

    person_id: int

    def apply(self, sheet: RunSheet) -> RunSheetChange:
        """See the class."""
        sheet.person(self.person_id)
        slots = tuple(_without(slot, self.person_id) for slot in sheet.slots)
        people = tuple(p for p in sheet.people if p.id != self.person_id)
        return _change(sheet, RunSheet(sheet.event, slots, people), REMOVE_PERSON)


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


# --- validation -------------------------------------------------------------------------


class FindingKind(StrEnum):
    """What :func:`validate` found wrong with a slot."""

    OVERLAP = "overlap"
    GAP = "gap"
    AFTER_END = "after_end"
    BEFORE_START = "before_start"
    NO_PEOPLE = "no_people"
    NO_TITLE = "no_title"


OVERLAP_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%3\u201d starts %1 before \u201c%2\u201d ends."
)
GAP_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "%1 free between \u201c%2\u201d and \u201c%3\u201d."
)
AFTER_END_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%2\u201d ends %1 after the end of the show."
)
BEFORE_START_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%2\u201d starts %1 before the show; only a pre-show may."
)
NO_PEOPLE_MESSAGE = QT_TRANSLATE_NOOP("run_sheet", "Nobody is assigned to \u201c%1\u201d.")
NO_TITLE_MESSAGE = QT_TRANSLATE_NOOP("run_sheet", "Slot %1 has no title.")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at on the run sheet, with a message the UI translates.

    ``slot_id`` is the slot it is about; ``other_slot_id`` the slot before it for an
    overlap or a gap; ``amount`` how much (overlap, gap, minutes after the end or before
    the start). ``template`` is English marked for translation in :attr:`context`, and
    ``fields`` fill it (``title``, ``other``, ``amount`` as "5:00" or "1:05:00",
    ``number``): the UI shows ``fill(translate(context, template), **fields)``.
    """

    kind: FindingKind
    slot_id: int
    other_slot_id: int | None
    amount: timedelta | None
    template: str
    fields: Mapping[str, str] = field(default_factory=dict)

    #: The translation context of ``template``.
    context: ClassVar[str] = "run_sheet"

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))

    def __hash__(self) -> int:
        return hash(
            (self.kind, self.slot_id, self.other_slot_id, self.amount, frozenset(self.fields.items()))
        )

    @property
    def message(self) -> str:
        """The one-line English message."""
        return fill(self.template, **self.fields)


def validate(sheet: RunSheet) -> tuple[Finding, ...]:
    """What to look at before the show, slot by slot in running order.

    For each slot: an overlap with the slot before or a gap after it (consecutive slots
    only; a pinned slot is where both arise), a start before the event's start (a
    pre-show may start before: the seed's 13:50 check-in precedes the 14:00 start), an
    end after the event's end, no people on a welcome, talk, panel or Q&A, and no title.
    """
    findings: list[Finding] = []
    event = sheet.event
    for index, slot in enumerate(sheet.slots):
        slot_id = _id(slot.id)
        title = slot.title
        if index > 0:
            before = sheet.slots[index - 1]
            step = _utc(slot.start) - _utc(before.end)
            if step != _ZERO:
                kind, template = (
                    (FindingKind.GAP, GAP_MESSAGE)
                    if step > _ZERO
                    else (FindingKind.OVERLAP, OVERLAP_MESSAGE)
                )
                findings.append(
                    Finding(
                        kind, slot_id, before.id, abs(step), template,
                        {"title": title, "other": before.title, "amount": duration_text(abs(step))},
                    )
                )
        early = _utc(event.start) - _utc(slot.start)
        if early > _ZERO and slot.kind != SlotKind.PRE_SHOW:
            findings.append(
                Finding(
                    FindingKind.BEFORE_START, slot_id, None, early, BEFORE_START_MESSAGE,
                    {"title": title, "amount": duration_text(early)},
                )
            )
        late = _utc(slot.end) - _utc(event.end)
        if late > _ZERO:
            findings.append(
                Finding(
                    FindingKind.AFTER_END, slot_id, None, late, AFTER_END_MESSAGE,
                    {"title": title, "amount": duration_text(late)},
                )
            )
        if slot.kind in KINDS_WITH_PEOPLE and not slot.participants:
            findings.append(
                Finding(FindingKind.NO_PEOPLE, slot_id, None, None, NO_PEOPLE_MESSAGE, {"title": title})
            )
        if not title.strip():
            findings.append(
                Finding(
                    FindingKind.NO_TITLE, slot_id, None, None, NO_TITLE_MESSAGE,
                    {"number": str(index + 1)},
                )
            )
    return tuple(findings)


def duration_text(delta: timedelta) -> str:
    """A length as the run sheet shows it: "4:30", "1:05:00"; a part of a second counts as one.

    Rounding up keeps a real overlap of half a second from reading "0:00".
    """
    seconds = math.ceil(abs(delta) / _SECOND)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


# --- undo -------------------------------------------------------------------------------


class RunSheetUndo(UndoHistory[ReplaceSheet]):
    """The editor's undo and redo, :data:`UNDO_LIMIT` steps deep.

    In memory::

        change = op.apply(sheet); undo.push(change); sheet = change.sheet   # a new edit
        change = undo.undo(sheet); sheet = change.sheet if change else sheet
        change = undo.redo(sheet); ...

    With a store that applies an operation inside its write transaction, the flow of
    :mod:`moderator.domain.undo` (``store.change_run_sheet`` persists).

    If applying raises, nothing is recorded and the step stays (an undo refused because
    the sheet was changed elsewhere keeps refusing; the UI may :meth:`clear`). A change
    that renamed ids (it was stored) renames them in every step kept. A change that
    changed nothing is not recorded; a new edit clears the redo steps.
    """

    @property
    def undo_description(self) -> str:
        """The label of the step the next undo takes back ("" if none), for the menu."""
        step = self.undo_op()
        return step.description if step is not None else ""

    @property
    def redo_description(self) -> str:
        """The label of the step the next redo does again ("" if none)."""
        step = self.redo_op()
        return step.description if step is not None else ""

    def push(self, change: RunSheetChange) -> None:
        """Remember a new edit (one that changed nothing is not remembered)."""
        if not change.changed:
            return
        self._rename(change)
        self._new_step(change.undo)

    def record_undone(self, change: RunSheetChange) -> None:
        """The op from :meth:`undo_op` was applied as ``change``: move the step to redo."""
        self._rename(change)
        self._undone(change.undo)

    def record_redone(self, change: RunSheetChange) -> None:
        """The op from :meth:`redo_op` was applied as ``change``: move the step to undo."""
        self._rename(change)
        self._redone(change.undo)

    def undo(self, sheet: RunSheet) -> RunSheetChange | None:
        """Take back the last step on ``sheet`` (``None``: nothing to undo)."""
        op = self.undo_op()
        if op is None:
            return None
        change = op.apply(sheet)
        self.record_undone(change)
        return change

    def redo(self, sheet: RunSheet) -> RunSheetChange | None:
        """Do the last undone step again on ``sheet`` (``None``: nothing to redo)."""
        op = self.redo_op()
        if op is None:
            return None
        change = op.apply(sheet)
        self.record_redone(change)
        return change

    def _rename(self, change: RunSheetChange) -> None:
        """Give the kept steps the ids a store gave when it wrote ``change``."""
        if not change.renamed_slots and not change.renamed_people:
            return
        slot_ids, person_ids = dict(change.renamed_slots), dict(change.renamed_people)
        self._map_steps(lambda op: op.with_ids(slot_ids, person_ids))


# --- internals --------------------------------------------------------------------------

_PERSON_FIELDS: Final = (
    "name", "academic_title", "function", "organisation", "intro", "pronunciation", "contact",
)  # fmt: skip


def _change(
    before: RunSheet,
    after: RunSheet,
    description: str,
    new_slot_id: int | None = None,
    new_person_id: int | None = None,
) -> RunSheetChange:
    """The change from ``before`` to ``after``, undone by putting ``before`` back."""
    return RunSheetChange(
        after,
        ReplaceSheet(before, expected=after, description=description),
        description,
        new_slot_id=new_slot_id,
        new_person_id=new_person_id,
        changed=not _same(before, after),
    )


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


def _renamed(value: int | None, ids: Mapping[int, int]) -> int | None:
    """``value`` under a store's renaming (old → new ids)."""
    return None if value is None else ids.get(value, value)


def _same(a: RunSheet, b: RunSheet) -> bool:
    """Whether two sheets hold the same event, slots and people (people in any order)."""
    return a.event == b.event and a.slots == b.slots and set(a.people) == set(b.people)


def _with_slot(sheet: RunSheet, index: int, slot: Slot, description: str) -> RunSheetChange:
    """The change that puts ``slot`` at ``index`` (no time moves)."""
    slots = list(sheet.slots)
    slots[index] = slot
    return _change(sheet, replace(sheet, slots=tuple(slots)), description)


def _retimed(sheet: RunSheet, index: int, slot: Slot, description: str) -> RunSheetChange:
    """The change that puts ``slot`` (new start or length) at ``index``; later slots follow."""
    slots = list(sheet.slots)
    slots[index] = slot
    return _change(sheet, replace(sheet, slots=relink(slots, index + 1)), description)


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


def _id(value: int | None) -> int:
    """An id of a sheet's slot or person (a run sheet has no item without one)."""
    assert value is not None, "a run sheet checks its ids"
    return value


def _check_index(index: int, count: int) -> None:
    """Refuse an index that is not a slot's (a stale drop target, a key at the end)."""
    if not 0 <= index < count:
        raise RunSheetError(NO_SUCH_PLACE, index=index, count=count)


def _aware(value: datetime) -> datetime:
    """``value`` if it carries its offset, else the error a person understands."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise RunSheetError(NAIVE_TIME, value=value.isoformat(sep=" ", timespec="minutes"))
    return value


def _utc(value: datetime) -> datetime:
    """The same instant in UTC (subtracting two times of one zone would ignore a DST change)."""
    return value.astimezone(timezone.utc)


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
    "KINDS_WITH_PEOPLE",
    "MAX_DURATION",
    "UNCHANGED",
    "UNDO_LIMIT",
    "AddPerson",
    "AddSlot",
    "AssignPerson",
    "DuplicateSlot",
    "EditPerson",
    "Finding",
    "FindingKind",
    "MoveSlot",
    "RemovePerson",
    "RemoveSlot",
    "ReorderParticipants",
    "ReplaceSheet",
    "RunSheet",
    "RunSheetChange",
    "RunSheetConflict",
    "RunSheetError",
    "RunSheetOp",
    "RunSheetUndo",
    "SetDuration",
    "SetEnd",
    "SetPinned",
    "SetSlotFields",
    "SetStart",
    "UnassignPerson",
    "Unchanged",
    "duration_text",
    "relink",
    "validate",
]
