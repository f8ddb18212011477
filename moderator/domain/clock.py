"""The show clock: the countdown, its phases, the drift and the live transitions.

A countdown is derived, never decremented. What is stored is a :class:`LiveState` of
instants: when the show and the current slot started, the time added or removed for this
slot, when the running pause began and how long the finished pauses of this slot lasted.
Everything the moderator sees is computed from it and ``now`` by :func:`read`::

    elapsed   = now - slot_started_at - paused_total - (now - paused_at, while paused)
    allotted  = slot.duration + adjustment
    remaining = allotted - elapsed                  (negative in overtime)

So a missed repaint costs nothing, a restart after a crash shows the exact countdown, and
every co-host who reads the same state sees the same clock.

The live actions (start, pause, next, add time, ...) are pure functions from a state to a
:class:`Transition`: the new state (``revision`` + 1) and the log entries to append. They
never read the system time: ``now`` is passed in (see :mod:`moderator.domain.timesource`).

``slots`` is always the run sheet in running order; slots the clock can start need ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import LiveState, LogEntry, Slot, SlotKind, require_aware

ZERO = timedelta(0)


class Phase(StrEnum):
    """Where the show clock stands; the UI picks colours and cues from it."""

    BEFORE_SHOW = "before_show"
    NORMAL = "normal"
    WARNING = "warning"
    FINAL = "final"
    OVERTIME = "overtime"
    ENDED = "ended"


class ClockAction(StrEnum):
    """The ``LogEntry.action`` names the clock writes."""

    SHOW_STARTED = "show_started"
    SLOT_STARTED = "slot_started"
    PAUSED = "paused"
    RESUMED = "resumed"
    TIME_ADDED = "time_added"
    SHOW_ENDED = "show_ended"
    SHOW_REOPENED = "show_reopened"
    SHOW_RESET = "show_reset"


class ClockError(UserError):
    """A live action that does not apply now (pause before the show, unknown slot, ...)."""

    context = "clock"


# One literal per call: pyside6-lupdate reads the text from the QT_TRANSLATE_NOOP call.
NOT_STARTED = QT_TRANSLATE_NOOP("clock", "The show has not started yet.")
SHOW_ENDED = QT_TRANSLATE_NOOP(
    "clock", "The show has ended; jump to a slot or reset the show to go on."
)
NO_SLOTS = QT_TRANSLATE_NOOP("clock", "The run sheet has no slots.")
UNKNOWN_SLOT = QT_TRANSLATE_NOOP("clock", "There is no slot %1 on the run sheet.")
CURRENT_SLOT_GONE = QT_TRANSLATE_NOOP(
    "clock", "The current slot is no longer on the run sheet; jump to another slot."
)
FIRST_SLOT = QT_TRANSLATE_NOOP("clock", "This is the first slot; there is none before it.")


@dataclass(frozen=True, slots=True)
class ClockReading:
    """What the clock shows at ``now``: one value for one repaint.

    ``slot`` and ``slot_index`` are the current slot, or the first slot before the show
    (``None`` when the show has ended or the run sheet is empty). ``remaining`` is negative
    in overtime; before the show it is the time until the first slot's planned start.
    ``elapsed`` excludes pauses; ``allotted`` is the slot's duration plus the time added.
    While the show runs, ``remaining + elapsed == allotted``.

    ``drift`` is how far the show is behind its plan (negative: ahead). ``projected_starts``
    has one instant per slot: the actual start of the slots done and of the current one,
    the projected start of the later ones. ``projected_end`` is when the show will end.
    """

    phase: Phase
    paused: bool
    slot: Slot | None
    slot_index: int | None
    remaining: timedelta
    elapsed: timedelta
    allotted: timedelta
    progress: float
    drift: timedelta
    projected_starts: tuple[datetime, ...]
    projected_end: datetime
    now: datetime


@dataclass(frozen=True, slots=True)
class Transition:
    """The result of a live action: the new state and the log entries to append.

    An action that changes nothing (pause while paused, start a running show) returns the
    state it was given and no log entries; every change bumps ``revision`` and logs.
    """

    state: LiveState
    log: tuple[LogEntry, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether there is anything to store."""
        return bool(self.log)


# --- reading the clock ------------------------------------------------------------------


def read(
    state: LiveState,
    slots: Sequence[Slot],
    now: datetime,
    actual_starts: Mapping[int, datetime] | None = None,
) -> ClockReading:
    """Read the clock at ``now``.

    ``actual_starts`` (from :func:`actual_starts`) gives the real start of the slots
    already run; without it those slots show their planned start.
    """
    now = _utc(now)
    starts: Mapping[int, datetime] = actual_starts or {}
    if state.show_ended_at is not None:
        return _read_ended(state, slots, now, starts)
    if state.show_started_at is None:
        return _read_before_show(slots, now)
    return _read_running(state, slots, now, starts)


