"""How the cockpit looks in a given room: the system's font size, and a high-contrast theme.

The cockpit's style sheet gives its sizes in points for the system's usual 9 pt font.
:func:`scale_font_sizes` scales them by the system font's actual size, so a moderator who
set a larger font (or a desktop that uses 11 pt) gets a larger cockpit; the countdown
scales with its box anyway and keeps its share of the window. Screen scaling (HiDPI) needs
nothing here: Qt applies it to points.

The high-contrast theme is for bright rooms, where greys and pale cards wash out: black
text on white, black borders, deeper phase colours (see ``PhaseStyle.colours``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from moderator.ui.settings import Settings

#: The font size the style sheets' point sizes were chosen for (Qt's default on Linux).
REFERENCE_POINT_SIZE = 9.0
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")

#: Overrides of the cockpit's style sheet for the high-contrast theme.
HIGH_CONTRAST_STYLE = (
    "QMainWindow, #cockpit_panel { background: #ffffff; }"
    "QLabel { color: #000000; }"
    "#slot_kind, #card_heading, #elapsed, #card_details, #budget, #digit,"
    " #answer_time, #talk_time { color: #000000; font-weight: bold; }"
    "#intro, #on_air_who { color: #000000; }"
    "#slot_title, #now_name, #next_name, #on_air_text { color: #000000; }"
    "#pronunciation { color: #3b1a99; font-weight: bold; }"
    "#now_card, #next_card, #balance { background: #ffffff; border: 2px solid #000000; }"
    "#on_air { background: #ffffff; border: 3px solid #9b0000; }"
    "#on_air[shown_empty=\"true\"] { background: #ffffff; border: 2px solid #000000; }"
    "#on_air[shown_empty=\"true\"] #on_air_text { color: #000000; }"
    "#cue { background: #ffffff; color: #000000; border: 2px solid #000000; border-left: 8px solid #0b3d91; font-weight: bold; }"
    "#capture { background: #ffffff; border-top: 2px solid #000000; }"
    "#suggestion { background: #ffffff; border: 2px solid #000000; }"
    "#suggestion QLabel { color: #000000; }"
    "#paused_badge { background: #000000; color: #ffff00; }"
    "#person_button { border: 1px solid #000000; color: #000000; }"
    "#person_button[speaking=\"true\"] { background: #004d1a; color: #ffffff; border: 2px solid #000000; }"
    "#drift[late=\"true\"] { color: #9b0000; }"
    "#drift[late=\"false\"] { color: #004d1a; }"
    "QTableView { color: #000000; background: #ffffff; gridline-color: #000000;"
    " selection-background-color: #0b3d91; selection-color: #ffffff; }"
    "QHeaderView::section { color: #000000; background: #ffffff; border: 1px solid #000000; font-weight: bold; }"
    "QLineEdit, QComboBox { color: #000000; background: #ffffff; border: 2px solid #000000; }"
)


def font_scale() -> float:
    """The system font's size relative to the one the style sheets were written for."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    size = app.font().pointSizeF()
    if size <= 0:  # a font set in pixels: no scaling to infer
        return 1.0
    return max(0.75, min(3.0, size / REFERENCE_POINT_SIZE))


def scale_font_sizes(style: str, scale: float | None = None) -> str:
    """``style`` with every point size multiplied by ``scale`` (default: :func:`font_scale`)."""
    factor = font_scale() if scale is None else scale
    if factor == 1.0:
        return style
    return _POINTS.sub(lambda match: f"{float(match.group(1)) * factor:.1f}pt", style)


def high_contrast_palette(base: QPalette) -> QPalette:
    palette = QPalette(base)
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f0f0f0"),
        (QPalette.ColorRole.Text, "#000000"),
        (QPalette.ColorRole.Button, "#ffffff"),
        (QPalette.ColorRole.ButtonText, "#000000"),
        (QPalette.ColorRole.Highlight, "#0b3d91"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#333333"),
        (QPalette.ColorRole.ToolTipBase, "#ffffff"),
        (QPalette.ColorRole.ToolTipText, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def set_style_state(widget: QWidget, name: str, value: object, *also: QWidget) -> bool:
    """Set the dynamic property ``name`` that style sheet selectors read (``[late="true"]``)
    and have ``widget`` (and the widgets in ``also`` that the same selector styles) restyled;
    whether it changed.

    NOTE: Qt reads a property selector only when a widget is polished, so a changed property
    needs an unpolish and a polish. A widget not yet polished, or not yet under a style
    sheet, takes the value when it is: restyling it then would only create Python's view of
    the style (QStyle and its ~14 enums, ~5 ms) before the first paint.
    """
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    for each in (widget, *also):
        if each.testAttribute(Qt.WidgetAttribute.WA_WState_Polished) and _under_style_sheet(each):
            style = each.style()
            style.unpolish(each)
            style.polish(each)
    return True


def _under_style_sheet(widget: QWidget) -> bool:
    """Whether a style sheet applies to ``widget`` (its own, an ancestor's or the app's).
    Without one a state property styles nothing yet; a sheet set later on an ancestor
    restyles the widgets already polished, with the values they have then."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        return True
    each: QWidget | None = widget
    while each is not None:
        if each.styleSheet():
            return True
        each = each.parentWidget()
    return False


class Theme(QObject):
    """Keeps one window's look in step with the system font and the high-contrast setting.

    It sets the window's style sheet: ``style``, scaled, with the high-contrast overrides
    when that theme is on.
    """

    def __init__(self, window: QWidget, settings: Settings, style: str) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._base_style = style
        self._base_palette = QPalette(window.palette())
        self._applying = False
        settings.changed.connect(self._setting_changed)
        window.installEventFilter(self)
        self.apply()

    @property
    def high_contrast(self) -> bool:
        return self._settings.high_contrast

    def apply(self) -> None:
        self._applying = True
        try:
            style = scale_font_sizes(self._base_style + (HIGH_CONTRAST_STYLE if self.high_contrast else ""))
            # NOTE: setting a style sheet restyles every widget in the window (~15 ms for the
            # cockpit), even the same sheet again: only a different one is set.
            if style != self._window.styleSheet():
                self._window.setStyleSheet(style)
            palette = high_contrast_palette(self._base_palette) if self.high_contrast else self._base_palette
            if palette != self._window.palette():
                self._window.setPalette(palette)
            app = QApplication.instance()
            if app is not None:
                app.setProperty("moderator_high_contrast", self.high_contrast)
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.update()
        finally:
            self._applying = False

    def _setting_changed(self, key: str) -> None:
        if key == Settings.HIGH_CONTRAST_KEY:
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The system font changed (the desktop's settings): scale the cockpit again.
        if event.type() == QEvent.Type.ApplicationFontChange and not self._applying:
            self.apply()
        return False
