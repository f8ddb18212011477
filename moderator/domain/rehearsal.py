"""A rehearsal: the show run now, on today's clock, and then put back as it was.

An event is prepared days before it airs; a moderator who wants to practise runs it
*now*. A rehearsal lays the run sheet on today: every planned start moves by one offset
(the first slot starts at the chosen instant), so the countdown, the drift and the
projected end read as they will on the day. Ending it puts the real show back.

How it is kept apart from the real show, in the one log every client already reads:

- ``rehearsal_started`` opens a rehearsal; its ``detail`` holds (as JSON) the instant the
  plan is laid on, and what it set aside: the live state and the hand-off records of the
  real show. ``rehearsal_ended`` closes it. Everything logged between the two (clock,
  hand-offs, questions) belongs to the rehearsal: :func:`show_log` leaves it out,
  :func:`rehearsal_entries` keeps only it. Exports and the after-show report read
  :func:`show_log`.
- While it runs the stored live state and hand-off records are the rehearsal's own; ending
  it stores back what was set aside (the rehearsal's talk times stay readable from its
  log entries).
- Questions asked during the rehearsal (created after it started) may be kept or dropped.

Plain Python; the service (:mod:`moderator.app.service`) runs it as two operations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from moderator.domain import handoffs as floor
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.live import LiveChange
from moderator.domain.model import Event, Handoff, LiveState, LogEntry, Question, Slot

REHEARSAL_STARTED = "rehearsal_started"
REHEARSAL_ENDED = "rehearsal_ended"

ALREADY = QT_TRANSLATE_NOOP("rehearsal", "A rehearsal is running already.")
NOT_REHEARSING = QT_TRANSLATE_NOOP("rehearsal", "No rehearsal is running.")
NO_SLOTS = QT_TRANSLATE_NOOP("rehearsal", "The run sheet has no slots to rehearse.")


class RehearsalError(UserError):
    context = "rehearsal"


@dataclass(frozen=True, slots=True)
class Rehearsal:
    """A running rehearsal, read back from its ``rehearsal_started`` log entry."""

    #: When the rehearsal began (the log entry's instant).
    started_at: datetime
    #: The instant the run sheet's first slot is laid on.
    plan_start: datetime
    #: How far every planned start moves (plan_start − the first slot's planned start).
    offset: timedelta
    #: The real show's live state and hand-off records, set aside while rehearsing.
    saved_live: LiveState
    saved_handoffs: tuple[Handoff, ...]
    #: The log id of the opening entry (entries after it are the rehearsal's).
    entry_id: int | None = None


# -- the plan on today's clock ---------------------------------------------------------------


def shifted_slots(slots: Sequence[Slot], offset: timedelta) -> tuple[Slot, ...]:
    """The run sheet with every planned start moved by ``offset`` (exact, in UTC)."""
    if not offset:
        return tuple(slots)
    return tuple(
        replace(slot, start=(slot.start.astimezone(timezone.utc) + offset).astimezone(slot.start.tzinfo))
        for slot in slots
    )


def shifted_event(event: Event, offset: timedelta) -> Event:
    if not offset:
        return event
    def moved(value: datetime) -> datetime:
        return (value.astimezone(timezone.utc) + offset).astimezone(value.tzinfo)

    return replace(event, start=moved(event.start), end=moved(event.end))


def offset_for(slots: Sequence[Slot], plan_start: datetime) -> timedelta:
    if not slots:
        raise RehearsalError(NO_SLOTS)
    # In UTC: two instants in the same zone subtract as wall times, which is an hour off
    # across a daylight-saving change (June's plan laid on a December day).
    first = min(slot.start.astimezone(timezone.utc) for slot in slots)
    return plan_start.astimezone(timezone.utc) - first


# -- reading it from the log -------------------------------------------------------------------


def _encode(plan_start: datetime, offset: timedelta, live: LiveState, records: Sequence[Handoff]) -> str:
    import json  # with a rehearsal only: opening the cockpit needs no json

    def instant(value: datetime | None) -> str | None:
        return value.astimezone(timezone.utc).isoformat() if value is not None else None

    return json.dumps(
        {
            "plan_start": instant(plan_start),
            "offset_s": offset.total_seconds(),
            "live": {
                "show_started_at": instant(live.show_started_at),
                "show_ended_at": instant(live.show_ended_at),
                "current_slot_id": live.current_slot_id,
                "slot_started_at": instant(live.slot_started_at),
                "adjustment_s": live.adjustment.total_seconds(),
                "paused_at": instant(live.paused_at),
                "paused_total_s": live.paused_total.total_seconds(),
            },
            "handoffs": [
                [h.person_id, h.slot_id, instant(h.started_at), instant(h.ended_at)] for h in records
            ],
        },
        separators=(",", ":"),
    )


def _instant(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _decode(entry: LogEntry) -> Rehearsal:
    import json

    data = json.loads(entry.detail)
    live = data["live"]
    plan_start = _instant(data["plan_start"])
    assert plan_start is not None
    saved = LiveState(
        show_started_at=_instant(live["show_started_at"]),
        show_ended_at=_instant(live["show_ended_at"]),
        current_slot_id=live["current_slot_id"],
        slot_started_at=_instant(live["slot_started_at"]),
        adjustment=timedelta(seconds=live["adjustment_s"]),
        paused_at=_instant(live["paused_at"]),
        paused_total=timedelta(seconds=live["paused_total_s"]),
    )
    records = []
    for person_id, slot_id, started, ended in data["handoffs"]:
        start = _instant(started)
        assert start is not None
        records.append(Handoff(person_id, slot_id, start, _instant(ended)))
    return Rehearsal(
        started_at=entry.at, plan_start=plan_start, offset=timedelta(seconds=data["offset_s"]),
        saved_live=saved, saved_handoffs=tuple(records), entry_id=entry.id,
    )


def current(log: Sequence[LogEntry]) -> Rehearsal | None:
    """The rehearsal running now (its opening entry has no closing one after it), or None."""
    for entry in reversed(log):
        if entry.action == REHEARSAL_ENDED:
            return None
        if entry.action == REHEARSAL_STARTED:
            return _decode(entry)
    return None


def is_rehearsal(entries: Iterable[LogEntry]) -> list[bool]:
    """For each entry (in log order): whether it belongs to a rehearsal (its markers too)."""
    inside = False
    flags = []
    for entry in entries:
        if entry.action == REHEARSAL_STARTED:
            inside = True
            flags.append(True)
        elif entry.action == REHEARSAL_ENDED:
            flags.append(True)
            inside = False
        else:
            flags.append(inside)
    return flags


def show_log(log: Sequence[LogEntry]) -> tuple[LogEntry, ...]:
    """The real show's log: every rehearsal (with its markers) left out."""
    return tuple(entry for entry, rehearsing in zip(log, is_rehearsal(log)) if not rehearsing)