def _read_before_show(slots: Sequence[Slot], now: datetime) -> ClockReading:
    """Count down to the first slot; a late start already shows as drift."""
    if not slots:
        return ClockReading(
            phase=Phase.BEFORE_SHOW,
            paused=False,
            slot=None,
            slot_index=None,
            remaining=ZERO,
            elapsed=ZERO,
            allotted=ZERO,
            progress=0.0,
            drift=ZERO,
            projected_starts=(),
            projected_end=now,
            now=now,
        )
    first = slots[0]
    # The show cannot start before now: once the planned start has passed, every slot
    # slides by the delay (each keeps its planned duration).
    drift = max(ZERO, now - first.start)
    projected_starts, projected_end = _project(slots, max(now, _utc(first.start)), drift)
    return ClockReading(
        phase=Phase.BEFORE_SHOW,
        paused=False,
        slot=first,
        slot_index=0,
        remaining=first.start - now,
        elapsed=ZERO,
        allotted=first.duration,
        progress=0.0,
        drift=drift,
        projected_starts=projected_starts,
        projected_end=projected_end,
        now=now,
    )


def _read_running(
    state: LiveState, slots: Sequence[Slot], now: datetime, starts: Mapping[int, datetime]
) -> ClockReading:
    """The countdown of the current slot and what it means for the rest of the show."""
    index = _current_index(state, slots)
    slot = slots[index]
    slot_started_at = _slot_started_at(state)
    allotted = slot.duration + state.adjustment
    elapsed = now - slot_started_at - state.paused_total - _running_pause(state, now)
    remaining = allotted - elapsed
    # The slot cannot end before now; while paused (or in overtime) its end moves with time.
    slot_end = now + max(remaining, ZERO)
    drift = slot_end - slot.end
    done = tuple(_actual_start(other, starts) for other in slots[:index])
    later, projected_end = _project(slots[index + 1 :], slot_end, drift)
    projected_starts = (*done, slot_started_at, *later)
    return ClockReading(
        phase=_phase(remaining, slot),
        paused=state.paused_at is not None,
        slot=slot,
        slot_index=index,
        remaining=remaining,
        elapsed=elapsed,
        allotted=allotted,
        progress=_progress(elapsed, allotted),
        drift=drift,
        projected_starts=projected_starts,
        projected_end=projected_end,
        now=now,
    )


def _read_ended(
    state: LiveState, slots: Sequence[Slot], now: datetime, starts: Mapping[int, datetime]
) -> ClockReading:
    """After the show: the drift is how late (or early) it really ended."""
    ended_at = state.show_ended_at
    assert ended_at is not None  # the caller checked; this narrows the type
    return ClockReading(
        phase=Phase.ENDED,
        paused=False,
        slot=None,
        slot_index=None,
        remaining=ZERO,
        elapsed=ZERO,
        allotted=ZERO,
        progress=1.0,
        drift=ended_at - slots[-1].end if slots else ZERO,
        projected_starts=tuple(_actual_start(slot, starts) for slot in slots),
        projected_end=ended_at,
        now=now,
    )


def _project(
    later: Sequence[Slot], cursor: datetime, drift: timedelta
) -> tuple[tuple[datetime, ...], datetime]:
    """Projected starts of ``later`` slots after ``cursor``, and the projected show end.

    Each later slot keeps its planned duration. It starts when the one before it ends,
    but not before its planned start: a planned gap absorbs a delay, and a slot moved by
    re-planning starts where the new plan puts it. When the show is ahead (``drift`` < 0)
    the gaps keep their length, so the whole rest moves earlier by the lead.
    All arithmetic is in UTC, so a daylight-saving change between now and the event day
    does not shift the projection by an hour.
    """
    cursor = _utc(cursor)
    lead = min(drift, ZERO)
    starts = []
    for slot in later:
        start = max(cursor, _utc(slot.start) + lead)
        starts.append(start)
        cursor = start + slot.duration
    return tuple(starts), cursor


def _phase(remaining: timedelta, slot: Slot) -> Phase:
    """The phase for this much time left; at exactly zero the slot is still in its final phase."""
    if remaining < ZERO:
        return Phase.OVERTIME
    if remaining <= slot.final:
        return Phase.FINAL
    if remaining <= slot.warning:
        return Phase.WARNING
    return Phase.NORMAL


