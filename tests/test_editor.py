"""The run-sheet editor, told as small stories of an organiser preparing the seed lounge.

The editor is built over a real event file (``make_event_file``) through the cockpit's
:class:`EventSession`, as the cockpit opens it; every edit is stored at once, so each
story checks the file as well as the window. Drags are made without a mouse: the model's
``mimeData``/``dropMimeData``, as a view would call them.

The run sheet (Europe/Berlin, 9 June 2021): 13:50 check-in (10′), 14:00 welcome (10′),
14:10 Impuls 1 (20′), 14:30 Impuls 2 (15′), 14:45 Impuls 3 (15′), 15:00 panel (30′);
the event ends at 15:30.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from moderator.domain.model import Role
from moderator.domain.run_sheet import RunSheet
from moderator.domain.run_sheet_ops import EditPerson, SetSlotFields
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.editor import RunSheetEditor
from moderator.ui.editor.actions import EditorActionId
from moderator.ui.editor.paste_dialog import PasteAgendaDialog
from moderator.ui.editor.slots_model import LENGTH, PIN, START, TITLE
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
CHECK_IN, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = range(6)


def at(hour: int, minute: int) -> datetime:
    return datetime(2021, 6, 9, hour, minute, tzinfo=BERLIN)


@dataclass
class Editor:
    """An editor window over a real event file, and what its table signalled."""

    window: RunSheetEditor
    session: EventSession
    path: Path
    events: list[tuple[object, ...]] = field(default_factory=list)

    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.window.model

    def column(self, column: int) -> list[str]:
        """What the table shows in ``column``, top to bottom."""
        return [self.model.index(row, column).data() for row in range(self.model.rowCount())]

    def titles(self) -> list[str]:
        return self.column(TITLE)

    def starts(self) -> list[str]:
        return self.column(START)

    def stored(self) -> RunSheet:
        """The run sheet in the file, read by another instance."""
        store = EventStore.open(self.path, read_only=True)
        try:
            return RunSheet.from_snapshot(store.snapshot())
        finally:
            store.close()

    def stored_starts(self) -> list[str]:
        return [slot.start.astimezone(BERLIN).strftime("%H:%M") for slot in self.stored().slots]

    def trigger(self, action_id: EditorActionId) -> None:
        self.window.actions_[action_id].trigger()

    def select(self, row: int) -> None:
        self.window.table.selectRow(row)

    def findings(self) -> list[str]:
        return [self.window.findings.list.item(i).text() for i in range(self.window.findings.list.count())]


@pytest.fixture(scope="module")
def event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_event_file(tmp_path_factory.mktemp("template"))


def open_editor(qtbot: QtBot, folder: Path, template: Path, *, read_only: bool = False) -> Editor:
    path = Path(shutil.copy(template, folder / template.name))
    session = EventSession(EventStore.open(path, read_only=read_only), FakeClock(at(9, 0)))
    window = RunSheetEditor(session)
    qtbot.addWidget(window)
    editor = Editor(window, session, path)
    model = window.model
    model.rowsMoved.connect(lambda _p, start, end, _d, row: editor.events.append(("moved", start, end, row)))
    model.modelReset.connect(lambda: editor.events.append(("reset",)))
    model.rowsInserted.connect(lambda _p, first, last: editor.events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: editor.events.append(("removed", first, last)))
    return editor


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, event_template: Path) -> Iterator[Editor]:
    opened = open_editor(qtbot, tmp_path, event_template)
    yield opened
    opened.window.close()
    opened.session.close()


# --- the models -----------------------------------------------------------------------------


def test_the_editors_models_pass_qts_model_checks_through_a_series_of_edits(editor: Editor, qtmodeltester: ModelTester) -> None:
    window = editor.window
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.people.model)
    qtmodeltester.check(window.slot_panel.model)

    editor.select(IMPULS_1)
    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)
    editor.trigger(EditorActionId.ADD_SLOT)
    editor.trigger(EditorActionId.MOVE_UP)
    editor.trigger(EditorActionId.REMOVE_SLOT)
    editor.trigger(EditorActionId.UNDO)
    editor.trigger(EditorActionId.UNDO)
    editor.trigger(EditorActionId.REDO)

    assert editor.model.rowCount() == 7


# --- linked starts, pins --------------------------------------------------------------------


def test_a_longer_first_impulse_moves_the_later_slots_at_once(editor: Editor) -> None:
    # When the organiser makes Impuls 1 five minutes longer in the table...
    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)

    # ...the later slots move in the table and in the file, without a reset of the view.
    assert editor.starts() == ["13:50", "14:00", "14:10", "14:35", "14:50", "15:05"]
    assert editor.stored_starts() == editor.starts()
    assert editor.column(LENGTH)[IMPULS_1] == "25 min"
    assert ("reset",) not in editor.events
    # The panel now runs past the end of the show: that is what to check.
    assert editor.findings() == ["“Moderiertes Gespräch” ends 5:00 after the end of the show."]


def test_a_start_typed_in_pins_the_slot_and_the_later_ones_follow(editor: Editor) -> None:
    editor.model.setData(editor.model.index(IMPULS_3, START), QTime(14, 50))

    assert editor.starts()[IMPULS_3:] == ["14:50", "15:05"]
    assert editor.model.index(IMPULS_3, PIN).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.stored().slots[IMPULS_3].pinned
    assert editor.findings()[0] == "5:00 free between “Impuls 2” and “Impuls 3”."


def test_a_pinned_panel_keeps_its_time_and_the_overlap_is_reported_and_found(editor: Editor) -> None:
    # Given the panel pinned at 15:00 with a click on its pin.
    assert editor.model.setData(editor.model.index(PANEL, PIN), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert editor.stored().slots[PANEL].pinned

    # When Impuls 2 gets five minutes more...
    editor.model.setData(editor.model.index(IMPULS_2, LENGTH), "20")

    # ...Impuls 3 moves, the panel stays at three, and the overlap is listed.
    assert editor.starts()[IMPULS_3:] == ["14:50", "15:00"]
    assert editor.findings() == ["“Moderiertes Gespräch” starts 5:00 before “Impuls 3” ends."]

    # Clicking the finding selects the panel, whose title carries a warning.
    editor.select(CHECK_IN)
    list_widget = editor.window.findings.list
    list_widget.itemClicked.emit(list_widget.item(0))
    assert editor.window.selected_slot_id() == editor.stored().slots[PANEL].id
    assert editor.model.index(PANEL, TITLE).data(Qt.ItemDataRole.DecorationRole) is not None

    # Unpinning by the toolbar's pin links the panel to Impuls 3 again.
    editor.trigger(EditorActionId.TOGGLE_PIN)
    assert editor.starts()[PANEL] == "15:05"


# --- reordering -------------------------------------------------------------------------------


def test_impuls_3_dragged_before_impuls_1_takes_its_place_and_the_starts_relink(editor: Editor) -> None:
    model = editor.model
    impuls_3 = editor.stored().slots[IMPULS_3].id

    mime = model.mimeData([model.index(IMPULS_3, TITLE)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, IMPULS_1, 0, QModelIndex())

    assert editor.titles() == ["Einwahl und Technik-Check", "Begrüßung", "Impuls 3", "Impuls 1", "Impuls 2", "Moderiertes Gespräch"]
    assert [slot.title for slot in editor.stored().slots] == editor.titles()
    assert editor.starts() == ["13:50", "14:00", "14:10", "14:25", "14:45", "15:00"]
    # The view was told of one row moving (so the selection stays with it), not reset.
    assert editor.events == [("moved", IMPULS_3, IMPULS_3, IMPULS_1)]
    assert editor.stored().slots[IMPULS_1].id == impuls_3


def test_a_drop_onto_a_row_puts_the_slot_there_and_a_foreign_drop_is_refused(editor: Editor) -> None:
    model = editor.model
    mime = model.mimeData([model.index(CHECK_IN, TITLE)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(IMPULS_2, TITLE))

    assert editor.titles()[:4] == ["Begrüßung", "Impuls 1", "Einwahl und Technik-Check", "Impuls 2"]
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_ctrl_down_moves_the_selected_slot_and_keeps_it_selected(editor: Editor) -> None:
    editor.select(IMPULS_1)

    editor.trigger(EditorActionId.MOVE_DOWN)

    assert editor.titles()[IMPULS_1:IMPULS_3 + 1] == ["Impuls 2", "Impuls 1", "Impuls 3"]
    assert editor.window.selected_slot().title == "Impuls 1"  # type: ignore[union-attr]
    assert editor.model.moveRows(QModelIndex(), IMPULS_2, 1, QModelIndex(), IMPULS_1)
    assert editor.titles()[IMPULS_1:IMPULS_3 + 1] == ["Impuls 1", "Impuls 2", "Impuls 3"]


# --- adding, removing, undo -----------------------------------------------------------------------


def test_undo_and_redo_take_back_and_redo_each_edit_and_say_which(editor: Editor) -> None:
    undo = editor.window.actions_[EditorActionId.UNDO]
    redo = editor.window.actions_[EditorActionId.REDO]
    assert not undo.isEnabled() and undo.text() == "Undo"

    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)
    editor.model.setData(editor.model.index(IMPULS_2, TITLE), "Impuls 2: Open State")
    assert undo.isEnabled() and undo.text() == "Undo Edit slot"

    editor.trigger(EditorActionId.UNDO)
    assert editor.titles()[IMPULS_2] == "Impuls 2"
    assert undo.text() == "Undo Change length" and redo.text() == "Redo Edit slot"
    editor.trigger(EditorActionId.UNDO)
    assert editor.stored_starts() == ["13:50", "14:00", "14:10", "14:30", "14:45", "15:00"]
    assert not undo.isEnabled()

    editor.trigger(EditorActionId.REDO)
    editor.trigger(EditorActionId.REDO)
    assert editor.titles()[IMPULS_2] == "Impuls 2: Open State"
    assert editor.stored_starts()[IMPULS_2] == "14:35"


def test_a_removed_slot_comes_back_with_undo_and_a_new_one_is_named_at_once(qtbot: QtBot, editor: Editor) -> None:
    editor.select(IMPULS_2)
    editor.trigger(EditorActionId.REMOVE_SLOT)
    assert "Impuls 2" not in editor.titles()
    assert editor.starts()[IMPULS_2:] == ["14:30", "14:45"]
    assert "Impuls 2" in editor.window.banner.text()

    editor.trigger(EditorActionId.UNDO)
    assert editor.titles()[IMPULS_2] == "Impuls 2"
    assert editor.stored_starts() == ["13:50", "14:00", "14:10", "14:30", "14:45", "15:00"]

    # Ctrl+N adds a slot after the selected one and opens its title for typing.
    editor.select(WELCOME)
    editor.trigger(EditorActionId.ADD_SLOT)
    assert editor.titles()[IMPULS_1] == ""
    assert editor.window.selected_slot_id() == editor.stored().slots[IMPULS_1].id
    assert editor.window.table.state() == editor.window.table.State.EditingState
    assert editor.findings() == ["Slot 3 has no title.", "“Moderiertes Gespräch” ends 10:00 after the end of the show."]


def test_undo_after_a_change_elsewhere_is_refused_in_one_line(editor: Editor) -> None:
    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)
    other = EventStore.open(editor.path)
    try:
        other.change_run_sheet(SetSlotFields(editor.stored().slots[PANEL].id or 0, title="Arena"))
    finally:
        other.close()

    editor.trigger(EditorActionId.UNDO)

    assert editor.window.banner.text() == "The run sheet was changed elsewhere meanwhile; this step can no longer be undone."
    assert editor.stored_starts()[IMPULS_2] == "14:35"
    assert editor.titles()[PANEL] == "Arena", "the editor shows the sheet as it is now"
    assert not editor.window.actions_[EditorActionId.UNDO].isEnabled()


def test_a_change_made_elsewhere_shows_without_losing_the_selection(editor: Editor) -> None:
    editor.select(IMPULS_3)
    other = EventStore.open(editor.path)
    try:
        other.change_run_sheet(SetSlotFields(editor.stored().slots[WELCOME].id or 0, title="Begrüßung und Einführung"))
    finally:
        other.close()

    editor.session.refresh_if_changed()  # what the cockpit's poll does every 200 ms

    assert editor.titles()[WELCOME] == "Begrüßung und Einführung"
    assert editor.window.selected_slot().title == "Impuls 3"  # type: ignore[union-attr]
    assert ("reset",) not in editor.events


def test_a_wrong_length_is_refused_in_one_line_and_nothing_changes(editor: Editor) -> None:
    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), "0")

    assert editor.window.banner.text() == "A slot must end after it starts."
    assert editor.stored_starts() == ["13:50", "14:00", "14:10", "14:30", "14:45", "15:00"]


# --- people and notes -------------------------------------------------------------------------


def test_a_new_moderator_is_added_assigned_put_first_and_introduced(qtbot: QtBot, editor: Editor) -> None:
    window = editor.window
    editor.select(PANEL)
    # The organiser adds a person in the dialog...
    dialog = window.open_person_dialog(None)
    dialog.name.setText("Verena Wiesmüller")
    dialog.function.setText("Bürgermeisterin")
    dialog.organisation.setText("Stadt Bernau")
    dialog.intro.setPlainText("Verena Wiesmüller ist seit 2019 Bürgermeisterin.")
    dialog.pronunciation.setText("WIES-müller")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    person = next(p for p in editor.stored().people if p.name == "Verena Wiesmüller")
    assert (person.function, person.organisation, person.pronunciation) == ("Bürgermeisterin", "Stadt Bernau", "WIES-müller")
    assert window.people.selected_person_id() == person.id

    # ...puts her into the panel as moderator with the slot's assign row...
    panel = window.slot_panel
    panel.person_choice.setCurrentIndex(panel.person_choice.findData(person.id))
    panel.role_choice.setCurrentIndex(panel.role_choice.findData(Role.MODERATOR.value))
    panel.assign.click()
    assert "Verena Wiesmüller (Moderator)" in editor.model.index(PANEL, 6).data()

    # ...moves her to the top of the panel, and makes her the host instead.
    panel.view.selectRow(panel.model.rowCount() - 1)
    for _ in range(panel.model.rowCount() - 1):
        panel.up.click()
    stored = editor.stored().slots[PANEL].participants
    assert stored[0].person_id == person.id
    panel.model.setData(panel.model.index(0, 1), Role.HOST.value)
    assert editor.stored().slots[PANEL].participants[0].role == Role.HOST

    # A second person of the same name is refused inside the dialog, which stays open.
    again = window.open_person_dialog(None)
    again.name.setText("Verena Wiesmüller")
    again.buttons.accepted.emit()
    assert again.isVisible()
    assert again.message.text() == "Verena Wiesmüller is already on the run sheet."
    again.reject()


def test_a_talk_without_its_speaker_is_reported_and_the_finding_leads_to_it(editor: Editor) -> None:
    window = editor.window
    editor.select(IMPULS_3)
    window.slot_panel.view.selectRow(0)
    window.slot_panel.unassign.click()

    assert editor.findings() == ["Nobody is assigned to “Impuls 3”."]
    assert editor.stored().slots[IMPULS_3].participants == ()

    # The organiser removes Laumer from the run sheet altogether, then undoes it.
    laumer = next(p for p in editor.stored().people if p.name == "Ralf Laumer")
    window.people.select(laumer.id or 0)
    editor.trigger(EditorActionId.REMOVE_PERSON)
    assert "Ralf Laumer" not in [p.name for p in editor.stored().people]
    editor.trigger(EditorActionId.UNDO)
    assert "Ralf Laumer" in [p.name for p in editor.stored().people]
    assert "Ralf Laumer" in editor.model.index(PANEL, 6).data()


def test_moderator_notes_are_stored_when_the_field_is_left(qtbot: QtBot, editor: Editor) -> None:
    window = editor.window
    # NOTE: offscreen, focus events reach only the active window.
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    editor.select(IMPULS_2)
    notes = window.slot_panel.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "OECD-Folien vorab testen")
    assert editor.stored().slots[IMPULS_2].notes == ""

    window.table.setFocus()
    qtbot.waitUntil(lambda: editor.stored().slots[IMPULS_2].notes == "OECD-Folien vorab testen")
    assert editor.model.index(IMPULS_2, 7).data() == "OECD-Folien vorab testen"
    assert window.actions_[EditorActionId.UNDO].text() == "Undo Edit slot"


# --- pasting the agenda -----------------------------------------------------------------------


def test_the_seed_page_pasted_replaces_the_slots_in_one_undo_step(editor: Editor, seed_page_text: str) -> None:
    window = editor.window
    original = editor.stored()
    dialog = window.open_paste_dialog()
    dialog.text.setPlainText(seed_page_text)

    assert dialog.read()
    # Nothing on the seed page is a guess; the preview shows the agenda as read.
    assert dialog.guesses.count() == 0
    assert dialog.preview.rowCount() == 6
    assert dialog.preview.item(1, 2).text() == "Begrüßung & Einführung in die Lounge"
    assert dialog.replace.isDefault(), "the page covers the time of the run sheet: replacing is likely"
    dialog.replace.click()

    sheet = editor.stored()
    assert [slot.title for slot in sheet.slots] == [
        "Einwahl und Technik-Check für die Teilnehmer",
        "Begrüßung & Einführung in die Lounge",
        "Impuls 1: Open Government – Was heißt das eigentlich?",
        "Impuls 2: Open State – ganzheitliche Perspektiven auf Open Government im internationalen Vergleich",
        "Impuls 3: Kommunales Open Government",
        "Moderiertes Gespräch mit Rückfragen aus dem Publikum",
    ]
    assert editor.titles() == [slot.title for slot in sheet.slots]
    # The people already on the sheet were recognised, not doubled.
    assert len(sheet.people) == len(original.people)
    assert {p.id for p in sheet.people} == {p.id for p in original.people}
    assert editor.findings() == []

    editor.trigger(EditorActionId.UNDO)
    assert [slot.title for slot in editor.stored().slots] == [slot.title for slot in original.slots]
    assert not window.actions_[EditorActionId.UNDO].isEnabled()


def test_a_guessed_line_is_shown_with_what_was_guessed_before_it_is_added(editor: Editor) -> None:
    dialog = editor.window.open_paste_dialog()
    dialog.text.setPlainText("9. Juni 2021\n15:30 Abschluss mit Verena Wiesmüller Bernau\n15:45 Ende")

    assert dialog.read()

    assert dialog.guesses.count() == 1
    guess = dialog.guesses.item(0).text()
    assert guess.startswith("Line 2: 15:30 Abschluss mit Verena Wiesmüller Bernau")
    assert "kept it whole as the title" in guess
    assert "Read as: slot “Abschluss mit Verena Wiesmüller Bernau”; people: nobody" in guess
    assert dialog.append.isDefault(), "it follows the run sheet: adding is likely"
    dialog.append.click()
    assert editor.titles()[-1] == "Abschluss mit Verena Wiesmüller Bernau"
    assert editor.starts()[-1] == "15:30"


def test_text_without_an_agenda_is_refused_in_the_dialog(editor: Editor) -> None:
    dialog: PasteAgendaDialog = editor.window.open_paste_dialog()
    dialog.text.setPlainText("Innovators Lounge\nBegrüßung")

    assert not dialog.read()
    assert dialog.message.text().startswith("No agenda lines found")
    assert dialog.pages.currentIndex() == 0


# --- read-only files and the cockpit ------------------------------------------------------------


def test_a_read_only_file_opens_read_only_with_a_note(qtbot: QtBot, tmp_path: Path, event_template: Path) -> None:
    editor = open_editor(qtbot, tmp_path, event_template, read_only=True)
    try:
        window = editor.window
        assert window.banner.text() == "This event file is read-only: the run sheet can be viewed, but not changed."
        assert not window.banner.isHidden()
        assert window.read_only_badge.text() == "Read-only"
        for action_id in (EditorActionId.ADD_SLOT, EditorActionId.REMOVE_SLOT, EditorActionId.PASTE_AGENDA, EditorActionId.UNDO):
            assert not window.actions_[action_id].isEnabled(), action_id
        index = editor.model.index(IMPULS_1, LENGTH)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not editor.model.setData(index, 25)
        assert editor.titles()[IMPULS_1] == "Impuls 1"
        assert window.slot_panel.notes.isReadOnly()
    finally:
        editor.window.close()
        editor.session.close()


def test_the_cockpit_opens_the_editor_from_the_file_menu(qtbot: QtBot, tmp_path: Path, event_template: Path) -> None:
    from moderator.ui.actions import ActionId
    from moderator.ui.main_window import CockpitWindow
    from moderator.ui.settings import Settings

    path = Path(shutil.copy(event_template, tmp_path / "lounge.moderator"))
    session = EventSession(EventStore.open(path), FakeClock(at(9, 0)))
    cockpit = CockpitWindow(session, Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(cockpit)
    action = cockpit.actions_[ActionId.EDIT_RUN_SHEET]
    assert action in cockpit.file_menu.actions()
    assert action.text() == "Edit run sheet…"

    action.trigger()
    editor = cockpit.run_sheet_editor  # type: ignore[attr-defined]
    assert editor.isVisible()
    editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)
    # The cockpit's run sheet follows at once.
    assert cockpit.session.slots[IMPULS_2].start == at(14, 35)
    editor.close()
    action.trigger()
    assert cockpit.run_sheet_editor is editor, "the same editor, with its undo history"  # type: ignore[attr-defined]
    assert editor.actions_[EditorActionId.UNDO].isEnabled()
    cockpit.close()
    assert not editor.isVisible()


def test_the_editor_speaks_german(qtbot: QtBot, editor: Editor, qapp: QApplication) -> None:
    translations = Translations(qapp)
    translations.install("de")
    QApplication.processEvents()
    try:
        window = editor.window
        editor.model.setData(editor.model.index(IMPULS_1, LENGTH), 25)
        assert window.actions_[EditorActionId.UNDO].text() == "Rückgängig: Dauer ändern"
        assert editor.model.headerData(TITLE, Qt.Orientation.Horizontal) == "Programmpunkt"
        assert editor.column(LENGTH)[IMPULS_1] == "25 Min."
        assert editor.findings() == ["„Moderiertes Gespräch“ endet 5:00 nach dem Ende der Sendung."]
        assert window.windowTitle() == "Ablaufplan — Open Government – das können wir?!"
        assert editor.window.slot_panel.heading.text() == "Personen in diesem Programmpunkt"
    finally:
        translations.install("en")
    QApplication.processEvents()  # the language change reaches the windows as an event
    assert editor.window.actions_[EditorActionId.UNDO].text() == "Undo Change length"
    assert editor.window.slot_panel.heading.text() == "People in this slot"


# --- edits made at once in another instance ---------------------------------------------------


def rename_elsewhere(editor: Editor, row: int, title: str) -> None:
    """A co-host's instance (a second store on the same file) renames a slot; the editor's
    session then reads the file, as the cockpit's poll does every 200 ms."""
    other = EventStore.open(editor.path)
    try:
        other.change_run_sheet(SetSlotFields(editor.stored().slots[row].id or 0, title=title))
    finally:
        other.close()
    editor.session.refresh_if_changed()


