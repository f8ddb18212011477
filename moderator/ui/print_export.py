"""The printed run sheet: the HTML of :mod:`moderator.exporters.html_export` on A4 paper.

Qt's ``QTextDocument`` lays the page out and paints it page by page into a ``QPdfWriter``
(``export_pdf``) or a printer chosen in the print dialog (``print_run_sheet``). A slot is
never split across pages, and each page gets a footer with the event's title, the time of
the export and "page n of m". Works without a window: the command line calls
:func:`export_pdf` and an offscreen ``QGuiApplication`` is created when none is running.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError, fill
from moderator.domain.model import EventSnapshot
from moderator.exporters.html_export import (
    CONTEXT,
    PAGE_OF,
    RUN_SHEET,
    Translate,
    as_of,
    export_html,
    primary_language,
    translator_for,
)

#: Points at which the PDF is laid out: fine enough for exact text placement, and the text
#: stays vector text whatever this is.
PDF_RESOLUTION = 300
#: A4 page margins in millimetres (left, top, right, bottom), the same as the HTML's @page.
PAGE_MARGINS = QMarginsF(15, 14, 15, 16)
#: The page's body text size, as in the HTML's style sheet.
BODY_POINTS = 12.0
#: Space under the body for the page footer, in points.
FOOTER_POINTS = 9.0


#: The application made by :func:`ensure_gui_application` when none was running.
_own_application: QGuiApplication | None = None


class PrintFailed(UserError):
    """The run sheet could not be written or printed; nothing half-written is left behind."""

    context = "run_sheet_print"


def _a4() -> QPageLayout:
    """A4 portrait with the run sheet's margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        PAGE_MARGINS,
        QPageLayout.Unit.Millimeter,
    )


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (for the command line).

    Text layout needs a ``QGuiApplication`` for its fonts; without a display (a server, a
    script over SSH) Qt's offscreen platform is used.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication without GUI is running; cannot lay out the page")
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _own_application
    # Kept here: the application must outlive every document laid out with it.
    _own_application = QGuiApplication([sys.argv[0] if sys.argv else "moderator"])
    return _own_application


def _language_and_texts(language: str | None, texts: Translate | None) -> tuple[str, Translate]:
    """The language to print in and its translator: by default the app's own.

    The app's language is what :class:`moderator.ui.i18n.Translations` installed; its
    translator is Qt's. Another language (or no app language) reads the .ts without Qt.
    """
    app = QCoreApplication.instance()
    app_language = app.property("moderator_language") if app is not None else None
    if language is None:
        language = str(app_language) if app_language else "en"
    language = primary_language(language)
    if texts is None:
        texts = QCoreApplication.translate if language == app_language else translator_for(language)
    return language, texts


@dataclass(frozen=True)
class PrintableRunSheet:
    """The laid-out run sheet and the texts of its page footer."""

    document: QTextDocument
    #: Left of every page's footer: "Run sheet: <title> · As of <time>".
    footer: str
    texts: Translate


def run_sheet_document(
    snapshot: EventSnapshot,
    *,
    language: str | None = None,
    texts: Translate | None = None,
    exported_at: datetime | None = None,
) -> PrintableRunSheet:
    """The run sheet as a ``QTextDocument`` in the given (default: the app's) language."""
    language, texts = _language_and_texts(language, texts)
    when = exported_at if exported_at is not None else datetime.now(timezone.utc)
    document = QTextDocument()
    # The page margins come from the paint device; the document's own 4 px would add to them.
    document.setDocumentMargin(0)
    # NOTE: Qt ignores CSS font sizes on h1-h3 and sizes them relative to the default font
    # instead; at the page's 12 pt body size they come out near the CSS sizes.
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(export_html(snapshot, texts=texts, language=language, exported_at=when))
    stamp = as_of(when, ZoneInfo(snapshot.event.timezone), texts, language)
    footer = f"{texts(CONTEXT, RUN_SHEET)}: {snapshot.event.title} · {stamp}"
    return PrintableRunSheet(document, footer, texts)


