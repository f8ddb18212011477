"""The audience-question queue: its order, the questions' states, votes, edits, merges, undo.

Everything here is pure (stdlib only; no Qt, no database, no system time). An operation
(:class:`Move`, :class:`SetStatus`, :class:`Vote`, :class:`Edit`, :class:`Merge`, ...) is
an *intent* ("move 17 before 9", "put 17 on air"). A store reads the current questions
inside its write transaction, calls ``op.apply(current, now, slot_id)`` and writes the
returned :class:`QueueChange`: one :class:`QuestionPatch` per question it touches (the
fields to set and their new values, never a whole row), plus the log entries to append.
So an operation computed on the list a co-host saw a second ago still lands correctly on
the list as it is now; an operation on a question that is gone raises :class:`QueueError`.
The store bumps ``Question.revision`` of every patched question; the ops never set it.

Every change carries its own undo: a :class:`Restore` of the values the patched fields had
before (votes are restored by difference, so votes cast meanwhile by co-hosts survive an
undo). Applying a :class:`Restore` returns the change that re-does it, which is how
:class:`UndoStack` gets its redo.

The order of the queue is ``Question.position``, a float: a moved question gets the
midpoint of its new neighbours, so a move patches one row. Only when repeated moves into
the same spot have used up the float gap (about twenty halvings of a unit gap) is a
window of questions around the spot spread out evenly again, in one change: some
seventeen rows, more only where the queue is crowded (see :func:`_renumbered_window`);
the whole queue only when the window would cover it all.

Log entries name the question in ``detail`` (``LogEntry`` has no question column): the
question's id first, then what happened, e.g. ``"17 on_air"``, ``"17 before 9"``,
``"17 +1"``, ``"3 merged 5,8"``. See :class:`QueueAction`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum, StrEnum
from types import MappingProxyType
from typing import Final, Protocol

from moderator.domain.clock import ClockReading, Phase
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import LogEntry, Question, QuestionStatus, SlotKind, require_aware
from moderator.domain.questions import clean_field, clean_question_text
from moderator.domain.undo import UndoHistory

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

#: Below this gap between two neighbours a move renumbers the queue instead of halving it.
MIN_GAP: Final = 1e-6

#: Which status may follow which (anything else is refused; the same status is a no-op).
TRANSITIONS: Final[Mapping[QuestionStatus, frozenset[QuestionStatus]]] = MappingProxyType(
    {
        S.NEW: frozenset({S.QUEUED, S.ON_AIR, S.DISMISSED}),
        S.QUEUED: frozenset({S.ON_AIR, S.DISMISSED, S.NEW}),
        S.ON_AIR: frozenset({S.ANSWERED, S.QUEUED, S.DISMISSED}),
        S.ANSWERED: frozenset({S.QUEUED}),
        S.DISMISSED: frozenset({S.NEW, S.QUEUED}),
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

    ``renumbered`` marks a move that renumbered a window of the queue (see :class:`Move`).
    A store that hands a move only the few rows around its landing spot must then apply
    it again to a contiguous stretch of the queue there (:func:`apply_move_within`), or
    to every question: a window renumbered over rows that are not neighbours in the
    queue would scramble it.
    """

    patches: tuple[QuestionPatch, ...] = ()
    undo: QueueOp | None = None
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


# --- operations: order ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Move:
    """Place a question right before ``before_id`` (``None``: at the end of the queue).

    The question gets the midpoint of its new neighbours' positions (first: the next
    one's - 1.0; last: the previous one's + 1.0), so only it is patched. When the gap has
    become too small (:data:`MIN_GAP`) a window of questions around the landing spot is
    spread evenly between the window's outer neighbours instead (8 on either side,
    doubled until they fit :data:`RENUMBER_STEP` apart; at the queue's start or end 1.0
    apart beyond it), and the change says so (``renumbered``); only a window that covers
    the whole queue renumbers it 1.0, 2.0, ... That takes some twenty moves into one and
    the same gap, so it is rare in a show. The undo restores the positions of exactly
    the questions renumbered. Moving a question before itself, or to where it already
    is, changes nothing.

    Only the moved question, ``before_id`` and the question that lands before it are
    read, unless the move renumbers: a store may pass just those rows and, when
    ``renumbered`` comes back, apply the move again to a stretch of the queue around the
    landing spot (:func:`apply_move_within`) or to all questions.
    """

    question_id: int
    before_id: int | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        return self._apply(questions, now, slot_id, _WHOLE)

    def _apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None, fences: _Fences
    ) -> QueueChange:
        require_aware(now, "now")
        index = _index(questions)
        question = _get(index, self.question_id)
        if self.before_id == self.question_id:
            return NO_CHANGE
        if self.before_id is not None:
            _get(index, self.before_id)
        ordered = queue_order(questions)
        others = [q for q in ordered if q.id != self.question_id]
        at = len(others) if self.before_id is None else _position_of(others, self.before_id)
        previous = others[at - 1] if at > 0 else None
        following = others[at] if at < len(others) else None
        here = ordered.index(question)
        if (ordered[here - 1] if here > 0 else None) is previous and (
            ordered[here + 1] if here + 1 < len(ordered) else None
        ) is following:
            return NO_CHANGE
        detail = f"{self.question_id} " + (
            "last" if self.before_id is None else f"before {self.before_id}"
        )
        log = (_entry(QueueAction.MOVED, now, slot_id, detail),)
        position = _between(previous, following)
        if position is not None:
            patch = QuestionPatch(self.question_id, {"position": position})
            return _change(index, [patch], log, QueueAction.MOVED)
        new_order = [*others[:at], question, *others[at:]]
        patches = [
            QuestionPatch(q.id, {"position": p})
            for q, p in _renumbered_window(new_order, at, fences)
            if q.id is not None
        ]
        return replace(_change(index, patches, log, QueueAction.MOVED), renumbered=True)


