"""The run sheet being edited: the sheet as last stored, the undo stack, and the writes.

Every edit is a run-sheet operation stored with ``store.change_run_sheet(op)``, which
applies it to the sheet as the file holds it at that instant; the change that comes back
(with the ids the file gave) becomes the sheet shown and a step on the undo stack, as
:class:`~moderator.domain.run_sheet.RunSheetUndo` describes. Changes made elsewhere (a
co-host, the cockpit's re-planning, another editor) arrive through the cockpit's
:class:`EventSession`, which watches the file's change feed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from moderator.domain.errors import UserError
from moderator.domain.run_sheet import (
    RunSheet,
    RunSheetChange,
    RunSheetConflict,
    RunSheetError,
    RunSheetOp,
    RunSheetUndo,
)
from moderator.ui.event_session import EventSession


def same_sheet(a: RunSheet, b: RunSheet) -> bool:
    """The same event, slots and people (a store reads people in any order)."""
    return a.event == b.event and a.slots == b.slots and set(a.people) == set(b.people)


class RunSheetSession(QObject):
    """Applies the editor's operations to the event file and keeps the undo stack.

    Signals:
        sheet_changed(object): the sheet changed; the argument is the ``RunSheetChange``
            of this editor's edit (to select what it made), or ``None`` for a change
            that came from elsewhere.
        failed(object): an edit, undo or redo was refused; the argument is the UserError.
        conflicted(object, object): an edit met a change made elsewhere to the same field
            meanwhile (nothing was written); the arguments are the ``RunSheetConflict``
            and the operation, to show both versions and offer to save the user's.
        history_changed(): what Undo and Redo would do changed.
    """

    sheet_changed = Signal(object)
    failed = Signal(object)
    conflicted = Signal(object, object)
    history_changed = Signal()

    def __init__(self, event_session: EventSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.event_session = event_session
        self.sheet = RunSheet.from_snapshot(event_session.snapshot)
        self.undo_stack = RunSheetUndo()
        #: Why the last edit was refused (``None`` if it was stored).
        self.last_error: UserError | None = None
        event_session.snapshot_changed.connect(self._on_snapshot_changed)

    @property
    def read_only(self) -> bool:
        return self.event_session.read_only

    def apply(self, op: RunSheetOp, *, quiet: bool = False) -> RunSheetChange | None:
        """Store a new edit; ``None`` if it was refused, with ``failed`` emitted unless
        ``quiet`` (a dialog that shows the error itself reads :attr:`last_error`)."""
        change = self._store(op, quiet=quiet)
        if change is not None:
            self.undo_stack.push(change)
            self._took(change)
        return change

    def undo(self) -> RunSheetChange | None:
        """Take back the last edit in the file."""
        op = self.undo_stack.undo_op()
        if op is None:
            return None
        change = self._store(op, history=True)
        if change is not None:
            self.undo_stack.record_undone(change)
            self._took(change)
        return change

    def redo(self) -> RunSheetChange | None:
        """Do the last undone edit again in the file."""
        op = self.undo_stack.redo_op()
        if op is None:
            return None
        change = self._store(op, history=True)
        if change is not None:
            self.undo_stack.record_redone(change)
            self._took(change)
        return change

    def reload(self) -> None:
        """Read the sheet the cockpit's session holds now (after a change elsewhere)."""
        self.event_session.refresh_if_changed()
        self._on_snapshot_changed()

    # -- internals -----------------------------------------------------------------------------

    def _store(self, op: RunSheetOp, *, history: bool = False, quiet: bool = False) -> RunSheetChange | None:
        self.last_error = None
        try:
            return self.event_session.store.change_run_sheet(op)
        except UserError as error:
            self.last_error = error
            if history and isinstance(error, RunSheetError):
                # Someone else changed the sheet since: this step, and every one before
                # it, would overwrite their change. The history ends here.
                self.undo_stack.clear()
                self.history_changed.emit()
            # What we showed may be stale (that is often why an edit does not apply):
            # the other version is on screen before the error is.
            self.reload()
            if not quiet and isinstance(error, RunSheetConflict):
                self.conflicted.emit(error, op)
            elif not quiet:
                self.failed.emit(error)
            return None

    def _took(self, change: RunSheetChange) -> None:
        self.history_changed.emit()
        if not change.changed:
            return
        self.sheet = change.sheet
        self.sheet_changed.emit(change)
        # The cockpit reads the change now rather than at its next poll.
        self.event_session.refresh_if_changed()

    def _on_snapshot_changed(self) -> None:
        sheet = RunSheet.from_snapshot(self.event_session.snapshot)
        if not same_sheet(sheet, self.sheet):
            self.sheet = sheet
            self.sheet_changed.emit(None)
