"""In-place editors of the slots table: a time, a length in minutes, a title, a kind, the pin.

Each editor hands its value to the model, which turns it into a run-sheet operation;
none of them decides anything. The slot as it was when the editor opened travels with
the value (``SlotsModel.request_edit``), so that a change another organiser made to the
same field meanwhile is reported rather than overwritten; and a change that arrives
while the editor is open does not replace what is being typed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTime
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from moderator.domain.model import Slot, SlotKind
from moderator.domain.run_sheet_ops import MAX_DURATION
from moderator.ui.editor.icons import pin_icon
from moderator.ui.editor.slots_model import SlotsModel
from moderator.ui.run_sheet_model import kind_name

Index = QModelIndex | QPersistentModelIndex


class SlotFieldDelegate(QStyledItemDelegate):
    """An in-place editor of one field of a slot, which remembers the slot it began with.

    Subclasses fill the editor (:meth:`fill`) and read it (:meth:`value`). The slot as
    the editor opened it is the edit's ``based_on``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bases: dict[QWidget, Slot | None] = {}

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        # NOTE: the view calls this again whenever the model's data for the cell
        # changes while the editor is open (a co-host's edit arriving): keep what is
        # being typed, and the slot the edit began with.
        if editor in self._bases:
            return
        model = index.model()
        self._bases[editor] = model.slot_at(index.row()) if isinstance(model, SlotsModel) else None
        self.fill(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        value = self.value(editor)
        if value is None:
            return
        if isinstance(model, SlotsModel):
            model.request_edit(index, value, self._bases.get(editor))
        else:  # pragma: no cover - the delegates serve the slots model only
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        self._bases.pop(editor, None)
        super().destroyEditor(editor, index)

    def fill(self, editor: QWidget, index: Index) -> None:
        """Put the cell's value into ``editor``."""
        raise NotImplementedError

    def value(self, editor: QWidget) -> object:
        """What ``editor`` holds (``None``: not an editor of this delegate)."""
        raise NotImplementedError


class TimeDelegate(SlotFieldDelegate):
    """A start or an end as hours and minutes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH:mm")
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit) and isinstance(value, QTime):
            editor.setTime(value)

    def value(self, editor: QWidget) -> object:
        if not isinstance(editor, QTimeEdit):
            return None
        editor.interpretText()
        return editor.time()


class TitleDelegate(SlotFieldDelegate):
    """A slot's title on one line."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def value(self, editor: QWidget) -> object:
        return editor.text() if isinstance(editor, QLineEdit) else None


class LengthDelegate(SlotFieldDelegate):
    """A length in whole minutes, up to the domain's longest slot."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, int(MAX_DURATION.total_seconds() // 60))
        editor.setSuffix(self.tr(" min"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox) and isinstance(value, int):
            editor.setValue(value)

    def value(self, editor: QWidget) -> object:
        if not isinstance(editor, QSpinBox):
            return None
        editor.interpretText()
        return editor.value()


class KindDelegate(SlotFieldDelegate):
    """A slot's kind from the list of kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for kind in SlotKind:
            editor.addItem(kind_name(kind), kind.value)
        return editor

    def fill(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def value(self, editor: QWidget) -> object:
        return editor.currentData() if isinstance(editor, QComboBox) else None


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