@dataclass(frozen=True, slots=True)
class MoveSeveral:
    """Place several questions together, in the order given, right before ``before_id``
    (``None``: at the end of the queue): a drag of several rows.

    One change (one write, one undo step); each moved question is logged as a
    :class:`Move` of its own. Like :class:`Move` it reads only the questions it names and
    the one that lands before them, unless the gap is used up and a window is renumbered
    (``renumbered``: then a store applies it again to a stretch around the landing spot,
    :func:`apply_move_within`, or to every question). ``before_id`` must not be one of
    the moved questions.
    """

    question_ids: tuple[int, ...]
    before_id: int | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        return self._apply(questions, now, slot_id, _WHOLE)

    def _apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None, fences: _Fences
    ) -> QueueChange:
        require_aware(now, "now")
        index = _index(questions)
        moved = tuple(dict.fromkeys(self.question_ids))  # each question once, in the order given
        for question_id in moved:
            _get(index, question_id)
        if self.before_id is not None:
            _get(index, self.before_id)
            if self.before_id in moved:
                raise ValueError("a question cannot be moved before itself")
        ordered = [q.id for q in queue_order(questions)]
        at = len(ordered) if self.before_id is None else ordered.index(self.before_id)
        if tuple(ordered[max(0, at - len(moved)) : at]) == moved:
            return NO_CHANGE  # already together, in this order, right there
        current = tuple(questions)
        values: dict[int, dict[str, object]] = {}
        log: list[LogEntry] = []
        renumbered = False
        # One after the other, each right before the anchor: they end up in the order given.
        for question_id in moved:
            step = Move(question_id, self.before_id)._apply(current, now, slot_id, fences)
            if not step.changed:
                continue
            renumbered = renumbered or step.renumbered
            for patch in step.patches:
                values.setdefault(patch.question_id, {}).update(patch.changes)
            log.extend(step.log)
            current = apply_change(current, step)
        patches = [QuestionPatch(question_id, changes) for question_id, changes in values.items()]
        change = _change(index, patches, tuple(log), QueueAction.MOVED)
        return replace(change, renumbered=renumbered) if change.changed else change


#: The smallest even step a renumbered window may leave between its questions: far above
#: :data:`MIN_GAP`, so that the next window in the same spot is some ten halvings away.
RENUMBER_STEP: Final = 1e-3

#: The radius (questions on either side of the landing spot) a renumbered window starts
#: with; it doubles until the window's questions fit evenly between its outer neighbours.
RENUMBER_RADIUS: Final = 8


@dataclass(frozen=True, slots=True)
class _Fences:
    """The edges of the questions a move was given, when they are not the whole queue.

    ``lower``/``upper``: the ids of the first and last question of a contiguous stretch of
    the queue (``None``: the stretch reaches the queue's start or end). A renumbered
    window stays strictly between them: it may use them as outer neighbours, never
    renumber them or what lies beyond (questions there were not read).
    """

    lower: int | None = None
    upper: int | None = None


_WHOLE: Final = _Fences()


class _NoRoom(Exception):
    """The renumbered window would have to reach past the stretch a store read."""


def apply_move_within(
    op: Move | MoveSeveral,
    stretch: Sequence[Question],
    now: datetime,
    slot_id: int | None,
    *,
    lower: int | None,
    upper: int | None,
) -> QueueChange | None:
    """``op`` applied to a contiguous stretch of the queue around its landing spot.

    A store that got ``renumbered`` back from a move on the few rows around its landing
    spot reads a stretch of the queue there (and the moved questions) and calls this:
    ``lower``/``upper`` are the ids of the stretch's first and last question, ``None``
    where the stretch reaches the queue's start or end (then the window may reach past it).
    The moved questions and ``before_id`` must be in ``stretch``. Returns ``None`` when
    the renumbered window does not fit inside the stretch: then apply ``op`` to every
    question.
    """
    try:
        return op._apply(stretch, now, slot_id, _Fences(lower, upper))
    except _NoRoom:
        return None


def _renumbered_window(
    new_order: Sequence[Question], at: int, fences: _Fences
) -> list[tuple[Question, float]]:
    """New positions for a window of ``new_order`` around ``at`` (the moved question).

    Classic order maintenance: the window starts with :data:`RENUMBER_RADIUS` questions
    on either side and doubles until its questions fit evenly, :data:`RENUMBER_STEP` or
    more apart, strictly between its outer neighbours (as floats, at their magnitude).
    At the queue's start or end the window steps 1.0 beyond its one neighbour. Only a
    window that covers the whole queue renumbers it 1.0, 2.0, ... as before.
    """
    ids = [q.id for q in new_order]
    # The window may use a fence as an outer neighbour but never take it in; questions
    # beyond a fence (moved ones not yet placed) are not part of the stretch.
    low = 0 if fences.lower is None else ids.index(fences.lower) + 1
    high = len(new_order) if fences.upper is None else ids.index(fences.upper)
    radius = RENUMBER_RADIUS
    while True:
        start, stop = max(low, at - radius), min(high, at + radius + 1)
        window = new_order[start:stop]
        below = new_order[start - 1].position if start > 0 else None
        above = new_order[stop].position if stop < len(new_order) else None
        if below is None and above is None:  # the whole queue
            return [(q, float(rank)) for rank, q in enumerate(window, start=1)]
        count = len(window)
        if below is not None and above is not None:
            step = (above - below) / (count + 1)
            positions = [below + step * (i + 1) for i in range(count)]
        elif below is None:
            assert above is not None  # narrows the type
            step = 1.0
            positions = [above - (count - i) for i in range(count)]
        else:
            step = 1.0
            positions = [below + (i + 1) for i in range(count)]
        if step >= RENUMBER_STEP and _spaced(below, positions, above):
            return list(zip(window, positions, strict=True))
        if start == low and stop == high:
            # Unfenced, the whole queue was taken above: this is a stretch's edge.
            raise _NoRoom
        radius *= 2


