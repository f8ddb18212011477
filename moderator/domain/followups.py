"""Follow-ups: the questions left open after the show, each with an owner and a due date.

The panel answers them later. Every open question (new, queued, or on air when the show
ended) gets an owner, its addressee unless someone chose another person, and a due date,
a week after the event unless set. Only what was chosen is stored
(:class:`FollowUpChoice`); the defaults are computed, so a question addressed later, or an
event moved to another day, still gets the right ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from moderator.domain.model import EventSnapshot, Person, Question, QuestionStatus

#: The due date when none was chosen: this long after the event's day.
DEFAULT_DUE = timedelta(days=7)
#: Statuses of a question still waiting for an answer.
OPEN_STATUSES = frozenset({QuestionStatus.NEW, QuestionStatus.QUEUED, QuestionStatus.ON_AIR})


@dataclass(frozen=True, slots=True)
class FollowUpChoice:
    """What an organiser chose for one question (``None``: keep the default)."""

    question_id: int
    owner_id: int | None = None
    due: date | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One open question to answer later, with its owner (``None``: nobody yet) and due date."""

    question: Question
    owner: Person | None
    due: date
    #: The addressee, for the record (the owner may be someone else).
    addressee: Person | None


def default_due(snapshot: EventSnapshot) -> date:
    return snapshot.event.start.astimezone(ZoneInfo(snapshot.event.timezone)).date() + DEFAULT_DUE


def follow_ups(snapshot: EventSnapshot, choices: Mapping[int, FollowUpChoice]) -> tuple[FollowUp, ...]:
    """The follow-ups of the event: its open questions in queue order, owners and dates filled in."""
    people = {person.id: person for person in snapshot.people}
    due = default_due(snapshot)
    result = []
    for question in snapshot.questions:
        if question.status not in OPEN_STATUSES or question.id is None:
            continue
        choice = choices.get(question.id)
        owner_id = choice.owner_id if choice is not None and choice.owner_id is not None else question.addressed_to
        result.append(
            FollowUp(
                question=question,
                owner=people.get(owner_id) if owner_id is not None else None,
                due=choice.due if choice is not None and choice.due is not None else due,
                addressee=people.get(question.addressed_to) if question.addressed_to is not None else None,
            )
        )
    return tuple(result)


def by_owner(items: tuple[FollowUp, ...]) -> tuple[tuple[Person | None, tuple[FollowUp, ...]], ...]:
    """The follow-ups grouped by owner, in the order owners first appear; nobody's last."""
    groups: dict[int | None, list[FollowUp]] = {}
    owners: dict[int | None, Person | None] = {}
    for item in items:
        key = item.owner.id if item.owner is not None else None
        groups.setdefault(key, []).append(item)
        owners[key] = item.owner
    keys = [k for k in groups if k is not None] + ([None] if None in groups else [])
    return tuple((owners[k], tuple(groups[k])) for k in keys)
