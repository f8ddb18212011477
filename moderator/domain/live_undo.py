"""One live undo: take back this instance's last live action, whatever it was.

A live action (next, previous, jump, pause, time added, end of show, a hand-off, a queue
step, a message, blink or blackout on the speaker view) changes three things an audience
or a speaker can see: the clock's :class:`LiveState`, the hand-off records and the speaker
view. Before and after each action the service takes a :class:`LiveFrame` of them; the
:class:`LiveStep` it keeps in this instance's :class:`LiveHistory` holds both. Undo is
then an intent applied to the stored state like any other action (:func:`restoring`):

- *expect*: the stored state is still what this instance's action left behind (a co-host
  may have handed off or changed the speaker view meanwhile; then nothing is undone and
  :class:`LiveUndoRefused` says why);
- *restore*: the state before, as instants. A slot restarted by mistake (← then →) gets
  its elapsed time back, because its ``slot_started_at`` comes back, not a fresh one.

The log keeps everything: an undo appends a ``live_undone`` entry that names the log
entries it cancels (``detail``: their ids). :func:`cancelled_ids` reads them back, so the
actual starts, the pauses and the speaker view are computed as if the action had never
happened, while the history still says who did what and when.

The speaker view's state lives in the log too (see :class:`SpeakerAction`): a message,
the wrap-up request and the blackout hold until changed; a blink lasts :data:`BLINK_FOR`.
Every instance reads the same log, so every cockpit can show what the speaker sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from moderator.domain import handoffs as floor
from moderator.domain.clock import LIVE_UNDONE, cancelled_ids
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.live import LiveChange
from moderator.domain.model import Handoff, LiveState, LogEntry

#: How long a blink of the speaker view lasts (six flashes of 250 ms on and off).
BLINK_FOR = timedelta(seconds=3)
#: How many live steps an instance can take back.
HISTORY_LIMIT = 200

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "live_undo", "Not undone: someone else changed the clock, the floor or the speaker view since."
)
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("live_undo", "Nothing to undo.")


class LiveUndoRefused(UserError):
    """The state is no longer what this instance's action left: nothing was undone."""

    context = "live_undo"


class SpeakerAction(StrEnum):
    """The ``LogEntry.action`` names of the speaker view (``detail`` is the new value)."""

    MESSAGE = "speaker_message"
    WRAP_UP = "speaker_wrap_up"
    BLACKOUT = "speaker_blackout"
    BLINK = "speaker_blink"


@dataclass(frozen=True, slots=True)
class SpeakerState:
    """What the speaker view shows beyond the clock.

    ``message``: free text from the moderator ("" for none); ``wrap_up``: the "please
    wrap up" request (each client shows it in its own language); ``blackout``: the view is
    black; ``blink_until``: the countdown flashes until then.
    """

    message: str = ""
    wrap_up: bool = False
    blackout: bool = False
    blink_until: datetime | None = None

    def blinking(self, now: datetime) -> bool:
        return self.blink_until is not None and now < self.blink_until

    @property
    def armed(self) -> bool:
        """Whether the speaker should see something beyond the clock (a message, wrap-up, black)."""
        return bool(self.message) or self.wrap_up or self.blackout


def speaker_entry(action: SpeakerAction, value: str | bool, now: datetime) -> LogEntry:
    """The log entry that sets one speaker-view state (a blink needs no value)."""
    detail = ("1" if value else "0") if isinstance(value, bool) else value
    return LogEntry(at=now, action=action.value, detail=detail)


def effective(log: Sequence[LogEntry]) -> tuple[LogEntry, ...]:
    """The log as if the undone actions had never happened (the undo entries dropped too)."""
    cancelled = cancelled_ids(log)
    if not cancelled:
        return tuple(entry for entry in log if entry.action != LIVE_UNDONE)
    return tuple(entry for entry in log if entry.action != LIVE_UNDONE and entry.id not in cancelled)


def apply_speaker(state: SpeakerState, entries: Iterable[LogEntry]) -> SpeakerState:
    """``state`` after the speaker-view entries among ``entries`` (oldest first)."""
    for entry in entries:
        match entry.action:
            case SpeakerAction.MESSAGE:
                state = replace(state, message=entry.detail)
            case SpeakerAction.WRAP_UP:
                state = replace(state, wrap_up=entry.detail == "1")
            case SpeakerAction.BLACKOUT:
                state = replace(state, blackout=entry.detail == "1")
            case SpeakerAction.BLINK:
                state = replace(state, blink_until=entry.at + BLINK_FOR)
    return state