def _spaced(below: float | None, positions: Sequence[float], above: float | None) -> bool:
    """Whether ``positions`` rise by :data:`MIN_GAP` or more, strictly between the bounds."""
    bounded = [*(() if below is None else (below,)), *positions, *(() if above is None else (above,))]
    return all(b - a >= MIN_GAP and a < b for a, b in zip(bounded, bounded[1:]))


def _between(previous: Question | None, following: Question | None) -> float | None:
    """A position strictly between two neighbours, or ``None`` when the gap is used up."""
    if previous is None and following is None:
        return 1.0
    if previous is None:
        assert following is not None  # narrows the type
        position = following.position - 1.0
        fits = position < following.position
    elif following is None:
        position = previous.position + 1.0
        fits = position > previous.position
    else:
        position = (previous.position + following.position) / 2
        gap = following.position - previous.position
        fits = gap >= MIN_GAP and previous.position < position < following.position
    # Far from zero a float cannot hold the midpoint (or ±1.0) apart from its neighbours.
    return position if fits else None


@dataclass(frozen=True, slots=True)
class MoveToRank:
    """Put a question at ``rank`` in the queue: 1 is the top, a rank past the end the end.

    Ranks count the questions whose status is in ``among`` (``None``: all questions), so
    that a view showing only the open questions moves among what it shows. Like the
    other relative moves (:class:`MoveToTop`, :class:`MoveUp`, :class:`MoveDown`) it needs
    every question: which one is above or at a rank depends on all of them.
    """

    question_id: int
    rank: int
    among: frozenset[QuestionStatus] | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        question = _get(_index(questions), self.question_id)
        with_it = _visible(questions, self.among, keep=question)
        at = min(max(0, self.rank - 1), len(with_it) - 1)
        if with_it[at] is question:
            return NO_CHANGE
        visible = [q for q in with_it if q is not question]
        if at < len(visible):
            return Move(self.question_id, visible[at].id).apply(questions, now, slot_id)
        return _move_after(self.question_id, visible[-1], questions, now, slot_id)


@dataclass(frozen=True, slots=True)
class MoveToTop:
    """Put a question first in the queue (first of those with a status in ``among``)."""

    question_id: int
    among: frozenset[QuestionStatus] | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        return MoveToRank(self.question_id, 1, self.among).apply(questions, now, slot_id)


@dataclass(frozen=True, slots=True)
class MoveUp:
    """Swap a question with the one above it (the nearest one with a status in ``among``).

    With ``among`` the keys move among what a filtered view shows: questions hidden in
    between (answered, dismissed) are jumped over rather than making a key press seem to
    do nothing. At the top this changes nothing.
    """

    question_id: int
    among: frozenset[QuestionStatus] | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        question = _get(_index(questions), self.question_id)
        visible = _visible(questions, self.among, keep=question)
        here = visible.index(question)
        if here == 0:
            return NO_CHANGE
        return Move(self.question_id, visible[here - 1].id).apply(questions, now, slot_id)


@dataclass(frozen=True, slots=True)
class MoveDown:
    """Swap a question with the one below it (the nearest one with a status in ``among``).

    At the bottom this changes nothing.
    """

    question_id: int
    among: frozenset[QuestionStatus] | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        question = _get(_index(questions), self.question_id)
        visible = _visible(questions, self.among, keep=question)
        here = visible.index(question)
        if here + 1 >= len(visible):
            return NO_CHANGE
        return _move_after(self.question_id, visible[here + 1], questions, now, slot_id)


def _move_after(
    question_id: int,
    anchor: Question,
    questions: Sequence[Question],
    now: datetime,
    slot_id: int | None,
) -> QueueChange:
    """Move right after ``anchor``: before whatever follows it in the whole queue."""
    ordered = [q for q in queue_order(questions) if q.id != question_id]
    after = ordered.index(anchor) + 1
    before_id = ordered[after].id if after < len(ordered) else None
    return Move(question_id, before_id).apply(questions, now, slot_id)


def _visible(
    questions: Sequence[Question],
    among: frozenset[QuestionStatus] | None,
    keep: Question | None = None,
) -> list[Question]:
    """The queue in order, only the statuses in ``among`` (all for ``None``) plus ``keep``."""
    return [q for q in queue_order(questions) if among is None or q.status in among or q is keep]


