"""The open event as the UI sees it: the store, the latest snapshot and the live clock.

A thin adapter: live actions are the domain's pure transitions, applied by the store to
the current stored state; this object only forwards them and reports what changed. It
watches the event file's change feed, so that an action made by a co-host or from the
command line shows up here within a fraction of a second.
"""

from __future__ import annotations

import bisect
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from moderator.domain import clock
from moderator.domain import cohosts
from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.cohosts import Control, HostRole, Instance
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
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
from moderator.domain.questions import clean_question_text
from moderator.persistence import EventStore
from moderator.persistence.postgres import SharedEventError

#: How often the file is asked whether anyone committed (PRAGMA data_version, ~10 µs).
POLL_INTERVAL_MS = 200
#: A shared event wakes up on its notification socket; this poll is only a safety net.
SHARED_POLL_INTERVAL_MS = 2000
#: How often a lost connection to the shared event is tried again.
RECONNECT_INTERVAL_MS = 2000

_T = TypeVar("_T")


class NotConnected(UserError):
    context = "shared_event"


NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "shared_event",
    "Not connected to the shared event: this change was not made; make it again when the connection is back.",
)


@dataclass(frozen=True, slots=True)
class PendingQuestion:
    """A question entered while the shared event could not be reached; sent on reconnect."""

    text: str
    asked_by: str
    organisation: str
    addressed_to: int | None
    source: QuestionSource
    entered_at: datetime


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
        presence_changed(): control of the clock or the list of co-hosts changed.
        connection_changed(bool): the shared event was lost (False) or is back (True).
        conflict(EditConflict, Edit): an edit met a change someone else made meanwhile;
            nothing was written. ``conflict.current`` is their version.
    """

    snapshot_changed = Signal()
    failed = Signal(object)
    queue_changed = Signal()
    presence_changed = Signal()
    connection_changed = Signal(bool)
    conflict = Signal(object, object)
    _probed = Signal(bool)

    def __init__(
        self,
        store: EventStore,
        time_source: Clock,
        parent: QObject | None = None,
        *,
        name: str = "",
        role: HostRole = HostRole.MODERATOR,
        instance_id: str | None = None,
        join_later: bool = False,
    ) -> None:
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
        self.undo_stack = queue.UndoStack()
        #: This instance, as the co-hosts see it (its name is recorded with what it does).
        self.me = Instance(instance_id or uuid.uuid4().hex, name, role, time_source.now())
        self.control: Control = store.control()
        self.instances: tuple[Instance, ...] = store.instances()
        #: False while the shared event cannot be reached (the clock goes on counting).
        self.online = True
        #: Questions entered while offline, in order; they are sent when the connection is back.
        self.pending: list[PendingQuestion] = []
        #: False when this instance reopens the same event: its presence and control carry on.
        self.leave_on_close = True
        self._closed = False
        self._watcher = store.watch()
        self._notifier: QSocketNotifier | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(SHARED_POLL_INTERVAL_MS if store.shared else POLL_INTERVAL_MS)
        self._poll.timeout.connect(self.refresh_if_changed)
        self._poll.start()
        self._listen()
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_INTERVAL_MS)
        self._reconnect.timeout.connect(self._probe)
        self._probing = False
        self._probed.connect(self._on_probed)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(cohosts.HEARTBEAT.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.heartbeat)
        if not join_later:
            self.join()

    def join(self) -> None:
        """Tell the co-hosts this instance is here, and start its heartbeat.

        A moderator's instance takes control of the clock if nobody has it. The app calls
        this once its window is up (``join_later``): the first write loads SQLAlchemy,
        which the first paint should not wait for.
        """
        if self.store.read_only or self._heartbeat.isActive() or self._closed:
            return
        self.heartbeat()
        if self.me.role is HostRole.MODERATOR and self.control.instance_id != self.me.id:
            self._change_control(lambda control, instances, now: cohosts.claim_on_join(control, self._me(now), instances, now))
        self._heartbeat.start()

    def _listen(self) -> None:
        """Wake up on the shared event's notifications (its socket), not on a timer."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        fileno = getattr(self._watcher, "fileno", None)
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.refresh_if_changed)

    @property
    def host_name(self) -> str:
        """Who this instance is, recorded with the questions it enters."""
        return self.me.name

    @host_name.setter
    def host_name(self, name: str) -> None:
        self.me = replace(self.me, name=name)

    def set_identity(self, name: str, role: HostRole) -> None:
        """Change this instance's display name and role (the others see it on the next heartbeat)."""
        self.me = replace(self.me, name=name, role=role)
        if not self.store.read_only:
            self.heartbeat()

    def _me(self, now: datetime) -> Instance:
        return replace(self.me, last_seen=now)

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
        if not self.online:
            return
        try:
            if self._watcher.changed():
                self.reload()
        except SharedEventError as error:
            self._went_offline(error)
        except UserError as error:
            self._poll.stop()
            self.failed.emit(error)

    def reload(self) -> None:
        """Read what changed since the last reload (see :meth:`EventStore.delta`)."""
        delta = self.store.delta(self._seq, self.log[-1].id or 0 if self.log else 0)
        old = self.snapshot
        if delta.seq == self._seq and not delta.new_log and (delta.live, delta.handoffs, delta.control) == (
            old.live, self.handoffs, self.control
        ):
            return  # a commit that changed nothing shown (a co-host's heartbeat)
        self._seq = delta.seq
        event, people, slots = delta.run_sheet or (old.event, old.people, old.slots)
        if delta.all_questions is not None:
            questions = delta.all_questions
        elif delta.changed_questions:
            questions = _merged(old.questions, delta.changed_questions)
        else:
            questions = old.questions
        self.snapshot = EventSnapshot(event, people, slots, questions, delta.live)
        self.handoffs = delta.handoffs
        if delta.control != self.control:
            self.control = delta.control
            self.presence_changed.emit()
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
        """A clock or hand-off action, made only while this instance controls the clock."""
        now = self.clock.now()
        return self._write(lambda: self.store.change_live(change, by=self._me(now), now=now)) is not None

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

    def _write(self, write: Callable[[], _T], *, conflict_op: queue.QueueOp | None = None) -> _T | None:
        """Run a write; report a refusal, and go offline when the shared event is gone.

        An edit that met a co-host's change (``conflict_op``) is reported by ``conflict``.
        """
        if not self.online:
            self.failed.emit(NotConnected(NOT_CONNECTED))
            return None
        try:
            result = write()
        except queue.EditConflict as conflict:
            if conflict_op is None:
                raise
            self.conflict.emit(conflict, conflict_op)
            return None
        except SharedEventError as error:
            self._went_offline(error)
            self.failed.emit(NotConnected(NOT_CONNECTED))
            return None
        except UserError as error:
            self.failed.emit(error)
            return None
        self.refresh_if_changed()
        return result

    def _queue(self, op: queue.QueueOp, *, record: bool = True) -> queue.QueueChange | None:
        """Store a queue operation; push it on this instance's undo stack."""
        change = self._write(
            lambda: self.store.change_queue(
                op, now=self.clock.now(), slot_id=self.snapshot.live.current_slot_id, by=self.me.label
            ),
            conflict_op=op,
        )
        if change is None:
            return None
        if record:
            self.undo_stack.push(change)
        self.queue_changed.emit()
        return change

    def move_question(self, question_id: int, before_id: int | None) -> bool:
        return self._queue(queue.Move(question_id, before_id)) is not None

    def set_question_status(self, question_id: int, status: QuestionStatus) -> bool:
        return self._queue(queue.SetStatus(question_id, status)) is not None

    def vote(self, question_id: int, delta: int = 1) -> bool:
        return self._queue(queue.Vote(question_id, delta)) is not None

    def edit_question(self, question_id: int, text: str, based_on: Question | None = None) -> bool:
        """Change a question's wording; ``based_on`` is the question as the editor opened it.

        If someone else changed the wording meanwhile, nothing is written and
        ``conflict`` is emitted with both versions.
        """
        return self._queue(queue.Edit(question_id, text=text, based_on=based_on)) is not None

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
        """Add a question at the end of the queue.

        While the shared event cannot be reached the question is kept in :attr:`pending`
        (after the same checks) and sent when the connection is back: nothing typed is lost.
        """
        pending = PendingQuestion(text, asked_by, organisation, addressed_to, source, self.clock.now())
        if not self.online:
            return self._keep_pending(pending)
        try:
            question = self._send(pending)
        except SharedEventError as error:
            self._went_offline(error)
            return self._keep_pending(pending)
        except UserError as error:
            self.failed.emit(error)
            return None
        self.refresh_if_changed()
        return question

    def _send(self, pending: PendingQuestion) -> Question:
        return self.store.add_question(
            pending.text, now=pending.entered_at, asked_by=pending.asked_by,
            organisation=pending.organisation, addressed_to=pending.addressed_to,
            source=pending.source, created_by=self.host_name,
        )

    def _keep_pending(self, pending: PendingQuestion) -> None:
        try:
            clean_question_text(pending.text)  # refuse now what the store would refuse later
        except UserError as error:
            self.failed.emit(error)
            return None
        self.pending.append(pending)
        self.snapshot_changed.emit()
        return None

    def add_questions(self, drafts: Sequence[Question]) -> tuple[Question, ...]:
        return self._write(lambda: self.store.add_questions(drafts, now=self.clock.now())) or ()

    # -- co-hosts: presence, control of the clock, the connection --------------------------

    @property
    def is_controller(self) -> bool:
        """Whether this instance controls the clock."""
        return self.control.instance_id == self.me.id

    def others(self) -> tuple[Instance, ...]:
        """The other instances that have the event open, most recently heard of."""
        now = self.clock.now()
        return tuple(i for i in cohosts.present(self.instances, now) if i.id != self.me.id)

    def controller(self) -> Instance | None:
        return cohosts.find(self.instances, self.control.instance_id)

    def controller_quiet(self) -> bool:
        """Whether the instance that controls the clock has gone quiet (not this one)."""
        if self.control.instance_id in (None, self.me.id):
            return False
        return cohosts.is_quiet(self.controller(), self.clock.now())

    def heartbeat(self) -> None:
        """Say this instance is here, and learn who else is and who controls the clock."""
        if not self.online or self.store.read_only:
            return
        now = self.clock.now()
        self.me = self._me(now)
        try:
            control, instances = self.store.heartbeat(self.me)
        except SharedEventError as error:
            self._went_offline(error)
            return
        except UserError as error:
            self.failed.emit(error)
            return
        if (control, instances) != (self.control, self.instances):
            self.control, self.instances = control, instances
            self.presence_changed.emit()

    def _change_control(self, change: Callable[[Control, tuple[Instance, ...], datetime], Control]) -> bool:
        now = self.clock.now()
        result = self._write(lambda: self.store.change_control(lambda c, i: change(c, i, now), now=now, by=self.me.label))
        if result is None:
            return False
        self.control = result
        self.instances = self.store.instances()
        self.presence_changed.emit()
        return True

    def hand_over(self, instance_id: str) -> bool:
        """Give control of the clock to another instance that is present."""
        return self._change_control(lambda c, i, now: cohosts.hand_over(c, self._me(now), instance_id, i, now))

    def take_control(self) -> bool:
        """Take control of the clock from an instance that has gone quiet (confirmed by the user)."""
        return self._change_control(lambda c, i, now: cohosts.take_control(c, self._me(now), i, now))

    def _went_offline(self, error: UserError) -> None:
        if not self.online:
            return
        self.online = False
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._reconnect.start()
        self.connection_changed.emit(False)

    def _probe(self) -> None:
        """Ask in the background whether the database answers again.

        Connecting to an unreachable host can take seconds; the cockpit must go on
        counting meanwhile, so only a probe that succeeded leads to :meth:`try_reconnect`
        on the GUI thread.
        """
        if self.online or self._probing or self._closed:
            return
        probe = getattr(self.store, "probe", None)
        if probe is None:
            self.try_reconnect()
            return
        self._probing = True

        def run() -> None:
            self._probed.emit(bool(probe()))

        threading.Thread(target=run, name="probe-shared-event", daemon=True).start()

    def _on_probed(self, reachable: bool) -> None:
        self._probing = False
        if reachable and not self._closed:
            self.try_reconnect()

    def try_reconnect(self) -> bool:
        """Try the shared event again; on success catch up and send what was entered meanwhile."""
        if self.online:
            return True
        try:
            self._watcher.reconnect()  # type: ignore[union-attr]
            self.online = True
            self._listen()
            self.reload()
        except SharedEventError:
            self.online = False
            return False
        self._reconnect.stop()
        while self.pending:
            try:
                self._send(self.pending[0])
            except SharedEventError as error:
                self._went_offline(error)
                return False
            except UserError as error:
                self.failed.emit(error)
            self.pending.pop(0)
        self.heartbeat()
        self.refresh_if_changed()
        self.connection_changed.emit(True)
        self.snapshot_changed.emit()
        return True

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
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        self._heartbeat.stop()
        self._reconnect.stop()
        if self.online and self.leave_on_close and not self.store.read_only:
            try:
                self.store.leave(self._me(self.clock.now()))
            except UserError:
                pass  # the others see this instance go quiet instead
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # before its socket closes (Qt warns otherwise)
        self._watcher.close()
        self.store.close()
