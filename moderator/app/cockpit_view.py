"""What the cockpit shows, computed without Qt: the snapshot and the clock reading in, a
frozen :class:`CockpitView` out. ``CockpitWindow`` only lays it out and paints it.

The values are named tuples: immutable like frozen dataclasses, and cheaper to define.
The first paint needs all eight, and on Python 3.11 a frozen dataclass costs ~0.5 ms to
define (it compiles six methods), a named tuple ~0.1 ms.

Every text a person reads is a :class:`Text`: an English template marked for translation
in the window's context and the values to fill in; the window translates it (so this
module never needs Qt, and a test reads the same values the window paints).

Who is up next, the askers of merged questions, the Q&A budget line, the panel balance
and its hint, the show's date and the rehearsal mark are decided here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import NamedTuple
from zoneinfo import ZoneInfo

from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.clock import ClockReading, Phase
from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.handoffs import BalanceRow, Span
from moderator.domain.model import EventSnapshot, Handoff, Person, Question, QuestionStatus, Slot, SlotKind

#: The translation context of every text here: the window that shows them.
CONTEXT = "CockpitWindow"

#: A panelist is "far under their share" below this part of an even share.
UNDER_SHARE = 0.5


class Text(NamedTuple):
    """An English template (marked for translation in :data:`CONTEXT`) and its fields."""

    template: str
    fields: tuple[tuple[str, object], ...] = ()

    def render(self, translate: Callable[[str], str]) -> str:
        """The text in the UI's language (``translate`` maps a template to its translation)."""
        values = {key: value.render(translate) if isinstance(value, Text) else value for key, value in self.fields}
        return fill(translate(self.template), **values)


def text(template: str, **fields: object) -> Text:
    """A text to translate; write the template as ``QT_TRANSLATE_NOOP("CockpitWindow", ...)``
    so that ``lupdate`` finds it."""
    return Text(template, tuple(fields.items()))


def render(value: str | Text, translate: Callable[[str], str]) -> str:
    """A plain value as it is, a :class:`Text` translated."""
    return value.render(translate) if isinstance(value, Text) else value


