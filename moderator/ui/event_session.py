"""The Qt side of an open event: the application service, with a clock and a signal.

A thin adapter over :class:`moderator.app.service.EventService`, which owns every rule
and every write. This object adds what needs Qt's event loop: it polls the event file's
change feed (or waits on a shared event's notification socket), beats the co-host
heartbeat, retries a lost connection in the background, and turns what the service
announces into one ``changed(changes)`` signal. Widgets read the service's state through
it and ask for changes with :meth:`run` (or the one-line helpers below, which only name
an operation).

A shared event's server may be a network away: every statement waits a round trip. So
that the cockpit never stalls on it, its writes run on a worker thread while the GUI
thread goes on with its events (the clock counts and paints), and its heartbeat runs on a
thread of its own (see :meth:`EventSession.run` and :meth:`EventSession.heartbeat`).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QFileSystemWatcher,
    QObject,
    QSocketNotifier,
    QTimer,
    Signal,
)

from moderator.app.service import NOT_CONNECTED, Changes, EventService, NotConnected
from moderator.domain.clock import ClockReading
from moderator.domain.handoffs import Span
from moderator.domain import cohosts
from moderator.domain import queue
from moderator.domain.cohosts import Control, HostRole, Instance
from moderator.domain.errors import UserError
from moderator.domain.live_undo import LiveHistory, LiveStep, SpeakerState
from moderator.domain.model import EventSnapshot, Handoff, LogEntry, Question, QuestionSource, QuestionStatus, Slot
from moderator.domain.run_sheet import RunSheetConflict
from moderator.domain.timesource import Clock
from moderator.lazy import lazy_module
from moderator.persistence import EventStore

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from moderator.app import operations as ops
    from moderator.domain import queue_ops
else:  # the operations load after the first paint (see moderator.lazy)
    ops = lazy_module("moderator.app.operations")
    queue_ops = lazy_module("moderator.domain.queue_ops")

__all__ = ["NOT_CONNECTED", "Changes", "EventSession", "NotConnected"]

_T = TypeVar("_T")

#: How often the file is asked whether anyone committed (PRAGMA data_version, ~10 µs).
POLL_INTERVAL_MS = 200
#: Once the file system has told of a write to the event file's WAL (inotify and the
#: like), commits wake the session up by themselves; the poll is then only a safety net.
WATCHED_POLL_INTERVAL_MS = 2000
#: A shared event wakes up on its notification socket; this poll is only a safety net.
SHARED_POLL_INTERVAL_MS = 2000
#: How often a lost connection to the shared event is tried again.
RECONNECT_INTERVAL_MS = 2000


class EventSession(QObject):
    """An event opened in the app.

    Signals:
        changed(Changes): the event, this client's history, the co-hosts or the connection
            changed (by this client or anyone else); the argument says what.
        failed(object): an operation was refused or a read failed; the argument is the UserError.
        conflict(object, object): an edit met a change someone else made meanwhile;
            nothing was written. The arguments are the conflict (its ``current`` is their
            version) and the queue or run-sheet operation that was refused.
    """

    changed = Signal(object)
    failed = Signal(object)
    conflict = Signal(object, object)
    _probed = Signal(bool)
    #: A heartbeat's result (or its error), from its thread.
    _beaten = Signal(object)
    #: A call to make on the GUI thread (the service's listeners, from a write's thread).
    _delivered = Signal(object)
    #: A write on the worker thread is done (wakes the GUI thread that waits for it).
    _worked = Signal()

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
        journal_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = EventService(
            store, time_source, name=name, role=role, instance_id=instance_id, journal_dir=journal_dir
        )
        self.service.subscribe(self.changed.emit)
        self._gui_thread = threading.get_ident()
        #: Past the constructor: a join from there runs at once (no events in a constructor).
        self._constructed = False
        #: A write under way on the worker thread (only one at a time).
        self._busy = False
        self._worker: ThreadPoolExecutor | None = None
        #: What waits for the write under way (a heartbeat's news, a read of the change feed).
        self._after_write: list[Callable[[], None]] = []
        self._beating: threading.Thread | None = None
        self._beaten.connect(self._on_beaten)
        self._delivered.connect(self._call)
        self._worked.connect(self._woken)
        if store.shared:
            # The service's listeners (this signal, the stream server's) run on this thread.
            self.service.deliver = self._deliver
        #: False when this instance reopens the same event: its presence and control carry on.
        self.leave_on_close = True
        self._closed = False
        self._notifier: QSocketNotifier | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(SHARED_POLL_INTERVAL_MS if store.shared else POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._polled)
        self._poll.start()
        self._listen()
        self._wal: str | None = None
        self._files: QFileSystemWatcher | None = None
        self._watch_file()
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_INTERVAL_MS)
        self._reconnect.timeout.connect(self._probe)
        self._probing = False
        self._probed.connect(self._on_probed)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(cohosts.HEARTBEAT.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.beat)
        self.changed.connect(self._on_changed)
        # After a suspend, a clock whose elapsed time stood still catches up (see
        # SystemClock.check_asleep). A clock that counts through it (Linux's boot clock)
        # needs no look each second: every wake-up of an idle app costs CPU.
        self._wake = QTimer(self)
        self._wake.setInterval(1000)
        self._wake.timeout.connect(self._check_asleep)
        if hasattr(self.clock, "check_asleep") and not getattr(self.clock, "counts_asleep", False):
            self._wake.start()
        if not join_later:
            self.join()
        self._constructed = True

    # -- what the service holds, for the views ------------------------------------------------

    @property
    def store(self) -> EventStore:
        return self.service.store

    @property
    def clock(self) -> Clock:
        return self.service.clock

    @property
    def snapshot(self) -> EventSnapshot:
        return self.service.snapshot

    @property
    def log(self) -> tuple[LogEntry, ...]:
        return self.service.log

    @property
    def actual_starts(self) -> dict[int, datetime]:
        return self.service.actual_starts

    @property
    def handoffs(self) -> tuple[Handoff, ...]:
        return self.service.handoffs

    @property
    def pauses(self) -> tuple[Span, ...]:
        return self.service.pauses

    @property
    def control(self) -> Control:
        return self.service.control

    @property
    def instances(self) -> tuple[Instance, ...]:
        return self.service.instances

    @property
    def me(self) -> Instance:
        assert self.service.me is not None  # the app is always an instance
        return self.service.me

    @property
    def online(self) -> bool:
        return self.service.online

    @property
    def pending(self) -> list[ops.PendingQuestion]:
        return self.service.pending

    @property
    def undo_stack(self) -> queue.UndoStack:
        return self.service.queue_history

    @property
    def live_history(self) -> LiveHistory:
        return self.service.live_history

    @property
    def speaker(self) -> SpeakerState:
        """What the speaker view shows beyond the clock, as stored for every instance."""
        return self.service.speaker

    @property
    def host_name(self) -> str:
        """Who this instance is, recorded with the questions it enters."""
        return self.me.name

    @property
    def read_only(self) -> bool:
        return self.service.read_only

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.service.slots

    @property
    def is_controller(self) -> bool:
        return self.service.is_controller

    def reading(self) -> ClockReading:
        return self.service.reading()

    def current_slot(self) -> Slot | None:
        return self.service.current_slot()

    def others(self) -> tuple[Instance, ...]:
        return self.service.others()

    def controller(self) -> Instance | None:
        return self.service.controller()

    def controller_quiet(self) -> bool:
        return self.service.controller_quiet()

    # -- running operations ---------------------------------------------------------------------

    def run(self, operation: ops.Operation) -> Changes | None:
        """Run an operation through the service; ``None`` if it was refused (``failed`` or
        ``conflict`` says why).

        On a shared event the operation runs on a worker thread, and this call returns
        when it is done, as on an event file; meanwhile the GUI thread goes on with its
        events: the clock counts and paints, and a key pressed meanwhile runs after this
        one. What the service announces reaches ``changed`` on the GUI thread, before this
        call returns.
        """
        try:
            return self.run_operation(operation)
        except (queue.EditConflict, RunSheetConflict) as conflict:
            inner = getattr(operation, "op", operation)
            self.conflict.emit(conflict, inner)
        except UserError as error:
            self.failed.emit(error)
        return None

    def run_operation(self, operation: ops.Operation) -> Changes:
        """Run an operation as :meth:`run` does (on the worker thread for a shared event),
        raising what refuses it: for a panel that shows its errors itself (the run-sheet
        editor, the readiness board)."""
        if self._shared_io():
            return self._off_thread(lambda: self.service.run(operation))
        return self.service.run(operation)

    def read_store(self, read: Callable[[], _T]) -> _T:
        """``read()``, a read of the store outside the change feed (the readiness board's
        ticks): on the worker thread for a shared event, as :meth:`run` does."""
        if self._shared_io():
            return self._off_thread(read, wrote=False)
        return read()

    def _shared_io(self) -> bool:
        """Whether what goes to the store goes on the worker thread (see :meth:`run`)."""
        return self.store.shared and not _in_task()

    def _off_thread(self, call: Callable[[], _T], *, wrote: bool = True) -> _T:
        """``call()`` on a worker thread, while this (the GUI) thread handles its events.

        ``wrote``: a write (after it, the change feed is read again for what a co-host
        committed meanwhile); a read of the change feed needs no second read.
        """
        if self._closed:  # the worker is shut down: what still comes runs here, as before
            return call()
        while self._busy:  # a key pressed during a write: its turn comes after it
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        self._busy = True
        if self._notifier is not None:
            # NOTE: the socket stays readable until the notification is read, which waits
            # for the write: a level-triggered notifier would wake this loop without end.
            self._notifier.setEnabled(False)
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["value"] = call()
            except BaseException as error:  # raised again on the GUI thread
                outcome["error"] = error
            finally:
                outcome["done"] = True
                self._busy = False
                self._worked.emit()

        if self._worker is None:
            # One thread for every write and read, made once: starting a thread waits
            # until it runs, which under load was a stall of its own.
            from concurrent.futures import ThreadPoolExecutor  # a shared event's only

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shared-event")
        self._worker.submit(work)
        while "done" not in outcome:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        # The listeners' calls the worker queued, all before this returns (as on a file).
        QCoreApplication.sendPostedEvents(self)
        if not self._busy:
            self._after_writes(wrote)
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        return outcome["value"]  # type: ignore[return-value]

    def _after_writes(self, wrote: bool) -> None:
        """What waited for the writes: the news of a heartbeat, the change feed's socket."""
        waiting, self._after_write = self._after_write, []
        for call in waiting:
            call()
        if self._notifier is not None and self.online and not self._closed:
            self._notifier.setEnabled(True)
            if wrote:
                self.refresh_if_changed()  # what a co-host committed while this one wrote

    def _call(self, call: Callable[[], None]) -> None:
        call()

    def _woken(self) -> None:
        """The event of ``_worked`` alone wakes the loop that waits for a write."""

    def _deliver(self, call: Callable[[], None]) -> None:
        """Make ``call`` on the GUI thread: now when on it, else queued (in order)."""
        if threading.get_ident() == self._gui_thread:
            call()
        else:
            self._delivered.emit(call)

    def _ran(self, operation: ops.Operation) -> bool:
        return self.run(operation) is not None

    # Helpers for the keys and menus: each only names an operation.
    def toggle(self) -> bool:
        return self._ran(ops.Toggle())

    def next_slot(self) -> bool:
        return self._ran(ops.NextSlot())

    def previous_slot(self) -> bool:
        return self._ran(ops.PreviousSlot())

    def goto_slot(self, slot_id: int) -> bool:
        return self._ran(ops.GotoSlot(slot_id))

    def add_time(self, seconds: int) -> bool:
        return self._ran(ops.AddTime(seconds))

    def end_show(self) -> bool:
        return self._ran(ops.EndShow())

    def reset_show(self) -> bool:
        return self._ran(ops.ResetShow())

    def hand_off(self, person_id: int) -> bool:
        return self._ran(ops.HandOff(person_id))

    def hand_off_digit(self, digit: int) -> bool:
        changes = self.run(ops.HandOffDigit(digit))
        return changes is not None and changes.live

    def hand_off_next(self) -> bool:
        changes = self.run(ops.HandOffNext())
        return changes is not None and changes.live

    def close_floor(self) -> bool:
        return self._ran(ops.CloseFloor())

    def undo_handoff(self) -> bool:
        return self._ran(ops.UndoHandoff())

    def undo_live(self) -> LiveStep | None:
        """Take back this instance's last live action (``None``: nothing undone)."""
        changes = self.run(ops.UndoLive())
        result = changes.result if changes is not None else None
        return result if isinstance(result, LiveStep) else None

    def speaker_message(self, text: str) -> bool:
        return self._ran(ops.SpeakerMessage(text))

    def speaker_wrap_up(self, on: bool) -> bool:
        return self._ran(ops.SpeakerWrapUp(on))

    def speaker_blackout(self, on: bool) -> bool:
        return self._ran(ops.SpeakerBlackout(on))

    def speaker_blink(self) -> bool:
        return self._ran(ops.SpeakerBlink())

    def move_question(self, question_id: int, before_id: int | None) -> bool:
        return self._ran(ops.ChangeQueue(queue_ops.Move(question_id, before_id)))

    def move_questions(self, question_ids: Sequence[int], before_id: int | None) -> bool:
        """Several questions together (a drag of several rows): one write, one undo step."""
        return self._ran(ops.ChangeQueue(queue_ops.MoveSeveral(tuple(question_ids), before_id)))

    def set_question_status(self, question_id: int, status: QuestionStatus) -> bool:
        return self._ran(ops.ChangeQueue(queue_ops.SetStatus(question_id, status)))

    def vote(self, question_id: int, delta: int = 1) -> bool:
        return self._ran(ops.ChangeQueue(queue_ops.Vote(question_id, delta)))

    def edit_question(self, question_id: int, text: str, based_on: Question | None = None) -> bool:
        """Change a question's wording; ``based_on`` is the question as the editor opened it."""
        return self._ran(ops.ChangeQueue(queue_ops.Edit(question_id, text=text, based_on=based_on)))

    def merge_questions(self, keep_id: int, other_ids: tuple[int, ...], text_from: int | None = None) -> bool:
        return self._ran(ops.ChangeQueue(queue_ops.Merge(keep_id, other_ids, text_from)))

    def undo_queue(self) -> bool:
        changes = self.run(ops.UndoQueue())
        return changes is not None and changes.result is not None

    def redo_queue(self) -> bool:
        changes = self.run(ops.RedoQueue())
        return changes is not None and changes.result is not None

    def add_question(
        self,
        text: str,
        *,
        asked_by: str = "",
        organisation: str = "",
        addressed_to: int | None = None,
        source: QuestionSource = QuestionSource.LIVE,
    ) -> Question | None:
        """Add a question at the end of the queue (kept and sent later while offline)."""
        changes = self.run(ops.AddQuestion(text, asked_by, organisation, addressed_to, source))
        result = changes.result if changes is not None else None
        return result if isinstance(result, Question) else None

    def add_questions(self, drafts: Sequence[Question]) -> tuple[Question, ...]:
        changes = self.run(ops.AddQuestions.of(drafts))
        result = changes.result if changes is not None else None
        return result if isinstance(result, tuple) else ()

    def set_identity(self, name: str, role: HostRole) -> None:
        self.run(ops.SetIdentity(name, role))

    def hand_over(self, instance_id: str) -> bool:
        return self._ran(ops.HandOver(instance_id))

    def take_control(self) -> bool:
        return self._ran(ops.TakeControl())

    # -- the change feed, presence and the connection -------------------------------------------

    def join(self) -> None:
        """Tell the co-hosts this instance is here, and start its heartbeat.

        The app calls this once its window is up (``join_later``): the first write loads
        SQLAlchemy, which the first paint should not wait for.
        """
        if self.read_only or self._heartbeat.isActive() or self._closed:
            return
        if self._busy:  # a key pressed before the window joined: after its write
            self._after_write.append(self.join)
            return
        self._heartbeat.start()
        if self._constructed and self._shared_io():
            self._guard(lambda: self._off_thread(self.service.join))
        else:
            self._guard(self.service.join)

    def heartbeat(self) -> None:
        """Tell the co-hosts this instance is here, and hear who else is, now."""
        self._guard(self.service.heartbeat)

    def beat(self) -> None:
        """The heartbeat timer's beat: :meth:`heartbeat`, but on a shared event on a
        thread of its own (the store's heartbeat connection). Only what it brings back is
        applied here, so a slow network never stalls the cockpit for it. A beat still on
        its way when the next is due is not doubled.
        """
        if not self.store.shared:
            self.heartbeat()
            return
        if self._beating is not None or self._closed:
            return
        me = self.service.beat_instance()
        if me is None:
            return
        send = self.service.send_heartbeat

        def beat() -> None:
            result = send(me)  # applied (or its error raised) on the GUI thread
            try:
                self._beaten.emit(result)
            except RuntimeError:
                pass  # the session is gone (closed with the window); nobody to tell

        self._beating = threading.Thread(target=beat, name="heartbeat", daemon=True)
        self._beating.start()

    def _on_beaten(self, result: object) -> None:
        self._beating = None
        if self._closed:
            return
        heard = self.service.heard

        def apply() -> None:
            self._guard(lambda: heard(result))  # type: ignore[arg-type]

        if self._busy:
            self._after_write.append(apply)
        else:
            apply()

    @property
    def looks_for_suspend(self) -> bool:
        """Whether a timer looks each second whether the machine slept (only for a clock
        that stood still meanwhile)."""
        return self._wake.isActive()

    def _check_asleep(self) -> None:
        check = getattr(self.clock, "check_asleep", None)
        if check is not None:
            check()

    def refresh_if_changed(self) -> None:
        """Read what anyone committed since the last read."""
        self._refresh()

    def _refresh(self) -> Changes | None:
        if self._busy:
            return None  # the write under way reads the change feed, and this again after it
        try:
            if self._shared_io():
                # The read of a co-host's change is a round trip: on the worker thread too.
                return self._off_thread(self.service.refresh, wrote=False)
            return self.service.refresh()
        except UserError as error:
            self.failed.emit(error)
            self._poll.stop()
            return None

    def _watch_file(self) -> None:
        """Wake up when anyone writes the event file's WAL, not only on the poll.

        Every commit to an event file in WAL mode writes its ``-wal`` file. Where the file
        system reports that (local disks; not most network shares), the poll slows down to
        a safety net once the first report came; a poll that finds a commit the watcher
        did not report brings the quick poll back.
        """
        path = self.store.path
        if self.store.shared or path is None:
            return
        self._wal = f"{path}-wal"
        self._files = QFileSystemWatcher(self)
        self._files.fileChanged.connect(self._file_written)
        self._watch_wal()

    def _watch_wal(self) -> None:
        # SQLite removes the WAL when the last connection closes (a watcher drops a removed
        # file) and makes it again on the next write: watch it again once it is back.
        if self._files is not None and self._wal is not None and not self._files.files() and os.path.exists(self._wal):
            self._files.addPath(self._wal)

    def _file_written(self, _path: str) -> None:
        if self._poll.isActive() and self._poll.interval() != WATCHED_POLL_INTERVAL_MS:
            self._poll.setInterval(WATCHED_POLL_INTERVAL_MS)
        self._watch_wal()
        self._refresh()

    def _polled(self) -> None:
        changes = self._refresh()
        self._watch_wal()
        if changes is not None and changes.any and self._files is not None:
            # The watcher has read every commit it told of: this one it missed.
            self._poll.setInterval(POLL_INTERVAL_MS)

    def _guard(self, call: object) -> bool:
        try:
            call()  # type: ignore[operator]
        except UserError as error:
            self.failed.emit(error)
            return False
        return True

    def _listen(self) -> None:
        """Wake up on the shared event's notifications (its socket), not on a timer."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        fileno = getattr(self.service.watcher, "fileno", None)
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.refresh_if_changed)
            # Made during a reconnect on the worker thread: enabled when it is done.
            self._notifier.setEnabled(not self._busy)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.connection:
            return
        if self.online:
            self._reconnect.stop()
            self._listen()
        else:
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            self._reconnect.start()

    def _probe(self) -> None:
        """Ask in the background whether the database answers again.

        Connecting to an unreachable host can take seconds; the cockpit must go on
        counting meanwhile, so only a probe that succeeded leads to :meth:`try_reconnect`
        on the GUI thread.
        """
        if self.online or self._probing or self._closed:
            return
        if getattr(self.store, "probe", None) is None:
            self.try_reconnect()
            return
        self._probing = True

        def run() -> None:
            self._probed.emit(self.service.probe())

        threading.Thread(target=run, name="probe-shared-event", daemon=True).start()

    def _on_probed(self, reachable: bool) -> None:
        self._probing = False
        if reachable and not self._closed:
            self.try_reconnect()

    def try_reconnect(self) -> bool:
        """Try the shared event again; on success catch up and send what was entered meanwhile."""
        if self._busy:
            return False  # the reconnect timer tries again
        try:
            if self._shared_io():
                return self._off_thread(self.service.reconnect)
            return self.service.reconnect()
        except UserError as error:
            self.failed.emit(error)
            return False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._poll.stop()
        self._heartbeat.stop()
        self._reconnect.stop()
        self._wake.stop()
        while self._busy:  # closed from an event handled while a write was under way
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if self._worker is not None:
            self._worker.shutdown(wait=False)
        beating = self._beating
        if beating is not None:
            beating.join(timeout=10)  # its connection closes with the store
        if self._files is not None:
            # Its inotify instance (a limited resource per user) goes with it.
            self._files.fileChanged.disconnect(self._file_written)
            self._files.deleteLater()
            self._files = None
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # before its socket closes (Qt warns otherwise)
        self.service.close(leave=self.leave_on_close)


def _in_task() -> bool:
    """Whether an asyncio task is running on this thread (qasync's loop): there, an
    operation runs at once, as a coroutine expects (a nested loop would run other tasks
    inside this one)."""
    # Until the first paint asyncio is not loaded yet (moderator.ui.app): then no task runs.
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return False
    try:
        return asyncio.current_task() is not None
    except RuntimeError:  # no running loop
        return False
