"""The after-show report as plain values: what happened, computed from the event file.

:func:`build_report` turns the event's snapshot, its log of live actions and its hand-off
records into a :class:`Report`; the renderers (:mod:`.report_html` for HTML and, through
Qt, the PDF; :mod:`.report_text` for Markdown and CSV) only lay it out. Nothing here
imports Qt or the database.

What the numbers mean, and why:

- **Actual times** come from the log: a slot runs from its "slot_started" entry to the next
  "slot_started" or "show_ended". A slot started twice (after "previous" or a jump) adds
  up its runs; its actual start is its first. Pauses count as show time: the audience
  waited through them.
- **Planned times** are the run sheet as it is now, so after a re-plan the shortened
  lengths are the plan (the file keeps no earlier plan).
- **Drift** is the actual end of the show against the planned end of the last slot, and
  its sources add up to it: the late (or early) start, each slot's overrun or underrun,
  the slots skipped, the slack the plan leaves between slots (a re-plan shortens the later
  slots and so leaves a gap after the current one), and "other" for anything left.
- **Rehearsals are left out**: :func:`split_rehearsal` decides which log entries belong to
  a rehearsal: everything between "rehearsal_started" and "rehearsal_ended"
  (:mod:`moderator.domain.rehearsal`, *Rehearse now*), and, for a practice run without that
  mode, everything before the last "show_reset" (a restart, see
  :func:`moderator.domain.clock.reset_show`). Hand-off records have no log of their own;
  those that started before the real show's first entry are left out with them.
- **Answered by**: the people who held the floor while the question was on air (the
  moderator and host only when nobody else spoke), longest first; the addressee if no
  hand-off was recorded.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from moderator.domain import handoffs as floor
from moderator.domain.clock import ClockAction
from moderator.domain.followups import OPEN_STATUSES
from moderator.domain.model import (
    Event,
    EventSnapshot,
    Handoff,
    LogEntry,
    Person,
    Question,
    QuestionSource,
    QuestionStatus,
    Role,
    Slot,
    SlotKind,
)
from moderator.domain.queue import QueueAction

ZERO = timedelta(0)

#: Slot kinds whose talk is a panel: their balance is shown.
PANEL_KINDS = frozenset({SlotKind.PANEL, SlotKind.QA})


class DriftCause:
    """What a :class:`DriftSource` is about (plain strings, so they print and compare)."""

    LATE_START = "late_start"
    OVERRUN = "overrun"
    SKIPPED = "skipped"
    PLAN_SLACK = "plan_slack"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class SlotOutcome:
    """One slot, planned against actual."""

    slot_id: int | None
    title: str
    kind: SlotKind
    planned_start: datetime
    planned_length: timedelta
    #: ``None`` for a slot that never ran.
    actual_start: datetime | None
    actual_length: timedelta

    @property
    def ran(self) -> bool:
        return self.actual_start is not None

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + self.planned_length

    @property
    def start_delta(self) -> timedelta | None:
        """How late (positive) or early the slot started."""
        return None if self.actual_start is None else self.actual_start - self.planned_start

    @property
    def over(self) -> timedelta | None:
        """How much longer (positive) or shorter it ran than planned."""
        return None if self.actual_start is None else self.actual_length - self.planned_length


@dataclass(frozen=True, slots=True)
class DriftSource:
    """A part of the show's total drift: ``cause`` (a :class:`DriftCause`) in ``slot_title``."""

    cause: str
    amount: timedelta
    slot_title: str = ""


@dataclass(frozen=True, slots=True)
class TalkTime:
    """One person's talk over the whole show."""

    person_id: int
    name: str
    organisation: str
    talk_time: timedelta
    #: Part (0..1) of all the talk in the show.
    share: float


@dataclass(frozen=True, slots=True)
class PanelShare:
    """One person's part of a panel (see :class:`moderator.domain.handoffs.BalanceRow`)."""

    person_id: int
    name: str
    talk_time: timedelta
    share: float
    moderating: bool


@dataclass(frozen=True, slots=True)
class PanelBalance:
    """The balance of one panel or Q&A slot."""

    slot_title: str
    rows: tuple[PanelShare, ...]