def format_countdown(remaining: timedelta) -> str:
    """m:ss (h:mm:ss above an hour); overtime counts up with a "+" sign.

    The countdown shows whole seconds rounded up, so "0:01" is the last second, "0:00"
    the instant the time runs out, and overtime starts at "+0:00" right after it (the
    clock's phase turns to overtime at the same moment).
    """
    micro = remaining // timedelta(microseconds=1)
    if micro >= 0:
        seconds = -(-micro // 1_000_000)  # ceiling
        sign = ""
    else:
        seconds = (-micro) // 1_000_000
        sign = "+"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def format_duration(delta: timedelta) -> str:
    """A signed-less m:ss for elapsed times and drift magnitudes (floor seconds)."""
    seconds = abs(delta) // timedelta(seconds=1)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def short_title(title: str, limit: int = 24) -> str:
    """A slot's name for a one-line list: up to its first colon, or cut with an ellipsis."""
    head = title.split(":", 1)[0].strip()
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


def person_line(person: Person) -> str:
    """Function and organisation, as one line under the name."""
    return " · ".join(part for part in (person.function, person.organisation) if part)


# -- the parts of the view ---------------------------------------------------------------------


class PersonCard(NamedTuple):
    """A person card (now speaking, up next)."""

    heading: Text
    name: str | Text
    details: str = ""
    #: Under the name: the answer time (now speaking) or how to say the name (up next).
    note: Text | None = None
    over: bool = False
    intro: str = ""


class OnAir(NamedTuple):
    """The question on air, or None in :attr:`CockpitView.on_air` when there is none."""

    text: str
    who: tuple[Text, ...]


class Balance(NamedTuple):
    """The panel's talk time, and whom to give the floor or the next question."""

    rows: tuple[BalanceRow, ...]
    speaking: int | None
    show_totals: Mapping[int, timedelta]
    #: Who should get the floor next (has not spoken, or far under their share).
    due: tuple[int, ...] = ()
    #: For each person: how many waiting questions are addressed to them.
    waiting: Mapping[int, int] = MappingProxyType({})
    hint: Text | None = None


class CockpitView(NamedTuple):
    """Everything the cockpit shows at one moment, as plain values."""

    phase: Phase
    paused: bool
    heading: Text | None
    kind: SlotKind | None
    title: str | Text
    countdown: str | Text
    #: The countdown flashes this second (final phase and the first seconds of overtime).
    flash: bool
    progress: float
    elapsed: Text | None
    wall_clock: str
    drift: Text
    late: bool
    projected_end: Text
    #: The event's date when it is not today (None on the day).
    show_date: Text | None
    rehearsal: bool
    #: The show is on another day and no rehearsal runs: offer one.
    offer_rehearsal: bool
    now: PersonCard
    next: PersonCard
    cue: Text | None
    balance: Balance | None
    on_air: OnAir | None
    budget: Text | None
    suggestion: Text | None
    speaker_name: str
    #: Who asked each kept question, with the askers of the questions merged into it.
    askers: Mapping[int, tuple[str, ...]]


#: A drift this large means the plan lies on another day, not that the show runs late.
_NOT_A_DRIFT = timedelta(hours=12)


class QueueDigest(NamedTuple):
    """One pass over the queue (it may hold thousands): what the view needs from it.

    Kept up to date change by change (:func:`digest_changed`): a move in a queue of
    100,000 questions must not walk all of them again.
    """

    askers: Mapping[int, tuple[str, ...]]
    #: The questions on air by id (one, unless two co-hosts' changes crossed).
    airing: Mapping[int, Question]
    #: The sum and count of the timed answers (:func:`queue.answer_time`).
    answered_total: timedelta
    answered: int
    waiting_for: Mapping[int, int]

    @property
    def on_air(self) -> Question | None:
        """The question on air (of two, the later one in the queue, as the card shows it)."""
        return max(self.airing.values(), key=queue.order_key, default=None)


_WAITING = (QuestionStatus.NEW, QuestionStatus.QUEUED)


class _Tally:
    """The counts of a :class:`QueueDigest` while they are made: each question counted in
    (``sign`` 1) or, as it was before a change, out again (-1)."""

    __slots__ = ("airing", "answered", "total", "waiting")

    def __init__(self, digest: QueueDigest | None = None) -> None:
        self.airing: dict[int, Question] = dict(digest.airing) if digest is not None else {}
        self.total = digest.answered_total if digest is not None else timedelta(0)
        self.answered = digest.answered if digest is not None else 0
        self.waiting: dict[int, int] = dict(digest.waiting_for) if digest is not None else {}

    def count(self, question: Question, sign: int) -> None:
        status = question.status
        if status is QuestionStatus.ANSWERED:
            took = queue.answer_time(question)
            if took is not None:
                self.total += took * sign
                self.answered += sign
        elif status is QuestionStatus.ON_AIR:
            if sign > 0:
                self.airing[question.id or 0] = question
            else:
                self.airing.pop(question.id or 0, None)
        elif status in _WAITING and question.addressed_to is not None:
            person = question.addressed_to
            left = self.waiting.get(person, 0) + sign
            if left:
                self.waiting[person] = left
            else:
                self.waiting.pop(person, None)

    def digest(self, askers: Mapping[int, tuple[str, ...]]) -> QueueDigest:
        return QueueDigest(askers, self.airing, self.total, self.answered, self.waiting)


def digest(questions: Sequence[Question]) -> QueueDigest:
    merged: dict[int, list[str]] = {}
    tally = _Tally()
    for question in questions:
        if question.merged_into is not None and question.asked_by:
            merged.setdefault(question.merged_into, []).append(question.asked_by)
        tally.count(question, 1)
    by_id = {q.id: q for q in questions if q.id in merged}
    askers: dict[int, tuple[str, ...]] = {}
    for keep_id, names in merged.items():
        kept = by_id.get(keep_id)
        own = [kept.asked_by] if kept is not None and kept.asked_by else []
        askers[keep_id] = tuple(dict.fromkeys(own + names))
    return tally.digest(askers)


def digest_changed(previous: QueueDigest, changes: Sequence[tuple[Question | None, Question]]) -> QueueDigest | None:
    """``previous`` after ``changes`` ((before, after) of each changed question, before
    ``None`` for a new one); ``None`` when only a new :func:`digest` can tell (a merge, or
    the asker of a question others were merged into changed)."""
    tally = _Tally(previous)
    for old, new in changes:
        if new.merged_into is not None or (old is not None and old.merged_into is not None):
            return None
        if new.id in previous.askers and (old is None or old.asked_by != new.asked_by):
            return None
        if old is not None:
            tally.count(old, -1)
        tally.count(new, 1)
    return tally.digest(previous.askers)


class Settings(NamedTuple):
    """What the user chose that changes what the cockpit shows."""

    answer_limit_seconds: int = 0
    cue_seconds: int = 60
    flash: bool = True
    #: The keys to name in hints (as the user set them).
    handoff_key: str = ""


class Inputs(NamedTuple):
    """What the presenter reads: the service's state at one moment."""

    snapshot: EventSnapshot
    reading: ClockReading
    slots: tuple[Slot, ...]
    handoffs: tuple[Handoff, ...]
    pauses: tuple[Span, ...]
    rehearsing: bool
    replan_cuts: tuple[tuple[Slot, timedelta], ...]
    read_only: bool


class CockpitPresenter:
    """Turns the service's state into a :class:`CockpitView`.

    Keeps the last queue digest, so a repaint each second does not walk thousands of
    questions when the queue did not change, and updates it by the changed questions
    alone when ``changes`` (the service's :meth:`~moderator.app.service.EventService.question_changes`)
    can name them.
    """

    def __init__(
        self,
        changes: Callable[[tuple[Question, ...], tuple[Question, ...]], Sequence[tuple[Question | None, Question]] | None]
        | None = None,
    ) -> None:
        self._digest_of: tuple[Question, ...] | None = None
        self._digest = digest(())
        self._changes = changes

    def queue_digest(self, questions: tuple[Question, ...]) -> QueueDigest:
        if questions is not self._digest_of:
            known = self._digest_of
            changed = self._changes(known, questions) if self._changes is not None and known is not None else None
            # Most of the queue changed (renumbered): one pass over it is cheaper than pairs.
            few = changed is not None and len(changed) <= max(64, len(questions) // 8)
            updated = digest_changed(self._digest, changed) if changed is not None and few else None
            self._digest = updated if updated is not None else digest(questions)
            self._digest_of = questions
        return self._digest

    def present(self, inputs: Inputs, settings: Settings) -> CockpitView:
        reading = inputs.reading
        snapshot = inputs.snapshot
        zone = ZoneInfo(snapshot.event.timezone)
        people = {p.id: p for p in snapshot.people if p.id is not None}
        queue_digest = self.queue_digest(snapshot.questions)
        heading, kind, title = _slot_heading(reading, snapshot)
        running = reading.phase not in (Phase.BEFORE_SHOW, Phase.ENDED)
        elapsed = (
            text(QT_TRANSLATE_NOOP("CockpitWindow", "%2 of %1 elapsed"), elapsed=format_duration(reading.elapsed), allotted=format_duration(reading.allotted))
            if running
            else None
        )
        drift_text, late = _drift(reading.drift)
        end = reading.projected_end.astimezone(zone)
        wall = reading.now.astimezone(zone)
        event_day = snapshot.event.start.astimezone(zone).date()
        on_the_day = event_day == wall.date()
        show_date = None if on_the_day else text(QT_TRANSLATE_NOOP("CockpitWindow", "Event date: %1"), date=_date(event_day))
        countdown: str | Text = format_countdown(reading.remaining)
        if not on_the_day and not inputs.rehearsing and reading.phase is Phase.BEFORE_SHOW:
            # Counting down to a day months away (or long past) says nothing and frightens:
            # the date is what there is to read, and the drift is not a drift yet.
            countdown = _date(event_day)
            drift_text, late = text(QT_TRANSLATE_NOOP("CockpitWindow", "not today")), False
            end = snapshot.event.end.astimezone(zone)
        elif not on_the_day and not inputs.rehearsing and abs(reading.drift) > _NOT_A_DRIFT:
            # The real show started on another day than planned (not a rehearsal): hours
            # "behind plan" say nothing either. A show that runs past midnight keeps its drift.
            drift_text, late = text(QT_TRANSLATE_NOOP("CockpitWindow", "not today")), False
        now_card, speaking, current = _now_card(inputs, settings, people)
        on_air = _on_air(queue_digest, people)
        return CockpitView(
            phase=reading.phase,
            paused=reading.paused,
            heading=heading,
            kind=kind,
            title=title,
            countdown=Text(QT_TRANSLATE_NOOP("CockpitWindow", "End")) if reading.phase is Phase.ENDED else countdown,
            flash=settings.flash and _flash(reading),
            progress=reading.progress if running else 0.0,
            elapsed=elapsed,
            wall_clock=f"{wall.hour:02d}:{wall.minute:02d}:{wall.second:02d}",
            drift=drift_text,
            late=late,
            projected_end=text(QT_TRANSLATE_NOOP("CockpitWindow", "ends %1"), time=f"{end.hour:02d}:{end.minute:02d}"),
            show_date=show_date,
            rehearsal=inputs.rehearsing,
            offer_rehearsal=not on_the_day and not inputs.rehearsing and not inputs.read_only,
            now=now_card,
            next=_next_card(inputs, people, speaking, current),
            cue=_cue(inputs, settings, people),
            balance=_balance(inputs, queue_digest, speaking),
            on_air=on_air,
            budget=_budget(reading, queue_digest),
            suggestion=_suggestion(reading, inputs.replan_cuts),
            speaker_name=people[speaking].display_name if speaking in people else "",
            askers=queue_digest.askers,
        )


# -- the pieces ----------------------------------------------------------------------------------


def _date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _slot_heading(reading: ClockReading, snapshot: EventSnapshot) -> tuple[Text | None, SlotKind | None, str | Text]:
    slot = reading.slot
    if reading.phase is Phase.ENDED:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "Show ended")), None, snapshot.event.title
    if slot is None:
        return None, None, Text(QT_TRANSLATE_NOOP("CockpitWindow", "The run sheet is empty."))
    if reading.phase is Phase.BEFORE_SHOW:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "Before the show · starts with")), None, slot.title
    return None, slot.kind, slot.title


