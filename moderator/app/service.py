"""The open event as every client sees it, and the one road for every change to it.

:class:`EventService` holds what a client shows (the latest snapshot, the log, the
hand-offs, who controls the clock) and runs :mod:`operations <moderator.app.operations>`:
operation in, :class:`Changes` out, or a typed :class:`~moderator.domain.errors.UserError`
raised with a message meant for a person. It owns what every client would otherwise repeat:

- who did it (this app instance, or "command line", later a stream deck), recorded in the log;
- the undo histories of this client (its live steps, queue steps and run-sheet edits);
- the connection: a shared event that cannot be reached turns the service offline; questions
  entered meanwhile are kept and sent when it is back;
- the change feed: :meth:`refresh` reads what others committed, and every listener hears of
  each change once, whoever made it (Anki's ``operation_did_execute``).

No Qt here: the cockpit listens through a thin adapter (``moderator.ui.event_session``),
the command line calls the service directly. Timers (polling, heartbeats, reconnects) belong
to the client that has an event loop; the service only does what they ask.
"""

from __future__ import annotations

import bisect
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from moderator.domain import clock
from moderator.domain import cohosts
from moderator.domain import handoffs as floor
from moderator.domain import live_undo
from moderator.domain import queue
from moderator.domain import rehearsal as rehearsals
from moderator.domain.cohosts import Control, HostRole, Instance
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.live import LiveChange, after_clock, floor_change
from moderator.domain.live_undo import LiveFrame, LiveHistory, LiveStep, LiveUndoRefused, SpeakerAction, SpeakerState, StepKind
from moderator.domain.model import EventSnapshot, Handoff, LiveState, LogEntry, Question, Slot
from moderator.domain.people import find_person
from moderator.domain.questions import clean_question_text
from moderator.domain.replan import REPLANNED, cuts_of, suggest_replan
from moderator.domain.run_sheet import RunSheet, RunSheetChange, RunSheetError, RunSheetUndo
from moderator.domain.timesource import Clock
from moderator.lazy import lazy_module
from moderator.persistence.files import TOPIC_READINESS
from moderator.persistence.postgres import SharedEventError  # cheap: psycopg loads on first use

if TYPE_CHECKING:
    from moderator.app import operations as ops
    from moderator.domain import queue_ops
    from moderator.persistence import EventStore
    from moderator.persistence.journal import PendingJournal
else:  # the operations load after the first paint (see moderator.lazy)
    ops = lazy_module("moderator.app.operations")
    queue_ops = lazy_module("moderator.domain.queue_ops")

_T = TypeVar("_T")


def _new_instance_id() -> str:
    # uuid loads on first use: with the platform module it is ~3 ms of the cockpit's start,
    # which passes the id kept in the settings.
    import uuid

    return uuid.uuid4().hex


#: Who a change is recorded as when it comes from the command line.
COMMAND_LINE = "command line"


class NotConnected(UserError):
    """The shared event cannot be reached: the change was not made."""

    context = "shared_event"


NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "shared_event",
    "Not connected to the shared event: this change was not made; make it again when the connection is back.",
)
NO_PERSON_NUMBER = QT_TRANSLATE_NOOP("service", "The current slot has no person %1.")
NO_PERSON = QT_TRANSLATE_NOOP("service", "Name a person: their name, or their number in the slot.")
NOTHING_TO_SHORTEN = QT_TRANSLATE_NOOP("service", "The show is on time; nothing to shorten.")

_CLOCK_ACTIONS = frozenset(action.value for action in clock.ClockAction) | {clock.LIVE_UNDONE}
_SPEAKER_ACTIONS = frozenset(action.value for action in SpeakerAction) | {clock.LIVE_UNDONE}
_HISTORY_ACTIONS = _CLOCK_ACTIONS | {rehearsals.REHEARSAL_STARTED, rehearsals.REHEARSAL_ENDED}


@dataclass(frozen=True, slots=True)
class Changes:
    """What one operation, or one read of the change feed, changed.

    ``mine``: this client made it (else a co-host, the command line, another window).
    ``result``: what the operation made, for the client that asked (the new
    :class:`~moderator.domain.model.Question`, the :class:`RunSheetChange` to select, ...).
    """

    run_sheet: bool = False
    questions: bool = False
    live: bool = False
    log: bool = False
    readiness: bool = False
    presence: bool = False
    connection: bool = False
    history: bool = False
    pending: bool = False
    mine: bool = False
    result: object = field(default=None, compare=False)

    @property
    def snapshot(self) -> bool:
        """Whether anything a view of the event shows changed."""
        return (
            self.run_sheet or self.questions or self.live or self.log or self.readiness
            or self.pending or self.connection
        )

    @property
    def any(self) -> bool:
        return self.snapshot or self.presence or self.history

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            run_sheet=self.run_sheet or other.run_sheet,
            questions=self.questions or other.questions,
            live=self.live or other.live,
            log=self.log or other.log,
            readiness=self.readiness or other.readiness,
            presence=self.presence or other.presence,
            connection=self.connection or other.connection,
            history=self.history or other.history,
            pending=self.pending or other.pending,
            mine=self.mine or other.mine,
            result=self.result if self.result is not None else other.result,
        )


NOTHING = Changes()


#: A question as it was and as it is now (``None`` before: it is new).
QuestionPair = tuple[Question | None, Question]

#: How many reads of changed questions :meth:`EventService.question_changes` remembers.
#: Its readers ask after every change; each step keeps two tuples of all questions alive,
#: and the garbage collector walks every young one of them (100,000 entries: some 3 ms).
_QUESTION_STEPS = 2
#: From this many changed questions on (and a 32nd of the queue), :func:`_merged` sorts
#: once instead of placing each (a deletion in the middle moves half the list).
_MANY_CHANGED = 64


