"""Everyone can use the cockpit: screen readers hear a name for every control, the cockpit
follows the system's font size, a high-contrast theme serves bright rooms, and the phase is
written, not only coloured."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moderator.domain.clock import Phase
from moderator.ui.actions import ActionId
from moderator.ui.countdown import PHASE_STYLES
from moderator.ui.editor.window import RunSheetEditor
from moderator.ui.i18n import Translations
from moderator.ui.theme import scale_font_sizes

from test_cockpit import IMPULS_1, Cockpit, at, open_cockpit


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path, event_template: Path) -> Cockpit:
    return open_cockpit(qtbot, tmp_path, event_template)


from test_cockpit import event_template  # noqa: E402,F401 - the module's event file fixture


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.install("de")
    yield
    translations.install("en")


def unnamed_controls(window: QWidget) -> list[str]:
    """Every widget of ``window`` that takes the keyboard focus but has no accessible name
    (hidden ones included: they show up in other states of the show)."""
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # popups of combo boxes and completers are windows of their own
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.isValid(), widget
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def test_every_control_of_the_cockpit_has_a_name(cockpit: Cockpit) -> None:
    cockpit.window.resize(1366, 768)
    cockpit.window.show()

    assert unnamed_controls(cockpit.window) == []
    run_sheet = QAccessible.queryAccessibleInterface(cockpit.window.run_sheet)
    assert run_sheet.text(QAccessible.Text.Name) == "Run sheet"
    assert "Enter jumps" in run_sheet.text(QAccessible.Text.Description)


def test_every_control_of_the_editor_has_a_name(qtbot: QtBot, cockpit: Cockpit) -> None:
    editor = RunSheetEditor(cockpit.session)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()

    assert unnamed_controls(editor) == []


def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, cockpit: Cockpit) -> None:
    from datetime import date

    from moderator.domain.cohosts import HostRole
    from moderator.ui.cohosts_dialogs import AddressDialog, IdentityDialog, PasswordDialog
    from moderator.ui.editor.paste_dialog import PasteAgendaDialog
    from moderator.ui.editor.person_dialog import PersonDialog
    from moderator.ui.queue_dialogs import TranscriptDialog
    from moderator.ui.shortcuts_dialog import ShortcutsDialog

    window = cockpit.window
    dialogs = [
        ShortcutsDialog(window.actions_, window.settings, window),
        TranscriptDialog(cockpit.session, window),
        PasteAgendaDialog("Europe/Berlin", date(2021, 6, 9), None, window),
        PersonDialog(None, window),
        IdentityDialog("Anna", HostRole.MODERATOR, window),
        AddressDialog("Join", "The address of the shared event.", window),
        PasswordDialog("postgresql://anna@db.example/lounge", False, window),
    ]
    for dialog in dialogs:
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_names_are_german_in_a_german_ui(german: None, cockpit: Cockpit) -> None:
    capture = QAccessible.queryAccessibleInterface(cockpit.window.capture.text)

    assert capture.text(QAccessible.Text.Name) == "Neue Frage"
    assert unnamed_controls(cockpit.window) == []


def test_the_phase_is_written_beside_its_colour(cockpit: Cockpit) -> None:
    window = cockpit.window
    assert window.countdown.phase_name == "Before the show"

    # Impuls 1 (20 minutes) started on time at 14:10; twenty seconds before its end:
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    cockpit.advance(timedelta(minutes=19, seconds=40))

    assert window.countdown.style_colours == PHASE_STYLES[Phase.FINAL]
    assert window.countdown.phase_name == "Last seconds"
    assert QAccessible.queryAccessibleInterface(window.countdown).text(QAccessible.Text.Name) == "0:20 Last seconds"
    cockpit.advance(timedelta(minutes=1))
    assert window.countdown.phase_name == "Overtime"


def test_the_cockpit_follows_a_larger_system_font_and_the_countdown_stays_big(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, event_template: Path
) -> None:
    (tmp_path / "normal").mkdir()
    (tmp_path / "big").mkdir()
    normal = open_cockpit(qtbot, tmp_path / "normal", event_template)
    normal.window.resize(1366, 768)
    normal.window.show()
    qtbot.waitExposed(normal.window)
    title_size = normal.window.slot_title.font().pointSizeF()
    original = qapp.font()
    try:
        larger = QFont(original)
        larger.setPointSizeF(original.pointSizeF() * 1.5)
        qapp.setFont(larger)
        qapp.processEvents()

        assert normal.window.slot_title.font().pointSizeF() == pytest.approx(title_size * 1.5, rel=0.02)
        big = open_cockpit(qtbot, tmp_path / "big", event_template)
        big.window.resize(1366, 768)
        big.window.show()
        qtbot.waitExposed(big.window)
        assert big.window.slot_title.font().pointSizeF() == pytest.approx(title_size * 1.5, rel=0.02)
        assert big.window.countdown.height() >= 768 / 5
    finally:
        qapp.setFont(original)


def test_point_sizes_scale_and_nothing_else_does() -> None:
    assert scale_font_sizes("#a { font-size: 12pt; padding: 6px; }", 1.5) == "#a { font-size: 18.0pt; padding: 6px; }"


def test_high_contrast_is_a_view_option_that_is_kept(qapp: QApplication, cockpit: Cockpit) -> None:
    window = cockpit.window
    action = window.actions_[ActionId.HIGH_CONTRAST]
    assert action in window.view_menu.actions() and not action.isChecked()
    normal_ground = window.countdown.grab().toImage().pixelColor(5, 5)

    action.trigger()

    assert window.settings.high_contrast is True
    assert "#now_card, #next_card, #balance { background: #ffffff; border: 2px solid #000000; }" in window.styleSheet()
    assert window.countdown.grab().toImage().pixelColor(5, 5) == QColor("#000000")  # before the show
    assert normal_ground == QColor(PHASE_STYLES[Phase.BEFORE_SHOW].background)

    action.trigger()

    assert window.settings.high_contrast is False
    assert "border: 2px solid #000000" not in window.styleSheet()
    assert qapp.property("moderator_high_contrast") is False


def test_a_state_property_restyles_a_shown_widget_and_one_styled_later(qtbot: QtBot) -> None:
    """A label's [late="true"] rule shows when the property changes on a shown window, and
    on a label whose property was set before the window had its style sheet."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from moderator.ui.theme import set_style_state

    sheet = 'QLabel[late="true"] { color: #c92a2a; } QLabel[late="false"] { color: #2b8a3e; }'
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    shown, early = QLabel("+1:00", window), QLabel("+2:00", window)
    column.addWidget(shown)
    column.addWidget(early)
    set_style_state(early, "late", "true")  # no style sheet yet: nothing to restyle
    window.setStyleSheet(sheet)
    set_style_state(shown, "late", "false")
    window.show()
    qtbot.waitExposed(window)
    assert early.palette().color(early.foregroundRole()).name() == "#c92a2a"
    assert shown.palette().color(shown.foregroundRole()).name() == "#2b8a3e"
    assert set_style_state(shown, "late", "true")  # changed while shown
    assert shown.palette().color(shown.foregroundRole()).name() == "#c92a2a"
    assert not set_style_state(shown, "late", "true")  # the same value: nothing to do
