"""The operations on the audience-question queue: moves, status, votes, edits, merges, undo.

Everything here is pure (stdlib only; no Qt, no database, no system time). An operation
(:class:`Move`, :class:`SetStatus`, :class:`Vote`, :class:`Edit`, :class:`Merge`, ...) is
an *intent* ("move 17 before 9", "put 17 on air"). A store reads the current questions
inside its write transaction, calls ``op.apply(current, now, slot_id)`` and writes the
returned :class:`~moderator.domain.queue.QueueChange` (see :mod:`moderator.domain.queue`
for the change, the patches and the log entries). An operation on a question that is gone
raises :class:`~moderator.domain.queue.QueueError`.

Why a module of its own: these are what a key press, a drag, the editor or the audience
page builds, and the cockpit's first paint builds none of them, while creating their
frozen dataclasses costs start-up time (about half a millisecond each). The first paint
reads only :mod:`moderator.domain.queue`; modules on the start-up path bind this one with
:func:`moderator.lazy.lazy_module`, and the app executes it right after the first paint,
before any key is handled.

Every change carries its own undo: a :class:`Restore` of the values the patched fields had
before (votes are restored by difference, so votes cast meanwhile by co-hosts survive an
undo). Applying a :class:`Restore` returns the change that re-does it, which is how
:class:`~moderator.domain.queue.UndoStack` gets its redo.

The order of the queue is ``Question.position``, a float: a moved question gets the
midpoint of its new neighbours, so a move patches one row. Only when repeated moves into
the same spot have used up the float gap (about twenty halvings of a unit gap) is a
window of questions around the spot spread out evenly again, in one change: some
seventeen rows, more only where the queue is crowded (see :func:`_renumbered_window`);
the whole queue only when the window would cover it all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType
from typing import Final

from moderator.domain.model import LogEntry, Question, QuestionStatus, require_aware
from moderator.domain.questions import clean_field, clean_question_text
from moderator.domain.queue import (
    ANSWERED_ALREADY,
    DISMISSED_ALREADY,
    EDITED_MEANWHILE,
    GONE,
    MERGE_ALREADY_MERGED,
    MERGE_ANSWERED,
    MERGE_INTO_ITSELF,
    MERGE_ON_AIR,
    MERGE_WORDING,
    MERGED_CANNOT_RETURN,
    NO_CHANGE,
    NOT_MERGED,
    NOT_ON_AIR,
    ON_AIR_TO_NEW,
    UNCHANGED,
    EditConflict,
    QuestionPatch,
    QueueAction,
    QueueChange,
    QueueError,
    Unchanged,
    apply_change,
    queue_order,
)

S = QuestionStatus

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
    asker stays on its row (:func:`~moderator.domain.queue.askers` lists them all) and so
    do its own votes, as a record (:class:`Unmerge` gives them back). Questions that had
    been merged into one of the others now point at the kept one, so ``merged_into``
    always names a live question.

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
    "MIN_GAP",
    "RENUMBER_RADIUS",
    "RENUMBER_STEP",
    "TRANSITIONS",
    "Edit",
    "Merge",
    "Move",
    "MoveDown",
    "MoveSeveral",
    "MoveToRank",
    "MoveToTop",
    "MoveUp",
    "Restore",
    "SetStatus",
    "Unmerge",
    "Vote",
    "Votes",
    "apply_move_within",
]
