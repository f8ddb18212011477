"""The question side of the cockpit: quick capture, the queue, and the question on air.

Thin widgets: every change goes through :class:`EventSession`, which applies the domain's
queue operations to the event file; the queue model only shows what the store holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Person, Question, QuestionSource, QuestionStatus
from moderator.ui.accessibility import describe
from moderator.ui.queue_model import COLUMN_TEXT, SOURCE_NAMES, QueueModel


class CaptureBar(QFrame):
    """Type a question and press Enter. Always visible; never triggers a live key.

    Signals:
        submitted(str, str, str, object, str): text, asked by, organisation,
            addressed-to person id (or None), source.
    """

    submitted = Signal(str, str, str, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.text = QLineEdit(self)
        self.text.setObjectName("capture_text")
        self.asked_by = QLineEdit(self)
        self.asked_by.setObjectName("capture_asked_by")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("capture_organisation")
        self.to = QComboBox(self)
        self.to.setObjectName("capture_to")
        self.to.setEditable(True)
        self.to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source = QComboBox(self)
        self.source.setObjectName("capture_source")
        for source in QuestionSource:
            if source is not QuestionSource.AUDIENCE:  # only the audience page itself sends those
                self.source.addItem("", source.value)
        self.add = QPushButton(self)
        self.add.setObjectName("capture_add")
        layout.addWidget(self.text, 5)
        layout.addWidget(self.asked_by, 2)
        layout.addWidget(self.organisation, 2)
        layout.addWidget(self.to, 2)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.add)
        for field in (self.text, self.asked_by, self.organisation):
            field.returnPressed.connect(self._submit)
        line = self.to.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._submit)
        self.add.clicked.connect(self._submit)
        self._people: list[Person] = []

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Question (Enter adds it to the queue)"))
        self.asked_by.setPlaceholderText(self.tr("Asked by"))
        self.organisation.setPlaceholderText(self.tr("Municipality / organisation"))
        line = self.to.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("To (optional)"))
        for index in range(self.source.count()):
            source = QuestionSource(self.source.itemData(index))
            self.source.setItemText(index, _source_name(source))
        self.add.setText(self.tr("Add"))
        describe(self.text, self.tr("New question"), self.tr("The audience question's text; Enter adds it to the queue, Esc goes back to the cockpit."))
        describe(self.asked_by, self.tr("Asked by"), self.tr("Who asked the question (optional)."))
        describe(self.organisation, self.tr("Municipality or organisation"), self.tr("Where the person who asked comes from (optional)."))
        describe(self.to, self.tr("Addressed to"), self.tr("The person on the panel the question is for (optional)."))
        describe(self.source, self.tr("Where the question came from"))

    def set_people(self, people: Sequence[Person]) -> None:
        self._people = [p for p in people if p.id is not None]
        current = self.to.currentText()
        self.to.clear()
        self.to.addItem("", None)
        for person in self._people:
            self.to.addItem(person.display_name, person.id)
        self.to.setEditText(current)
        completer = QCompleter(QStringListModel([p.display_name for p in self._people], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.to.setCompleter(completer)

    def _addressed_to(self) -> int | None:
        typed = self.to.currentText().strip().casefold()
        if not typed:
            return None
        for person in self._people:
            if person.display_name.casefold() == typed or person.name.casefold() == typed:
                return person.id
        matches = [p for p in self._people if typed in p.display_name.casefold()]
        return matches[0].id if len(matches) == 1 else None

    def _submit(self) -> None:
        text = self.text.text()
        if not text.strip():
            return
        self.submitted.emit(
            text, self.asked_by.text(), self.organisation.text(), self._addressed_to(), str(self.source.currentData())
        )

    def clear_after_add(self) -> None:
        """Ready for the next question: text, asker and addressee cleared, source kept."""
        self.text.clear()
        self.asked_by.clear()
        self.organisation.clear()
        self.to.setEditText("")
        self.text.setFocus()


def _source_name(source: QuestionSource) -> str:
    return QCoreApplication.translate("QueueModel", SOURCE_NAMES[source])


class OnAirCard(QFrame):
    """The question on air, big: what is asked, who asked, to whom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("on_air")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("card_heading")
        self.text = QLabel(self)
        self.text.setObjectName("on_air_text")
        # Big and bold, set here so that the minimum height fits three lines of it: the
        # question on air is read out and must never be cut.
        font = self.text.font()
        font.setPointSizeF(15)
        font.setBold(True)
        self.text.setFont(font)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 3)
        self.question_height = self.text.minimumHeight()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.who = QLabel(self)
        self.who.setObjectName("on_air_who")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.who)