def _flash(reading: ClockReading) -> bool:
    if reading.paused or reading.phase not in (Phase.FINAL, Phase.OVERTIME):
        return False
    # Flash on the odd seconds: calm enough to read, impossible to miss.
    seconds = abs(reading.remaining) // timedelta(seconds=1)
    if reading.phase is Phase.FINAL:
        return seconds % 2 == 1
    return seconds < 10 and seconds % 2 == 1


def _drift(drift: timedelta) -> tuple[Text, bool]:
    if abs(drift) < timedelta(seconds=1):
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "on time")), False
    if drift > timedelta(0):
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "+%1 behind"), drift=format_duration(drift)), True
    return text(QT_TRANSLATE_NOOP("CockpitWindow", "−%1 ahead"), drift=format_duration(drift)), False


def _floor_slot(reading: ClockReading) -> Slot | None:
    return reading.slot if reading.phase not in (Phase.BEFORE_SHOW, Phase.ENDED) else None


def _now_card(inputs: Inputs, settings: Settings, people: Mapping[int, Person]) -> tuple[PersonCard, int | None, Handoff | None]:
    current = floor.current_handoff(inputs.handoffs)
    slot = _floor_slot(inputs.reading)
    if current is not None:
        elapsed = floor.answer_elapsed(current, inputs.pauses, inputs.reading.now)
        limit = settings.answer_limit_seconds
        if limit:
            note = text(QT_TRANSLATE_NOOP("CockpitWindow", "Answer %1 of %2"), elapsed=format_duration(elapsed), limit=format_duration(timedelta(seconds=limit)))
            over = elapsed > timedelta(seconds=limit)
        else:
            note, over = text(QT_TRANSLATE_NOOP("CockpitWindow", "Speaking for %1"), elapsed=format_duration(elapsed)), False
        person = people.get(current.person_id)
        return PersonCard(text(QT_TRANSLATE_NOOP("CockpitWindow", "Now speaking")), person.display_name if person else "—", person_line(person) if person else "", note, over), current.person_id, current
    proposed = floor.proposed_speaker(slot, None) if slot is not None else None
    person = people.get(proposed) if proposed is not None else None
    if person is not None:
        heading = text(QT_TRANSLATE_NOOP("CockpitWindow", "Proposed — press %1 to hand off"), key=settings.handoff_key)
        return PersonCard(heading, person.display_name, person_line(person)), None, None
    return PersonCard(text(QT_TRANSLATE_NOOP("CockpitWindow", "Now speaking")), Text(QT_TRANSLATE_NOOP("CockpitWindow", "Nobody"))), None, None


