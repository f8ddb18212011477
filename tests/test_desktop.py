"""The app as the desktop sees it: its icon, its name, its file type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.desktop import APP_ID, ICON_SIZES, icon_png
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.identity import app_icon, apply_identity
from moderator.ui.main_window import CockpitWindow
from moderator.ui.speaker_view import SpeakerView

from helpers import make_event_file
from test_cockpit import at, isolated_settings


def test_the_icon_is_shipped_in_every_size(qapp: QApplication) -> None:
    for size in ICON_SIZES:
        assert icon_png(size).is_file(), icon_png(size)
    sizes = app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(512, 512) in sizes


def test_the_app_names_itself_and_its_windows_carry_the_icon(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    apply_identity(qapp)

    assert qapp.applicationName() == "moderator"
    assert qapp.organizationName() == "moderator"
    assert qapp.desktopFileName() == APP_ID
    session = EventSession(EventStore.open(make_event_file(tmp_path)), FakeClock(at(13, 49)))
    window = CockpitWindow(session, isolated_settings(tmp_path))
    qtbot.addWidget(window)
    view = SpeakerView()
    qtbot.addWidget(view)
    for widget in (window, view):
        assert QSize(16, 16) in widget.windowIcon().availableSizes()
