"""The big countdown and the colours of the clock's phases.

Drawn by hand so that the digits fill the space they are given and never jitter: the
font has tabular figures (every digit the same width) and the text is scaled to fit a
fixed template ("+00:00"), not the current value. The texts themselves (m:ss, h:mm:ss)
are formatted by the presenter, :mod:`moderator.app.cockpit_view`.
"""

from __future__ import annotations

from typing import NamedTuple


from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget


from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.clock import Phase
from moderator.ui.clock_label import fill


class PhaseStyle(NamedTuple):
    """The colours of a phase and its name, written beside the colour (colour is never the
    only sign: not everyone tells amber from orange, and a bright room washes colours out).
    ``name`` is the English text; the display translates it. A flash has no name of its
    own: the display keeps the name of the phase that flashes."""

    background: str
    foreground: str
    name: str = ""
    #: The colours in the high-contrast theme (bright rooms): deeper grounds, pure text.
    contrast_background: str = ""
    contrast_foreground: str = ""

    def colours(self, high_contrast: bool) -> tuple[str, str]:
        if high_contrast and self.contrast_background:
            return self.contrast_background, self.contrast_foreground
        return self.background, self.foreground


#: Calm in normal time, amber when it is time to think of the end, orange in the last
#: seconds, red in overtime. High contrast for reading from two metres.
PHASE_STYLES: dict[Phase, PhaseStyle] = {
    Phase.BEFORE_SHOW: PhaseStyle("#1f2a36", "#cfd8e3", QT_TRANSLATE_NOOP("phases", "Before the show"), "#000000", "#ffffff"),
    Phase.NORMAL: PhaseStyle("#14361f", "#f2fff5", QT_TRANSLATE_NOOP("phases", "Running"), "#004d1a", "#ffffff"),
    Phase.WARNING: PhaseStyle("#e3a008", "#1a1300", QT_TRANSLATE_NOOP("phases", "Warning"), "#ffd000", "#000000"),
    Phase.FINAL: PhaseStyle("#e8590c", "#ffffff", QT_TRANSLATE_NOOP("phases", "Last seconds"), "#a83200", "#ffffff"),
    Phase.OVERTIME: PhaseStyle("#c92a2a", "#ffffff", QT_TRANSLATE_NOOP("phases", "Overtime"), "#9b0000", "#ffffff"),
    Phase.ENDED: PhaseStyle("#2b2b2b", "#bdbdbd", QT_TRANSLATE_NOOP("phases", "Show ended"), "#000000", "#ffffff"),
}
PAUSED_STYLE = PhaseStyle("#3b3f46", "#e9ecef", QT_TRANSLATE_NOOP("phases", "Paused"), "#000000", "#ffff00")
FLASH_STYLE = PhaseStyle("#ffffff", "#c92a2a", "", "#ffffff", "#9b0000")


def high_contrast() -> bool:
    """Whether the high-contrast theme is on (set app-wide by :mod:`moderator.ui.theme`)."""
    app = QApplication.instance()
    return bool(app is not None and app.property("moderator_high_contrast"))