def _merged(
    questions: tuple[Question, ...], changed: tuple[Question, ...], by_id: dict[int | None, Question]
) -> tuple[tuple[Question, ...], tuple[QuestionPair, ...] | None]:
    """``questions`` (in queue order) with ``changed`` put in, each at its place; and the
    (before, after) pair of each changed question (None when ``by_id`` did not match).

    ``by_id`` indexes ``questions`` and is updated to index the result. Each changed
    question is found by a binary search on its old (position, id), so a change costs a
    few comparisons and two copies of the tuple (done in C), not a pass in Python over
    every question. Unchanged questions stay the same objects, so views can tell by
    identity what moved.
    """
    latest = {question.id: question for question in changed}  # the last version wins
    if len(latest) > max(_MANY_CHANGED, len(questions) // 32):
        # A renumbered queue, a big batch: one pass and one sort, not a deletion in the
        # middle of the list per question.
        many = tuple((by_id.get(question.id), question) for question in latest.values())
        by_id.update(latest)
        return _merged_by_sort(questions, latest), many
    kept = list(questions)
    pairs: list[QuestionPair] = []
    for question in latest.values():
        old = by_id.get(question.id)
        if old is not None:
            at = bisect.bisect_left(kept, queue.order_key(old), key=queue.order_key)
            if at >= len(kept) or kept[at] is not old:
                # The index does not match the questions: a pass over all of them.
                result = _merged_by_sort(questions, latest)
                by_id.clear()
                by_id.update((question.id, question) for question in result)
                return result, None
            del kept[at]
        pairs.append((old, question))
    for question in sorted(latest.values(), key=queue.order_key):
        bisect.insort(kept, question, key=queue.order_key)
        by_id[question.id] = question
    return tuple(kept), tuple(pairs)


def _merged_by_sort(questions: tuple[Question, ...], latest: dict[int | None, Question]) -> tuple[Question, ...]:
    """``questions`` with the questions of ``latest`` in place of theirs, in queue order:
    one pass and one sort of two sorted runs."""
    kept = [question for question in questions if question.id not in latest]
    kept.extend(sorted(latest.values(), key=queue.order_key))
    kept.sort(key=queue.order_key)
    return tuple(kept)


def _is_offline_error(error: BaseException) -> bool:
    """A shared event could not be reached (or its connection was lost)."""
    return isinstance(error, SharedEventError)


class HandoffRefused(UserError):
    """A hand-off that names nobody in the current slot."""

    context = "service"


class EventService:
    """One open event, as one client (an app instance or a command) works on it.

    ``me`` is this app instance as the co-hosts see it; the command line has none
    (:meth:`for_command_line`) and acts without taking control of the clock.
    """

    def __init__(
        self,
        store: EventStore,
        time_source: Clock,
        *,
        name: str = "",
        role: HostRole = HostRole.MODERATOR,
        instance_id: str | None = None,
        instance: bool = True,
        watch: bool = True,
        journal_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.clock = time_source
        # The change feed's position first: whatever commits after it is read again.
        self._seq = store.last_change()
        self.snapshot: EventSnapshot = store.snapshot()
        self.log: tuple[LogEntry, ...] = store.log()
        self.handoffs: tuple[Handoff, ...] = store.handoffs()
        # The questions by id (of ``_by_id_of``, the questions it indexes) and the last
        # reads of changed questions (before, after, pairs): see :meth:`question_changes`.
        self._by_id: dict[int | None, Question] = {}
        self._by_id_of: tuple[Question, ...] | None = None
        self._question_steps: deque[tuple[tuple[Question, ...], tuple[Question, ...], tuple[QuestionPair, ...]]] = deque(
            maxlen=_QUESTION_STEPS
        )
        self._plan_key: tuple[EventSnapshot, timedelta] | None = None
        self._plan = self.snapshot
        self._read_history()
        self.queue_history = queue.UndoStack()
        self.sheet_history = RunSheetUndo()
        #: This instance's live actions, for the one live undo (Ctrl+Z in the cockpit).
        self.live_history = LiveHistory()
        #: What the speaker view shows beyond the clock (from the log, as every instance reads it).
        self.speaker: SpeakerState = live_undo.speaker_state(self.log)
        #: This instance, as the co-hosts see it (None: the command line, no instance).
        self.me: Instance | None = (
            Instance(instance_id or _new_instance_id(), name, role, time_source.now()) if instance else None
        )
        self.actor = self.me.label if self.me is not None else (name or COMMAND_LINE)
        self.control: Control = store.control()
        self.instances: tuple[Instance, ...] = store.instances()
        #: The control this client held when its last heartbeat began (see :meth:`heard`).
        self._beat_control = self.control
        #: False while the shared event cannot be reached (the clock goes on counting).
        self.online = True
        #: Questions entered while offline, in order; sent when the connection is back.
        self.pending: list[ops.PendingQuestion] = []
        #: Everything waiting for the connection (questions and the controller's live
        #: actions), in the order it happened; kept on disk in the journal.
        self._outbox: list[ops.Pending] = []
        self._journal: PendingJournal | None = None
        if journal_dir is not None and store.shared and self.me is not None and not store.read_only:
            from moderator.persistence.journal import PendingJournal  # shared events only

            self._journal = PendingJournal.for_event(journal_dir, self.me.id, store.location)
            for record in self._journal.load():
                item = ops.decode_pending(record)
                if item is not None:
                    self._outbox.append(item)
                    if isinstance(item, ops.PendingQuestion):
                        self.pending.append(item)
        #: Actions made offline that could not be written later (a co-host took control meanwhile).
        self.dropped: list[ops.Pending] = []
        self._listeners: list[Callable[[Changes], None]] = []
        #: Who calls the listeners (None: this service, at once): a client that runs
        #: operations on a worker thread has them called on its own thread.
        self.deliver: Callable[[Callable[[], None]], None] | None = None
        #: One operation or read at a time, whichever thread asks.
        self._lock = threading.RLock()
        # A command that makes one change and exits needs no change feed of its own.
        self._watcher = store.watch() if watch else None
        self._closed = False
        self._replaying = False
        if self._outbox:
            # What the last run of this instance did offline (it crashed, or was closed
            # before the connection came back) is written first.
            self._flush_outbox()
            self._reload()

    def _read_history(self) -> None:
        """What the clock derives from the log: the running rehearsal, actual starts, pauses."""
        #: The rehearsal running now (None: the real show).
        self.rehearsal: rehearsals.Rehearsal | None = rehearsals.current(self.log)
        history = rehearsals.live_log(self.log)
        self.actual_starts: dict[int, datetime] = clock.actual_starts(history)
        self.pauses = floor.paused_spans(history)

    @classmethod
    def for_command_line(cls, store: EventStore, time_source: Clock, *, name: str = "") -> EventService:
        """A service for one command: no app instance, recorded as ``name`` or "command line",
        and no change feed (the command reads the store afterwards if it needs to)."""
        return cls(store, time_source, name=name, instance=False, watch=False)

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        """Call ``listener(changes)`` after every change, this client's or anyone's."""
        self._listeners.append(listener)

    def _announce(self, changes: Changes) -> Changes:
        if changes.any:
            if self.deliver is not None:
                self.deliver(lambda: self._notify(changes))
            else:
                self._notify(changes)
        return changes

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- what clients read -------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.snapshot.slots

    @property
    def plan(self) -> tuple[Slot, ...]:
        """The slots as the clock reads them: during a rehearsal, laid on today's clock."""
        return self.plan_snapshot.slots

    @property
    def plan_snapshot(self) -> EventSnapshot:
        """The snapshot with :attr:`plan` for its slots (the same object until either changes)."""
        if self.rehearsal is None:
            return self.snapshot
        key = (self.snapshot, self.rehearsal.offset)
        if self._plan_key is None or self._plan_key[0] is not key[0] or self._plan_key[1] != key[1]:
            offset = self.rehearsal.offset
            self._plan = replace(
                self.snapshot,
                event=rehearsals.shifted_event(self.snapshot.event, offset),
                slots=rehearsals.shifted_slots(self.snapshot.slots, offset),
            )
            self._plan_key = key
        return self._plan

    @property
    def show_log(self) -> tuple[LogEntry, ...]:
        """The real show's log, without rehearsals (what exports and reports read)."""
        return rehearsals.show_log(self.log)

    @property
    def sheet(self) -> RunSheet:
        return RunSheet.from_snapshot(self.snapshot)

    @property
    def watcher(self) -> object:
        """The change feed's watcher (a client with an event loop may wait on its socket)."""
        return self._watcher

    def reading(self) -> clock.ClockReading:
        """The clock as it stands now."""
        return clock.read(self.snapshot.live, self.plan, self.clock.now(), self.actual_starts)

    def current_slot(self, state: LiveState | None = None) -> Slot | None:
        state = state or self.snapshot.live
        return next((s for s in self.slots if s.id == state.current_slot_id), None)

    @property
    def keeps_on_disk(self) -> bool:
        """Whether what waits for the connection is kept on disk (survives closing the app)."""
        return self._journal is not None

    @property
    def is_controller(self) -> bool:
        """Whether this instance controls the clock."""
        return self.me is not None and self.control.instance_id == self.me.id

    def others(self) -> tuple[Instance, ...]:
        """The other instances that have the event open, most recently heard of."""
        mine = self.me.id if self.me is not None else None
        return tuple(i for i in cohosts.present(self.instances, self.clock.now()) if i.id != mine)

    def controller(self) -> Instance | None:
        return cohosts.find(self.instances, self.control.instance_id)

    def controller_quiet(self) -> bool:
        """Whether the instance that controls the clock has gone quiet (not this one)."""
        mine = self.me.id if self.me is not None else None
        if self.control.instance_id in (None, mine):
            return False
        return cohosts.is_quiet(self.controller(), self.clock.now())

    def replan_suggestion(self, reading: clock.ClockReading | None = None) -> tuple[tuple[Slot, timedelta], ...]:
        """What re-planning would take off each remaining slot now (empty: not worth it).

        Run :class:`~moderator.app.operations.Replan` to apply it.
        """
        if self.read_only or self.rehearsal is not None:
            return ()  # a rehearsal never changes the real run sheet
        reading = reading or self.reading()
        plan = suggest_replan(reading, self.slots, self.snapshot.event.end)
        return cuts_of(plan, self.slots) if plan is not None else ()

    # -- the change feed ---------------------------------------------------------------------

    def refresh(self) -> Changes:
        """Read what anyone committed since the last read (a co-host, a script, this client)."""
        with self._lock:
            return self._announce(self._read())

    def _read(self, *, always: bool = False) -> Changes:
        """What was committed since the last read, not yet announced.

        Asks the change feed's watcher first; ``always`` reads even when it saw nothing (this
        client's own write: a shared event's notification may come a moment after the
        commit, and the client must show its own change now). A client without a watcher
        (a command) always reads. A shared event that is away turns the service offline.
        """
        if not self.online or self._closed:
            return NOTHING
        try:
            seen = self._watcher.changed() if self._watcher is not None else True
            return self._reload() if seen or always else NOTHING
        except UserError as error:
            if _is_offline_error(error):
                return self._went_offline()
            raise

    def _reload(self) -> Changes:
        """Read what changed since the last reload (see :meth:`EventStore.delta`)."""
        delta = self.store.delta(self._seq, self.log[-1].id or 0 if self.log else 0)
        old = self.snapshot
        if delta.seq == self._seq and not delta.new_log and (delta.live, delta.handoffs, delta.control) == (
            old.live, self.handoffs, self.control
        ):
            return NOTHING  # a commit that changed nothing shown (a co-host's heartbeat)
        self._seq = delta.seq
        event, people, slots = delta.run_sheet or (old.event, old.people, old.slots)
        if delta.all_questions is not None:
            questions = delta.all_questions
        elif delta.changed_questions:
            questions = self._merge_questions(old.questions, delta.changed_questions)
        else:
            questions = old.questions
        self.snapshot = EventSnapshot(event, people, slots, questions, delta.live)
        handoffs_changed = delta.handoffs != self.handoffs
        self.handoffs = delta.handoffs
        presence = delta.control != self.control
        self.control = delta.control
        if delta.new_log:
            self.log = self.log + delta.new_log
            # Queue actions and hand-offs are logged too; only the clock's entries change
            # its history (actual starts, pauses).
            if any(entry.action in _HISTORY_ACTIONS for entry in delta.new_log):
                self._read_history()
            if any(entry.action in _SPEAKER_ACTIONS for entry in delta.new_log):
                speaker = live_undo.speaker_state(self.log)
                handoffs_changed = handoffs_changed or speaker != self.speaker
                self.speaker = speaker
        return Changes(
            run_sheet=delta.run_sheet is not None,
            questions=questions is not old.questions,
            live=delta.live != old.live or handoffs_changed,
            log=bool(delta.new_log),
            readiness=TOPIC_READINESS in delta.topics,
            presence=presence,
        )

    def _merge_questions(self, questions: tuple[Question, ...], changed: tuple[Question, ...]) -> tuple[Question, ...]:
        if self._by_id_of is not questions:
            self._by_id = {question.id: question for question in questions}
        result, pairs = _merged(questions, changed, self._by_id)
        self._by_id_of = result
        if pairs is None:
            self._question_steps.clear()
        else:
            self._question_steps.append((questions, result, pairs))
        return result

    def question_changes(
        self, since: tuple[Question, ...], until: tuple[Question, ...] | None = None
    ) -> tuple[QuestionPair, ...] | None:
        """The questions that changed from ``since`` (questions this client showed) to
        ``until`` (default: the current ones): (as they were, as they are) for each, the
        first ``None`` for a new question. ``None`` when that is not known (a full re-read,
        a reconnect, ``since`` too old): then compare all questions.

        A view of thousands of questions updates only the rows of these.
        """
        target = self.snapshot.questions if until is None else until
        if since is target:
            return ()
        chain: list[tuple[QuestionPair, ...]] = []
        for before, after, pairs in reversed(self._question_steps):
            if not chain and after is not target:
                if until is None:
                    return None
                continue  # a later read than the one asked about
            if after is not target:
                return None
            chain.append(pairs)
            target = before
            if target is since:
                break
        else:
            return None
        first: dict[int | None, QuestionPair] = {}
        for pairs in reversed(chain):
            for old, new in pairs:
                earlier = first.get(new.id)
                first[new.id] = (earlier[0] if earlier is not None else old, new)
        return tuple(first.values())

    # -- running operations --------------------------------------------------------------------

    def run(self, operation: ops.Operation) -> Changes:
        """Run one operation; return what changed (listeners hear it too).

        Raises a :class:`UserError` when the operation does not apply (with nothing
        written), :class:`NotConnected` when the shared event cannot be reached, and the
        queue's :class:`~moderator.domain.queue.EditConflict` or the run sheet's
        :class:`~moderator.domain.run_sheet.RunSheetConflict` when an edit met someone
        else's change to the same thing.
        """
        with self._lock:
            return self._run(operation)

    def _run(self, operation: ops.Operation) -> Changes:
        try:
            result, changes = self._dispatch(operation)
        except UserError:
            # What this client showed may be stale (that is often why an operation does not
            # apply): read the event as it is, so the other version is on screen first.
            if self.online:
                self._announce(self._read())
            raise
        changes = replace(changes, mine=True, result=result)
        if self.online and changes.any:
            changes = changes | self._read(always=True)
        return self._announce(changes)

    def run_as(self, operation: ops.Operation, actor: str) -> Changes:
        """Run ``operation`` for a remote control that acts through this client (a stream
        deck on the stream server): logged as ``actor``, under this instance's control of
        the clock (refused, like a key here, while another instance controls it).
        """
        own = self.actor
        self.actor = actor
        try:
            return self.run(operation)
        finally:
            self.actor = own

    def _dispatch(self, op: ops.Operation) -> tuple[object, Changes]:  # noqa: C901 - one branch per kind
        match op:
            case ops.AddQuestion():
                return self._add_question(op)
            case ops.SetIdentity(name=name, role=role):
                return None, self._set_identity(name, role)
            case ops.StartShow() | ops.Toggle() | ops.Pause() | ops.Resume() | ops.NextSlot() | ops.PreviousSlot() | ops.GotoSlot() | ops.AddTime() | ops.EndShow() | ops.ResetShow():
                return self._clock(op), Changes(live=True, log=True, history=True)
            case ops.StartRehearsal(plan_start=plan_start):
                return self._start_rehearsal(plan_start), Changes(live=True, log=True, run_sheet=True)
            case ops.EndRehearsal(keep_questions=keep):
                return self._end_rehearsal(keep), Changes(live=True, log=True, run_sheet=True, questions=not keep)
            case ops.HandOffDigit() | ops.HandOffNext():
                # A key that names nobody (digit 7 in a slot of three, "next" after the
                # last speaker) does nothing, as a stray key should.
                person = self._person_for(op, self.snapshot.live, self.handoffs)
                if person is None:
                    return None, NOTHING
                return self._floor(ops.HandOff(person)), Changes(live=True, log=True, history=True)
            case ops.HandOff() | ops.HandOffTo() | ops.CloseFloor() | ops.UndoHandoff():
                return self._floor(op), Changes(live=True, log=True, history=True)
            case ops.SpeakerMessage() | ops.SpeakerWrapUp() | ops.SpeakerBlackout() | ops.SpeakerBlink():
                return self._speaker(op), Changes(live=True, log=True, history=True)
            case ops.UndoLive():
                return self._undo_live()
            case ops.ChangeQueue(op=queue_op):
                change = self._queue(queue_op)
                self.queue_history.push(change)
                if change.undo is not None:
                    self.live_history.push(LiveStep(StepKind.QUEUE, change.log[0].action if change.log else ""))
                return change, Changes(questions=True, history=True)
            case ops.AudienceBatch(drafts=drafts, votes=votes):
                now = self.clock.now()
                added = self._write(lambda: self.store.add_questions(drafts, now=now)) if drafts else ()
                try:
                    counted: object = self._audience_votes(votes) if votes else None
                except UserError as error:
                    if not added:
                        raise
                    counted = error  # the questions are in; only the votes' senders hear of it
                return (added, counted), Changes(questions=True) if added or counted is not None else NOTHING
            case ops.UndoQueue() | ops.RedoQueue():
                step = self._queue_history(isinstance(op, ops.UndoQueue))
                return step, Changes(questions=True, history=True) if step is not None else NOTHING
            case ops.AddQuestions(drafts=drafts):
                now = self.clock.now()
                return self._write(lambda: self.store.add_questions(drafts, now=now)), Changes(questions=True)
            case ops.EditRunSheet(op=sheet_op):
                edit = self._run_sheet(sheet_op)
                if edit.changed:
                    self.sheet_history.push(edit)
                return edit, Changes(run_sheet=True, history=True)
            case ops.UndoRunSheet() | ops.RedoRunSheet():
                sheet_step = self._sheet_history(isinstance(op, ops.UndoRunSheet))
                return sheet_step, Changes(run_sheet=True, history=True) if sheet_step is not None else NOTHING
            case ops.Replan():
                if self.rehearsal is not None:
                    raise RunSheetError(NOTHING_TO_SHORTEN)
                return self._replan(), Changes(run_sheet=True, history=True, log=True)
            case ops.SetReadiness(person_id=person_id, field=field, value=value):
                return self._write(lambda: self.store.set_readiness(person_id, field, value)), Changes(readiness=True)
            case ops.SetFollowUp(choice=choice):
                self._write(lambda: self.store.set_followup(choice))
                return choice, Changes(questions=True)
            case ops.HandOver(instance_id=target):
                return self._change_control(
                    lambda c, i, now, me: cohosts.hand_over(c, me, target, i, now)
                ), Changes(presence=True)
            case ops.TakeControl():
                return self._change_control(
                    lambda c, i, now, me: cohosts.take_control(c, me, i, now)
                ), Changes(presence=True)
        raise TypeError(f"not an operation: {op!r}")

    def _write(self, write: Callable[[], _T]) -> _T:
        """Run a write; go offline when the shared event is gone (and say so)."""
        if not self.online:
            raise NotConnected(NOT_CONNECTED)
        try:
            return write()
        except UserError as error:
            if _is_offline_error(error):
                self._announce(self._went_offline())
                raise NotConnected(NOT_CONNECTED) from None
            raise

    # -- the clock and the floor --------------------------------------------------------------

    def _me_now(self, now: datetime) -> Instance | None:
        return replace(self.me, last_seen=now) if self.me is not None else None

    def _store_live(
        self,
        change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange],
        now: datetime,
        describe: Callable[[LiveFrame, LiveFrame], tuple[StepKind, str]] | None = None,
        op: ops.Operation | None = None,
    ) -> LiveState:
        """A clock, hand-off or speaker-view action; an app instance acts only while it
        controls the clock. With ``describe`` the action becomes a step of the live undo:
        the state before and after it are taken inside its transaction."""
        by = self._me_now(now)
        actor = self.actor
        speaker = self.speaker
        seen: dict[str, object] = {}

        def labelled(state: LiveState, records: tuple[Handoff, ...]) -> LiveChange:
            result = change(state, records)
            seen["before"] = LiveFrame(state, records, speaker)
            seen["log"] = result.log
            # The command line has no instance; a remote control acting through this
            # instance (run_as) is logged under its own name.
            if actor and (by is None or actor != by.label):
                return replace(result, log=tuple(replace(entry, by=entry.by or actor) for entry in result.log))
            return result

        def written(state: LiveState, records: tuple[Handoff, ...], log_ids: tuple[int, ...]) -> None:
            entries = seen["log"]
            assert isinstance(entries, tuple)
            seen["after"] = LiveFrame(state, records, live_undo.apply_speaker(speaker, entries))
            seen["ids"] = log_ids

        try:
            stored = self._write(lambda: self.store.change_live(labelled, by=by, now=now, written=written))
        except NotConnected:
            if op is None or not self.is_controller or self._replaying:
                raise
            return self._keep_live(change, now, op, describe)
        written_frame = seen.get("after")
        if isinstance(written_frame, LiveFrame):
            # What this action stored is what this client holds now, at once: a shared
            # event's notification may come later, and an outage may come first.
            self.snapshot = replace(self.snapshot, live=written_frame.state)
            self.handoffs = written_frame.handoffs
        if describe is not None and seen.get("log") and "after" in seen:
            before, after, ids = seen["before"], seen["after"], seen["ids"]
            assert isinstance(before, LiveFrame) and isinstance(after, LiveFrame) and isinstance(ids, tuple)
            kind, subject = describe(before, after)
            self.live_history.push(LiveStep(kind, subject, before, after, ids))
        return stored

    def _keep_live(
        self,
        change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange],
        now: datetime,
        op: ops.Operation,
        describe: Callable[[LiveFrame, LiveFrame], tuple[StepKind, str]] | None = None,
    ) -> LiveState:
        """The shared event is away, and this instance controls the clock: the show goes on.

        The action is applied to the state this instance holds and kept (on disk) to be
        written at its instant when the connection is back. Only the controller writes the
        clock, so nothing it finds then can conflict with it.
        """
        state, records = self.snapshot.live, self.handoffs
        result = change(state, records)
        if not result.log:
            return state  # a key that changes nothing
        entries = tuple(replace(entry, by=entry.by or self.actor) for entry in result.log)
        new_state = replace(result.state, revision=state.revision + 1) if result.state is not None else state
        if result.handoffs is not None:
            records = floor.apply_change(records, result.handoffs)
        self.snapshot = replace(self.snapshot, live=new_state)
        previous_records = self.handoffs
        self.handoffs = records
        self.log = self.log + entries
        self._read_history()
        before = LiveFrame(state, previous_records, self.speaker)
        self.speaker = live_undo.speaker_state(self.log)
        kept = ops.PendingLive(op, now, self.actor)
        self._keep(kept)
        if describe is not None:
            # Undoable like any live step: its undo drops the kept action before it is written.
            after = LiveFrame(new_state, records, self.speaker)
            kind, subject = describe(before, after)
            self.live_history.push(LiveStep(kind, subject, before, after, kept=kept, kept_log=entries))
        return new_state

    def _keep(self, item: ops.Pending) -> None:
        """Keep an action for when the connection is back: on disk first, then in memory."""
        if self._journal is not None:
            self._journal.append(ops.encode_pending(item))
        self._outbox.append(item)
        if isinstance(item, ops.PendingQuestion):
            self.pending.append(item)

    def _flush_outbox(self) -> bool:
        """Write what was kept, in order; False when the connection went again meanwhile."""
        self._replaying = True
        try:
            flushed = self._flush()
        finally:
            self._replaying = False
        if flushed:
            # The steps made offline were written as steps of their own (in the same order):
            # those are the ones to undo now.
            self.live_history.drop_kept()
        return flushed

    def _undo_kept(self, step: LiveStep) -> tuple[LiveStep | None, Changes]:
        """Undo a step made offline: it was never written, so it is simply not kept."""
        assert step.before is not None and step.after is not None
        index = next((i for i, item in enumerate(self._outbox) if item is step.kept), None)
        if index is None:
            self.live_history.pop()  # written meanwhile; its replay has a step of its own
            return None, NOTHING
        if not LiveFrame(self.snapshot.live, self.handoffs, self.speaker).matches(step.after):
            self.live_history.clear()
            raise LiveUndoRefused(live_undo.CHANGED_MEANWHILE)
        del self._outbox[index]
        if self._journal is not None:
            self._journal.rewrite([ops.encode_pending(kept) for kept in self._outbox])
        self.snapshot = replace(self.snapshot, live=step.before.state)
        self.handoffs = step.before.handoffs
        dropped = {id(entry) for entry in step.kept_log}
        self.log = tuple(entry for entry in self.log if id(entry) not in dropped)
        self._read_history()
        self.speaker = live_undo.speaker_state(self.log)
        self.live_history.pop()
        return step, Changes(live=True, log=True, history=True, pending=True)

    def _flush(self) -> bool:
        while self._outbox:
            item = self._outbox[0]
            try:
                if isinstance(item, ops.PendingQuestion):
                    self._send(item)
                else:
                    self._replay(item)
            except UserError as error:
                if _is_offline_error(error) or isinstance(error, NotConnected):
                    self.online = False
                    return False
                # Refused now (a question the store refuses, a co-host took control of the
                # clock meanwhile): not written; the client can say so.
                self.dropped.append(item)
            self._outbox.pop(0)
            if isinstance(item, ops.PendingQuestion) and item in self.pending:
                self.pending.remove(item)
            if self._journal is not None:
                self._journal.rewrite([ops.encode_pending(kept) for kept in self._outbox])
        return True

    def _replay(self, item: ops.PendingLive) -> None:
        """Write a live action kept offline, at the instant it happened."""
        op = item.op
        match op:
            case ops.SpeakerMessage() | ops.SpeakerWrapUp() | ops.SpeakerBlackout() | ops.SpeakerBlink():
                self._speaker(op, item.at)
            case ops.HandOff() | ops.HandOffTo() | ops.CloseFloor() | ops.UndoHandoff():
                self._floor(op, item.at)
            case _:
                self._clock(op, item.at)

    def _slot_title(self, slot_id: int | None) -> str:
        return next((slot.title for slot in self.slots if slot.id == slot_id), "")

    def _describe_clock(self, op: ops.Operation) -> Callable[[LiveFrame, LiveFrame], tuple[StepKind, str]]:
        def describe(before: LiveFrame, after: LiveFrame) -> tuple[StepKind, str]:
            was, now = before.state, after.state
            title = self._slot_title(now.current_slot_id)
            if now.show_ended_at is not None and was.show_ended_at is None:
                return StepKind.END, ""
            match op:
                case ops.ResetShow():
                    return StepKind.RESET, ""
                case ops.AddTime(seconds=seconds):
                    return StepKind.TIME, f"{seconds:+d}"
                case ops.PreviousSlot():
                    return StepKind.PREVIOUS, title
                case ops.NextSlot():
                    return StepKind.NEXT, title
                case ops.GotoSlot():
                    return StepKind.JUMP, title
            if was.show_started_at is None and now.show_started_at is not None:
                return StepKind.START, title
            if now.paused_at is not None and was.paused_at is None:
                return StepKind.PAUSE, title
            return StepKind.RESUME, title

        return describe

    def _describe_floor(self, op: ops.Operation) -> Callable[[LiveFrame, LiveFrame], tuple[StepKind, str]]:
        def describe(before: LiveFrame, after: LiveFrame) -> tuple[StepKind, str]:
            if isinstance(op, ops.UndoHandoff):
                return StepKind.HANDOFF_UNDONE, ""
            speaking = floor.current_handoff(after.handoffs)
            if speaking is None or speaking.ended_at is not None:
                return StepKind.FLOOR_CLOSED, ""
            person = self.snapshot.person(speaking.person_id)
            return StepKind.HANDOFF, person.display_name if person is not None else ""

        return describe

    def _start_rehearsal(self, plan_start: datetime | None) -> LiveState:
        now = self.clock.now()
        self._announce(self._read())  # a co-host may have started one a moment ago
        if self.rehearsal is not None:
            raise rehearsals.RehearsalError(rehearsals.ALREADY)
        slots, start = self.slots, plan_start or now
        return self._store_live(lambda state, records: rehearsals.start(state, records, slots, start, now), now)

    def _end_rehearsal(self, keep_questions: bool) -> LiveState:
        now = self.clock.now()
        self._announce(self._read())
        running = self.rehearsal
        if running is None:
            raise rehearsals.RehearsalError(rehearsals.NOT_REHEARSING)
        questions = self.snapshot.questions
        return self._store_live(
            lambda state, records: rehearsals.end(running, state, records, questions, now, keep_questions=keep_questions),
            now,
        )

    def _clock(self, op: ops.Operation, at: datetime | None = None) -> LiveState:
        now = at or self.clock.now()
        slots = self.plan

        def transition(state: LiveState) -> clock.Transition:
            match op:
                case ops.StartShow():
                    return clock.start_show(state, slots, now)
                case ops.Toggle():
                    return clock.toggle(state, slots, now)
                case ops.Pause():
                    return clock.pause(state, now)
                case ops.Resume():
                    return clock.resume(state, now)
                case ops.NextSlot():
                    return clock.next_slot(state, slots, now)
                case ops.PreviousSlot():
                    return clock.previous_slot(state, slots, now)
                case ops.GotoSlot(slot_id=slot_id):
                    return clock.goto_slot(state, slots, slot_id, now)
                case ops.AddTime(seconds=seconds):
                    return clock.add_time(state, timedelta(seconds=seconds), now)
                case ops.EndShow():
                    return clock.end_show(state, now)
                case ops.ResetShow():
                    return clock.reset_show(state, now)
            raise TypeError(f"not a clock operation: {op!r}")

        return self._store_live(
            lambda state, records: after_clock(state, transition(state), records, now), now, self._describe_clock(op), op
        )

    def _floor(self, op: ops.Operation, at: datetime | None = None) -> LiveState:
        now = at or self.clock.now()

        def action(state: LiveState, records: tuple[Handoff, ...]) -> floor.HandoffChange:
            current = floor.current_handoff(records)
            match op:
                case ops.CloseFloor():
                    return floor.close_floor(current, now)
                case ops.UndoHandoff():
                    return floor.undo_last(records, now)
            if state.show_started_at is None or state.show_ended_at is not None:
                raise clock.ClockError(clock.NOT_STARTED)
            person = self._person_for(op, state, records)
            if person is None:
                return floor.close_floor(current, now)
            return floor.hand_off(current, person, state.current_slot_id, now)

        return self._store_live(
            lambda state, records: floor_change(action(state, records)), now, self._describe_floor(op), op
        )

    # -- the speaker view and the one live undo ---------------------------------------------

    def _speaker(self, op: ops.Operation, at: datetime | None = None) -> SpeakerState:
        """A change of the speaker view, logged (so every instance sees it) and undoable."""
        now = at or self.clock.now()
        current = self.speaker
        # A replay (``at`` given) writes what was kept: it changed something when it was made.
        replay = at is not None
        entry: LogEntry | None
        match op:
            case ops.SpeakerMessage(text=text):
                text = " ".join(text.split())
                entry = live_undo.speaker_entry(SpeakerAction.MESSAGE, text, now) if replay or text != current.message else None
                kind, subject = StepKind.SPEAKER_MESSAGE, text
            case ops.SpeakerWrapUp(on=on):
                entry = live_undo.speaker_entry(SpeakerAction.WRAP_UP, on, now) if replay or on != current.wrap_up else None
                kind, subject = StepKind.WRAP_UP, "1" if on else ""
            case ops.SpeakerBlackout(on=on):
                entry = live_undo.speaker_entry(SpeakerAction.BLACKOUT, on, now) if replay or on != current.blackout else None
                kind, subject = StepKind.BLACKOUT, "1" if on else ""
            case ops.SpeakerBlink():
                entry = live_undo.speaker_entry(SpeakerAction.BLINK, "", now)
                kind, subject = StepKind.BLINK, ""
            case _:
                raise TypeError(f"not a speaker-view operation: {op!r}")
        if entry is None:
            return current  # already so: nothing to store, nothing to undo
        change = LiveChange(log=(entry,))
        self._store_live(lambda _state, _records: change, now, lambda _before, _after: (kind, subject), op)
        self.speaker = live_undo.apply_speaker(current, (entry,))
        return self.speaker

    def _undo_live(self) -> tuple[LiveStep | None, Changes]:
        """Take back this instance's last live step (see :mod:`moderator.domain.live_undo`)."""
        step = self.live_history.last
        if step is None:
            return None, NOTHING
        if step.kept is not None:
            return self._undo_kept(step)
        if step.is_queue:
            try:
                undone = self._queue_history(True)
            except UserError:
                self.live_history.clear()  # the queue's own history says what stays
                raise
            self.live_history.pop()
            return (step if undone is not None else None), Changes(questions=True, history=True)
        # What co-hosts did is read first: the check below compares with the stored state.
        self._announce(self._read())
        now = self.clock.now()
        speaker = self.speaker

        def restore(state: LiveState, records: tuple[Handoff, ...]) -> LiveChange:
            return live_undo.restoring(step, LiveFrame(state, records, speaker), now)

        try:
            self._store_live(restore, now)
        except LiveUndoRefused:
            # Every older step was taken from a state that is gone too: the history ends here.
            self.live_history.clear()
            raise
        self.live_history.pop()
        return step, Changes(live=True, log=True, history=True)

    def _person_for(self, op: ops.Operation, state: LiveState, records: tuple[Handoff, ...]) -> int | None:
        """The person a hand-off operation names, in the slot as stored now."""
        slot = self.current_slot(state)
        match op:
            case ops.HandOff(person_id=person_id):
                return person_id
            case ops.HandOffDigit(digit=digit):
                return floor.person_for_digit(slot, digit) if slot is not None else None
            case ops.HandOffNext():
                if slot is None:
                    return None
                current = floor.current_handoff(records)
                if current is None or current.slot_id != slot.id:
                    return floor.proposed_speaker(slot, current)
                return floor.next_person(slot, current.person_id, records)
            case ops.HandOffTo(who=who):
                who = who.strip()
                if not who:
                    raise HandoffRefused(NO_PERSON)
                if who == "0":
                    return None
                if who.isdigit():
                    person = floor.person_for_digit(slot, int(who)) if slot is not None else None
                    if person is None:
                        raise HandoffRefused(NO_PERSON_NUMBER, number=who)
                    return person
                found = find_person(self.snapshot.people, who).id
                assert found is not None
                return found
        raise TypeError(f"not a hand-off: {op!r}")

    # -- the queue ---------------------------------------------------------------------------------

    def _queue(self, op: queue.QueueOp) -> queue.QueueChange:
        now = self.clock.now()
        slot_id = self.snapshot.live.current_slot_id
        return self._write(lambda: self.store.change_queue(op, now=now, slot_id=slot_id, by=self.actor))

    def _audience_votes(self, votes: tuple[tuple[int, int], ...]) -> queue.QueueChange | None:
        """The batch's votes in one write (questions gone meanwhile are skipped)."""
        change = self._queue(queue_ops.Votes(votes))
        return change if change.changed else None

    def _queue_history(self, undo: bool) -> queue.QueueChange | None:
        op = self.queue_history.undo_op() if undo else self.queue_history.redo_op()
        if op is None:
            return None
        change = self._queue(op)
        if undo:
            self.queue_history.record_undone(change)
        else:
            self.queue_history.record_redone(change)
        return change

    def _add_question(self, op: ops.AddQuestion) -> tuple[Question | None, Changes]:
        """Add a question; while offline keep it (after the same checks) to send later."""
        pending = ops.PendingQuestion(
            op.text, op.asked_by, op.organisation, op.addressed_to, op.source, self.clock.now(), self.actor
        )
        if self.online:
            try:
                return self._send(pending), Changes(questions=True)
            except UserError as error:
                if not _is_offline_error(error):
                    raise
                self._announce(self._went_offline())
        clean_question_text(pending.text)  # refuse now what the store would refuse later
        self._keep(pending)
        return None, Changes(pending=True)

    def _send(self, pending: ops.PendingQuestion) -> Question:
        return self.store.add_question(
            pending.text, now=pending.entered_at, asked_by=pending.asked_by,
            organisation=pending.organisation, addressed_to=pending.addressed_to,
            source=pending.source, created_by=pending.created_by,
        )

    # -- the run sheet ---------------------------------------------------------------------------------

    def _run_sheet(self, op: object, *, log: LogEntry | None = None) -> RunSheetChange:
        return self._write(lambda: self.store.change_run_sheet(op, log=log))  # type: ignore[arg-type]

    def _sheet_history(self, undo: bool) -> RunSheetChange | None:
        op = self.sheet_history.undo_op() if undo else self.sheet_history.redo_op()
        if op is None:
            return None
        try:
            change = self._run_sheet(op)
        except RunSheetError:
            # Someone else changed the sheet since: this step, and every one before it,
            # would overwrite their change. The history ends here.
            self.sheet_history.clear()
            raise
        if undo:
            self.sheet_history.record_undone(change)
        else:
            self.sheet_history.record_redone(change)
        return change

    def _replan(self) -> RunSheetChange:
        """Shorten the remaining slots as :func:`suggest_replan` proposes now."""
        reading = self.reading()
        plan = suggest_replan(reading, self.slots, self.snapshot.event.end)
        if plan is None:
            raise RunSheetError(NOTHING_TO_SHORTEN)
        late = reading.projected_end - self.snapshot.event.end
        entry = LogEntry(
            at=self.clock.now(), action=REPLANNED, slot_id=plan.from_slot_id,
            detail=str(round(late.total_seconds())), by=self.actor,
        )
        change = self._run_sheet(plan, log=entry)
        if change.changed:
            self.sheet_history.push(change)
        return change

    # -- co-hosts: presence and control of the clock ---------------------------------------------------

    def join(self) -> Changes:
        """Tell the co-hosts this instance is here; a moderator takes control if nobody has it."""
        if self.store.read_only or self.me is None or self._closed:
            return NOTHING
        changes = self.heartbeat()
        if self.me.role is HostRole.MODERATOR and self.control.instance_id != self.me.id:
            try:
                self._change_control(lambda c, i, now, me: cohosts.claim_on_join(c, me, i, now))
                changes = changes | Changes(presence=True)
            except UserError:
                pass  # someone present controls the clock: this instance follows
        return self._announce(changes)

    def heartbeat(self) -> Changes:
        """Say this instance is here, and learn who else is and who controls the clock."""
        me = self.beat_instance()
        if me is None:
            return NOTHING
        return self.heard(self.send_heartbeat(me))

    def beat_instance(self) -> Instance | None:
        """This instance as a heartbeat says it now, or None when no beat is due (offline,
        read-only, closed, a command).

        :meth:`heartbeat` in three parts, for a client that beats on another thread: it
        passes this to :meth:`send_heartbeat` there, and what came back to :meth:`heard`
        on its own thread.
        """
        if not self.online or self.store.read_only or self.me is None or self._closed:
            return None
        self.me = replace(self.me, last_seen=self.clock.now())
        self._beat_control = self.control
        return self.me

    def send_heartbeat(self, me: Instance) -> tuple[Control, tuple[Instance, ...]] | BaseException:
        """Store the heartbeat of ``me``; what the store says, or what it raised (for
        :meth:`heard`). Only the store is touched: any thread may call it, for a shared
        event (whose store beats on a connection of its own)."""
        try:
            return self.store.heartbeat(me)
        except Exception as error:
            return error

    def heard(self, result: tuple[Control, tuple[Instance, ...]] | BaseException) -> Changes:
        """What a heartbeat brought back: who is here and who controls the clock.

        Control read by a beat that began before this client read or changed control
        anew (a delta read, a hand-over: a new ``control`` object) is the older news and
        is left out. An error: offline when the shared event is away, else raised.
        """
        if self._closed:
            return NOTHING
        if isinstance(result, BaseException):
            if isinstance(result, UserError) and _is_offline_error(result):
                return self._announce(self._went_offline())
            raise result
        control, instances = result
        if self.control is not self._beat_control:
            control = self.control
        if (control, instances) == (self.control, self.instances):
            return NOTHING
        self.control, self.instances = control, instances
        return self._announce(Changes(presence=True))

    def _set_identity(self, name: str, role: HostRole) -> Changes:
        if self.me is None:
            return NOTHING
        self.me = replace(self.me, name=name, role=role)
        self.actor = self.me.label
        if not self.store.read_only:
            self.heartbeat()
        return Changes(presence=True)

    def _change_control(self, change: Callable[[Control, tuple[Instance, ...], datetime, Instance], Control]) -> Control:
        now = self.clock.now()
        me = self._me_now(now)
        if me is None:
            raise cohosts.ControlError(cohosts.NOT_YOURS)
        result = self._write(lambda: self.store.change_control(lambda c, i: change(c, i, now, me), now=now, by=self.actor))
        self.control = result
        self.instances = self.store.instances()
        return result

    # -- the connection --------------------------------------------------------------------------------

    def _went_offline(self) -> Changes:
        if not self.online:
            return NOTHING
        self.online = False
        return Changes(connection=True)

    def probe(self) -> bool:
        """Whether the shared event answers again (blocking: call it off the GUI thread)."""
        probe = getattr(self.store, "probe", None)
        return True if probe is None else bool(probe())

    def reconnect(self) -> bool:
        """Try the shared event again; on success catch up and send what was entered meanwhile."""
        if self.online or self._watcher is None:
            return True
        try:
            self._watcher.reconnect()  # type: ignore[union-attr]
            self.online = True
            if self._outbox:
                # What was done offline is written first, from the state as stored: the
                # entries this instance logged meanwhile are read back with their ids.
                self.log = tuple(entry for entry in self.log if entry.id is not None)
                if not self._flush_outbox():
                    return False
                changes = Changes(live=True, log=True, questions=True, pending=True)
            else:
                changes = NOTHING
            changes = changes | self._reload() | Changes(connection=True)
        except UserError as error:
            if not _is_offline_error(error):
                raise
            self.online = False
            return False
        self.heartbeat()
        self._announce(changes | self._read())
        return True

    def close(self, *, leave: bool = True) -> None:
        """Close the event; ``leave``: tell the co-hosts this instance is gone."""
        if self._closed:
            return
        self._closed = True
        if leave and self.online and self.me is not None and not self.store.read_only:
            try:
                self.store.leave(replace(self.me, last_seen=self.clock.now()))
            except UserError:
                pass  # the others see this instance go quiet instead
        if self._watcher is not None:
            self._watcher.close()
        self.store.close()
