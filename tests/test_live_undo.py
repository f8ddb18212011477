"""One live undo: Ctrl+Z takes back this instance's last live action, whatever it was.

Stories and a property on a real event file with a fake clock: the clock comes back as
instants (a slot restarted by mistake gets its elapsed time back), hand-offs and the
speaker view come back as they were, a co-host's change meanwhile refuses the undo, and
a co-host's actions are not this instance's to undo.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain import queue, queue_ops
from moderator.domain.clock import LIVE_UNDONE
from moderator.domain.errors import UserError
from moderator.domain.live_undo import LiveUndoRefused, StepKind
from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


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


def stored(path: Path) -> tuple[object, ...]:
    """What the audience and the speakers can see, as stored in the file (revision aside)."""
    from dataclasses import replace

    from moderator.domain.live_undo import speaker_state

    store = EventStore.open(path)
    try:
        snapshot = store.snapshot()
        questions = tuple((q.id, q.status, q.position, q.votes, q.on_air_at, q.answered_at) for q in snapshot.questions)
        return replace(snapshot.live, revision=0), store.handoffs(), speaker_state(store.log()), questions
    finally:
        store.close()


def test_previous_then_next_by_mistake_gets_the_slot_its_elapsed_time_back(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartShow())
    app.run(ops.NextSlot())  # Begrüßung
    clock.advance(timedelta(minutes=5, seconds=45))
    before = app.reading()
    app.run(ops.PreviousSlot())
    clock.advance(3)
    app.run(ops.NextSlot())  # Begrüßung again, at full length: the mistake
    assert app.reading().remaining == timedelta(minutes=10)
    app.run(ops.UndoLive())
    app.run(ops.UndoLive())
    after = app.reading()
    assert after.slot == before.slot
    # Its start is back: the three seconds of the slip count as time spent in the slot.
    assert after.remaining == before.remaining - timedelta(seconds=3)
    assert app.actual_starts[after.slot.id] == app.snapshot.live.slot_started_at


def test_end_of_show_by_mistake_is_undone_with_the_slot_still_running(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartShow())
    clock.advance(120)
    changes = app.run(ops.EndShow())
    assert app.live_history.last.kind is StepKind.END and changes.history
    clock.advance(10)
    undone = app.run(ops.UndoLive())
    assert undone.result.kind is StepKind.END
    reading = app.reading()
    assert reading.slot.title == "Einwahl und Technik-Check"
    assert reading.elapsed == timedelta(seconds=130)
    assert app.log[-1].action == LIVE_UNDONE and app.log[-1].by == app.actor


def test_each_step_names_itself(app: EventService) -> None:
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    assert (app.live_history.last.kind, app.live_history.last.subject) == (StepKind.NEXT, "Begrüßung")
    app.run(ops.HandOffDigit(2))
    assert (app.live_history.last.kind, app.live_history.last.subject) == (StepKind.HANDOFF, "Alexander Handschuh")
    app.run(ops.SpeakerBlackout(True))
    assert app.live_history.last.kind is StepKind.BLACKOUT and app.speaker.blackout


def test_a_co_hosts_change_meanwhile_refuses_the_undo(app: EventService, path: Path, clock: FakeClock) -> None:
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    app.run(ops.HandOffDigit(1))
    # The command line (a stream deck, a co-host) hands off to someone else meanwhile.
    other = EventService.for_command_line(EventStore.open(path), clock)
    try:
        clock.advance(5)
        other.run(ops.HandOffDigit(2))
    finally:
        other.close()
    handoffs = app.store.handoffs()
    with pytest.raises(LiveUndoRefused):
        app.run(ops.UndoLive())
    assert app.store.handoffs() == handoffs
    assert not app.live_history.can_undo


def test_a_co_hosts_actions_are_not_mine_to_undo(app: EventService, path: Path, clock: FakeClock) -> None:
    other = EventService.for_command_line(EventStore.open(path), clock)
    try:
        other.run(ops.StartShow())
    finally:
        other.close()
    app.refresh()
    assert app.run(ops.UndoLive()).result is None
    assert app.snapshot.live.show_started_at is not None


def test_undo_of_a_hand_off_undo_brings_the_turn_back_with_its_id(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    app.run(ops.HandOffDigit(1))
    clock.advance(30)
    app.run(ops.HandOffDigit(2))
    records = app.store.handoffs()
    clock.advance(5)
    app.run(ops.UndoHandoff())
    assert len(app.store.handoffs()) == 1
    app.run(ops.UndoLive())
    assert app.store.handoffs() == records


def test_a_queue_step_is_a_live_step_too(app: EventService) -> None:
    question = app.run(ops.AddQuestion("Wie fangen kleine Kommunen an?")).result
    app.run(ops.ChangeQueue(queue_ops.SetStatus(question.id, QuestionStatus.ON_AIR)))
    assert app.live_history.last.kind is StepKind.QUEUE
    app.run(ops.UndoLive())
    assert app.snapshot.questions[0].status is QuestionStatus.NEW


LIVE_ACTIONS = st.one_of(
    st.sampled_from(
        [
            ops.StartShow(), ops.Toggle(), ops.Pause(), ops.Resume(), ops.NextSlot(), ops.PreviousSlot(),
            ops.EndShow(), ops.HandOffNext(), ops.CloseFloor(), ops.UndoHandoff(), ops.SpeakerBlink(),
            ops.SpeakerWrapUp(True), ops.SpeakerWrapUp(False), ops.SpeakerBlackout(True),
            ops.SpeakerBlackout(False), ops.SpeakerMessage("Noch zwei Minuten"), ops.SpeakerMessage(""),
            "on_air", "answered", "vote", "move",
        ]
    ),
    st.builds(ops.AddTime, st.sampled_from([60, -60, 10, -10])),
    st.builds(ops.HandOffDigit, st.integers(1, 3)),
    st.builds(ops.GotoSlot, st.integers(1, 6)),
)


def _queue_op(app: EventService, name: str) -> ops.Operation:
    first, second = app.snapshot.questions[0], app.snapshot.questions[1]
    match name:
        case "on_air":
            return ops.ChangeQueue(queue_ops.SetStatus(second.id, QuestionStatus.ON_AIR))
        case "answered":
            return ops.ChangeQueue(queue_ops.SetStatus(first.id, QuestionStatus.ANSWERED))
        case "vote":
            return ops.ChangeQueue(queue_ops.Vote(first.id, 1))
    return ops.ChangeQueue(queue_ops.Move(second.id, first.id))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    started=st.booleans(),
    actions=st.lists(st.tuples(LIVE_ACTIONS, st.integers(0, 400)), min_size=1, max_size=12),
)
def test_any_live_actions_then_as_many_undos_give_back_the_start_exactly(
    tmp_path_factory: pytest.TempPathFactory, started: bool, actions: list[tuple[object, int]]
) -> None:
    path = make_event_file(tmp_path_factory.mktemp("undo"))
    clock = FakeClock(at(13, 58))
    app = EventService(EventStore.open(path), clock, name="Moderation")
    try:
        app.join()
        app.run(ops.AddQuestion("Wie fangen kleine Kommunen an?"))
        app.run(ops.AddQuestion("Was kostet ein offener Haushalt?"))
        if started:
            app.run(ops.StartShow())
            clock.advance(90)
            app.run(ops.NextSlot())
            app.run(ops.HandOffDigit(1))
        app.live_history.clear()
        app.queue_history = queue.UndoStack()
        start = stored(path)
        for action, seconds in actions:
            clock.advance(seconds)
            op = _queue_op(app, action) if isinstance(action, str) else action
            try:
                app.run(op)
            except UserError:
                pass  # a key that does not apply now changes nothing
        for _ in actions:
            clock.advance(7)
            app.run(ops.UndoLive())
        assert stored(path) == start
    finally:
        app.close()
