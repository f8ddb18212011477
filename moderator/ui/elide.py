"""Text that fits the room it is given: at most N lines, cut with "…" (never silently).

A label that wraps grows as tall as its text needs; in the cockpit, that pushes what is
below it out of the window or under another widget. These helpers cut the text to the
lines the label may take and give the whole of it as the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
_WRAP = int(Qt.TextFlag.TextWordWrap)


def lines_needed(metrics: QFontMetrics, text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at ``width`` pixels."""
    if not text:
        return 0
    box = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), _WRAP, text)
    return max(1, round(box.height() / metrics.lineSpacing()))


def elide_to_lines(metrics: QFontMetrics, text: str, width: int, lines: int) -> str:
    """``text``, or its longest beginning that fits ``lines`` lines with "…" after it."""
    if lines_needed(metrics, text, width) <= lines:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, by bisection
        middle = (low + high + 1) // 2
        if lines_needed(metrics, text[:middle].rstrip() + ELLIPSIS, width) <= lines:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_label(label: QLabel, text: str, lines: int, *, width: int | None = None) -> None:
    """Show ``text`` in the wrapping ``label`` in at most ``lines`` lines (cut with "…"),
    and make the label exactly as tall as what it shows."""
    if width is None and not label.isVisible():
        # Not laid out yet (its width means nothing): the whole text, fitted on the next
        # paint after the window shows.
        if label.text() != text:
            label.setText(text)
        return
    room = (width if width is not None else label.contentsRect().width()) - 2
    key = (text, room, lines, label.font().key())
    if label.property("fitted_for") == key:
        return  # repainted each second: measure only when text, width or font changed
    label.setProperty("fitted_for", key)
    metrics = label.fontMetrics()
    shown = elide_to_lines(metrics, text, room, lines)
    if label.text() != shown:
        label.setText(shown)
    label.setToolTip(text if shown != text else "")
    used = min(lines, lines_needed(metrics, shown, room)) if shown else 0
    margins = label.contentsMargins()
    height = used * metrics.lineSpacing() + margins.top() + margins.bottom() + 4 if used else 0
    if label.maximumHeight() != height or label.minimumHeight() != height:
        label.setFixedHeight(height)


class ElidedLabel(QLabel):
    """A one-line label that paints its text cut with "…" where its width ends.

    ``text()`` stays the whole text (and is the tooltip when it is cut); ``shown_text()``
    is what is painted. Its width is the layout's to give: a long text never widens the
    window or pushes its neighbours.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._kept = ""

    def keep_end(self, end: str) -> None:
        """Never cut ``end`` when the text ends with it: the part before it is cut instead
        (the live line keeps its "· Ctrl+Z undoes" however long the action's name)."""
        self._kept = end
        self.update()

    def shown_text(self) -> str:
        metrics, text = self.fontMetrics(), self.text()
        width = max(self.contentsRect().width(), 1)
        kept = self._kept if self._kept and text.endswith(self._kept) else ""
        if not kept or metrics.horizontalAdvance(text) <= width:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        head = text[: len(text) - len(kept)]
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, max(width - metrics.horizontalAdvance(kept), 1)) + kept

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # NOTE: the style sheet's box (the cue's background and bar) is drawn by Qt before
        # this, as for any label the sheet gives one (WA_StyledBackground); drawing it here
        # too painted rounded corners twice.
        painter = QPainter(self)
        shown = self.shown_text()
        self.setToolTip(self.text() if shown != self.text() else "")
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
