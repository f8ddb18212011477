"""Dialogs of the question queue: merge duplicates, paste a chat transcript.

Both open with ``open()`` and report through signals; neither blocks the show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain import duplicates
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError, fill
from moderator.domain.model import Question, QuestionSource
from moderator.importers.chat_transcript import ChatMessage, parse_chat
from moderator.ui.accessibility import describe
from moderator.ui.event_session import EventSession
from moderator.ui.messages import translate_error
from moderator.ui.queue_model import plain_tooltip


#: The chat formats as a person names them (the reader's ids are for the code).
FORMAT_NAMES = {
    "zoom": QT_TRANSLATE_NOOP("TranscriptDialog", "Zoom"),
    "zoom-legacy": QT_TRANSLATE_NOOP("TranscriptDialog", "Zoom, older app"),
    "teams": QT_TRANSLATE_NOOP("TranscriptDialog", "Teams"),
    "webex": QT_TRANSLATE_NOOP("TranscriptDialog", "Webex"),
    "generic": QT_TRANSLATE_NOOP("TranscriptDialog", "plain text"),
}


class MergeDialog(QDialog):
    """Choose the wording that stays when duplicates are merged.

    Signals:
        merge_chosen(int, int): the question to keep (the first selected) and the question
            whose wording it takes.
    """

    merge_chosen = Signal(int, int)

    def __init__(self, questions: Sequence[Question], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge questions"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The questions become one: votes are added and every asker is kept. Which wording stays?"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._group = QButtonGroup(self)
        self._questions = [q for q in questions if q.id is not None]
        for index, question in enumerate(self._questions):
            # NOTE: a radio button's text is never rich text, so a question's HTML stays literal.
            button = QRadioButton(question.text, self)
            button.setToolTip(plain_tooltip(question.text))
            self._group.addButton(button, index)
            layout.addWidget(button)
            if index == 0:
                button.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        keep = self._questions[0].id
        wording = self._questions[max(0, self._group.checkedId())].id
        assert keep is not None and wording is not None
        self.merge_chosen.emit(keep, wording)
        self.accept()


class TranscriptDialog(QDialog):
    """Paste a chat transcript, tick the messages that are questions, add them.

    The first page takes the pasted text; the second shows one row per message, with the
    likely questions ticked and likely duplicates of questions already in the queue
    flagged (and left unticked).
    """

    COLUMNS = 5

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Paste a chat transcript"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        self.paste = QPlainTextEdit(self)
        self.paste.setObjectName("transcript_text")
        self.paste.setPlaceholderText(
            self.tr("Paste the chat here: a saved chat of Zoom, Teams or Webex, a copied chat pane, or one question per line.")
        )
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.text():
            self.paste.setPlainText(clipboard.text())
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("transcript_preview")
        self.table.setHorizontalHeaderLabels([self.tr("Add"), self.tr("Time"), self.tr("Asked by"), self.tr("Question"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        describe(self.paste, self.tr("Chat transcript"), self.paste.placeholderText())
        describe(self.table, self.tr("Messages read"), self.tr("One row per message; the ticked ones are added to the queue."))
        self.pages.addWidget(self.paste)
        self.pages.addWidget(self.table)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Preview"))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.messages: tuple[ChatMessage, ...] = ()
        self.source = QuestionSource.CHAT

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self.preview(self.paste.toPlainText())
        else:
            self.add_ticked()

    def preview(self, text: str) -> bool:
        """Parse the pasted text and show the messages; False (and a message) if none."""
        try:
            transcript = parse_chat(text)
        except UserError as error:
            self.message.setText(translate_error(error))
            return False
        self.messages = transcript.messages
        existing = {q.id: q for q in self.session.snapshot.questions}
        # Duplicates of the queue and of earlier messages of this paste (the domain decides).
        repeats = duplicates.pasted_duplicates(
            [message.text for message in self.messages],
            self.session.snapshot.questions,
            [message.looks_like_question and not message.too_long for message in self.messages],
        )
        self.table.setRowCount(len(self.messages))
        for row, (message, repeat) in enumerate(zip(self.messages, repeats, strict=True)):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            wanted = message.looks_like_question and not message.too_long and repeat is None
            tick.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            who = f"{message.name} ({message.organisation})" if message.organisation else message.name
            note = ""
            if message.too_long:
                note = self.tr("too long (over 2,000 characters)")
            elif repeat is not None and repeat.row is not None:
                note = fill(
                    self.tr("maybe a duplicate of row %1: %2"),
                    row=repeat.row + 1, text=self.messages[repeat.row].text[:80],
                )
            elif repeat is not None:
                other = existing.get(repeat.question_id)
                note = fill(self.tr("maybe a duplicate of: %1"), text=other.text[:80] if other else "")
            for column, value in ((1, message.time), (2, who), (3, message.text), (4, note)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == 3:
                    item.setToolTip(plain_tooltip(value))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.pages.setCurrentIndex(1)
        self.ok.setText(self.tr("Add ticked questions"))
        self.message.setText(
            fill(
                self.tr(
                    "%n message(s) read (%1); ticked: the ones that look like questions and are not in the queue yet.",
                    "",
                    len(self.messages),
                ),
                format=self.tr(FORMAT_NAMES.get(transcript.format, transcript.format)),
            )
        )
        return True

    def ticked(self) -> list[ChatMessage]:
        return [
            message
            for row, message in enumerate(self.messages)
            if (item := self.table.item(row, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def add_ticked(self) -> tuple[Question, ...]:
        now = datetime.now(timezone.utc)
        drafts = [
            Question(
                text=message.text, created_at=now, asked_by=message.name,
                organisation=message.organisation, source=self.source,
                created_by=self.session.host_name,
            )
            for message in self.ticked()
            if not message.too_long
        ]
        added = self.session.add_questions(drafts) if drafts else ()
        self.accept()
        return added