def activate(qtbot: QtBot, window: QWidget) -> None:
    # NOTE: offscreen, focus events reach only the active window.
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()


def test_a_title_renamed_elsewhere_while_typed_here_is_shown_beside_mine_and_not_overwritten(qtbot: QtBot, editor: Editor) -> None:
    window = editor.window
    activate(qtbot, window)
    # The organiser starts typing a new title for Impuls 1 in the table...
    cell = editor.model.index(IMPULS_1, TITLE)
    window.table.setFocus()
    window.table.edit(cell)
    typed = window.table.indexWidget(cell)
    assert isinstance(typed, QLineEdit)
    typed.setText("Impuls 1: Verwaltung digital")

    # ...while a co-host renames it in their instance: the table shows their title, and
    # what is being typed stays.
    rename_elsewhere(editor, IMPULS_1, "Impuls 1: Open Data")
    assert editor.titles()[IMPULS_1] == "Impuls 1: Open Data"
    assert typed.text() == "Impuls 1: Verwaltung digital"

    # Enter: the organiser is told and shown both versions; nothing is overwritten.
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.conflict_dialog is not None)  # the view commits on a queued call
    dialog = window.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal(), "the editor and the cockpit stay usable"
    assert dialog.message.text() == "“Impuls 1: Open Data” was changed elsewhere meanwhile; compare and save again."
    assert dialog.theirs.toPlainText() == "Impuls 1: Open Data"
    assert dialog.theirs.isReadOnly()
    assert dialog.mine.toPlainText() == "Impuls 1: Verwaltung digital"
    assert editor.stored().slots[IMPULS_1].title == "Impuls 1: Open Data"
    assert editor.titles()[IMPULS_1] == "Impuls 1: Open Data"
    assert not window.actions_[EditorActionId.UNDO].isEnabled(), "nothing was stored"

    # With the dialog still open, notes for the same slot (another field) go through
    # (Ctrl+Enter stores them, as leaving the field does).
    editor.select(IMPULS_1)
    notes = window.slot_panel.notes
    qtbot.keyClicks(notes, "Folien vorab testen")
    qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.stored().slots[IMPULS_1].notes == "Folien vorab testen"
    assert editor.stored().slots[IMPULS_1].title == "Impuls 1: Open Data"
    assert window.conflict_dialog is dialog, "no second conflict"

    # "Save mine" stores the organiser's title on top of theirs.
    dialog.save_mine.click()
    assert editor.stored().slots[IMPULS_1].title == "Impuls 1: Verwaltung digital"
    assert editor.stored().slots[IMPULS_1].notes == "Folien vorab testen"
    assert editor.titles()[IMPULS_1] == "Impuls 1: Verwaltung digital"
    assert window.conflict_dialog is None
    assert window.actions_[EditorActionId.UNDO].text() == "Undo Edit slot"


