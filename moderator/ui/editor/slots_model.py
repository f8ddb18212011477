"""The run sheet's slots as an editable Qt table: a thin adapter over :class:`RunSheet`.

The model decides nothing. An edit in a cell, a drop or a keyboard move becomes a
run-sheet operation (``SetDuration``, ``MoveSlot``, ...) that the model hands on with
``edit_requested``; the window stores it, and the new sheet comes back through
:meth:`SlotsModel.set_sheet`, which signals exactly what changed (a moved row is a move,
the later slots of a longer one change their times). So linked starts, pins and the
limits of a slot's length are the domain's, never the model's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Slot, SlotKind
from moderator.domain.run_sheet import RunSheet
from moderator.domain.run_sheet_findings import Finding, FindingKind
from moderator.domain.run_sheet_ops import (
    MoveSlot,
    SetDuration,
    SetEnd,
    SetPinned,
    SetSlotFields,
    SetStart,
)
from moderator.ui.editor.icons import finding_icon
from moderator.ui.editor.rows import Index, KeyedRowsModel
from moderator.ui.editor.texts import clock_text, finding_text, length_text, people_summary
from moderator.ui.run_sheet_model import kind_name

MIME_TYPE = "application/x-moderator-slot-ids"


START, END, LENGTH, PIN, TITLE, KIND, PEOPLE, NOTES = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("SlotsModel", "Start"),
    QT_TRANSLATE_NOOP("SlotsModel", "End"),
    QT_TRANSLATE_NOOP("SlotsModel", "Length"),
    "",  # the pin: its header tip says what it is
    QT_TRANSLATE_NOOP("SlotsModel", "Slot"),
    QT_TRANSLATE_NOOP("SlotsModel", "Kind"),
    QT_TRANSLATE_NOOP("SlotsModel", "People"),
    QT_TRANSLATE_NOOP("SlotsModel", "Moderator notes"),
)
PIN_HEADER_TIP = QT_TRANSLATE_NOOP("SlotsModel", "Pinned: the slot keeps its start when the slots before it change")
EDITABLE = frozenset({START, END, LENGTH, TITLE, KIND})
#: The most serious finding first: its icon stands for the slot.
SEVERITY = (
    FindingKind.OVERLAP, FindingKind.AFTER_END, FindingKind.BEFORE_START,
    FindingKind.NO_TITLE, FindingKind.NO_PEOPLE, FindingKind.GAP,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SlotRow:
    """What one row shows; rows are compared to signal only the cells that changed."""

    slot: Slot
    start: str
    end: str
    length: str
    kind: str
    people: str
    people_tip: str
    notes: str
    findings: tuple[str, ...]
    worst: FindingKind | None


class SlotsModel(KeyedRowsModel[SlotRow]):
    """Rows are the slots in running order, keyed by slot id; columns as in :data:`HEADERS`.

    Signals:
        edit_requested(object): a run-sheet operation the user asked for in the table.
    """

    COLUMNS = len(HEADERS)
    edit_requested = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self._zone = ZoneInfo("UTC")
        self._sheet: RunSheet | None = None
        self._findings: tuple[Finding, ...] = ()

    # -- what the view shows ---------------------------------------------------------------

    def set_sheet(self, sheet: RunSheet, findings: Sequence[Finding] = ()) -> None:
        """Show ``sheet`` (and mark the slots ``findings`` name); signal what changed."""
        self._sheet = sheet
        self._findings = tuple(findings)
        self._zone = ZoneInfo(sheet.event.timezone)
        people = {person.id: person for person in sheet.people if person.id is not None}
        by_slot: dict[int, list[Finding]] = {}
        for finding in findings:
            by_slot.setdefault(finding.slot_id, []).append(finding)
        rows = []
        for slot in sheet.slots:
            found = by_slot.get(slot.id or 0, [])
            kinds = {finding.kind for finding in found}
            rows.append(
                SlotRow(
                    slot=slot,
                    start=clock_text(slot.start, self._zone),
                    end=clock_text(slot.end, self._zone),
                    length=length_text(slot.duration),
                    kind=kind_name(slot.kind),
                    people=people_summary(slot, people),
                    people_tip="\n".join(
                        people[p.person_id].display_name
                        + (f" — {people[p.person_id].organisation}" if people[p.person_id].organisation else "")
                        for p in slot.participants
                        if p.person_id in people
                    ),
                    notes=" ".join(slot.notes.split()),
                    findings=tuple(finding_text(finding) for finding in found),
                    worst=next((kind for kind in SEVERITY if kind in kinds), None),
                )
            )
        self.set_rows([slot.id for slot in sheet.slots], rows)

    def refresh_all(self) -> None:
        """Rebuild every row's texts (the language changed)."""
        if self._sheet is not None:
            self.set_sheet(self._sheet, self._findings)
        super().refresh_all()

    def slot_at(self, row: int) -> Slot | None:
        found = self.row_at(row)
        return found.slot if found is not None else None

    def slot_row(self, slot_id: int) -> int | None:
        return self.row_of(slot_id)

    # -- Qt overrides ----------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            # The slot's number, which the list of people refers to.
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount() else None
        if not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SlotsModel", HEADERS[section]) if HEADERS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole and section == PIN:
            return QCoreApplication.translate("SlotsModel", PIN_HEADER_TIP)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (START, END, LENGTH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.read_only:
            return base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == PIN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column, slot = index.column(), row.slot
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.start, row.end, row.length, "", slot.title, row.kind, row.people, row.notes)[column]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(slot, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == PIN:
            return Qt.CheckState.Checked if slot.pinned else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and row.worst is not None:
            return finding_icon(row.worst)
        if role == Qt.ItemDataRole.FontRole and column == START and slot.pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (START, END, LENGTH):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return slot.id
        return None

    def _edit_value(self, slot: Slot, column: int) -> Any:
        if column in (START, END):
            local = (slot.start if column == START else slot.end).astimezone(self._zone)
            return QTime(local.hour, local.minute, local.second)
        if column == LENGTH:
            return max(1, round(slot.duration.total_seconds() / 60))
        if column == TITLE:
            return slot.title
        if column == KIND:
            return slot.kind.value
        if column == NOTES:
            return slot.notes
        return None

    def _tip(self, row: SlotRow, column: int) -> str | None:
        if column == START:
            if row.slot.pinned:
                return fill(QCoreApplication.translate(
                    "SlotsModel", "Pinned at %1: stays there when the slots before it change"
                ), time=row.start)
            return QCoreApplication.translate("SlotsModel", "Starts when the slot before it ends; setting a start pins it")
        if column == PIN:
            if row.slot.pinned:
                return QCoreApplication.translate("SlotsModel", "Pinned (click to unpin)")
            return QCoreApplication.translate("SlotsModel", "Follows the slot before (click to pin its start)")
        if column == TITLE:
            return "\n".join((row.slot.title, *row.findings)) if row.findings else row.slot.title or None
        if column == PEOPLE:
            return row.people_tip or None
        if column == NOTES:
            return row.slot.notes or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Turn an edit into the run-sheet operation that does it (``edit_requested``).

        The new values arrive with the next :meth:`set_sheet`; a value that does not parse
        (an empty length) is ignored, one the domain refuses comes back as its error.
        """
        slot = self.slot_at(index.row()) if index.isValid() else None
        if slot is None or slot.id is None or self.read_only:
            return False
        op = self._op_for(slot, slot.id, index.column(), value, role)
        if op is None:
            return False
        self.edit_requested.emit(op)
        return True

    def request_edit(self, index: Index, value: Any, based_on: Slot | None) -> bool:
        """An in-place editor's commit: the edit of the cell ``index`` begun on ``based_on``.

        ``based_on`` is the slot as the editor opened it: the operation carries it, so
        that a change made elsewhere to the same field meanwhile is reported
        (``RunSheetConflict``) instead of overwritten. A value the same as in
        ``based_on`` asks for nothing: nothing was typed, and a change made elsewhere
        meanwhile stays. Without a base this is :meth:`setData`.
        """
        if based_on is None or based_on.id is None:
            return self.setData(index, value, Qt.ItemDataRole.EditRole)
        if not index.isValid() or self.read_only:
            return False
        op = self._op_for(based_on, based_on.id, index.column(), value, Qt.ItemDataRole.EditRole, based_on)
        if op is None:
            return False
        self.edit_requested.emit(op)
        return True

    def _op_for(
        self, slot: Slot, slot_id: int, column: int, value: Any, role: int, based_on: Slot | None = None
    ) -> object | None:
        """The operation that sets ``column`` of ``slot`` to ``value`` (``None``: no change)."""
        if role == Qt.ItemDataRole.CheckStateRole and column == PIN:
            pinned = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            return SetPinned(slot_id, pinned) if pinned != slot.pinned else None
        if role != Qt.ItemDataRole.EditRole:
            return None
        if column in (START, END):
            wanted = parse_clock(value)
            if wanted is None:
                return None
            if column == START:
                start = on_day_of(slot.start, wanted, self._zone)
                # An editor closed without a change must not pin the slot.
                return SetStart(slot_id, start, based_on=based_on) if start != slot.start else None
            end = on_day_of(slot.start, wanted, self._zone)
            if end <= slot.start:
                end = on_day_of(slot.start + timedelta(days=1), wanted, self._zone)  # past midnight
            return SetEnd(slot_id, end, based_on=based_on) if end != slot.end else None
        if column == LENGTH:
            duration = parse_length(value)
            return SetDuration(slot_id, duration, based_on=based_on) if duration is not None and duration != slot.duration else None
        if column == TITLE:
            return SetSlotFields(slot_id, title=str(value), based_on=based_on) if str(value) != slot.title else None
        if column == KIND:
            try:
                kind = SlotKind(str(value))
            except ValueError:
                return None
            return SetSlotFields(slot_id, kind=kind, based_on=based_on) if kind != slot.kind else None
        if column == NOTES:
            return SetSlotFields(slot_id, notes=str(value), based_on=based_on) if str(value) != slot.notes else None
        return None

    # -- drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids: list[int] = []
        for index in indexes:
            slot = self.slot_at(index.row())
            if slot is not None and slot.id is not None and slot.id not in ids:
                ids.append(slot.id)
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        return not self.read_only and action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        """A dragged slot dropped before ``row`` (or onto the row ``parent``): ``MoveSlot``."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        ids = [int(part) for part in bytes(data.data(MIME_TYPE).data()).decode().split(",") if part.lstrip("-").isdigit()]
        # One slot at a time (the table selects one row): one drop, one undo step.
        source = self.row_of(ids[0]) if ids else None
        if source is not None:
            self._request_move(source, row)
        # The row moves when the stored sheet comes back; the view must not remove the
        # dragged row itself, so report that nothing was moved here.
        return False

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination_child: int) -> bool:  # noqa: N802
        """Keyboard moves and views call this: the slot at ``source_row`` goes before the
        row ``destination_child`` (counted before the move, as Qt does)."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1 or self.read_only:
            return False
        if not 0 <= source_row < self.rowCount() or not 0 <= destination_child <= self.rowCount():
            return False
        return self._request_move(source_row, destination_child)

    def _request_move(self, source: int, before_row: int) -> bool:
        slot = self.slot_at(source)
        if slot is None or slot.id is None:
            return False
        to_index = before_row if before_row <= source else before_row - 1
        to_index = max(0, min(to_index, self.rowCount() - 1))
        if to_index == source:
            return False
        self.edit_requested.emit(MoveSlot(slot.id, to_index))
        return True


def parse_clock(value: Any) -> time | None:
    """A time of day from an editor: a ``QTime``, or text like "14:05", "14.05", "1405"."""
    if isinstance(value, QTime):
        return time(value.hour(), value.minute(), value.second()) if value.isValid() else None
    if isinstance(value, time):
        return value
    text = str(value).strip().replace(".", ":").replace("h", ":")
    if text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    parts = text.split(":")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) == 1:
        numbers.append(0)
    if not 2 <= len(numbers) <= 3:
        return None
    try:
        return time(numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else 0)
    except ValueError:
        return None


def parse_length(value: Any) -> timedelta | None:
    """A length from an editor: minutes (``25``, "25", "25 min") or hours and minutes ("1:30")."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)):
        return timedelta(minutes=value)
    text = str(value).strip().lower().removesuffix("min").strip()
    if ":" in text:
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and minutes.isdigit():
            return timedelta(hours=int(hours), minutes=int(minutes))
        return None
    try:
        return timedelta(minutes=float(text.replace(",", ".")))
    except ValueError:
        return None


def on_day_of(instant: datetime, wanted: time, zone: ZoneInfo) -> datetime:
    """``wanted`` on the (local) day of ``instant``, in the event's zone."""
    day = instant.astimezone(zone).date()
    return datetime.combine(day, wanted, tzinfo=zone)