def remaining_at(reading: ClockReading, now: datetime) -> timedelta:
    """The time left at ``now`` by the passing of time alone, as of ``reading``: what
    :func:`read` gives at ``now`` when no action came in between. It counts down before
    the show, while a slot runs and in overtime; it stands still while paused and after
    the end."""
    if reading.paused or reading.phase is Phase.ENDED:
        return reading.remaining
    return reading.remaining - (_utc(now) - reading.now)


def until_phase_changes(reading: ClockReading) -> timedelta | None:
    """How long until the phase changes by the passing of time alone, as of ``reading``;
    ``None`` while time alone does not change it (paused, before the show, in overtime,
    ended). An action (start, pause, time added) may change it sooner: read again then."""
    slot = reading.slot
    if reading.paused or slot is None or reading.phase not in (Phase.NORMAL, Phase.WARNING, Phase.FINAL):
        return None
    remaining = reading.remaining
    # The warning and final phases begin when the time left reaches their mark (see
    # _phase); overtime begins the smallest step below zero.
    ahead = [remaining - mark for mark in (slot.warning, slot.final) if remaining > mark]
    ahead.append(remaining + timedelta(microseconds=1))
    return min(ahead)


def _progress(elapsed: timedelta, allotted: timedelta) -> float:
    """The share of the allotted time used, 0..1 (a slot with no time left is full)."""
    if allotted <= ZERO:
        return 1.0
    return min(1.0, max(0.0, elapsed / allotted))


def _actual_start(slot: Slot, starts: Mapping[int, datetime]) -> datetime:
    """When a slot really started; its planned start if it never did (skipped) or is unknown."""
    if slot.id is not None and slot.id in starts:
        return starts[slot.id]
    return slot.start


def _running_pause(state: LiveState, now: datetime) -> timedelta:
    """How long the running pause has lasted so far (zero if not paused).

    Never negative: the pause may have been started on a co-host's machine whose clock is
    a little ahead of this one.
    """
    if state.paused_at is None:
        return ZERO
    return max(ZERO, now - state.paused_at)


def _current_index(state: LiveState, slots: Sequence[Slot]) -> int:
    """Where the current slot is on the run sheet."""
    index = _index_of(slots, state.current_slot_id)
    if index is None:
        raise ClockError(CURRENT_SLOT_GONE)
    return index


def _index_of(slots: Sequence[Slot], slot_id: int | None) -> int | None:
    """The position of the slot with this id, if it is on the run sheet."""
    if slot_id is None:
        return None
    for index, slot in enumerate(slots):
        if slot.id == slot_id:
            return index
    return None


def _slot_started_at(state: LiveState) -> datetime:
    """When the current slot started; a running show always has it."""
    if state.slot_started_at is None:
        raise ValueError(f"a running show needs slot_started_at: {state!r}")
    return state.slot_started_at


def _utc(now: datetime) -> datetime:
    """``now`` in UTC, refusing naive datetimes: the stored instants are all UTC."""
    return require_aware(now, "now").astimezone(UTC)


# --- live actions -----------------------------------------------------------------------


def start_show(state: LiveState, slots: Sequence[Slot], now: datetime) -> Transition:
    """Start the show with its first slot; on a paused show, resume; on a running one, nothing."""
    now = _utc(now)
    if state.show_ended_at is not None:
        raise ClockError(SHOW_ENDED)
    if state.show_started_at is not None:
        # Starting twice (two co-hosts, a repeated key) must not restart the slot.
        return resume(state, now) if state.paused_at is not None else Transition(state)
    if not slots:
        raise ClockError(NO_SLOTS)
    return _start_show_at(state, slots[0], now)


def next_slot(state: LiveState, slots: Sequence[Slot], now: datetime) -> Transition:
    """Start the next slot now; on the last slot, end the show.

    A running pause ends with the slot it belonged to: the next slot starts running.
    """
    now = _utc(now)
    _require_running(state)
    index = _current_index(state, slots)
    if index + 1 >= len(slots):
        return end_show(state, now)
    return _enter(state, slots[index + 1], now)


def previous_slot(state: LiveState, slots: Sequence[Slot], now: datetime) -> Transition:
    """Go back one slot; its countdown restarts fresh from now (full duration, no pauses).

    The time the slot ran before is not picked up again: going back means "run this slot
    (again) now", and the drift shows what that costs. After the end of the show, this
    reopens the show at its last slot (undo of a "next" pressed once too often).
    """
    now = _utc(now)
    if state.show_started_at is None:
        raise ClockError(NOT_STARTED)
    if state.show_ended_at is not None:
        if not slots:
            raise ClockError(NO_SLOTS)
        return _reopen(state, slots[-1], now)
    index = _current_index(state, slots)
    if index == 0:
        raise ClockError(FIRST_SLOT)
    return _enter(state, slots[index - 1], now)


