"""The operations a client can ask of an open event: intents, not instructions.

Every change to an event — from a key in the cockpit, the run-sheet editor, the command
line, and later a stream deck or the audience page — is one of these values, handed to
:meth:`moderator.app.service.EventService.run`. An operation names what the user wants
("next slot", "hand off to person 3", "move question 17 before question 9"); the service
applies it to the event as it is stored at that instant, so two clients never overwrite
each other with a stale picture.

The queue's and the run sheet's own intents (:mod:`moderator.domain.queue_ops`,
:mod:`moderator.domain.run_sheet_ops`) travel wrapped in :class:`ChangeQueue` and
:class:`EditRunSheet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from moderator.domain.model import Question, QuestionSource

if TYPE_CHECKING:  # types only: a command that adds a question need not load the queue's rules
    from moderator.domain.cohosts import HostRole
    from moderator.domain.followups import FollowUpChoice
    from moderator.domain.queue import QueueOp
    from moderator.domain.readiness import ReadinessField
    from moderator.domain.run_sheet import RunSheetOp

# --- the clock -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StartShow:
    """Start the show with its first slot (the clock starts counting)."""


@dataclass(frozen=True, slots=True)
class Toggle:
    """Space: start the show, or pause/resume it."""


@dataclass(frozen=True, slots=True)
class Pause:
    """Pause the countdown (a technical problem, an unplanned break)."""


@dataclass(frozen=True, slots=True)
class Resume:
    """Resume a paused countdown."""


@dataclass(frozen=True, slots=True)
class NextSlot:
    """Go to the next slot (at the last one: end the show)."""


@dataclass(frozen=True, slots=True)
class PreviousSlot:
    """Go back to the slot before."""


@dataclass(frozen=True, slots=True)
class GotoSlot:
    """Jump to a slot of the run sheet."""

    slot_id: int


@dataclass(frozen=True, slots=True)
class AddTime:
    """Give the current slot more time (negative: take time away)."""

    seconds: int


@dataclass(frozen=True, slots=True)
class EndShow:
    """End the show now."""


@dataclass(frozen=True, slots=True)
class ResetShow:
    """Put the clock back to before the show (the log keeps what happened)."""


ClockOperation = StartShow | Toggle | Pause | Resume | NextSlot | PreviousSlot | GotoSlot | AddTime | EndShow | ResetShow

# --- rehearsal --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StartRehearsal:
    """Run the show now to practise: the plan laid on ``plan_start`` (None: now).

    The real show's live state and hand-offs are set aside until :class:`EndRehearsal`
    (see :mod:`moderator.domain.rehearsal`).
    """

    plan_start: datetime | None = None


@dataclass(frozen=True, slots=True)
class EndRehearsal:
    """Put the real show back; ``keep_questions``: keep the questions asked in the rehearsal."""

    keep_questions: bool = False


RehearsalOperation = StartRehearsal | EndRehearsal

# --- the floor -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandOff:
    """Give the floor to a person in the current slot."""

    person_id: int


@dataclass(frozen=True, slots=True)
class HandOffDigit:
    """Digits 1–9: the slot's people in floor order."""

    digit: int


@dataclass(frozen=True, slots=True)
class HandOffNext:
    """The next person of the slot (at the start of a slot: its proposed first speaker)."""


@dataclass(frozen=True, slots=True)
class HandOffTo:
    """A person named by a remote control or the command line: "0" (nobody), a number in
    the slot's floor order, or (part of) a name."""

    who: str


@dataclass(frozen=True, slots=True)
class CloseFloor:
    """Nobody speaks."""


@dataclass(frozen=True, slots=True)
class UndoHandoff:
    """Take back the last hand-off (pressed by mistake): talk times as if it never happened."""


FloorOperation = HandOff | HandOffDigit | HandOffNext | HandOffTo | CloseFloor | UndoHandoff

# --- the speaker view ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpeakerMessage:
    """Show a message big on the speaker view ("" clears it)."""

    text: str


@dataclass(frozen=True, slots=True)
class SpeakerWrapUp:
    """Ask the speaker to wrap up (or take the request back)."""

    on: bool


@dataclass(frozen=True, slots=True)
class SpeakerBlackout:
    """Black out the speaker view (or show it again)."""

    on: bool


@dataclass(frozen=True, slots=True)
class SpeakerBlink:
    """Flash the speaker view's countdown for a moment, to catch the speaker's eye."""


SpeakerOperation = SpeakerMessage | SpeakerWrapUp | SpeakerBlackout | SpeakerBlink

# --- the one live undo ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UndoLive:
    """Take back this instance's last live action, whatever it was (Ctrl+Z in the cockpit):
    a clock action, a hand-off, a queue step or a change of the speaker view. Refused when
    someone else changed the same state since (see :mod:`moderator.domain.live_undo`)."""

# --- the question queue ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddQuestion:
    """A new question at the end of the queue.

    While a shared event cannot be reached, it is kept and sent when the connection is back.
    """

    text: str
    asked_by: str = ""
    organisation: str = ""
    addressed_to: int | None = None
    source: QuestionSource = QuestionSource.LIVE


@dataclass(frozen=True, slots=True)
class AddQuestions:
    """Several questions at once (a pasted chat transcript), in one transaction."""

    drafts: tuple[Question, ...]

    @classmethod
    def of(cls, drafts: Sequence[Question]) -> AddQuestions:
        return cls(tuple(drafts))


