"""The readiness board of the pre-show: who has joined the call, checked audio and video,
sent their slides, and a free note per person ("Plate joins by phone").

Co-hosts tick it during the tech check; one tick is one intent ("audio of person 3 is
checked"), applied to the stored row, so two co-hosts ticking different boxes of one
person never undo each other. The board the UI shows is a frozen :class:`Board` computed
here: who is not ready yet before the show, and during the show whether the person up next
has not been marked as joined.

Ready means joined, audio and video checked. Slides are tracked but not required: a
panelist often has none, and "not ready" should name only people who hold the show up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import Person, Slot


class ReadinessField(StrEnum):
    """What can be ticked (and the note)."""

    JOINED = "joined"
    AUDIO = "audio"
    VIDEO = "video"
    SLIDES = "slides"
    NOTE = "note"


#: The ticks, in the board's column order.
CHECKS: tuple[ReadinessField, ...] = (
    ReadinessField.JOINED, ReadinessField.AUDIO, ReadinessField.VIDEO, ReadinessField.SLIDES,
)
#: The ticks a person needs to be ready.
REQUIRED: frozenset[ReadinessField] = frozenset({ReadinessField.JOINED, ReadinessField.AUDIO, ReadinessField.VIDEO})
#: A note is a line, not a letter.
NOTE_LIMIT = 200

NOT_ON_BOARD = QT_TRANSLATE_NOOP("readiness", "Person %1 is not on the readiness board.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("readiness", "A note has room for %1 characters.")


class ReadinessError(UserError):
    context = "readiness"


@dataclass(frozen=True, slots=True)
class Readiness:
    """One person's row of the board as stored."""

    person_id: int
    joined: bool = False
    audio: bool = False
    video: bool = False
    slides: bool = False
    note: str = ""

    @property
    def ready(self) -> bool:
        return all(getattr(self, field.value) for field in REQUIRED)


def apply(current: Readiness, field: ReadinessField, value: bool | str) -> Readiness:
    """``current`` with one field set: a tick (bool) or the note (text, one line, trimmed)."""
    field = ReadinessField(field)
    if field is ReadinessField.NOTE:
        note = " ".join(str(value).split())
        if len(note) > NOTE_LIMIT:
            raise ReadinessError(NOTE_TOO_LONG, limit=NOTE_LIMIT)
        return replace(current, note=note)
    ticked = bool(value)
    if field is ReadinessField.JOINED:
        return replace(current, joined=ticked)
    if field is ReadinessField.AUDIO:
        return replace(current, audio=ticked)
    if field is ReadinessField.VIDEO:
        return replace(current, video=ticked)
    return replace(current, slides=ticked)


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One person on the board, with their name as the moderator says it."""

    person_id: int
    name: str
    organisation: str
    readiness: Readiness


@dataclass(frozen=True, slots=True)
class Board:
    """What the readiness panel shows (see the module)."""

    rows: tuple[BoardRow, ...]
    #: Names of the people not ready yet, in board order.
    not_ready: tuple[str, ...]
    #: During the show: the person up next, when they are not marked as joined.
    next_not_joined: str | None = None


def on_the_run_sheet(people: Sequence[Person], slots: Sequence[Slot]) -> tuple[Person, ...]:
    """The people who appear in a slot, in the order of the event's people."""
    appearing = {p.person_id for slot in slots for p in slot.participants}
    return tuple(person for person in people if person.id in appearing)


def board(
    people: Sequence[Person],
    slots: Sequence[Slot],
    stored: Mapping[int, Readiness],
    *,
    up_next: int | None = None,
) -> Board:
    """The board of the people on the run sheet; ``up_next`` is who speaks next in a running show.

    The warning about the next speaker comes only once the board is in use (anyone ticked
    or noted anything): a team that does its tech check elsewhere is not told at every
    hand-off that nobody is marked joined.
    """
    rows = tuple(
        BoardRow(person.id, person.display_name, person.organisation, stored.get(person.id, Readiness(person.id)))
        for person in on_the_run_sheet(people, slots)
        if person.id is not None
    )
    not_ready = tuple(row.name for row in rows if not row.readiness.ready)
    warning = None
    if up_next is not None and stored:
        row = next((r for r in rows if r.person_id == up_next), None)
        if row is not None and not row.readiness.joined:
            warning = row.name
    return Board(rows, not_ready, warning)
