"""The seed event run through as a show, on a fake clock, for the after-show tests.

A rehearsal first (started, a hand-off, restarted), then the show: it starts late, the
first impulse runs over, the rest is re-planned (the cockpit's suggestion, applied), the
third impulse ends early, and in the panel seven questions come in: five are answered,
two are left open. Every length is a named value here, so that the tests compute what the
report must say from the scenario instead of repeating numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from moderator.domain import clock
from moderator.domain import handoffs as floor
from moderator.domain.live import after_clock, floor_change
from moderator.domain.model import QuestionSource, QuestionStatus, Slot
from moderator.domain.queue_ops import SetStatus
from moderator.domain.replan import suggest_replan
from moderator.importers.json_event import parse_event_json
from moderator.paths import sample_event_source
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")
DAY = datetime(2021, 6, 9, tzinfo=BERLIN)

#: How late the show starts against the pre-show's planned 13:50.
LATE_START = timedelta(minutes=3)
#: How much longer the first impulse runs than its 20 minutes.
IMPULSE_1_OVER = timedelta(minutes=4, seconds=30)
#: How much earlier the third impulse ends than its (re-planned) length.
IMPULSE_3_UNDER = timedelta(minutes=1)
#: Per answered question: on air for this long.
ANSWER_LENGTH = timedelta(minutes=3)

#: The audience's questions: text, asker, organisation, addressee (a name or ""), source.
QUESTIONS = (
    ("Wie fangen kleine Gemeinden mit Open Data an?", "Maria Beispiel", "Gemeinde Musterdorf", "Ralf Laumer", QuestionSource.CHAT),
    ("Welche Rolle spielt der Nationale Aktionsplan für Kommunen?", "Jan Muster", "Stadt Beispielburg", "Dr. Tobias Plate", QuestionSource.QA_TOOL),
    ("Gibt es internationale Vorbilder <b>für</b> Landkreise?", "Eva Probe", "Landkreis Probe", "David Goessmann", QuestionSource.CHAT),
    ("Wie misst man Bürgerbeteiligung?", "Tom Test", "", "Adriana Groh", QuestionSource.EMAIL),
    ("Was kostet eine Open-Data-Plattform?", "Ute Frage", "Gemeinde Fragstadt", "Ralf Laumer", QuestionSource.LIVE),
    ("Wie geht Open Government mit Datenschutz zusammen?", "Kai Offen", "Stadt Offenbach", "Dr. Kristina Schade", QuestionSource.CHAT),
    ("Wo finde ich Förderprogramme?", "Lea Later", "Gemeinde Spät", "", QuestionSource.EMAIL),
)
#: How many of them are answered (the first ones); the rest stay open.
ANSWERED = 5


@dataclass
class FakeClock:
    """The show's time; tests move it on explicitly."""

    now: datetime

    def at(self, hour: int, minute: int, second: int = 0) -> datetime:
        self.now = DAY.replace(hour=hour, minute=minute, second=second)
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now = self.now + delta
        return self.now


@dataclass
class ShowRun:
    """What the scenario did, for the tests' own arithmetic."""

    path: Path
    planned_before_replan: tuple[Slot, ...]
    replanned: tuple[Slot, ...]
    actual_lengths: dict[int, timedelta] = field(default_factory=dict)
    actual_starts: dict[int, datetime] = field(default_factory=dict)
    ended_at: datetime | None = None
    show_started_at: datetime | None = None
    rehearsal_entries: int = 0
    answered_ids: list[int] = field(default_factory=list)
    open_ids: list[int] = field(default_factory=list)
    #: (question id, the person who answered, on air at, answered at)
    answers: list[tuple[int, int, datetime, datetime]] = field(default_factory=list)


class Show:
    """Live actions on an event file, as the cockpit does them, at the fake clock's time."""

    def __init__(self, store: EventStore, time: FakeClock) -> None:
        self.store = store
        self.time = time

    def clock_action(self, action: str, *args: object) -> None:
        now = self.time.now
        slots = self.store.slots()
        moves = {
            "start": lambda state: clock.start_show(state, slots, now),
            "next": lambda state: clock.next_slot(state, slots, now),
            "end": lambda state: clock.end_show(state, now),
            "reset": lambda state: clock.reset_show(state, now),
        }
        self.store.change_live(lambda state, records: after_clock(state, moves[action](state), records, now))

    def hand_off(self, person_id: int) -> None:
        now = self.time.now
        slot_id = self.store.live().current_slot_id
        self.store.change_live(
            lambda state, records: floor_change(floor.hand_off(floor.current_handoff(records), person_id, slot_id, now))
        )

    def status(self, question_id: int, status: QuestionStatus) -> None:
        self.store.change_queue(SetStatus(question_id, status), now=self.time.now, slot_id=self.store.live().current_slot_id)


