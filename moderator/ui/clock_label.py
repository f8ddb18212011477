"""A label for a clock: its text changes every second, its size never.

``QLabel.setText`` asks the parent's layout for room again unless the label's size is
fixed, and a ``QStatusBar`` repaints itself and everything in it on every such request: the
wall clock in the status line repainted the whole line each second. This label is sized
once for a template of the widest text (digits are tabular) and fills its own background,
so a new second repaints the label alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

#: The largest size a widget may have (Qt's QWIDGETSIZE_MAX).
_ANY_SIZE = (1 << 24) - 1


class ClockLabel(QLabel):
    """A one-line label of a steady size, for texts like ``template`` ("00:00:00")."""

    def __init__(self, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self._fitting = False
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # Opaque (paintEvent fills the background): Qt need not paint the parents under
            # it when the text changes. NOTE: a style sheet's polish clears the attribute
            # (it styles the background itself), so it is set again after every polish.
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.end()
        super().paintEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # A font or style sheet (the theme, the system's font size) changes the size needed.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._fitting:
            self._fit()

    def _fit(self) -> None:
        self._fitting = True
        try:
            text = self.text()
            self.setMinimumSize(0, 0)
            self.setMaximumSize(_ANY_SIZE, _ANY_SIZE)
            self.setText(self._template)
            hint = self.sizeHint()
            self.setText(text)
            self.setFixedSize(hint)
        finally:
            self._fitting = False
