"""The shortcut overview (F1 or ?): every action with its keys, changeable in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import fill
from moderator.ui.accessibility import describe
from moderator.ui.actions import SPECS, ActionCollection, ActionId, key_sequences, translated_text
from moderator.ui.settings import Settings


class ShortcutsDialog(QDialog):
    """Lists all actions; a key sequence edited here becomes the user's override."""

    def __init__(self, actions: ActionCollection, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self._settings = settings
        self._actions = actions
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Click a shortcut to change it. Single keys never fire while you type in a text field; Esc brings you back to the cockpit."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(SPECS), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._editors: dict[ActionId, QKeySequenceEdit] = {}
        for row, action_id in enumerate(SPECS):
            item = QTableWidgetItem(translated_text(action_id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            editor = QKeySequenceEdit(self.table)
            sequences = key_sequences(action_id, settings)
            if sequences:
                editor.setKeySequence(sequences[0])
            editor.setObjectName(f"keys_{action_id.value}")
            describe(
                editor, fill(self.tr("Keys for %1"), action=translated_text(action_id)),
                self.tr("Press the new keys; they are kept at once."),
            )
            editor.editingFinished.connect(lambda a=action_id, e=editor: self._changed(a, e))
            self.table.setCellWidget(row, 1, editor)
            self._editors[action_id] = editor
        describe(self.table, self.tr("Keyboard shortcuts"), self.tr("Every action and its keys."))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._restore_defaults)
        layout.addWidget(buttons)

    def _changed(self, action_id: ActionId, editor: QKeySequenceEdit) -> None:
        sequence = editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        self._settings.set_shortcut_override(action_id.value, sequence)

    def _restore_defaults(self) -> None:
        for action_id, editor in self._editors.items():
            self._settings.set_shortcut_override(action_id.value, None)
            sequences = key_sequences(action_id, self._settings)
            editor.setKeySequence(sequences[0] if sequences else QKeySequence())
