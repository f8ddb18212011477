"""The printed run sheet as PDF: A4 pages laid out by Qt from the run sheet's HTML.

Given the sample event, the PDF is written, has pages, keeps every slot on one page and
draws nothing outside the page margins. With poppler's ``pdftoppm``/``pdftotext`` on the
machine, page 1 is rendered and read back; without them those checks are skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from moderator.domain.model import EventSnapshot, Participant, Person, Role, Slot, SlotKind
from moderator.importers.json_event import parse_event_json
from moderator.paths import sample_event_source
from moderator.persistence import EventStore
from moderator.ui.i18n import Translations
from moderator.ui.print_export import (
    PDF_RESOLUTION,
    PrintFailed,
    _a4,
    ensure_gui_application,
    export_pdf,
    paint_pages,
    print_run_sheet,
    run_sheet_document,
)

EXPORTED_AT = datetime(2021, 6, 8, 16, 5, tzinfo=timezone.utc)
A4_POINTS = (595, 842)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> EventSnapshot:
    """The bundled sample event, read back from a real event file (so it has ids)."""
    draft = parse_event_json(sample_event_source().read_text(encoding="utf-8"))
    store = EventStore.create(tmp_path_factory.mktemp("sample") / "lounge.moderator", draft)
    try:
        return store.snapshot()
    finally:
        store.close()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app in German; English again afterwards."""
    translations = Translations(qapp)
    translations.install("de")
    yield
    translations.install("en")


def pdf_pages(data: bytes) -> int:
    """The number of page objects in a PDF (Qt writes its objects uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def long_event(sample: EventSnapshot, slots: int = 14, every: timedelta = timedelta(minutes=15)) -> EventSnapshot:
    """The sample stretched to many slots, each with three people and long intros."""
    people = tuple(
        Person(f"Person {n}", id=100 + n, organisation="Landkreis Musterstadt", intro="Sie spricht über Open Data. " * 6,
               pronunciation=f"PER-son {n}")
        for n in range(slots * 3)
    )
    start = sample.event.start
    run_sheet = tuple(
        Slot(
            f"Programmpunkt {n}: ein längerer Titel, der auf zwei Zeilen umbricht und trotzdem lesbar bleibt",
            start + every * n,
            timedelta(minutes=15),
            SlotKind.TALK,
            id=100 + n,
            position=n,
            notes="Bitte auf die Zeit achten." if n % 2 else "",
            participants=tuple(Participant(100 + 3 * n + k, Role.SPEAKER) for k in range(3)),
        )
        for n in range(slots)
    )
    return replace(sample, people=people, slots=run_sheet)


def test_the_pdf_is_written_with_a4_pages(qapp: QApplication, sample: EventSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "ablauf.pdf"

    pages = export_pdf(sample, path, exported_at=EXPORTED_AT)

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert pages >= 1
    assert pdf_pages(data) == pages
    media_boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert [(round(float(w)), round(float(h))) for w, h in media_boxes] == [A4_POINTS] * pages
    assert not list(tmp_path.glob(".*.tmp")), "the temporary file is left behind"


def test_an_existing_pdf_is_replaced(qapp: QApplication, sample: EventSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "ablauf.pdf"
    path.write_bytes(b"old")

    export_pdf(sample, path, exported_at=EXPORTED_AT)

    assert path.read_bytes().startswith(b"%PDF")


def test_a_pdf_that_cannot_be_written_is_a_user_error(
    qapp: QApplication, sample: EventSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "ablauf.pdf"

    with pytest.raises(PrintFailed) as raised:
        export_pdf(sample, path, exported_at=EXPORTED_AT)

    assert raised.value.message == f"{path} could not be written: No such file or directory"
    assert not path.parent.exists()


def test_no_slot_is_split_across_pages_and_no_heading_is_left_behind(
    qapp: QApplication, sample: EventSnapshot
) -> None:
    # A slot every two hours from 14:00: the sheet runs into the next day, whose date
    # stands as a heading above the first slot after midnight.
    event = long_event(sample, every=timedelta(minutes=120))
    sheet = run_sheet_document(event, language="en", exported_at=EXPORTED_AT)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_a4())

    pages = paint_pages(sheet, writer)

    assert pages >= 4
    layout = sheet.document.documentLayout()
    page_height = sheet.document.pageSize().height()
    tables = sheet.document.rootFrame().childFrames()
    assert len(tables) == 1 + 14 + 1  # the column heads, a table per slot, who's who
    for table in tables[1:-1]:
        rect = layout.frameBoundingRect(table)
        assert int(rect.top() // page_height) == int((rect.bottom() - 1) // page_height), (
            f"a slot crosses a page: {rect}"
        )
    headings = []
    block = sheet.document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3):
            headings.append(block)
        block = block.next()
    assert [h.text() for h in headings] == ["Thursday, 10 June 2021", "Who's who"]
    for heading in headings:
        table = next(t for t in tables if t.firstPosition() > heading.position())
        assert int(layout.blockBoundingRect(heading).top() // page_height) == int(
            layout.frameBoundingRect(table).top() // page_height
        ), f"{heading.text()!r} is not on the page of what it heads"


def test_the_app_language_is_the_default(german: None, sample: EventSnapshot) -> None:
    sheet = run_sheet_document(sample, exported_at=EXPORTED_AT)

    text = sheet.document.toPlainText()
    assert "Mittwoch, 9. Juni 2021" in text
    assert "Vorprogramm" in text
    assert "Podium" in text


def test_a_language_can_be_asked_for_without_the_app_speaking_it(
    qapp: QApplication, sample: EventSnapshot
) -> None:
    sheet = run_sheet_document(sample, language="de", exported_at=EXPORTED_AT)

    assert "Mittwoch, 9. Juni 2021" in sheet.document.toPlainText()
    assert "Impuls" in sheet.document.toPlainText()


def test_the_running_application_is_used(qapp: QApplication) -> None:
    assert ensure_gui_application() is qapp


needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")


def render(pdf: Path, page: int, dpi: int = 50) -> QImage:
    """Page ``page`` of ``pdf`` as an image, rendered by poppler (not by Qt)."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    image = QImage(str(prefix.with_suffix(".png")))
    assert not image.isNull()
    return image


