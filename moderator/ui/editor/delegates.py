"""In-place editors of the slots table: a time, a length in minutes, a kind, the pin.

Each editor hands its value to the model's ``setData``, which turns it into a run-sheet
operation; none of them decides anything.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTime
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from moderator.domain.model import SlotKind
from moderator.domain.run_sheet import MAX_DURATION
from moderator.ui.editor.icons import pin_icon
from moderator.ui.run_sheet_model import kind_name

Index = QModelIndex | QPersistentModelIndex


class TimeDelegate(QStyledItemDelegate):
    """A start or an end as hours and minutes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH:mm")
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit) and isinstance(value, QTime):
            editor.setTime(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QTimeEdit):
            editor.interpretText()
            model.setData(index, editor.time(), Qt.ItemDataRole.EditRole)


class LengthDelegate(QStyledItemDelegate):
    """A length in whole minutes, up to the domain's longest slot."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, int(MAX_DURATION.total_seconds() // 60))
        editor.setSuffix(self.tr(" min"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox) and isinstance(value, int):
            editor.setValue(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class KindDelegate(QStyledItemDelegate):
    """A slot's kind from the list of kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for kind in SlotKind:
            editor.addItem(kind_name(kind), kind.value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PinDelegate(QStyledItemDelegate):
    """The pin as a push-pin icon (no check box); a click pins or unpins the slot."""

    ICON = 18

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The background and the selection as for any cell, then the pin centred on top.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        pinned = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        rect = QRect(0, 0, self.ICON, self.ICON)
        rect.moveCenter(option.rect.center())
        pin_icon(pinned).paint(painter, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(self.ICON + 16, self.ICON + 8)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and option.rect.contains(event.position().toPoint()):
                pinned = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                model.setData(index, Qt.CheckState.Unchecked if pinned else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
                return True
        if event.type() == QEvent.Type.MouseButtonDblClick:
            return True  # a double click is two toggles otherwise
        return False
