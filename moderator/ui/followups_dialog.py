"""Follow-ups…: the questions left open, with an owner and a due date each, and their export.

Opened from the after-show report window. One row per open question: the question and
who asked as plain text, the owner (a choice of the event's people; the addressee until
someone picks another) and the due date. A change is stored at once (and shared with
co-hosts through the change feed); *Save…* writes the follow-ups as CSV, iCalendar tasks
or one text per owner. The window depends on a :class:`FollowUpSource`, not on the cockpit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import UserError, fill
from moderator.domain.followups import FollowUp, FollowUpChoice
from moderator.domain.model import Event, Person
from moderator.exporters.html_export import translator_for
from moderator.ui.messages import translate_error

#: (format id, file suffix) in the order the window offers them.
FORMATS: tuple[tuple[str, str], ...] = (("txt", ".txt"), ("ics", ".ics"), ("csv", ".csv"))


class FollowUpSource(Protocol):
    """What the window needs: the follow-ups as they are now, the people, one change at a time."""

    def follow_ups(self) -> tuple[FollowUp, ...]: ...

    def people(self) -> tuple[Person, ...]: ...

    def event(self) -> Event: ...

    def set_followup(self, choice: FollowUpChoice) -> None: ...


def write_followups(items: tuple[FollowUp, ...], event: Event, path: Path, fmt: str, language: str) -> None:
    """Write the follow-ups to ``path`` as ``fmt`` (raises a UserError if it cannot)."""
    from moderator.exporters import followups_export as export
    from moderator.ui.print_export import _write_atomically

    app = QCoreApplication.instance()
    app_language = app.property("moderator_language") if app is not None else None
    texts = QCoreApplication.translate if language == app_language else translator_for(language)
    if fmt == "csv":
        data = export.export_followups_csv(items).encode("utf-8")
    elif fmt == "ics":
        data = export.export_followups_ics(items, event, texts=texts, language=language)
    else:
        data = export.export_followups_text(items, event, texts=texts, language=language).encode("utf-8")
    _write_atomically(path, data)


class FollowUpsDialog(QDialog):
    """The follow-ups of the open event (see the module).

    Signals:
        saved(str): the follow-ups were written to this path.
    """

    saved = Signal(str)

    QUESTION, ASKED_BY, OWNER, DUE = range(4)

    def __init__(self, source: FollowUpSource, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.language = language
        self.setWindowTitle(self.tr("Follow-ups"))
        self.setModal(False)
        self.resize(760, 420)
        intro = QLabel(self.tr("The questions left open. Each goes to its owner by the due date; changes are saved at once."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Asked by"), self.tr("Owner"), self.tr("Due")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (self.ASKED_BY, self.OWNER, self.DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.format = QComboBox()
        self.format.addItem(self.tr("One text per owner (e-mail)"), "txt")
        self.format.addItem(self.tr("Tasks (iCalendar)"), "ics")
        self.format.addItem(self.tr("Spreadsheet (CSV)"), "csv")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        save = QPushButton(self.tr("Save…"))
        save.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.format)
        row.addWidget(save)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Show the follow-ups as stored now."""
        items = self.source.follow_ups()
        people = self.source.people()
        self.table.setRowCount(len(items))
        for index, item in enumerate(items):
            question = QTableWidgetItem(" ".join(item.question.text.split()))
            question.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(index, self.QUESTION, question)
            asked = ", ".join(part for part in (item.question.asked_by, item.question.organisation) if part)
            asked_item = QTableWidgetItem(asked)
            asked_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(index, self.ASKED_BY, asked_item)
            owner = QComboBox()
            if item.addressee is None:
                # Without an addressee, "nobody" is what the default means: it can be chosen again.
                owner.addItem(self.tr("(nobody yet)"), None)
            for person in people:
                owner.addItem(person.display_name, person.id)
            owner.setCurrentIndex(max(0, owner.findData(item.owner.id if item.owner else None)))
            question_id = item.question.id
            assert question_id is not None
            owner.currentIndexChanged.connect(
                lambda _index, qid=question_id, box=owner: self.set_owner(qid, box.currentData())
            )
            self.table.setCellWidget(index, self.OWNER, owner)
            due = QDateEdit(QDate(item.due.year, item.due.month, item.due.day))
            due.setCalendarPopup(True)
            due.setDisplayFormat("dd.MM.yyyy")
            due.dateChanged.connect(lambda value, qid=question_id: self.set_due(qid, value.toPython()))
            self.table.setCellWidget(index, self.DUE, due)
        self.table.resizeRowsToContents()

    def _current(self, question_id: int) -> FollowUp | None:
        return next((i for i in self.source.follow_ups() if i.question.id == question_id), None)

    def set_owner(self, question_id: int, owner_id: int | None) -> bool:
        """Store a new owner (``None``: back to the addressee) and keep the due date shown."""
        current = self._current(question_id)
        return current is not None and self._store(FollowUpChoice(question_id, owner_id=owner_id, due=current.due))

    def set_due(self, question_id: int, due: date) -> bool:
        """Store a new due date and keep the owner shown."""
        current = self._current(question_id)
        if current is None:
            return False
        owner_id = current.owner.id if current.owner is not None else None
        return self._store(FollowUpChoice(question_id, owner_id=owner_id, due=due))

    def _store(self, choice: FollowUpChoice) -> bool:
        try:
            self.source.set_followup(choice)
        except UserError as error:
            self.status.setText(translate_error(error))
            return False
        self.status.clear()
        return True

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def choose_file(self) -> None:
        suffix = dict(FORMATS)[self.chosen_format()]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Save the follow-ups as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setDirectory(folder)
        dialog.selectFile(f"{self.tr('Follow-ups')}{suffix}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def save_to(self, path: Path) -> bool:
        try:
            write_followups(self.source.follow_ups(), self.source.event(), path, self.chosen_format(), self.language)
        except UserError as error:
            self.status.setText(translate_error(error))
            return False
        self.status.setText(fill(self.tr("Saved: %1"), path=str(path)))
        self.saved.emit(str(path))
        return True