def _next_card(inputs: Inputs, people: Mapping[int, Person], speaking: int | None, current: Handoff | None) -> PersonCard:
    reading, slots = inputs.reading, inputs.slots
    slot = _floor_slot(reading)
    nxt = None
    if reading.phase is Phase.BEFORE_SHOW:
        nxt = floor.up_next(slots, 0, None, inputs.handoffs) if slots else None
    elif reading.phase is not Phase.ENDED and reading.slot_index is not None:
        anchor = speaking if current is not None and slot is not None and current.slot_id == slot.id else None
        if anchor is None and slot is not None:
            # Nobody on the floor yet: the proposed first speaker is "now", so show who follows.
            anchor = floor.proposed_speaker(slot, None)
        nxt = floor.up_next(slots, reading.slot_index, anchor, inputs.handoffs)
    person = people.get(nxt.person_id) if nxt is not None else None
    slot_title = ""
    if nxt is not None and nxt.in_next_slot:
        slot_title = next((s.title for s in slots if s.id == nxt.slot_id), "")
    heading = text(QT_TRANSLATE_NOOP("CockpitWindow", "Up next in %1"), slot=short_title(slot_title)) if slot_title else text(QT_TRANSLATE_NOOP("CockpitWindow", "Up next"))
    if person is None:
        return PersonCard(heading, "—")
    note = text(QT_TRANSLATE_NOOP("CockpitWindow", "Say: %1"), hint=person.pronunciation) if person.pronunciation else None
    return PersonCard(heading, person.display_name, person_line(person), note, intro=person.intro)