@dataclass(frozen=True, slots=True)
class AudienceBatch:
    """What the audience page gathered for a moment: new questions and votes.

    One operation, so a burst from hundreds of phones costs the cockpit one refresh. The
    questions are added in one transaction, the votes (``(question id, votes)`` pairs) in
    another; the votes are not a step of anyone's undo: the moderator's Ctrl+Z takes back
    the moderator's own queue changes, never the audience's votes.
    """

    drafts: tuple[Question, ...] = ()
    votes: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ChangeQueue:
    """A queue intent (move, status, vote, edit, merge, ...); one step of this client's undo."""

    op: QueueOp


@dataclass(frozen=True, slots=True)
class UndoQueue:
    """Take back this client's last queue step."""


@dataclass(frozen=True, slots=True)
class RedoQueue:
    """Do this client's last undone queue step again."""


QueueOperation = AddQuestion | AddQuestions | AudienceBatch | ChangeQueue | UndoQueue | RedoQueue

# --- the run sheet -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditRunSheet:
    """A run-sheet intent from the editor; one step of this client's run-sheet undo."""

    op: RunSheetOp


@dataclass(frozen=True, slots=True)
class UndoRunSheet:
    """Take back this client's last run-sheet edit."""


@dataclass(frozen=True, slots=True)
class RedoRunSheet:
    """Do this client's last undone run-sheet edit again."""


@dataclass(frozen=True, slots=True)
class Replan:
    """Shorten the slots after the current one so that a late show ends on time.

    Computed from the clock as it reads when the operation runs (see
    :func:`moderator.domain.replan.suggest_replan`); stored like an editor's edit: checked
    against changes made meanwhile, logged, and one step of the run-sheet undo.
    """


RunSheetOperation = EditRunSheet | UndoRunSheet | RedoRunSheet | Replan

# --- before and after the show ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SetReadiness:
    """Tick (or untick) one field of a person's readiness board, or set their note."""

    person_id: int
    field: ReadinessField
    value: bool | str


@dataclass(frozen=True, slots=True)
class SetFollowUp:
    """The owner and due date of an open question's follow-up."""

    choice: FollowUpChoice


PreparationOperation = SetReadiness | SetFollowUp

# --- co-hosts: control of the clock -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandOver:
    """Give control of the clock to another instance that is present."""

    instance_id: str


@dataclass(frozen=True, slots=True)
class TakeControl:
    """Take control of the clock from an instance that has gone quiet (the user confirmed)."""


@dataclass(frozen=True, slots=True)
class SetIdentity:
    """This instance's name and role as the co-hosts see them."""

    name: str
    role: HostRole


ControlOperation = HandOver | TakeControl | SetIdentity

Operation = (
    ClockOperation | RehearsalOperation | FloorOperation | SpeakerOperation | UndoLive | QueueOperation
    | RunSheetOperation | ControlOperation | PreparationOperation
)


@dataclass(frozen=True, slots=True)
class PendingQuestion:
    """A question entered while the shared event could not be reached; sent on reconnect."""

    text: str
    asked_by: str
    organisation: str
    addressed_to: int | None
    source: QuestionSource
    entered_at: datetime
    created_by: str = field(default="")


@dataclass(frozen=True, slots=True)
class PendingLive:
    """A clock, hand-off or speaker-view action the controller made while the shared event
    could not be reached: kept (on disk) and written, at the instant it happened, when the
    connection is back. The controller is the clock's only writer, so nothing conflicts."""

    op: Operation
    at: datetime
    by: str = ""


Pending = PendingQuestion | PendingLive

#: The operations a pending live action may hold (by class name, for the journal on disk).
_LIVE_KINDS: dict[str, type] = {
    kind.__name__: kind
    for kind in (
        StartShow, Toggle, Pause, Resume, NextSlot, PreviousSlot, GotoSlot, AddTime, EndShow, ResetShow,
        HandOff, HandOffTo, CloseFloor, UndoHandoff, SpeakerMessage, SpeakerWrapUp, SpeakerBlackout, SpeakerBlink,
    )
}


def encode_pending(item: Pending) -> dict[str, object]:
    """A pending action as plain JSON values (see :class:`moderator.persistence.journal.PendingJournal`)."""
    if isinstance(item, PendingLive):
        fields = {name: getattr(item.op, name) for name in getattr(item.op, "__slots__", ())}
        return {"kind": "live", "op": type(item.op).__name__, "args": fields, "at": item.at.isoformat(), "by": item.by}
    return {
        "kind": "question", "text": item.text, "asked_by": item.asked_by, "organisation": item.organisation,
        "addressed_to": item.addressed_to, "source": item.source.value, "at": item.entered_at.isoformat(),
        "by": item.created_by,
    }


def decode_pending(record: dict[str, object]) -> Pending | None:
    """A pending action read back (None: a record this version does not know)."""
    at = datetime.fromisoformat(str(record["at"]))
    if record.get("kind") == "live":
        kind = _LIVE_KINDS.get(str(record.get("op")))
        if kind is None:
            return None
        args = record.get("args")
        return PendingLive(kind(**(args if isinstance(args, dict) else {})), at, str(record.get("by", "")))
    addressed = record.get("addressed_to")
    return PendingQuestion(
        str(record["text"]), str(record.get("asked_by", "")), str(record.get("organisation", "")),
        addressed if isinstance(addressed, int) else None, QuestionSource(str(record.get("source", "live"))),
        at, str(record.get("by", "")),
    )