def test_keep_theirs_leaves_the_other_title_and_stores_nothing(qtbot: QtBot, editor: Editor) -> None:
    window = editor.window
    cell = editor.model.index(IMPULS_2, TITLE)
    window.table.edit(cell)
    typed = window.table.indexWidget(cell)
    assert isinstance(typed, QLineEdit)
    typed.setText("Impuls 2: Open State")
    rename_elsewhere(editor, IMPULS_2, "Impuls 2: OECD")
    window.table.commitData(typed)

    dialog = window.conflict_dialog
    assert dialog is not None
    dialog.keep_theirs.click()

    assert window.conflict_dialog is None
    assert editor.stored().slots[IMPULS_2].title == "Impuls 2: OECD"
    assert editor.titles()[IMPULS_2] == "Impuls 2: OECD"


def test_a_title_opened_but_not_changed_leaves_the_other_title_without_asking(editor: Editor) -> None:
    window = editor.window
    cell = editor.model.index(IMPULS_2, TITLE)
    window.table.edit(cell)
    typed = window.table.indexWidget(cell)
    rename_elsewhere(editor, IMPULS_2, "Impuls 2: OECD")
    window.table.commitData(typed)

    assert window.conflict_dialog is None
    assert editor.stored().slots[IMPULS_2].title == "Impuls 2: OECD"