@dataclass(frozen=True, slots=True)
class QuestionCounts:
    """How many questions went which way. ``asked`` counts every question entered."""

    asked: int = 0
    accepted: int = 0
    answered: int = 0
    dismissed: int = 0
    merged: int = 0
    open: int = 0


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    """A question answered during the show."""

    question_id: int | None
    text: str
    asked_by: str
    organisation: str
    addressee: str
    answered_by: tuple[str, ...]
    on_air_at: datetime | None
    answered_at: datetime
    slot_title: str

    @property
    def answer_time(self) -> timedelta | None:
        """From on air to answered."""
        return None if self.on_air_at is None else self.answered_at - self.on_air_at


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A question still open after the show: the follow-ups start from these."""

    question_id: int | None
    text: str
    asked_by: str
    organisation: str
    addressed_to: int | None
    addressee: str
    status: QuestionStatus
    source: QuestionSource
    votes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class LogLine:
    """One live action as the report lists it (names instead of ids)."""

    at: datetime
    action: str
    slot_title: str
    person: str
    detail: str
    by: str


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the after-show report says, as plain values (see the module)."""

    event: Event
    made_at: datetime
    #: The first slot's planned start and the last slot's planned end.
    planned_start: datetime
    planned_end: datetime
    show_started_at: datetime | None
    show_ended_at: datetime | None
    slots: tuple[SlotOutcome, ...]
    #: Actual end (or now, while the show runs) minus planned end; None before the show.
    drift: timedelta | None
    drift_sources: tuple[DriftSource, ...]
    talk: tuple[TalkTime, ...]
    panels: tuple[PanelBalance, ...]
    counts: QuestionCounts
    by_source: tuple[tuple[QuestionSource, int], ...]
    #: (addressee's name, or "" for nobody in particular; count), most first.
    by_addressee: tuple[tuple[str, int], ...]
    answered: tuple[AnsweredQuestion, ...]
    open_questions: tuple[OpenQuestion, ...]
    log: tuple[LogLine, ...]
    #: Log entries left out as a rehearsal (see :func:`split_rehearsal`).
    rehearsal_entries: int


#: Decides which log entries are a rehearsal: returns (rehearsal, show), both oldest first.
RehearsalSplit = Callable[[Sequence[LogEntry]], tuple[tuple[LogEntry, ...], tuple[LogEntry, ...]]]


def split_rehearsal(log: Sequence[LogEntry]) -> tuple[tuple[LogEntry, ...], tuple[LogEntry, ...]]:
    """The log's rehearsal entries and the show's (see the module).

    Rehearsals of *Rehearse now* are left out wherever they are; then, as the clock forgets
    the starts before a reset (:func:`moderator.domain.clock.actual_starts`), the report
    does the same with the rest of the log.
    """
    from moderator.domain.rehearsal import is_rehearsal

    flags = is_rehearsal(log)
    rehearsed = tuple(entry for entry, flag in zip(log, flags, strict=True) if flag)
    log = tuple(entry for entry, flag in zip(log, flags, strict=True) if not flag)
    last_reset = -1
    for index, entry in enumerate(log):
        if entry.action == ClockAction.SHOW_RESET:
            last_reset = index
    cut = last_reset + 1
    # The reset's own consequences (the floor closed with it) are written in the same
    # transaction, right after it and at the same instant: they belong to the rehearsal.
    while last_reset >= 0 and cut < len(log) and log[cut].at == log[last_reset].at:
        cut += 1
    return rehearsed + tuple(log[:cut]), tuple(log[cut:])


