"""The one-line message at the top of a window: an error (red) or a note (blue).

One line, always: a longer text is cut with "…" (the whole of it is the tooltip), so that a
message never changes the height of the row it lives in and nothing below it moves.

A message with ``seconds=0`` *stands* (a read-only file, a lost connection to the shared
event): a passing message shows over it for its seconds, then the standing one returns,
until :meth:`Banner.clear_standing`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from moderator.ui.theme import set_style_state

STYLE = (
    "QLabel { padding: 6px 10px; font-size: 12pt; border-radius: 4px; }"
    "QLabel[kind=\"error\"] { background: #ffe3e3; color: #7d1a1a; }"
    "QLabel[kind=\"info\"] { background: #e7f5ff; color: #1c3d5a; }"
)


class Banner(QLabel):
    """A non-modal message that hides itself, or stands until cleared."""

    def __init__(self, parent: QWidget, object_name: str = "banner") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # Its width is the row's to give: a long message is elided, never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setStyleSheet(STYLE)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._standing: tuple[str, bool] | None = None

    def show_message(self, text: str, *, error: bool = True, seconds: int = 8) -> None:
        """Show ``text``; ``seconds=0`` makes it the standing message."""
        if not seconds:
            self._standing = (text, error)
            self._timer.stop()
        else:
            self._timer.start(seconds * 1000)
        self._show(text, error)

    def clear_standing(self) -> None:
        """The standing message no longer holds (a passing one still runs its time)."""
        self._standing = None
        if not self._timer.isActive():
            self.hide()

    def withdraw(self, text: str) -> None:
        """A passing message that no longer holds (what it said was undone): gone now."""
        if self._timer.isActive() and self.text() == text:
            self._timer.stop()
            self._expire()

    def _show(self, text: str, error: bool) -> None:
        set_style_state(self, "kind", "error" if error else "info")
        self.setText(text)
        self.setToolTip(text)
        self.show()

    def shown_text(self) -> str:
        """The text as painted: the message, cut with "…" where the line ends."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 20))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Qt has drawn the stylesheet's box (background, rounded corners) before this: a
        # label the style sheet gives a box is WA_StyledBackground. Here one elided line:
        # a QLabel would wrap or cut the text without saying so.
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.shown_text())

    def _expire(self) -> None:
        if self._standing is not None:
            self._show(*self._standing)
        else:
            self.hide()