# --- operations: status, votes, text ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetStatus:
    """Move a question to another status, as :data:`TRANSITIONS` allows.

    Putting a question on air stamps ``on_air_at`` and marks the question that was on air
    answered, in the same change: only one question is on air. Marking answered stamps
    ``answered_at`` and the current slot. Sending a question back to the queue (or to new)
    clears those stamps. A question merged into another cannot come back this way: the
    merge is taken back with undo or :class:`Unmerge`, which also gives back its votes.
    """

    question_id: int
    status: QuestionStatus

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        question = _get(index, self.question_id)
        target = QuestionStatus(self.status)
        if question.status == target:
            return NO_CHANGE
        _check_transition(question, target)
        patches = [QuestionPatch(self.question_id, _status_values(question, target, now, slot_id))]
        if target == S.ON_AIR:
            for other in questions:
                if other.status == S.ON_AIR and other.id is not None and other.id != question.id:
                    patches.append(
                        QuestionPatch(other.id, _status_values(other, S.ANSWERED, now, slot_id))
                    )
        log = tuple(
            _entry(QueueAction.STATUS, now, slot_id, f"{p.question_id} {p.changes['status']}")
            for p in patches
        )
        return _change(index, patches, log, QueueAction.STATUS)


def _check_transition(question: Question, target: QuestionStatus) -> None:
    """Raise the message that explains why ``question`` cannot go to ``target``."""
    if target in TRANSITIONS[question.status]:
        if question.merged_into is not None and target in (S.NEW, S.QUEUED):
            raise QueueError(
                MERGED_CANNOT_RETURN, question_id=question.id, keep_id=question.merged_into
            )
        return
    if question.status == S.ANSWERED:
        raise QueueError(ANSWERED_ALREADY, question_id=question.id)
    if question.status == S.DISMISSED:
        if question.merged_into is not None:
            raise QueueError(
                MERGED_CANNOT_RETURN, question_id=question.id, keep_id=question.merged_into
            )
        raise QueueError(DISMISSED_ALREADY, question_id=question.id)
    if question.status == S.ON_AIR:  # the only refused way from on air is back to new
        raise QueueError(ON_AIR_TO_NEW, question_id=question.id)
    raise QueueError(NOT_ON_AIR, question_id=question.id)  # new or queued to answered


def _status_values(
    question: Question, target: QuestionStatus, now: datetime, slot_id: int | None
) -> dict[str, object]:
    """The fields that change when ``question`` goes to ``target``."""
    values: dict[str, object] = {"status": target}
    if target == S.ON_AIR:
        values.update(on_air_at=now, answered_at=None, answered_in_slot=None)
    elif target == S.ANSWERED:
        values.update(answered_at=now, answered_in_slot=slot_id)
    elif target in (S.NEW, S.QUEUED):
        # Back in the queue: it has neither been on air nor answered (yet).
        values.update(on_air_at=None, answered_at=None, answered_in_slot=None)
    return _differing(question, values)


@dataclass(frozen=True, slots=True)
class Vote:
    """Add ``delta`` votes (negative: take some back); votes never go below zero.

    A vote for a question merged into another counts for the one it was merged into,
    which already carries the merged question's earlier votes.
    """

    question_id: int
    delta: int = 1

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        question = _follow_merges(index, _get(index, self.question_id))
        votes = max(0, question.votes + self.delta)
        assert question.id is not None  # _get only finds questions with ids
        log = (_entry(QueueAction.VOTED, now, slot_id, f"{question.id} {self.delta:+d}"),)
        return _change(
            index, [QuestionPatch(question.id, {"votes": votes})], log, QueueAction.VOTED
        )


@dataclass(frozen=True, slots=True)
class Votes:
    """Votes for several questions in one change: ``(question id, delta)`` pairs.

    The audience page gathers its votes for a moment and stores them at once: one write
    and one log entry for a burst of votes, not one each. A question gone meanwhile is
    skipped (there is nothing left to count the vote for); a vote for a merged question
    counts for the one it was merged into, as with :class:`Vote`.
    """

    counts: tuple[tuple[int, int], ...]

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        totals: dict[int, int] = {}
        for question_id, delta in self.counts:
            if question_id not in index or not delta:
                continue
            target = _follow_merges(index, index[question_id])
            assert target.id is not None  # _index only holds questions with ids
            totals[target.id] = totals.get(target.id, 0) + delta
        patches = [
            QuestionPatch(question_id, {"votes": max(0, index[question_id].votes + delta)})
            for question_id, delta in totals.items()
        ]
        detail = " ".join(f"{question_id} {delta:+d}" for question_id, delta in totals.items())
        log = (_entry(QueueAction.VOTED, now, slot_id, detail),) if patches else ()
        return _change(index, patches, log, QueueAction.VOTED)


class Unchanged(Enum):
    """The type of :data:`UNCHANGED` (an enum, so that type checkers can narrow it)."""

    UNCHANGED = "unchanged"


#: "Leave this field as it is", where ``None`` is a real value (``addressed_to``: nobody).
UNCHANGED: Final = Unchanged.UNCHANGED


@dataclass(frozen=True, slots=True)
class Edit:
    """Change a question's wording, asker, organisation or addressee; ``None`` leaves one be.

    ``addressed_to`` takes a person id or ``None`` (nobody); :data:`UNCHANGED` leaves it.
    The text is cleaned as at capture (it may raise ``QuestionRejected``), the short fields
    are cleaned to one line. With ``expected_revision`` (the revision the editor started
    from) a question someone else changed meanwhile raises :class:`EditConflict` rather
    than silently overwriting their change; an edit that changes nothing never conflicts.

    ``based_on`` (the question as the editor opened it) is the finer check that co-hosts
    need: only a change to one of the *edited fields* conflicts, so a vote or a move by
    someone else in between does not, and a change to the same value does not either.
    """

    question_id: int
    text: str | None = None
    asked_by: str | None = None
    organisation: str | None = None
    addressed_to: int | Unchanged | None = UNCHANGED
    expected_revision: int | None = None
    based_on: Question | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        question = _get(index, self.question_id)
        values: dict[str, object] = {}
        if self.text is not None:
            values["text"] = clean_question_text(self.text)
        if self.asked_by is not None:
            values["asked_by"] = clean_field(self.asked_by)
        if self.organisation is not None:
            values["organisation"] = clean_field(self.organisation)
        if not isinstance(self.addressed_to, Unchanged):
            values["addressed_to"] = self.addressed_to
        values = _differing(question, values)
        if not values:
            return NO_CHANGE
        if self.expected_revision is not None and self.expected_revision != question.revision:
            raise EditConflict(EDITED_MEANWHILE, question, question_id=self.question_id)
        base = self.based_on
        if base is not None and any(getattr(base, name) != getattr(question, name) for name in values):
            raise EditConflict(EDITED_MEANWHILE, question, question_id=self.question_id)
        log = (_entry(QueueAction.EDITED, now, slot_id, f"{self.question_id} {','.join(values)}"),)
        return _change(index, [QuestionPatch(self.question_id, values)], log, QueueAction.EDITED)


