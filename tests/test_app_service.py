"""The application service: one road for every change, whoever asks (no Qt here).

Stories on a real event file: the command line and an app instance are two services on
the same file; each hears the other's changes through the change feed. Re-planning is a
run-sheet operation: logged, one undo step, refused on a sheet changed meanwhile.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.app.service import COMMAND_LINE, Changes, EventService
from moderator.domain import queue_ops
from moderator.domain.errors import UserError
from moderator.domain.model import Question, QuestionStatus
from moderator.domain.replan import REPLANNED
from moderator.domain.run_sheet import RunSheetError
from moderator.domain.run_sheet_ops import SetDuration
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int) -> datetime:
    return datetime(2021, 6, 9, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at(13, 50))


@pytest.fixture
def app(path: Path, clock: FakeClock) -> EventService:
    service = EventService(EventStore.open(path), clock, name="Moderation")
    service.join()
    yield service
    service.close()


def heard(service: EventService) -> list[Changes]:
    changes: list[Changes] = []
    service.subscribe(changes.append)
    return changes


def test_an_operation_returns_what_changed_and_every_listener_hears_it_once(app: EventService) -> None:
    log = heard(app)

    changes = app.run(ops.Toggle())

    assert changes.live and changes.mine
    assert log == [changes]
    assert app.reading().slot is not None and app.reading().slot.title == "Einwahl und Technik-Check"


def test_the_command_line_and_the_app_see_each_others_changes(path: Path, app: EventService, clock: FakeClock) -> None:
    app.run(ops.Toggle())
    log = heard(app)
    cli = EventService.for_command_line(EventStore.open(path), clock)
    try:
        question = cli.run(ops.AddQuestion("Wie geht das in kleinen Gemeinden?", asked_by="Bürgermeisterin")).result
        cli.run(ops.NextSlot())  # the command line acts without taking the clock away
    finally:
        cli.close()

    changes = app.refresh()

    assert isinstance(question, Question) and question.created_by == COMMAND_LINE
    assert changes.questions and changes.live and not changes.mine
    assert log == [changes]
    assert app.reading().slot is not None and app.reading().slot.title == "Begrüßung"
    assert app.log[-1].by == COMMAND_LINE


def test_who_did_it_is_in_the_log(app: EventService) -> None:
    app.run(ops.Toggle())
    app.run(ops.NextSlot())
    assert {entry.by for entry in app.log if entry.action == "slot_started"} == {"Moderation"}


def test_a_refused_operation_raises_a_user_error_and_writes_nothing(app: EventService) -> None:
    before = app.store.log()
    with pytest.raises(UserError):
        app.run(ops.Pause())  # the show has not started
    with pytest.raises(UserError):
        app.run(ops.HandOffTo("Niemand Bekanntes"))
    assert app.store.log() == before


def test_queue_steps_are_undone_by_the_client_that_made_them(app: EventService) -> None:
    first = app.run(ops.AddQuestion("Erste Frage")).result
    second = app.run(ops.AddQuestion("Zweite Frage")).result
    assert isinstance(first, Question) and isinstance(second, Question) and second.id is not None
    app.run(ops.ChangeQueue(queue_ops.Move(second.id, first.id)))
    assert [q.text for q in app.snapshot.questions] == ["Zweite Frage", "Erste Frage"]

    changes = app.run(ops.UndoQueue())

    assert changes.history and [q.text for q in app.snapshot.questions] == ["Erste Frage", "Zweite Frage"]
    assert app.run(ops.UndoQueue()).any is False  # nothing left to undo: nothing happens


def test_hand_off_keys_that_name_nobody_do_nothing(app: EventService) -> None:
    app.run(ops.Toggle())  # the pre-show has nobody on its run sheet
    assert not app.run(ops.HandOffDigit(7)).any
    assert not app.run(ops.HandOffNext()).any
    assert app.handoffs == ()


def late_in_impuls_1(app: EventService, clock: FakeClock, late: timedelta) -> None:
    app.run(ops.Toggle())
    clock.set(at(14, 0))
    app.run(ops.NextSlot())
    clock.set(at(14, 10))
    app.run(ops.NextSlot())
    clock.set(at(14, 30) + late)


def test_replanning_is_logged_and_one_undo_step(app: EventService, clock: FakeClock) -> None:
    late_in_impuls_1(app, clock, timedelta(minutes=10))
    assert app.replan_suggestion()
    before = app.slots
    log = heard(app)

    changes = app.run(ops.Replan())

    assert changes.run_sheet and changes.log and log == [changes]
    assert app.slots[-1].end == app.snapshot.event.end
    assert abs(app.reading().projected_end - app.snapshot.event.end) < timedelta(seconds=1)
    assert not app.replan_suggestion()  # gone once applied
    entry = app.log[-1]
    assert (entry.action, entry.by, entry.detail) == (REPLANNED, "Moderation", "600")

    app.run(ops.UndoRunSheet())

    assert app.slots == before


def test_replanning_refuses_a_plan_changed_since_it_was_read(path: Path, app: EventService, clock: FakeClock) -> None:
    late_in_impuls_1(app, clock, timedelta(minutes=10))
    other = EventStore.open(path)
    panel = app.slots[-1]
    assert panel.id is not None
    other.change_run_sheet(SetDuration(panel.id, timedelta(minutes=20)))
    other.close()
    # The service has not read the change yet: it suggests from the old plan, the store refuses.
    with pytest.raises(RunSheetError):
        app.run(ops.Replan())
    assert app.slots[-1].duration == timedelta(minutes=20)  # the organiser's edit stands


def test_nothing_to_shorten_when_the_show_is_on_time(app: EventService, clock: FakeClock) -> None:
    late_in_impuls_1(app, clock, timedelta(0))
    with pytest.raises(RunSheetError):
        app.run(ops.Replan())


def test_status_of_a_question_from_the_command_line(path: Path, app: EventService, clock: FakeClock) -> None:
    question = app.run(ops.AddQuestion("Eine Frage")).result
    assert isinstance(question, Question) and question.id is not None
    cli = EventService.for_command_line(EventStore.open(path), clock, name="Stream Deck")
    cli.run(ops.ChangeQueue(queue_ops.SetStatus(question.id, QuestionStatus.ON_AIR)))
    cli.close()
    app.refresh()
    assert app.snapshot.questions[0].status is QuestionStatus.ON_AIR
    assert any(entry.by == "Stream Deck" for entry in app.log)


def test_the_service_names_the_questions_that_changed_between_two_reads(app: EventService, path: Path, clock: FakeClock) -> None:
    added = app.run(ops.AddQuestions(tuple(Question(text=f"Frage {n}?", created_at=clock.now()) for n in range(5)))).result
    assert isinstance(added, tuple)
    ids = [q.id for q in added]
    start = app.snapshot.questions
    assert app.question_changes(start) == ()

    # This client votes, a co-host moves another question to the end.
    app.run(ops.ChangeQueue(queue_ops.Vote(ids[1])))
    voted = app.snapshot.questions
    co_host = EventStore.open(path)
    co_host.change_queue(queue_ops.Move(ids[0], None), now=clock.now())
    co_host.close()
    app.refresh()
    now = app.snapshot.questions

    changes = app.question_changes(start)
    assert changes is not None
    assert {(old.id, old.votes, new.votes) for old, new in changes if old is not None} == {(ids[1], 0, 1), (ids[0], 0, 0)}
    assert [q.id for q in now] == [*ids[1:], ids[0]]
    by_id = {q.id: q for q in start}
    assert all(old is by_id[new.id] for old, new in changes)  # as the reader of ``start`` holds them
    # Between two reads in the past; not backwards; not from questions never shown.
    assert [new.id for _old, new in app.question_changes(start, voted) or ()] == [ids[1]]
    assert app.question_changes(voted, start) is None
    assert app.question_changes(start[:-1]) is None
    # A reader far behind compares all questions.
    for _ in range(20):
        previous = app.snapshot.questions
        app.run(ops.ChangeQueue(queue_ops.Vote(ids[2])))
    assert app.question_changes(start) is None
    assert app.question_changes(now) is None
    assert [(old.votes, new.votes) for old, new in app.question_changes(previous) or () if old is not None] == [(19, 20)]


@pytest.mark.parametrize("count", [1, 3, 70, 400])
def test_changed_questions_are_merged_into_the_queue_order_by_id(count: int) -> None:
    """A handful of changes is placed one by one, many (a renumbered queue) by one sort;
    either way the result is the queue order, unchanged questions stay the same objects
    and the index by id follows."""
    import random
    from dataclasses import replace

    from moderator.app.service import _merged

    rng = random.Random(count)
    questions = tuple(Question(text=f"Frage {i}?", created_at=at(14, 0), id=i, position=float(i)) for i in range(1, 401))
    by_id: dict[int | None, Question] = {q.id: q for q in questions}
    changed = tuple(replace(q, position=rng.uniform(0, 401), revision=1) for q in rng.sample(questions, count))

    merged, pairs = _merged(questions, changed, by_id)

    new = {q.id: q for q in changed}
    expected = sorted((new.get(q.id, q) for q in questions), key=lambda q: (q.position, q.id or 0))
    assert list(merged) == expected
    assert all(q is new.get(q.id, by_id[q.id]) for q in merged)
    assert by_id == {q.id: q for q in merged}
    assert pairs is not None and {(old.id if old else None, after.id) for old, after in pairs} == {(q.id, q.id) for q in changed}
    assert all(old is questions[(old.id or 0) - 1] for old, _after in pairs if old is not None)
