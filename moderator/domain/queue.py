"""The audience-question queue as the cockpit reads it: its order, changes, undo and budget.

Everything here is pure (stdlib only; no Qt, no database, no system time). The operations
on the queue (:class:`~moderator.domain.queue_ops.Move`,
:class:`~moderator.domain.queue_ops.SetStatus`, :class:`~moderator.domain.queue_ops.Vote`,
:class:`~moderator.domain.queue_ops.Edit`, :class:`~moderator.domain.queue_ops.Merge`, ...)
are *intents* ("move 17 before 9", "put 17 on air") and live in
:mod:`moderator.domain.queue_ops`. A store reads the current questions inside its write
transaction, calls ``op.apply(current, now, slot_id)`` and writes the returned
:class:`QueueChange`: one :class:`QuestionPatch` per question it touches (the fields to set
and their new values, never a whole row), plus the log entries to append. So an operation
computed on the list a co-host saw a second ago still lands correctly on the list as it is
now; an operation on a question that is gone raises :class:`QueueError`. The store bumps
``Question.revision`` of every patched question; the ops never set it.

Why two modules: the cockpit's first paint reads the queue (its order, the question on
air, who is next, the budget line) and keeps an :class:`UndoStack`, but builds no
operation; the operations are some fifteen frozen dataclasses, and creating those costs
start-up time (about half a millisecond each). So this module holds what the first paint
and the types of the application service need, and :mod:`moderator.domain.queue_ops` is
loaded right after the first paint (see :mod:`moderator.lazy`). Finding likely duplicates
is a module of its own too (:mod:`moderator.domain.duplicates`): only the paste dialog
uses it.

Every change carries its own undo: a :class:`~moderator.domain.queue_ops.Restore` of the
values the patched fields had before (votes are restored by difference, so votes cast
meanwhile by co-hosts survive an undo). Applying a Restore returns the change that re-does
it, which is how :class:`UndoStack` gets its redo.

The order of the queue is ``Question.position``, a float: a moved question gets the
midpoint of its new neighbours, so a move patches one row (see
:class:`~moderator.domain.queue_ops.Move` for the rare renumbering of a window).

Log entries name the question in ``detail`` (``LogEntry`` has no question column): the
question's id first, then what happened, e.g. ``"17 on_air"``, ``"17 before 9"``,
``"17 +1"``, ``"3 merged 5,8"``. See :class:`QueueAction`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Protocol

from moderator.domain.clock import ClockReading, Phase
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import LogEntry, Question, QuestionStatus, SlotKind
from moderator.domain.undo import UndoHistory

if TYPE_CHECKING:  # only a type here: the operations load after the first paint
    from moderator.domain.queue_ops import Restore

S = QuestionStatus

#: The fields of :class:`Question` an operation may change (``revision`` is the store's).
PATCHABLE_FIELDS: Final = frozenset(
    {
        "status",
        "position",
        "votes",
        "text",
        "asked_by",
        "organisation",
        "addressed_to",
        "on_air_at",
        "answered_at",
        "answered_in_slot",
        "merged_into",
    }
)

#: The slots in which questions are taken (see :func:`questions_that_fit`).
QUESTION_SLOT_KINDS: Final = frozenset({SlotKind.PANEL, SlotKind.QA})

DEFAULT_ANSWER_TIME: Final = timedelta(minutes=2, seconds=30)


class QueueAction(StrEnum):
    """The ``LogEntry.action`` names the queue writes; ``detail`` starts with the question id.

    ``question_moved``: ``"17 before 9"`` or ``"17 last"``; ``question_status``: ``"17
    answered"`` (one entry per question whose status changed); ``question_voted``: ``"17
    +1"``; ``question_edited``: ``"17 text,asked_by"`` (the fields changed);
    ``questions_merged``: ``"3 merged 5,8"``; ``question_unmerged``: ``"5 from 3"``;
    ``queue_undo`` and ``queue_redo``: the action taken back (or done again) and the
    question ids, ``"questions_merged 3,5,8"``.
    """

    MOVED = "question_moved"
    STATUS = "question_status"
    VOTED = "question_voted"
    EDITED = "question_edited"
    MERGED = "questions_merged"
    UNMERGED = "question_unmerged"
    UNDO = "queue_undo"
    REDO = "queue_redo"


class QueueError(UserError):
    """A queue operation that does not apply to the questions as they are now."""

    context = "queue"


class EditConflict(QueueError):
    """Someone else changed the question since the editor opened it.

    ``current`` is the question as it is now, so that the UI can show both versions and
    let the person choose (apply theirs again with ``expected_revision=current.revision``).
    """

    def __init__(self, template: str, current: Question, **fields: object) -> None:
        self.current = current
        super().__init__(template, **fields)


# One literal per call: pyside6-lupdate reads the text from the QT_TRANSLATE_NOOP call.
GONE = QT_TRANSLATE_NOOP("queue", "Question %1 is no longer in the queue.")
EDITED_MEANWHILE = QT_TRANSLATE_NOOP(
    "queue", "Question %1 was changed by someone else meanwhile; compare and save again."
)
NOT_ON_AIR = QT_TRANSLATE_NOOP(
    "queue", "Question %1 is not on air; only the question on air can be answered."
)
ANSWERED_ALREADY = QT_TRANSLATE_NOOP(
    "queue", "Question %1 has been answered; put it back in the queue first."
)
DISMISSED_ALREADY = QT_TRANSLATE_NOOP(
    "queue", "Question %1 is dismissed; restore it to the queue first."
)
ON_AIR_TO_NEW = QT_TRANSLATE_NOOP(
    "queue", "Question %1 is on air; put it back in the queue instead."
)
MERGED_CANNOT_RETURN = QT_TRANSLATE_NOOP(
    "queue",
    "Question %2 was merged into question %1; undo or split the merge "
    "to bring it back.",
)
MERGE_INTO_ITSELF = QT_TRANSLATE_NOOP("queue", "A question cannot be merged into itself.")
MERGE_ALREADY_MERGED = QT_TRANSLATE_NOOP(
    "queue", "Question %2 is already merged into question %1."
)
MERGE_ON_AIR = QT_TRANSLATE_NOOP(
    "queue",
    "Question %1 is on air; mark it answered or merge the others into it.",
)
MERGE_ANSWERED = QT_TRANSLATE_NOOP(
    "queue", "Question %1 has been answered; merge the others into it instead."
)
MERGE_WORDING = QT_TRANSLATE_NOOP(
    "queue", "The wording must come from one of the questions being merged."
)
NOT_MERGED = QT_TRANSLATE_NOOP("queue", "Question %1 is not merged into another.")

# --- values -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionPatch:
    """New values for some fields of one question: field name → value.

    ``changes`` is frozen on construction (a read-only copy of the mapping given), so a
    patch is a value: equal patches compare equal and hash alike. Only the fields in
    :data:`PATCHABLE_FIELDS` are allowed; a store writes them with ``revision + 1``.
    """

    question_id: int
    changes: Mapping[str, object]

    def __post_init__(self) -> None:
        unknown = set(self.changes) - PATCHABLE_FIELDS
        if unknown:
            raise ValueError(f"not a patchable question field: {sorted(unknown)}")
        object.__setattr__(self, "changes", MappingProxyType(dict(self.changes)))

    def __hash__(self) -> int:
        return hash((self.question_id, frozenset(self.changes.items())))


class QueueOp(Protocol):
    """An intent on the queue, applied to the questions as they are when it is stored."""

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """What this operation changes in ``questions`` at ``now`` (``slot_id``: the current slot).

        Raises :class:`QueueError` when it does not apply (a question is gone, a status
        change is not allowed, ...).
        """
        ...


@dataclass(frozen=True, slots=True)
class QueueChange:
    """What an operation changes and logs, and the operation that takes it back.

    ``patches`` touch each question at most once. ``undo`` restores the values the
    patched fields had before; it is ``None`` when nothing changed (then ``log`` is empty
    too: an operation that changes nothing is not logged and not undoable).

    ``renumbered`` marks a move that renumbered a window of the queue (see
    :class:`~moderator.domain.queue_ops.Move`). A store that hands a move only the few
    rows around its landing spot must then apply it again to a contiguous stretch of the
    queue there (:func:`~moderator.domain.queue_ops.apply_move_within`), or to every
    question: a window renumbered over rows that are not neighbours in the queue would
    scramble it.
    """

    patches: tuple[QuestionPatch, ...] = ()
    undo: Restore | None = None
    log: tuple[LogEntry, ...] = ()
    renumbered: bool = False

    @property
    def changed(self) -> bool:
        """Whether there is anything to store."""
        return bool(self.patches)

    @property
    def question_ids(self) -> tuple[int, ...]:
        """The ids of the questions this change touches (for a repaint or a change feed)."""
        return tuple(patch.question_id for patch in self.patches)


NO_CHANGE: Final = QueueChange()


def apply_change(questions: Sequence[Question], change: QueueChange) -> tuple[Question, ...]:
    """The questions after ``change``, in the same order; each patched one gets ``revision + 1``.

    For an in-memory store, an optimistic repaint and the tests; a database store does
    the same with rows. Patches for questions that are not there are ignored.
    """
    by_id = {patch.question_id: patch for patch in change.patches}
    result = []
    for question in questions:
        patch = by_id.get(question.id) if question.id is not None else None
        if patch is not None:
            question = _patched(question, patch.changes)
        result.append(question)
    return tuple(result)


def _patched(question: Question, changes: Mapping[str, object]) -> Question:
    """``question`` with ``changes`` set and its revision bumped."""
    values: dict[str, object] = dict(changes)
    values["revision"] = question.revision + 1
    return replace(question, **values)  # type: ignore[arg-type]


# --- reading the queue ------------------------------------------------------------------


def queue_order(questions: Iterable[Question]) -> tuple[Question, ...]:
    """The questions as the queue shows them: by position, ties by id (stable everywhere)."""
    return tuple(sorted(questions, key=order_key))


def order_key(question: Question) -> tuple[float, int]:
    """Where ``question`` stands in the queue: its position, ties by id (the sort key of
    :func:`queue_order`, and of a binary search in a list in that order)."""
    return question.position, question.id if question.id is not None else -1


def position_for_new(questions: Iterable[Question]) -> float:
    """Where a new question goes: after the last one (max + 1.0), or 1.0 in an empty queue."""
    return max((q.position for q in questions), default=0.0) + 1.0


def on_air(questions: Iterable[Question]) -> Question | None:
    """The question on air, if any.

    There is only one, but should two co-hosts' changes ever leave two, the one put on
    air last wins, the same on every machine.
    """
    airing = [q for q in questions if q.status == S.ON_AIR]
    if not airing:
        return None
    return max(
        airing, key=lambda q: (q.on_air_at is not None, q.on_air_at or q.created_at, q.id or 0)
    )


def next_up(questions: Iterable[Question]) -> Question | None:
    """The question to put on air next: the first queued one, else the first new one."""
    ordered = queue_order(questions)
    for status in (S.QUEUED, S.NEW):
        for question in ordered:
            if question.status == status:
                return question
    return None


def askers(question: Question, questions: Iterable[Question]) -> tuple[str, ...]:
    """Who asked this question: its own asker, then those of the questions merged into it.

    The merged ones follow in the order they were asked (``created_at``, then id), also
    those merged into a question that was later merged into this one. Names are listed
    once (compared without case and extra spaces); empty names are left out.
    """
    merged_into: dict[int, list[Question]] = {}
    for other in questions:
        if other.merged_into is not None:
            merged_into.setdefault(other.merged_into, []).append(other)
    found: list[Question] = []
    pending = [question.id] if question.id is not None else []
    seen_ids = set(pending)
    while pending:
        for other in merged_into.get(pending.pop(), []):
            if other.id is not None and other.id not in seen_ids:
                seen_ids.add(other.id)
                found.append(other)
                pending.append(other.id)
    found.sort(key=lambda q: (q.created_at, q.id or 0))
    names: list[str] = []
    keys: set[str] = set()
    for candidate in (question, *found):
        key = " ".join(candidate.asked_by.split()).casefold()
        if key and key not in keys:
            keys.add(key)
            names.append(candidate.asked_by)
    return tuple(names)



class Unchanged(Enum):
    """The type of :data:`UNCHANGED` (an enum, so that type checkers can narrow it)."""

    UNCHANGED = "unchanged"


#: "Leave this field as it is", where ``None`` is a real value (``addressed_to``: nobody).
UNCHANGED: Final = Unchanged.UNCHANGED


# A string: Restore is only imported for type checkers (see the imports).
class UndoStack(UndoHistory["Restore"]):
    """The moderator's (or a co-host's) undo and redo of queue operations, 200 steps deep.

    Each instance keeps its own history; the operations it holds are
    :class:`~moderator.domain.queue_ops.Restore` intents, so undoing on one machine takes
    back only what was done there, and applies to the questions as they are now (see
    Restore for what happens when a co-host changed the same question meanwhile). The
    caller's flow is the one of :mod:`moderator.domain.undo`.
    """

    @property
    def undo_action(self) -> str:
        """The :class:`QueueAction` the next undo takes back ("" if none), for the menu text."""
        step = self.undo_op()
        return step.action if step is not None else ""

    @property
    def redo_action(self) -> str:
        """The :class:`QueueAction` the next redo does again ("" if none)."""
        step = self.redo_op()
        return step.action if step is not None else ""

    def push(self, change: QueueChange) -> None:
        """Remember a new action's change (one that changed nothing is not remembered)."""
        self._new_step(change.undo)

    def record_undone(self, change: QueueChange) -> None:
        """The op from :meth:`undo_op` was stored as ``change``: move the step to redo."""
        self._undone(change.undo)

    def record_redone(self, change: QueueChange) -> None:
        """The op from :meth:`redo_op` was stored as ``change``: move the step to undo."""
        self._redone(change.undo)


