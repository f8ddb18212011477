"""Windows that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height``, or to its screen's available area if that
    is smaller (a 1366×768 laptop, less its task bar), and put it inside that area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    # The frame (title bar, borders) is outside the size we set: leave room for it.
    frame_w, frame_h = 8, 36
    window.resize(min(width, area.width() - frame_w), min(height, area.height() - frame_h))
    window.move(area.left() + max(0, (area.width() - window.width() - frame_w) // 2), area.top())
