"""While the show counts, each second repaints only what changed (issue 18, idle CPU).

A second of the show changes the countdown's digits, the elapsed time, the progress bar
and the wall clock; nothing else in the window may repaint for it: not the labels'
parents (the window, its panels, the status bar), not the run sheet, not the queue. The
clock is a :class:`FakeClock` moved by hand and the ticker's signal is emitted by hand:
no test sleeps.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from test_cockpit import Cockpit, at, bring_to_front, event_template, open_cockpit  # noqa: F401

#: What a second of the show may repaint (by object name; the bar has none of its own).
CHANGES_EACH_SECOND = {"countdown", "elapsed", "wall_clock", "SlotProgress"}
SECONDS = 5


class PaintCounter(QObject):
    """Counts the Paint events of every widget in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted[watched.objectName() or type(watched).__name__] += 1
        return False


@pytest.fixture(params=["usual", "high contrast"])
def running(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, event_template: Path) -> Cockpit:
    """The cockpit on screen with the pre-show running, three minutes in (in both themes:
    the high-contrast one gives the panels other grounds)."""
    cockpit = open_cockpit(qtbot, tmp_path, event_template, start=at(13, 50))
    cockpit.window.settings.high_contrast = request.param == "high contrast"
    assert cockpit.window.theme.high_contrast is (request.param == "high contrast")
    cockpit.window.resize(1366, 768)
    bring_to_front(qtbot, cockpit.window)
    cockpit.session.toggle()
    cockpit.advance(timedelta(minutes=3, microseconds=300_000))
    QApplication.processEvents()
    return cockpit


def tick_seconds(cockpit: Cockpit, seconds: int) -> PaintCounter:
    """Let ``seconds`` seconds of the show pass, a tick at each, and count the paints."""
    # A first second lets what the set-up left pending (a layout, a late paint) settle.
    cockpit.clock.advance(timedelta(seconds=1))
    cockpit.window.ticker.ticked.emit()
    QApplication.processEvents()
    counter = PaintCounter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        for _ in range(seconds):
            cockpit.clock.advance(timedelta(seconds=1))
            cockpit.window.ticker.ticked.emit()
            QApplication.processEvents()
    finally:
        app.removeEventFilter(counter)
    return counter


def test_a_second_of_the_show_repaints_the_digits_and_the_bar_and_nothing_else(running: Cockpit) -> None:
    painted = tick_seconds(running, SECONDS).painted

    assert painted["countdown"] == SECONDS
    assert painted["wall_clock"] == SECONDS
    assert set(painted) <= CHANGES_EACH_SECOND, sorted(set(painted) - CHANGES_EACH_SECOND)
    for parent in ("cockpit", "cockpit_panel", "left_column", "QStatusBar", "run_sheet", "queue"):
        assert painted[parent] == 0, parent


def test_a_second_of_the_show_sets_no_style_sheet(running: Cockpit, monkeypatch: pytest.MonkeyPatch) -> None:
    """A style sheet set restyles every widget under it: never once a second."""
    calls: list[str] = []
    original = QWidget.setStyleSheet

    def counting(widget: QWidget, sheet: str) -> None:
        calls.append(widget.objectName())
        original(widget, sheet)

    monkeypatch.setattr(QWidget, "setStyleSheet", counting)
    tick_seconds(running, SECONDS)
    assert calls == []



def test_a_second_of_the_show_fits_the_title_and_the_question_again_when_their_room_changed(running: Cockpit) -> None:
    """Parts whose texts did not change are not painted again each second, but the slot's
    title and the question on air still fit their new room after the columns' divider
    moved (two lines at most, cut with "…")."""
    from PySide6.QtWidgets import QSplitter

    from moderator.domain.model import QuestionStatus
    from moderator.ui.elide import lines_needed

    window = running.window
    question = running.session.add_question(
        "Wie stellen Sie sicher, dass die Ergebnisse der Bürgerbeteiligung auch wirklich in die "
        "Entscheidungen des Gemeinderats einfließen, und wer prüft das nach zwei Jahren?"
    )
    assert question is not None and question.id is not None
    running.session.set_question_status(question.id, QuestionStatus.ON_AIR)
    tick_seconds(running, 1)
    columns = next(s for s in window.findChildren(QSplitter) if s.isAncestorOf(window.slot_title))
    for left in (140, 900):
        columns.setSizes([left, 1366 - left])
        QApplication.processEvents()
        tick_seconds(running, 1)
        for label, lines in ((window.slot_title, 2), (window.on_air.text, 2)):
            room = label.contentsRect().width() - 2
            assert lines_needed(label.fontMetrics(), label.text(), room) <= lines, (left, label.objectName(), label.text())
