"""Keys go where the moderator thinks they go: the cockpit's text fields keep every live key.

Qt's text widgets already claim the plain keys they type (through ``ShortcutOverride``),
so Space or N in the capture field is text. Keys with a modifier are another matter: a
line edit does not claim Ctrl+E, so it would end the show from the middle of a question.
:class:`LiveKeyShield` claims, for the text field that has the focus, every key that a
live action of the window listens to: the key then goes to the field (which types it or
ignores it) and never to the clock. It is installed on a field when the field gets the
focus, so it costs nothing while the moderator is not typing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from moderator.ui.keys_indicator import is_text_field


def key_sequence_of(event: QKeyEvent) -> QKeySequence:
    """The key and its modifiers as one key sequence (keypad flag left out)."""
    return QKeySequence(event.keyCombination())


class LiveKeyShield(QObject):
    """Claims the live actions' keys for the text field that has the focus in ``window``."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = tuple(actions)
        self._shielded: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not is_text_field(new) or new.window() is not self._window:
            return
        key = id(new)
        if key not in self._shielded:
            self._shielded.add(key)
            new.installEventFilter(self)
            new.destroyed.connect(lambda _obj=None, k=key: self._shielded.discard(k))

    def is_live_key(self, sequence: QKeySequence) -> bool:
        for action in self._actions:
            if any(shortcut.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch for shortcut in action.shortcuts()):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self.is_live_key(key_sequence_of(event)):
                event.accept()  # the field gets it as a key press; no shortcut fires
                return True
        return False
