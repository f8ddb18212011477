"""The cockpit's presenter (no Qt) and what the window paints from it.

The presenter is read directly over a real event file through the application service;
the window tests check that the rehearsal mark, the balance hint, the routing key and the
count of questions added elsewhere reach the screen.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from helpers import make_event_file
from moderator.app import cockpit_view as cv
from moderator.app import operations as ops
from moderator.app.service import EventService
from moderator.domain.clock import Phase
from moderator.domain.handoffs import BalanceRow
from moderator.domain.model import QuestionStatus, Role
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2021, 6, 9, hour, minute, second, tzinfo=BERLIN)


def english(text: object) -> str:
    assert isinstance(text, (str, cv.Text))
    return cv.render(text, lambda template: template)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_event_file(tmp_path)


def present(service: EventService) -> cv.CockpitView:
    reading = service.reading()
    inputs = cv.Inputs(
        snapshot=service.snapshot, reading=reading, slots=service.plan, handoffs=service.handoffs,
        pauses=tuple(service.pauses), rehearsing=service.rehearsal is not None,
        replan_cuts=service.replan_suggestion(reading), read_only=service.read_only,
    )
    return cv.CockpitPresenter().present(inputs, cv.Settings(handoff_key="N"))


def test_on_another_day_the_date_shows_not_a_countdown_of_thousands_of_hours(path: Path) -> None:
    service = EventService.for_command_line(EventStore.open(path), FakeClock(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN)))
    view = present(service)
    assert english(view.show_date) == "Event date: 09.06.2021"
    assert view.countdown == "09.06.2021"
    assert english(view.drift) == "not today"
    assert view.offer_rehearsal and not view.rehearsal
    service.run(ops.StartRehearsal())
    view = present(service)
    assert view.rehearsal and not view.offer_rehearsal
    assert view.countdown == "0:00"  # the plan starts now: the show is due to start
    service.close()


def test_on_the_day_no_date_and_no_rehearsal_offer(path: Path) -> None:
    service = EventService.for_command_line(EventStore.open(path), FakeClock(at(13, 45)))
    view = present(service)
    assert view.show_date is None and not view.offer_rehearsal
    assert view.countdown == "5:00"
    service.close()


def test_up_next_and_the_askers_of_merged_questions(path: Path) -> None:
    clock = FakeClock(at(15, 0))
    service = EventService.for_command_line(EventStore.open(path), clock)
    service.run(ops.StartShow())
    service.run(ops.GotoSlot(service.slots[-1].id or 0))
    service.run(ops.HandOffDigit(1))
    first = service.run(ops.AddQuestion("Wie fangen kleine Gemeinden an?", asked_by="Maria")).result
    second = service.run(ops.AddQuestion("Wie starten kleine Kommunen?", asked_by="Jonas")).result
    from moderator.domain import queue_ops

    service.run(ops.ChangeQueue(queue_ops.Merge(first.id, (second.id,))))  # type: ignore[union-attr]
    service.run(ops.ChangeQueue(queue_ops.SetStatus(first.id, QuestionStatus.ON_AIR)))  # type: ignore[union-attr]
    view = present(service)
    assert view.askers[first.id] == ("Maria", "Jonas")  # type: ignore[union-attr]
    assert view.on_air is not None and english(view.on_air.who[0]) == "asked by Maria, Jonas"
    assert english(view.next.heading) == "Up next"
    assert english(view.budget).endswith("more fit")
    service.close()


def test_the_balance_names_who_has_not_spoken_and_what_waits_for_them(path: Path) -> None:
    clock = FakeClock(at(15, 0))
    service = EventService.for_command_line(EventStore.open(path), clock)
    service.run(ops.StartShow())
    panel = service.slots[-1]
    service.run(ops.GotoSlot(panel.id or 0))
    service.run(ops.HandOffDigit(1))
    clock.advance(120)
    service.run(ops.HandOffDigit(2))
    clock.advance(60)
    third = cv.floor_due(present(service).balance.rows, None)[0]  # type: ignore[union-attr]
    service.run(ops.AddQuestion("Was sagt die Verwaltung?", addressed_to=third))
    view = present(service)
    assert view.balance is not None
    assert third in view.balance.due
    assert view.balance.waiting[third] == 1
    name = service.snapshot.person(third).display_name  # type: ignore[union-attr]
    assert english(view.balance.hint) == f"Floor to {name}: 1 waiting question(s) for them"
    service.close()


def test_far_under_an_even_share_is_due_once_everyone_has_spoken() -> None:
    def row(person: int, share: float) -> BalanceRow:
        return BalanceRow(person, Role.PANELIST, timedelta(seconds=share * 100), share, True, False)

    rows = (row(1, 0.6), row(2, 0.35), row(3, 0.05))
    assert cv.floor_due(rows, speaking=1) == (3,)
    assert cv.floor_due(rows, speaking=3) == ()


# -- the window ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, path: Path) -> CockpitWindow:
    copy = Path(shutil.copy(path, tmp_path / "copy.moderator"))
    session = EventSession(EventStore.open(copy), FakeClock(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN)))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_rehearsal_is_marked_on_the_cockpit_and_the_speaker_view(window: CockpitWindow) -> None:
    assert window.show_date.isVisible() and "09.06.2021" in window.show_date.text()
    assert window.rehearse_button.isVisible() and not window.rehearsal_badge.isVisible()
    window.session.run(ops.StartRehearsal())
    window.toggle_speaker_view()
    assert window.rehearsal_badge.isVisible() and window.rehearsal_badge.text() == "REHEARSAL"
    view = window.speaker_view
    assert view is not None and view.rehearsal.isVisible() and view.rehearsal.text() == "REHEARSAL"
    assert window.session.reading().phase is Phase.BEFORE_SHOW
    window.session.run(ops.EndRehearsal())
    assert not window.rehearsal_badge.isVisible() and not view.rehearsal.isVisible()
    view.close()


def test_r_routes_the_selected_question_to_a_panelist_through_the_service(qtbot: QtBot, window: CockpitWindow) -> None:
    session = window.session
    session.run(ops.StartRehearsal())
    session.toggle()
    session.goto_slot(session.slots[-1].id or 0)
    added = session.add_question("Und die Kosten?")
    assert added is not None
    window.refresh()
    window.queue_panel.select(added.id or 0)
    window.route_selected()
    menu = window.route_menu
    entries = [action for action in menu.actions() if action.text()]
    assert entries[0].text().startswith("&1 ")
    entries[1].trigger()  # the second person of the panel
    panel = session.slots[-1]
    from moderator.domain import handoffs as floor

    second = floor.floor_order(panel)[1].person_id
    assert next(q for q in session.snapshot.questions if q.id == added.id).addressed_to == second
    menu.close()


def test_a_question_added_elsewhere_shows_as_a_calm_count(qtbot: QtBot, window: CockpitWindow, tmp_path: Path) -> None:
    other = EventService.for_command_line(EventStore.open(tmp_path / "copy.moderator"), window.session.clock)
    other.run(ops.AddQuestion("Von der Kommandozeile?"))
    other.run(ops.AddQuestion("Noch eine?"))
    other.close()
    window.session.refresh_if_changed()
    assert window.queue_panel.new_count.isVisible()
    assert window.queue_panel.new_count.text() == "+2 new"
    window.session.add_question("Meine eigene")  # not counted: this cockpit added it
    assert window.queue_panel.new_count.text() == "+2 new"
    window.seen_new_questions()
    assert not window.queue_panel.new_count.isVisible()


def test_a_rehearsal_may_start_at_a_chosen_time(qtbot: QtBot, window: CockpitWindow) -> None:
    from PySide6.QtCore import QTime

    from moderator.ui.rehearsal_dialog import RehearsalDialog

    window.toggle_rehearsal()
    dialog = window._rehearsal_box  # noqa: SLF001 - the dialog the button opened
    assert isinstance(dialog, RehearsalDialog)
    dialog.start.setTime(QTime(19, 20))  # ten minutes ago
    dialog.accept()
    service = window.session.service
    assert service.rehearsal is not None
    assert service.rehearsal.plan_start == datetime(2026, 12, 4, 19, 20, tzinfo=BERLIN)
    window.session.toggle()
    assert window.session.reading().drift == timedelta(minutes=10)


def test_the_real_show_started_on_another_day_shows_no_drift_of_thousands_of_hours(path: Path) -> None:
    # The moderator pressed Space on the sample months later instead of rehearsing.
    service = EventService.for_command_line(EventStore.open(path), FakeClock(datetime(2026, 12, 4, 19, 30, tzinfo=BERLIN)))
    service.run(ops.StartShow())
    view = present(service)
    assert english(view.drift) == "not today" and not view.late
    assert english(view.show_date) == "Event date: 09.06.2021"
    service.close()


def test_the_queue_digest_kept_change_by_change_equals_one_made_afresh(path: Path) -> None:
    """The presenter updates its digest of the queue from the changed questions alone
    (the service names them); after every change, this instance's or a co-host's, it
    equals a digest made from all questions."""
    import random

    from moderator.domain import queue, queue_ops

    clock = FakeClock(at(15, 5))
    service = EventService(EventStore.open(path), clock, name="Moderation")
    co_host = EventStore.open(path)
    people = [p.id for p in service.snapshot.people if p.id is not None]
    drafts = [
        service.run(ops.AddQuestion(f"Frage {n}: Wie geht es weiter?", asked_by=f"Person {n}")).result
        for n in range(12)
    ]
    ids = [q.id for q in drafts if q is not None and q.id is not None]
    presenter = cv.CockpitPresenter(service.question_changes)
    presenter.queue_digest(service.snapshot.questions)
    rng = random.Random(18)
    incremental = 0
    for step in range(80):
        clock.advance(timedelta(seconds=rng.randrange(20, 90)))
        before = service.snapshot.questions
        target = rng.choice(ids)
        current = {q.id: q for q in service.snapshot.questions}[target]
        kind = rng.choice(("move", "move", "vote", "route", "status", "co-host", "merge" if step % 20 == 19 else "vote"))
        try:
            if kind == "move":
                service.run(ops.ChangeQueue(queue_ops.Move(target, rng.choice([*ids, None]))))
            elif kind == "vote":
                service.run(ops.ChangeQueue(queue_ops.Vote(target)))
            elif kind == "route":
                service.run(ops.ChangeQueue(queue_ops.Edit(target, addressed_to=rng.choice([*people, None]))))
            elif kind == "status":
                service.run(ops.ChangeQueue(queue_ops.SetStatus(target, rng.choice(list(QuestionStatus)))))
            elif kind == "co-host":
                co_host.change_queue(queue_ops.Vote(target), now=clock.now())
                co_host.change_queue(queue_ops.Move(rng.choice(ids), None), now=clock.now())
                service.refresh()
            else:
                others = tuple(i for i in rng.sample(ids, 2) if i != target)
                service.run(ops.ChangeQueue(queue_ops.Merge(target, others)))
        except Exception as error:  # a status change the queue refuses: nothing changed
            assert isinstance(error, queue.QueueError), error
            assert current.merged_into is not None or kind == "status" or kind == "merge"
        changes = service.question_changes(before)
        if changes is not None:
            incremental += 1
            assert {q.id: q for q in service.snapshot.questions} == {
                **{q.id: q for q in before}, **{new.id: new for _old, new in changes}
            }
        kept = presenter.queue_digest(service.snapshot.questions)
        fresh = cv.digest(service.snapshot.questions)
        assert (dict(kept.askers), dict(kept.airing), kept.answered_total, kept.answered, dict(kept.waiting_for)) == (
            dict(fresh.askers), dict(fresh.airing), fresh.answered_total, fresh.answered, dict(fresh.waiting_for)
        )
        assert kept.on_air == fresh.on_air
    assert incremental > 60  # the service could name the changed questions nearly every time
    co_host.close()
    service.close()
