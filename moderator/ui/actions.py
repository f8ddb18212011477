"""Every action of the app: ids, texts, default keys, and the one factory that makes them.

Live actions are single keys so that the moderator never needs two hands. Single-key
shortcuts never fire while a text field has focus: Qt's text widgets (QLineEdit, the
editable combo box, the queue's in-place editor) claim the keys they type or move the
cursor with through ``ShortcutOverride``, so the key goes to the field (the tests type
every live key into the capture and search fields). The cockpit's text fields also
claim the live keys with a modifier (Ctrl+E ends the show), see
:class:`moderator.ui.key_routing.LiveKeyShield`. An application-wide event filter doing
the same cost a Python call for every event of the running cockpit.

Keys act where they belong (:attr:`ActionSpec.scope`): the clock's and the floor's keys in
the whole window, the queue's letters only while the queue has the focus, the speaker
view's with Alt (or plain letters while the speaker view itself has the focus).
"""

from __future__ import annotations

from typing import NamedTuple

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.ui.settings import Settings


class ActionId(StrEnum):
    LIVE_UNDO = "live_undo"
    START_PAUSE = "start_pause"
    NEXT_SLOT = "next_slot"
    PREVIOUS_SLOT = "previous_slot"
    GOTO_SLOT = "goto_slot"
    ADD_MINUTE = "add_minute"
    REMOVE_MINUTE = "remove_minute"
    ADD_10_SECONDS = "add_10_seconds"
    REMOVE_10_SECONDS = "remove_10_seconds"
    END_SHOW = "end_show"
    RESET_SHOW = "reset_show"
    APPLY_COMPRESSION = "apply_compression"
    REHEARSE = "rehearse"
    SPEAKER_VIEW = "speaker_view"
    SPEAKER_MESSAGE = "speaker_message"
    SPEAKER_WRAP_UP = "speaker_wrap_up"
    SPEAKER_BLINK = "speaker_blink"
    SPEAKER_BLACKOUT = "speaker_blackout"
    FOCUS_COCKPIT = "focus_cockpit"
    SHORTCUTS = "shortcuts"
    OPEN = "open"
    EDIT_RUN_SHEET = "edit_run_sheet"
    NEW_FROM_FILE = "new_from_file"
    AFTER_SHOW_REPORT = "after_show_report"
    NEW_FROM_THIS = "new_from_this"
    QUIT = "quit"
    LANGUAGE_DE = "language_de"
    LANGUAGE_EN = "language_en"
    TOGGLE_FLASH = "toggle_flash"
    TOGGLE_SOUND = "toggle_sound"
    HIGH_CONTRAST = "high_contrast"
    HANDOFF_1 = "handoff_1"
    HANDOFF_2 = "handoff_2"
    HANDOFF_3 = "handoff_3"
    HANDOFF_4 = "handoff_4"
    HANDOFF_5 = "handoff_5"
    HANDOFF_6 = "handoff_6"
    HANDOFF_7 = "handoff_7"
    HANDOFF_8 = "handoff_8"
    HANDOFF_9 = "handoff_9"
    HANDOFF_NEXT = "handoff_next"
    FLOOR_CLOSED = "floor_closed"
    UNDO_HANDOFF = "undo_handoff"
    ANSWER_TIMER = "answer_timer"
    QUESTION_ON_AIR = "question_on_air"
    QUESTION_ANSWERED = "question_answered"
    QUESTION_DISMISS = "question_dismiss"
    QUESTION_QUEUE = "question_queue"
    QUESTION_VOTE = "question_vote"
    QUESTION_UP = "question_up"
    QUESTION_DOWN = "question_down"
    QUESTION_TOP = "question_top"
    QUESTION_EDIT = "question_edit"
    QUESTION_MERGE = "question_merge"
    QUESTION_ROUTE = "question_route"
    QUEUE_UNDO = "queue_undo"
    QUEUE_REDO = "queue_redo"
    NEW_QUESTION = "new_question"
    FIND_QUESTION = "find_question"
    PASTE_TRANSCRIPT = "paste_transcript"
    QUESTION_ON_SPEAKER_VIEW = "question_on_speaker_view"
    COHOST_IDENTITY = "cohost_identity"
    TAKE_CONTROL = "take_control"
    PUBLISH_EVENT = "publish_event"
    JOIN_SHARED_EVENT = "join_shared_event"
    STREAM_OVERLAYS = "stream_overlays"
    AUDIENCE_PAGE = "audience_page"


