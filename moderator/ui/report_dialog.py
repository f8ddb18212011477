"""File → After-show report…: write the report as HTML, PDF, Markdown or CSV.

A small non-modal window (the cockpit keeps its keys): pick the format and the language,
then *Save…* asks where (a ``QFileDialog`` opened with ``open()``). After *End of show*
the cockpit only mentions the report in its banner; it never asks anything during a show.

The window depends on a :class:`ReportSource`, not on the cockpit: anything that can make
the report's :class:`~moderator.exporters.report.Report` will do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain.errors import UserError, fill
from moderator.domain.followups import FollowUp, FollowUpChoice, follow_ups
from moderator.domain.model import Event, Person
from moderator.exporters.html_export import translator_for
from moderator.exporters.report import Report, build_report
from moderator.ui.followups_dialog import FollowUpSource, FollowUpsDialog
from moderator.ui.messages import translate_error

#: (format id, file suffix) in the order the window offers them.
FORMATS: tuple[tuple[str, str], ...] = (("html", ".html"), ("pdf", ".pdf"), ("md", ".md"), ("csv", ".csv"))


class ReportSource(FollowUpSource, Protocol):
    """What the report window needs: the report as of now, the event's language, and the
    follow-ups (for the window it opens)."""

    def after_show_report(self) -> Report: ...

    @property
    def event_language(self) -> str: ...


class SessionReportSource:
    """The report of an event open in the app, read from its store as it is now; follow-up
    choices are operations run by the event's service."""

    def __init__(self, service: EventService, now: Callable[[], datetime]) -> None:
        self.service = service
        self.store = service.store
        self.now = now

    @property
    def event_language(self) -> str:
        return self.store.event().language

    def after_show_report(self) -> Report:
        return build_report(self.store.snapshot(), self.store.log(), self.store.handoffs(), now=self.now())

    # The follow-ups (see moderator.ui.followups_dialog.FollowUpSource).

    def follow_ups(self) -> tuple[FollowUp, ...]:
        return follow_ups(self.store.snapshot(), self.store.followups())

    def people(self) -> tuple[Person, ...]:
        return self.store.people()

    def event(self) -> Event:
        return self.store.event()

    def set_followup(self, choice: FollowUpChoice) -> None:
        self.service.run(ops.SetFollowUp(choice))


def write_report(report: Report, path: Path, fmt: str, language: str) -> None:
    """Write ``report`` to ``path`` as ``fmt`` in ``language`` (raises a UserError if it cannot).

    The app's German comes from Qt's translator when it is the app's language; another
    language reads the German of the shipped ``.ts`` like the command line.
    """
    app = QCoreApplication.instance()
    app_language = app.property("moderator_language") if app is not None else None
    texts = QCoreApplication.translate if language == app_language else translator_for(language)
    if fmt == "pdf":
        from moderator.ui.report_print import export_report_pdf

        export_report_pdf(report, path, language=language, texts=texts)
        return
    if fmt == "html":
        from moderator.exporters.report_html import export_report_html

        text = export_report_html(report, texts=texts, language=language)
    elif fmt == "md":
        from moderator.exporters.report_text import export_report_markdown

        text = export_report_markdown(report, texts=texts, language=language)
    else:
        from moderator.exporters.report_text import export_report_csv

        text = export_report_csv(report)
    from moderator.ui.print_export import _write_atomically

    _write_atomically(path, text.encode("utf-8"))


class AfterShowReportDialog(QDialog):
    """Choose format and language, then save the after-show report.

    Signals:
        saved(str): the report was written to this path.
    """

    saved = Signal(str)

    def __init__(self, source: ReportSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("After-show report"))
        self.setModal(False)
        self.setMinimumWidth(460)
        self.format = QComboBox()
        for fmt, _suffix in FORMATS:
            self.format.addItem(self._format_name(fmt), fmt)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if source.event_language.startswith("de") else 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        intro = QLabel(
            self.tr("Planned against actual, talk time, the questions and the log of the show, as a document to send to the panel.")
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.followups_button = QPushButton(self.tr("Follow-ups…"))
        buttons.addButton(self.followups_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.followups_button.clicked.connect(self.open_followups)
        buttons.rejected.connect(self.close)
        self.save_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def open_followups(self) -> FollowUpsDialog:
        """The follow-ups window (non-modal, like this one)."""
        dialog = FollowUpsDialog(self.source, self.chosen_language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _format_name(self, fmt: str) -> str:
        names = {
            "html": self.tr("Web page (HTML)"),
            "pdf": self.tr("PDF"),
            "md": self.tr("Markdown"),
            "csv": self.tr("Spreadsheet (CSV)"),
        }
        return names[fmt]

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def choose_file(self) -> None:
        """Ask where to save (``open()``: the cockpit keeps running), then save."""
        suffix = dict(FORMATS)[self.chosen_format()]
        report = self.source.after_show_report()
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        name = "".join(c for c in report.event.title if c.isalnum() or c in " -_").strip() or "report"
        dialog = QFileDialog(self, self.tr("Save the after-show report as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setDirectory(str(folder))
        dialog.selectFile(f"{name}{suffix}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()

    def save_to(self, path: Path) -> bool:
        """Write the report as chosen to ``path``; say in the window how it went."""
        try:
            write_report(self.source.after_show_report(), path, self.chosen_format(), self.chosen_language())
        except UserError as error:
            self.status.setText(translate_error(error))
            return False
        self.status.setText(fill(self.tr("Saved: %1"), path=str(path)))
        self.saved.emit(str(path))
        return True


def open_report_dialog(source: ReportSource, parent: QWidget | None) -> AfterShowReportDialog:
    """Show the (one) report window of ``parent``, making it on first use."""
    existing = parent.findChild(AfterShowReportDialog) if parent is not None else None
    dialog = existing if isinstance(existing, AfterShowReportDialog) else AfterShowReportDialog(source, parent)
    dialog.show()
    dialog.raise_()
    return dialog


def offer_after_end(ended: Callable[[], bool], show_message: Callable[[str], None]) -> None:
    """After *End of show*: name the report in a passing banner line (never a dialog)."""
    if ended():
        show_message(
            QCoreApplication.translate(
                "AfterShowReportDialog", "The show has ended. File → After-show report… writes the report."
            )
        )
