"""The run sheet as a Qt table model: planned and projected times, who is on.

A thin adapter: the rows are the domain's slots, the projected and actual times come from
the clock reading. The model only formats and signals what changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont


from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.clock import ClockReading, Phase
from moderator.domain.model import KIND_NAMES, EventSnapshot, Slot, SlotKind

Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: SlotKind) -> str:
    return QCoreApplication.translate("kinds", KIND_NAMES[kind])


class _Row(NamedTuple):
    """One run-sheet row as shown (a named tuple: defined at every start, it must be cheap)."""

    planned: str
    now: str
    length: str
    title: str
    kind: str
    people: str
    full_people: str
    state: str  # "done", "current", "later"


COLUMN_HEADERS = (
    QT_TRANSLATE_NOOP("RunSheetModel", "Planned"),
    QT_TRANSLATE_NOOP("RunSheetModel", "Actual / expected"),
    QT_TRANSLATE_NOOP("RunSheetModel", "Length"),
    QT_TRANSLATE_NOOP("RunSheetModel", "Slot"),
    QT_TRANSLATE_NOOP("RunSheetModel", "Kind"),
    QT_TRANSLATE_NOOP("RunSheetModel", "People"),
)
CURRENT_BACKGROUND = QColor("#fff3bf")
DONE_FOREGROUND = QColor("#868e96")

# The roles and the alignment as plain ints: data() runs for every cell and role when the
# view sizes its columns, and each read of a Qt enum member runs Python code (enum's
# descriptor), each "|" of two flags creates a member.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _hm(value: datetime, zone: ZoneInfo) -> str:
    local = value.astimezone(zone)
    return f"{local.hour:02d}:{local.minute:02d}"


class RunSheetModel(QAbstractTableModel):
    """Rows are slots; columns as in :data:`COLUMN_HEADERS`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._slots: tuple[Slot, ...] = ()
        self._key: tuple[object, ...] = ()

    def invalidate(self) -> None:
        """Rebuild the rows at the next update (after a change of language)."""
        self._key = ()

    def slot_at(self, row: int) -> Slot | None:
        return self._slots[row] if 0 <= row < len(self._slots) else None

    def update_from(self, snapshot: EventSnapshot, reading: ClockReading) -> None:
        """Take the new state; signal only the cells that changed.

        Called at every repaint: the rows are rebuilt only when something they show can
        have changed (the snapshot, the slot on air, the phase, an expected start's minute).
        """
        key = (
            id(snapshot),
            reading.phase,
            reading.slot_index,
            tuple(start.replace(second=0, microsecond=0) for start in reading.projected_starts),
        )
        if key == self._key:
            return
        self._key = key
        rows = self._build(snapshot, reading)
        if snapshot.slots != self._slots or len(rows) != len(self._rows):
            self.beginResetModel()
            self._slots = snapshot.slots
            self._rows = rows
            self.endResetModel()
            return
        for index, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[index] = new
                self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    def _build(self, snapshot: EventSnapshot, reading: ClockReading) -> list[_Row]:
        zone = ZoneInfo(snapshot.event.timezone)
        people = {p.id: p for p in snapshot.people}
        rows = []
        for index, slot in enumerate(snapshot.slots):
            if reading.phase is Phase.ENDED:
                state = "done"
            elif reading.phase is Phase.BEFORE_SHOW or reading.slot_index is None:
                state = "later"
            else:
                state = "done" if index < reading.slot_index else "current" if index == reading.slot_index else "later"
            expected = reading.projected_starts[index] if index < len(reading.projected_starts) else slot.start
            names = ", ".join(
                people[p.person_id].name.split()[-1] for p in slot.participants if p.person_id in people
            )
            rows.append(
                _Row(
                    planned=_hm(slot.start, zone),
                    now=_hm(expected, zone),
                    length=f"{int(slot.duration.total_seconds() // 60)}′",
                    title=slot.title,
                    kind=kind_name(slot.kind),
                    people=names,
                    full_people="\n".join(
                        people[p.person_id].display_name + (f" ({people[p.person_id].organisation})" if people[p.person_id].organisation else "")
                        for p in slot.participants
                        if p.person_id in people
                    ),
                    state=state,
                )
            )
        return rows

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMN_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMN_HEADERS):
            return QCoreApplication.translate("RunSheetModel", COLUMN_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return (row.planned, row.now, row.length, row.title, row.kind, row.people)[index.column()]
        if role == _TOOLTIP:
            return row.full_people if index.column() == 5 else None
        if role == _BACKGROUND and row.state == "current":
            return QBrush(CURRENT_BACKGROUND)
        if role == _FOREGROUND:
            return QBrush(DONE_FOREGROUND) if row.state == "done" else QBrush(QColor("#111111")) if row.state == "current" else None
        if role == _FONT and row.state == "current":
            font = QFont()
            font.setBold(True)
            return font
        if role == _ALIGNMENT and index.column() in (0, 1, 2):
            return _RIGHT
        return None
