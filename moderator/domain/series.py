"""The next event of a series: the same run sheet on another day.

A lounge recurs with the same shape: welcome, three impulses, a panel. The next one takes
the structure, kinds, lengths, pins, warnings, notes and (optionally) the people with
their intros from an earlier event or a template, moved to a new date (and, if given, a
new start). Nothing of what happened comes along: no live state, log, hand-offs,
questions, follow-ups or readiness — those live in tables this draft never fills.

Times move in the event's wall clock, not by a fixed number of hours: a 14:00 slot in
June stays a 14:00 slot in December, across the change of summer time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from moderator.domain.model import Event, EventDraft, EventSnapshot, Role


def _moved(value: datetime, zone: ZoneInfo, day_shift: timedelta, time_shift: timedelta) -> datetime:
    """``value`` moved by whole days and a wall-clock shift, in ``zone``."""
    local = value.astimezone(zone).replace(tzinfo=None)
    return (local + day_shift + time_shift).replace(tzinfo=zone)


def next_in_series(
    snapshot: EventSnapshot,
    day: date,
    *,
    title: str | None = None,
    start: time | None = None,
    keep_people: bool = True,
) -> EventDraft:
    """The event of ``snapshot`` as a new draft on ``day`` (see the module).

    ``start`` moves the whole run sheet so that the event starts then (default: the same
    time of day); ``title`` replaces the title; without ``keep_people`` the slots keep
    their kinds and lengths but nobody is on them yet.
    """
    event = snapshot.event
    zone = ZoneInfo(event.timezone)
    old_start = event.start.astimezone(zone)
    day_shift = timedelta(days=(day - old_start.date()).days)
    time_shift = timedelta(0)
    if start is not None:
        time_shift = datetime.combine(old_start.date(), start) - old_start.replace(tzinfo=None)
    new_event = Event(
        title=event.title if title is None else title,
        start=_moved(event.start, zone, day_shift, time_shift),
        end=_moved(event.end, zone, day_shift, time_shift),
        timezone=event.timezone,
        series=event.series,
        subtitle=event.subtitle,
        meeting_link=event.meeting_link,
        stream_link=event.stream_link,
        registration_link="",  # each date has a registration of its own
        description=event.description,
        language=event.language,
    )
    people = {person.id: person for person in snapshot.people} if keep_people else {}
    slots = tuple(
        replace(slot, id=None, participants=(), start=_moved(slot.start, zone, day_shift, time_shift))
        for slot in snapshot.slots
    )
    slot_people: tuple[tuple[tuple[str, Role], ...], ...] = tuple(
        tuple((people[p.person_id].key, p.role) for p in slot.participants if p.person_id in people)
        for slot in snapshot.slots
    )
    return EventDraft(
        event=new_event,
        people=tuple(replace(person, id=None) for person in people.values()),
        slots=slots,
        slot_people=slot_people,
    )
