"""People in the editor: everyone on the run sheet, and the people of the selected slot.

Two thin models over the run sheet (:class:`PeopleModel`, :class:`ParticipantsModel`) and
the panels around them. Every change is asked for as a run-sheet operation
(``AssignPerson``, ``ReorderParticipants``, ``SetSlotFields`` for the notes, ...) through
the ``edit_requested`` signals; the domain decides, the new sheet comes back through
``set_sheet``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Person, Role, Slot, SlotKind
from moderator.domain.run_sheet import RunSheet
from moderator.domain.run_sheet_ops import (
    AssignPerson,
    ReorderParticipants,
    SetSlotFields,
    UnassignPerson,
)
from moderator.ui.accessibility import describe
from moderator.ui.editor.rows import Index, KeyedRowsModel
from moderator.ui.editor.texts import person_details, role_name


#: The role a person gets when added to a slot of this kind (changeable in the list).
DEFAULT_ROLE = {SlotKind.PANEL: Role.PANELIST, SlotKind.QA: Role.PANELIST, SlotKind.WELCOME: Role.HOST}


def default_role(slot: Slot) -> Role:
    return DEFAULT_ROLE.get(slot.kind, Role.SPEAKER)


def person_tip(person: Person) -> str:
    """Everything the moderator has on a person, as plain lines for a tooltip."""
    lines = [person.display_name]
    if details := person_details(person):
        lines.append(details)
    if person.pronunciation:
        lines.append(fill(QCoreApplication.translate("PeopleModel", "Say: %1"), hint=person.pronunciation))
    if person.intro:
        lines.append(person.intro)
    return "\n".join(lines)


# --- everyone --------------------------------------------------------------------------------

PEOPLE_HEADERS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name, function and organisation"),
    QT_TRANSLATE_NOOP("PeopleModel", "Slots"),
)
#: The second line under a person's name: function and organisation.
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class PersonRow:
    person: Person
    details: str
    slots: str
    tip: str


class PeopleModel(KeyedRowsModel[PersonRow]):
    """Everyone on the run sheet, by name, keyed by person id."""

    COLUMNS = len(PEOPLE_HEADERS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sheet: RunSheet | None = None

    def set_sheet(self, sheet: RunSheet) -> None:
        self._sheet = sheet
        people = sorted(sheet.people, key=lambda p: (p.name.split()[-1].casefold() if p.name.split() else "", p.key))
        numbers = {slot.id: index + 1 for index, slot in enumerate(sheet.slots)}
        appears: dict[int, list[str]] = {}
        for slot in sheet.slots:
            for person_id in dict.fromkeys(p.person_id for p in slot.participants):
                appears.setdefault(person_id, []).append(str(numbers[slot.id]))
        self.set_rows(
            [person.id for person in people],
            [
                PersonRow(person, person_details(person), ", ".join(appears.get(person.id or 0, [])), person_tip(person))
                for person in people
            ],
        )

    def refresh_all(self) -> None:
        if self._sheet is not None:
            self.set_sheet(self._sheet)
        super().refresh_all()

    def person_at(self, row: int) -> Person | None:
        found = self.row_at(row)
        return found.person if found is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMNS:
            return QCoreApplication.translate("PeopleModel", PEOPLE_HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return QCoreApplication.translate("PeopleModel", "The numbers of the slots the person is in")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.person.display_name, row.slots)[index.column()]
        if role == DETAILS_ROLE and index.column() == 0:
            return row.details
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip
        if role == Qt.ItemDataRole.UserRole:
            return row.person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class PersonDelegate(QStyledItemDelegate):
    """A person as two lines: the name in bold, function and organisation below in grey."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = plain.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        rect = option.rect.adjusted(6, 3, -6, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.save()
        painter.setFont(name_font)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        line = QFontMetrics(name_font).height()
        name = QFontMetrics(name_font).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        details = str(index.data(DETAILS_ROLE) or "")
        if details:
            painter.setFont(option.font)
            painter.setPen(palette.highlightedText().color() if selected else QColor("#5c636a"))
            text = QFontMetrics(option.font).elidedText(details, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.adjusted(0, line, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 8
        return QSize(QFontMetrics(bold).horizontalAdvance(str(index.data() or "")) + 12, height)


# --- the selected slot's people ------------------------------------------------------------

PARTICIPANT_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
)
NAME, ROLE = range(2)


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    person: Person
    role: Role
    role_text: str
    tip: str


class ParticipantsModel(KeyedRowsModel[ParticipantRow]):
    """The people of one slot in their order, keyed by (person id, role).

    Signals:
        edit_requested(object): a run-sheet operation (a new role for someone).
    """

    COLUMNS = len(PARTICIPANT_HEADERS)
    edit_requested = Signal(object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.slot: Slot | None = None
        self._sheet: RunSheet | None = None

    def set_slot(self, sheet: RunSheet, slot: Slot | None) -> None:
        self._sheet, self.slot = sheet, slot
        people = {person.id: person for person in sheet.people}
        participants = [p for p in (slot.participants if slot is not None else ()) if p.person_id in people]
        self.set_rows(
            [(p.person_id, p.role) for p in participants],
            [
                ParticipantRow(people[p.person_id], p.role, role_name(p.role), person_tip(people[p.person_id]))
                for p in participants
            ],
        )

    def refresh_all(self) -> None:
        if self._sheet is not None:
            self.set_slot(self._sheet, self.slot)
        super().refresh_all()

    def person_ids(self) -> tuple[int, ...]:
        """The slot's people in order, each once."""
        return tuple(dict.fromkeys(row.person.id for row in self._rows if row.person.id is not None))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMNS:
            return QCoreApplication.translate("ParticipantsModel", PARTICIPANT_HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ROLE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.person.display_name if index.column() == NAME else row.role_text
        if role == Qt.ItemDataRole.EditRole:
            return row.person.display_name if index.column() == NAME else row.role.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip
        if role == Qt.ItemDataRole.UserRole:
            return row.person.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or self.slot is None or self.slot.id is None or row.person.id is None:
            return False
        if role != Qt.ItemDataRole.EditRole or index.column() != ROLE or self.read_only:
            return False
        try:
            new_role = Role(str(value))
        except ValueError:
            return False
        if new_role == row.role:
            return False
        self.edit_requested.emit(AssignPerson(self.slot.id, row.person.id, new_role))
        return True


class RoleDelegate(QStyledItemDelegate):
    """A participant's role from the list of roles."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for role in Role:
            editor.addItem(role_name(role), role.value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NotesEdit(QPlainTextEdit):
    """The moderator's notes for a slot; what is typed is stored when the field loses the
    focus or on Ctrl+Enter (one undo step per visit, not one per key).

    Signals:
        committed(): the notes typed should be stored now.
    """

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.committed.emit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


def _small_button(parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setAutoRaise(False)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class SlotPanel(QWidget):
    """The selected slot: its people with their roles and order, and the moderator's notes.

    Signals:
        edit_requested(object): a run-sheet operation on the slot.
    """

    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slot_panel")
        self._sheet: RunSheet | None = None
        self.slot: Slot | None = None
        self._notes_slot_id: int | None = None
        #: The slot as it was when its notes were last put into the field, i.e. the
        #: notes the user began typing on: the base of the notes' edit.
        self._notes_base: Slot | None = None
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("panel_heading")
        self.slot_title = QLabel(self)
        self.slot_title.setObjectName("slot_title")
        self.slot_title.setTextFormat(Qt.TextFormat.PlainText)
        self.slot_title.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.slot_title)

        self.model = ParticipantsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("participants")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(ROLE, RoleDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Fixed)
        self.view.setMinimumHeight(120)
        layout.addWidget(self.view, 1)

        order = QHBoxLayout()
        self.up = _small_button(self, "participant_up")
        self.down = _small_button(self, "participant_down")
        self.unassign = _small_button(self, "participant_remove")
        order.addWidget(self.up)
        order.addWidget(self.down)
        order.addStretch(1)
        order.addWidget(self.unassign)
        layout.addLayout(order)

        assign = QHBoxLayout()
        self.person_choice = QComboBox(self)
        self.person_choice.setObjectName("person_choice")
        self.person_choice.setEditable(True)
        self.person_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_choice.setMinimumContentsLength(12)
        completer = self.person_choice.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.role_choice = QComboBox(self)
        self.role_choice.setObjectName("role_choice")
        self.assign = QPushButton(self)
        self.assign.setObjectName("assign")
        assign.addWidget(self.person_choice, 1)
        assign.addWidget(self.role_choice)
        assign.addWidget(self.assign)
        layout.addLayout(assign)

        self.notes_heading = QLabel(self)
        self.notes_heading.setObjectName("panel_heading")
        self.notes = NotesEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes, 1)

        self.up.clicked.connect(lambda: self._move_selected(-1))
        self.down.clicked.connect(lambda: self._move_selected(+1))
        self.unassign.clicked.connect(self._unassign_selected)
        self.assign.clicked.connect(self._assign_chosen)
        self._person_field().returnPressed.connect(self._assign_chosen)
        self.model.edit_requested.connect(self.edit_requested)
        self.notes.committed.connect(self.commit_notes)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------

    def set_slot(self, sheet: RunSheet, slot: Slot | None) -> None:
        """Show ``slot`` of ``sheet`` (``None``: no slot selected), keeping the selection and
        the notes being typed."""
        selected = self._selected_key()
        switched = (slot.id if slot is not None else None) != (self.slot.id if self.slot is not None else None)
        if switched:
            self.commit_notes()
        self._sheet, self.slot = sheet, slot
        self.model.set_slot(sheet, slot)
        if selected is not None and not switched:
            row = self.model.row_of(selected)
            if row is not None:
                self.view.selectRow(row)
        self.slot_title.setText(slot.title or self.tr("(untitled slot)") if slot is not None else self.tr("No slot selected"))
        # The notes being typed stay; the stored notes replace them only when the field
        # is not being edited (a co-host's change to another slot must not eat them).
        # Until the user types, the field follows the stored notes, and so does the base
        # their edit is made on (a co-host's notes shown in the focused field are what
        # the user then types on, not a change to report).
        typing = self.notes.hasFocus() and self.notes.document().isModified() and not switched
        if not typing:
            text = slot.notes if slot is not None else ""
            if self.notes.toPlainText() != text:
                self.notes.setPlainText(text)
            self.notes.document().setModified(False)
            self._notes_slot_id = slot.id if slot is not None else None
            self._notes_base = slot
        self._fill_people_choice(sheet, slot)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.read_only = read_only
        self.notes.setReadOnly(read_only)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People in this slot"))
        self.notes_heading.setText(self.tr("Moderator notes"))
        self.notes.setPlaceholderText(
            "" if self.read_only else self.tr("What the moderator should know or say in this slot. Stored when you leave the field.")
        )
        self.up.setText(self.tr("▲ Earlier"))
        self.up.setToolTip(self.tr("Introduce this person earlier"))
        self.down.setText(self.tr("▼ Later"))
        self.down.setToolTip(self.tr("Introduce this person later"))
        self.unassign.setText(self.tr("Take out of slot"))
        self.assign.setText(self.tr("Add"))
        self._person_field().setPlaceholderText(self.tr("Person…"))
        describe(self.view, self.tr("People in this slot"), self.tr("The slot's people in the order they are introduced, with their roles."))
        describe(self.person_choice, self.tr("Person to add"), self.tr("Choose or type a person, then Add puts them into this slot."))
        describe(self.role_choice, self.tr("Role in the slot"))
        describe(self.notes, self.tr("Moderator notes"), self.tr("What the moderator should know or say in this slot."))
        current = self.role_choice.currentData()
        self.role_choice.clear()
        for role in Role:
            self.role_choice.addItem(role_name(role), role.value)
        self.role_choice.setCurrentIndex(max(self.role_choice.findData(current), 0))
        # The role column fits the longest role name in this language (and its combo box).
        metrics = self.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(role_name(role)) for role in Role)
        self.view.horizontalHeader().resizeSection(ROLE, widest + 48)
        self.model.refresh_all()
        if self._sheet is not None:
            self.set_slot(self._sheet, self.slot)

    def _fill_people_choice(self, sheet: RunSheet, slot: Slot | None) -> None:
        typed = self.person_choice.currentText()
        chosen = self.person_choice.currentData()
        present = {p.person_id for p in slot.participants} if slot is not None else set()
        people = sorted((p for p in sheet.people if p.id not in present), key=lambda p: p.display_name.casefold())
        self.person_choice.blockSignals(True)
        self.person_choice.clear()
        for person in people:
            label = person.display_name + (f" — {person.organisation}" if person.organisation else "")
            self.person_choice.addItem(label, person.id)
        found = self.person_choice.findData(chosen) if chosen is not None else -1
        self.person_choice.setCurrentIndex(found)
        if found < 0:
            self.person_choice.setEditText(typed if typed and self.person_choice.findText(typed) >= 0 else "")
        self.person_choice.blockSignals(False)
        if slot is not None and (chosen is None or found < 0):
            self.role_choice.setCurrentIndex(max(self.role_choice.findData(default_role(slot).value), 0))

    def _selected_key(self) -> object:
        rows = self.view.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_slot = self.slot is not None and not self.read_only
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        self.up.setEnabled(has_slot and row > 0)
        self.down.setEnabled(has_slot and 0 <= row < self.model.rowCount() - 1)
        self.unassign.setEnabled(has_slot and row >= 0)
        for widget in (self.person_choice, self.role_choice, self.assign):
            widget.setEnabled(has_slot)
        self.notes.setEnabled(self.slot is not None)

    # -- asking for changes ----------------------------------------------------------------

    def commit_notes(self) -> None:
        """Store the notes typed, if they changed, for the slot they were typed for.

        The edit is based on the notes the user began typing on, so that notes another
        organiser changed meanwhile are reported rather than overwritten.
        """
        if self.read_only or self._notes_slot_id is None or not self.notes.document().isModified():
            return
        self.notes.document().setModified(False)
        slot_id, text, base = self._notes_slot_id, self.notes.toPlainText(), self._notes_base
        if base is None or base.id != slot_id or text == base.notes:
            return  # nothing typed; a change made elsewhere meanwhile stays
        if all(s.id != slot_id for s in (self._sheet.slots if self._sheet else ())):
            return  # the slot was removed meanwhile
        self.edit_requested.emit(SetSlotFields(slot_id, notes=text, based_on=base))

    def _assign_chosen(self) -> None:
        if self.slot is None or self.slot.id is None or self.read_only:
            return
        index = self.person_choice.currentIndex()
        typed = self.person_choice.currentText().strip()
        if index < 0 or self.person_choice.itemText(index) != typed:
            index = self.person_choice.findText(typed, Qt.MatchFlag.MatchContains)
        person_id = self.person_choice.itemData(index) if index >= 0 else None
        if person_id is None:
            return
        self.edit_requested.emit(AssignPerson(self.slot.id, int(person_id), Role(self.role_choice.currentData())))
        self.person_choice.setCurrentIndex(-1)
        self.person_choice.setEditText("")

    def _person_field(self) -> QLineEdit:
        """The text field of the (editable) person choice."""
        field = self.person_choice.lineEdit()
        assert field is not None, "the person choice is editable"
        return field

    def _move_selected(self, step: int) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.slot is None or self.slot.id is None:
            return
        person = self.model.row_at(rows[0].row())
        order = list(self.model.person_ids())
        if person is None or person.person.id not in order:
            return
        at = order.index(person.person.id)
        to = at + step
        if not 0 <= to < len(order):
            return
        order.insert(to, order.pop(at))
        self.edit_requested.emit(ReorderParticipants(self.slot.id, tuple(order)))

    def _unassign_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        person = self.model.row_at(rows[0].row()) if rows else None
        if person is None or self.slot is None or self.slot.id is None or person.person.id is None:
            return
        self.edit_requested.emit(UnassignPerson(self.slot.id, person.person.id))


class PeopleDirectory(QWidget):
    """Everyone on the run sheet; a double click or Enter opens a person's details.

    Signals:
        edit_person_requested(int): open the details of this person.
        assign_requested(int): put this person into the selected slot.
    """

    edit_person_requested = Signal(int)
    assign_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("panel_heading")
        layout.addWidget(self.heading)
        self.model = PeopleModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("people")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(0, PersonDelegate(self.view))
        self.view.setShowGrid(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new = QToolButton(self)
        self.edit = QToolButton(self)
        self.remove = QToolButton(self)
        self.add_to_slot = QPushButton(self)
        self.add_to_slot.setObjectName("add_to_slot")
        for button in (self.new, self.edit, self.remove):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_to_slot)
        layout.addLayout(buttons)
        self.view.doubleClicked.connect(lambda index: self._emit_for(index, self.edit_person_requested))
        self.add_to_slot.clicked.connect(lambda: self._emit_for(self.view.currentIndex(), self.assign_requested))

    def _emit_for(self, index: QModelIndex, signal: Any) -> None:
        person_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if person_id is not None:
            signal.emit(int(person_id))

    def selected_person_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        value = rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
        return int(value) if value is not None else None

    def set_sheet(self, sheet: RunSheet) -> None:
        self.model.set_sheet(sheet)
        self.heading.setText(fill(self.tr("People (%1)"), count=len(sheet.people)))

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def retranslate(self, count: int) -> None:
        self.heading.setText(fill(self.tr("People (%1)"), count=count))
        self.add_to_slot.setText(self.tr("Into slot"))
        self.add_to_slot.setToolTip(self.tr("Put the selected person into the selected slot"))
        describe(self.view, self.tr("People"), self.tr("Everyone on the run sheet: name, title, function, organisation, intro and pronunciation."))
        self.model.refresh_all()
