"""The controller keeps the clock through an outage, on the test suite's real PostgreSQL.

Mid-show the server stops. The moderator, who controls the clock, goes on: next slot,
a hand-off, pause and resume, a question; a co-host takes a question too. The moderator's
app is then lost while still offline (nothing more is written, no goodbye), the server
comes back, the app starts again: every action and every question is in the shared
event, in order and at the instants they happened, and every instance sees the same.
The last test kills a real controller process with SIGKILL while it is offline.
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


def test_ctrl_z_works_offline_too_and_an_undone_action_is_never_written(
    tmp_path: Path, pg_server: object, pg_url: str
) -> None:
    clock = FakeClock(START)
    address = publish(make_event_file(tmp_path), pg_url, now=clock.now())
    journals = tmp_path / "pending"
    mira = EventService(EventStore.open(address), clock, name="Mira", instance_id="mira", journal_dir=journals)
    try:
        mira.join()
        mira.run(ops.StartShow())
        clock.advance(600)
        mira.run(ops.NextSlot())  # Begrüßung
        clock.advance(200)
        before_outage = replace(mira.snapshot.live, revision=0)

        pg_server.stop()  # type: ignore[attr-defined]
        mira.run(ops.NextSlot())  # by mistake, while the server is away
        assert not mira.online and mira.reading().slot.title == "Impuls 1"
        clock.advance(5)
        assert mira.run(ops.UndoLive()).result.kind.value == "next"
        assert replace(mira.snapshot.live, revision=0) == before_outage
        assert mira.reading().elapsed == timedelta(seconds=205)  # the slip's seconds count, nothing else
        mira.run(ops.HandOffDigit(1))
        mira.run(ops.AddTime(60))
        mira.run(ops.UndoLive())  # the minute
        kept = replace(mira.snapshot.live, revision=0)
        kept_floor = [(h.person_id, h.started_at, h.ended_at) for h in mira.handoffs]
        assert [type(item.op).__name__ for item in mira._outbox] == ["HandOff"]  # noqa: SLF001 - what waits

        pg_server.start()  # type: ignore[attr-defined]
        assert any(mira.reconnect() for _ in range(3))
        check = EventStore.open(address)
        try:
            assert replace(check.live(), revision=0) == kept
            assert [(h.person_id, h.started_at, h.ended_at) for h in check.handoffs()] == kept_floor
            assert [e.action for e in check.log()].count("slot_started") == 2  # the slip never reached it
        finally:
            check.close()
        # Back online, Ctrl+Z takes back the hand-off as written.
        assert mira.run(ops.UndoLive()).result.kind.value == "handoff"
        assert mira.store.handoffs() == ()
    finally:
        mira.close()


_CONTROLLER = """
import json, sys
from datetime import datetime
from pathlib import Path
from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore

address, journals, start = sys.argv[1], Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
clock = FakeClock(start)
mira = EventService(EventStore.open(address), clock, name="Mira", instance_id="mira", journal_dir=journals)
mira.join()
mira.run(ops.StartShow())
clock.advance(600)
mira.run(ops.NextSlot())
print("running", flush=True)
sys.stdin.readline()  # the server is gone now
clock.advance(300)
mira.run(ops.HandOffDigit(1))
clock.advance(290)
mira.run(ops.NextSlot())
clock.advance(40)
mira.run(ops.Pause())
mira.run(ops.AddQuestion("Offline gestellt, dann abgestürzt"))
live = mira.snapshot.live
print(json.dumps({
    "online": mira.online,
    "slot": live.current_slot_id,
    "slot_started_at": live.slot_started_at.isoformat(),
    "paused_at": live.paused_at.isoformat(),
}), flush=True)
sys.stdin.readline()  # killed here
"""


def test_a_real_kill_of_the_controller_while_offline_loses_nothing(
    tmp_path: Path, pg_server: object, pg_url: str
) -> None:
    import json
    import os
    import signal
    import subprocess
    import sys

    address = publish(make_event_file(tmp_path), pg_url, now=START)
    journals = tmp_path / "pending"
    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", _CONTROLLER, address, str(journals), START.isoformat()],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "running"
        pg_server.stop()  # type: ignore[attr-defined]
        child.stdin.write("\n")
        child.stdin.flush()
        seen = json.loads(child.stdout.readline())
        assert seen["online"] is False
        child.send_signal(signal.SIGKILL)  # no goodbye, nothing flushed but what is on disk
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()

    pg_server.start()  # type: ignore[attr-defined]
    clock = FakeClock(START + timedelta(hours=1))
    mira = EventService(EventStore.open(address), clock, name="Mira", instance_id="mira", journal_dir=journals)
    try:
        live = mira.store.live()
        assert live.current_slot_id == seen["slot"]
        assert live.slot_started_at == datetime.fromisoformat(seen["slot_started_at"])
        assert live.paused_at == datetime.fromisoformat(seen["paused_at"])
        assert [h.person_id for h in mira.store.handoffs()]  # the hand-off, closed by the slot change
        assert "Offline gestellt, dann abgestürzt" in [q.text for q in mira.store.questions()]
        actions = [e.action for e in mira.store.log()]
        assert actions[-4:] == ["handoff", "slot_started", "floor_closed", "paused"]
        assert not any(journals.iterdir())
    finally:
        mira.close()