def test_notes_typed_while_a_co_host_renames_the_slot_are_stored_under_their_title(qtbot: QtBot, editor: Editor) -> None:
    window = editor.window
    activate(qtbot, window)
    editor.select(IMPULS_3)
    notes = window.slot_panel.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Laumer kommt per Video")

    rename_elsewhere(editor, IMPULS_3, "Impuls 3: Landkreis digital")
    assert notes.toPlainText() == "Laumer kommt per Video"
    window.table.setFocus()

    qtbot.waitUntil(lambda: editor.stored().slots[IMPULS_3].notes == "Laumer kommt per Video")
    assert editor.stored().slots[IMPULS_3].title == "Impuls 3: Landkreis digital"
    assert window.conflict_dialog is None


def test_a_persons_function_changed_in_two_instances_is_compared_and_other_fields_are_kept(editor: Editor) -> None:
    window = editor.window
    plate = next(p for p in editor.stored().people if p.name == "Tobias Plate")
    dialog = window.open_person_dialog(plate)
    # A co-host changes his function and intro meanwhile.
    other = EventStore.open(editor.path)
    try:
        other.change_run_sheet(EditPerson(plate.id or 0, function="Referatsleiter", intro="Leitet das Referat 612."))
    finally:
        other.close()
    editor.session.refresh_if_changed()

    dialog.function.setText("Abteilungsleiter")
    dialog.pronunciation.setText("PLAH-te")
    dialog.buttons.accepted.emit()

    conflict = window.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert conflict.theirs.toPlainText() == "Function: Referatsleiter\nPronunciation: "
    assert conflict.mine.toPlainText() == "Function: Abteilungsleiter\nPronunciation: PLAH-te"
    stored = next(p for p in editor.stored().people if p.id == plate.id)
    assert (stored.function, stored.pronunciation) == ("Referatsleiter", "")

    conflict.save_mine.click()
    stored = next(p for p in editor.stored().people if p.id == plate.id)
    assert (stored.function, stored.intro, stored.pronunciation) == ("Abteilungsleiter", "Leitet das Referat 612.", "PLAH-te")
