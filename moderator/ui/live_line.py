"""The calm line that names each live action as it happens ("Next slot: Impuls 2 — Ctrl+Z undoes").

Broadcast tools arm, show and undo; they do not ask. So a live key never opens a dialog:
it acts, and this line says what it did and that Ctrl+Z takes it back. It stays until the
next action and dims after a while; it never takes the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.live_undo import LiveStep, StepKind
from moderator.ui.elide import ElidedLabel
from moderator.ui.theme import set_style_state


#: How long the line stays bright before it dims (it stays readable).
BRIGHT_MS = 12_000
#: A long slot title is cut, so that the line keeps its "Ctrl+Z undoes" in view.
SUBJECT_LIMIT = 24
_SLOT_KINDS = frozenset({StepKind.START, StepKind.NEXT, StepKind.PREVIOUS, StepKind.JUMP})

_KINDS: dict[StepKind, str] = {
    StepKind.START: QT_TRANSLATE_NOOP("LiveLine", "Show started: %1"),
    StepKind.PAUSE: QT_TRANSLATE_NOOP("LiveLine", "Paused"),
    StepKind.RESUME: QT_TRANSLATE_NOOP("LiveLine", "Resumed"),
    StepKind.NEXT: QT_TRANSLATE_NOOP("LiveLine", "Next slot: %1"),
    StepKind.PREVIOUS: QT_TRANSLATE_NOOP("LiveLine", "Back to: %1"),
    StepKind.JUMP: QT_TRANSLATE_NOOP("LiveLine", "Jumped to: %1"),
    StepKind.TIME: QT_TRANSLATE_NOOP("LiveLine", "Time %1 s"),
    StepKind.END: QT_TRANSLATE_NOOP("LiveLine", "Show ended"),
    StepKind.RESET: QT_TRANSLATE_NOOP("LiveLine", "Show restarted"),
    StepKind.HANDOFF: QT_TRANSLATE_NOOP("LiveLine", "Floor to %1"),
    StepKind.FLOOR_CLOSED: QT_TRANSLATE_NOOP("LiveLine", "Nobody speaking"),
    StepKind.HANDOFF_UNDONE: QT_TRANSLATE_NOOP("LiveLine", "Last hand-off taken back"),
    StepKind.SPEAKER_MESSAGE: QT_TRANSLATE_NOOP("LiveLine", "Speaker view message: %1"),
    StepKind.WRAP_UP: QT_TRANSLATE_NOOP("LiveLine", "Speaker view: wrap-up request"),
    StepKind.BLACKOUT: QT_TRANSLATE_NOOP("LiveLine", "Speaker view blacked out"),
    StepKind.BLINK: QT_TRANSLATE_NOOP("LiveLine", "Speaker view blinked"),
    StepKind.QUEUE: QT_TRANSLATE_NOOP("LiveLine", "Queue changed"),
}
_OFF: dict[StepKind, str] = {
    StepKind.SPEAKER_MESSAGE: QT_TRANSLATE_NOOP("LiveLine", "Speaker view message cleared"),
    StepKind.WRAP_UP: QT_TRANSLATE_NOOP("LiveLine", "Speaker view: wrap-up request taken back"),
    StepKind.BLACKOUT: QT_TRANSLATE_NOOP("LiveLine", "Speaker view shown again"),
}


def describe(step: LiveStep) -> str:
    """What a live step did, in the UI language ("Next slot: Impuls 2")."""
    text = _KINDS[step.kind]
    if step.kind in _OFF and not step.subject:
        text = _OFF[step.kind]
    subject = step.subject
    if step.kind in _SLOT_KINDS:
        subject = subject.split(":", 1)[0].strip()  # "Impuls 2", as the moderator says it
    if len(subject) > SUBJECT_LIMIT:
        subject = subject[: SUBJECT_LIMIT - 1].rstrip() + "…"
    return fill(QCoreApplication.translate("LiveLine", text), subject=subject)


class LiveLine(ElidedLabel):
    """One line: the last live action and how to take it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # plain text: slot titles and messages are user text
        self.setObjectName("live_line")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long text is cut with "…" before "· Ctrl+Z undoes", which stays in view (the
        # tooltip has it whole); it never widens the window beyond the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self._dim = QTimer(self)
        self._dim.setSingleShot(True)
        self._dim.setInterval(BRIGHT_MS)
        self._dim.timeout.connect(lambda: self._set_bright(False))
        self._undo_keys = "Ctrl+Z"

    def set_undo_keys(self, keys: str) -> None:
        """The key that undoes, as the user has it (shown in the line)."""
        self._undo_keys = keys

    def show_done(self, step: LiveStep) -> None:
        """A live action of this instance just happened."""
        action = describe(step)
        text = fill(self.tr("%1 · %2 undoes"), action=action, keys=self._undo_keys)
        self._say(text, keep=text[len(action) :] if text.startswith(action) else "")

    def show_undone(self, step: LiveStep) -> None:
        """A live action of this instance was just taken back."""
        self._say(fill(self.tr("Undone: %1"), action=describe(step)))

    def show_note(self, text: str) -> None:
        """A calm note (nothing to undo, a key that does not apply here)."""
        self._say(text)

    def _say(self, text: str, keep: str = "") -> None:
        self.keep_end(keep)
        self.setText(text)
        self.setToolTip(text)
        self._set_bright(True)
        self._dim.start()

    def _set_bright(self, bright: bool) -> None:
        set_style_state(self, "bright", bright)
