"""The app on the desktop: icon files, the ``.desktop`` entry and the event file's MIME type.

Qt-free, so that ``moderator install-desktop`` runs without loading Qt.
"""

from __future__ import annotations

from pathlib import Path

from moderator.paths import resources_dir

#: The desktop file name (``moderator.desktop``), the Wayland app id and the icon's name.
APP_ID = "moderator"
#: The sizes the icon is rendered in (``resources/icons/moderator-N.png``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_png(size: int) -> Path:
    return icons_dir() / f"moderator-{size}.png"
