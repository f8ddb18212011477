"""The question queue in the cockpit, told as small stories of a panel's audience questions.

Two levels. The :class:`QueueModel` alone, fed with questions in memory, must pass Qt's
model tester through every kind of update it makes (a filter change, a move, an insert, a
removal, a status change). The rest runs in a real :class:`CockpitWindow` over a real
event file (``make_event_file``) with a :class:`FakeClock` and settings of its own: drag
and drop without a mouse (``dropMimeData``/``moveRows``), a co-host's changes arriving
through the change feed, the single-key actions on the selected question, editing in
place and user text shown literally. Every action is checked twice: in the store (what
the file holds) and in the model (what it told the view: a move is a move, not a reset).

The queue as the tests set it up, top to bottom (ids are whatever the file gives them):
six open questions (``OPEN_QUESTIONS``; the second and fifth accepted into the queue),
then one answered and one dismissed question, which the default filter hides.
"""

from __future__ import annotations

import gc
import random
import shutil
import sys
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import (
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from moderator.domain.model import Question, QuestionStatus
from moderator.domain.queue_ops import Move, MoveToTop, SetStatus, Vote
from moderator.domain.questions import MAX_QUESTION_LENGTH
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.queue_model import COLUMN_TEXT, QueueModel
from moderator.ui.queue_panel import QueuePanel
from moderator.ui.settings import Settings

from helpers import make_event_file

# Qt's model tester reports what it finds as Qt warnings: they must fail the test. The
# offscreen platform warns once per shown window that it cannot resize to size hints.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

BERLIN = ZoneInfo("Europe/Berlin")
S = QuestionStatus
ALL_STATUSES = frozenset(QuestionStatus)
DEFAULT_FILTER = frozenset({S.NEW, S.QUEUED, S.ON_AIR})


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


#: (text, asked by, organisation) of the open questions, top to bottom.
OPEN_QUESTIONS = (
    ("Wie finanzieren kleine Gemeinden ihr Open-Data-Portal?", "Anna Berg", "Gemeinde Kirchheim"),
    ("Welche Rolle spielt die OECD bei Open Government in Deutschland?", "Jonas Weber", "Stadt Marburg"),
    ("Gibt es eine Mustersatzung für offene Daten?", "Petra Lang", "Landkreis Gießen"),
    ("Wie überzeugt man den Bürgermeister, Daten zu öffnen?", "Ali Demir", "Gemeinde Lahntal"),
    ("Was kostet die Umsetzung für eine Verwaltung mit 50 Mitarbeitenden?", "Eva Roth", ""),
    ("Wer hilft uns bei der ersten Ausschreibung?", "", "Stadt Wetzlar"),
)
ANSWERED_TEXT = "Wann kommt das Transparenzgesetz des Bundes?"
DISMISSED_TEXT = "Werbung: Besuchen Sie unseren Shop für Bürosoftware!"


# --- the model alone ----------------------------------------------------------------------


def question(question_id: int, status: QuestionStatus = S.NEW, **other: object) -> Question:
    """A stored question in memory: its position is its id, its text names it."""
    values: dict[str, object] = {
        "text": f"Frage {question_id}: Wie geht es weiter mit Open Data?",
        "created_at": at(14, 50) + timedelta(minutes=question_id),
        "id": question_id,
        "position": float(question_id),
        "status": status,
        "asked_by": f"Person {question_id}",
        "organisation": "Gemeinde Musterstadt" if question_id % 2 else "",
    }
    values.update(other)
    return Question(**values)  # type: ignore[arg-type]


def mixed_queue() -> tuple[Question, ...]:
    """Eight questions in every status, in queue order; 3 is on air."""
    return (
        question(1),
        question(2, S.QUEUED, votes=4),
        question(3, S.ON_AIR, on_air_at=at(15, 5)),
        question(4, S.ANSWERED, answered_at=at(15, 4)),
        question(5, S.NEW, votes=1),
        question(6, S.DISMISSED),
        question(7, S.QUEUED),
        question(8),
    )


def moved(questions: tuple[Question, ...], question_id: int, before_id: int | None) -> tuple[Question, ...]:
    """The questions with one moved before another (``None``: to the end), in queue order."""
    rest = [q for q in questions if q.id != question_id]
    mover = next(q for q in questions if q.id == question_id)
    at_ = len(rest) if before_id is None else next(i for i, q in enumerate(rest) if q.id == before_id)
    return (*rest[:at_], mover, *rest[at_:])


def with_status(questions: tuple[Question, ...], question_id: int, status: QuestionStatus) -> tuple[Question, ...]:
    return tuple(replace(q, status=status) if q.id == question_id else q for q in questions)


class Recorder:
    """Every change of structure a model announces, with its rows, in order.

    ``dataChanged`` is left out: it may follow any change (the row numbers are data).
    """

    def __init__(self, model: QueueModel) -> None:
        self.events: list[tuple[object, ...]] = []
        model.rowsAboutToBeMoved.connect(lambda _p, first, last, _d, row: self._add("about_to_move", first, last, row))
        model.rowsMoved.connect(lambda _p, first, last, _d, row: self._add("moved", first, last, row))
        model.rowsInserted.connect(lambda _p, first, last: self._add("inserted", first, last))
        model.rowsRemoved.connect(lambda _p, first, last: self._add("removed", first, last))
        model.layoutChanged.connect(lambda *_args: self._add("layout"))
        model.modelReset.connect(lambda: self._add("reset"))

    def _add(self, *event: object) -> None:
        self.events.append(event)

    def clear(self) -> None:
        self.events.clear()


def shown_ids(model: QueueModel) -> list[int]:
    """The ids the model shows, read through its Qt interface (UserRole), top to bottom."""
    return [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_the_queue_model_passes_the_model_tester_through_every_kind_of_update(
    qtmodeltester: ModelTester, force_py: bool
) -> None:
    # Given a model showing every status, watched by the model tester from the start.
    model = QueueModel()
    model.set_filter(ALL_STATUSES)
    qtmodeltester.check(model, force_py=force_py)
    recorder = Recorder(model)
    questions = mixed_queue()
    model.set_questions(questions)
    assert shown_ids(model) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert recorder.events == [("inserted", 0, 7)]

    # A filter change: only the open questions, then a search, then everything again.
    model.set_filter(DEFAULT_FILTER)
    assert shown_ids(model) == [1, 2, 3, 5, 7, 8]
    model.set_filter(DEFAULT_FILTER, "  MUSTERSTADT ")
    assert shown_ids(model) == [1, 3, 5, 7]
    model.set_filter(ALL_STATUSES)
    assert shown_ids(model) == [1, 2, 3, 4, 5, 6, 7, 8]

    # A question moved up, then one moved down: each a move of one row.
    recorder.clear()
    questions = moved(questions, 7, 2)
    model.set_questions(questions)
    assert shown_ids(model) == [1, 7, 2, 3, 4, 5, 6, 8]
    questions = moved(questions, 1, 5)
    model.set_questions(questions)
    assert shown_ids(model) == [7, 2, 3, 4, 1, 5, 6, 8]
    assert recorder.events == [
        ("about_to_move", 6, 6, 1), ("moved", 6, 6, 1),
        ("about_to_move", 0, 0, 5), ("moved", 0, 0, 5),
    ]  # fmt: skip

    # A question added at the end, a status change in place, a question removed.
    recorder.clear()
    questions = (*questions, question(9, S.NEW, position=9.0))
    model.set_questions(questions)
    questions = with_status(questions, 5, S.QUEUED)
    model.set_questions(questions)
    assert model.data(model.index(5, 1)) == "queued"
    questions = tuple(q for q in questions if q.id != 6)
    model.set_questions(questions)
    assert shown_ids(model) == [7, 2, 3, 4, 1, 5, 8, 9]
    assert recorder.events[:1] == [("inserted", 8, 8)]

    # Several changes at once (a co-host's burst), and the filter narrowing again.
    questions = moved(with_status(questions, 8, S.DISMISSED), 9, 7)
    model.set_questions(questions)
    assert shown_ids(model) == [9, 7, 2, 3, 4, 1, 5, 8]
    model.set_filter(DEFAULT_FILTER)
    assert shown_ids(model) == [9, 7, 2, 3, 1, 5]
    model.set_questions(())
    assert model.rowCount() == 0


def test_a_persistent_index_follows_its_question_through_moves_and_filter_changes() -> None:
    model = QueueModel()
    model.set_questions(mixed_queue())
    assert shown_ids(model) == [1, 2, 3, 5, 7, 8]
    held = QPersistentModelIndex(model.index(3, COLUMN_TEXT))  # question 5

    model.set_questions(moved(mixed_queue(), 5, 1))
    assert held.row() == 0
    model.set_filter(ALL_STATUSES)
    assert (held.row(), held.column()) == (0, COLUMN_TEXT)
    model.set_filter(DEFAULT_FILTER, "Person 5")
    assert held.row() == 0
    model.set_filter(DEFAULT_FILTER, "Person 7")
    assert not held.isValid()


def test_a_changed_question_arriving_with_a_new_one_is_announced() -> None:
    model = QueueModel()
    questions = mixed_queue()
    model.set_questions(questions)
    announced: set[int] = set()
    model.dataChanged.connect(
        lambda top_left, bottom_right, _roles=(): announced.update(range(top_left.row(), bottom_right.row() + 1))
    )

    # In one poll: question 1 got three votes and question 9 arrived.
    voted = tuple(replace(q, votes=3, revision=1) if q.id == 1 else q for q in questions)
    model.set_questions((*voted, question(9)))

    assert model.data(model.index(0, 2)) == "3"
    assert 0 in announced


def in_queue_order(questions: list[Question]) -> tuple[Question, ...]:
    return tuple(sorted(questions, key=lambda q: (q.position, q.id or 0)))


def row_texts(model: QueueModel) -> list[list[object]]:
    """Every cell's display text, tooltip and colour, row by row (what the view would paint)."""
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
    return [
        [model.data(model.index(row, column), role) for column in range(model.columnCount()) for role in roles]
        for row in range(model.rowCount())
    ]


@pytest.mark.parametrize("seed", range(6))
def test_rows_updated_by_the_changed_questions_alone_equal_a_model_filled_afresh(seed: int) -> None:
    """Given the changed questions, the model moves, inserts, removes or repaints only
    their rows; what it then shows is what a model given all questions shows, and indexes
    held on rows (a selection, an open editor) stay on their questions.

    NOTE: Qt's model tester is not used here: it expects the row after an inserted one to
    show what it showed before, and the first column shows the row's number.
    """
    rng = random.Random(seed)
    questions = [question(i, rng.choice(list(S)), votes=rng.randrange(3), position=float(i)) for i in range(1, 41)]
    current = in_queue_order(questions)
    model = QueueModel()
    model.set_filter(DEFAULT_FILTER, "musterstadt" if seed % 3 == 2 else "")
    model.set_questions(current)
    recorder = Recorder(model)
    held = [(QPersistentModelIndex(model.index(row, COLUMN_TEXT)), model.id_at(row)) for row in range(model.rowCount())]
    next_id = 41
    for _step in range(60):
        by_id = {q.id: q for q in current}
        pairs: list[tuple[Question | None, Question]] = []
        for _change in range(rng.choice((1, 1, 1, 2, 3))):
            kind = rng.choice(("move", "move", "status", "vote", "new"))
            if kind == "new":
                new = question(next_id, position=float(next_id))
                next_id += 1
                pairs.append((None, new))
                by_id[new.id] = new
                continue
            old = by_id[rng.choice(sorted(i for i in by_id if i not in {p[1].id for p in pairs}))]
            if kind == "move":
                a, b = sorted(rng.sample([q.position for q in by_id.values()], 2))
                new = replace(old, position=(a + b) / 2, revision=old.revision + 1)
            elif kind == "status":
                new = replace(old, status=rng.choice(list(S)), revision=old.revision + 1)
            else:
                new = replace(old, votes=old.votes + 1, revision=old.revision + 1)
            pairs.append((old, new))
            by_id[new.id] = new
        current = in_queue_order(list(by_id.values()))
        model.set_questions(current, changes=pairs)
        fresh = QueueModel()
        fresh.set_filter(DEFAULT_FILTER, "musterstadt" if seed % 3 == 2 else "")
        fresh.set_questions(current)
        assert row_texts(model) == row_texts(fresh)
        for question_id in by_id:
            assert model.row_of(question_id) == fresh.row_of(question_id)
        for index, question_id in held:
            # On its question while shown; gone once hidden (also if shown again later).
            if index.isValid():
                assert model.id_at(index.row()) == question_id
            else:
                assert question_id is not None
            if fresh.row_of(question_id or 0) is None:
                assert not index.isValid()
    # Row by row: never a reset or a re-layout of the whole view.
    assert not [event for event in recorder.events if event[0] in ("layout", "reset")]


def test_typing_a_search_narrows_to_what_a_fresh_search_finds() -> None:
    questions = in_queue_order([question(i, position=float(i), asked_by=f"Person {i}") for i in range(1, 121)])
    model = QueueModel()
    model.set_questions(questions)
    typed = ""
    for key in "person 1":
        typed += key
        model.set_filter(DEFAULT_FILTER, typed)
        fresh = QueueModel()
        fresh.set_filter(DEFAULT_FILTER, typed)
        fresh.set_questions(questions)
        assert shown_ids(model) == shown_ids(fresh)
    assert shown_ids(model) == [1, *range(10, 20), *range(100, 121)]
    # A co-host renames an asker meanwhile: the next key searches the new name.
    old = questions[4]
    renamed = replace(old, asked_by="Person 1x", revision=1)
    questions = tuple(renamed if q is old else q for q in questions)
    model.set_questions(questions, changes=[(old, renamed)])
    model.set_filter(DEFAULT_FILTER, "person 1x")
    assert shown_ids(model) == [5]
    model.set_filter(DEFAULT_FILTER, "")
    assert model.rowCount() == 120


def test_one_move_is_one_moved_row_and_no_re_layout() -> None:
    questions = in_queue_order([question(i, position=float(i)) for i in range(1, 2001)])
    model = QueueModel()
    model.set_questions(questions)
    recorder = Recorder(model)
    changed_rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top_left, bottom_right, _roles=(): changed_rows.append((top_left.row(), bottom_right.row())))

    # Question 1500 moves between 10 and 11.
    old = questions[1499]
    new = replace(old, position=10.5, revision=1)
    after = in_queue_order([q for q in questions if q is not old] + [new])
    model.set_questions(after, changes=[(old, new)])

    assert recorder.events == [("about_to_move", 1499, 1499, 10), ("moved", 1499, 1499, 10)]
    assert shown_ids(model)[9:12] == [10, 1500, 11]
    # The row numbers of the rows in between, and the moved row itself: nothing else.
    assert changed_rows == [(10, 1499), (10, 10)]


# --- the cockpit over a real event file ---------------------------------------------------


@dataclass
class Cockpit:
    """A cockpit window over a real event file with a queue of questions."""

    window: CockpitWindow
    session: EventSession
    clock: FakeClock
    path: Path
    #: The ids of the open questions, in their first order (``OPEN_QUESTIONS``).
    open_ids: tuple[int, ...]
    answered_id: int
    dismissed_id: int

    @property
    def panel(self) -> QueuePanel:
        return self.window.queue_panel

    @property
    def model(self) -> QueueModel:
        return self.window.queue_panel.model

    def stored(self) -> tuple[Question, ...]:
        """The questions as the file holds them now, in queue order."""
        return self.session.store.questions()

    def stored_order(self) -> list[int | None]:
        return [q.id for q in self.stored()]

    def stored_question(self, question_id: int) -> Question:
        found = self.session.store.question(question_id)
        assert found is not None
        return found

    def select_row(self, row: int) -> None:
        """Select one row and make it current, as a click would (whatever keys are held)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.panel.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def select(self, question_id: int) -> None:
        row = self.model.row_of(question_id)
        assert row is not None
        self.select_row(row)
        assert self.panel.selected_ids() == [question_id]


def isolated_settings(folder: Path) -> Settings:
    """Settings in an INI file of the test's own; flashing off so colours are steady."""
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    return settings


def fill_queue(path: Path) -> tuple[tuple[int, ...], int, int]:
    """Put the test's questions into the file as a co-host would; (open ids, answered, dismissed)."""
    store = EventStore.open(path)
    drafts = [
        Question(text=text, asked_by=by, organisation=org, created_at=at(14, 40))
        for text, by, org in (*OPEN_QUESTIONS, (ANSWERED_TEXT, "Max Kühn", ""), (DISMISSED_TEXT, "Shop", ""))
    ]
    added = store.add_questions(drafts, now=at(14, 40))
    ids = [q.id for q in added]
    assert None not in ids
    *open_ids, answered_id, dismissed_id = (i for i in ids if i is not None)
    for op in (
        SetStatus(open_ids[1], S.QUEUED),
        SetStatus(open_ids[4], S.QUEUED),
        SetStatus(answered_id, S.ON_AIR),
        SetStatus(answered_id, S.ANSWERED),
        SetStatus(dismissed_id, S.DISMISSED),
    ):
        store.change_queue(op, now=at(14, 45))
    store.close()
    return tuple(open_ids), answered_id, dismissed_id


@pytest.fixture(scope="module")
def queue_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[tuple[int, ...], int, int]]:
    """One event file with the queue per module; each test gets a copy."""
    path = make_event_file(tmp_path_factory.mktemp("queue-template"))
    return path, fill_queue(path)