def rehearsal_entries(log: Sequence[LogEntry]) -> tuple[LogEntry, ...]:
    """Only what happened in rehearsals (their markers included)."""
    return tuple(entry for entry, rehearsing in zip(log, is_rehearsal(log)) if rehearsing)


def live_log(log: Sequence[LogEntry]) -> tuple[LogEntry, ...]:
    """The entries the clock's history reads now: the running rehearsal's, else the show's."""
    running = current(log)
    if running is None:
        return show_log(log)
    for index in range(len(log) - 1, -1, -1):
        if log[index].action == REHEARSAL_STARTED:
            return tuple(log[index + 1 :])
    return ()


# -- starting and ending -----------------------------------------------------------------------


def start(
    state: LiveState, records: Sequence[Handoff], slots: Sequence[Slot], plan_start: datetime, now: datetime
) -> LiveChange:
    """Set the real show aside and lay the plan on ``plan_start``: the clock before the show."""
    offset = offset_for(slots, plan_start)
    entry = LogEntry(at=now, action=REHEARSAL_STARTED, detail=_encode(plan_start, offset, state, records))
    cleared = floor.HandoffChange(remove=tuple(h.id for h in records if h.id is not None))
    return LiveChange(
        state=LiveState(revision=state.revision + 1), log=(entry,), handoffs=cleared if records else None
    )


def end(
    rehearsal: Rehearsal,
    state: LiveState,
    records: Sequence[Handoff],
    questions: Sequence[Question],
    now: datetime,
    *,
    keep_questions: bool,
) -> LiveChange:
    """Put back the real show as it was set aside; drop the rehearsal's questions unless kept."""
    entry = LogEntry(at=now, action=REHEARSAL_ENDED, detail="kept questions" if keep_questions else "")
    restore = floor.HandoffChange(
        remove=tuple(h.id for h in records if h.id is not None), restore=rehearsal.saved_handoffs
    )
    dropped = () if keep_questions else rehearsal_questions(rehearsal, questions)
    return LiveChange(
        state=replace(rehearsal.saved_live, revision=state.revision + 1),
        log=(entry,),
        handoffs=restore,
        drop_questions=tuple(q.id for q in dropped if q.id is not None),
    )


def rehearsal_questions(rehearsal: Rehearsal, questions: Iterable[Question]) -> tuple[Question, ...]:
    """The questions entered while the rehearsal ran."""
    return tuple(q for q in questions if q.created_at >= rehearsal.started_at)
