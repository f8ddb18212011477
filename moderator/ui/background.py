"""Running one slow function (an import, creating an event file) off the GUI thread.

The app's asyncio loop (qasync) is not there in every caller: the tests drive the widgets
without it. A :class:`BackgroundTask` therefore runs on Qt's thread pool and reports
through Qt signals, which Qt queues to the GUI thread; it works with or without asyncio.

A Python thread cannot be stopped from outside. :meth:`BackgroundTask.cancel` drops the
result instead: the function runs to its end (the importers bound their work, see
:mod:`moderator.importers.ics`), and neither ``succeeded`` nor ``failed`` fires.

The GUI stays responsive while the function runs because CPython hands the interpreter to
the waiting GUI thread every switch interval (5 ms): the importers are Python code, or C
calls of a few milliseconds (expat on a schedule, SQLite on the new file). One C call is
long: a full collection of the cyclic garbage collector walks every object in the process
while holding the interpreter, and during a big import there are many more (icalendar's
parse tree of a 5,000-event calendar adds ~150,000: 100 ms and more per collection, several
per import). So a task made with ``pause_gc=True`` pauses the collector while it runs;
reference counting still frees what the importers drop (they leave next to no cycles
behind), and the collector resumes when the last such task ends.

The app's own objects are the other half of a full collection's work (~100,000 of them,
~110 ms on a slow machine). :func:`freeze_heap` leaves them out of collections for a while
(``gc.freeze``: they stay alive and reference-counted, only the cycle finder skips them)
and :func:`thaw_heap` puts them back; a flow that runs several tasks with the organiser in
between (import, preview, create) holds them out for its whole run. Cyclic garbage among
those objects waits for the thaw.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot


_gc_lock = threading.Lock()
_gc_pausing = 0  # tasks running with pause_gc
_gc_was_enabled = True


def _pause_gc() -> None:
    global _gc_pausing, _gc_was_enabled
    with _gc_lock:
        if _gc_pausing == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausing += 1


def _resume_gc() -> None:
    global _gc_pausing
    with _gc_lock:
        _gc_pausing -= 1
        if _gc_pausing == 0 and _gc_was_enabled:
            gc.enable()


_freezes = 0  # flows holding the heap out of collections


def freeze_heap() -> None:
    """Leave the objects that exist now out of garbage collections, until :func:`thaw_heap`."""
    global _freezes
    with _gc_lock:
        if _freezes == 0:
            gc.freeze()
        _freezes += 1


def thaw_heap() -> None:
    """Undo one :func:`freeze_heap`; the last one puts the objects back into collections."""
    global _freezes
    with _gc_lock:
        _freezes -= 1
        if _freezes == 0:
            gc.unfreeze()


class _Relay(QObject):
    """Carries the outcome from the worker thread to the GUI thread.

    It lives in the GUI thread (made there) and is emitted from the worker, so Qt queues
    the call to :meth:`BackgroundTask._deliver`. The worker keeps it alive until it has
    emitted, even if the task is gone by then.

    Signals:
        ended(object, object): the function's result and the exception it raised (one of
            them is None).
    """

    ended = Signal(object, object)


class BackgroundTask(QObject):
    """One call of ``work`` on a worker thread, reported on the GUI thread.

    Signals:
        succeeded(object): ``work`` returned this value (not after :meth:`cancel`).
        failed(object): ``work`` raised this exception, its traceback attached (not after
            :meth:`cancel`).
        ended(): the worker is done, whether or not the outcome was wanted; after
            ``succeeded`` or ``failed``.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None, *, pause_gc: bool = False) -> None:
        super().__init__(parent)
        self._work = work
        self._pause_gc = pause_gc
        self._relay = _Relay()
        self._relay.ended.connect(self._deliver)
        self._cancelled = False
        self._started = False
        self._done = threading.Event()

    @property
    def running(self) -> bool:
        """Started and not yet finished (a cancelled task runs on until its end)."""
        return self._started and not self._done.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start ``work`` on ``pool`` (Qt's global pool by default)."""
        if self._started:
            raise RuntimeError("a BackgroundTask runs once")
        self._started = True
        work, relay, done, pause_gc = self._work, self._relay, self._done, self._pause_gc

        def run() -> None:
            result: Any = None
            error: BaseException | None = None
            if pause_gc:
                _pause_gc()
            try:
                result = work()
            except BaseException as raised:  # noqa: BLE001 - every outcome goes to the GUI thread
                error = raised
            finally:
                if pause_gc:
                    _resume_gc()
            done.set()
            relay.ended.emit(result, error)

        (pool or QThreadPool.globalInstance()).start(run)

    def cancel(self) -> None:
        """Drop the outcome: no ``succeeded``/``failed`` will fire (``ended`` still does)."""
        self._cancelled = True

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker is done (for shutting down and for tests)."""
        return self._done.wait(timeout_s)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if not self._cancelled:
            if isinstance(error, BaseException):
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)
        self.ended.emit()