def build_report(
    snapshot: EventSnapshot,
    log: Sequence[LogEntry],
    handoffs: Sequence[Handoff],
    *,
    now: datetime | None = None,
    rehearsal: RehearsalSplit = split_rehearsal,
) -> Report:
    """The after-show report of ``snapshot`` (see the module for what each number means).

    ``now`` closes what is still running (a show not ended, a speaker still on); it
    defaults to the show's end, else the current time.
    """
    left_out, show_log = rehearsal(log)
    live = snapshot.live
    made_at = now if now is not None else datetime.now(timezone.utc)
    end = live.show_ended_at or made_at
    first_show_entry = show_log[0].at if show_log else None
    show_handoffs = tuple(
        h for h in handoffs if first_show_entry is not None and h.started_at >= first_show_entry
    )
    names = {person.id: person for person in snapshot.people}
    slot_titles = {slot.id: slot.title for slot in snapshot.slots}

    outcomes = _slot_outcomes(snapshot.slots, show_log, end)
    planned_start = snapshot.slots[0].start if snapshot.slots else snapshot.event.start
    planned_end = max((s.end for s in snapshot.slots), default=snapshot.event.end)
    started = live.show_started_at is not None and any(o.ran for o in outcomes)
    drift = end - planned_end if started else None
    sources = _drift_sources(outcomes, drift) if drift is not None else ()

    pauses = floor.paused_spans(show_log)
    times = floor.talk_times(show_handoffs, pauses, end)
    total = sum(times.values(), start=ZERO)
    talk = tuple(
        sorted(
            (
                TalkTime(
                    person_id=pid,
                    name=_name(names.get(pid)),
                    organisation=(names[pid].organisation if pid in names else ""),
                    talk_time=spent,
                    share=spent / total if total > ZERO else 0.0,
                )
                for pid, spent in times.items()
            ),
            key=lambda row: (-row.talk_time, row.name),
        )
    )
    panels = tuple(
        PanelBalance(
            slot.title,
            tuple(
                PanelShare(row.person_id, _name(names.get(row.person_id)), row.talk_time, row.share, row.moderating)
                for row in floor.balance(slot, show_handoffs, pauses, end)
            ),
        )
        for slot in snapshot.slots
        if slot.kind in PANEL_KINDS and slot.id is not None and any(o.slot_id == slot.id and o.ran for o in outcomes)
    )

    questions = snapshot.questions
    counts, by_source, by_addressee = _question_counts(questions, log, names)
    answered = _answered(questions, show_handoffs, snapshot.slots, names, slot_titles)
    open_questions = tuple(
        OpenQuestion(
            question_id=q.id, text=q.text, asked_by=q.asked_by, organisation=q.organisation,
            addressed_to=q.addressed_to, addressee=_name(names.get(q.addressed_to)) if q.addressed_to else "",
            status=q.status, source=q.source, votes=q.votes, created_at=q.created_at,
        )
        for q in questions
        if q.status in OPEN_STATUSES
    )
    log_lines = tuple(
        LogLine(
            at=entry.at,
            action=entry.action,
            slot_title=slot_titles.get(entry.slot_id, "") if entry.slot_id is not None else "",
            person=_name(names.get(entry.person_id)) if entry.person_id is not None else "",
            detail=entry.detail,
            by=entry.by,
        )
        for entry in show_log
    )
    return Report(
        event=snapshot.event,
        made_at=made_at,
        planned_start=planned_start,
        planned_end=planned_end,
        show_started_at=live.show_started_at,
        show_ended_at=live.show_ended_at,
        slots=outcomes,
        drift=drift,
        drift_sources=sources,
        talk=talk,
        panels=panels,
        counts=counts,
        by_source=by_source,
        by_addressee=by_addressee,
        answered=answered,
        open_questions=open_questions,
        log=log_lines,
        rehearsal_entries=len(left_out),
    )


def _name(person: Person | None) -> str:
    return person.display_name if person is not None else ""


def _slot_outcomes(slots: Sequence[Slot], show_log: Sequence[LogEntry], end: datetime) -> tuple[SlotOutcome, ...]:
    """Each slot's actual start and length from the runs the log records."""
    first_start: dict[int, datetime] = {}
    length: dict[int, timedelta] = {}
    running: tuple[int, datetime] | None = None

    def close(at: datetime) -> None:
        nonlocal running
        if running is not None:
            slot_id, since = running
            length[slot_id] = length.get(slot_id, ZERO) + max(ZERO, at - since)
            running = None

    for entry in show_log:
        if entry.action == ClockAction.SLOT_STARTED and entry.slot_id is not None:
            close(entry.at)
            first_start.setdefault(entry.slot_id, entry.at)
            running = (entry.slot_id, entry.at)
        elif entry.action == ClockAction.SHOW_ENDED:
            close(entry.at)
    close(end)
    return tuple(
        SlotOutcome(
            slot_id=slot.id, title=slot.title, kind=slot.kind, planned_start=slot.start,
            planned_length=slot.duration,
            actual_start=first_start.get(slot.id) if slot.id is not None else None,
            actual_length=length.get(slot.id, ZERO) if slot.id is not None else ZERO,
        )
        for slot in slots
    )


def _drift_sources(outcomes: Sequence[SlotOutcome], drift: timedelta) -> tuple[DriftSource, ...]:
    """Where the drift came from; the amounts add up to ``drift`` (see the module)."""
    sources: list[DriftSource] = []
    ran = [o for o in outcomes if o.ran]
    if not ran:
        return (DriftSource(DriftCause.OTHER, drift),) if drift else ()
    # The show's start against the plan of the slot it started with: slots planned before
    # it (a skipped pre-show) shift nothing after it.
    first = min(ran, key=lambda o: o.actual_start or o.planned_start)
    assert first.actual_start is not None
    late = first.actual_start - first.planned_start
    if late:
        sources.append(DriftSource(DriftCause.LATE_START, late, first.title))
    for outcome in outcomes:
        if not outcome.ran:
            if outcome.planned_start >= first.planned_start:
                sources.append(DriftSource(DriftCause.SKIPPED, -outcome.planned_length, outcome.title))
        elif outcome.over:
            sources.append(DriftSource(DriftCause.OVERRUN, outcome.over, outcome.title))
    # Time the plan itself leaves between slots (a re-plan that shortened the later slots
    # leaves such a gap after the current one) absorbs delay: it counts against the drift.
    planned_from_first = [o for o in outcomes if o.planned_start >= first.planned_start]
    slack = max(o.planned_end for o in outcomes) - first.planned_start - sum(
        (o.planned_length for o in planned_from_first), start=ZERO
    )
    if slack:
        sources.append(DriftSource(DriftCause.PLAN_SLACK, -slack))
    rest = drift - sum((s.amount for s in sources), start=ZERO)
    if rest:
        sources.append(DriftSource(DriftCause.OTHER, rest))
    return tuple(sources)


