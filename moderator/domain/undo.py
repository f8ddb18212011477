"""Undo and redo steps: one history shape for the question queue and the run sheet.

A step is an operation (an intent) that takes a change back; undoing applies it to the
state as it is now, and the change that comes back holds the step that redoes it. The
history only keeps the steps; the queue's :class:`~moderator.domain.queue.UndoStack` and
the editor's :class:`~moderator.domain.run_sheet.RunSheetUndo` say which step a change
holds. The caller's flow::

    change = persist(op);               history.push(change)          # a new action
    op = history.undo_op(); change = persist(op); history.record_undone(change)  # undo
    op = history.redo_op(); change = persist(op); history.record_redone(change)  # redo

If ``persist`` raises, nothing is recorded and the step stays where it was. A new action
clears the redo steps, as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Generic, TypeVar

#: How many steps a history keeps.
UNDO_LIMIT: Final = 200

Step = TypeVar("Step")


class UndoHistory(Generic[Step]):
    """The undo and redo steps of one instance, ``limit`` deep (see the module)."""

    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self._limit = limit
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    @property
    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return bool(self._redo)

    def undo_op(self) -> Step | None:
        """The operation that takes back the last step (``None``: nothing to undo)."""
        return self._undo[-1] if self._undo else None

    def redo_op(self) -> Step | None:
        """The operation that does the last undone step again (``None``: nothing to redo)."""
        return self._redo[-1] if self._redo else None

    def clear(self) -> None:
        """Forget every step (another event opened)."""
        self._undo.clear()
        self._redo.clear()

    def _new_step(self, step: Step | None) -> None:
        """A new action's undo step (``None``: it changed nothing); clears the redo steps."""
        if step is not None:
            self._keep(self._undo, step)
            self._redo.clear()

    def _undone(self, redo: Step | None) -> None:
        """The last step was undone; ``redo`` does it again."""
        self._move(self._undo, self._redo, redo)

    def _redone(self, undo: Step | None) -> None:
        """The last undone step was done again; ``undo`` takes it back."""
        self._move(self._redo, self._undo, undo)

    def _move(self, done: list[Step], into: list[Step], step: Step | None) -> None:
        """The last step of ``done`` was applied; ``step`` (if any) goes back ``into``."""
        if done:
            done.pop()
        if step is not None:
            self._keep(into, step)

    def _keep(self, steps: list[Step], step: Step) -> None:
        steps.append(step)
        del steps[: -self._limit]

    def _map_steps(self, change: Callable[[Step], Step]) -> None:
        """Rewrite every kept step (ids a store gave, see ``RunSheetUndo``)."""
        self._undo[:] = [change(step) for step in self._undo]
        self._redo[:] = [change(step) for step in self._redo]