@pytest.fixture
def cockpit(
    qtbot: QtBot, tmp_path: Path, queue_template: tuple[Path, tuple[tuple[int, ...], int, int]]
) -> Cockpit:
    """The cockpit at 15:05 (the panel's time), the queue as the module docstring says."""
    template, (open_ids, answered_id, dismissed_id) = queue_template
    path = Path(shutil.copy(template, tmp_path / template.name))
    clock = FakeClock(at(15, 5))
    session = EventSession(EventStore.open(path), clock)
    window = CockpitWindow(session, isolated_settings(tmp_path))
    qtbot.addWidget(window)
    cockpit = Cockpit(window, session, clock, path, open_ids, answered_id, dismissed_id)
    assert cockpit.model.visible_ids == open_ids
    assert cockpit.stored_order() == [*open_ids, answered_id, dismissed_id]
    return cockpit


def bring_to_front(qtbot: QtBot, window: CockpitWindow) -> None:
    """Show the window and make it the active one (see ``bring_to_front`` in test_cockpit).

    NOTE: a QAction's WindowShortcut fires only while its window is the active window;
    offscreen a shown window is not active until it is activated.
    """
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()


# --- drag and drop, without a mouse -------------------------------------------------------


@pytest.mark.parametrize(
    ("from_row", "drop_row", "new_order", "qt_destination"),
    [
        pytest.param(3, 0, [3, 0, 1, 2, 4, 5], 0, id="to-the-top"),
        pytest.param(0, 4, [1, 2, 3, 0, 4, 5], 4, id="down-before-row-4"),
        pytest.param(1, 6, [0, 2, 3, 4, 5, 1], 6, id="past-the-last-row"),
        pytest.param(5, 2, [0, 1, 5, 2, 3, 4], 2, id="up-before-row-2"),
    ],
)
def test_a_dropped_question_moves_in_the_store_and_the_view_moves_its_row(
    cockpit: Cockpit, from_row: int, drop_row: int, new_order: list[int], qt_destination: int
) -> None:
    model, ids = cockpit.model, cockpit.open_ids
    dragged = ids[from_row]
    cockpit.select_row(from_row)
    recorder = Recorder(model)

    # When the moderator drags the row and drops it between two rows (row = before which).
    mime = model.mimeData([model.index(from_row, column) for column in range(model.columnCount())])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())

    # Then the file holds the new order (the hidden answered/dismissed ones stay below)...
    expected = [ids[i] for i in new_order]
    stored_open = [i for i in cockpit.stored_order() if i in ids]
    assert stored_open == expected
    assert cockpit.session.snapshot.questions == cockpit.stored()
    # ...the view was told of one row moving, nothing else...
    assert list(model.visible_ids) == expected
    assert recorder.events == [
        ("about_to_move", from_row, from_row, qt_destination),
        ("moved", from_row, from_row, qt_destination),
    ]
    # ...and the selection moved with the question.
    assert cockpit.panel.selected_ids() == [dragged]
    assert cockpit.panel.view.currentIndex().row() == expected.index(dragged)