def speaker_state(log: Sequence[LogEntry]) -> SpeakerState:
    """The speaker view's state from the whole log (undone entries left out)."""
    return apply_speaker(SpeakerState(), effective(log))


@dataclass(frozen=True, slots=True)
class LiveFrame:
    """What a live action can change, as stored: the clock, the floor, the speaker view."""

    state: LiveState
    handoffs: tuple[Handoff, ...]
    speaker: SpeakerState

    def matches(self, other: LiveFrame) -> bool:
        """The same state (the clock's revision counter aside, which every write bumps)."""
        return (
            replace(self.state, revision=0) == replace(other.state, revision=0)
            and self.handoffs == other.handoffs
            and self.speaker == other.speaker
        )


class StepKind(StrEnum):
    """What a live step was, for the line that names it ("Next slot: Impuls 2")."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    TIME = "time"
    END = "end"
    RESET = "reset"
    HANDOFF = "handoff"
    FLOOR_CLOSED = "floor_closed"
    HANDOFF_UNDONE = "handoff_undone"
    SPEAKER_MESSAGE = "speaker_message"
    WRAP_UP = "wrap_up"
    BLACKOUT = "blackout"
    BLINK = "blink"
    QUEUE = "queue"


@dataclass(frozen=True, slots=True)
class LiveStep:
    """One live action of this instance, as undo needs it.

    ``subject`` names what it acted on (a slot's title, a person, seconds, a message);
    ``log_ids``: the log entries it wrote, cancelled by its undo. A queue step has no frames:
    the queue's own undo (:class:`moderator.domain.queue.UndoStack`) takes it back.
    """

    kind: StepKind
    subject: str = ""
    before: LiveFrame | None = None
    after: LiveFrame | None = None
    log_ids: tuple[int, ...] = ()
    #: A step made while the shared event was away: the kept action (not yet written) that
    #: its undo simply drops, and the log entries it added to this instance's log.
    kept: object = None
    kept_log: tuple[LogEntry, ...] = ()

    @property
    def is_queue(self) -> bool:
        return self.kind is StepKind.QUEUE


class LiveHistory:
    """This instance's live steps, newest last (co-hosts keep their own)."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._limit = limit
        self._steps: list[LiveStep] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    @property
    def last(self) -> LiveStep | None:
        return self._steps[-1] if self._steps else None

    def push(self, step: LiveStep) -> None:
        self._steps.append(step)
        del self._steps[: -self._limit]

    def pop(self) -> LiveStep:
        return self._steps.pop()

    def clear(self) -> None:
        self._steps.clear()

    def drop_kept(self) -> None:
        """Forget the steps made offline: once written, their replay is the step to undo."""
        self._steps = [step for step in self._steps if step.kept is None]

    def __len__(self) -> int:
        return len(self._steps)


def restore_records(before: Sequence[Handoff], current: Sequence[Handoff], now: datetime) -> floor.HandoffChange:
    """The hand-off change that turns ``current`` back into ``before`` (ids kept)."""
    old = {record.id: record for record in before}
    new = {record.id: record for record in current}
    remove = tuple(record_id for record_id in new if record_id not in old and record_id is not None)
    close: list[tuple[int, datetime]] = []
    reopen: list[int] = []
    for record_id, record in new.items():
        was = old.get(record_id)
        if was is None or record_id is None or was.ended_at == record.ended_at:
            continue
        if was.ended_at is None:
            reopen.append(record_id)
        else:
            close.append((record_id, was.ended_at))
    restore = tuple(record for record_id, record in old.items() if record_id not in new)
    changed = bool(remove or close or reopen or restore)
    return floor.HandoffChange(
        close=tuple(close), remove=remove, reopen=tuple(reopen), restore=restore,
        log=(LogEntry(at=now, action=LIVE_UNDONE),) if changed else (),
    )


def restoring(step: LiveStep, current: LiveFrame, now: datetime) -> LiveChange:
    """The change that takes ``step`` back, if the stored state is still what it left.

    Raises :class:`LiveUndoRefused` when someone else changed it meanwhile.
    """
    before, after = step.before, step.after
    if before is None or after is None:
        raise ValueError(f"a queue step is undone by the queue's history: {step!r}")
    if not current.matches(after):
        raise LiveUndoRefused(CHANGED_MEANWHILE)
    records = restore_records(before.handoffs, current.handoffs, now)
    state_changed = replace(before.state, revision=0) != replace(current.state, revision=0)
    entry = LogEntry(at=now, action=LIVE_UNDONE, detail=",".join(str(i) for i in step.log_ids))
    return LiveChange(
        state=before.state if state_changed else None,
        log=(entry,),
        handoffs=replace(records, log=()) if records.changed else None,
    )