def ink_in(image: QImage, left: int, top: int, right: int, bottom: int) -> bool:
    """Whether anything but white is drawn in the rectangle (pixels, ``right``/``bottom`` excluded)."""
    for y in range(top, bottom):
        for x in range(left, right):
            if QColor(image.pixel(x, y)).lightness() < 240:
                return True
    return False


@needs_pdftoppm
def test_every_page_stays_inside_its_margins(qapp: QApplication, sample: EventSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "ablauf.pdf"
    pages = export_pdf(long_event(sample), path, exported_at=EXPORTED_AT)

    for page in range(1, pages + 1):
        image = render(path, page)
        width, height = image.width(), image.height()
        assert abs(width - A4_POINTS[0] * 50 / 72) <= 1 and abs(height - A4_POINTS[1] * 50 / 72) <= 1
        margin = round(12 / 25.4 * 50)  # 12 mm: inside the page margins of 14-16 mm
        assert ink_in(image, margin, margin, width - margin, height - margin), f"page {page} is empty"
        for strip in [
            (0, 0, width, margin),
            (0, height - margin, width, height),
            (0, 0, margin, height),
            (width - margin, 0, width, height),
        ]:
            assert not ink_in(image, *strip), f"page {page} draws into its margin {strip}"


@needs_pdftotext
def test_the_pdf_holds_the_run_sheet_as_text(qapp: QApplication, sample: EventSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "ablauf.pdf"
    pages = export_pdf(sample, path, language="en", exported_at=EXPORTED_AT)

    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    everything = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout

    assert "Open Government – das können wir?!" in first
    assert "Wednesday, 9 June 2021" in first
    assert "13:50" in first
    assert "Pronunciation: HANT-schuh" in first
    assert f"Page 1 of {pages}" in first
    assert "As of 8 June 2021, 18:05" in first
    for slot in sample.slots:
        assert " ".join(slot.title.split()[:3]) in everything
    for person in sample.people:
        assert " ".join(person.intro.split()[:4]) in " ".join(everything.split())


def test_the_print_dialog_opens_without_blocking_and_prints(
    qapp: QApplication, sample: EventSnapshot, tmp_path: Path
) -> None:
    dialog = print_run_sheet(sample, None, language="en")
    try:
        assert dialog.isVisible()
        assert dialog.printer().pageLayout().pageSize().id() == _a4().pageSize().id()
        printers = dialog.findChild(QComboBox, "printers")
        filename = dialog.findChild(QLineEdit, "filename")
        pdf = next((i for i in range(printers.count()) if "PDF" in printers.itemText(i)), None) if printers else None
        if printers is None or filename is None or pdf is None:
            pytest.skip("this platform's print dialog has no 'print to file' to test with")
        printers.setCurrentIndex(pdf)
        filename.setText(str(tmp_path / "gedruckt.pdf"))

        dialog.accept()
    finally:
        if dialog.isVisible():
            dialog.reject()

    assert (tmp_path / "gedruckt.pdf").read_bytes().startswith(b"%PDF")


def test_the_command_line_gets_a_pdf_without_a_running_app_or_display(tmp_path: Path) -> None:
    """As ``moderator export --format pdf`` does it: a fresh process, no app, no display."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from moderator.domain.model import EventSnapshot, LiveState\n"
        "from moderator.exporters.html_export import translator_for\n"
        "from moderator.importers.json_event import parse_event_json\n"
        "from moderator.paths import sample_event_source\n"
        "from moderator.ui.print_export import export_pdf\n"
        "draft = parse_event_json(sample_event_source().read_text(encoding='utf-8'))\n"
        "snapshot = EventSnapshot(draft.event, draft.people, draft.slots, (), LiveState())\n"
        "assert QCoreApplication.instance() is None\n"
        "pages = export_pdf(snapshot, Path(sys.argv[1]), language='de', texts=translator_for('de'))\n"
        "print(pages, QCoreApplication.instance().platformName())\n"
    )
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {key: value for key, value in os.environ.items() if key not in hidden}
    path = tmp_path / "ablauf.pdf"

    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], env=env, capture_output=True, text=True, timeout=120
    )

    assert done.returncode == 0, done.stderr
    pages, platform = done.stdout.split()
    assert int(pages) >= 1
    assert platform == "offscreen"
    assert path.read_bytes().startswith(b"%PDF")