def goto_slot(state: LiveState, slots: Sequence[Slot], slot_id: int, now: datetime) -> Transition:
    """Jump to a slot; it starts fresh from now (the current slot too: that restarts it).

    Before the show this starts the show at that slot (e.g. skipping the pre-show); after
    the end it reopens the show there.
    """
    now = _utc(now)
    index = _index_of(slots, slot_id)
    if index is None:
        raise ClockError(UNKNOWN_SLOT, slot_id=slot_id)
    slot = slots[index]
    if state.show_started_at is None:
        return _start_show_at(state, slot, now)
    if state.show_ended_at is not None:
        return _reopen(state, slot, now)
    return _enter(state, slot, now)


def pause(state: LiveState, now: datetime) -> Transition:
    """Hold the countdown; pausing a paused clock changes nothing."""
    now = _utc(now)
    _require_running(state)
    if state.paused_at is not None:
        return Transition(state)
    return Transition(
        replace(state, paused_at=now, revision=state.revision + 1),
        (_entry(ClockAction.PAUSED, now, state.current_slot_id),),
    )


def resume(state: LiveState, now: datetime) -> Transition:
    """Let the countdown run again; the finished pause joins ``paused_total``.

    The log entry's ``detail`` is the length of the pause in seconds.
    """
    now = _utc(now)
    _require_running(state)
    if state.paused_at is None:
        return Transition(state)
    pause_length = _running_pause(state, now)
    return Transition(
        replace(
            state,
            paused_at=None,
            paused_total=state.paused_total + pause_length,
            revision=state.revision + 1,
        ),
        (_entry(ClockAction.RESUMED, now, state.current_slot_id, seconds_text(pause_length)),),
    )


def toggle(state: LiveState, slots: Sequence[Slot], now: datetime) -> Transition:
    """The space bar: start the show, or pause, or resume."""
    now = _utc(now)
    if state.show_ended_at is not None:
        raise ClockError(SHOW_ENDED)
    if state.show_started_at is None:
        return start_show(state, slots, now)
    if state.paused_at is not None:
        return resume(state, now)
    return pause(state, now)


def add_time(state: LiveState, delta: timedelta, now: datetime) -> Transition:
    """Give the current slot more time (``delta`` > 0) or take some away (< 0).

    Taking away more than is left puts the slot into overtime; that is allowed, the
    moderator asked for it. The log entry's ``detail`` is ``delta`` in seconds.
    """
    now = _utc(now)
    _require_running(state)
    if delta == ZERO:
        return Transition(state)
    return Transition(
        replace(state, adjustment=state.adjustment + delta, revision=state.revision + 1),
        (_entry(ClockAction.TIME_ADDED, now, state.current_slot_id, seconds_text(delta)),),
    )


def end_show(state: LiveState, now: datetime) -> Transition:
    """End the show now; ending an ended show changes nothing.

    The current slot stays recorded (``current_slot_id``, ``slot_started_at``); a running
    pause is closed into ``paused_total`` so the stored state holds no open span.
    """
    now = _utc(now)
    if state.show_started_at is None:
        raise ClockError(NOT_STARTED)
    if state.show_ended_at is not None:
        return Transition(state)
    return Transition(
        replace(
            state,
            show_ended_at=now,
            paused_at=None,
            paused_total=state.paused_total + _running_pause(state, now),
            revision=state.revision + 1,
        ),
        (_entry(ClockAction.SHOW_ENDED, now, state.current_slot_id),),
    )


def reset_show(state: LiveState, now: datetime) -> Transition:
    """Back to before the show (after a rehearsal, or to start over); the log is kept."""
    now = _utc(now)
    fresh = LiveState(revision=state.revision)
    if state == fresh:
        return Transition(state)
    return Transition(
        LiveState(revision=state.revision + 1),
        (_entry(ClockAction.SHOW_RESET, now),),
    )


def _require_running(state: LiveState) -> None:
    """Refuse actions that need a show in progress."""
    if state.show_started_at is None:
        raise ClockError(NOT_STARTED)
    if state.show_ended_at is not None:
        raise ClockError(SHOW_ENDED)


