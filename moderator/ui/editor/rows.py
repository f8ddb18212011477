"""A table model whose rows are keyed values: it tells the view exactly what changed.

The editor's models (slots, people, a slot's participants) each turn a new run sheet into
rows of display values keyed by id, and hand them to :meth:`KeyedRowsModel.set_rows`. It
compares them with the rows before and signals the smallest change: cells that changed, a
row that moved (``beginMoveRows``: a drag or Ctrl+Up), one inserted or removed row, or,
for anything bigger (a pasted agenda, an undo of it), a reset. Selection and scroll
position stay put for all but the reset; the window restores the selection by id there.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class KeyedRowsModel(QAbstractTableModel, Generic[RowT]):
    """Rows of ``RowT`` (frozen values, compared with ``==``), each with a unique key."""

    #: The number of columns; set by each subclass.
    COLUMNS = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[Hashable] = []
        self._rows: list[RowT] = []

    def key_at(self, row: int) -> Hashable | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def set_rows(self, keys: Sequence[Hashable], rows: Sequence[RowT]) -> None:
        """Take the new rows; signal only what changed (see the module)."""
        new_keys, new_rows = list(keys), list(rows)
        old_keys = self._keys
        if new_keys == old_keys:
            self._update(new_rows)
            return
        before = dict(zip(old_keys, self._rows, strict=True))
        moved = _single_move(old_keys, new_keys)
        if moved is not None:
            source, destination = moved
            # Qt's destination is the row *before which* the row goes, counted before the
            # move; moving down therefore names the row after the new place.
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination + 1 if destination > source else destination)
            self._keys = new_keys
            self._rows = [before[key] for key in new_keys]
            self.endMoveRows()
            self._update(new_rows)
            return
        if len(new_keys) == len(old_keys) + 1:
            at = next((i for i, key in enumerate(old_keys) if new_keys[i] != key), len(old_keys))
            if new_keys[:at] + new_keys[at + 1 :] == old_keys:
                self.beginInsertRows(QModelIndex(), at, at)
                self._keys = new_keys
                self._rows = self._rows[:at] + [new_rows[at]] + self._rows[at:]
                self.endInsertRows()
                self._update(new_rows)
                return
        if len(new_keys) == len(old_keys) - 1:
            at = next((i for i, key in enumerate(new_keys) if old_keys[i] != key), len(new_keys))
            if old_keys[:at] + old_keys[at + 1 :] == new_keys:
                self.beginRemoveRows(QModelIndex(), at, at)
                self._keys = new_keys
                self._rows = self._rows[:at] + self._rows[at + 1 :]
                self.endRemoveRows()
                self._update(new_rows)
                return
        self.beginResetModel()
        self._keys, self._rows = new_keys, new_rows
        self.endResetModel()

    def _update(self, new_rows: list[RowT]) -> None:
        """After a move, insert or removal: the rows whose values changed as well (linked
        starts move the later slots; the findings change)."""
        changed = [row for row, (a, b) in enumerate(zip(self._rows, new_rows, strict=True)) if a != b]
        self._rows = new_rows
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.COLUMNS - 1))

    def refresh_all(self) -> None:
        """Every cell may read differently (the language changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS


def _single_move(old: list[Hashable], new: list[Hashable]) -> tuple[int, int] | None:
    """If ``new`` is ``old`` with one item moved, (its old row, its new row)."""
    if len(old) != len(new) or set(old) != set(new):
        return None
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b), None)
    if first is None:
        return None
    last = len(old) - 1 - next(i for i, (a, b) in enumerate(zip(reversed(old), reversed(new), strict=True)) if a != b)
    if old[first] == new[last] and old[first + 1 : last + 1] == new[first:last]:
        return first, last
    if old[last] == new[first] and old[first:last] == new[first + 1 : last + 1]:
        return last, first
    return None
