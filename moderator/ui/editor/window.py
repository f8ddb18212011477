"""The run-sheet editor: the organisers' window for slots, people and their times.

Opened from the cockpit (File ▸ Edit run sheet…) over the event the cockpit has open.
Every edit, in a cell, by a key, by drag and drop or from a dialog, becomes one run-sheet
operation of :mod:`moderator.domain.run_sheet_ops`, stored at once by
:class:`~moderator.ui.editor.sheet_session.RunSheetSession` (there is nothing to save) and
undoable. The window only shows the sheet that comes back, with the findings of
:func:`~moderator.domain.run_sheet_findings.validate` under the table.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelectionModel, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from moderator.ui.screen import fit_to_screen
from moderator.domain.errors import UserError, fill
from moderator.domain.model import EventDraft, Person, Slot
from moderator.domain.run_sheet import RunSheetChange, RunSheetConflict, RunSheetOp
from moderator.domain.run_sheet_findings import validate
from moderator.domain.run_sheet_ops import (
    AddPerson,
    AddSlot,
    AssignPerson,
    DuplicateSlot,
    EditPerson,
    MoveSlot,
    RemovePerson,
    RemoveSlot,
    SetPinned,
)
from moderator.domain.run_sheet_import import InsertDraft
from moderator.ui.accessibility import describe
from moderator.ui.banner import Banner
from moderator.ui.editor.actions import EditorActionId, EditorActions
from moderator.ui.editor.conflict_dialog import RunSheetConflictDialog
from moderator.ui.editor.delegates import KindDelegate, LengthDelegate, PinDelegate, TimeDelegate, TitleDelegate
from moderator.ui.editor.findings import FindingsPanel
from moderator.ui.editor.paste_dialog import PasteAgendaDialog
from moderator.ui.editor.people_panel import PeopleDirectory, SlotPanel, default_role
from moderator.ui.editor.person_dialog import PersonDialog
from moderator.ui.editor.sheet_session import RunSheetSession
from moderator.ui.editor.slots_model import END, KIND, LENGTH, NOTES, PEOPLE, PIN, START, TITLE, SlotsModel
from moderator.ui.editor.texts import clock_text
from moderator.ui.event_session import EventSession
from moderator.ui.messages import translate_error

STYLE = """
#editor_heading { font-size: 15pt; font-weight: bold; color: #1c1c1c; }
#editor_subheading { font-size: 11pt; color: #495057; }
#panel_heading { font-size: 10pt; font-weight: bold; color: #495057; text-transform: uppercase; padding-top: 4px; }
#slot_title { font-size: 12pt; font-weight: bold; color: #1c3d5a; }
#slots { font-size: 11pt; }
#slots::item { padding: 4px 0px; }
#findings, #participants, #people { font-size: 10.5pt; }
QStatusBar QLabel { padding: 0 8px; color: #343a40; }
"""


class RunSheetEditor(QMainWindow):
    """The run-sheet editor over the cockpit's open event (a window of its own)."""

    def __init__(self, event_session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("run_sheet_editor")
        self.session = RunSheetSession(event_session, self)
        self.actions_ = EditorActions(self)
        #: The "changed elsewhere" dialog shown last, while it is open.
        self.conflict_dialog: RunSheetConflictDialog | None = None
        fit_to_screen(self, 1440, 860)
        self._build()
        self._build_menus()
        self._connect()
        self.setStyleSheet(STYLE)
        self._set_read_only(self.session.read_only)
        self.retranslate()
        self._show_sheet(None)
        if parent is not None:
            # The editor writes through the cockpit's store: it closes with the cockpit.
            parent.installEventFilter(self)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 4)
        outer.setSpacing(6)
        self.heading = QLabel(central)
        self.heading.setObjectName("editor_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel(central)
        self.subheading.setObjectName("editor_subheading")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = Banner(central, "editor_banner")
        outer.addWidget(self.heading)
        outer.addWidget(self.subheading)
        outer.addWidget(self.banner)

        main = QSplitter(Qt.Orientation.Horizontal, central)
        main.setChildrenCollapsible(False)
        left = QWidget(main)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.model = SlotsModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("slots")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(START, TimeDelegate(self.table))
        self.table.setItemDelegateForColumn(END, TimeDelegate(self.table))
        self.table.setItemDelegateForColumn(LENGTH, LengthDelegate(self.table))
        self.table.setItemDelegateForColumn(TITLE, TitleDelegate(self.table))
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.setItemDelegateForColumn(PIN, PinDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for section in (START, END, LENGTH, KIND):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PIN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PIN, 34)
        for section in (TITLE, PEOPLE):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTES, 220)
        header.setMinimumSectionSize(34)
        # NOTE: rows sized to their contents are not measured again when a stretched
        # column changes its width (the window or the splitter resized), so long titles
        # would be cut to the lines the old width needed: measure again, once per burst.
        self._row_heights = QTimer(self)
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(0)
        self._row_heights.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_heights.start())
        self.findings = FindingsPanel(left)
        column.addWidget(self.table, 1)
        column.addWidget(self.findings)

        right = QSplitter(Qt.Orientation.Vertical, main)
        right.setChildrenCollapsible(False)
        self.slot_panel = SlotPanel(right)
        self.people = PeopleDirectory(right)
        right.addWidget(self.slot_panel)
        right.addWidget(self.people)
        right.setSizes([430, 300])
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        main.setSizes([1010, 410])
        outer.addWidget(main, 1)
        self.setCentralWidget(central)

        self.summary = QLabel(self)
        self.summary.setObjectName("editor_summary")
        self.read_only_badge = QLabel(self)
        self.read_only_badge.setObjectName("editor_read_only")
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.read_only_badge)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.sheet_menu = bar.addMenu("")
        for action_id in (
            EditorActionId.ADD_SLOT, EditorActionId.DUPLICATE_SLOT, EditorActionId.REMOVE_SLOT, None,
            EditorActionId.MOVE_UP, EditorActionId.MOVE_DOWN, EditorActionId.TOGGLE_PIN, None,
            EditorActionId.PASTE_AGENDA, None, EditorActionId.CLOSE,
        ):
            self._add(self.sheet_menu, action_id)
        self.edit_menu = bar.addMenu("")
        self._add(self.edit_menu, EditorActionId.UNDO)
        self._add(self.edit_menu, EditorActionId.REDO)
        self.people_menu = bar.addMenu("")
        for action_id in (EditorActionId.ADD_PERSON, EditorActionId.EDIT_PERSON, EditorActionId.REMOVE_PERSON):
            self._add(self.people_menu, action_id)
        a[EditorActionId.TOGGLE_PIN].setCheckable(True)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("editor_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action_id in (
            EditorActionId.UNDO, EditorActionId.REDO, None, EditorActionId.ADD_SLOT,
            EditorActionId.DUPLICATE_SLOT, EditorActionId.REMOVE_SLOT, None, EditorActionId.MOVE_UP,
            EditorActionId.MOVE_DOWN, EditorActionId.TOGGLE_PIN, None, EditorActionId.PASTE_AGENDA,
        ):
            self._add(self.toolbar, action_id)
        # Keys that mean "this slot" or "this person" work only where that list has the focus.
        self.table.addActions(a.scoped("slots"))
        self.people.view.addActions(a.scoped("people"))
        self.people.new.setDefaultAction(a[EditorActionId.ADD_PERSON])
        self.people.edit.setDefaultAction(a[EditorActionId.EDIT_PERSON])
        self.people.remove.setDefaultAction(a[EditorActionId.REMOVE_PERSON])

    def _add(self, container: QMenu | QToolBar, action_id: EditorActionId | None) -> None:
        if action_id is None:
            container.addSeparator()
        else:
            container.addAction(self.actions_[action_id])

    def _connect(self) -> None:
        a = self.actions_
        a.connect(EditorActionId.ADD_SLOT, self.add_slot)
        a.connect(EditorActionId.DUPLICATE_SLOT, self.duplicate_slot)
        a.connect(EditorActionId.REMOVE_SLOT, self.remove_slot)
        a.connect(EditorActionId.MOVE_UP, lambda: self.move_selected(-1))
        a.connect(EditorActionId.MOVE_DOWN, lambda: self.move_selected(+1))
        a.connect(EditorActionId.TOGGLE_PIN, self.toggle_pin)
        a.connect(EditorActionId.ADD_PERSON, lambda: self.open_person_dialog(None))
        a.connect(EditorActionId.EDIT_PERSON, self.edit_selected_person)
        a.connect(EditorActionId.REMOVE_PERSON, self.remove_selected_person)
        a.connect(EditorActionId.UNDO, self.undo)
        a.connect(EditorActionId.REDO, self.redo)
        a.connect(EditorActionId.PASTE_AGENDA, self.open_paste_dialog)
        a.connect(EditorActionId.CLOSE, self.close)
        self.model.edit_requested.connect(self.apply)
        self.slot_panel.edit_requested.connect(self.apply)
        self.people.edit_person_requested.connect(self._edit_person)
        self.people.assign_requested.connect(self.assign_person)
        self.people.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.findings.slot_chosen.connect(self.select_slot)
        # The selection, not the current cell: selectRow() on a hidden table selects
        # without making the row current.
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.session.sheet_changed.connect(self._show_sheet)
        self.session.failed.connect(self.show_error)
        self.session.conflicted.connect(self.show_conflict)
        self.session.history_changed.connect(self._update_history)

    def _set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.slot_panel.set_read_only(read_only)
        self.actions_.set_read_only(read_only)
        self.table.setDragEnabled(not read_only)
        if read_only:
            self.banner.show_message(
                self.tr("This event file is read-only: the run sheet can be viewed, but not changed."),
                error=False,
                seconds=0,
            )

    # -- showing the sheet -----------------------------------------------------------------------

    def _show_sheet(self, change: object) -> None:
        """Show the session's sheet; select what an edit made, else keep the selection."""
        sheet = self.session.sheet
        wanted = self.selected_slot_id()
        rows = self.table.selectionModel().selectedRows()
        near = rows[0].row() if rows else 0
        if isinstance(change, RunSheetChange) and change.new_slot_id is not None:
            wanted = change.new_slot_id
        findings = validate(sheet)
        self.model.set_sheet(sheet, findings)
        self.people.set_sheet(sheet)
        self.findings.set_findings(findings)
        if isinstance(change, RunSheetChange) and change.new_person_id is not None:
            self.people.select(change.new_person_id)
        # The slot selected stays selected wherever it went (a reset after a big change
        # forgets the selection); a removed one hands the selection to its neighbour.
        if wanted is not None and self.selected_slot_id() != wanted:
            self.select_slot(wanted)
        if self.selected_slot_id() is None and self.model.rowCount():
            self.table.selectRow(min(near, self.model.rowCount() - 1))
        self._show_selected()
        self._show_heading()
        self._update_history()

    def _show_heading(self) -> None:
        sheet = self.session.sheet
        event = sheet.event
        zone = ZoneInfo(event.timezone)
        day = event.start.astimezone(zone)
        self.heading.setText(event.title or self.tr("Untitled event"))
        self.subheading.setText(
            fill(self.tr("%1, %3–%2 (%4)"),
                day=QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat),
                start=clock_text(event.start, zone), end=clock_text(event.end, zone), zone=event.timezone,
            )
        )
        self.setWindowTitle(fill(self.tr("Run sheet — %1"), title=event.title or self.tr("Untitled event")))
        parts = [
            self.tr("%n slot(s)", "", len(sheet.slots)),
            self.tr("%n person(s)", "", len(sheet.people)),
        ]
        if sheet.slots:
            parts.insert(1, fill(self.tr("from %2 to %1"),
                start=clock_text(sheet.slots[0].start, zone), end=clock_text(sheet.slots[-1].end, zone)
            ))
        self.summary.setText(" · ".join(parts))

    def _show_selected(self) -> None:
        self.slot_panel.set_slot(self.session.sheet, self.selected_slot())
        self._update_actions()

    def _on_selection_changed(self, *_: object) -> None:
        # Notes typed for the slot before are stored before its panel shows another slot.
        self.slot_panel.commit_notes()
        self._show_selected()

    def _update_actions(self) -> None:
        a = self.actions_
        slot = self.selected_slot()
        row = self.model.slot_row(slot.id) if slot is not None and slot.id is not None else None
        row = -1 if row is None else row
        editable = not self.session.read_only
        a[EditorActionId.DUPLICATE_SLOT].setEnabled(editable and slot is not None)
        a[EditorActionId.REMOVE_SLOT].setEnabled(editable and slot is not None)
        a[EditorActionId.MOVE_UP].setEnabled(editable and row > 0)
        a[EditorActionId.MOVE_DOWN].setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        pin = a[EditorActionId.TOGGLE_PIN]
        pin.setEnabled(editable and slot is not None)
        pin.setChecked(slot is not None and slot.pinned)
        person = self.people.selected_person_id() is not None
        a[EditorActionId.EDIT_PERSON].setEnabled(editable and person)
        a[EditorActionId.REMOVE_PERSON].setEnabled(editable and person)
        self.people.add_to_slot.setEnabled(editable and person and slot is not None)

    def _update_history(self) -> None:
        stack = self.session.undo_stack
        editable = not self.session.read_only
        undo, redo = self.actions_[EditorActionId.UNDO], self.actions_[EditorActionId.REDO]
        undo.setEnabled(editable and stack.can_undo)
        redo.setEnabled(editable and stack.can_redo)
        undo.setText(fill(self.tr("Undo %1"), step=self._label(stack.undo_description)) if stack.can_undo else self.tr("Undo"))
        redo.setText(fill(self.tr("Redo %1"), step=self._label(stack.redo_description)) if stack.can_redo else self.tr("Redo"))
        # The toolbar keeps its short words, so that it does not jump about; the menu and
        # the tooltip say which step.
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        for action in (undo, redo):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())

    @staticmethod
    def _label(description: str) -> str:
        """An undo step's label in the UI language (the domain marks them in "run_sheet")."""
        return QCoreApplication.translate("run_sheet", description)

    # -- selection -------------------------------------------------------------------------------

    def selected_slot(self) -> Slot | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.slot_at(rows[0].row()) if rows else None

    def selected_slot_id(self) -> int | None:
        slot = self.selected_slot()
        return slot.id if slot is not None else None

    def select_slot(self, slot_id: int) -> None:
        row = self.model.slot_row(slot_id)
        if row is None:
            return
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    # -- edits -----------------------------------------------------------------------------------

    def apply(self, op: RunSheetOp) -> RunSheetChange | None:
        """Store an edit; an error shows as one line above the table."""
        if self.session.read_only:
            self.show_error(self.tr("This event file is read-only: the run sheet can be viewed, but not changed."))
            return None
        return self.session.apply(op)

    def add_slot(self) -> None:
        slot = self.selected_slot()
        rows = self.model.rowCount()
        after = self.model.slot_row(slot.id) if slot is not None and slot.id is not None else (rows - 1 if rows else None)
        change = self.apply(AddSlot(after))
        if change is not None and change.new_slot_id is not None:
            row = self.model.slot_row(change.new_slot_id)
            if row is not None:
                # The new slot's title is typed straight away.
                self.table.setFocus()
                self.table.edit(self.model.index(row, TITLE))

    def remove_slot(self) -> None:
        slot = self.selected_slot()
        if slot is None or slot.id is None:
            return
        if self.apply(RemoveSlot(slot.id)) is not None:
            keys = self.actions_[EditorActionId.UNDO].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.banner.show_message(
                fill(self.tr("“%2” was removed; %1 brings it back."), title=slot.title, keys=keys),
                error=False, seconds=6,
            )

    def move_selected(self, step: int) -> None:
        slot = self.selected_slot()
        if slot is None or slot.id is None:
            return
        row = self.model.slot_row(slot.id)
        if row is not None and 0 <= row + step < self.model.rowCount():
            self.apply(MoveSlot(slot.id, row + step))

    def toggle_pin(self) -> None:
        slot = self.selected_slot()
        if slot is not None and slot.id is not None:
            self.apply(SetPinned(slot.id, not slot.pinned))
        self._update_actions()

    def duplicate_slot(self) -> None:
        slot_id = self.selected_slot_id()
        if slot_id is not None:
            self.apply(DuplicateSlot(slot_id))

    def undo(self) -> None:
        self.slot_panel.commit_notes()
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def assign_person(self, person_id: int) -> None:
        slot = self.selected_slot()
        if slot is None or slot.id is None:
            self.show_error(self.tr("Select the slot to add the person to."))
            return
        self.apply(AssignPerson(slot.id, person_id, default_role(slot)))

    # -- people ----------------------------------------------------------------------------------

    def edit_selected_person(self) -> None:
        person_id = self.people.selected_person_id()
        if person_id is not None:
            self._edit_person(person_id)

    def _edit_person(self, person_id: int) -> None:
        person = next((p for p in self.session.sheet.people if p.id == person_id), None)
        if person is not None:
            self.open_person_dialog(person)

    def open_person_dialog(self, person: Person | None) -> PersonDialog:
        dialog = PersonDialog(person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda filled: self._store_person(dialog, filled))
        dialog.open()
        return dialog

    def _store_person(self, dialog: PersonDialog, person: Person) -> None:
        if dialog.person_id is None:
            op: RunSheetOp = AddPerson(person)
        else:
            changes = dialog.changes()
            if not changes:
                dialog.accept()
                return
            op = EditPerson(dialog.person_id, based_on=dialog.base, **changes)
        error = self._quietly(op)
        conflict = self.session.last_error
        if error is None:
            dialog.accept()
        elif isinstance(conflict, RunSheetConflict):
            # The user's details go on in the dialog that shows both versions.
            dialog.accept()
            self.show_conflict(conflict, op)
        else:
            dialog.show_error(error)

    def remove_selected_person(self) -> None:
        person_id = self.people.selected_person_id()
        person = next((p for p in self.session.sheet.people if p.id == person_id), None)
        if person is None or person.id is None:
            return
        if self.apply(RemovePerson(person.id)) is not None:
            keys = self.actions_[EditorActionId.UNDO].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.banner.show_message(
                fill(self.tr("%2 was taken off the run sheet; %1 brings them back."), name=person.display_name, keys=keys),
                error=False, seconds=6,
            )

    # -- pasting an agenda -----------------------------------------------------------------------

    def open_paste_dialog(self) -> PasteAgendaDialog:
        event = self.session.sheet.event
        day = event.start.astimezone(ZoneInfo(event.timezone)).date()
        slots = self.session.sheet.slots
        span = (slots[0].start, slots[-1].end) if slots else None
        dialog = PasteAgendaDialog(event.timezone, day, span, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.draft_chosen.connect(lambda draft, replace: self._paste(dialog, draft, replace))
        dialog.open()
        return dialog

    def _paste(self, dialog: PasteAgendaDialog, draft: EventDraft, replace: bool) -> None:
        error = self._quietly(InsertDraft(draft, replace_slots=replace))
        if error is not None:
            dialog.show_error(error)
            return
        dialog.accept()
        self.banner.show_message(
            self.tr("The agenda is on the run sheet: %n slot(s); one undo takes it back.", "", len(draft.slots)),
            error=False, seconds=6,
        )

    def _quietly(self, op: RunSheetOp) -> str | None:
        """Store ``op`` for a dialog: the error comes back as text for the dialog to show."""
        if self.session.read_only:
            return self.tr("This event file is read-only: the run sheet can be viewed, but not changed.")
        if self.session.apply(op, quiet=True) is not None:
            return None
        error = self.session.last_error
        return translate_error(error) if error is not None else None

    # -- messages, language, closing -------------------------------------------------------------

    def show_error(self, error: object) -> None:
        text = translate_error(error) if isinstance(error, UserError) else str(error)
        self.banner.show_message(text)

    def show_conflict(self, conflict: RunSheetConflict, op: RunSheetOp) -> RunSheetConflictDialog:
        """Show both versions of what was changed elsewhere while the user edited it.

        Nothing was written; the table already shows the other version. "Save mine"
        stores the user's edit on top of it. The dialog is not modal: ``open()`` would
        make it window-modal, which blocks the editor's parent too, the cockpit, where
        the show may be running.
        """
        dialog = RunSheetConflictDialog(conflict, op, ZoneInfo(self.session.sheet.event.timezone), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self.apply)
        dialog.finished.connect(lambda _result, closed=dialog: self._forget_conflict(closed))
        self.conflict_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget_conflict(self, dialog: RunSheetConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None

    def retranslate(self) -> None:
        self.actions_.retranslate()
        self.sheet_menu.setTitle(self.tr("&Run sheet"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.people_menu.setTitle(self.tr("&People"))
        self.toolbar.setWindowTitle(self.tr("Run sheet"))
        self.read_only_badge.setText(self.tr("Read-only") if self.session.read_only else "")
        describe(self.table, self.tr("Slots"), self.tr("The run sheet's slots: start, end, length, title, kind; edit in place, Ctrl+Up and Ctrl+Down move a slot."))
        self.slot_panel.retranslate()
        self.people.retranslate(len(self.session.sheet.people))
        self.findings.retranslate()
        self.model.refresh_all()
        self._show_heading()
        self._update_history()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Notes being typed are stored, as everything else already is.
        self.slot_panel.commit_notes()
        super().closeEvent(event)