def _cue(inputs: Inputs, settings: Settings, people: Mapping[int, Person]) -> Text | None:
    reading = inputs.reading
    opener = floor.next_slot_opener(inputs.slots, reading.slot_index)
    if opener is None or reading.phase is Phase.BEFORE_SHOW:
        return None
    if not floor.cue_due(reading, timedelta(seconds=settings.cue_seconds)):
        return None
    next_slot, opener_id = opener
    who = people.get(opener_id) if opener_id is not None else None
    if who is None:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "Next: %1"), slot=short_title(next_slot.title, 40))
    organisation = f", {who.organisation}" if who.organisation else ""
    return text(
        QT_TRANSLATE_NOOP("CockpitWindow", "Next: %3 — %1%2"), slot=short_title(next_slot.title, 40), name=who.display_name, organisation=organisation
    )


def _balance(inputs: Inputs, queue_digest: QueueDigest, speaking: int | None) -> Balance | None:
    slot = _floor_slot(inputs.reading)
    if slot is None or not slot.participants:
        return None
    now = inputs.reading.now
    rows = floor.balance(slot, inputs.handoffs, inputs.pauses, now)
    totals = floor.talk_times(inputs.handoffs, inputs.pauses, now)
    waiting = {row.person_id: queue_digest.waiting_for.get(row.person_id, 0) for row in rows}
    # The balance is a panel's question: in a talk the speakers follow the run sheet.
    due = floor_due(rows, speaking) if slot.kind in queue.QUESTION_SLOT_KINDS else ()
    hint = _hint(rows, due, waiting, inputs.snapshot)
    return Balance(rows, speaking, totals, due, waiting, hint)