# --- operations: merging duplicates -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Merge:
    """Merge duplicates into the question ``keep_id``.

    The kept question takes the wording of ``text_from`` (by default its own) and the
    others' votes. Each other question is dismissed with ``merged_into = keep_id``; its
    asker stays on its row (:func:`askers` lists them all) and so do its own votes, as a
    record (:class:`Unmerge` gives them back). Questions that had been merged into one of
    the others now point at the kept one, so ``merged_into`` always names a live question.

    Refused: merging a question into itself, merging a question that is already merged,
    merging away the question on air (it is on screen; merge the others into it, or
    answer it first) and merging away an answered one (that would drop it from the
    answered record; merge the others into it instead).
    """

    keep_id: int
    other_ids: tuple[int, ...]
    text_from: int | None = None

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        keep = _get(index, self.keep_id)
        other_ids = tuple(dict.fromkeys(self.other_ids))
        if self.keep_id in other_ids:
            raise QueueError(MERGE_INTO_ITSELF)
        others = [_get(index, other_id) for other_id in other_ids]
        for question in (keep, *others):
            if question.merged_into is not None:
                raise QueueError(
                    MERGE_ALREADY_MERGED, question_id=question.id, keep_id=question.merged_into
                )
        for other in others:
            if other.status == S.ON_AIR:
                raise QueueError(MERGE_ON_AIR, question_id=other.id)
            if other.status == S.ANSWERED:
                raise QueueError(MERGE_ANSWERED, question_id=other.id)
        if self.text_from is not None and self.text_from not in (self.keep_id, *other_ids):
            raise QueueError(MERGE_WORDING)
        if not others:
            return NO_CHANGE
        text = keep.text if self.text_from is None else index[self.text_from].text
        votes = keep.votes + sum(other.votes for other in others)
        patches = [QuestionPatch(self.keep_id, _differing(keep, {"text": text, "votes": votes}))]
        patches += [
            QuestionPatch(other_id, {"status": S.DISMISSED, "merged_into": self.keep_id})
            for other_id in other_ids
        ]
        merged = set(other_ids)
        patches += [
            QuestionPatch(q.id, {"merged_into": self.keep_id})
            for q in questions
            if q.id is not None and q.merged_into in merged
        ]
        detail = f"{self.keep_id} merged {','.join(map(str, other_ids))}"
        log = (_entry(QueueAction.MERGED, now, slot_id, detail),)
        return _change(index, patches, log, QueueAction.MERGED)


@dataclass(frozen=True, slots=True)
class Unmerge:
    """Split a merged question off again, for when undo no longer reaches the merge.

    It comes back as new, and the question it was merged into gives back its votes (never
    going below zero). The kept question's wording stays as it is.
    """

    question_id: int

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        question = _get(index, self.question_id)
        keep_id = question.merged_into
        if keep_id is None:
            raise QueueError(NOT_MERGED, question_id=self.question_id)
        patches = [
            QuestionPatch(
                self.question_id,
                _differing(question, {"status": S.NEW, "merged_into": None}),
            )
        ]
        keep = index.get(keep_id)
        if keep is not None:
            patches.append(QuestionPatch(keep_id, {"votes": max(0, keep.votes - question.votes)}))
        log = (_entry(QueueAction.UNMERGED, now, slot_id, f"{self.question_id} from {keep_id}"),)
        return _change(index, patches, log, QueueAction.UNMERGED)


# --- undo -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Restore:
    """Set fields of questions back to earlier values: the undo (and redo) of a change.

    ``patches`` hold the values to restore; questions that are gone meanwhile are
    skipped, and fields that already hold the value are left alone. ``written`` holds the
    values the change being taken back had written: votes are restored by the difference
    (``current + restored - written``, not below zero), so votes co-hosts cast after the
    change survive its undo. Other fields are set as they were: a later change by someone
    else to the same field of the same question is taken back with it.

    ``action`` is the :class:`QueueAction` being taken back (for "Undo merge" in a menu);
    ``redo`` tells whether this re-does it. Applying a Restore returns, as its ``undo``,
    the Restore that takes *it* back: that is the redo of an undo, and so on.
    """

    patches: tuple[QuestionPatch, ...]
    written: tuple[QuestionPatch, ...] = ()
    action: str = ""
    redo: bool = False

    def apply(
        self, questions: Sequence[Question], now: datetime, slot_id: int | None
    ) -> QueueChange:
        """See the class."""
        require_aware(now, "now")
        index = _index(questions)
        written = {patch.question_id: patch.changes for patch in self.written}
        patches = []
        for patch in self.patches:
            current = index.get(patch.question_id)
            if current is None:
                continue
            values = dict(patch.changes)
            old_votes = written.get(patch.question_id, {}).get("votes")
            if "votes" in values and isinstance(old_votes, int):
                restored = values["votes"]
                assert isinstance(restored, int)  # patches only hold votes as ints
                values["votes"] = max(0, current.votes + restored - old_votes)
            patches.append(QuestionPatch(patch.question_id, _differing(current, values)))
        patches = [patch for patch in patches if patch.changes]
        if not patches:
            return NO_CHANGE
        ids = ",".join(str(patch.question_id) for patch in patches)
        action = QueueAction.REDO if self.redo else QueueAction.UNDO
        log = (_entry(action, now, slot_id, f"{self.action} {ids}".strip()),)
        return _change(index, patches, log, self.action, redo=not self.redo)


