"""The app as the desktop sees it: its icon, its name, its file type."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.desktop import (
    ICON_SIZES,
    MIME_TYPE,
    DesktopFiles,
    desktop_entry,
    icon_png,
    install_desktop,
    mime_source,
)
from moderator.domain.timesource import FakeClock
from moderator.paths import APP_ID
from moderator.persistence import EventStore
from moderator.persistence.files import APPLICATION_ID
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


# --- the file type: install-desktop into a temporary XDG_DATA_HOME ------------------------

XDG_TOOLS = ("xdg-mime", "update-mime-database")
needs_xdg = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in XDG_TOOLS), reason="xdg-utils and shared-mime-info are needed"
)


def _desktop_env(tmp_path: Path) -> dict[str, str]:
    """A user with nothing installed: their own data and config folders, no desktop session
    (so xdg-mime answers from the freedesktop databases, as on any desktop)."""
    env = {
        k: v for k, v in os.environ.items()
        if not k.startswith(("XDG_", "KDE_", "GNOME_", "DESKTOP_SESSION"))
    }
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def _moderator(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _xdg_mime(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdg-mime", *args], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout.strip()


def test_the_mime_definition_matches_the_application_id_the_event_file_sets() -> None:
    xml = mime_source().read_text(encoding="utf-8")

    assert f'type="big32" offset="68" value="0x{APPLICATION_ID:08X}"' in xml
    assert 'value="SQLite format 3\\000"' in xml
    assert f'<mime-type type="{MIME_TYPE}">' in xml and 'pattern="*.moderator"' in xml


@needs_xdg
def test_after_install_desktop_an_event_file_opens_in_moderator(tmp_path: Path) -> None:
    env = _desktop_env(tmp_path)
    event = make_event_file(tmp_path)
    renamed = tmp_path / "mailed-without-extension.db"
    shutil.copyfile(event, renamed)
    other = tmp_path / "someone-elses.moderator.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()

    result = _moderator(env, "install-desktop")

    assert result.returncode == 0, result.stderr
    entry = tmp_path / "data" / "applications" / "moderator.desktop"
    assert entry.is_file()
    assert (tmp_path / "data" / "icons" / "hicolor" / "16x16" / "apps" / "moderator.png").is_file()
    assert _xdg_mime(env, "query", "filetype", str(event)) == MIME_TYPE
    assert _xdg_mime(env, "query", "filetype", str(renamed)) == MIME_TYPE  # by content
    assert _xdg_mime(env, "query", "filetype", str(other)) != MIME_TYPE  # SQLite, but not ours
    assert _xdg_mime(env, "query", "default", MIME_TYPE) == "moderator.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)


@needs_xdg
def test_uninstall_desktop_takes_it_all_back(tmp_path: Path) -> None:
    env = _desktop_env(tmp_path)
    event = make_event_file(tmp_path)
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/plain=editor.desktop;\n")
    assert _moderator(env, "install-desktop").returncode == 0

    result = _moderator(env, "uninstall-desktop")

    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data" / "applications" / "moderator.desktop").exists()
    assert not list((tmp_path / "data" / "icons").rglob("*moderator*"))
    assert _xdg_mime(env, "query", "filetype", str(event)) != MIME_TYPE
    assert mimeapps.read_text() == "[Default Applications]\ntext/plain=editor.desktop;\n"


def test_a_default_the_user_chose_is_left_alone(tmp_path: Path) -> None:
    files = DesktopFiles(tmp_path / "data", tmp_path / "config")
    files.mimeapps.parent.mkdir(parents=True)
    files.mimeapps.write_text(f"[Default Applications]\n{MIME_TYPE}=other.desktop;\n")

    install_desktop(files, ["/opt/moderator/bin/moderator-gui"])

    assert files.mimeapps.read_text() == f"[Default Applications]\n{MIME_TYPE}=other.desktop;\n"
    entry = (files.applications / "moderator.desktop").read_text()
    assert "Exec=/opt/moderator/bin/moderator-gui %f" in entry


def test_a_path_with_spaces_is_quoted_in_the_desktop_entry() -> None:
    entry = desktop_entry(["/home/anna/My Apps/bin/moderator-gui"])

    assert 'Exec="/home/anna/My Apps/bin/moderator-gui" %f' in entry


def test_a_file_the_system_hands_over_opens_in_the_cockpit(tmp_path: Path) -> None:
    """macOS opens a double-clicked file with a QFileOpenEvent to the running app."""
    event_file = make_event_file(tmp_path)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QFileOpenEvent\n"
        "from moderator.ui.app import build_app\n"
        "app = build_app([])\n"
        "before = app.window.session.store.location\n"
        "QCoreApplication.sendEvent(app.qt_app, QFileOpenEvent(sys.argv[1]))\n"
        "print(before != sys.argv[1], app.window.session.store.location == sys.argv[1])\n"
    )
    env = {**_desktop_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-c", script, str(event_file)], env=env, capture_output=True, text=True, timeout=120, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