def _pages_spanned(top: float, bottom: float, page_height: float) -> tuple[int, int]:
    """The first and last page a box from ``top`` to ``bottom`` is on (document coordinates)."""
    # Half a pixel of tolerance: a box ending exactly on a page's bottom is on that page.
    return int(top // page_height), int(max(bottom - 0.5, top) // page_height)


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Move every top-level table that would cross a page to the next page, with its heading.

    Qt's layout ignores ``page-break-inside: avoid`` and splits a table, even inside a
    row; the run sheet is one table per slot, so moving a crossing table whole keeps each
    slot on one page. A table taller than a page is left to split. A heading right before
    a moved table (a new day's date, "Who's who") moves with it. Items are handled in
    document order and the layout is asked again after each move, as a move pushes
    everything after it down.
    """
    layout = document.documentLayout()
    root = document.rootFrame()
    items: list[tuple[int, QTextFrame | QTextBlock]] = [
        (frame.firstPosition(), frame) for frame in root.childFrames()
    ]
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentFrame() == root:
            items.append((block.position(), block))
        block = block.next()
    items.sort(key=lambda item: item[0])
    heading: QTextBlock | None = None
    for _position, item in items:
        if isinstance(item, QTextBlock):
            heading = item
            continue
        rect = layout.frameBoundingRect(item)
        first, last = _pages_spanned(rect.top(), rect.bottom(), page_height)
        if first != last and rect.height() < page_height:
            # The heading goes along only if nothing stands between it and the table.
            if heading is not None and heading.next().position() >= item.firstPosition() - 1:
                head = layout.blockBoundingRect(heading)
                if head.top() % page_height > 0.5:  # not already at the top of a page
                    block_format = heading.blockFormat()
                    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(heading).setBlockFormat(block_format)
            else:
                frame_format = item.frameFormat()
                frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                item.setFrameFormat(frame_format)
        heading = None


def paint_pages(sheet: PrintableRunSheet, device: QPagedPaintDevice) -> int:
    """Paint the run sheet onto ``device`` page by page, each with a footer; returns the page count.

    The document is laid out for the device (its resolution and the printable area of
    its page layout) minus a footer band; every page shows the event's title and the
    time of the export on the left and "page n of m" on the right of that band.
    """
    document, texts = sheet.document, sheet.texts
    resolution = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(resolution)
    width, height = float(area.width()), float(area.height())
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_height = FOOTER_POINTS * 2.2 * resolution / 72
    body_height = height - footer_height

    layout = document.documentLayout()
    layout.setPaintDevice(device)
    document.setPageSize(QSizeF(width, body_height))
    keep_together(document, body_height)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(QT_TRANSLATE_NOOP("run_sheet_print", "The printer could not be started."))
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            band = QRectF(0, body_height, width, footer_height)
            painter.drawLine(band.topLeft(), band.topRight())
            flags = Qt.AlignmentFlag.AlignBottom
            page_of = fill(texts(CONTEXT, PAGE_OF), page=page + 1, pages=pages)
            painter.drawText(band, int(flags | Qt.AlignmentFlag.AlignRight), page_of)
            left = QRectF(band.left(), band.top(), band.width() * 0.75, band.height())
            metrics = painter.fontMetrics()
            elided = metrics.elidedText(sheet.footer, Qt.TextElideMode.ElideRight, int(left.width()))
            painter.drawText(left, int(flags | Qt.AlignmentFlag.AlignLeft), elided)
            painter.restore()
    finally:
        painter.end()
    return pages


def export_pdf(
    snapshot: EventSnapshot,
    path: Path,
    *,
    language: str | None = None,
    texts: Translate | None = None,
    exported_at: datetime | None = None,
) -> int:
    """Write the run sheet of ``snapshot`` as an A4 PDF to ``path``; returns the page count.

    ``language`` and ``texts`` default to the app's language and translator (English when
    no app language is installed, as on the command line).
    """
    ensure_gui_application()
    sheet = run_sheet_document(snapshot, language=language, texts=texts, exported_at=exported_at)
    # Rendered in memory and then written in one step: a file that cannot be written gives
    # the system's reason, and an existing PDF is never left half overwritten.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_a4())
    writer.setTitle(f"{sheet.texts(CONTEXT, RUN_SHEET)}: {snapshot.event.title}")
    writer.setCreator("moderator")
    pages = paint_pages(sheet, writer)
    del writer  # NOTE: the PDF's trailer is only complete once the writer is gone.
    _write_atomically(Path(path), bytes(buffer.data().data()))
    return pages


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, or raise :class:`PrintFailed`."""
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        temp = Path(name)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        # mkstemp makes the file private; a PDF is shared like any document.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
        temp = None
    except OSError as error:
        raise PrintFailed(
            QT_TRANSLATE_NOOP("run_sheet_print", "%1 could not be written: %2"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def print_run_sheet(
    snapshot: EventSnapshot,
    parent: QWidget | None = None,
    *,
    language: str | None = None,
    texts: Translate | None = None,
) -> QPrintDialog:
    """Open the print dialog for the run sheet; prints when the user accepts it.

    The dialog is shown with ``open()`` (window-modal, returns at once), so it is safe to
    call from a coroutine; the returned dialog is deleted when closed.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4())
    language, texts = _language_and_texts(language, texts)
    printer.setDocName(f"{texts(CONTEXT, RUN_SHEET)}: {snapshot.event.title}")
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def print_accepted() -> None:
        # Laid out now, so that "as of" is the time of printing.
        paint_pages(run_sheet_document(snapshot, language=language, texts=texts), printer)

    # NOTE: the printer lives in this closure, and so as long as the dialog does.
    dialog.accepted.connect(print_accepted)
    # NOTE: QPrintDialog.open(receiver, member) hides QDialog.open() in PySide6; call the base.
    QDialog.open(dialog)
    return dialog