class UndoStack(UndoHistory[QueueOp]):
    """The moderator's (or a co-host's) undo and redo of queue operations, 200 steps deep.

    Each instance keeps its own history; the operations it holds are :class:`Restore`
    intents, so undoing on one machine takes back only what was done there, and applies
    to the questions as they are now (see :class:`Restore` for what happens when a
    co-host changed the same question meanwhile). The caller's flow is the one of
    :mod:`moderator.domain.undo`.
    """

    @property
    def undo_action(self) -> str:
        """The :class:`QueueAction` the next undo takes back ("" if none), for the menu text."""
        step = self.undo_op()
        return _action_of(step) if step is not None else ""

    @property
    def redo_action(self) -> str:
        """The :class:`QueueAction` the next redo does again ("" if none)."""
        step = self.redo_op()
        return _action_of(step) if step is not None else ""

    def push(self, change: QueueChange) -> None:
        """Remember a new action's change (one that changed nothing is not remembered)."""
        self._new_step(change.undo)

    def record_undone(self, change: QueueChange) -> None:
        """The op from :meth:`undo_op` was stored as ``change``: move the step to redo."""
        self._undone(change.undo)

    def record_redone(self, change: QueueChange) -> None:
        """The op from :meth:`redo_op` was stored as ``change``: move the step to undo."""
        self._redone(change.undo)


def _action_of(op: QueueOp) -> str:
    return op.action if isinstance(op, Restore) else ""


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


# --- likely duplicates ------------------------------------------------------------------

#: From this score on two questions probably ask the same (tuned on German questions of
#: the municipal lounges; see the tests).
DUPLICATE_THRESHOLD: Final = 0.45

_WORD = re.compile(r"[a-z0-9]+")

