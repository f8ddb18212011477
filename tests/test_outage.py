"""The controller keeps the clock through an outage, on the test suite's real PostgreSQL.

Mid-show the server stops. The moderator, who controls the clock, goes on: next slot,
a hand-off, pause and resume, a question; a co-host takes a question too. The moderator's
app is then lost while still offline (nothing more is written, no goodbye), the server
comes back, the app starts again: every action and every question is in the shared
event, in order and at the instants they happened, and every instance sees the same.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain.cohosts import HostRole
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.persistence.publish import publish

START = datetime(2021, 6, 9, 13, 50, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_controller_keeps_the_clock_through_an_outage_and_a_crash(
    tmp_path: Path, pg_server: object, pg_url: str
) -> None:
    clock = FakeClock(START)
    address = publish(make_event_file(tmp_path), pg_url, now=clock.now())
    journals = tmp_path / "pending"

    def app(name: str, instance_id: str, role: HostRole) -> EventService:
        service = EventService(
            EventStore.open(address), clock, name=name, role=role, instance_id=instance_id, journal_dir=journals
        )
        service.join()
        return service

    mira = app("Mira", "mira", HostRole.MODERATOR)
    cem = app("Cem", "cem", HostRole.COHOST)
    assert mira.is_controller
    mira.run(ops.StartShow())
    clock.advance(600)
    mira.run(ops.NextSlot())  # Begrüßung
    clock.advance(300)

    pg_server.stop()  # type: ignore[attr-defined]
    mira.run(ops.HandOffDigit(1))
    assert not mira.online
    clock.advance(290)
    mira.run(ops.NextSlot())  # Impuls 1, while the server is away
    clock.advance(20)
    mira.run(ops.HandOffDigit(2))
    clock.advance(40)
    mira.run(ops.Pause())
    clock.advance(15)
    mira.run(ops.Resume())
    mira.run(ops.AddQuestion("Während der Störung gestellt", asked_by="Gast"))
    cem.run(ops.AddQuestion("Vom Co-Host, während der Störung"))
    assert mira.reading().slot.title == "Impuls 1" and not mira.reading().paused
    kept_live = replace(mira.snapshot.live, revision=0)
    kept_floor = [(h.person_id, h.slot_id, h.started_at, h.ended_at) for h in mira.handoffs]
    offline_actions = [entry.action for entry in mira.log if entry.id is None]
    assert offline_actions == ["handoff", "slot_started", "floor_closed", "handoff", "paused", "resumed"]

    # The app is lost while offline: what it kept is on disk only (its connections are
    # dropped without a word to anyone; nothing in memory survives).
    mira.close(leave=False)
    del mira
    assert any(journals.iterdir())

    pg_server.start()  # type: ignore[attr-defined]
    mira = app("Mira", "mira", HostRole.MODERATOR)  # the same instance starts again
    # The co-host's app retries every two seconds; a connection the restart cut may fail once.
    assert any(cem.reconnect() for _ in range(3))
    try:
        assert mira.dropped == [] and not any(journals.iterdir())
        check = EventStore.open(address)
        try:
            assert replace(check.live(), revision=0) == kept_live
            assert [(h.person_id, h.slot_id, h.started_at, h.ended_at) for h in check.handoffs()] == kept_floor
            log = check.log()
            live_actions = [e.action for e in log if e.action in {"slot_started", "handoff", "floor_closed", "paused", "resumed"}]
            assert live_actions[-6:] == offline_actions
            assert [e.at for e in log if e.action == "paused"] == [START + timedelta(seconds=600 + 300 + 290 + 20 + 40)]
            texts = [q.text for q in check.questions()]
            assert "Während der Störung gestellt" in texts and "Vom Co-Host, während der Störung" in texts
        finally:
            check.close()
        cem.refresh()
        assert replace(cem.snapshot.live, revision=0) == kept_live
        assert cem.reading().remaining == mira.reading().remaining
        # And the show goes on from where it was.
        mira.run(ops.NextSlot())
        assert mira.reading().slot.title == "Impuls 2"
    finally:
        mira.close()
        cem.close()
