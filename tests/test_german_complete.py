"""German mode is German everywhere: no English text in an action, a menu, a dialog or a header.

The cockpit is built twice over the same event, in English and in German; its actions,
menus, model headers, and the dialogs it opens (with Qt's own buttons, which qtbase's
German translates) are walked in the same order. A text that comes out the same in both
languages is an untranslated English source text, unless it is one of the few that are
the same in German (names, "Chat", a key like "F11").
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from helpers import make_event_file
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations
from moderator.ui.main_window import CockpitWindow
from moderator.ui.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")

#: Texts that are the same in German (a language named in itself, loan words, names).
SAME_IN_GERMAN = {
    "Deutsch", "English", "Chat", "E-Mail", "Live", "Podium", "Impuls", "OK", "Name", "PostgreSQL",
    "Moderation", "Host", "Status",
}


def _is_chrome(text: str) -> bool:
    """A text a person reads as words (not a key, a number, a time or empty)."""
    cleaned = text.replace("&", "").strip()
    return bool(re.search(r"[A-Za-zÄÖÜäöüß]{2,}", cleaned)) and cleaned not in SAME_IN_GERMAN


def collect(window: CockpitWindow, qtbot: QtBot) -> list[tuple[str, str]]:
    """(where, text) of every action, menu, header and dialog text, in a fixed order."""
    texts: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if action.text() and not action.isSeparator():
            texts.append((f"action {action.objectName()}", action.text()))
    for menu_action in window.menuBar().actions():
        texts.append(("menu", menu_action.text()))
        menu = menu_action.menu()
        if menu is not None:
            for sub in menu.actions():
                if sub.menu() is not None:
                    texts.append(("submenu", sub.text()))
    for model in (window.run_sheet_model, window.queue_panel.model):
        for column in range(model.columnCount()):
            texts.append((f"header {type(model).__name__}", str(model.headerData(column, Qt.Orientation.Horizontal))))
    texts.append(("toolbar", window.toolbar.windowTitle()))
    for opener in dialogs(window):
        before = set(QApplication.topLevelWidgets())
        opener()
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if widget in before or not widget.isVisible() or not isinstance(widget, QDialog):
                continue
            texts.append((f"dialog {type(widget).__name__} title", widget.windowTitle()))
            for button in widget.findChildren(QAbstractButton):
                if button.isVisible() and button.text():
                    texts.append((f"dialog {type(widget).__name__} button", button.text()))
            for label in widget.findChildren(QLabel):
                if label.isVisible() and label.text() and isinstance(widget, QMessageBox):
                    texts.append((f"dialog {type(widget).__name__} text", label.text()))
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
    return texts


def dialogs(window: CockpitWindow) -> list[Callable[[], object]]:
    assert window.cohosts is not None
    return [
        window.show_shortcuts,
        window.confirm_reset,
        window.toggle_rehearsal,
        window.ask_speaker_message,
        window.paste_transcript,
        window.cohosts.edit_identity,
        window.cohosts.ask_join,  # the name is asked first, on the first share or join
    ]


def build(qtbot: QtBot, folder: Path, template: Path) -> CockpitWindow:
    path = Path(shutil.copy(template, folder / template.name))
    session = EventSession(EventStore.open(path), FakeClock(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN)))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.install("en")


def test_nothing_is_english_in_german_mode(qtbot: QtBot, tmp_path: Path, translations: Translations) -> None:
    template = make_event_file(tmp_path)
    translations.install("en")
    (tmp_path / "en").mkdir()
    english = collect(build(qtbot, tmp_path / "en", template), qtbot)
    translations.install("de")
    (tmp_path / "de").mkdir()
    german = collect(build(qtbot, tmp_path / "de", template), qtbot)
    assert [where for where, _text in english] == [where for where, _text in german]
    untranslated = [
        f"{where}: {en!r}" for (where, en), (_where, de) in zip(english, german, strict=True) if en == de and _is_chrome(en)
    ]
    assert not untranslated, "English in German mode:\n" + "\n".join(untranslated)
    assert sum(where.startswith("dialog") for where, _text in german) > 20  # the dialogs were walked
    # Qt's own buttons too (qtbase's German).
    assert any(text == "Abbrechen" for where, text in german if "button" in where), german


def test_the_co_host_name_is_asked_on_the_first_share_not_taken_from_the_login(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    from moderator.ui.cohosts_dialogs import AddressDialog, IdentityDialog

    (tmp_path / "run").mkdir()
    window = build(qtbot, tmp_path / "run", make_event_file(tmp_path))
    assert window.session.me.name == ""  # not the login name
    assert window.cohosts is not None
    window.cohosts.ask_publish()
    dialog = window.cohosts.dialog
    assert isinstance(dialog, IdentityDialog)
    dialog.name.setText("Anna")
    dialog.accept()
    assert window.settings.display_name == "Anna"
    assert window.session.me.name == "Anna"
    assert isinstance(window.cohosts.dialog, AddressDialog)  # then the share itself
    window.cohosts.dialog.close()
    window.cohosts.ask_join()
    assert isinstance(window.cohosts.dialog, AddressDialog)  # asked once
    window.cohosts.dialog.close()

