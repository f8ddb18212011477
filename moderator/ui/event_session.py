"""The open event as the UI sees it: the store, the latest snapshot and the live clock.

A thin adapter: live actions are the domain's pure transitions, applied by the store to
the current stored state; this object only forwards them and reports what changed. It
watches the event file's change feed, so that an action made by a co-host or from the
command line shows up here within a fraction of a second.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from moderator.domain import clock
from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.errors import UserError
from moderator.domain.live import LiveChange, after_clock, floor_change
from moderator.domain.model import (
    EventSnapshot,
    Handoff,
    LiveState,
    LogEntry,
    Question,
    QuestionSource,
    QuestionStatus,
    Slot,
)
from moderator.domain.timesource import Clock
from moderator.persistence import EventStore

#: How often the file is asked whether anyone committed (PRAGMA data_version, ~10 µs).
POLL_INTERVAL_MS = 200


_CLOCK_ACTIONS = frozenset(action.value for action in clock.ClockAction)


def _order(question: Question) -> tuple[float, int]:
    return (question.position, question.id or 0)


def _merged(questions: tuple[Question, ...], changed: tuple[Question, ...]) -> tuple[Question, ...]:
    """``questions`` (in queue order) with ``changed`` put in, each at its place.

    Unchanged questions stay the same objects, so views can tell by identity what moved.
    """
    ids = {question.id for question in changed}
    kept = [question for question in questions if question.id not in ids]
    for question in sorted(changed, key=_order):
        bisect.insort(kept, question, key=_order)
    return tuple(kept)


class EventSession(QObject):
    """An event file opened in the app.

    Signals:
        snapshot_changed(): the run sheet, people, questions or live state changed.
        failed(object): a live action or a read failed; the argument is the UserError.
        queue_changed(): this instance changed the queue (the undo stack moved).
    """

    snapshot_changed = Signal()
    failed = Signal(object)
    queue_changed = Signal()

    def __init__(self, store: EventStore, time_source: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = time_source
        # The change feed's position first: whatever commits after it is read again.
        self._seq = store.last_change()
        self.snapshot: EventSnapshot = store.snapshot()
        self.log: tuple[LogEntry, ...] = store.log()
        self.actual_starts: dict[int, datetime] = clock.actual_starts(self.log)
        self.handoffs: tuple[Handoff, ...] = store.handoffs()
        self.pauses = floor.paused_spans(self.log)
        self._watcher = store.watch()
        self.undo_stack = queue.UndoStack()
        #: Who this instance is, recorded with the questions it enters.
        self.host_name = ""
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self.refresh_if_changed)
        self._poll.start()

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.snapshot.slots

    def reading(self) -> clock.ClockReading:
        """The clock as it stands now."""
        return clock.read(self.snapshot.live, self.snapshot.slots, self.clock.now(), self.actual_starts)

    # -- watching for changes ------------------------------------------------------------

    def refresh_if_changed(self) -> None:
        """Reload when anyone committed (a co-host, a script, or this instance)."""
        try:
            if self._watcher.changed():
                self.reload()
        except UserError as error:
            self._poll.stop()
            self.failed.emit(error)

    def reload(self) -> None:
        """Read what changed since the last reload (see :meth:`EventStore.delta`)."""
        delta = self.store.delta(self._seq, self.log[-1].id or 0 if self.log else 0)
        self._seq = delta.seq
        old = self.snapshot
        event, people, slots = delta.run_sheet or (old.event, old.people, old.slots)
        if delta.all_questions is not None:
            questions = delta.all_questions
        elif delta.changed_questions:
            questions = _merged(old.questions, delta.changed_questions)
        else:
            questions = old.questions
        self.snapshot = EventSnapshot(event, people, slots, questions, delta.live)
        self.handoffs = delta.handoffs
        if delta.new_log:
            self.log = self.log + delta.new_log
            # Queue actions and hand-offs are logged too; only the clock's entries change
            # its history (actual starts, pauses).
            if any(entry.action in _CLOCK_ACTIONS for entry in delta.new_log):
                self.actual_starts = clock.actual_starts(self.log)
                self.pauses = floor.paused_spans(self.log)
        self.snapshot_changed.emit()

    # -- live actions --------------------------------------------------------------------

    def _store_change(self, change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange]) -> bool:
        try:
            self.store.change_live(change)
        except UserError as error:
            self.failed.emit(error)
            return False
        self.refresh_if_changed()
        return True

    def _apply(self, action: Callable[[LiveState, datetime], clock.Transition]) -> bool:
        """A clock action; a slot change also closes the floor (in the same transaction)."""
        now = self.clock.now()
        return self._store_change(
            lambda state, records: after_clock(state, action(state, now), records, now)
        )

    def _apply_floor(self, action: Callable[[LiveState, tuple[Handoff, ...], datetime], floor.HandoffChange]) -> bool:
        now = self.clock.now()
        return self._store_change(lambda state, records: floor_change(action(state, records, now)))

    # -- hand-offs ---------------------------------------------------------------------------

    def current_slot(self, state: LiveState | None = None) -> Slot | None:
        state = state or self.snapshot.live
        return next((s for s in self.slots if s.id == state.current_slot_id), None)

    def hand_off(self, person_id: int) -> bool:
        """Give the floor to ``person_id`` in the current slot."""

        def action(state: LiveState, records: tuple[Handoff, ...], now: datetime) -> floor.HandoffChange:
            if state.show_started_at is None or state.show_ended_at is not None:
                raise clock.ClockError(clock.NOT_STARTED)
            return floor.hand_off(floor.current_handoff(records), person_id, state.current_slot_id, now)

        return self._apply_floor(action)

    def hand_off_digit(self, digit: int) -> bool:
        """Digits 1–9 pick the slot's people in floor order."""
        slot = self.current_slot()
        person = floor.person_for_digit(slot, digit) if slot is not None else None
        return self.hand_off(person) if person is not None else False

    def hand_off_next(self) -> bool:
        """The next person in the slot (at the start of a slot: the proposed first one)."""
        slot = self.current_slot()
        if slot is None:
            return False
        current = floor.current_handoff(self.handoffs)
        if current is None or current.slot_id != slot.id:
            person = floor.proposed_speaker(slot, current)
        else:
            person = floor.next_person(slot, current.person_id, self.handoffs)
        return self.hand_off(person) if person is not None else False

    def close_floor(self) -> bool:
        return self._apply_floor(lambda state, records, now: floor.close_floor(floor.current_handoff(records), now))

    def undo_handoff(self) -> bool:
        return self._apply_floor(lambda state, records, now: floor.undo_last(records, now))

    # -- the question queue -------------------------------------------------------------------

    def _queue(self, op: queue.QueueOp, *, record: bool = True) -> queue.QueueChange | None:
        """Store a queue operation; push it on this instance's undo stack."""
        try:
            change = self.store.change_queue(op, now=self.clock.now(), slot_id=self.snapshot.live.current_slot_id)
        except UserError as error:
            self.failed.emit(error)
            return None
        if record:
            self.undo_stack.push(change)
        self.refresh_if_changed()
        self.queue_changed.emit()
        return change

    def move_question(self, question_id: int, before_id: int | None) -> bool:
        return self._queue(queue.Move(question_id, before_id)) is not None

    def set_question_status(self, question_id: int, status: QuestionStatus) -> bool:
        return self._queue(queue.SetStatus(question_id, status)) is not None

    def vote(self, question_id: int, delta: int = 1) -> bool:
        return self._queue(queue.Vote(question_id, delta)) is not None

    def edit_question(self, question_id: int, text: str, expected_revision: int | None = None) -> bool:
        return self._queue(queue.Edit(question_id, text=text, expected_revision=expected_revision)) is not None

    def merge_questions(self, keep_id: int, other_ids: tuple[int, ...], text_from: int | None = None) -> bool:
        return self._queue(queue.Merge(keep_id, other_ids, text_from)) is not None

    def undo_queue(self) -> bool:
        op = self.undo_stack.undo_op()
        if op is None:
            return False
        change = self._queue(op, record=False)
        if change is None:
            return False
        self.undo_stack.record_undone(change)
        self.queue_changed.emit()
        return True

    def redo_queue(self) -> bool:
        op = self.undo_stack.redo_op()
        if op is None:
            return False
        change = self._queue(op, record=False)
        if change is None:
            return False
        self.undo_stack.record_redone(change)
        self.queue_changed.emit()
        return True

    def add_question(
        self,
        text: str,
        *,
        asked_by: str = "",
        organisation: str = "",
        addressed_to: int | None = None,
        source: QuestionSource = QuestionSource.LIVE,
    ) -> Question | None:
        try:
            question = self.store.add_question(
                text, now=self.clock.now(), asked_by=asked_by, organisation=organisation,
                addressed_to=addressed_to, source=source, created_by=self.host_name,
            )
        except UserError as error:
            self.failed.emit(error)
            return None
        self.refresh_if_changed()
        return question

    def add_questions(self, drafts: Sequence[Question]) -> tuple[Question, ...]:
        try:
            added = self.store.add_questions(drafts, now=self.clock.now())
        except UserError as error:
            self.failed.emit(error)
            return ()
        self.refresh_if_changed()
        return added

    # -- the clock ---------------------------------------------------------------------------

    def toggle(self) -> bool:
        return self._apply(lambda state, now: clock.toggle(state, self.slots, now))

    def next_slot(self) -> bool:
        return self._apply(lambda state, now: clock.next_slot(state, self.slots, now))

    def previous_slot(self) -> bool:
        return self._apply(lambda state, now: clock.previous_slot(state, self.slots, now))

    def goto_slot(self, slot_id: int) -> bool:
        return self._apply(lambda state, now: clock.goto_slot(state, self.slots, slot_id, now))

    def add_time(self, seconds: int) -> bool:
        return self._apply(lambda state, now: clock.add_time(state, timedelta(seconds=seconds), now))

    def end_show(self) -> bool:
        return self._apply(lambda state, now: clock.end_show(state, now))

    def reset_show(self) -> bool:
        return self._apply(lambda state, now: clock.reset_show(state, now))

    def close(self) -> None:
        self._poll.stop()
        self._watcher.close()
        self.store.close()