def tabular_font(bold: bool = True) -> QFont:
    """The UI's sans font with tabular figures (every digit the same width)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setBold(bold)
    # OpenType "tnum": most sans fonts have tabular digits already; this makes sure.
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


class CountdownDisplay(QWidget):
    """Big digits on a phase-coloured ground; scales with its size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self._text = "0:00"
        self._style = PHASE_STYLES[Phase.BEFORE_SHOW]
        self._phase_name = self._style.name
        self._font = tabular_font()
        self._fitted: tuple[tuple[int, int, int], QFont] | None = None
        self.setAutoFillBackground(False)
        # paintEvent fills every pixel: Qt need not paint the parents under it each second.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def text(self) -> str:
        return self._text

    @property
    def style_colours(self) -> PhaseStyle:
        return self._style

    @property
    def phase_name(self) -> str:
        """The phase written in the corner, in the UI language."""
        return QCoreApplication.translate("phases", self._phase_name) if self._phase_name else ""

    def show_value(self, text: str, style: PhaseStyle) -> None:
        """Update what is shown; repaints only when something changed."""
        if text == self._text and style == self._style:
            return
        self._text = text
        self._style = style
        if style.name:
            self._phase_name = style.name
        self._update_accessible_name()
        self.update()

    def _update_accessible_name(self) -> None:
        # A screen reader hears the time and the phase; read only when it changes.
        self.setAccessibleName(f"{self._text} {self.phase_name}".strip())

    def _font_for(self, box: QRectF) -> QFont:
        """The font that fills ``box`` with the template; computed once per size."""
        # "+" (overtime) is the widest sign: a template with "-" let "+22:00" run out of
        # the box at 1366×768.
        if len(self._text) <= 6:
            template = "+00:00"
        elif len(self._text) <= 8:
            template = "+0:00:00"
        else:  # days or more away (an event file from another date): fit it whole
            template = "".join("0" if char.isdigit() else char for char in self._text)
        key = (round(box.width()), round(box.height()), len(template))
        if self._fitted is not None and self._fitted[0] == key:
            return self._fitted[1]
        font = QFont(self._font)
        font.setPointSizeF(100)
        metrics = QFontMetricsF(font)
        scale = min(box.width() / metrics.horizontalAdvance(template), box.height() / metrics.height())
        font.setPointSizeF(max(8.0, 100 * scale * 0.95))
        self._fitted = (key, font)
        return font

    def _label_font(self) -> QFont:
        """The phase name's font: the UI font a little larger and bold (it follows the
        system's font size), but never more than a sixth of the display's height."""
        font = QFont(self.font())
        font.setBold(True)
        size = font.pointSizeF() * 1.3
        metrics = QFontMetricsF(font)
        limit = self.height() / 6 / max(1.0, metrics.height()) * font.pointSizeF()
        font.setPointSizeF(max(6.0, min(size, limit)))
        return font

    def _box(self) -> QRectF:
        """Where the digits go: inside the margins, below the phase's name if one shows."""
        box = QRectF(self.rect()).adjusted(12, 6, -12, -6)
        if self.phase_name:
            box.adjust(0, QFontMetricsF(self._label_font()).height() + 2, 0, 0)
        return box

    def fits(self) -> bool:
        """Whether the text as painted fits inside the display (for the layout checks)."""
        box = self._box()
        metrics = QFontMetricsF(self._font_for(box))
        return metrics.horizontalAdvance(self._text) <= box.width() and metrics.height() <= box.height() + 1

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        background, foreground = self._style.colours(high_contrast())
        fill(painter, self.rect(), QColor(background))
        painter.setPen(QColor(foreground))
        name = self.phase_name
        if name:
            # The phase's name in the top left corner; the digits keep the rest.
            label_font = self._label_font()
            painter.setFont(label_font)
            # Indented from the digits' box, whose edges stay free of ink.
            corner = QRectF(self.rect()).adjusted(12, 6, -12, -6).adjusted(8, 2, -8, 0)
            painter.drawText(corner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name.upper())
        # Scale to a template at least as wide as the text, so the size is steady.
        box = self._box()
        painter.setFont(self._font_for(box))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class SlotProgress(QWidget):
    """How much of the slot has passed: a thin bar, drawn by hand.

    A ``QProgressBar`` re-polishes and repaints through the style on every step (about a
    millisecond each, every second of the show); this bar only fills two rectangles, and
    repaints only when the filled width changes by a pixel.
    """

    TRACK = QColor("#dee2e6")
    FILL = QColor("#1c7ed6")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # paintEvent fills every pixel (the corners with the window's colour): Qt need not
        # paint the parents under it when the bar moves.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if round(fraction * self.width()) != round(self._fraction * self.width()):
            self._fraction = fraction
            self.update()
        else:
            self._fraction = fraction

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        # The window's ground (the parents' colour under the round corners; white in the
        # high-contrast theme).
        fill(painter, rect, self.window().palette().color(QPalette.ColorRole.Window))
        painter.setBrush(self.TRACK)
        painter.drawRoundedRect(rect, 4, 4)
        if self._fraction > 0:
            painter.setBrush(self.FILL)
            painter.drawRoundedRect(QRectF(rect.x(), rect.y(), rect.width() * self._fraction, rect.height()), 4, 4)
