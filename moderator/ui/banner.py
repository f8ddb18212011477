"""The one-line message at the top of a window: an error (red) or a note (blue).

A message with ``seconds=0`` *stands* (a read-only file, a lost connection to the shared
event): a passing message shows over it for its seconds, then the standing one returns,
until :meth:`Banner.clear_standing`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

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
        self.setWordWrap(True)
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

    def _show(self, text: str, error: bool) -> None:
        self.setProperty("kind", "error" if error else "info")
        # NOTE: a property selector is only re-read on a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()

    def _expire(self) -> None:
        if self._standing is not None:
            self._show(*self._standing)
        else:
            self.hide()
