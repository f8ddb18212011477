"""Paste the agenda from the event page; check what was read; put it on the run sheet.

The first page takes the pasted text. The second shows every slot as read, and lists the
lines whose split into title and people was a guess (:attr:`AgendaImport.guesses`), each
with what was guessed and how it was read, so the organiser confirms exactly those
before anything is stored, by choosing to replace the slots of the run sheet or to add
these after them. The window stores the draft as one undoable step (:class:`InsertDraft`).

Opens with ``open()``; reports through ``draft_chosen``.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import fill
from moderator.domain.model import EventDraft, Person, Role, Slot
from moderator.domain.run_sheet_findings import FindingKind
from moderator.importers.agenda_text import AgendaImport, Guess, parse_agenda
from moderator.importers.errors import ImportFailed
from moderator.ui.accessibility import describe
from moderator.ui.editor.icons import finding_icon
from moderator.ui.editor.texts import clock_text, length_text, role_name
from moderator.ui.messages import translate_error
from moderator.ui.run_sheet_model import kind_name

GUESS_BACKGROUND = QColor("#fff3bf")


def read_agenda(text: str, timezone: str, fallback_day: date) -> AgendaImport:
    """The agenda in ``text``, in the event's zone; a text without a date (only the agenda
    lines were copied) is read for the event's day."""
    try:
        return parse_agenda(text, timezone=timezone)
    except ImportFailed as first:
        try:
            return parse_agenda(text, timezone=timezone, date=fallback_day)
        except ImportFailed:
            raise first from None


def slot_of_guess(guess: Guess, slots: tuple[Slot, ...]) -> int | None:
    """The index of the slot read from the guessed line (the slot whose title it holds)."""
    line = " ".join(guess.line.split())
    found = [index for index, slot in enumerate(slots) if slot.title and " ".join(slot.title.split()) in line]
    return max(found, key=lambda index: len(slots[index].title)) if found else None


