"""The run sheet being edited: the sheet as last stored, and the editor's edits.

Every edit is a run-sheet operation run by the application service
(:class:`~moderator.app.operations.EditRunSheet`), which applies it to the sheet as the
event holds it at that instant and keeps this client's run-sheet undo history (shared with
the cockpit's re-planning, which is a run-sheet operation too). The change that comes back
(with the ids the store gave) becomes the sheet shown. Changes made elsewhere (a co-host,
another editor) arrive through the cockpit's :class:`EventSession`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from moderator.app import operations as ops
from moderator.domain.errors import UserError
from moderator.domain.run_sheet import (
    RunSheet,
    RunSheetChange,
    RunSheetConflict,
    RunSheetOp,
    RunSheetUndo,
)
from moderator.ui.event_session import Changes, EventSession


def same_sheet(a: RunSheet, b: RunSheet) -> bool:
    """The same event, slots and people (a store reads people in any order)."""
    return a.event == b.event and a.slots == b.slots and set(a.people) == set(b.people)


class RunSheetSession(QObject):
    """Runs the editor's operations through the event's service and follows the sheet.

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
        #: Why the last edit was refused (``None`` if it was stored).
        self.last_error: UserError | None = None
        self._running = False
        event_session.changed.connect(self._on_changed)

    @property
    def undo_stack(self) -> RunSheetUndo:
        """This client's run-sheet history (kept by the service)."""
        return self.event_session.service.sheet_history

    @property
    def read_only(self) -> bool:
        return self.event_session.read_only

    def apply(self, op: RunSheetOp, *, quiet: bool = False) -> RunSheetChange | None:
        """Store a new edit; ``None`` if it was refused, with ``failed`` emitted unless
        ``quiet`` (a dialog that shows the error itself reads :attr:`last_error`)."""
        return self._run(ops.EditRunSheet(op), op, quiet=quiet)

    def undo(self) -> RunSheetChange | None:
        """Take back the last edit in the file."""
        return self._run(ops.UndoRunSheet(), None)

    def redo(self) -> RunSheetChange | None:
        """Do the last undone edit again in the file."""
        return self._run(ops.RedoRunSheet(), None)

    def reload(self) -> None:
        """Read the sheet the cockpit's session holds now (after a change elsewhere)."""
        self.event_session.refresh_if_changed()
        self._follow()

    # -- internals -----------------------------------------------------------------------------

    def _run(self, operation: ops.Operation, op: RunSheetOp | None, *, quiet: bool = False) -> RunSheetChange | None:
        self.last_error = None
        self._running = True
        try:
            changes = self.event_session.run_operation(operation)
        except UserError as error:
            self._running = False
            self.last_error = error
            self.history_changed.emit()  # a refused undo may have ended the history
            # What we showed may be stale (that is often why an edit does not apply):
            # the other version is on screen before the error is.
            self.reload()
            if not quiet and isinstance(error, RunSheetConflict) and op is not None:
                self.conflicted.emit(error, op)
            elif not quiet:
                self.failed.emit(error)
            return None
        finally:
            self._running = False
        change = changes.result if isinstance(changes.result, RunSheetChange) else None
        self.history_changed.emit()
        if change is not None and change.changed:
            self.sheet = change.sheet
            self.sheet_changed.emit(change)
        return change

    def _on_changed(self, changes: Changes) -> None:
        if changes.history and not self._running:
            self.history_changed.emit()  # the cockpit re-planned
        if changes.run_sheet and not self._running:
            self._follow()

    def _follow(self) -> None:
        sheet = RunSheet.from_snapshot(self.event_session.snapshot)
        if not same_sheet(sheet, self.sheet):
            self.sheet = sheet
            self.sheet_changed.emit(None)
