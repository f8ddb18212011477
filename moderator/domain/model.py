"""The event, its run sheet, its people and the audience's questions.

All values are frozen dataclasses: they are handed to the UI and to exporters as plain
values, never as live database rows. Instants are timezone-aware ``datetime`` values; the
event keeps its IANA zone for display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Final

from moderator.domain.errors import QT_TRANSLATE_NOOP


class SlotKind(StrEnum):
    """What kind of agenda slot this is."""

    PRE_SHOW = "pre_show"
    WELCOME = "welcome"
    TALK = "talk"
    PANEL = "panel"
    QA = "qa"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


#: What each kind is called, in English; translated in the context "kinds" (the run
#: sheet's kind column, the editor, the printed run sheet: one text, one translation).
KIND_NAMES: Final[dict[SlotKind, str]] = {
    SlotKind.PRE_SHOW: QT_TRANSLATE_NOOP("kinds", "Pre-show"),
    SlotKind.WELCOME: QT_TRANSLATE_NOOP("kinds", "Welcome"),
    SlotKind.TALK: QT_TRANSLATE_NOOP("kinds", "Talk"),
    SlotKind.PANEL: QT_TRANSLATE_NOOP("kinds", "Panel"),
    SlotKind.QA: QT_TRANSLATE_NOOP("kinds", "Q&A"),
    SlotKind.BREAK: QT_TRANSLATE_NOOP("kinds", "Break"),
    SlotKind.CLOSING: QT_TRANSLATE_NOOP("kinds", "Closing"),
    SlotKind.OTHER: QT_TRANSLATE_NOOP("kinds", "Other"),
}


class Role(StrEnum):
    """The part a person plays in a slot."""

    SPEAKER = "speaker"
    PANELIST = "panelist"
    MODERATOR = "moderator"
    HOST = "host"


class QuestionStatus(StrEnum):
    """Where an audience question is on its way to the air."""

    NEW = "new"
    QUEUED = "queued"
    ON_AIR = "on_air"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class QuestionSource(StrEnum):
    """Where a question came from."""

    CHAT = "chat"
    EMAIL = "email"
    QA_TOOL = "qa_tool"
    LIVE = "live"
    #: Sent by a viewer on the audience page of the stream server.
    AUDIENCE = "audience"


DEFAULT_WARNING = timedelta(minutes=2)
DEFAULT_FINAL = timedelta(seconds=30)


def require_aware(value: datetime, what: str) -> datetime:
    """Refuse naive datetimes: every instant in the domain carries its offset."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Event:
    """The event itself: what, when, where it streams."""

    title: str
    start: datetime
    end: datetime
    timezone: str
    series: str = ""
    subtitle: str = ""
    meeting_link: str = ""
    stream_link: str = ""
    registration_link: str = ""
    description: str = ""
    language: str = "de"

    def __post_init__(self) -> None:
        require_aware(self.start, "event start")
        require_aware(self.end, "event end")


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the run sheet, with what the moderator reads out when introducing them."""

    name: str
    id: int | None = None
    academic_title: str = ""
    function: str = ""
    organisation: str = ""
    intro: str = ""
    pronunciation: str = ""
    contact: str = ""

    @property
    def display_name(self) -> str:
        """Name with academic title, as the moderator says it ("Dr. Tobias Plate")."""
        return f"{self.academic_title} {self.name}".strip()

    @property
    def key(self) -> str:
        """Identity of a person across an import: the name with its title, case-folded."""
        return " ".join(self.display_name.split()).casefold()


@dataclass(frozen=True, slots=True)
class Participant:
    """A person's part in one slot."""

    person_id: int
    role: Role


@dataclass(frozen=True, slots=True)
class Slot:
    """One agenda slot: planned start and duration, what it is and who is on."""

    title: str
    start: datetime
    duration: timedelta
    kind: SlotKind = SlotKind.OTHER
    id: int | None = None
    position: int = 0
    notes: str = ""
    warning: timedelta = DEFAULT_WARNING
    final: timedelta = DEFAULT_FINAL
    participants: tuple[Participant, ...] = ()
    #: A pinned slot keeps its planned start when earlier slots change length (a fixed
    #: live link-in, a keynote at a published time); other starts follow the slot before.
    pinned: bool = False

    def __post_init__(self) -> None:
        require_aware(self.start, "slot start")

    @property
    def end(self) -> datetime:
        """Planned end (added in UTC: a slot across a daylight-saving change stays exact)."""
        return (self.start.astimezone(timezone.utc) + self.duration).astimezone(self.start.tzinfo)


@dataclass(frozen=True, slots=True)
class Question:
    """An audience question in the queue."""

    text: str
    created_at: datetime
    id: int | None = None
    asked_by: str = ""
    organisation: str = ""
    addressed_to: int | None = None
    status: QuestionStatus = QuestionStatus.NEW
    #: Sort key in the queue (smaller is nearer the top). A float, so that a question
    #: moved between two others gets a position of its own without renumbering the rest.
    position: float = 0.0
    votes: int = 0
    created_by: str = ""
    source: QuestionSource = QuestionSource.LIVE
    on_air_at: datetime | None = None
    answered_at: datetime | None = None
    answered_in_slot: int | None = None
    #: Set on a question merged into another (it is then dismissed); its asker stays
    #: with the question it was merged into.
    merged_into: int | None = None
    #: Bumped by every change, so that an edit of a question someone else changed in the
    #: meantime is noticed.
    revision: int = 0

    def __post_init__(self) -> None:
        require_aware(self.created_at, "question created_at")


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One live action as it happened (start, next, pause, hand-off, ...)."""

    at: datetime
    action: str
    id: int | None = None
    slot_id: int | None = None
    person_id: int | None = None
    detail: str = ""
    by: str = ""


@dataclass(frozen=True, slots=True)
class Handoff:
    """A person held the floor from ``started_at`` to ``ended_at`` (open while speaking)."""

    person_id: int
    slot_id: int | None
    started_at: datetime
    ended_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LiveState:
    """The stored live state of the show, all instants; the countdown is derived from it.

    ``slot_started_at`` is when the current slot began; ``adjustment`` is the time added
    (positive) or removed (negative) for this slot; ``paused_at`` is set while paused and
    ``paused_total`` sums the finished pauses of the current slot.
    """

    show_started_at: datetime | None = None
    show_ended_at: datetime | None = None
    current_slot_id: int | None = None
    slot_started_at: datetime | None = None
    adjustment: timedelta = timedelta(0)
    paused_at: datetime | None = None
    paused_total: timedelta = timedelta(0)
    revision: int = 0


@dataclass(frozen=True, slots=True)
class EventDraft:
    """A whole event as an importer produces it, before it has database ids.

    Slots reference people by ``Person.key`` through ``slot_people``: for each slot (same
    index), a tuple of (person key, role).
    """

    event: Event
    people: tuple[Person, ...] = ()
    slots: tuple[Slot, ...] = ()
    slot_people: tuple[tuple[tuple[str, Role], ...], ...] = ()
    questions: tuple[Question, ...] = ()
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class EventSnapshot:
    """Everything in an event file at one moment, as plain values."""

    event: Event
    people: tuple[Person, ...]
    slots: tuple[Slot, ...]
    questions: tuple[Question, ...]
    live: LiveState

    def person(self, person_id: int | None) -> Person | None:
        """The person with this id, if any."""
        for person in self.people:
            if person.id == person_id:
                return person
        return None
