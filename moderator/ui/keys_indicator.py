"""Where the keys go: a calm, always visible indicator in the cockpit's status bar.

The cockpit's live keys are single keys, and typing in a text field must never fire
one. The moderator should not have to guess which of the two a key press does: this
label says it, and it changes the moment the focus moves (a click, F2, Esc, Enter).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from moderator.ui.theme import set_style_state


class KeysGo(StrEnum):
    """Where a key press goes now."""

    SHOW = "show"
    QUEUE = "queue"
    TEXT = "text"
    EDIT_OPEN = "edit_open"


_TEXT_TYPES = ("QTextEdit", "QPlainTextEdit", "QAbstractSpinBox")


def is_text_field(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes typed text (so a letter there is text, not a live key)."""
    if widget is None:
        return False
    # The multi-line editors and spin boxes by class name (QObject.inherits): the cockpit
    # has none when it opens, and Python's view of their types costs ~1 ms of its start.
    if isinstance(widget, QLineEdit) or any(widget.inherits(name) for name in _TEXT_TYPES):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class KeysIndicator(QLabel):
    """Says whether keys go to the show or into a text field.

    ``window``: the cockpit; ``queue``: the queue's view (its letters act only there);
    ``edit_open``: whether an in-place edit is open somewhere in the cockpit.
    """

    def __init__(self, window: QWidget, queue: QWidget, edit_open: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_indicator")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._queue = queue
        self._edit_open = edit_open
        self.state: KeysGo | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A bound slot: Qt drops the connection when this label goes.
            app.focusChanged.connect(self._focus_changed)
        self.update_state()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_state()

    def where(self) -> KeysGo:
        focus = QApplication.focusWidget()
        if self._edit_open():
            return KeysGo.EDIT_OPEN
        if focus is not None and focus.window() is self._window and is_text_field(focus):
            return KeysGo.TEXT
        if focus is not None and (focus is self._queue or self._queue.isAncestorOf(focus)):
            return KeysGo.QUEUE
        return KeysGo.SHOW

    def update_state(self) -> None:
        state = self.where()
        if state is self.state:
            return
        self.state = state
        self.retranslate()
        set_style_state(self, "keys", state.value)

    def retranslate(self) -> None:
        texts = {
            KeysGo.SHOW: self.tr("⌨ Keys: the show"),
            KeysGo.QUEUE: self.tr("⌨ Keys: the show and the queue"),
            KeysGo.TEXT: self.tr("⌨ Typing into a field · Esc: back to the show"),
            KeysGo.EDIT_OPEN: self.tr("⌨ Editing a question · Enter saves, Esc cancels"),
        }
        self.setText(texts[self.state or KeysGo.SHOW])