def _start_show_at(state: LiveState, slot: Slot, now: datetime) -> Transition:
    """Start the show with ``slot``."""
    slot_id = _slot_id(slot)
    return Transition(
        _entered(state, slot_id, now, show_started_at=now),
        (
            _entry(ClockAction.SHOW_STARTED, now, slot_id),
            _entry(ClockAction.SLOT_STARTED, now, slot_id),
        ),
    )


def _enter(state: LiveState, slot: Slot, now: datetime) -> Transition:
    """Start ``slot`` now in a running show."""
    slot_id = _slot_id(slot)
    return Transition(
        _entered(state, slot_id, now, show_started_at=state.show_started_at),
        (_entry(ClockAction.SLOT_STARTED, now, slot_id),),
    )


def _reopen(state: LiveState, slot: Slot, now: datetime) -> Transition:
    """Take an ended show up again at ``slot``; the show keeps its original start."""
    slot_id = _slot_id(slot)
    return Transition(
        _entered(state, slot_id, now, show_started_at=state.show_started_at),
        (
            _entry(ClockAction.SHOW_REOPENED, now, slot_id),
            _entry(ClockAction.SLOT_STARTED, now, slot_id),
        ),
    )


def _entered(
    state: LiveState, slot_id: int, now: datetime, *, show_started_at: datetime | None
) -> LiveState:
    """The state of a slot that starts now: no time added, no pauses, show not ended."""
    return LiveState(
        show_started_at=show_started_at,
        current_slot_id=slot_id,
        slot_started_at=now,
        revision=state.revision + 1,
    )


def _slot_id(slot: Slot) -> int:
    """The id of a slot the clock is to start; slots not yet stored cannot be run."""
    if slot.id is None:
        raise ValueError(f"the clock can only run stored slots (with an id): {slot!r}")
    return slot.id


def _entry(
    action: ClockAction, now: datetime, slot_id: int | None = None, detail: str = ""
) -> LogEntry:
    """A log entry for a clock action (the plain string, so it stores and compares as text)."""
    return LogEntry(at=now, action=action.value, slot_id=slot_id, detail=detail)


def seconds_text(delta: timedelta) -> str:
    """A duration as seconds for a log entry's ``detail``: "90", "-30", "1.5"."""
    if delta.microseconds == 0:
        return str(delta.days * 86_400 + delta.seconds)
    return str(delta / timedelta(seconds=1))


# --- the log ----------------------------------------------------------------------------


#: The log action of a live undo (:mod:`moderator.domain.live_undo`); its ``detail`` lists
#: the ids of the log entries it cancels.
LIVE_UNDONE = "live_undone"


def cancelled_ids(log: Iterable[LogEntry]) -> frozenset[int]:
    """The ids of the log entries a live undo took back."""
    ids: set[int] = set()
    for entry in log:
        if entry.action == LIVE_UNDONE and entry.detail:
            ids.update(int(part) for part in entry.detail.split(",") if part.strip().isdigit())
    return frozenset(ids)


def actual_starts(log: Iterable[LogEntry]) -> dict[int, datetime]:
    """When each slot last started, for the run sheet's "actual" times.

    ``log`` is read in the order it was written (oldest first): a later "slot_started"
    for the same slot (after "previous" or a jump) wins, and a "show_reset" forgets the
    starts before it, so a rehearsal does not leak into the real show's times. Entries a
    live undo cancelled count as never written.
    """
    log = tuple(log)
    cancelled = cancelled_ids(log)
    starts: dict[int, datetime] = {}
    for entry in log:
        if entry.id is not None and entry.id in cancelled:
            continue
        if entry.action == ClockAction.SHOW_RESET:
            starts.clear()
        elif entry.action == ClockAction.SLOT_STARTED and entry.slot_id is not None:
            starts[entry.slot_id] = entry.at
    return starts


# --- schedule health --------------------------------------------------------------------

#: Slots never shortened below this share of their planned duration...
MIN_SHARE_NUMERATOR, MIN_SHARE_DENOMINATOR = 2, 5
#: ...nor below this (a slot planned shorter keeps its length).
MIN_DURATION = timedelta(minutes=2)
#: Kinds that are not shortened: a pre-show is technical set-up before going live, and a
#: break is owed to people (and often tied to things outside the show, like catering).
FIXED_KINDS = frozenset({SlotKind.PRE_SHOW, SlotKind.BREAK})


def shortest_duration(slot: Slot) -> timedelta:
    """How short re-planning (:mod:`moderator.domain.replan`) may make a slot: 40 %, at least 2 minutes."""
    share = slot.duration * MIN_SHARE_NUMERATOR / MIN_SHARE_DENOMINATOR
    return min(slot.duration, max(share, MIN_DURATION))
