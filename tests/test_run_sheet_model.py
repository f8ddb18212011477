"""The run sheet model: a thin adapter over the seed-like run sheet and the clock reading.

It passes Qt's own model checks (``qtmodeltester``: the C++ QAbstractItemModelTester stays
attached and checks every later signal too), and when time passes it signals only the rows
whose text or looks changed, so that a repaint every second costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from moderator.domain.run_sheet_ops import SetDuration
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.run_sheet_model import RunSheetModel

from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")
PRE_SHOW, WELCOME, IMPULS_1, IMPULS_2, IMPULS_3, PANEL = range(6)


def at(hour: int, minute: int, second: int = 0) -> datetime:
    """An instant on the seed event's day, Berlin time."""
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


@dataclass
class Recorder:
    """What the model signalled: the rows of each dataChanged, and the resets."""

    rows: list[tuple[int, int]] = field(default_factory=list)
    columns: list[tuple[int, int]] = field(default_factory=list)
    resets: int = 0

    def data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        self.rows.append((top_left.row(), bottom_right.row()))
        self.columns.append((top_left.column(), bottom_right.column()))

    def model_reset(self) -> None:
        self.resets += 1

    def changed_rows(self) -> set[int]:
        return {row for first, last in self.rows for row in range(first, last + 1)}

    def clear(self) -> None:
        self.rows.clear()
        self.columns.clear()
        self.resets = 0


@dataclass
class RunSheet:
    """A real event file, the session over it and the model, repainted when the test says."""

    session: EventSession
    clock: FakeClock
    model: RunSheetModel

    def repaint(self, now: datetime) -> None:
        """What the cockpit does at every tick: read the clock, hand the model the result."""
        self.clock.set(now)
        self.model.update_from(self.session.snapshot, self.session.reading())

    def slot_id(self, index: int) -> int:
        slot_id = self.session.slots[index].id
        assert slot_id is not None
        return slot_id

    def goto(self, index: int, now: datetime) -> None:
        self.clock.set(now)
        assert self.session.goto_slot(self.slot_id(index))

    def next(self, now: datetime) -> None:
        self.clock.set(now)
        assert self.session.next_slot()

    def column(self, column: int) -> list[object]:
        return [self.model.data(self.model.index(row, column)) for row in range(self.model.rowCount())]


@pytest.fixture
def run_sheet(qapp: QApplication, tmp_path: Path) -> Iterator[RunSheet]:
    """The session watches its file with Qt's timers and notifiers: the app must exist."""
    clock = FakeClock(at(13, 40))
    session = EventSession(EventStore.open(make_event_file(tmp_path)), clock)
    yield RunSheet(session, clock, RunSheetModel())
    session.close()


@pytest.fixture
def recorder(run_sheet: RunSheet) -> Recorder:
    recorder = Recorder()
    run_sheet.model.dataChanged.connect(recorder.data_changed)
    run_sheet.model.modelReset.connect(recorder.model_reset)
    return recorder


def test_the_model_passes_qts_checks_before_the_show(run_sheet: RunSheet, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(run_sheet.model)  # empty, as the window creates it

    run_sheet.repaint(at(13, 40))
    qtmodeltester.check(run_sheet.model)

    assert run_sheet.model.rowCount() == 6
    assert run_sheet.model.columnCount() == 6
    assert run_sheet.column(3) == [
        "Einwahl und Technik-Check", "Begrüßung", "Impuls 1", "Impuls 2", "Impuls 3", "Moderiertes Gespräch",
    ]
    assert run_sheet.model.headerData(3, Qt.Orientation.Horizontal) == "Slot"


def test_the_model_passes_qts_checks_during_the_show(run_sheet: RunSheet, qtmodeltester: ModelTester) -> None:
    run_sheet.repaint(at(13, 40))
    qtmodeltester.check(run_sheet.model)

    # The tester stays attached: every signal from here on is checked as well.
    run_sheet.goto(PRE_SHOW, at(13, 50))
    run_sheet.repaint(at(13, 55))
    run_sheet.next(at(14, 0))
    run_sheet.next(at(14, 12))
    for second in range(0, 25 * 60, 30):
        run_sheet.repaint(at(14, 12) + timedelta(seconds=second))
    qtmodeltester.check(run_sheet.model)

    assert run_sheet.column(1) == ["13:50", "14:00", "14:12", "14:36", "14:51", "15:06"]
    assert run_sheet.model.data(run_sheet.model.index(PANEL, 5), Qt.ItemDataRole.ToolTipRole).count("\n") == 5


def test_time_passing_before_the_show_signals_nothing(run_sheet: RunSheet, recorder: Recorder) -> None:
    run_sheet.repaint(at(13, 40))
    recorder.clear()

    for second in range(1, 10 * 60):
        run_sheet.repaint(at(13, 40) + timedelta(seconds=second))

    assert recorder.rows == []
    assert recorder.resets == 0


def test_time_passing_in_a_slot_on_time_signals_nothing(run_sheet: RunSheet, recorder: Recorder) -> None:
    run_sheet.goto(IMPULS_1, at(14, 10))
    run_sheet.repaint(at(14, 10))
    recorder.clear()

    for second in range(1, 20 * 60):
        run_sheet.repaint(at(14, 10) + timedelta(seconds=second))

    assert recorder.rows == []
    assert recorder.resets == 0


def test_overtime_moves_only_the_later_rows_and_only_when_their_minute_changes(
    run_sheet: RunSheet, recorder: Recorder
) -> None:
    # Given Impuls 1 on time, 59 seconds into overtime: the later slots are expected at
    # 14:30:59 and so on, shown as 14:30, 14:45, 15:00.
    run_sheet.goto(IMPULS_1, at(14, 10))
    run_sheet.repaint(at(14, 30, 59))
    recorder.clear()

    # When a minute of overtime is full.
    run_sheet.repaint(at(14, 31))

    # Then exactly the three later rows changed, each as a whole row.
    assert recorder.changed_rows() == {IMPULS_2, IMPULS_3, PANEL}
    assert len(recorder.rows) == 3
    assert set(recorder.columns) == {(0, run_sheet.model.columnCount() - 1)}
    assert recorder.resets == 0
    assert run_sheet.column(1)[IMPULS_2:] == ["14:31", "14:46", "15:01"]


def test_the_next_slot_changes_the_two_rows_that_change_hands(run_sheet: RunSheet, recorder: Recorder) -> None:
    run_sheet.goto(IMPULS_1, at(14, 10))
    run_sheet.repaint(at(14, 29, 59))
    recorder.clear()

    run_sheet.next(at(14, 30))
    run_sheet.repaint(at(14, 30))

    assert recorder.changed_rows() == {IMPULS_1, IMPULS_2}
    assert recorder.resets == 0


def test_a_changed_plan_resets_the_model(run_sheet: RunSheet, recorder: Recorder, qtmodeltester: ModelTester) -> None:
    run_sheet.repaint(at(13, 40))
    qtmodeltester.check(run_sheet.model)
    recorder.clear()

    panel = run_sheet.session.slots[PANEL]
    # An organiser shortens the panel in the editor of another instance.
    assert panel.id is not None
    run_sheet.session.store.change_run_sheet(SetDuration(panel.id, timedelta(minutes=25)))
    run_sheet.session.refresh_if_changed()
    run_sheet.repaint(at(13, 40, 1))

    assert recorder.resets == 1
    assert run_sheet.column(2)[PANEL] == "25′"
