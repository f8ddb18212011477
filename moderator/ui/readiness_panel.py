"""The readiness board in the cockpit: who has joined, audio, video, slides, a note.

A thin view over a :class:`ReadinessSource` (not the window): it shows the frozen
:class:`~moderator.domain.readiness.Board` the source computes and turns each click or
key into one ``set_readiness`` call. One click on a box, or one key on the selected row
(J joined, A audio, V video, S slides), is one tick; F2 or a double click edits the note
in place. Never a dialog. While the board has the keyboard, these letters tick boxes and
do not reach the cockpit's single-key actions (the board's focus frame shows where keys
go); Esc gives the keyboard back to the cockpit.

Above the table, one calm line: before the show who is not ready yet; during the show,
when the person up next has not been marked as joined.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.app.service import EventService
from moderator.domain import handoffs as floor
from moderator.domain.errors import UserError, fill
from moderator.domain.model import Person, Slot
from moderator.domain.readiness import CHECKS, Board, Readiness, ReadinessField, board
from moderator.ui.accessibility import describe
from moderator.lazy import lazy_module
from moderator.ui.event_session import EventSession

if TYPE_CHECKING:
    from moderator.app import operations as ops
else:  # the operations load after the first paint (see moderator.lazy)
    ops = lazy_module("moderator.app.operations")

#: The key that ticks each box of the selected row.
KEYS: dict[Qt.Key, ReadinessField] = {
    Qt.Key.Key_J: ReadinessField.JOINED,
    Qt.Key.Key_A: ReadinessField.AUDIO,
    Qt.Key.Key_V: ReadinessField.VIDEO,
    Qt.Key.Key_S: ReadinessField.SLIDES,
}
NOTE_COLUMN = 1 + len(CHECKS)
CALM = "QLabel { padding: 4px 8px; border-radius: 4px; background: #e7f5ff; color: #1c3d5a; }"
ATTENTION = "QLabel { padding: 4px 8px; border-radius: 4px; background: #fff3bf; color: #5c4400; }"


class ReadinessSource(Protocol):
    """What the panel needs: the board as it is now, and one change at a time."""

    def readiness(self) -> Board: ...

    def set_readiness(self, person_id: int, field: ReadinessField, value: bool | str) -> None: ...


class SessionReadiness:
    """The board of an event open in the app; ticks are operations run by its service.

    ``run_sheet`` gives the people and slots as the caller already has them (the cockpit's
    snapshot: reading the whole event again for each tick would read every question);
    ``up_next`` says who speaks next while the show runs.
    """

    def __init__(
        self,
        service: EventService,
        run_sheet: Callable[[], tuple[Sequence[Person], Sequence[Slot]]],
        up_next: Callable[[], int | None] = lambda: None,
        run: Callable[[ops.Operation], object] | None = None,
        read: Callable[[Callable[[], dict[int, Readiness]]], dict[int, Readiness]] | None = None,
    ) -> None:
        self.service = service
        #: Runs a tick (the session's worker thread on a shared event; default the service).
        self.run = run or service.run
        #: Reads the ticks (the session's worker thread on a shared event; default at once).
        self.read = read or (lambda reading: reading())
        self.store = service.store
        self.run_sheet = run_sheet
        self.up_next = up_next
        #: The stored ticks as last read (None: read them on the next refresh).
        self._stored: dict[int, Readiness] | None = None

    def readiness(self) -> Board:
        people, slots = self.run_sheet()
        if self._stored is None:
            self._stored = self.read(self.store.readiness)
        return board(people, slots, self._stored, up_next=self.up_next())

    def forget(self) -> None:
        """The stored ticks changed, or may have: the next refresh reads them again.

        The board refreshes with every change to the event (the next speaker moves with
        the clock), but its ticks change only with a tick: reading them for a clock key
        or a queue move cost a shared event three round trips on the GUI thread.
        """
        self._stored = None

    def set_readiness(self, person_id: int, field: ReadinessField, value: bool | str) -> None:
        self.run(ops.SetReadiness(person_id, field, value))


class ReadinessPanel(QWidget):
    """The readiness board (see the module).

    Signals:
        failed(object): a tick could not be stored; the argument is the UserError.
        attention_changed(str): the warning about the next speaker changed ("" for none),
            for the cockpit to show while the board is hidden.
    """

    failed = Signal(object)
    attention_changed = Signal(str)

    def __init__(self, source: ReadinessSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.board: Board | None = None
        self._attention = ""
        #: The View menu's action that shows or hides the board's dock (set when docked).
        self.toggle_action: QAction | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2 + len(CHECKS))
        self.table.setObjectName("readiness_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, NOTE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        # The tick columns are headed by their key only, to stay narrow beside the cockpit;
        # the header's tooltip names them.
        names = [self.tr("Joined (J)"), self.tr("Audio (A)"), self.tr("Video (V)"), self.tr("Slides (S)")]
        self.table.setHorizontalHeaderLabels([self.tr("Person"), "J", "A", "V", "S", self.tr("Note")])
        for column, name in enumerate(names, start=1):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(name)
        describe(
            self.table, self.tr("Readiness board"),
            self.tr("One row per person: J joined, A audio, V video, S slides; the note is edited in place."),
        )
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.setWindowTitle(self.tr("Readiness"))
            dock.toggleViewAction().setText(self.tr("Readiness board"))
        if self.board is not None:
            self._show_summary(self.board)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the board as the source has it now."""
        try:
            current = self.source.readiness()
        except UserError as error:
            self.failed.emit(error)
            return
        if current == self.board:
            return
        self.board = current
        selected = self.selected_person()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(current.rows))
            for row_index, row in enumerate(current.rows):
                name = QTableWidgetItem(row.name)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                name.setData(Qt.ItemDataRole.UserRole, row.person_id)
                name.setToolTip(row.organisation)
                self.table.setItem(row_index, 0, name)
                for offset, field in enumerate(CHECKS, start=1):
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                    ticked = bool(getattr(row.readiness, field.value))
                    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                    self.table.setItem(row_index, offset, item)
                note = QTableWidgetItem(row.readiness.note)
                note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row_index, NOTE_COLUMN, note)
                if row.person_id == selected:
                    self.table.selectRow(row_index)
        finally:
            self.table.blockSignals(False)
        self._show_summary(current)

    def _show_summary(self, current: Board) -> None:
        attention = ""
        if current.next_not_joined is not None:
            text = fill(self.tr("Up next: %1 is not marked as joined yet."), name=current.next_not_joined)
            style = ATTENTION
            attention = text
        elif current.not_ready:
            text = fill(self.tr("Not ready yet: %1"), names=", ".join(current.not_ready))
            style = CALM
        else:
            text = self.tr("Everyone on the run sheet is ready.")
            style = CALM
        self.summary.setStyleSheet(style)
        self.summary.setText(text)
        if attention != self._attention:
            self._attention = attention
            self.attention_changed.emit(attention)

    # -- changing -------------------------------------------------------------------------

    def selected_person(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def set_value(self, person_id: int, field: ReadinessField, value: bool | str) -> bool:
        """One change through the source; the board shows the stored result."""
        try:
            self.source.set_readiness(person_id, field, value)
        except UserError as error:
            self.failed.emit(error)
            self.board = None  # show what is stored, not what was clicked
            self.refresh()
            return False
        self.refresh()
        return True

    def toggle(self, person_id: int, field: ReadinessField) -> bool:
        row = next((r for r in (self.board.rows if self.board else ()) if r.person_id == person_id), None)
        if row is None:
            return False
        return self.set_value(person_id, field, not getattr(row.readiness, field.value))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        name = self.table.item(item.row(), 0)
        if name is None:
            return
        person_id = int(name.data(Qt.ItemDataRole.UserRole))
        if item.column() == NOTE_COLUMN:
            self.set_value(person_id, ReadinessField.NOTE, item.text())
        elif 1 <= item.column() < NOTE_COLUMN:
            self.set_value(person_id, CHECKS[item.column() - 1], item.checkState() == Qt.CheckState.Checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """J, A, V, S tick the selected row; they stay in the board while it has the keyboard."""
        if watched is self.table and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and key in KEYS and self.table.state() != QAbstractItemView.State.EditingState:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    person_id = self.selected_person()
                    if person_id is not None:
                        self.toggle(person_id, KEYS[key])
                return True
        return super().eventFilter(watched, event)


def attach_readiness_panel(
    window: QMainWindow,
    session: EventSession,
    show_error: Callable[[object], None],
    show_attention: Callable[[str], None] = lambda text: None,
) -> ReadinessPanel:
    """Put the board into the cockpit ``window`` as a dock on the right, refreshed with the session.

    The dock starts hidden: beside the cockpit it would take a quarter of a laptop's width
    from the run sheet and the queue during the show. *View → Readiness board* (F7) opens
    it for the tech check; while it is hidden, a warning about the next speaker goes to
    ``show_attention`` (the cockpit's banner).
    """
    source = SessionReadiness(
        session.service, lambda: (session.snapshot.people, session.snapshot.slots), up_next_of(session),
        run=session.run_operation, read=session.read_store,
    )
    panel = ReadinessPanel(source)
    panel.failed.connect(show_error)
    dock = QDockWidget(window)
    dock.setObjectName("readiness_dock")
    dock.setWidget(panel)
    panel.retranslate()  # names the dock too
    panel.setMinimumWidth(360)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setShortcut("F7")
    toggle.setObjectName("readiness_toggle")
    panel.toggle_action = toggle
    panel.attention_changed.connect(lambda text: show_attention(text) if text and dock.isHidden() else None)
    session.changed.connect(
        lambda changes: source.forget() if changes.readiness or changes.run_sheet or changes.connection else None
    )
    session.changed.connect(lambda changes: panel.refresh() if changes.snapshot else None)
    return panel


def up_next_of(session: EventSession) -> Callable[[], int | None]:
    """Who speaks next in ``session``'s running show (None before and after it)."""

    def up_next() -> int | None:
        live = session.snapshot.live
        if live.show_started_at is None or live.show_ended_at is not None:
            return None
        reading = session.reading()
        current = floor.current_handoff(session.handoffs)
        speaking = current.person_id if current is not None and current.ended_at is None else None
        following = floor.up_next(session.slots, reading.slot_index, speaking, session.handoffs)
        return following.person_id if following is not None else None

    return up_next
