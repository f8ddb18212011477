"""Audience questions in the cockpit: capture, paste a chat, merge, on air, the budget.

Given the seed event during its panel, with a fake clock and settings of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from moderator.domain.model import QuestionSource, QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.actions import ActionId
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.queue_dialogs import MergeDialog, TranscriptDialog
from moderator.ui.settings import Settings

from conftest import TEST_DATA
from helpers import make_event_file

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path) -> Iterator[CockpitWindow]:
    path = make_event_file(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    session = EventSession(EventStore.open(path), FakeClock(datetime(2021, 6, 9, 15, 0, tzinfo=BERLIN)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    session.goto_slot(session.slots[-1].id or 0)  # the panel
    window.refresh()
    yield window
    window.close()


def texts(window: CockpitWindow) -> list[str]:
    return [q.text for q in window.session.store.questions()]


def test_a_co_host_types_a_question_and_presses_enter(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    capture = cockpit.capture
    capture.text.setFocus()
    qtbot.keyClicks(capture.text, "Was kostet Open Data eine kleine Gemeinde? +1 O A")
    capture.asked_by.setText("Maria Weber")
    capture.organisation.setText("Gemeinde Ebsdorfergrund")
    capture.to.setEditText("Laumer")
    qtbot.keyClick(capture.text, Qt.Key.Key_Return)
    questions = cockpit.session.store.questions()
    assert [q.text for q in questions] == ["Was kostet Open Data eine kleine Gemeinde? +1 O A"]
    question = questions[0]
    assert (question.asked_by, question.organisation) == ("Maria Weber", "Gemeinde Ebsdorfergrund")
    assert cockpit.session.snapshot.person(question.addressed_to).name == "Ralf Laumer"  # type: ignore[union-attr]
    # Typing the letters of live keys did nothing live: nothing on air, the clock unchanged.
    assert question.status is QuestionStatus.NEW
    assert capture.text.text() == "" and capture.asked_by.text() == ""
    assert cockpit.queue_panel.model.rowCount() == 1


def test_an_over_long_question_is_refused_and_kept_in_the_field(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    cockpit.capture.text.setText("x" * 2001)
    cockpit.capture.add.click()
    assert texts(cockpit) == []
    assert "2001" in cockpit.banner.text()
    assert cockpit.capture.text.text() == "x" * 2001


def test_putting_on_air_shows_the_question_big_and_answering_archives_it(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    laumer = next(p.id for p in session.snapshot.people if p.name == "Ralf Laumer")
    session.add_question("<b>Fett</b> <a href='https://example.org'>Link</a>?", asked_by="Gast", addressed_to=laumer)
    session.add_question("Und die Kosten?", asked_by="Jens", organisation="Stadt Marburg")
    cockpit.refresh()
    cockpit.actions_[ActionId.QUESTION_ON_AIR].trigger()
    cockpit.refresh()
    assert cockpit.on_air.text.text() == "<b>Fett</b> <a href='https://example.org'>Link</a>?"
    assert cockpit.on_air.text.textFormat() == Qt.TextFormat.PlainText
    assert "Gast" in cockpit.on_air.who.text() and "Ralf Laumer" in cockpit.on_air.who.text()
    # Next one on air: the first is answered, in the panel slot.
    session.clock.advance(timedelta(minutes=3))  # type: ignore[attr-defined]
    cockpit.question_on_air()
    cockpit.refresh()
    first, second = session.store.questions()
    assert first.status is QuestionStatus.ANSWERED and second.status is QuestionStatus.ON_AIR
    assert first.answered_in_slot == session.slots[-1].id
    assert first.answered_at is not None and first.on_air_at is not None
    assert first.answered_at - first.on_air_at == timedelta(minutes=3)
    assert "Und die Kosten?" == cockpit.on_air.text.text()


def test_the_budget_says_how_many_more_questions_fit(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    for text in ("Eins?", "Zwei?"):
        session.add_question(text)
    session.set_question_status(session.snapshot.questions[0].id or 0, QuestionStatus.ON_AIR)
    session.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    session.set_question_status(session.snapshot.questions[1].id or 0, QuestionStatus.ON_AIR)
    cockpit.refresh()
    # One answer timed (5 minutes) is pulled towards the 90-second prior (worth three
    # answers): 142.5 s. 25 minutes left, less what the one on air still needs: 1357.5 s.
    # Not sure yet: a range, from 1.5 × to ⅔ × that answer time.
    assert cockpit.queue_panel.budget.text() == "6 to 14 more fit"


def test_one_quick_answer_does_not_promise_hundreds(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    clock = session.clock
    for text in ("Eins?", "Zwei?", "Drei?", "Vier?", "Fünf?"):
        session.add_question(text)
    ids = [q.id or 0 for q in session.snapshot.questions]
    session.set_question_status(ids[0], QuestionStatus.ON_AIR)
    clock.advance(timedelta(seconds=8))  # type: ignore[attr-defined]
    session.set_question_status(ids[0], QuestionStatus.ANSWERED)
    cockpit.refresh()
    low, high = (int(part) for part in cockpit.queue_panel.budget.text().replace(" more fit", "").split(" to "))
    assert high < 40  # not "about 237"
    # Three timed answers of two minutes: sure enough for one number.
    for question_id in ids[1:4]:
        session.set_question_status(question_id, QuestionStatus.ON_AIR)
        clock.advance(timedelta(minutes=2))  # type: ignore[attr-defined]
        session.set_question_status(question_id, QuestionStatus.ANSWERED)
    cockpit.refresh()
    assert cockpit.queue_panel.budget.text().startswith("about ")


def test_merging_duplicates_keeps_every_asker_and_adds_the_votes(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    session.add_question("Wie fangen kleine Gemeinden mit Open Data an?", asked_by="Maria")
    session.add_question("Wie starten kleinere Kommunen mit offenen Daten?", asked_by="Jonas")
    ids = [q.id or 0 for q in session.snapshot.questions]
    session.vote(ids[0])
    session.vote(ids[1])
    session.vote(ids[1])
    cockpit.refresh()
    dialog = MergeDialog(list(session.snapshot.questions), cockpit)
    qtbot.addWidget(dialog)
    dialog.merge_chosen.connect(lambda keep, wording: session.merge_questions(keep, (ids[1],), wording))
    dialog.findChildren(QRadioButton)[1].setChecked(True)  # the second wording
    dialog._accept()  # noqa: SLF001 - the OK button's slot
    cockpit.refresh()
    kept = session.store.question(ids[0])
    merged = session.store.question(ids[1])
    assert kept is not None and merged is not None
    assert kept.text == "Wie starten kleinere Kommunen mit offenen Daten?"
    assert kept.votes == 3
    assert merged.status is QuestionStatus.DISMISSED and merged.merged_into == ids[0]
    row = cockpit.queue_panel.model.row_of(ids[0])
    assert row is not None
    assert cockpit.queue_panel.model.index(row, 4).data() == "Maria, Jonas"
    # Undo takes the merge back exactly.
    assert session.undo_queue()
    assert [q.text for q in session.store.questions()] == [
        "Wie fangen kleine Gemeinden mit Open Data an?",
        "Wie starten kleinere Kommunen mit offenen Daten?",
    ]
    assert [q.votes for q in session.store.questions()] == [1, 2]


@pytest.mark.parametrize("sample", ["zoom.txt", "teams.txt", "webex.txt"])
def test_a_pasted_chat_becomes_ticked_questions(qtbot: QtBot, cockpit: CockpitWindow, sample: str) -> None:
    session = cockpit.session
    session.add_question("Ist die Aufzeichnung später verfügbar?")
    dialog = TranscriptDialog(session, cockpit)
    qtbot.addWidget(dialog)
    text = (TEST_DATA / "chat" / sample).read_text(encoding="utf-8")
    assert dialog.preview(text)
    assert dialog.table.rowCount() == len(dialog.messages) > 0
    ticked = dialog.ticked()
    assert ticked, "at least one message reads as a question"
    assert all(m.looks_like_question and not m.too_long for m in ticked)
    before = len(session.store.questions())
    added = dialog.add_ticked()
    assert len(added) == len(ticked)
    stored = session.store.questions()
    assert len(stored) == before + len(ticked)
    assert all(q.source is QuestionSource.CHAT for q in stored[before:])
    assert [q.asked_by for q in stored[before:]] == [m.name for m in ticked]


def test_a_question_asked_twice_in_one_paste_is_ticked_once(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    """Near-duplicates within one paste: the first is ticked, the later one says which
    row it repeats."""
    dialog = TranscriptDialog(cockpit.session, cockpit)
    qtbot.addWidget(dialog)
    assert dialog.preview(
        "Anna Berg: Wie fangen kleine Gemeinden mit Open Data an?\n"
        "Ben Kurz: Gibt es eine Aufzeichnung?\n"
        "Clara Weiß: Wie fangen kleinere Gemeinden mit Open Data an?\n"
    )
    assert [m.text for m in dialog.ticked()] == [
        "Wie fangen kleine Gemeinden mit Open Data an?",
        "Gibt es eine Aufzeichnung?",
    ]
    assert dialog.table.item(2, 4).text().startswith("maybe a duplicate of row 1:")


def test_a_pasted_text_without_messages_gets_one_line(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    dialog = TranscriptDialog(cockpit.session, cockpit)
    qtbot.addWidget(dialog)
    assert not dialog.preview("   \n\n  ")
    assert dialog.message.text().startswith("No chat messages found")
    assert "\n" not in dialog.message.text()


def test_the_question_on_air_can_go_to_the_speaker_view(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    session = cockpit.session
    session.add_question("Was bedeutet das für Landkreise?")
    session.set_question_status(session.snapshot.questions[0].id or 0, QuestionStatus.ON_AIR)
    cockpit.toggle_speaker_view()
    view = cockpit.speaker_view
    assert view is not None
    qtbot.addWidget(view)
    cockpit.refresh()
    assert view.question.isHidden()
    cockpit.actions_[ActionId.QUESTION_ON_SPEAKER_VIEW].trigger()
    assert view.question.text() == "Was bedeutet das für Landkreise?"
    assert not view.question.isHidden()
