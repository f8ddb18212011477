"""Render the app icon's PNG sizes from ``moderator.svg``.

    uv run python tests/tools/render_icon.py

The PNGs are committed: a desktop without SVG support (and the Windows/macOS packagers)
uses them, and the window icon does not need Qt's SVG plugin at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(HERE / "moderator.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage needs it
    for size in SIZES:
        target = HERE / f"moderator-{size}.png"
        render(size).save(str(target))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