def _question_counts(
    questions: Sequence[Question], log: Sequence[LogEntry], people: dict[int | None, Person]
) -> tuple[QuestionCounts, tuple[tuple[QuestionSource, int], ...], tuple[tuple[str, int], ...]]:
    """The counts, by source and by addressee.

    "Accepted" is every question that reached the queue: those queued, on air or answered
    now, and those the log shows queued before they were dismissed.
    """
    queued_ever = {
        entry.detail.split(" ", 1)[0]
        for entry in log
        if entry.action == QueueAction.STATUS and entry.detail.endswith((" queued", " on_air"))
    }
    status = Counter(q.status for q in questions)
    merged = sum(1 for q in questions if q.merged_into is not None)
    accepted = sum(
        1
        for q in questions
        if q.status in (QuestionStatus.QUEUED, QuestionStatus.ON_AIR, QuestionStatus.ANSWERED)
        or (q.merged_into is None and str(q.id) in queued_ever)
    )
    counts = QuestionCounts(
        asked=len(questions),
        accepted=accepted,
        answered=status[QuestionStatus.ANSWERED],
        dismissed=status[QuestionStatus.DISMISSED] - merged,
        merged=merged,
        open=sum(status[s] for s in OPEN_STATUSES),
    )
    sources = Counter(q.source for q in questions)
    by_source = tuple((source, sources[source]) for source in QuestionSource if sources[source])
    addressees = Counter(_name(people.get(q.addressed_to)) if q.addressed_to else "" for q in questions)
    by_addressee = tuple(sorted(addressees.items(), key=lambda item: (-item[1], item[0] == "", item[0])))
    return counts, by_source, by_addressee


def _answered(
    questions: Sequence[Question],
    handoffs: Sequence[Handoff],
    slots: Sequence[Slot],
    people: dict[int | None, Person],
    slot_titles: dict[int | None, str],
) -> tuple[AnsweredQuestion, ...]:
    """The answered questions in the order they were answered, with who answered."""
    ordered = sorted(handoffs, key=lambda h: h.started_at)
    starts = [h.started_at for h in ordered]
    moderating = {
        (slot.id, p.person_id) for slot in slots for p in slot.participants if p.role in (Role.MODERATOR, Role.HOST)
    }
    rows = []
    for q in sorted(
        (q for q in questions if q.status == QuestionStatus.ANSWERED and q.answered_at is not None),
        key=lambda q: (q.answered_at, q.id or 0),
    ):
        assert q.answered_at is not None
        speakers: dict[int, timedelta] = {}
        if q.on_air_at is not None:
            # Hand-offs follow each other: walk back from the last one that started before
            # the answer ended until one ended before the question went on air.
            index = bisect_right(starts, q.answered_at) - 1
            while index >= 0:
                turn = ordered[index]
                turn_end = turn.ended_at or q.answered_at
                if turn_end <= q.on_air_at:
                    break
                overlap = min(turn_end, q.answered_at) - max(turn.started_at, q.on_air_at)
                if overlap > ZERO:
                    speakers[turn.person_id] = speakers.get(turn.person_id, ZERO) + overlap
                index -= 1
        floor_people = {pid: spent for pid, spent in speakers.items() if (q.answered_in_slot, pid) not in moderating}
        chosen = floor_people or speakers
        answered_by = tuple(
            _name(people.get(pid)) for pid, _spent in sorted(chosen.items(), key=lambda item: (-item[1], item[0]))
        )
        if not answered_by and q.addressed_to:
            answered_by = (_name(people.get(q.addressed_to)),)
        rows.append(
            AnsweredQuestion(
                question_id=q.id, text=q.text, asked_by=q.asked_by, organisation=q.organisation,
                addressee=_name(people.get(q.addressed_to)) if q.addressed_to else "",
                answered_by=answered_by, on_air_at=q.on_air_at, answered_at=q.answered_at,
                slot_title=slot_titles.get(q.answered_in_slot, "") if q.answered_in_slot is not None else "",
            )
        )
    return tuple(rows)