def test_a_question_dropped_onto_another_goes_before_it(cockpit: Cockpit) -> None:
    model, ids = cockpit.model, cockpit.open_ids
    recorder = Recorder(model)

    mime = model.mimeData([model.index(4, 0)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(1, COLUMN_TEXT))

    assert list(model.visible_ids) == [ids[0], ids[4], ids[1], ids[2], ids[3], ids[5]]
    assert [i for i in cockpit.stored_order() if i in ids] == list(model.visible_ids)
    assert recorder.events == [("about_to_move", 4, 4, 1), ("moved", 4, 4, 1)]


def test_several_questions_dragged_together_keep_their_order_where_they_land(cockpit: Cockpit) -> None:
    model, ids = cockpit.model, cockpit.open_ids

    # Rows 1 and 3 dragged to the top.
    mime = model.mimeData([model.index(1, 0), model.index(3, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert list(model.visible_ids) == [ids[1], ids[3], ids[0], ids[2], ids[4], ids[5]]

    # The first and the third row now dragged past the last row.
    mime = model.mimeData([model.index(0, 0), model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 6, 0, QModelIndex())
    expected = [ids[3], ids[2], ids[4], ids[5], ids[1], ids[0]]
    assert list(model.visible_ids) == expected
    assert [i for i in cockpit.stored_order() if i in ids] == expected


def test_several_rows_dragged_together_are_one_write_and_one_undo_step(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    model, ids = cockpit.model, cockpit.open_ids
    start = cockpit.stored()
    assert not cockpit.session.undo_stack.can_undo
    store = cockpit.session.store
    writes: list[object] = []
    change_queue = store.change_queue

    def counted(op: object, **kwargs: object) -> object:
        writes.append(op)
        return change_queue(op, **kwargs)  # type: ignore[arg-type]

    store.change_queue = counted  # type: ignore[method-assign]
    recorder = Recorder(model)

    # The moderator selects rows 4, 1 and 3 (in that order) and drags them to the top.
    mime = model.mimeData([model.index(4, 0), model.index(1, 0), model.index(3, COLUMN_TEXT)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    # They land together, in the queue's order; one step to undo, each move logged.
    expected = [ids[1], ids[3], ids[4], ids[0], ids[2], ids[5]]
    assert list(model.visible_ids) == expected
    assert [i for i in cockpit.stored_order() if i in ids] == expected
    assert len(writes) == 1  # one write: one transaction
    moves = [entry for entry in cockpit.session.service.log if entry.action == "question_moved"]
    assert [entry.detail for entry in moves[-3:]] == [f"{i} before {ids[0]}" for i in (ids[1], ids[3], ids[4])]
    assert not [event for event in recorder.events if event[0] in ("layout", "reset")]

    # One Ctrl+Z takes the whole drag back; nothing older is left to undo.
    assert cockpit.session.undo_stack.can_undo
    press(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(q.id, q.position) for q in cockpit.stored()] == [(q.id, q.position) for q in start]
    assert list(model.visible_ids) == list(ids)
    assert not cockpit.session.undo_stack.can_undo


def test_a_co_hosts_vote_repaints_only_that_row(cockpit: Cockpit) -> None:
    model, ids = cockpit.model, cockpit.open_ids
    cockpit.select(ids[4])
    recorder = Recorder(model)
    repainted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top_left, bottom_right, _roles=(): repainted.append((top_left.row(), bottom_right.row(), top_left.column(), bottom_right.column()))
    )

    co_host = EventStore.open(cockpit.path)
    co_host.change_queue(Vote(ids[2]), now=at(15, 6))
    co_host.close()
    cockpit.session.refresh_if_changed()

    assert model.data(model.index(2, 2)) == "1"
    assert recorder.events == []
    assert repainted == [(2, 2, 0, model.columnCount() - 1)]
    assert cockpit.panel.selected_ids() == [ids[4]]


def test_two_adjacent_questions_dropped_where_they_are_stay_in_order(cockpit: Cockpit) -> None:
    model, ids = cockpit.model, cockpit.open_ids

    mime = model.mimeData([model.index(0, 0), model.index(1, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    assert list(model.visible_ids) == list(ids)


def test_a_drop_of_something_else_or_a_copy_is_refused(cockpit: Cockpit) -> None:
    model = cockpit.model
    before = cockpit.stored()
    recorder = Recorder(model)
    mime = model.mimeData([model.index(3, 0)])
    text = QMimeData()
    text.setText("Frage 4")  # dragged in from elsewhere: plain text, not question ids

    assert not model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(text, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    assert cockpit.stored() == before
    assert recorder.events == []


@pytest.mark.parametrize(
    ("source", "destination", "new_order"),
    [
        pytest.param(1, 4, [0, 2, 3, 1, 4, 5], id="down"),
        pytest.param(4, 0, [4, 0, 1, 2, 3, 5], id="up-to-the-top"),
        pytest.param(0, 6, [1, 2, 3, 4, 5, 0], id="to-the-end"),
    ],
)
def test_move_rows_moves_the_question_in_the_store_then_the_row(
    cockpit: Cockpit, source: int, destination: int, new_order: list[int]
) -> None:
    model, ids = cockpit.model, cockpit.open_ids
    cockpit.select_row(source)
    recorder = Recorder(model)

    assert model.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)

    expected = [ids[i] for i in new_order]
    assert [i for i in cockpit.stored_order() if i in ids] == expected
    assert list(model.visible_ids) == expected
    assert recorder.events == [
        ("about_to_move", source, source, destination),
        ("moved", source, source, destination),
    ]
    assert cockpit.panel.selected_ids() == [ids[source]]


def test_move_rows_to_where_the_row_already_is_changes_nothing(cockpit: Cockpit) -> None:
    model = cockpit.model
    before = cockpit.stored()
    log_before = cockpit.session.store.log()
    recorder = Recorder(model)

    # Before itself, and before the row that follows it: both leave it in place.
    model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 2)
    model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)
    # Two rows at once is not a move the model offers.
    assert not model.moveRows(QModelIndex(), 1, 2, QModelIndex(), 5)

    assert cockpit.stored() == before
    assert cockpit.session.store.log() == log_before
    assert recorder.events == []


# --- a co-host's changes arriving ---------------------------------------------------------


def test_a_co_hosts_changes_show_after_one_poll_and_the_selection_stays(cockpit: Cockpit) -> None:
    ids = cockpit.open_ids
    selected = ids[2]
    cockpit.select(selected)

    # A co-host, in an instance of their own on the same file: accepts the first
    # question, dismisses the fourth, moves the selected one to the top and adds one.
    co_host = EventStore.open(cockpit.path)
    co_host.change_queue(SetStatus(ids[0], S.QUEUED), now=at(15, 6))
    co_host.change_queue(SetStatus(ids[3], S.DISMISSED), now=at(15, 6))
    co_host.change_queue(MoveToTop(selected), now=at(15, 6))
    added = co_host.add_question("Wie messen Sie den Erfolg?", now=at(15, 6), asked_by="Chat")
    co_host.close()

    # The cockpit polls the change feed (as its timer does every 200 ms).
    cockpit.session.refresh_if_changed()

    model = cockpit.model
    assert list(model.visible_ids) == [selected, ids[0], ids[1], ids[4], ids[5], added.id]
    assert model.data(model.index(1, 1)) == "queued"
    assert model.data(model.index(5, COLUMN_TEXT)) == "Wie messen Sie den Erfolg?"
    assert cockpit.panel.selected_ids() == [selected]
    assert cockpit.panel.view.currentIndex().row() == 0


def test_a_co_hosts_move_of_the_selected_question_moves_its_row(cockpit: Cockpit) -> None:
    ids = cockpit.open_ids
    cockpit.select(ids[1])
    recorder = Recorder(cockpit.model)

    co_host = EventStore.open(cockpit.path)
    co_host.change_queue(Move(ids[1], None), now=at(15, 6))
    co_host.close()
    cockpit.session.refresh_if_changed()

    assert list(cockpit.model.visible_ids) == [ids[0], *ids[2:], ids[1]]
    assert recorder.events == [("about_to_move", 1, 1, 6), ("moved", 1, 1, 6)]
    assert cockpit.panel.selected_ids() == [ids[1]]


def test_the_selection_stays_when_a_co_host_adds_a_question_on_top_of_it(cockpit: Cockpit) -> None:
    ids = cockpit.open_ids
    last = ids[-1]
    cockpit.select(last)

    # Between two polls a co-host adds a question and puts it first.
    co_host = EventStore.open(cockpit.path)
    added = co_host.add_question("Wie gehen Sie mit Datenschutz um?", now=at(15, 6))
    assert added.id is not None
    co_host.change_queue(MoveToTop(added.id), now=at(15, 6))
    co_host.close()
    cockpit.session.refresh_if_changed()

    assert list(cockpit.model.visible_ids) == [added.id, *ids]
    assert cockpit.panel.selected_ids() == [last]


# --- the keys -----------------------------------------------------------------------------


def press(qtbot: QtBot, cockpit: Cockpit, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed while the queue has the focus."""
    view = cockpit.panel.view
    view.setFocus()
    qtbot.keyClick(view, key, modifier)


def test_the_keys_move_the_selected_question(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    ids = cockpit.open_ids
    view = cockpit.panel.view
    cockpit.select(ids[2])
    recorder = Recorder(cockpit.model)

    # Ctrl+Up: one up; it stays the current question, so the next key acts on it again.
    press(qtbot, cockpit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.stored_order()[:6] == [ids[0], ids[2], ids[1], *ids[3:]]
    assert view.currentIndex().row() == 1

    # Ctrl+Down twice: back down and one further.
    press(qtbot, cockpit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, cockpit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.stored_order()[:6] == [ids[0], ids[1], ids[3], ids[2], ids[4], ids[5]]
    assert view.currentIndex().row() == 3

    # T: to the top, selected there.
    cockpit.select(ids[2])
    press(qtbot, cockpit, Qt.Key.Key_T)
    assert cockpit.stored_order()[:6] == [ids[2], ids[0], ids[1], ids[3], ids[4], ids[5]]
    assert cockpit.panel.selected_ids() == [ids[2]]
    assert view.currentIndex().row() == 0

    # Ctrl+Home is "to the top" as well.
    cockpit.select(ids[5])
    press(qtbot, cockpit, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.stored_order()[:6] == [ids[5], ids[2], ids[0], ids[1], ids[3], ids[4]]
    assert view.currentIndex().row() == 0

    # Every key press was one row moving in the view, never a reset or a re-layout.
    assert [event[0] for event in recorder.events] == ["about_to_move", "moved"] * 5
    assert list(cockpit.model.visible_ids) == cockpit.stored_order()[:6]


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home], ids=["up", "down", "home"])
def test_a_question_moved_with_ctrl_and_a_key_stays_selected(qtbot: QtBot, cockpit: Cockpit, key: Qt.Key) -> None:
    bring_to_front(qtbot, cockpit.window)
    ids = cockpit.open_ids
    cockpit.select(ids[2])

    press(qtbot, cockpit, key, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.stored_order()[:6] != list(ids)  # it moved

    # So that V votes for the question just moved.
    assert cockpit.panel.selected_ids() == [ids[2]]


def test_the_keys_put_on_air_vote_answer_and_dismiss(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    ids = cockpit.open_ids

    # O puts the selected question on air; the on-air card shows it.
    cockpit.select(ids[3])
    press(qtbot, cockpit, Qt.Key.Key_O)
    assert cockpit.stored_question(ids[3]).status is S.ON_AIR
    assert cockpit.stored_question(ids[3]).on_air_at == at(15, 5)
    assert cockpit.window.on_air.text.text() == OPEN_QUESTIONS[3][0]

    # V votes for it; twice is two votes.
    press(qtbot, cockpit, Qt.Key.Key_V)
    press(qtbot, cockpit, Qt.Key.Key_V)
    assert cockpit.stored_question(ids[3]).votes == 2
    assert cockpit.model.data(cockpit.model.index(3, 2)) == "2"

    # A marks it answered; it leaves the open queue.
    cockpit.clock.advance(timedelta(minutes=2))
    press(qtbot, cockpit, Qt.Key.Key_A)
    answered = cockpit.stored_question(ids[3])
    assert answered.status is S.ANSWERED
    assert answered.answered_at == at(15, 7)
    assert ids[3] not in cockpit.model.visible_ids

    # D dismisses the selected question.
    cockpit.select(ids[5])
    press(qtbot, cockpit, Qt.Key.Key_D)
    assert cockpit.stored_question(ids[5]).status is S.DISMISSED
    assert list(cockpit.model.visible_ids) == [ids[0], ids[1], ids[2], ids[4]]

    # O with nothing waiting selected puts the next one up on air: the first accepted one.
    cockpit.panel.view.clearSelection()
    cockpit.panel.view.setCurrentIndex(QModelIndex())
    press(qtbot, cockpit, Qt.Key.Key_O)
    assert cockpit.stored_question(ids[1]).status is S.ON_AIR


@pytest.mark.parametrize(
    "redo",
    [
        pytest.param((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier), id="ctrl-shift-z"),
        pytest.param((Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier), id="ctrl-y"),
    ],
)
def test_undo_and_redo_keys_walk_back_and_forth(
    qtbot: QtBot, cockpit: Cockpit, redo: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    bring_to_front(qtbot, cockpit.window)
    ids = cockpit.open_ids
    start = cockpit.stored()

    # The moderator dismisses one question and moves another to the top.
    cockpit.select(ids[1])
    press(qtbot, cockpit, Qt.Key.Key_D)
    cockpit.select(ids[4])
    press(qtbot, cockpit, Qt.Key.Key_T)
    moved_and_dismissed = [q.id for q in cockpit.stored() if q.status is not S.DISMISSED and q.status is not S.ANSWERED]
    assert moved_and_dismissed == [ids[4], ids[0], ids[2], ids[3], ids[5]]

    # Ctrl+Z twice: the move is taken back, then the dismissal.
    press(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.stored_order()[:6] == [ids[0], ids[1], *ids[2:]]
    assert cockpit.stored_question(ids[1]).status is S.DISMISSED
    press(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(q.id, q.status, q.position, q.votes, q.text) for q in cockpit.stored()] == [
        (q.id, q.status, q.position, q.votes, q.text) for q in start
    ]
    assert list(cockpit.model.visible_ids) == list(ids)

    # Redo does them again, in order.
    press(qtbot, cockpit, *redo)
    assert cockpit.stored_question(ids[1]).status is S.DISMISSED
    assert cockpit.stored_order()[:6] == [ids[0], ids[1], *ids[2:]]
    press(qtbot, cockpit, *redo)
    assert [q.id for q in cockpit.stored() if q.status in DEFAULT_FILTER] == moved_and_dismissed
    assert list(cockpit.model.visible_ids) == moved_and_dismissed


def test_typing_a_question_triggers_no_single_key_action_and_esc_returns_to_the_cockpit(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    window = cockpit.window
    bring_to_front(qtbot, window)
    cockpit.select(cockpit.open_ids[0])
    before = cockpit.stored()
    live_before = cockpit.session.snapshot.live

    # The moderator types a question with O, A, V, D and T in it, and presses Enter.
    field = window.capture.text
    field.setFocus()
    text = "Was ist mit O und A? Vorsicht, Daten & Teilhabe"
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    # The question was added at the end, and nothing else changed: no status, no vote,
    # no move, and Enter did not jump to a slot.
    after = cockpit.stored()
    assert after[: len(before)] == before
    assert len(after) == len(before) + 1
    added = after[-1]
    assert (added.text, added.status, added.votes) == (text, S.NEW, 0)
    assert cockpit.session.snapshot.live == live_before
    assert cockpit.model.visible_ids[-1] == added.id
    # The field is empty and Enter handed the keys back to the show (issue 12: a key
    # pressed next is a live key, not text of the next question).
    assert field.text() == ""
    assert QApplication.focusWidget() is window.centralWidget()

    # Esc from the field also leads to the cockpit, where the single keys work again;
    # the queue's letters act once the queue has the focus.
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.centralWidget()
    cockpit.select(added.id)  # type: ignore[arg-type]
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_V)
    assert cockpit.stored_question(added.id).votes == 0  # type: ignore[arg-type]
    press(qtbot, cockpit, Qt.Key.Key_V)
    assert cockpit.stored_question(added.id).votes == 1  # type: ignore[arg-type]


# --- editing in place ---------------------------------------------------------------------


def test_editing_the_text_in_place_stores_the_new_wording(cockpit: Cockpit) -> None:
    model, ids = cockpit.model, cockpit.open_ids
    new_text = "Wie finanzieren kleine Gemeinden und Landkreise ihr Open-Data-Portal?"

    model.setData(model.index(0, COLUMN_TEXT), new_text)

    stored = cockpit.stored_question(ids[0])
    assert stored.text == new_text
    assert stored.revision == 1
    assert model.data(model.index(0, COLUMN_TEXT)) == new_text
    assert model.data(model.index(0, COLUMN_TEXT), Qt.ItemDataRole.EditRole) == new_text
    assert cockpit.window.banner.isHidden()


def test_editing_through_the_views_editor_stores_the_new_wording(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    view, model = cockpit.panel.view, cockpit.model
    index = model.index(2, COLUMN_TEXT)
    view.setCurrentIndex(index)

    view.edit(index)
    editor = view.indexWidget(index) or view.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == OPEN_QUESTIONS[2][0]
    editor.setText("Gibt es eine Mustersatzung für offene Daten in Hessen?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    # The delegate commits in a queued call, once the editor has seen the key.
    wanted = "Gibt es eine Mustersatzung für offene Daten in Hessen?"
    qtbot.waitUntil(lambda: cockpit.stored_question(cockpit.open_ids[2]).text == wanted, timeout=2000)
    assert model.data(model.index(2, COLUMN_TEXT)) == wanted


def test_an_over_long_text_is_refused_with_a_message_and_nothing_changes(cockpit: Cockpit) -> None:
    model = cockpit.model
    before = cockpit.stored()
    too_long = "Warum " + "x" * (MAX_QUESTION_LENGTH + 1 - len("Warum "))
    assert len(too_long) == 2001

    model.setData(model.index(1, COLUMN_TEXT), too_long)

    assert cockpit.stored() == before
    assert model.data(model.index(1, COLUMN_TEXT)) == OPEN_QUESTIONS[1][0]
    banner = cockpit.window.banner
    assert not banner.isHidden()
    assert "2001" in banner.text() and "2000" in banner.text()


def test_setting_the_same_text_or_another_column_changes_nothing(cockpit: Cockpit) -> None:
    model = cockpit.model
    before = cockpit.stored()

    assert not model.setData(model.index(0, COLUMN_TEXT), OPEN_QUESTIONS[0][0])
    assert not model.setData(model.index(0, 4), "Jemand anderes")
    assert not model.setData(model.index(0, COLUMN_TEXT), "Neu", Qt.ItemDataRole.DisplayRole)

    assert cockpit.stored() == before
    assert not model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, COLUMN_TEXT)) & Qt.ItemFlag.ItemIsEditable


# --- user text is shown as text -----------------------------------------------------------


HTML_QUESTION = "<b>fett</b> <a href='x'>link</a> <table><tr><td>t</td></tr></table>"


def test_html_in_a_question_is_shown_literally_everywhere(cockpit: Cockpit) -> None:
    session, model = cockpit.session, cockpit.model
    added = session.add_question(HTML_QUESTION, asked_by="<i>Eve</i>", organisation="<u>Org</u>")
    assert added is not None and added.id is not None
    row = model.row_of(added.id)
    assert row is not None

    # The queue shows the raw text; its tooltip (which Qt would render) is escaped.
    assert model.data(model.index(row, COLUMN_TEXT)) == HTML_QUESTION
    assert model.data(model.index(row, 4)) == "<i>Eve</i> (<u>Org</u>)"
    tooltip = model.data(model.index(row, COLUMN_TEXT), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;fett&lt;/b&gt;" in tooltip
    assert "&lt;table&gt;" in tooltip and "&lt;a href=&#x27;x&#x27;&gt;" in tooltip
    assert "<b>" not in tooltip and "<table>" not in tooltip and "<a " not in tooltip
    asker_tooltip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;Eve&lt;/i&gt;" in asker_tooltip and "<i>" not in asker_tooltip

    # On air, the card shows it as plain text.
    assert session.set_question_status(added.id, S.ON_AIR)
    card = cockpit.window.on_air
    assert card.text.textFormat() == Qt.TextFormat.PlainText
    assert card.text.text() == HTML_QUESTION
    assert card.who.textFormat() == Qt.TextFormat.PlainText
    assert "<i>Eve</i>" in card.who.text()


# --- a long show ----------------------------------------------------------------------------


# PySide6 6.12.0's SignalInstance.emit() dropped a reference to True on every call from
# Python (CPython 3.11), which aborts the app after a few hours of a show; pyproject.toml
# excludes that release. This test keeps it excluded.
def test_queue_actions_leave_pythons_reference_to_true_alone(cockpit: Cockpit) -> None:
    # Garbage of earlier tests collected during the votes would free references too.
    gc.collect()
    before = sys.getrefcount(True)

    for _ in range(10):
        assert cockpit.session.vote(cockpit.open_ids[0])

    # Ten votes emit some forty signals from Python; True must not lose a reference each.
    assert sys.getrefcount(True) - before > -10


# PySide6 6.12.0 also dropped a reference to None whenever a Python override called from
# C++ returned None, as QueueModel.data() does for every role it does not serve: a repaint
# of a long queue makes hundreds of thousands of such calls, and the app aborted
# ('none_dealloc') during the first moves with 1,000 questions. The same exclusion covers it.
def test_repainting_the_queue_leaves_pythons_reference_to_none_alone(cockpit: Cockpit) -> None:
    model = cockpit.model
    # A proxy asks the model from C++, as a view painting it does.
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    before = sys.getrefcount(None)

    for _ in range(1000):
        proxy.data(index, Qt.ItemDataRole.ToolTipRole)

    assert sys.getrefcount(None) - before > -100