def floor_due(rows: Sequence[BalanceRow], speaking: int | None) -> tuple[int, ...]:
    """Who should get the floor next: panelists who have not spoken, then those far under
    an even share; the one speaking now is never due."""
    panel = [row for row in rows if not row.moderating]
    if len(panel) < 2:
        return ()
    silent = [row.person_id for row in panel if not row.has_spoken and row.person_id != speaking]
    if silent:
        return tuple(silent)
    even = 1 / len(panel)
    under = sorted((row for row in panel if row.share < even * UNDER_SHARE and row.person_id != speaking), key=lambda r: r.share)
    return tuple(row.person_id for row in under)


def _hint(rows: Sequence[BalanceRow], due: Sequence[int], waiting: Mapping[int, int], snapshot: EventSnapshot) -> Text | None:
    if not due:
        return None
    first = snapshot.person(due[0])
    name = first.display_name if first is not None else "?"
    questions = waiting.get(due[0], 0)
    spoken = next((row.has_spoken for row in rows if row.person_id == due[0]), False)
    if questions:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "Floor to %2: %1 waiting question(s) for them"), name=name, count=questions)
    if not spoken:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "Floor to %1: not spoken yet"), name=name)
    return text(QT_TRANSLATE_NOOP("CockpitWindow", "Floor to %1: far under their share"), name=name)


def _on_air(queue_digest: QueueDigest, people: Mapping[int, Person]) -> OnAir | None:
    current = queue_digest.on_air
    if current is None:
        return None
    who = ", ".join(queue_digest.askers.get(current.id or 0, (current.asked_by,) if current.asked_by else ()))
    if current.organisation:
        who = f"{who} ({current.organisation})" if who else current.organisation
    parts = [text(QT_TRANSLATE_NOOP("CockpitWindow", "asked by %1"), who=who)] if who else []
    to = people.get(current.addressed_to) if current.addressed_to is not None else None
    if to is not None:
        parts.append(text(QT_TRANSLATE_NOOP("CockpitWindow", "to %1"), name=to.display_name))
    return OnAir(current.text, tuple(parts))


def _budget(reading: ClockReading, queue_digest: QueueDigest) -> Text | None:
    budget = queue.budget_of(reading, queue_digest.answered_total, queue_digest.answered, queue.on_air(queue_digest.airing.values()))
    if budget is None:
        return None
    low, high = budget.low, budget.high
    if high == 0:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "no time for another question"))
    if low == high:
        return text(QT_TRANSLATE_NOOP("CockpitWindow", "about %1 more fit"), count=low)
    return text(QT_TRANSLATE_NOOP("CockpitWindow", "%2 to %1 more fit"), low=low, high=high)


def _suggestion(reading: ClockReading, cuts: Sequence[tuple[Slot, timedelta]]) -> Text | None:
    if not cuts:
        return None
    parts = "; ".join(f"{short_title(slot.title)} −{format_duration(cut)}" for slot, cut in cuts)
    return text(QT_TRANSLATE_NOOP("CockpitWindow", "Running %2 late. To end on time: %1"), drift=format_duration(reading.drift), cuts=parts)


def today_in(zone: str, now: datetime) -> date:
    return now.astimezone(ZoneInfo(zone)).date()