# Words that carry no topic (already folded: "für" is "fuer"). German first, then English.
_STOP_WORDS: Final = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen kein keine keinen keiner
    und oder aber sondern denn doch weil wenn ob dass als wie was wer wen wem wessen wo
    wann warum wieso weshalb woher wohin womit wofuer worueber welche welcher welches
    welchen welchem ist sind bin bist seid war waren wird werden wirst wurde wurden
    worden sein gewesen hat haben habe hast hatte hatten kann koennen kannst koennte
    koennten konnte konnten soll sollen sollte sollten muss muessen musste muessten will
    wollen wollte darf duerfen duerfte mag moechte moechten ich du er sie es wir ihr man
    mich mir dich dir uns euch ihnen ihm ihn sich mein meine meinen unser unsere unseren
    unserer euer eure ihre ihren ihrer sein seine seinen in im an am auf aus bei beim mit
    nach von vom zu zum zur fuer ueber unter um durch gegen ohne vor hinter zwischen bis
    seit als auch noch schon nur so da dann dort hier jetzt heute nicht ja nein sehr mehr
    viel viele vielen etwas alle allen alles ganz gerade eigentlich eben mal wirklich
    etwa bitte denn also dies diese dieser dieses diesem diesen jener jene jenes gibt
    geben gut dazu davon dafuer darauf darueber dabei damit daran dadurch hierbei sowie
    bzw usw zb frage fragen gern gerne herr frau dr andere anderen anderer anderes
    the a an and or but if how what who whom whose where when why which is are was were
    be been being am do does did have has had can could should would will shall may might
    must i you he she it we they me him her us them my your his its our their this that
    these those of in on at to for from by with about as into than then there here not no
    yes very more much many some any so just also please question ask
    """.split()
)

# Words a municipal audience uses for the same thing (folded): canonical word, the words
# themselves, and prefixes that only start words of the same meaning ("kommun" would also
# start "Kommunikation", so it is not one).
_SYNONYMS: Final = (
    (
        "kommune",
        frozenset({"kreis", "kreise", "kreisen", "ort", "orte", "orten", "city", "cities"}),
        ("gemeinde", "kommune", "kommunal", "stadt", "staedte", "landkreis", "municipal"),
    ),
    (
        "verwaltung",
        frozenset({"amt", "aemter", "aemtern"}),
        ("verwaltung", "behoerde", "administration"),
    ),
    ("open", frozenset({"open", "offen", "offene", "offenen", "offener", "offenes"}), ()),
    ("daten", frozenset({"daten", "data"}), ()),
    (
        "geld",
        frozenset({"geld", "gelder", "budget", "budgets", "kosten", "kostet", "teuer", "funding"}),
        ("finanz", "foerder", "bezahl", "preis"),
    ),
    ("buerger", frozenset({"citizen", "citizens"}), ("buerger", "einwohner")),
)

# Prefixes of German separable verbs ("setzen ... um" is "umsetzen"): dropped from an
# infinitive so that both word orders meet.
_SEPARABLE: Final = (
    "zusammen", "weiter", "zurueck", "durch", "nach", "auf", "aus", "ein", "mit", "vor",
    "um", "an", "ab", "zu",
)  # fmt: skip
_DERIVATIONS: Final = (
    "ungen",
    "ung",
    "heiten",
    "heit",
    "keiten",
    "keit",
    "lichen",
    "liche",
    "lich",
)


def normalise_words(text: str) -> tuple[str, ...]:
    """The topic words of ``text``, folded for comparison (case, umlauts, accents, stop words).

    ``"Wie können kleine Gemeinden Open Data umsetzen?"`` gives ``("kleine", "gemeinden",
    "open", "data", "umsetzen")``.
    """
    if not text.isascii():  # a decomposed "ä" (a + diaeresis) must fold like a composed one
        text = unicodedata.normalize("NFC", text)
    # casefold() already turns "ß" into "ss"; str.replace beats str.translate here.
    folded = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    if not folded.isascii():  # other accents: "é" is "e"
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(
        word for word in _WORD.findall(folded) if len(word) > 1 and word not in _STOP_WORDS
    )


@functools.lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """A crude German/English stem: synonyms joined, inflection and derivation cut off.

    Crude on purpose: it only has to make two wordings of one question meet, and a few
    wrong matches cost a glance from the co-host, not a wrong answer on air.
    """
    for canonical, words, prefixes in _SYNONYMS:
        if word in words or word.startswith(prefixes):
            return canonical
    if word.endswith("en"):
        for prefix in _SEPARABLE:
            if word.startswith(prefix) and len(word) - len(prefix) >= 5:
                word = word[len(prefix) :]
                break
    for suffix in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    while len(word) > 4:
        if len(word) > 5 and word.endswith(("em", "er", "nd")):
            word = word[:-2]
        elif word.endswith(("e", "s", "n", "t")):
            word = word[:-1]
        else:
            break
    return word[:8]


@dataclass(frozen=True, slots=True)
class _Features:
    """What the comparison needs of one text, computed once per distinct text.

    ``stems`` are the topic words' stems; ``grams`` the letter trigrams of the topic
    words (with a space at either end), which catch typos and inflections the stemmer
    misses. Both are sets, so word order does not matter: "Wie setzen Kommunen Open Data
    um?" and "Wie können Kommunen Open Data umsetzen?" meet. Sets also keep a query fast
    (set operations run in C; ``difflib`` costs about twenty times more per pair).
    """

    stems: frozenset[str]
    grams: frozenset[str]


@functools.lru_cache(maxsize=65_536)
def _features(text: str) -> _Features:
    words = normalise_words(text)
    return _Features(frozenset(map(_stem, words)), frozenset().union(*map(_trigrams, words)))


@functools.lru_cache(maxsize=65_536)
def _trigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(a: str, b: str) -> float:
    """How alike two questions are, 0..1: mostly shared topic stems, partly spelling."""
    return _score(_features(a), _features(b), shared=None)


def _score(a: _Features, b: _Features, shared: int | None) -> float:
    """The blend: Jaccard of the stems (weight 0.7) and Dice of the trigrams (0.3)."""
    if not a.stems or not b.stems:
        return 0.0
    if shared is None:
        shared = len(a.stems & b.stems)
    jaccard = shared / (len(a.stems) + len(b.stems) - shared)
    spelling = 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams))
    return _TOKEN_WEIGHT * jaccard + (1 - _TOKEN_WEIGHT) * spelling


_TOKEN_WEIGHT: Final = 0.7


class DuplicateIndex:
    """The open questions prepared for :meth:`query`: "has someone asked this already?".

    Dismissed questions are left out; answered ones stay in, so that a co-host sees that a
    question was already answered. Build it once per change of the questions (cheap:
    each distinct text is normalised once per process) and query it while typing; a query
    against 10,000 questions takes a few milliseconds, since only questions sharing a
    topic stem with the text are compared at all.
    """

    def __init__(self, questions: Iterable[Question]) -> None:
        self._features: dict[int, _Features] = {}
        self._postings: dict[str, list[int]] = {}
        for question in questions:
            if question.id is None or question.status == S.DISMISSED:
                continue
            features = _features(question.text)
            self._features[question.id] = features
            for stem in features.stems:
                self._postings.setdefault(stem, []).append(question.id)

    def __len__(self) -> int:
        return len(self._features)

    def add(self, key: int, text: str) -> None:
        """Index ``text`` under ``key`` as well (a message of a paste, not yet a question)."""
        features = _features(text)
        self._features[key] = features
        for stem in features.stems:
            self._postings.setdefault(stem, []).append(key)

    def query(
        self,
        text: str,
        threshold: float = DUPLICATE_THRESHOLD,
        exclude_id: int | None = None,
        limit: int = 10,
    ) -> tuple[tuple[int, float], ...]:
        """Ids of questions that probably ask what ``text`` asks, with their score, best first.

        ``exclude_id`` leaves out the question itself when checking one already in the
        queue. At most ``limit`` results.
        """
        features = _features(text)
        shared: dict[int, int] = {}
        for stem in features.stems:
            for question_id in self._postings.get(stem, ()):
                shared[question_id] = shared.get(question_id, 0) + 1
        found = []
        for question_id, count in shared.items():
            if question_id == exclude_id:
                continue
            other = self._features[question_id]
            jaccard = count / (len(features.stems) + len(other.stems) - count)
            # The spelling part is at most 1: skip the costly comparison when even a
            # perfect one could not reach the threshold.
            if _TOKEN_WEIGHT * jaccard + (1 - _TOKEN_WEIGHT) < threshold:
                continue
            score = _score(features, other, shared=count)
            if score >= threshold:
                found.append((question_id, round(score, 3)))
        found.sort(key=lambda item: (-item[1], item[0]))
        return tuple(found[:limit])


@dataclass(frozen=True, slots=True)
class PastedDuplicate:
    """What a pasted message probably repeats: a question in the queue (its id), or an
    earlier message of the same paste (its row, 0-based)."""

    question_id: int | None = None
    row: int | None = None


def pasted_duplicates(
    texts: Sequence[str], questions: Iterable[Question], candidates: Sequence[bool]
) -> tuple[PastedDuplicate | None, ...]:
    """For each message of one paste, the question or earlier message it probably repeats.

    A chat often asks the same thing twice within minutes ("Wie ist das mit dem
    Datenschutz?" and "Und der Datenschutz, wie ist das?"): only the first of them is
    offered for the queue. Only earlier messages that are ``candidates`` (that look like
    questions) count, so that chatter does not hide a question.
    """
    in_queue = DuplicateIndex(questions)
    in_paste = DuplicateIndex(())
    found: list[PastedDuplicate | None] = []
    for row, (text, candidate) in enumerate(zip(texts, candidates, strict=True)):
        queued = in_queue.query(text, limit=1)
        if queued:
            found.append(PastedDuplicate(question_id=queued[0][0]))
            continue
        earlier = in_paste.query(text, limit=1)
        if earlier:
            found.append(PastedDuplicate(row=earlier[0][0]))
            continue
        found.append(None)
        if candidate:
            in_paste.add(row, text)
    return tuple(found)


def likely_duplicates(
    text: str, questions: Iterable[Question], threshold: float = DUPLICATE_THRESHOLD
) -> tuple[tuple[int, float], ...]:
    """Ids of open questions that probably ask what ``text`` asks, with a score, best first.

    A one-off :class:`DuplicateIndex`; build the index yourself to query it repeatedly.
    """
    return DuplicateIndex(questions).query(text, threshold)


# --- internals --------------------------------------------------------------------------


def _index(questions: Iterable[Question]) -> dict[int, Question]:
    """The questions by id (questions not yet stored have none and cannot be operated on)."""
    return {q.id: q for q in questions if q.id is not None}


def _get(index: Mapping[int, Question], question_id: int) -> Question:
    """The question with this id, or the error a person understands."""
    question = index.get(question_id)
    if question is None:
        raise QueueError(GONE, question_id=question_id)
    return question


def _position_of(ordered: Sequence[Question], question_id: int) -> int:
    for at, question in enumerate(ordered):
        if question.id == question_id:
            return at
    raise ValueError(f"question {question_id} not in the list")  # the callers checked


def _follow_merges(index: Mapping[int, Question], question: Question) -> Question:
    """The question a merged one lives on in (itself if not merged; cycles stop)."""
    seen = {question.id}
    while question.merged_into is not None and question.merged_into not in seen:
        target = index.get(question.merged_into)
        if target is None:
            break
        seen.add(target.id)
        question = target
    return question


def _differing(question: Question, values: Mapping[str, object]) -> dict[str, object]:
    """Only the values that differ from what ``question`` holds."""
    return {name: value for name, value in values.items() if getattr(question, name) != value}


def _change(
    index: Mapping[int, Question],
    patches: Sequence[QuestionPatch],
    log: tuple[LogEntry, ...],
    action: str,
    redo: bool = False,
) -> QueueChange:
    """The change for ``patches``, with its undo built from the values they replace.

    Values a question already holds are dropped, then empty patches; if none is left,
    nothing changed: no log, no undo.
    """
    trimmed = (
        QuestionPatch(patch.question_id, _differing(index[patch.question_id], patch.changes))
        for patch in patches
    )
    patches = tuple(patch for patch in trimmed if patch.changes)
    if not patches:
        return NO_CHANGE
    before = tuple(
        QuestionPatch(
            patch.question_id,
            {name: getattr(index[patch.question_id], name) for name in patch.changes},
        )
        for patch in patches
    )
    return QueueChange(patches, Restore(before, patches, str(action), redo), log)


def _entry(action: QueueAction, now: datetime, slot_id: int | None, detail: str) -> LogEntry:
    """A log entry for a queue action (the plain string, so it stores and compares as text)."""
    return LogEntry(at=now, action=action.value, slot_id=slot_id, detail=detail)


__all__ = [
    "DEFAULT_ANSWER_TIME",
    "DUPLICATE_THRESHOLD",
    "MIN_GAP",
    "NO_CHANGE",
    "PATCHABLE_FIELDS",
    "RENUMBER_RADIUS",
    "RENUMBER_STEP",
    "TRANSITIONS",
    "UNCHANGED",
    "DuplicateIndex",
    "Edit",
    "EditConflict",
    "Merge",
    "Move",
    "MoveDown",
    "MoveSeveral",
    "MoveToRank",
    "MoveToTop",
    "MoveUp",
    "QuestionPatch",
    "QueueAction",
    "QueueChange",
    "QueueError",
    "QueueOp",
    "Restore",
    "SetStatus",
    "Unchanged",
    "UndoStack",
    "Unmerge",
    "Vote",
    "Votes",
    "apply_change",
    "apply_move_within",
    "askers",
    "likely_duplicates",
    "next_up",
    "normalise_words",
    "on_air",
    "order_key",
    "position_for_new",
    "questions_that_fit",
    "queue_order",
    "similarity",
]