# --- how many questions fit -------------------------------------------------------------


def questions_that_fit(
    reading: ClockReading,
    questions: Iterable[Question],
    default_answer: timedelta = DEFAULT_ANSWER_TIME,
) -> int | None:
    """How many more questions fit into the current panel or Q&A slot.

    The time left, less what the question on air is still expected to take, divided by
    the average answer time so far (``answered_at - on_air_at`` of the answered
    questions; ``default_answer`` before any). ``None`` when no panel or Q&A slot is
    running (before and after the show, in other slots); 0 in overtime. A paused clock
    still counts: the slot is running, only held.
    """
    slot = reading.slot
    if slot is None or slot.kind not in QUESTION_SLOT_KINDS:
        return None
    if reading.phase in (Phase.BEFORE_SHOW, Phase.ENDED):
        return None
    if reading.phase == Phase.OVERTIME or reading.remaining <= timedelta(0):
        return 0
    questions = tuple(questions)
    answer_times = [
        q.answered_at - q.on_air_at
        for q in questions
        if q.status == S.ANSWERED
        and q.answered_at is not None
        and q.on_air_at is not None
        and q.answered_at > q.on_air_at
    ]
    average = (
        sum(answer_times, timedelta(0)) / len(answer_times) if answer_times else default_answer
    )
    if average <= timedelta(0):
        return None
    left = reading.remaining
    current = on_air(questions)
    if current is not None and current.on_air_at is not None:
        left -= max(timedelta(0), average - (reading.now - current.on_air_at))
    return max(0, left // average)


#: What an answer takes before any is timed (a panel answer runs 1–2 minutes).
PRIOR_ANSWER_TIME: Final = timedelta(seconds=90)
#: The prior counts as this many answers: one quick answer does not make it "237 fit".
PRIOR_WEIGHT: Final = 3
#: Until this many answers are timed, the budget is a range, not one number.
SURE_AFTER: Final = 3


@dataclass(frozen=True, slots=True)
class QuestionBudget:
    """How many more questions fit: ``low`` to ``high`` (equal once the estimate is sure)."""

    low: int
    high: int
    timed: int
    average: timedelta


def question_budget(
    reading: ClockReading, questions: Iterable[Question], prior: timedelta = PRIOR_ANSWER_TIME
) -> QuestionBudget | None:
    """How many more questions fit into the current panel or Q&A slot, honestly.

    The answer time is the average of the timed answers pulled towards ``prior`` (the prior
    counts as :data:`PRIOR_WEIGHT` answers), so one 8-second answer does not promise
    hundreds. Until :data:`SURE_AFTER` answers are timed the result is a range: what fits
    at half again and at two thirds of that average. ``None`` outside a panel or Q&A slot.
    """
    slot = reading.slot
    if slot is None or slot.kind not in QUESTION_SLOT_KINDS:
        return None
    if reading.phase in (Phase.BEFORE_SHOW, Phase.ENDED):
        return None
    questions = tuple(questions)
    times = [answer_time(q) for q in questions]
    answered = [t for t in times if t is not None]
    return budget_of(reading, sum(answered, timedelta(0)), len(answered), on_air(questions), prior)


def answer_time(question: Question) -> timedelta | None:
    """How long an answered question was on air (None: not answered, or not timed)."""
    if question.status == S.ANSWERED and question.answered_at is not None and question.on_air_at is not None and question.answered_at > question.on_air_at:
        return question.answered_at - question.on_air_at
    return None


def budget_of(
    reading: ClockReading,
    answered_total: timedelta,
    answered: int,
    current: Question | None,
    prior: timedelta = PRIOR_ANSWER_TIME,
) -> QuestionBudget | None:
    """:func:`question_budget` from the sum and count of the timed answers and the question
    on air (a view that keeps those up to date need not walk every question each second)."""
    slot = reading.slot
    if slot is None or slot.kind not in QUESTION_SLOT_KINDS:
        return None
    if reading.phase in (Phase.BEFORE_SHOW, Phase.ENDED):
        return None
    average = (prior * PRIOR_WEIGHT + answered_total) / (PRIOR_WEIGHT + answered)
    if reading.phase == Phase.OVERTIME or reading.remaining <= timedelta(0):
        return QuestionBudget(0, 0, answered, average)
    left = reading.remaining
    if current is not None and current.on_air_at is not None:
        left -= max(timedelta(0), average - (reading.now - current.on_air_at))
    left = max(left, timedelta(0))
    if answered >= SURE_AFTER:
        count = left // average
        return QuestionBudget(count, count, answered, average)
    return QuestionBudget(left // (average * 3 / 2), left // (average * 2 / 3), answered, average)



__all__ = [
    "DEFAULT_ANSWER_TIME",
    "NO_CHANGE",
    "PATCHABLE_FIELDS",
    "UNCHANGED",
    "EditConflict",
    "QuestionPatch",
    "QueueAction",
    "QueueChange",
    "QueueError",
    "QueueOp",
    "Unchanged",
    "UndoStack",
    "apply_change",
    "askers",
    "next_up",
    "on_air",
    "order_key",
    "position_for_new",
    "questions_that_fit",
    "queue_order",
]
