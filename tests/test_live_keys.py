"""The cockpit in the live moment: one undo, keys that go where the moderator thinks,
and what the speaker sees shown in the cockpit.

Real widgets over a real event file with a fake clock (see ``test_cockpit.py``).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from moderator.domain.live_undo import StepKind
from moderator.ui.actions import ActionId
from moderator.ui.keys_indicator import KeysGo

from test_cockpit import IMPULS_1, WELCOME, Cockpit, at, bring_to_front, event_template, open_cockpit  # noqa: F401


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path, event_template: Path) -> Cockpit:  # noqa: F811
    return open_cockpit(qtbot, tmp_path, event_template)


def key(qtbot: QtBot, cockpit: Cockpit, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget() or cockpit.window.centralWidget()
    qtbot.keyClick(widget, k, modifier)


def test_left_then_right_by_mistake_is_undone_with_ctrl_z(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    cockpit.at(at(14, 0))
    cockpit.session.goto_slot(cockpit.slot_id(WELCOME))
    cockpit.advance(timedelta(minutes=4, seconds=15))
    assert cockpit.window.countdown.text == "5:45"
    key(qtbot, cockpit, Qt.Key.Key_Left)
    key(qtbot, cockpit, Qt.Key.Key_Right)
    assert cockpit.window.countdown.text == "10:00"
    assert cockpit.window.live_line.text() == "Next slot: Begrüßung · Ctrl+Z undoes"

    key(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.window.live_line.text().startswith("Undone: Next slot: Begrüßung")
    key(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    cockpit.window.refresh()
    assert cockpit.session.reading().slot.title == "Begrüßung"
    assert cockpit.window.countdown.text == "5:45"


def test_ctrl_e_in_a_question_does_not_end_the_show(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    cockpit.at(at(13, 50))
    key(qtbot, cockpit, Qt.Key.Key_Space)
    field = cockpit.window.capture.text
    field.setFocus()
    assert cockpit.window.keys_indicator.state is KeysGo.TEXT
    qtbot.keyClicks(field, "Bitte kurz ")
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    live = cockpit.session.snapshot.live
    assert live.show_ended_at is None and live.paused_at is None
    assert not cockpit.session.speaker.blink_until


def test_f2_with_nothing_selected_opens_a_text_field(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    cockpit.at(at(13, 50))
    key(qtbot, cockpit, Qt.Key.Key_Space)
    key(qtbot, cockpit, Qt.Key.Key_F2)
    # No question yet: F2 leads to the capture field, so the sentence is text.
    assert QApplication.focusWidget() is cockpit.window.capture.text
    qtbot.keyClicks(QApplication.focusWidget(), " (bitte kurz)")
    assert cockpit.session.snapshot.live.paused_at is None
    assert not cockpit.session.speaker.armed
    # Enter takes the question and gives the keys back to the show.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is cockpit.window.centralWidget()
    assert cockpit.window.keys_indicator.state is KeysGo.SHOW
    # With a question in the queue, F2 edits it (the first one shown).
    key(qtbot, cockpit, Qt.Key.Key_F2)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert cockpit.window.keys_indicator.state is KeysGo.EDIT_OPEN
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is cockpit.window.centralWidget()


def test_queue_letters_act_only_in_the_queue(qtbot: QtBot, cockpit: Cockpit) -> None:
    bring_to_front(qtbot, cockpit.window)
    question = cockpit.session.add_question("Wie fangen kleine Kommunen an?")
    cockpit.window.queue_panel.select(question.id)
    cockpit.window.centralWidget().setFocus()
    key(qtbot, cockpit, Qt.Key.Key_T)
    key(qtbot, cockpit, Qt.Key.Key_O)
    assert cockpit.session.snapshot.questions[0].status.value == "new"
    cockpit.window.queue_panel.view.setFocus()
    assert cockpit.window.keys_indicator.state is KeysGo.QUEUE
    key(qtbot, cockpit, Qt.Key.Key_O)
    assert cockpit.session.snapshot.questions[0].status.value == "on_air"
    assert cockpit.session.live_history.last.kind is StepKind.QUEUE


def test_the_speaker_views_states_show_in_the_cockpit(qtbot: QtBot, cockpit: Cockpit) -> None:
    window = cockpit.window
    bring_to_front(qtbot, window)
    cockpit.at(at(14, 10))
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))
    key(qtbot, cockpit, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert cockpit.session.speaker.blackout
    # The speaker view is closed while the blackout is armed: the badge says so.
    assert not window.speaker_badge.isHidden()
    assert window.speaker_badge.text().startswith("Speaker view CLOSED")
    window.toggle_speaker_view()
    qtbot.addWidget(cockpit.speaker_view())
    assert cockpit.speaker_view().blacked_out
    assert window.speaker_badge.text() == "Speaker view: BLACKOUT"
    assert window.actions_[ActionId.SPEAKER_BLACKOUT].isChecked()
    window.activateWindow()
    key(qtbot, cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not cockpit.speaker_view().blacked_out
    assert window.speaker_badge.isHidden()
    assert not window.actions_[ActionId.SPEAKER_BLACKOUT].isChecked()
    window.actions_[ActionId.SPEAKER_WRAP_UP].trigger()
    assert window.speaker_badge.text() == "Speaker view: wrap-up request"
    assert cockpit.speaker_view().message.text() == "Please wrap up"


def test_the_replanning_suggestion_never_shrinks_the_countdown(qtbot: QtBot, cockpit: Cockpit) -> None:
    from test_cockpit import run_late

    window = cockpit.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    run_late(cockpit, timedelta(minutes=4))
    window.suggestion.hide()  # as before the show ran late
    window.layout().activate()
    QApplication.processEvents()
    without = window.countdown.height()
    window.refresh()  # the suggestion comes (back)
    QApplication.processEvents()
    assert not window.suggestion.isHidden()
    assert window.countdown.height() >= without


def test_the_live_keys_work_right_after_the_first_show(qtbot: QtBot, cockpit: Cockpit) -> None:
    """Issue 18: what the start defers (the operations, loaded on first use or right after
    the first paint) never makes a key wait or miss: shown, one turn of the event loop,
    and Space starts the show, N hands off to the proposed speaker."""
    window = cockpit.window
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    assert cockpit.session.snapshot.live.show_started_at is None
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Space)
    assert cockpit.session.snapshot.live.show_started_at is not None
    cockpit.session.goto_slot(cockpit.slot_id(IMPULS_1))  # a slot with speakers
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_N)
    assert [h.ended_at for h in cockpit.session.handoffs] == [None]