class PasteAgendaDialog(QDialog):
    """Two pages: the pasted text, then what was read with the guesses to confirm.

    Signals:
        draft_chosen(object, bool): the draft to store, and whether it replaces the slots.
    """

    draft_chosen = Signal(object, bool)

    def __init__(
        self, timezone: str, day: date, span: tuple[datetime, datetime] | None, parent: QWidget | None = None
    ) -> None:
        """``span`` is when the run sheet's slots run now (``None``: it has none)."""
        super().__init__(parent)
        self.setObjectName("paste_agenda")
        self._timezone = timezone
        self._day = day
        self._span = span
        self.result_: AgendaImport | None = None
        self.setWindowTitle(self.tr("Paste agenda"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        # Page 1: the text.
        first = QWidget(self)
        column = QVBoxLayout(first)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Paste the agenda as copied from the event page: one line per slot, starting with its time (“14:10 Impuls 1: … Name, Organisation”). The date and the title are read too, if they are there."), first)
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.text = QPlainTextEdit(first)
        self.text.setObjectName("agenda_text")
        self.text.setPlaceholderText(self.tr("13:50 Einwahl und Technik-Check\n14:00 Begrüßung Alexander Handschuh, Innovators Club\n…"))
        describe(self.text, self.tr("Agenda text"), self.tr("The agenda as text: one slot per line, starting with its time."))
        column.addWidget(self.text, 1)
        self.pages.addWidget(first)

        # Page 2: what was read.
        second = QWidget(self)
        column = QVBoxLayout(second)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(second)
        self.summary.setObjectName("paste_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; font-weight: bold; padding: 2px 0 4px 0;")
        column.addWidget(self.summary)
        self.preview = QTableWidget(0, 5, second)
        self.preview.setObjectName("agenda_preview")
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setAlternatingRowColors(True)
        self.preview.setStyleSheet("QTableWidget::item { padding: 3px 6px; }")
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.preview, 4)
        self.guesses_heading = QLabel(second)
        self.guesses_heading.setObjectName("panel_heading")
        self.guesses_heading.setWordWrap(True)
        column.addWidget(self.guesses_heading)
        self.guesses = QListWidget(second)
        self.guesses.setObjectName("agenda_guesses")
        self.guesses.setWordWrap(True)
        self.guesses.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.guesses.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.guesses.setSpacing(2)
        column.addWidget(self.guesses, 1)
        self.people_note = QLabel(self.tr("People already on the run sheet are recognised by their name and keep their details; replacing the slots removes nobody."), second)
        self.people_note.setWordWrap(True)
        self.people_note.setStyleSheet("color: #495057;")
        column.addWidget(self.people_note)
        self.pages.addWidget(second)

        self.message = QLabel(self)
        self.message.setObjectName("dialog_error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a;")
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("< &Back"), self)
        self.back.setObjectName("back")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next = self.buttons.addButton(self.tr("&Read agenda"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next.setObjectName("read")
        self.append = self.buttons.addButton(self.tr("&Add after the last slot"), QDialogButtonBox.ButtonRole.ActionRole)
        self.append.setObjectName("append")
        self.replace = self.buttons.addButton(self.tr("&Replace the slots"), QDialogButtonBox.ButtonRole.ActionRole)
        self.replace.setObjectName("replace")
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.next.clicked.connect(self.read)
        self.back.clicked.connect(self.show_text)
        self.append.clicked.connect(lambda: self._apply(False))
        self.replace.clicked.connect(lambda: self._apply(True))
        self.buttons.rejected.connect(self.reject)
        self.show_text()

    # -- the pages -------------------------------------------------------------------------------

    def show_text(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back.hide()
        self.append.hide()
        self.replace.hide()
        self.next.show()
        self.next.setDefault(True)
        self.message.hide()
        self.text.setFocus()

    def read(self) -> bool:
        """Read the pasted text; show what was read, or why nothing could be."""
        try:
            self.result_ = read_agenda(self.text.toPlainText(), self._timezone, self._day)
        except ImportFailed as error:
            self.show_error(translate_error(error))
            return False
        self._fill(self.result_)
        self.pages.setCurrentIndex(1)
        self.message.hide()
        self.back.show()
        self.next.hide()
        self.replace.show()
        self.append.setVisible(self._span is not None)
        self.replace.setText(self.tr("&Replace the slots") if self._span is not None else self.tr("&Put on the run sheet"))
        # Replacing is the likely wish when the pasted agenda covers the time of the run
        # sheet (the same event's page); adding, when it follows it (a second part).
        draft = self.result_.draft
        overlaps = self._span is not None and bool(draft.slots) and (
            draft.slots[0].start < self._span[1] and draft.slots[-1].end > self._span[0]
        )
        (self.replace if self._span is None or overlaps else self.append).setDefault(True)
        return True

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _fill(self, found: AgendaImport) -> None:
        draft = found.draft
        zone = ZoneInfo(draft.event.timezone)
        guessed = {slot_of_guess(guess, draft.slots): guess for guess in found.guesses}
        people = {person.key: person for person in draft.people}
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("Length"), self.tr("Slot"), self.tr("Kind"), self.tr("People")]
        )
        self.preview.setRowCount(len(draft.slots))
        for row, slot in enumerate(draft.slots):
            named = draft.slot_people[row] if row < len(draft.slot_people) else ()
            cells = (
                clock_text(slot.start, zone), length_text(slot.duration), slot.title, kind_name(slot.kind),
                ", ".join(_who(people[key], role) for key, role in named if key in people),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 1):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row in guessed:
                    item.setBackground(QBrush(GUESS_BACKGROUND))
                    item.setToolTip(QCoreApplication.translate("import", guessed[row].reason))
                    if column == 2:
                        item.setIcon(finding_icon(FindingKind.NO_TITLE))
                self.preview.setItem(row, column, item)
        event = draft.event
        when = event.start.astimezone(zone)
        self.summary.setText(
            fill(self.tr("Read %4 and %3: “%6”, %1, %5–%2."),
                slots=self.tr("%n slot(s)", "", len(draft.slots)),
                people=self.tr("%n person(s)", "", len(draft.people)),
                title=event.title or self.tr("(no title)"),
                day=QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat), start=clock_text(event.start, zone), end=clock_text(event.end, zone),
            )
        )
        self.guesses.clear()
        if found.guesses:
            self.guesses_heading.setText(
                self.tr(
                    "Please check these %n line(s): how they were split into title and people is a guess.",
                    "",
                    len(found.guesses),
                )
            )
            for guess in found.guesses:
                index = slot_of_guess(guess, draft.slots)
                read_as = ""
                if index is not None:
                    slot = draft.slots[index]
                    named = draft.slot_people[index] if index < len(draft.slot_people) else ()
                    who = ", ".join(_who(people[key], role) for key, role in named if key in people) or self.tr("nobody")
                    read_as = fill(self.tr("Read as: slot “%2”; people: %1"), title=slot.title, people=who)
                text = "\n".join(
                    part for part in (
                        fill(self.tr("Line %2: %1"), number=guess.line_number, line=" ".join(guess.line.split())),
                        QCoreApplication.translate("import", guess.reason),
                        read_as,
                    ) if part
                )
                self.guesses.addItem(QListWidgetItem(finding_icon(FindingKind.NO_TITLE), text))
            self.guesses.show()
        else:
            self.guesses_heading.setText(self.tr("Every line was read without guessing."))
            self.guesses.hide()

    def _apply(self, replace: bool) -> None:
        if self.result_ is None:
            return
        self.message.hide()
        self.draft_chosen.emit(self.result_.draft, replace)

    @property
    def draft(self) -> EventDraft | None:
        return self.result_.draft if self.result_ is not None else None


def _who(person: Person, role: Role) -> str:
    name = person.display_name + (f" ({person.organisation})" if person.organisation else "")
    if role in (Role.MODERATOR, Role.HOST):
        return f"{name} — {role_name(role)}"
    return name