class ActionSpec(NamedTuple):
    """An action's defaults: its text, keys, and where and when it acts."""

    text: str
    #: Default keys: portable text, or a standard key where Qt has one for the platform.
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    checkable: bool = False
    #: Live actions change the event: they are blocked in read-only files.
    live: bool = False
    #: Where the keys act: "window" (anywhere in the cockpit) or "queue" (only while the
    #: question queue has the focus, so that a letter typed elsewhere does not move a question).
    scope: str = "window"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.LIVE_UNDO: ActionSpec(QT_TRANSLATE_NOOP("actions", "Undo the last live action"), (QKeySequence.StandardKey.Undo,), live=True),
    ActionId.START_PAUSE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Start / pause / resume"), ("Space",), live=True),
    ActionId.NEXT_SLOT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Next slot"), ("Right",), live=True),
    ActionId.PREVIOUS_SLOT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Previous slot"), ("Left",), live=True),
    # No window-wide Return: Enter belongs to the text fields (capture, in-place edits);
    # in the run sheet, Enter or a double click on a slot jumps to it.
    ActionId.GOTO_SLOT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Jump to the selected slot"), ("Ctrl+J",), live=True),
    # NOTE: which key gives "+" depends on the keyboard layout. On a German keyboard
    # Shift and the "+" key give "*", and Shift and "-" give "_"; on a US keyboard "+" is
    # Shift and "=". So each action also listens to the character that layout produces.
    ActionId.ADD_MINUTE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Add a minute"), ("+", "="), live=True),
    ActionId.REMOVE_MINUTE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Remove a minute"), ("-",), live=True),
    ActionId.ADD_10_SECONDS: ActionSpec(QT_TRANSLATE_NOOP("actions", "Add 10 seconds"), ("Shift++", "*"), live=True),
    ActionId.REMOVE_10_SECONDS: ActionSpec(QT_TRANSLATE_NOOP("actions", "Remove 10 seconds"), ("Shift+-", "_"), live=True),
    ActionId.END_SHOW: ActionSpec(QT_TRANSLATE_NOOP("actions", "End the show"), ("Ctrl+E",), live=True),
    ActionId.RESET_SHOW: ActionSpec(QT_TRANSLATE_NOOP("actions", "Restart the show…"), (), live=True),
    ActionId.APPLY_COMPRESSION: ActionSpec(QT_TRANSLATE_NOOP("actions", "Shorten the remaining slots to end on time"), ("Ctrl+Shift+K",), live=True),
    # A rehearsal runs the show now on another day; its start and end are asked (not live).
    ActionId.REHEARSE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Rehearse now / end the rehearsal…"), ("Ctrl+Shift+R",), live=True),
    ActionId.SPEAKER_VIEW: ActionSpec(QT_TRANSLATE_NOOP("actions", "Speaker view"), ("F11",), checkable=True),
    # What the speaker sees: with Alt, so that a word typed into nothing never blinks or
    # blacks out the speaker view (the speaker view itself also takes the plain letters).
    ActionId.SPEAKER_MESSAGE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Send a message to the speaker…"), ("Alt+M",), live=True),
    ActionId.SPEAKER_WRAP_UP: ActionSpec(QT_TRANSLATE_NOOP("actions", "Ask the speaker to wrap up"), ("Alt+W",), checkable=True, live=True),
    ActionId.SPEAKER_BLINK: ActionSpec(QT_TRANSLATE_NOOP("actions", "Blink the speaker view"), ("Alt+B",), live=True),
    ActionId.SPEAKER_BLACKOUT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Black out the speaker view"), ("Alt+K",), checkable=True, live=True),
    ActionId.FOCUS_COCKPIT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Back to the cockpit"), ("Esc",)),
    ActionId.SHORTCUTS: ActionSpec(QT_TRANSLATE_NOOP("actions", "Keyboard shortcuts…"), ("F1", "?")),
    ActionId.OPEN: ActionSpec(QT_TRANSLATE_NOOP("actions", "Open event…"), (QKeySequence.StandardKey.Open,)),
    # NOTE: not Ctrl+E, which ends the show; an ambiguous key would fire neither.
    ActionId.EDIT_RUN_SHEET: ActionSpec(QT_TRANSLATE_NOOP("actions", "Edit run sheet…"), ("Ctrl+Shift+E",)),
    ActionId.NEW_FROM_FILE: ActionSpec(QT_TRANSLATE_NOOP("actions", "New event from file…"), ("Ctrl+Shift+N",)),
    ActionId.NEW_FROM_THIS: ActionSpec(QT_TRANSLATE_NOOP("actions", "New event from this one…")),
    ActionId.AFTER_SHOW_REPORT: ActionSpec(QT_TRANSLATE_NOOP("actions", "After-show report…"), ("Ctrl+Shift+P",)),
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Quit"), ("Ctrl+Q",)),
    ActionId.LANGUAGE_DE: ActionSpec("Deutsch", checkable=True),
    ActionId.LANGUAGE_EN: ActionSpec("English", checkable=True),
    ActionId.TOGGLE_FLASH: ActionSpec(QT_TRANSLATE_NOOP("actions", "Flash in the last seconds and overtime"), checkable=True),
    ActionId.TOGGLE_SOUND: ActionSpec(QT_TRANSLATE_NOOP("actions", "Sound when time runs out"), checkable=True),
    ActionId.HIGH_CONTRAST: ActionSpec(QT_TRANSLATE_NOOP("actions", "High contrast (bright rooms)"), checkable=True),
    ActionId.HANDOFF_NEXT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Hand off to the next person"), ("N",), live=True),
    ActionId.FLOOR_CLOSED: ActionSpec(QT_TRANSLATE_NOOP("actions", "Nobody speaking"), ("0",), live=True),
    ActionId.UNDO_HANDOFF: ActionSpec(QT_TRANSLATE_NOOP("actions", "Undo the last hand-off"), ("Backspace",), live=True),
    ActionId.ANSWER_TIMER: ActionSpec(QT_TRANSLATE_NOOP("actions", "Two-minute answer timer"), checkable=True),
    # The queue: the keys act on the selected question (or, for "on air", the next one).
    # Their letters act only while the queue has the focus (a click into it, or Tab).
    ActionId.QUESTION_ON_AIR: ActionSpec(QT_TRANSLATE_NOOP("actions", "Put the question on air"), ("O",), scope="queue"),
    ActionId.QUESTION_ANSWERED: ActionSpec(QT_TRANSLATE_NOOP("actions", "Mark the question answered"), ("A",), scope="queue"),
    ActionId.QUESTION_DISMISS: ActionSpec(QT_TRANSLATE_NOOP("actions", "Dismiss the question"), ("D", "Del"), scope="queue"),
    ActionId.QUESTION_QUEUE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Accept into the queue"), ("Q",), scope="queue"),
    ActionId.QUESTION_VOTE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Vote +1"), ("V",), scope="queue"),
    ActionId.QUESTION_UP: ActionSpec(QT_TRANSLATE_NOOP("actions", "Move the question up"), ("Ctrl+Up",)),
    ActionId.QUESTION_DOWN: ActionSpec(QT_TRANSLATE_NOOP("actions", "Move the question down"), ("Ctrl+Down",)),
    ActionId.QUESTION_TOP: ActionSpec(QT_TRANSLATE_NOOP("actions", "Move the question to the top"), ("Ctrl+Home", "T"), scope="queue"),
    ActionId.QUESTION_EDIT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Edit the question"), ("F2",)),
    ActionId.QUESTION_MERGE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Merge the selected questions…"), ("Ctrl+M",)),
    ActionId.QUESTION_ROUTE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Address the question to a panelist…"), ("R",), scope="queue"),
    # Ctrl+Z is the one live undo (LIVE_UNDO), which takes back queue steps too, in order.
    ActionId.QUEUE_UNDO: ActionSpec(QT_TRANSLATE_NOOP("actions", "Undo in the queue"), ()),
    ActionId.QUEUE_REDO: ActionSpec(QT_TRANSLATE_NOOP("actions", "Redo in the queue"), (QKeySequence.StandardKey.Redo,)),
    ActionId.NEW_QUESTION: ActionSpec(QT_TRANSLATE_NOOP("actions", "New question"), ("Ctrl+N",)),
    ActionId.FIND_QUESTION: ActionSpec(QT_TRANSLATE_NOOP("actions", "Search the questions"), (QKeySequence.StandardKey.Find,)),
    ActionId.PASTE_TRANSCRIPT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Paste a chat transcript…"), ("Ctrl+Shift+V",)),
    ActionId.QUESTION_ON_SPEAKER_VIEW: ActionSpec(QT_TRANSLATE_NOOP("actions", "Show the question on air in the speaker view"), checkable=True),
    ActionId.COHOST_IDENTITY: ActionSpec(QT_TRANSLATE_NOOP("actions", "Your name and role…")),
    ActionId.TAKE_CONTROL: ActionSpec(QT_TRANSLATE_NOOP("actions", "Take control of the clock…"), live=True),
    ActionId.PUBLISH_EVENT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Share with co-hosts on other machines…"), live=True),
    ActionId.JOIN_SHARED_EVENT: ActionSpec(QT_TRANSLATE_NOOP("actions", "Join a shared event…")),
    ActionId.STREAM_OVERLAYS: ActionSpec(QT_TRANSLATE_NOOP("actions", "Overlays for OBS and stream deck…")),
    ActionId.AUDIENCE_PAGE: ActionSpec(QT_TRANSLATE_NOOP("actions", "Audience page: link and QR code…")),
}
# Digits 1–9 hand the floor to the slot's people in order.
HANDOFF_DIGITS: tuple[ActionId, ...] = tuple(ActionId(f"handoff_{digit}") for digit in range(1, 10))
for _digit, _action_id in enumerate(HANDOFF_DIGITS, start=1):
    SPECS[_action_id] = ActionSpec(QT_TRANSLATE_NOOP("actions", "Hand off to person %1"), (str(_digit),), live=True)


