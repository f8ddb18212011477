"""The after-show report as a PDF, drawn page by page with ``QPainter`` onto a ``QPdfWriter``.

The report's blocks (:func:`moderator.exporters.report_blocks.report_blocks`, the same the
HTML page shows) are measured, split into pages and painted here: headings kept with what
follows, table rows never split across pages and the table's header repeated on the next
page, the charts drawn from their SVG through ``QSvgRenderer`` (vector, in the PDF). Not
through ``QTextDocument`` like the printed run sheet: laying out a report with 4,000 log
rows took it half a minute, this takes about a second. Pages get the run sheet's footer
(title, "as of", "page n of m"), A4 and the atomic write come from
:mod:`moderator.ui.print_export`. Imported lazily: only the PDF needs Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgRenderer

from moderator.exporters import report_labels as L
from moderator.exporters.html_export import CONTEXT as RUN_SHEET_CONTEXT
from moderator.exporters.html_export import PAGE_OF, Translate, as_of
from moderator.exporters.report import Report
from moderator.exporters.report_blocks import Block, Cell, Chart, Heading, Paragraph, Table, report_blocks
from moderator.exporters.report_charts import CHART_WIDTH
from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.ui.print_export import (
    FOOTER_POINTS,
    PDF_RESOLUTION,
    PrintFailed,
    _a4,
    _language_and_texts,
    _write_atomically,
    ensure_gui_application,
)

#: Point sizes: body, small (table cells), log rows, headings by level.
BODY, CELL, LOG, HEADING = 11.0, 9.5, 8.0, {1: 19.0, 2: 14.0, 3: 11.5}
#: Point sizes of the paragraph styles.
PARAGRAPH = {"series": 9.5, "when": 11.5, "summary": 12.5, "note": 9.5, "footer": 8.5}
TONES = {"over": QColor("#c62828"), "under": QColor("#2e7d32")}
GREY, TEXT, RULE = QColor("#555555"), QColor("#111111"), QColor("#bbbbbb")
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

Paint = Callable[[QPainter, float], None]


@dataclass
class _Piece:
    """Something of a known height to put on a page: ``paint(painter, top)``."""

    height: float
    space_before: float
    paint: Paint
    #: A heading stays on the page of what follows it.
    keep_with_next: bool = False
    #: For a table row: the header to repeat when the row starts a new page.
    header: _Piece | None = None


class _Layout:
    """Measures the blocks for one paint device and cuts them into pieces."""

    def __init__(self, device: QPagedPaintDevice, family: str) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        area = device.pageLayout().paintRectPixels(self.dpi)
        self.width = float(area.width())
        self.family = family
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def pt(self, points: float) -> float:
        return points * self.dpi / 72

    def font(self, points: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (points, bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(points)
            font.setBold(bold)
            self._fonts[key] = (font, QFontMetricsF(font, self.device))
        return self._fonts[key]

    def text_height(self, metrics: QFontMetricsF, text: str, width: float) -> float:
        """The height of ``text`` wrapped to ``width`` (one line without measuring it wrapped)."""
        if "\n" not in text and metrics.horizontalAdvance(text) <= width:
            return metrics.height()
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height()

    def text_piece(self, text: str, points: float, *, bold: bool = False, colour: QColor = TEXT,
                   space_before: float = 0.0, keep_with_next: bool = False) -> _Piece:
        font, metrics = self.font(points, bold)
        height = self.text_height(metrics, text, self.width) + self.pt(points * 0.3)
        width = self.width

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRectF(0, top, width, height), _WRAP, text)

        return _Piece(height, space_before, paint, keep_with_next)

    def pieces(self, block: Block) -> list[_Piece]:
        if isinstance(block, Heading):
            size = HEADING[block.level]
            before = self.pt({1: 0.0, 2: 14.0, 3: 8.0}[block.level])
            return [self.text_piece(block.text, size, bold=True, space_before=before, keep_with_next=True)]
        if isinstance(block, Paragraph):
            size = PARAGRAPH.get(block.style, BODY)
            colour = GREY if block.style in ("series", "note", "footer") else TEXT
            before = self.pt(10.0) if block.style == "footer" else 0.0
            return [self.text_piece(block.text, size, bold=block.style == "summary", colour=colour, space_before=before)]
        if isinstance(block, Chart):
            return [self.chart_piece(block)]
        return self.table_pieces(block)

    def chart_piece(self, chart: Chart) -> _Piece:
        renderer = QSvgRenderer(QByteArray(chart.svg.encode("utf-8")))
        size = renderer.defaultSize()
        width = self.width * size.width() / CHART_WIDTH
        height = width * size.height() / max(size.width(), 1)

        def paint(painter: QPainter, top: float) -> None:
            renderer.render(painter, QRectF(0, top, width, height))

        return _Piece(height, self.pt(4.0), paint)

    def column_widths(self, table: Table, points: float, gap: float) -> list[float]:
        """Widths by the columns' weights, but each wide enough for the longest word of its
        header (a German "Tatsächlicher" in a narrow column would run over its neighbour)
        and, for numbers, for its longest cell: what they need is taken from the others."""
        total = sum(c.weight for c in table.columns)
        widths = [self.width * c.weight / total for c in table.columns]
        _font, head = self.font(points * 0.95, True)
        _font, body = self.font(points, True)
        needed = []
        for index, column in enumerate(table.columns):
            words = column.label.split() or [""]
            need = max(head.horizontalAdvance(word) for word in words) + gap + self.pt(1.0)
            if column.numeric:
                need = max(need, max((body.horizontalAdvance(row[index].text) for row in table.rows), default=0.0) + gap)
            needed.append(need)
        short = sum(max(0.0, n - w) for n, w in zip(needed, widths, strict=True))
        spare = sum(max(0.0, w - n) for n, w in zip(needed, widths, strict=True))
        if short <= 0 or spare <= 0:
            return widths
        give = min(1.0, short / spare)
        return [
            n if n > w else w - (w - n) * give
            for n, w in zip(needed, widths, strict=True)
        ]

    def table_pieces(self, table: Table) -> list[_Piece]:
        points = LOG if table.style == "log" else CELL
        pad = self.pt(2.0 if table.style == "log" else 3.0)
        gap = self.pt(6.0)
        widths = self.column_widths(table, points, gap)
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        numeric = [c.numeric for c in table.columns]

        def row_piece(cells: tuple[Cell, ...], font_points: float, *, header: bool) -> _Piece:
            fonts = [self.font(font_points, header or cell.tone in ("bold", "over")) for cell in cells]
            heights = [
                self.text_height(metrics, cell.text, widths[i] - gap) if cell.text else metrics.height()
                for i, (cell, (_font, metrics)) in enumerate(zip(cells, fonts, strict=True))
            ]
            height = max(heights) + 2 * pad

            def paint(painter: QPainter, top: float) -> None:
                for i, cell in enumerate(cells):
                    if not cell.text:
                        continue
                    font, _metrics = fonts[i]
                    painter.setFont(font)
                    painter.setPen(GREY if header else TONES.get(cell.tone, TEXT))
                    align = Qt.AlignmentFlag.AlignRight if numeric[i] else Qt.AlignmentFlag.AlignLeft
                    flags = int(Qt.TextFlag.TextWordWrap) | int(align) | int(Qt.AlignmentFlag.AlignTop)
                    left = lefts[i] + (gap if numeric[i] else 0.0)
                    painter.drawText(QRectF(left, top + pad, widths[i] - gap, height), flags, cell.text)
                painter.setPen(QPen(TEXT if header else RULE, self.pt(1.2 if header else 0.5)))
                painter.drawLine(QPointF(0, top + height), QPointF(self.width, top + height))

            return _Piece(height, 0.0, paint)

        head = row_piece(tuple(Cell(c.label) for c in table.columns), points * 0.95, header=True)
        head.space_before = self.pt(2.0)
        head.keep_with_next = True
        rows = [row_piece(row, points, header=False) for row in table.rows]
        for row in rows:
            row.header = head
        if rows:
            rows[-1] = _Piece(rows[-1].height + self.pt(6.0), 0.0, rows[-1].paint, header=head)
        return [head, *rows]


def _paginate(pieces: list[_Piece], body_height: float) -> list[list[tuple[float, _Piece]]]:
    """The pieces placed on pages: (top, piece) per page."""
    pages: list[list[tuple[float, _Piece]]] = [[]]
    y = 0.0
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        # A run of pieces kept with the next one goes to a new page with it.
        run = [piece]
        while run[-1].keep_with_next and index + len(run) < len(pieces):
            run.append(pieces[index + len(run)])
        before = piece.space_before if pages[-1] else 0.0
        needed = before + sum(p.height for p in run) + sum(p.space_before for p in run[1:])
        if pages[-1] and y + needed > body_height:
            pages.append([])
            y = 0.0
            before = 0.0
            if piece.header is not None:  # a table goes on: its header first
                pages[-1].append((y, piece.header))
                y += piece.header.height
        y += before
        pages[-1].append((y, piece))
        y += piece.height
        index += 1
    return pages


def paint_report(blocks: tuple[Block, ...], device: QPagedPaintDevice, footer: str, texts: Translate) -> int:
    """Paint the blocks onto ``device`` page by page with a footer; returns the page count."""
    layout = _Layout(device, "DejaVu Sans")
    footer_font, footer_metrics = layout.font(FOOTER_POINTS)
    footer_height = layout.pt(FOOTER_POINTS * 2.2)
    area = device.pageLayout().paintRectPixels(layout.dpi)
    body_height = float(area.height()) - footer_height
    pieces = [piece for block in blocks for piece in layout.pieces(block)]
    pages = _paginate(pieces, body_height)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(QT_TRANSLATE_NOOP("run_sheet_print", "The printer could not be started."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            for top, piece in page:
                piece.paint(painter, top)
            band = QRectF(0, body_height, layout.width, footer_height)
            painter.setFont(footer_font)
            painter.setPen(QPen(GREY, layout.pt(0.5)))
            painter.drawLine(band.topLeft(), band.topRight())
            flags = Qt.AlignmentFlag.AlignBottom
            page_of = fill(texts(RUN_SHEET_CONTEXT, PAGE_OF), page=number + 1, pages=len(pages))
            painter.drawText(band, int(flags | Qt.AlignmentFlag.AlignRight), page_of)
            left = QRectF(band.left(), band.top(), band.width() * 0.75, band.height())
            elided = footer_metrics.elidedText(footer, Qt.TextElideMode.ElideRight, left.width())
            painter.drawText(left, int(flags | Qt.AlignmentFlag.AlignLeft), elided)
    finally:
        painter.end()
    return len(pages)


def export_report_pdf(
    report: Report, path: Path, *, language: str | None = None, texts: Translate | None = None
) -> int:
    """Write the after-show report as an A4 PDF to ``path``; returns the page count."""
    ensure_gui_application()
    language, texts = _language_and_texts(language, texts)
    blocks = report_blocks(report, texts, language)
    stamp = as_of(report.made_at, ZoneInfo(report.event.timezone), texts, language)
    title = f"{L.label(texts, L.REPORT)}: {report.event.title}"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_a4())
    writer.setTitle(title)
    writer.setCreator("moderator")
    pages = paint_report(blocks, writer, f"{title} · {stamp}", texts)
    del writer  # NOTE: the PDF's trailer is only complete once the writer is gone.
    _write_atomically(Path(path), bytes(buffer.data().data()))
    return pages
