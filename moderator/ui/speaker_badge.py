"""What the speaker sees beyond the clock, shown in the cockpit.

A blackout, a blink, a message or the wrap-up request change what the speaker sees; the
moderator must see them too, at a glance, and see when the speaker view is closed while
one of them is armed (the speaker then sees nothing of it).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from moderator.domain.errors import fill
from moderator.domain.live_undo import SpeakerState
from moderator.ui.theme import set_style_state


class SpeakerBadge(QLabel):
    """One badge: the speaker view's armed states, or nothing when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaker_badge")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the message is the moderator's text
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long text is cut at the window's edge (the tooltip has it whole); it never
        # widens the window beyond the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self.setWordWrap(False)
        self.hide()

    def show_state(self, state: SpeakerState, now: datetime, view_open: bool) -> None:
        parts: list[str] = []
        if state.blackout:
            parts.append(self.tr("BLACKOUT"))
        if state.blinking(now):
            parts.append(self.tr("blinking"))
        if state.wrap_up:
            parts.append(self.tr("wrap-up request"))
        if state.message:
            text = state.message if len(state.message) <= 18 else state.message[:17].rstrip() + "…"
            parts.append(fill(self.tr("message: “%1”"), text=text))
        if not parts:
            self.hide()
            return
        if view_open:
            text = fill(self.tr("Speaker view: %1"), states=" · ".join(parts))
        else:
            text = fill(self.tr("Speaker view CLOSED: %1"), states=" · ".join(parts))
        # Closed while armed matters most: the moderator believes the speaker sees it.
        alarm = "closed" if not view_open else ("black" if state.blackout else "armed")
        if self.text() != text:
            self.setText(text)
            self.setToolTip(text if not state.message else f"{text}\n{state.message}")
        set_style_state(self, "alarm", alarm)
        self.show()