def run_seed_show(folder: Path) -> ShowRun:
    """Create the seed event in ``folder`` and run the scenario of the module on it."""
    draft = parse_event_json(sample_event_source().read_text(encoding="utf-8"))
    path = folder / "lounge.moderator"
    store = EventStore.create(path, draft)
    time = FakeClock(DAY)
    show = Show(store, time)
    people = {p.display_name: p.id for p in store.people()}
    slots = store.slots()
    pre_show, welcome, impulse_1, impulse_2, impulse_3, panel = slots
    assert all(s.id is not None for s in slots)

    # The rehearsal: an hour before, then restarted.
    time.at(12, 50)
    show.clock_action("start")
    time.advance(timedelta(minutes=2))
    show.clock_action("next")
    show.hand_off(people["Alexander Handschuh"])
    time.advance(timedelta(minutes=2))
    show.clock_action("reset")
    rehearsal_entries = len(store.log())

    run = ShowRun(path, planned_before_replan=slots, replanned=slots, rehearsal_entries=rehearsal_entries)

    def enter(slot: Slot, action: str) -> None:
        show.clock_action(action)
        assert slot.id is not None
        run.actual_starts[slot.id] = time.now

    def leave(slot: Slot, length: timedelta) -> None:
        assert slot.id is not None
        run.actual_lengths[slot.id] = length

    time.now = pre_show.start + LATE_START
    enter(pre_show, "start")
    run.show_started_at = time.now
    time.advance(pre_show.duration)
    leave(pre_show, pre_show.duration)

    enter(welcome, "next")
    show.hand_off(people["Alexander Handschuh"])
    time.advance(timedelta(minutes=3))
    show.hand_off(people["Dr. Tobias Plate"])
    time.advance(welcome.duration - timedelta(minutes=3))
    leave(welcome, welcome.duration)

    enter(impulse_1, "next")
    show.hand_off(people["Sebastian Haselbeck"])
    time.advance(timedelta(minutes=12))
    show.hand_off(people["Dr. Kristina Schade"])
    time.advance(impulse_1.duration + IMPULSE_1_OVER - timedelta(minutes=12))
    leave(impulse_1, impulse_1.duration + IMPULSE_1_OVER)

    enter(impulse_2, "next")
    # The cockpit suggests shortening what follows; the moderator applies it.
    current = store.slots()
    reading = clock.read(store.live(), current, time.now, clock.actual_starts(store.log()))
    event_end = store.event().end
    plan = suggest_replan(reading, current, event_end)
    assert plan is not None, "the late show must produce a re-planning suggestion"
    store.change_run_sheet(plan)
    run.replanned = store.slots()
    impulse_2, impulse_3, panel = run.replanned[3:]
    show.hand_off(people["David Goessmann"])
    time.advance(impulse_2.duration)
    leave(impulse_2, impulse_2.duration)

    enter(impulse_3, "next")
    show.hand_off(people["Ralf Laumer"])
    time.advance(impulse_3.duration - IMPULSE_3_UNDER)
    leave(impulse_3, impulse_3.duration - IMPULSE_3_UNDER)

    enter(panel, "next")
    panel_start = time.now
    show.hand_off(people["Alexander Handschuh"])
    ids = []
    for text, asked_by, organisation, to, source in QUESTIONS:
        question = store.add_question(
            text, now=time.now, asked_by=asked_by, organisation=organisation,
            addressed_to=people[to] if to else None, source=source, created_by="Co-Host Chat",
        )
        assert question.id is not None
        ids.append(question.id)
    for question_id in ids:
        show.status(question_id, QuestionStatus.QUEUED)
    time.advance(timedelta(minutes=1))
    for index, question_id in enumerate(ids[:ANSWERED]):
        addressee = store.question(question_id).addressed_to  # type: ignore[union-attr]
        answerer = addressee if addressee is not None else people["David Goessmann"]
        on_air = time.now
        show.status(question_id, QuestionStatus.ON_AIR)
        show.hand_off(answerer)
        time.advance(ANSWER_LENGTH)
        show.hand_off(people["Alexander Handschuh"])
        show.status(question_id, QuestionStatus.ANSWERED)
        run.answers.append((question_id, answerer, on_air, time.now))
        time.advance(timedelta(seconds=30) * index)
    time.now = panel_start + panel.duration
    leave(panel, panel.duration)
    show.clock_action("end")
    run.ended_at = time.now
    run.answered_ids = ids[:ANSWERED]
    run.open_ids = ids[ANSWERED:]
    store.close()
    return run
