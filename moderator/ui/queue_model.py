"""The question queue as a Qt table model: a thin adapter over the domain's questions.

Rows are the questions that pass the filter, in queue order. The model decides nothing:
a drop or a move asks the window (``move_requested``), the domain and the store do it, and
when the new questions arrive (:meth:`set_questions`) the model tells the view what moved
with ``beginMoveRows``/``endMoveRows``, so that selection and scroll position stay put.

The queue may hold 100,000 questions: given the changed questions, the model touches only
their rows (found by a binary search on the queue order), and the display texts are made
when the view asks for a row it paints.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Person, Question, QuestionSource, QuestionStatus
from moderator.domain.queue import order_key

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-moderator-question-ids"


STATUS_NAMES: dict[QuestionStatus, str] = {
    QuestionStatus.NEW: QT_TRANSLATE_NOOP("QueueModel", "new"),
    QuestionStatus.QUEUED: QT_TRANSLATE_NOOP("QueueModel", "queued"),
    QuestionStatus.ON_AIR: QT_TRANSLATE_NOOP("QueueModel", "ON AIR"),
    QuestionStatus.ANSWERED: QT_TRANSLATE_NOOP("QueueModel", "answered"),
    QuestionStatus.DISMISSED: QT_TRANSLATE_NOOP("QueueModel", "dismissed"),
}
SOURCE_NAMES: dict[QuestionSource, str] = {
    QuestionSource.CHAT: QT_TRANSLATE_NOOP("QueueModel", "chat"),
    QuestionSource.EMAIL: QT_TRANSLATE_NOOP("QueueModel", "email"),
    QuestionSource.QA_TOOL: QT_TRANSLATE_NOOP("QueueModel", "Q&A tool"),
    QuestionSource.LIVE: QT_TRANSLATE_NOOP("QueueModel", "live"),
    QuestionSource.AUDIENCE: QT_TRANSLATE_NOOP("QueueModel", "audience page"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "#"),
    QT_TRANSLATE_NOOP("QueueModel", "Status"),
    QT_TRANSLATE_NOOP("QueueModel", "Votes"),
    QT_TRANSLATE_NOOP("QueueModel", "Question"),
    QT_TRANSLATE_NOOP("QueueModel", "Asked by"),
    QT_TRANSLATE_NOOP("QueueModel", "To"),
)
COLUMN_TEXT = 3
STATUS_COLOURS = {
    QuestionStatus.ON_AIR: QColor("#c92a2a"),
    QuestionStatus.QUEUED: QColor("#1c7ed6"),
    QuestionStatus.NEW: QColor("#495057"),
    QuestionStatus.ANSWERED: QColor("#2b8a3e"),
    QuestionStatus.DISMISSED: QColor("#868e96"),
}
ON_AIR_BACKGROUND = QColor("#ffe3e3")
CLOSED_FOREGROUND = QColor("#868e96")


#: More changed questions than this at once (a big batch): the view is re-laid out once
#: instead of hearing of each row.
MAX_ROW_CHANGES = 256


#: How the number and the votes stand in their cells (an int: data() runs per cell and role).
_NUMBERS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_name(status: QuestionStatus) -> str:
    return QCoreApplication.translate("QueueModel", STATUS_NAMES[status])


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt would render HTML in a tooltip."""
    import html  # loaded on first use (its entity table is ~2 ms of the start)

    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class QueueModel(QAbstractTableModel):
    """The queue, filtered by status and search text.

    Signals:
        move_requested(int, object): move question (id) before question (id, or None = end).
        moves_requested(object, object): move the questions (a list of ids, in this
            order) together before question (id, or None = end): a drag of several rows.
        edit_requested(int, str, object): the user edited the text of question (id) in
            place; the third argument is the question as the editor opened it (or None),
            so that a co-host's change made meanwhile is detected, not overwritten.
    """

    move_requested = Signal(int, object)
    moves_requested = Signal(object, object)
    edit_requested = Signal(int, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[Question, ...] = ()
        #: ``_all`` by id.
        self._by_id: dict[int | None, Question] = {}
        self._rows: list[Question] = []
        self._people: dict[int, Person] = {}
        self._askers: Mapping[int, tuple[str, ...]] = {}
        #: Per question id: the version searched and its folded text (see _haystack).
        self._folded: dict[int | None, tuple[Question, str]] = {}
        self._show: frozenset[QuestionStatus] = frozenset(
            {QuestionStatus.NEW, QuestionStatus.QUEUED, QuestionStatus.ON_AIR}
        )
        self._search = ""

    # -- what the view shows ---------------------------------------------------------------

    def question_at(self, row: int) -> Question | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        question = self.question_at(row)
        return question.id if question is not None else None

    @property
    def questions(self) -> tuple[Question, ...]:
        """All questions the model was given (shown or filtered out), in queue order."""
        return self._all

    def row_of(self, question_id: int) -> int | None:
        question = self._by_id.get(question_id)
        if question is None or not self._visible(question):
            return None
        row = self._find(question)
        if row is not None:
            return row
        # Rows given out of queue order (a test's list): look at each.
        return next((row for row, shown in enumerate(self._rows) if shown.id == question_id), None)

    def _find(self, question: Question) -> int | None:
        """The row of ``question`` (this very object), by a binary search on the queue order."""
        row = bisect.bisect_left(self._rows, order_key(question), key=order_key)
        return row if row < len(self._rows) and self._rows[row] is question else None

    @property
    def visible_ids(self) -> tuple[int, ...]:
        """The ids of the rows shown (a pass over all of them: not for every key press)."""
        return tuple(q.id for q in self._rows if q.id is not None)

    def set_filter(self, statuses: Iterable[QuestionStatus], search: str = "") -> None:
        """Show only questions with these statuses whose text, asker or organisation
        contains ``search`` (case-insensitive)."""
        show, needle = frozenset(statuses), search.casefold().strip()
        # Typing on narrows what is shown: only the rows shown now can still match.
        narrowing = show == self._show and bool(self._search) and needle.startswith(self._search)
        self._show, self._search = show, needle
        self._update(self._all, self._rows if narrowing else None)

    def set_people(self, people: Sequence[Person]) -> None:
        self._people = {p.id: p for p in people if p.id is not None}

    def set_questions(
        self,
        questions: Sequence[Question],
        askers: Mapping[int, tuple[str, ...]] | None = None,
        changes: Sequence[tuple[Question | None, Question]] | None = None,
    ) -> None:
        """Take the current questions (in queue order).

        ``changes``: the questions that changed since the questions last given, as (before,
        after) pairs (before ``None``: a new question), when the caller knows them
        (:meth:`EventService.question_changes`); then only their rows are touched.
        """
        new_askers = askers or {}
        askers_changed = new_askers is not self._askers and new_askers != self._askers
        self._askers = new_askers
        questions = tuple(questions)
        if changes is None or not self._apply_changes(questions, changes):
            self._update(questions)
        if askers_changed and self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4), [Qt.ItemDataRole.DisplayRole])

    def _apply_changes(self, questions: tuple[Question, ...], changes: Sequence[tuple[Question | None, Question]]) -> bool:
        """Put the changed questions into their rows, one row operation each; False when the
        changes do not fit what the model holds (or are too many): then compare all."""
        if len(changes) > MAX_ROW_CHANGES:
            return False
        by_id = self._by_id
        for old, new in changes:
            if old is None:
                if new.id in by_id:
                    return False
            elif by_id.get(old.id) is not old or old.id != new.id or (self._visible(old) and self._find(old) is None):
                return False
        rows = self._rows
        last_column = self.columnCount() - 1
        for old, new in changes:
            old_row = self._find(old) if old is not None and self._visible(old) else None
            shown = self._visible(new)
            by_id[new.id] = new
            if old_row is not None and shown:
                at = bisect.bisect_left(rows, order_key(new), key=order_key)
                new_row = at - 1 if at > old_row else at
                if new_row == old_row:
                    rows[old_row] = new
                    self.dataChanged.emit(self.index(old_row, 0), self.index(old_row, last_column))
                    continue
                # Qt's destination is the row *before which* the item goes, counted in the
                # old list; moving down therefore names the row after the new place.
                self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), new_row + 1 if new_row > old_row else new_row)
                del rows[old_row]
                rows.insert(new_row, new)
                self.endMoveRows()
                # The rows in between got new numbers; the moved question itself may have new data.
                low, high = min(old_row, new_row), max(old_row, new_row)
                self.dataChanged.emit(self.index(low, 0), self.index(high, 0), [Qt.ItemDataRole.DisplayRole])
                self.dataChanged.emit(self.index(new_row, 0), self.index(new_row, last_column))
            elif old_row is not None:
                self.beginRemoveRows(QModelIndex(), old_row, old_row)
                del rows[old_row]
                self.endRemoveRows()
                if old_row < len(rows):  # the rows below moved up a number
                    self.dataChanged.emit(self.index(old_row, 0), self.index(len(rows) - 1, 0), [Qt.ItemDataRole.DisplayRole])
            elif shown:
                at = bisect.bisect_left(rows, order_key(new), key=order_key)
                self.beginInsertRows(QModelIndex(), at, at)
                rows.insert(at, new)
                self.endInsertRows()
                if at + 1 < len(rows):
                    self.dataChanged.emit(self.index(at + 1, 0), self.index(len(rows) - 1, 0), [Qt.ItemDataRole.DisplayRole])
        self._all = questions
        return True

    def _visible(self, question: Question) -> bool:
        if question.status not in self._show:
            return False
        if not self._search:
            return True
        return self._search in self._haystack(question)

    def _haystack(self, question: Question) -> str:
        """What a search looks in, folded once per version of a question (each key typed
        searches again, maybe in 100,000 questions)."""
        known = self._folded.get(question.id)
        if known is not None and known[0] is question:
            return known[1]
        haystack = " ".join((question.text, question.asked_by, question.organisation)).casefold()
        self._folded[question.id] = (question, haystack)
        return haystack

    def _update(self, questions: tuple[Question, ...], candidates: Sequence[Question] | None = None) -> None:
        """Show the questions that pass the filter (of ``candidates`` when only those can)."""
        if questions is not self._all:
            self._by_id = {question.id: question for question in questions}
        self._all = questions
        show = self._show
        if self._search:
            needle, haystack = self._search, self._haystack
            new_rows = [q for q in (questions if candidates is None else candidates) if q.status in show and needle in haystack(q)]
        else:
            new_rows = [q for q in questions if q.status in show]
        old_ids = [q.id for q in self._rows]
        new_ids = [q.id for q in new_rows]
        if old_ids == new_ids:
            # Unchanged questions are the same objects (the session keeps them), so an
            # identity check finds the changed rows without comparing every field.
            changed = [row for row, (a, b) in enumerate(zip(self._rows, new_rows, strict=True)) if a is not b]
            self._rows = new_rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))
            return
        moved = _single_move(old_ids, new_ids)
        if moved is not None:
            source, destination = moved
            # Qt's destination is the row *before which* the item goes, counted in the
            # old list; moving down therefore names the row after the new place.
            qt_destination = destination + 1 if destination > source else destination
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), qt_destination)
            self._rows = new_rows
            self.endMoveRows()
            # The rows in between got new numbers; the moved question itself may have new data.
            low, high = min(source, destination), max(source, destination)
            self.dataChanged.emit(self.index(low, 0), self.index(high, 0), [Qt.ItemDataRole.DisplayRole])
            self.dataChanged.emit(self.index(destination, 0), self.index(destination, self.columnCount() - 1))
            return
        if old_ids == new_ids[: len(old_ids)]:
            changed = [row for row, old in enumerate(self._rows) if old is not new_rows[row]]
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self._rows = new_rows
            self.endInsertRows()
            # A co-host's vote or edit may arrive in the same poll as a new question.
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1))
            return
        # Anything else (a filter change, a co-host's several changes): a layout change,
        # which keeps the selection on the same questions wherever they went.
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        positions = {qid: row for row, qid in enumerate(new_ids)}
        new_persistent = []
        for index in old_persistent:
            qid = old_ids[index.row()] if index.row() < len(old_ids) else None
            row = positions.get(qid) if qid is not None else None
            # createIndex: the new row may lie beyond the old row count.
            new_persistent.append(self.createIndex(row, index.column()) if row is not None else QModelIndex())
        self._rows = new_rows
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("QueueModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COLUMN_TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        question = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(question, index.row(), column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COLUMN_TEXT, 4):
            tip = self._display(question, index.row(), column, True)
            if column == COLUMN_TEXT and question.source is QuestionSource.AUDIENCE:
                # Sent by a stranger on the page, not typed by a co-host: worth a second look.
                tip += "\n\n" + QCoreApplication.translate("QueueModel", "From the audience page")
            return plain_tooltip(tip)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self._status_tip(question)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 1:
                return QBrush(STATUS_COLOURS[question.status])
            if question.status in (QuestionStatus.ANSWERED, QuestionStatus.DISMISSED):
                return QBrush(CLOSED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and question.status is QuestionStatus.ON_AIR:
            return QBrush(ON_AIR_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (question.status is QuestionStatus.ON_AIR or column == 1):
            font = QFont()
            font.setBold(question.status is QuestionStatus.ON_AIR)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            # Centred in the row's height like the other columns (a number at the top sat
            # above a one-line question beside it).
            return _NUMBERS
        if role == Qt.ItemDataRole.UserRole:
            return question.id
        return None

    def set_slot_titles(self, titles: dict[int, str], zone: Any) -> None:
        """Slot names and the event's zone, for saying when and where a question was answered."""
        self._slot_titles = titles
        self._zone = zone

    def _status_tip(self, question: Question) -> str | None:
        """For the answered archive: when, and in which slot."""
        if question.answered_at is None:
            return None
        zone = getattr(self, "_zone", None)
        when = question.answered_at.astimezone(zone) if zone is not None else question.answered_at
        slot = getattr(self, "_slot_titles", {}).get(question.answered_in_slot or 0, "")
        text = fill(QCoreApplication.translate("QueueModel", "answered at %1"), time=f"{when.hour:02d}:{when.minute:02d}")
        if slot:
            text += fill(QCoreApplication.translate("QueueModel", " in “%1”"), slot=slot)
        return plain_tooltip(text)

    def _display(self, question: Question, row: int, column: int, full: bool) -> str:
        if column == 0:
            return str(row + 1)
        if column == 1:
            return status_name(question.status)
        if column == 2:
            return str(question.votes) if question.votes else ""
        if column == COLUMN_TEXT:
            return question.text if full or len(question.text) <= 280 else question.text[:279] + "…"
        if column == 4:
            askers = self._askers.get(question.id or 0) or ((question.asked_by,) if question.asked_by else ())
            who = ", ".join(askers)
            return f"{who} ({question.organisation})" if question.organisation and who else who or question.organisation
        if column == 5:
            person = self._people.get(question.addressed_to or 0)
            return person.display_name if person else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != COLUMN_TEXT:
            return False
        question = self.question_at(index.row())
        if question is None or question.id is None or str(value) == question.text:
            return False
        # The store decides; the new text arrives with the next set_questions.
        self.edit_requested.emit(question.id, str(value), None)
        return False

    def request_edit(self, index: Index, text: str, based_on: Question | None) -> None:
        """The in-place editor's commit: ask for an edit made from ``based_on``."""
        question = self.question_at(index.row())
        if question is None or question.id is None:
            return
        if based_on is not None and based_on.id == question.id and text == based_on.text:
            return  # nothing typed; a co-host's change meanwhile stays as it is
        if based_on is None and text == question.text:
            return
        self.edit_requested.emit(question.id, text, based_on)

    # -- drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = []
        # In queue order, whatever order the rows were selected in: they move as a block.
        for index in sorted(indexes, key=lambda index: index.row()):
            question = self.question_at(index.row())
            if question is not None and question.id is not None and question.id not in ids:
                ids.append(question.id)
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        ids = [int(part) for part in bytes(data.data(MIME_TYPE).data()).decode().split(",") if part.isdigit()]
        # Anchor on the first question at or after the drop row that is not being dragged,
        # so rows dropped where they already are stay in their order.
        before = next((q for q in itertools.islice(self._rows, row, None) if q.id not in ids), None)
        if len(ids) == 1:
            self.move_requested.emit(ids[0], before.id if before is not None else None)
        elif ids:  # together: one write, one undo step
            self.moves_requested.emit(ids, before.id if before is not None else None)
        # The rows move when the store has the new order; the view must not remove the
        # dragged rows itself, so report that nothing was moved here.
        return False

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination_child: int) -> bool:  # noqa: N802
        """Keyboard moves and views call this; the store moves, then the model follows."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        question = self.question_at(source_row)
        if question is None or question.id is None:
            return False
        before = self.question_at(destination_child)
        self.move_requested.emit(question.id, before.id if before is not None else None)
        return True


def _single_move(old: list[int | None], new: list[int | None]) -> tuple[int, int] | None:
    """If ``new`` is ``old`` with one item moved, (its old row, its new row)."""
    if len(old) != len(new) or set(old) != set(new):
        return None
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b), None)
    if first is None:
        return None
    last = len(old) - 1 - next(i for i, (a, b) in enumerate(zip(reversed(old), reversed(new), strict=True)) if a != b)
    # Moved down: old[first] now sits at new[last]; moved up: old[last] sits at new[first].
    if old[first] == new[last] and old[first + 1 : last + 1] == new[first:last]:
        return first, last
    if old[last] == new[first] and old[first:last] == new[first + 1 : last + 1]:
        return last, first
    return None
