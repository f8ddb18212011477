"""The editor's actions: ids, texts, default keys, and the one factory that makes them.

The same pattern as :mod:`moderator.ui.actions` (the cockpit's), kept apart because the
editor is a window of its own: its keys (Del, Ctrl+N, Ctrl+Up, Ctrl+Z) mean other things
in the cockpit, and a window's shortcuts only fire while that window is active.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.ui.editor.icons import pin_icon


class EditorActionId(StrEnum):
    ADD_SLOT = "add_slot"
    DUPLICATE_SLOT = "duplicate_slot"
    REMOVE_SLOT = "remove_slot"
    MOVE_UP = "move_slot_up"
    MOVE_DOWN = "move_slot_down"
    TOGGLE_PIN = "toggle_pin"
    ADD_PERSON = "add_person"
    EDIT_PERSON = "edit_person"
    REMOVE_PERSON = "remove_person"
    UNDO = "undo"
    REDO = "redo"
    PASTE_AGENDA = "paste_agenda"
    CLOSE = "close"


@dataclass(frozen=True)
class EditorActionSpec:
    text: str
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    #: Changes the run sheet: disabled in a read-only file.
    edits: bool = True
    tip: str = ""
    #: Where the keys work: the whole window, or only while the slots table ("slots") or
    #: the list of people ("people") has the focus (Del and Ctrl+Up must not remove or move
    #: a slot while the organiser works in the list of people).
    scope: str = "window"
    #: The word on a toolbar or panel button, where the full text would crowd the others.
    short: str = ""


SPECS: dict[EditorActionId, EditorActionSpec] = {
    EditorActionId.ADD_SLOT: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Add slot"), ("Ins", "Ctrl+N"), short=QT_TRANSLATE_NOOP("editor_actions", "Add"), tip=QT_TRANSLATE_NOOP("editor_actions", "A new slot after the selected one")),
    EditorActionId.DUPLICATE_SLOT: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Duplicate slot"), ("Ctrl+D",), scope="slots", short=QT_TRANSLATE_NOOP("editor_actions", "Duplicate")),
    EditorActionId.REMOVE_SLOT: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Remove slot"), ("Del",), short=QT_TRANSLATE_NOOP("editor_actions", "Remove"), tip=QT_TRANSLATE_NOOP("editor_actions", "Remove the selected slot (Undo brings it back)"), scope="slots"),
    EditorActionId.MOVE_UP: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Move up"), ("Ctrl+Up",), scope="slots", short=QT_TRANSLATE_NOOP("editor_actions", "Up")),
    EditorActionId.MOVE_DOWN: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Move down"), ("Ctrl+Down",), scope="slots", short=QT_TRANSLATE_NOOP("editor_actions", "Down")),
    EditorActionId.TOGGLE_PIN: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Pin start"), ("Ctrl+Shift+P",), short=QT_TRANSLATE_NOOP("editor_actions", "Pin"), tip=QT_TRANSLATE_NOOP("editor_actions", "A pinned slot keeps its start when the slots before it change")),
    EditorActionId.ADD_PERSON: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "New person…"), ("Ctrl+Shift+N",), short=QT_TRANSLATE_NOOP("editor_actions", "New…")),
    EditorActionId.EDIT_PERSON: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Edit person…"), ("Return",), scope="people", short=QT_TRANSLATE_NOOP("editor_actions", "Edit…")),
    EditorActionId.REMOVE_PERSON: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Remove person"), ("Del",), scope="people", short=QT_TRANSLATE_NOOP("editor_actions", "Remove")),
    EditorActionId.UNDO: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Undo"), (QKeySequence.StandardKey.Undo,)),
    # Ctrl+Shift+Z everywhere, and the platform's own redo key (Ctrl+Y on Windows) too.
    EditorActionId.REDO: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Redo"), ("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo)),
    EditorActionId.PASTE_AGENDA: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Paste agenda…"), ("Ctrl+Shift+V",), tip=QT_TRANSLATE_NOOP("editor_actions", "Read the agenda from text copied from the event page")),
    EditorActionId.CLOSE: EditorActionSpec(QT_TRANSLATE_NOOP("editor_actions", "Close"), (QKeySequence.StandardKey.Close,), edits=False),
}


def key_sequences(action_id: EditorActionId) -> list[QKeySequence]:
    """The action's keys, each once (a standard key may repeat a text one)."""
    sequences: list[QKeySequence] = []
    for key in SPECS[action_id].keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences.extend(sequence for sequence in found if sequence not in sequences)
    return sequences


class EditorActions(QObject):
    """Creates each editor action once, with its keys; :meth:`retranslate` sets the texts."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[EditorActionId, QAction] = {}
        for action_id in SPECS:
            action = QAction(parent)
            action.setObjectName(action_id.value)
            action.setShortcuts(key_sequences(action_id))
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut if SPECS[action_id].scope == "window" else Qt.ShortcutContext.WidgetShortcut
            )
            self.actions[action_id] = action
        self.actions[EditorActionId.TOGGLE_PIN].setIcon(pin_icon(True))
        self.retranslate()

    def __getitem__(self, action_id: EditorActionId) -> QAction:
        return self.actions[action_id]

    def connect(self, action_id: EditorActionId, handler: Callable[[], object]) -> None:  # type: ignore[override]
        """Run ``handler`` when the action is triggered."""
        self.actions[action_id].triggered.connect(lambda _checked=False: handler())

    def retranslate(self) -> None:
        for action_id, action in self.actions.items():
            spec = SPECS[action_id]
            action.setText(QCoreApplication.translate("editor_actions", spec.text))
            if spec.short:
                action.setIconText(QCoreApplication.translate("editor_actions", spec.short))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = QCoreApplication.translate("editor_actions", spec.tip) if spec.tip else action.text().rstrip("…")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)

    def scoped(self, scope: str) -> list[QAction]:
        """The actions whose keys work only in the widget of ``scope`` (add them to it)."""
        return [action for action_id, action in self.actions.items() if SPECS[action_id].scope == scope]

    def set_read_only(self, read_only: bool) -> None:
        """Disable every action that changes the run sheet."""
        for action_id, action in self.actions.items():
            if SPECS[action_id].edits:
                action.setEnabled(not read_only)