def translated_text(action_id: ActionId) -> str:
    """The action's text in the current UI language."""
    text = SPECS[action_id].text
    if action_id in (ActionId.LANGUAGE_DE, ActionId.LANGUAGE_EN):
        return text  # a language is named in itself
    translated = QCoreApplication.translate("actions", text)
    if action_id in HANDOFF_DIGITS:
        return fill(translated, digit=HANDOFF_DIGITS.index(action_id) + 1)
    return translated


def key_sequences(action_id: ActionId, settings: Settings) -> list[QKeySequence]:
    """The user's override if there is one, else the defaults."""
    override = settings.shortcut_override(action_id.value)
    if override is not None:
        return [QKeySequence(part) for part in override.split(";") if part]
    sequences: list[QKeySequence] = []
    for key in SPECS[action_id].keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key))
        else:
            sequences.append(QKeySequence(key))
    return sequences


class ActionCollection(QObject):
    """Creates every QAction once and keeps its shortcuts in step with the settings."""

    def __init__(self, settings: Settings, parent: QObject) -> None:
        super().__init__(parent)
        self._settings = settings
        self.actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(action_id.value)
            action.setCheckable(spec.checkable)
            # The window owns every action; its keys work wherever the focus is in it, except
            # the queue's, which act only in the widget they are added to (the queue).
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut if spec.scope == "queue" else Qt.ShortcutContext.WindowShortcut
            )
            self.actions[action_id] = action
        self.retranslate()
        self.apply_shortcuts()
        settings.changed.connect(self._on_setting_changed)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self.actions[action_id]

    def connect(self, action_id: ActionId, handler: Callable[[], object]) -> None:  # type: ignore[override]
        """Run ``handler`` when the action is triggered."""
        self.actions[action_id].triggered.connect(lambda _checked=False: handler())

    def retranslate(self) -> None:
        for action_id, action in self.actions.items():
            action.setText(translated_text(action_id))

    def apply_shortcuts(self) -> None:
        for action_id, action in self.actions.items():
            action.setShortcuts(key_sequences(action_id, self._settings))

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("shortcuts/"):
            self.apply_shortcuts()
