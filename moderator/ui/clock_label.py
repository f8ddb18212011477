"""Labels for texts that change every second: they repaint alone, not their parents.

A widget that does not paint all of its pixels makes Qt paint its parents under it first:
each second the window, its panels and the status bar were painted again for the digits
that changed. These widgets have Qt fill their ground with the window's own colour (the
colour the panels under them show, in the high-contrast theme too), which tells Qt so.

``QLabel.setText`` also asks the parent's layout for room again unless the label's size
is fixed, and a ``QStatusBar`` repaints itself and everything in it on every such request:
:class:`ClockLabel` is sized once for a template of its widest text (the digits are
tabular), so the wall clock in the status line no longer repaints the whole line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from moderator.ui.elide import ElidedLabel

#: The largest size a widget may have (Qt's QWIDGETSIZE_MAX).
_ANY_SIZE = (1 << 24) - 1


def fill(painter: QPainter, rect: QRect | QRectF, colour: QColor) -> None:
    """Fill ``rect`` with ``colour`` (and leave the painter's pen and brush as they were).

    NOTE: not ``QPainter.fillRect``: PySide resolves its overloads by trying each, and one
    takes a ``QGradient.Preset``, so the first call creates QGradient's Python enums (~180
    members, a few ms of the first paint). A filled rectangle without a pen has exactly
    the size of ``rect``.
    """
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


def fill_ground(widget: QWidget) -> None:
    """Let Qt fill ``widget`` with the window's ground colour before each paint.

    An opaque, solid background brush also tells Qt that it need not paint the parents
    under the widget, and Qt fills it itself: no Python runs for it on each second's
    paint (an override of ``paintEvent`` or ``event`` did, ~0.2 ms a second on a cold
    cache). The colour is the palette's ``Window``, inherited from the window (the
    high-contrast theme sets it too).

    NOTE: Qt drops the fill when a style sheet gives the widget a background of its own;
    the style sheets give these labels none.
    """
    widget.setBackgroundRole(QPalette.ColorRole.Window)
    widget.setAutoFillBackground(True)


class ClockLabel(QLabel):
    """A one-line label of a steady size, for texts like ``template`` ("00:00:00")."""

    def __init__(self, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self._fitting = False
        fill_ground(self)
        self._fit()

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


class OpaqueElidedLabel(ElidedLabel):
    """An :class:`ElidedLabel` (one line, cut with "…") on the window's ground, filled by
    Qt (see :func:`fill_ground`; a style sheet must give it no background)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fill_ground(self)
