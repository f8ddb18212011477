"""The after-show report as a PDF: its HTML laid out by Qt on A4, the charts drawn by Qt.

Qt's ``QTextDocument`` does not draw inline SVG, so the report's HTML is made with
``charts="images"`` and each chart's SVG (the same one the HTML page inlines) is drawn
through ``QSvgRenderer`` into an image the document shows, at the PDF's resolution.
Pages, footers and the atomic write are the printed run sheet's
(:mod:`moderator.ui.print_export`). Imported lazily: only the PDF needs Qt.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QUrl, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from moderator.exporters import report_labels as L
from moderator.exporters.html_export import Translate, as_of
from moderator.exporters.report import Report
from moderator.exporters.report_html import chart_svgs, export_report_html
from moderator.ui.print_export import (
    BODY_POINTS,
    PDF_RESOLUTION,
    PrintableRunSheet,
    _a4,
    _language_and_texts,
    _write_atomically,
    ensure_gui_application,
    paint_pages,
)

#: Pixels per CSS pixel of the chart images: 3 at 96 dpi is close to the PDF's 300 dpi.
CHART_SCALE = 3
#: The report's body size: a little smaller than the run sheet's, it is read, not glanced at.
REPORT_POINTS = BODY_POINTS - 2


def _chart_image(svg: str) -> QImage:
    """One chart drawn from its SVG onto a white image, ``CHART_SCALE`` times its size."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size.width() * CHART_SCALE, size.height() * CHART_SCALE, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def report_document(
    report: Report, *, language: str | None = None, texts: Translate | None = None
) -> PrintableRunSheet:
    """The report as a ``QTextDocument`` with its charts, and its page footer."""
    language, texts = _language_and_texts(language, texts)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(document.defaultFont())
    font.setPointSizeF(REPORT_POINTS)
    document.setDefaultFont(font)
    for name, svg in chart_svgs(report, texts).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), _chart_image(svg))
    document.setHtml(export_report_html(report, texts=texts, language=language, charts="images"))
    stamp = as_of(report.made_at, ZoneInfo(report.event.timezone), texts, language)
    footer = f"{L.label(texts, L.REPORT)}: {report.event.title} · {stamp}"
    return PrintableRunSheet(document, footer, texts)


def export_report_pdf(
    report: Report, path: Path, *, language: str | None = None, texts: Translate | None = None
) -> int:
    """Write the after-show report as an A4 PDF to ``path``; returns the page count."""
    ensure_gui_application()
    printable = report_document(report, language=language, texts=texts)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_a4())
    writer.setTitle(f"{L.label(printable.texts, L.REPORT)}: {report.event.title}")
    writer.setCreator("moderator")
    pages = paint_pages(printable, writer)
    del writer  # NOTE: the PDF's trailer is only complete once the writer is gone.
    _write_atomically(Path(path), bytes(buffer.data().data()))
    return pages
