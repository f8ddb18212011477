"""Rehearsal: the sample run now on today's clock, then the real show put back as it was.

A real event file made from the bundled sample (9 June 2021), opened on 4 December 2026
with a fake clock; every change goes through the application service.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain import rehearsal
from moderator.domain.clock import Phase
from moderator.domain.handoffs import HandoffAction
from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.exporters.json_export import export_json
from moderator.importers.json_event import parse_event_json
from moderator.paths import sample_event_source
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.moderator"
    EventStore.create(path, parse_event_json(sample_event_source().read_text(encoding="utf-8"))).close()
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


@pytest.fixture
def app(sample: Path, clock: FakeClock) -> EventService:
    service = EventService(EventStore.open(sample), clock, name="Moderation")
    service.join()
    yield service
    service.close()


def exported(service: EventService) -> str:
    store = service.store
    return export_json(store.snapshot(), store.log(), store.handoffs())


def test_the_sample_rehearses_today_on_time_at_its_start(app: EventService, clock: FakeClock) -> None:
    assert app.snapshot.event.start.date() != TODAY.date()
    app.run(ops.StartRehearsal())
    assert app.rehearsal is not None
    first = app.plan[0]
    assert first.start.astimezone(UTC) == TODAY.astimezone(UTC)  # the plan laid on now (UTC: June vs December)
    assert app.reading().phase is Phase.BEFORE_SHOW
    app.run(ops.StartShow())
    reading = app.reading()
    assert reading.drift == timedelta(0)
    # The projected end is the plan's length from now, not a date in 2021.
    plan_length = app.snapshot.slots[-1].end - app.snapshot.slots[0].start
    assert reading.projected_end == TODAY + plan_length
    clock.advance(90)
    assert app.reading().drift == timedelta(0)  # the first slot still runs in its time


def test_a_chosen_start_measures_the_drift_against_it(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartRehearsal(plan_start=TODAY - timedelta(minutes=5)))
    app.run(ops.StartShow())
    assert app.reading().drift == timedelta(minutes=5)


def test_ending_the_rehearsal_puts_everything_back_byte_for_byte(app: EventService, clock: FakeClock) -> None:
    before = exported(app)
    questions_before = app.snapshot.questions
    log_before = app.store.log()
    app.run(ops.StartRehearsal())
    app.run(ops.StartShow())
    app.run(ops.NextSlot())  # the welcome: the pre-show has nobody to hand off to
    app.run(ops.HandOffDigit(1))
    clock.advance(40)
    app.run(ops.HandOffDigit(2))
    added = app.run(ops.AddQuestion("Wie geht es weiter?", asked_by="Probe")).result
    assert added is not None
    clock.advance(30)
    app.run(ops.NextSlot())
    app.run(ops.Pause())
    # Even while it runs, the export's live state, log and hand-offs are the real show's.
    during, real = json.loads(exported(app)), json.loads(before)
    assert [during[key] for key in ("live", "log", "handoffs")] == [real[key] for key in ("live", "log", "handoffs")]
    clock.advance(60)
    app.run(ops.EndRehearsal(keep_questions=False))
    assert app.rehearsal is None
    assert app.snapshot.questions == questions_before
    assert app.handoffs == ()
    assert app.reading().phase is Phase.BEFORE_SHOW
    assert exported(app) == before
    # What the rehearsal did is still in the log, apart from the show's.
    rehearsed = rehearsal.rehearsal_entries(app.log)
    assert rehearsed[0].action == rehearsal.REHEARSAL_STARTED
    assert rehearsed[-1].action == rehearsal.REHEARSAL_ENDED
    assert sum(entry.action == HandoffAction.HANDOFF for entry in rehearsed) == 2
    assert app.show_log == log_before


def test_questions_of_a_rehearsal_may_be_kept(app: EventService) -> None:
    app.run(ops.StartRehearsal())
    app.run(ops.AddQuestion("Bleibt diese Frage?"))
    app.run(ops.EndRehearsal(keep_questions=True))
    assert any(q.text == "Bleibt diese Frage?" for q in app.snapshot.questions)


def test_a_rehearsal_sets_the_real_show_aside_and_gives_it_back(app: EventService, clock: FakeClock) -> None:
    # The real show already began (the event opened on its day, then a practice run).
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    app.run(ops.HandOffDigit(1))
    clock.advance(20)
    live, handoffs = app.snapshot.live, app.handoffs
    app.run(ops.StartRehearsal())
    assert app.handoffs == ()
    assert app.snapshot.live.show_started_at is None
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    app.run(ops.HandOffDigit(2))
    clock.advance(20)
    app.run(ops.EndRehearsal())
    restored = app.snapshot.live
    assert (restored.show_started_at, restored.current_slot_id, restored.slot_started_at) == (
        live.show_started_at, live.current_slot_id, live.slot_started_at,
    )
    assert [(h.person_id, h.slot_id, h.started_at, h.ended_at) for h in app.handoffs] == [
        (h.person_id, h.slot_id, h.started_at, h.ended_at) for h in handoffs
    ]


def test_a_co_host_sees_the_rehearsal_and_its_end(app: EventService, sample: Path, clock: FakeClock) -> None:
    other = EventService.for_command_line(EventStore.open(sample), clock)
    try:
        app.run(ops.StartRehearsal())
        other.refresh()
        assert other.rehearsal is not None
        assert other.plan[0].start.astimezone(UTC) == TODAY.astimezone(UTC)
        app.run(ops.EndRehearsal())
        other.refresh()
        assert other.rehearsal is None
    finally:
        other.close()


def test_one_rehearsal_at_a_time_and_none_to_end(app: EventService) -> None:
    with pytest.raises(rehearsal.RehearsalError):
        app.run(ops.EndRehearsal())
    app.run(ops.StartRehearsal())
    with pytest.raises(rehearsal.RehearsalError):
        app.run(ops.StartRehearsal())


def test_a_restart_clears_the_hand_offs(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartShow())
    app.run(ops.NextSlot())
    app.run(ops.HandOffDigit(1))
    clock.advance(30)
    assert app.handoffs
    app.run(ops.ResetShow())
    assert app.handoffs == ()


def test_a_rehearsal_never_replans_the_real_run_sheet(app: EventService, clock: FakeClock) -> None:
    app.run(ops.StartRehearsal())
    app.run(ops.StartShow())
    clock.advance(timedelta(hours=2))
    assert app.replan_suggestion() == ()
    assert all(q.status is not QuestionStatus.ON_AIR for q in app.snapshot.questions)


def test_the_command_line_status_reads_the_rehearsal(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import moderator.cli as cli

    monkeypatch.setattr(cli, "_now", lambda: TODAY.astimezone(UTC))
    clock = FakeClock(TODAY)
    service = EventService.for_command_line(EventStore.open(sample), clock)
    service.run(ops.StartRehearsal())
    service.run(ops.StartShow())
    state = json.loads(cli._status(service.store, True))  # noqa: SLF001 - the status command's body
    service.close()
    assert state["rehearsal"] is True
    assert state["drift_seconds"] == 0
    assert state["phase"] == "normal"
