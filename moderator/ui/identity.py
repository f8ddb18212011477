"""Who the app is to the desktop: its name, icon and desktop file name.

The desktop file name is the Wayland app id and what task bars use to group the windows
and find the icon of the installed ``.desktop`` entry (see :mod:`moderator.desktop`). The
organisation and application names place the settings (``~/.config/moderator/``); they
stay as they were so that nobody's settings move.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from moderator.paths import APP_ID, resources_dir

if TYPE_CHECKING:  # QIcon loads with the icon, after the first paint (its enums cost ~1 ms)
    from PySide6.QtGui import QIcon


@cache
def app_icon() -> QIcon:
    """The app icon in every size it is drawn in (the PNGs rendered from the SVG)."""
    from PySide6.QtGui import QIcon

    from moderator.desktop import ICON_SIZES, icon_png

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)))
    if icon.isNull():  # a checkout without the PNGs: the SVG (needs Qt's SVG icon engine)
        icon = QIcon(str(resources_dir() / "icons" / "moderator.svg"))
    return icon


def apply_identity(qt_app: QApplication, *, icon: bool = True) -> None:
    """Name, organisation, desktop file name and (with ``icon``) icon of the running app.

    The app itself sets the icon right after its first paint (``icon=False`` here): on X11
    a shown window hands every size of its icon to the window manager (``_NET_WM_ICON``),
    and decoding the eight PNGs took ~10 ms of the start; the window is the same without it.
    """
    qt_app.setApplicationName("moderator")
    qt_app.setOrganizationName("moderator")
    qt_app.setApplicationDisplayName("moderator")
    qt_app.setDesktopFileName(APP_ID)
    if icon:
        qt_app.setWindowIcon(app_icon())
