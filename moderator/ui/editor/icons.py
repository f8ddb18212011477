"""The editor's few icons, drawn with QPainter: they look the same on every platform and
in every style, need no image files, and scale to the screen's pixel ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from moderator.domain.run_sheet_findings import FindingKind

PIN_ON = QColor("#c92a2a")
PIN_OFF = QColor("#ced4da")
_SIZE = 32  # drawn at 32 px and scaled down: crisp at 16 px on a high-density screen


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@cache
def pin_icon(pinned: bool) -> QIcon:
    """A push pin: red and solid for a pinned slot, a faint outline for a linked one."""
    pixmap, painter = _canvas()
    colour = PIN_ON if pinned else PIN_OFF
    painter.translate(_SIZE / 2, _SIZE / 2)
    painter.rotate(35)
    painter.translate(-_SIZE / 2, -_SIZE / 2)
    painter.setPen(_pen(colour.darker(130) if pinned else colour, 2.4))
    painter.drawLine(QPointF(16, 20), QPointF(16, 30))  # the needle
    body = QPainterPath()
    body.addRoundedRect(QRectF(11, 4, 10, 11), 3, 3)
    body.addRect(QRectF(7, 15, 18, 4))
    painter.setPen(_pen(colour.darker(130) if pinned else colour, 2))
    painter.setBrush(colour if pinned else Qt.GlobalColor.transparent)
    painter.drawPath(body.simplified())
    painter.end()
    return QIcon(pixmap)


_FINDING_COLOURS = {
    FindingKind.OVERLAP: QColor("#e03131"),
    FindingKind.AFTER_END: QColor("#e03131"),
    FindingKind.BEFORE_START: QColor("#f08c00"),
    FindingKind.GAP: QColor("#1c7ed6"),
    FindingKind.NO_PEOPLE: QColor("#f08c00"),
    FindingKind.NO_TITLE: QColor("#f08c00"),
}


@cache
def finding_icon(kind: FindingKind) -> QIcon:
    """A warning triangle (red for overlaps and late ends, orange for what is missing) or,
    for a gap, a blue circle with an "i": a gap may well be intended."""
    pixmap, painter = _canvas()
    colour = _FINDING_COLOURS[kind]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if kind is FindingKind.GAP:
        painter.drawEllipse(QRectF(3, 3, 26, 26))
        mark = "i"
    else:
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(30.5, 28.5), QPointF(1.5, 28.5)]))
        mark = "!"
    font = QFont()
    font.setBold(True)
    font.setPixelSize(18)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 8 if mark == "!" else 4, _SIZE, 22), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


@cache
def ok_icon() -> QIcon:
    """A green tick in a circle: nothing to check."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2b8a3e"))
    painter.drawEllipse(QRectF(3, 3, 26, 26))
    painter.setPen(_pen(QColor("#ffffff"), 3.2))
    painter.drawPolyline(QPolygonF([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)]))
    painter.end()
    return QIcon(pixmap)