class QuestionTextDelegate(QStyledItemDelegate):
    """Edits a question's wording in place, keeping what is typed while co-hosts work.

    The question as the editor opened it travels with the edit (so that a change made by
    someone else meanwhile is reported instead of overwritten), and a co-host's change
    that arrives while the editor is open does not replace the text being typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bases: dict[QWidget, Question | None] = {}

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if editor.property("moderator_base_id") is not None:
            return  # already filled when it opened: keep what is being typed
        model = index.model()
        question = model.question_at(index.row()) if isinstance(model, QueueModel) else None
        editor.setProperty("moderator_base_id", question.id if question is not None else 0)
        self._bases[editor] = question
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        base = self._bases.pop(editor, None)
        if isinstance(model, QueueModel):
            model.request_edit(index, str(editor.property("text") or ""), base)
        else:  # pragma: no cover - the delegate serves the queue model only
            super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        self._bases.pop(editor, None)
        super().destroyEditor(editor, index)


class QueuePanel(QFrame):
    """The queue with its filter, search and the time budget.

    Signals:
        statuses_changed(): the status filter changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("card_heading")
        self.budget = QLabel(self)
        self.budget.setObjectName("budget")
        # Questions a co-host or the command line added since the moderator looked: a
        # calm count, never a popup.
        self.new_count = QLabel(self)
        self.new_count.setObjectName("new_count")
        self.new_count.setStyleSheet("#new_count { background: #e7f5ff; color: #1c3d5a; border-radius: 8px; padding: 1px 8px; font-size: 10pt; font-weight: bold; }")
        self.new_count.hide()
        self.search = QLineEdit(self)
        self.search.setObjectName("queue_search")
        # Its clear button (shown once there is text) comes with the first text: the
        # button's icon cost ~1 ms of the cockpit's start.
        self.search.textChanged.connect(self._offer_clear_button)
        self.show_closed = QCheckBox(self)
        self.show_closed.setObjectName("show_closed")
        header.addWidget(self.heading)
        header.addWidget(self.new_count)
        header.addWidget(self.budget, 1)
        header.addWidget(self.search, 1)
        header.addWidget(self.show_closed)
        layout.addLayout(header)
        self.model = QueueModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("queue_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setItemDelegateForColumn(COLUMN_TEXT, QuestionTextDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # NOTE: sizing rows or columns to their contents makes Qt measure every row: with
        # 10,000 questions that took minutes. Rows are two lines high (the full text is in
        # the tooltip, the question on air is shown whole), columns have fixed widths.
        # The font is set here, not in a style sheet, so that the row height below is
        # measured in the font the rows are drawn in.
        font = self.view.font()
        font.setPointSizeF(11)
        self.view.setFont(font)
        metrics = self.view.fontMetrics()
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.lineSpacing() * 2 + 8)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header_view = self.view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The question itself gets the room; asker and addressee wrap in narrow columns.
        self._fixed_widths = ((0, "000"), (1, "beantwortet"), (2, "00"), (4, "M" * 9), (5, "M" * 6))
        self._fit_columns()
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self._apply_filter)
        self.show_closed.toggled.connect(self._apply_filter)

    def _fit_columns(self) -> None:
        """Fixed widths wide enough for their widest value and their (translated) header."""
        header_view = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header_metrics = header_view.fontMetrics()
        for column, template in self._fixed_widths:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(template), header_metrics.horizontalAdvance(title) + 8)
            header_view.resizeSection(column, width + 12)

    def show_new_count(self, text: str) -> None:
        """The count of questions added elsewhere ("" hides it)."""
        self.new_count.setText(text)
        self.new_count.setVisible(bool(text))

    def retranslate(self) -> None:
        self._fit_columns()
        self.heading.setText(self.tr("Questions"))
        self.search.setPlaceholderText(self.tr("Search questions"))
        describe(self.search, self.tr("Search questions"), self.tr("Shows only the questions that contain this text."))
        describe(
            self.view, self.tr("Question queue"),
            self.tr("Audience questions in the order they go on air; Ctrl+Up and Ctrl+Down move the selected one, O puts it on air."),
        )
        self.show_closed.setText(self.tr("Show answered and dismissed"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _offer_clear_button(self, text: str) -> None:
        if text and not self.search.isClearButtonEnabled():
            self.search.setClearButtonEnabled(True)

    def _apply_filter(self) -> None:
        statuses = {QuestionStatus.NEW, QuestionStatus.QUEUED, QuestionStatus.ON_AIR}
        if self.show_closed.isChecked():
            statuses |= {QuestionStatus.ANSWERED, QuestionStatus.DISMISSED}
        self.model.set_filter(statuses, self.search.text())

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            question = self.model.question_at(row)
            if question is not None and question.id is not None:
                ids.append(question.id)
        return ids

    def current_question(self) -> Question | None:
        index = self.view.currentIndex()
        if index.isValid():
            return self.model.question_at(index.row())
        ids = self.selected_ids()
        return self.model.question_at(self.model.row_of(ids[0]) or 0) if ids else None

    def select(self, question_id: int) -> None:
        row = self.model.row_of(question_id)
        if row is not None:
            # NOTE: QTableView.selectRow follows the keys held down; with Ctrl held (Ctrl+Up)
            # in ExtendedSelection it toggles, and would de-select the question just moved.
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)

