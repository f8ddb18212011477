"""The run sheet as the editor and the cockpit hold it: slots and people, changes, undo.

Everything here is pure (stdlib only; no Qt, no database, no system time). A
:class:`RunSheet` is a value: the event, its slots in order and its people. An operation
(:class:`~moderator.domain.run_sheet_ops.AddSlot`,
:class:`~moderator.domain.run_sheet_ops.SetDuration`,
:class:`~moderator.domain.run_sheet_ops.AssignPerson`, ...; in
:mod:`moderator.domain.run_sheet_ops`) is an *intent* that names slots and people by id
("make slot 12 twenty minutes long"), so it applies to the run sheet as it is when it is
stored, not only to the one the editor showed. Its ``apply(sheet)`` returns a
:class:`RunSheetChange`: the new sheet, the operation that takes it back, and a label for
the undo menu.

Three modules
    This one holds what the cockpit's start needs: the run sheet, its changes and errors,
    and the undo history the application service keeps (:class:`RunSheetUndo`). The
    operations an editor or a re-plan builds are in :mod:`moderator.domain.run_sheet_ops`
    and what the editor reports before the show in
    :mod:`moderator.domain.run_sheet_findings`: the cockpit's first paint builds none of
    their frozen dataclasses, whose creation costs start-up time (about half a
    millisecond each). Modules on the start-up path bind the operations with
    :func:`moderator.lazy.lazy_module`; the app executes them right after the first
    paint.

Linked starts
    Each slot that is not pinned starts when the slot before it ends; a longer slot pushes
    the later ones, a shorter or removed one pulls them back (:func:`relink`). A pinned
    slot keeps its start (a fixed live link-in, a keynote at a published time), which may
    leave a gap before it or an overlap:
    :func:`~moderator.domain.run_sheet_findings.validate` reports both. The first slot
    has no slot before it and keeps its start: a slot added at the top ends when it
    starts, and removing the first slot moves nothing; only a reorder hands the first
    start on to the slot that becomes first (a reorder does not move the show). Setting
    a start explicitly (:class:`~moderator.domain.run_sheet_ops.SetStart`) pins the slot:
    the user wants that time. Times are added in UTC (``Slot.end``), so a run sheet
    across a daylight-saving change stays exact.

Ids
    Every slot and person in a run sheet has an id. Stored ones have the database's
    (positive) id; new ones get a temporary negative id (-1, -2, ... per kind) so that
    later operations can name them before they are stored. A store that writes a run
    sheet gives them real ids and says which with :meth:`RunSheetChange.with_ids`; the
    :class:`RunSheetUndo` stack renames its steps accordingly. ``Slot.position`` is
    always the slot's index (a run sheet sets it), so the order is the tuple's order.

Conflicts
    Two organisers (or co-hosts) may edit the same slot at once. The field edits
    (``SetSlotFields``, ``EditPerson``, ``SetStart``, ``SetDuration``, ``SetEnd`` in
    :mod:`moderator.domain.run_sheet_ops`) take ``based_on``: the slot or person as the
    editor showed it when the edit began. If a field the edit sets was changed elsewhere
    since (it differs between ``based_on`` and the stored item, and is not already what
    the edit sets), the edit raises :class:`RunSheetConflict` with the stored item, so
    that the UI shows both versions instead of silently overwriting the other one. The
    check is per field, as in the question queue: someone else's change to another field
    (or a start moved by a longer slot before it, for a title edit) does not conflict.

Undo
    The undo of every operation is a :class:`~moderator.domain.run_sheet_ops.ReplaceSheet`
    with the sheet as it was before: restoring it exactly is simpler and safer than
    inverting each operation. It checks that the run sheet is still the one the operation
    produced; if something else changed it meanwhile (a co-host, a re-plan during the
    show) it refuses with :class:`RunSheetError` rather than overwrite that change.

Errors meant for a person (an unknown id, a slot of no length, ...) are
:class:`RunSheetError`; their templates are English and marked for translation in the
context ``"run_sheet"``, as are the change descriptions and the findings' messages.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Final, Protocol

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import Event, EventDraft, EventSnapshot, Participant, Person, Slot
from moderator.domain.undo import UNDO_LIMIT, UndoHistory

if TYPE_CHECKING:  # only a type here: the operations load after the first paint
    from moderator.domain.run_sheet_ops import ReplaceSheet

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


# --- changes ---------------------------------------------------------------------------


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


def duration_text(delta: timedelta) -> str:
    """A length as the run sheet shows it: "4:30", "1:05:00"; a part of a second counts as one.

    Rounding up keeps a real overlap of half a second from reading "0:00".
    """
    seconds = math.ceil(abs(delta) / _SECOND)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


# --- undo -------------------------------------------------------------------------------


# A string: ReplaceSheet is only imported for type checkers (see the imports).
class RunSheetUndo(UndoHistory["ReplaceSheet"]):
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


def _renamed(value: int | None, ids: Mapping[int, int]) -> int | None:
    """``value`` under a store's renaming (old → new ids)."""
    return None if value is None else ids.get(value, value)


def _id(value: int | None) -> int:
    """An id of a sheet's slot or person (a run sheet has no item without one)."""
    assert value is not None, "a run sheet checks its ids"
    return value


def _utc(value: datetime) -> datetime:
    """The same instant in UTC (subtracting two times of one zone would ignore a DST change)."""
    return value.astimezone(timezone.utc)


__all__ = [
    "UNDO_LIMIT",
    "RunSheet",
    "RunSheetChange",
    "RunSheetConflict",
    "RunSheetError",
    "RunSheetOp",
    "RunSheetUndo",
    "duration_text",
    "relink",
]
