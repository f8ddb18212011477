"""Live actions named by a word, for every remote control: the command line's
``moderator control FILE ACTION [VALUE] [POSITION]``, the stream server's HTTP, WebSocket
and OSC API. One mapping from the word to the :mod:`operation <moderator.app.operations>`,
so a stream-deck button and a script always mean the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from moderator.app.operations import Operation

#: The actions of ``moderator control``, in the order the help lists them.
CONTROL_ACTIONS: Final = (
    "start", "next", "previous", "goto", "pause", "resume", "add", "end", "handoff",
    "onair", "answered", "dismiss", "move",
)

NEEDS_NUMBER = QT_TRANSLATE_NOOP("control", "%1 needs a whole number, e.g. \u201c%2\u201d.")
NEEDS_PERSON = QT_TRANSLATE_NOOP("control", "handoff needs a person: a name, or their number in the slot.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("control", "%2 must be a whole number, e.g. \u201c%1\u201d.")
RANK_FROM_ONE = QT_TRANSLATE_NOOP("control", "POSITION counts from 1 (the top of the queue).")
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("control", "There is no action \u201c%1\u201d.")


class ControlRefused(UserError):
    """A control request that names no operation (an unknown action, a missing number)."""

    context = "control"


def _whole_number(value: str | None, what: str, example: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ControlRefused(NOT_A_NUMBER, what=what, example=example) from None


def control_operation(action: str, value: str | None = None, position: str | None = None) -> Operation:
    """The operation ``ACTION [VALUE] [POSITION]`` names (see :data:`CONTROL_ACTIONS`)."""
    # Loaded here: the command line reads CONTROL_ACTIONS for every command's --help.
    from moderator.app import operations as ops
    from moderator.domain import queue_ops
    from moderator.domain.model import QuestionStatus

    simple: dict[str, Operation] = {
        "start": ops.StartShow(), "next": ops.NextSlot(), "previous": ops.PreviousSlot(),
        "pause": ops.Pause(), "resume": ops.Resume(), "end": ops.EndShow(),
    }
    if action in simple:
        return simple[action]
    if action in ("goto", "add"):
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ControlRefused(
                NEEDS_NUMBER, action=action, example="goto 3" if action == "goto" else "add -60"
            ) from None
        return ops.GotoSlot(number) if action == "goto" else ops.AddTime(number)
    if action == "handoff":
        if not value or not value.strip():
            raise ControlRefused(NEEDS_PERSON)
        return ops.HandOffTo(value)
    if action not in CONTROL_ACTIONS:
        raise ControlRefused(UNKNOWN_ACTION, action=action)
    question_id = _whole_number(value, "QUESTION_ID", f"{action} 17")
    if action == "move":
        rank = _whole_number(position, "POSITION", "move 17 1")
        if rank < 1:
            raise ControlRefused(RANK_FROM_ONE)
        return ops.ChangeQueue(queue_ops.MoveToRank(question_id, rank))
    status = {
        "onair": QuestionStatus.ON_AIR,
        "answered": QuestionStatus.ANSWERED,
        "dismiss": QuestionStatus.DISMISSED,
    }[action]
    return ops.ChangeQueue(queue_ops.SetStatus(question_id, status))


#: What a stream deck may do beyond ``moderator control``: the cockpit's other live keys
#: and the queue's. Each is one operation through the same service.
REMOTE_ACTIONS: Final = (
    *CONTROL_ACTIONS,
    "toggle",        # Space: start / pause / resume
    "speaker-next",  # N: the next person of the slot
    "nobody",        # 0: nobody speaks
    "undo-handoff",  # Backspace: take back the last hand-off
    "queue",         # Q: accept a new question into the queue
    "vote",          # V: one more vote
    "top",           # T: to the top of the queue
    "ask",           # a new question: value is its text
)

NOTHING_WAITING = QT_TRANSLATE_NOOP("control", "No question is waiting.")


def remote_operation(
    action: str,
    value: str | None = None,
    position: str | None = None,
    *,
    next_question: int | None = None,
    asked_by: str = "",
    organisation: str = "",
) -> Operation:
    """The operation a remote control's ``action`` names (see :data:`REMOTE_ACTIONS`).

    ``onair`` without a question id puts ``next_question`` on air (the first waiting
    one, as O does in the cockpit).
    """
    from moderator.app import operations as ops
    from moderator.domain import queue_ops
    from moderator.domain.model import QuestionStatus

    value = None if value is None else str(value).strip() or None
    if action == "onair" and value is None:
        if next_question is None:
            raise ControlRefused(NOTHING_WAITING)
        value = str(next_question)
    match action:
        case "toggle":
            return ops.Toggle()
        case "speaker-next":
            return ops.HandOffNext()
        case "nobody":
            return ops.CloseFloor()
        case "undo-handoff":
            return ops.UndoHandoff()
        case "queue":
            return ops.ChangeQueue(queue_ops.SetStatus(_whole_number(value, "QUESTION_ID", "queue 17"), QuestionStatus.QUEUED))
        case "vote":
            return ops.ChangeQueue(queue_ops.Vote(_whole_number(value, "QUESTION_ID", "vote 17")))
        case "top":
            return ops.ChangeQueue(queue_ops.MoveToTop(_whole_number(value, "QUESTION_ID", "top 17")))
        case "ask":
            if value is None:
                raise ControlRefused(NEEDS_TEXT)
            return ops.AddQuestion(value, asked_by.strip(), organisation.strip())
    return control_operation(action, value, position)


NEEDS_TEXT = QT_TRANSLATE_NOOP("control", "ask needs the question's text.")
