"""Speaker hand-offs: who has the floor, who is next, and how long everyone has talked.

What is stored is a sequence of :class:`Handoff` records, oldest first: a person held the
floor in a slot from ``started_at`` to ``ended_at``; the one open record (``ended_at`` is
``None``) is the current speaker. Like the show clock (:mod:`moderator.domain.clock`),
everything here is pure: the live actions (:func:`hand_off`, :func:`close_floor`,
:func:`undo_last`) take the current records and ``now`` and return a
:class:`HandoffChange` (the records to close, remove, reopen or open, and the log entries
to append); they never read the system time and never touch the database. A store applies
the change inside one write transaction to the rows it has just read, so two co-hosts
pressing keys at once apply two intents, not two copies of a list.

Talk time is derived, never counted up: the sum of a person's hand-off intervals (the open
one up to ``now``) minus the time the show clock was paused, read from the clock's log by
:func:`paused_spans`. So it is exact after a crash and the same on every co-host's machine.

The floor order of a slot (:func:`floor_order`) is what the digit keys 1-9 pick and what
"next person" walks through: speakers and panelists first, in the run sheet's order, then
the moderator and the host. The moderator takes the floor between answers, but "next"
means the next panelist, not the moderator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from moderator.domain.clock import ClockAction, ClockReading, Phase, cancelled_ids
from moderator.domain.model import Handoff, LogEntry, Participant, Role, Slot, require_aware

ZERO = timedelta(0)

#: How long before the end of a slot the up-next cue shows by default.
DEFAULT_CUE_BEFORE = timedelta(seconds=60)

#: Roles that "next person" walks through; the others (moderator, host) are picked by digit.
FLOOR_ROLES = frozenset({Role.SPEAKER, Role.PANELIST})

#: Phases in which a slot is running with time left (the cue needs time left).
_RUNNING_PHASES = frozenset({Phase.NORMAL, Phase.WARNING, Phase.FINAL})

#: A paused span of the show clock: from, to (``None`` while the pause still runs).
Span = tuple[datetime, datetime | None]


class HandoffAction(StrEnum):
    """The ``LogEntry.action`` names the hand-offs write."""

    HANDOFF = "handoff"
    HANDOFF_UNDONE = "handoff_undone"
    FLOOR_CLOSED = "floor_closed"


@dataclass(frozen=True, slots=True)
class HandoffChange:
    """What a hand-off action changes in the stored records, and what it logs.

    Applied in this order (see :func:`apply_change`): ``remove`` the records with these
    ids; ``close`` sets ``ended_at`` of each ``(id, ended_at)``, also on a record that is
    already closed (an undo moves its end); ``reopen`` sets ``ended_at`` back to ``None``;
    then ``open`` is appended as a new record (its id is the store's to give), and last the
    records of ``restore``: with their ids (a live undo of an undo brings removed records
    back), or with new ids where they have none. An action that changes nothing (handing
    off to the person already speaking) has no log entries.
    """

    close: tuple[tuple[int, datetime], ...] = ()
    open: Handoff | None = None
    remove: tuple[int, ...] = ()
    reopen: tuple[int, ...] = ()
    log: tuple[LogEntry, ...] = ()
    restore: tuple[Handoff, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether there is anything to store."""
        return bool(self.log)


@dataclass(frozen=True, slots=True)
class UpNext:
    """Who comes after the current speaker: in this slot, or first in a later slot.

    ``in_next_slot`` tells the up-next card to say "after this slot" (the moderator moves
    the clock on first); ``slot_id`` is the slot the person speaks in.
    """

    person_id: int
    slot_id: int | None
    in_next_slot: bool


@dataclass(frozen=True, slots=True)
class BalanceRow:
    """One person's part of the talk in a slot, for the panel balance.

    For speakers and panelists, ``share`` is their part (0..1) of the time all speakers
    and panelists of the slot talked, so those shares sum to 1 once anyone has spoken (and
    are all 0 before). ``moderating`` marks the moderator and the host: they are listed
    apart, and their ``share`` is their part of all the talk in the slot (panelists and
    moderators together), which answers "how much did I talk myself". ``has_spoken`` is
    whether the person held the floor in this slot at all.
    """

    person_id: int
    role: Role
    talk_time: timedelta
    share: float
    has_spoken: bool
    moderating: bool


# --- who may speak ----------------------------------------------------------------------


def floor_order(slot: Slot) -> tuple[Participant, ...]:
    """The slot's people in the order the digit keys pick them.

    Speakers and panelists first, in their run-sheet order, then the moderator and the host
    (in theirs). Someone listed twice in one slot appears once, at their first place.
    """
    on_floor = [p for p in slot.participants if p.role in FLOOR_ROLES]
    others = [p for p in slot.participants if p.role not in FLOOR_ROLES]
    seen: set[int] = set()
    ordered: list[Participant] = []
    for participant in (*on_floor, *others):
        if participant.person_id not in seen:
            seen.add(participant.person_id)
            ordered.append(participant)
    return tuple(ordered)


def person_for_digit(slot: Slot, digit: int) -> int | None:
    """The person the digit key (1-9) picks in this slot; ``None`` for no one there."""
    order = floor_order(slot)
    if 1 <= digit <= min(9, len(order)):
        return order[digit - 1].person_id
    return None


def _cycle(slot: Slot) -> tuple[int, ...]:
    """The people "next person" walks through: the speakers and panelists.

    A slot with neither (a welcome by the host alone) walks through everyone on it.
    """
    order = floor_order(slot)
    speakers = tuple(p.person_id for p in order if p.role in FLOOR_ROLES)
    return speakers or tuple(p.person_id for p in order)


def next_person(
    slot: Slot, current_person_id: int | None, handoffs: Sequence[Handoff] = ()
) -> int | None:
    """The person after the current speaker in this slot; ``None`` after the last one.

    "Next" walks through the speakers and panelists (see :func:`floor_order`) and does not
    wrap around: after the last one the moderator moves on to the next slot. When the
    current speaker is not one of them (the moderator asking the next question, or nobody
    on the floor), the walk goes on after the last speaker or panelist who held the floor
    in this slot according to ``handoffs`` (oldest first); without that history it starts
    at the first.
    """
    cycle = _cycle(slot)
    if not cycle:
        return None
    anchor: int | None
    if current_person_id in cycle:
        anchor = current_person_id
    else:
        anchor = _last_in_cycle(slot, cycle, handoffs)
    if anchor is None:
        return cycle[0]
    position = cycle.index(anchor) + 1
    return cycle[position] if position < len(cycle) else None


def _last_in_cycle(
    slot: Slot, cycle: tuple[int, ...], handoffs: Sequence[Handoff]
) -> int | None:
    """The last speaker or panelist who held the floor in this slot, if any."""
    if slot.id is None:
        return None
    for handoff in reversed(handoffs):
        if handoff.slot_id == slot.id and handoff.person_id in cycle:
            return handoff.person_id
    return None


def current_handoff(handoffs: Sequence[Handoff]) -> Handoff | None:
    """The open record, the current speaker (the latest, should a race have left two)."""
    for handoff in reversed(handoffs):
        if handoff.ended_at is None:
            return handoff
    return None


# --- live actions -----------------------------------------------------------------------


def hand_off(
    current: Handoff | None, person_id: int, slot_id: int | None, now: datetime
) -> HandoffChange:
    """Give the floor to ``person_id`` in ``slot_id`` now; the current speaker's turn ends.

    Handing off to the person already speaking in the same slot changes nothing (a key
    pressed twice, or by two co-hosts). ``now`` is never taken earlier than the current
    turn's start, so a co-host whose clock is a little behind cannot make a negative turn.
    """
    now = _utc(now)
    if current is not None and current.ended_at is None:
        if current.person_id == person_id and current.slot_id == slot_id:
            return HandoffChange()
        now = max(now, current.started_at)
        close: tuple[tuple[int, datetime], ...] = ((_stored_id(current), now),)
    else:
        close = ()
    return HandoffChange(
        close=close,
        open=Handoff(person_id=person_id, slot_id=slot_id, started_at=now),
        log=(_entry(HandoffAction.HANDOFF, now, slot_id, person_id),),
    )


def close_floor(current: Handoff | None, now: datetime) -> HandoffChange:
    """Nobody speaks any more: the current turn ends now.

    Used when the clock moves to another slot: the floor does not carry over, and the new
    slot's first speaker is proposed (:func:`proposed_speaker`), not assumed.
    """
    now = _utc(now)
    if current is None or current.ended_at is not None:
        return HandoffChange()
    now = max(now, current.started_at)
    return HandoffChange(
        close=((_stored_id(current), now),),
        log=(_entry(HandoffAction.FLOOR_CLOSED, now, current.slot_id, current.person_id),),
    )


def undo_last(handoffs: Sequence[Handoff], now: datetime) -> HandoffChange:
    """Take back the last hand-off, as if it had never been pressed.

    The rule: the last record (``handoffs`` are oldest first, as stored) is removed. The
    record before it gets the removed record's span back if that turn was cut short by
    the mistake, that is if it is in the same slot and ended exactly when the removed one
    started: it then ends when the removed one ended, and is open again (the current
    speaker) if the removed one was still open. So every total is what it would have been
    without the mistake, also when the floor was closed after it (a slot change). A
    previous turn that ended earlier, or in another slot, stays as it is: then nobody
    gets the floor back, since nobody lost it to the mistake.

    Pressing undo again takes back the hand-off before, and so on. With no records there
    is nothing to undo and nothing changes. The log entry names the removed turn's person
    and slot; its ``detail`` is when that turn started (ISO 8601).
    """
    now = _utc(now)
    if not handoffs:
        return HandoffChange()
    last = handoffs[-1]
    close: tuple[tuple[int, datetime], ...] = ()
    reopen: tuple[int, ...] = ()
    if len(handoffs) > 1:
        before = handoffs[-2]
        if before.slot_id == last.slot_id and before.ended_at == last.started_at:
            if last.ended_at is None:
                reopen = (_stored_id(before),)
            else:
                close = ((_stored_id(before), last.ended_at),)
    return HandoffChange(
        close=close,
        remove=(_stored_id(last),),
        reopen=reopen,
        log=(
            _entry(
                HandoffAction.HANDOFF_UNDONE,
                now,
                last.slot_id,
                last.person_id,
                last.started_at.isoformat(),
            ),
        ),
    )


def apply_change(
    handoffs: Sequence[Handoff], change: HandoffChange, new_id: int | None = None
) -> tuple[Handoff, ...]:
    """The records after ``change``, in the order of :class:`HandoffChange`.

    For an in-memory store and for tests; a database store does the same with rows. The
    opened record gets ``new_id``, by default one more than the largest id so far.
    """
    removed = set(change.remove)
    ends: dict[int, datetime | None] = dict(change.close)
    ends.update((handoff_id, None) for handoff_id in change.reopen)
    result: list[Handoff] = []
    for handoff in handoffs:
        if handoff.id in removed:
            continue
        if handoff.id is not None and handoff.id in ends:
            handoff = replace(handoff, ended_at=ends[handoff.id])
        result.append(handoff)
    if change.open is not None:
        if new_id is None:
            new_id = max((h.id for h in handoffs if h.id is not None), default=0) + 1
        result.append(replace(change.open, id=new_id))
    for restored in change.restore:
        if restored.id is None:
            restored = replace(restored, id=max((h.id for h in result if h.id is not None), default=0) + 1)
        result.append(restored)
    result.sort(key=lambda record: record.id or 0)
    return tuple(result)


def _stored_id(handoff: Handoff) -> int:
    """The id of a record to change; records not yet stored cannot be changed."""
    if handoff.id is None:
        raise ValueError(f"only stored hand-offs (with an id) can be changed: {handoff!r}")
    return handoff.id


def _entry(
    action: HandoffAction,
    now: datetime,
    slot_id: int | None,
    person_id: int | None,
    detail: str = "",
) -> LogEntry:
    """A log entry for a hand-off action (the plain string, so it stores as text)."""
    return LogEntry(
        at=now, action=action.value, slot_id=slot_id, person_id=person_id, detail=detail
    )


def _utc(now: datetime) -> datetime:
    """``now`` in UTC, refusing naive datetimes, as the clock stores its instants."""
    return require_aware(now, "now").astimezone(UTC)


# --- proposal, up next and the cue ------------------------------------------------------


def proposed_speaker(slot: Slot, current: Handoff | None) -> int | None:
    """Whom to offer the floor at the start of a slot: the first of its floor order.

    Only while nobody holds the floor in this slot (``current`` is ``None``, closed, or a
    turn from another slot); once someone speaks here there is nothing to propose.
    """
    if current is not None and current.ended_at is None and current.slot_id == slot.id:
        return None
    order = floor_order(slot)
    return order[0].person_id if order else None


def up_next(
    slots: Sequence[Slot],
    slot_index: int | None,
    current_person_id: int | None,
    handoffs: Sequence[Handoff] = (),
) -> UpNext | None:
    """Who is next: the next person in this slot, else the first of the next slot with people.

    ``slots`` is the run sheet in running order and ``slot_index`` the current slot (as in
    :class:`ClockReading`; ``None`` after the show gives ``None``). Slots without people
    (a break) are skipped. ``handoffs`` is passed on to :func:`next_person`.
    """
    if slot_index is None or not 0 <= slot_index < len(slots):
        return None
    slot = slots[slot_index]
    person_id = next_person(slot, current_person_id, handoffs)
    if person_id is not None:
        return UpNext(person_id=person_id, slot_id=slot.id, in_next_slot=False)
    for later in slots[slot_index + 1 :]:
        order = floor_order(later)
        if order:
            return UpNext(person_id=order[0].person_id, slot_id=later.id, in_next_slot=True)
    return None


def next_slot_opener(slots: Sequence[Slot], slot_index: int | None) -> tuple[Slot, int | None] | None:
    """The slot after ``slot_index`` and who opens it (None when it has nobody on it).

    What the hand-off cue announces before the current slot ends ("Next: Impuls 2 —
    David Goessmann"). None after the last slot.
    """
    if slot_index is None or slot_index + 1 >= len(slots):
        return None
    following = slots[slot_index + 1]
    order = floor_order(following)
    return following, (order[0].person_id if order else None)


def cue_due(reading: ClockReading, cue_before: timedelta = DEFAULT_CUE_BEFORE) -> bool:
    """Whether to show the "up next" cue: the slot ends within ``cue_before`` and another follows.

    True while a slot runs with ``0 < remaining <= cue_before`` and the run sheet has a slot
    after it. Also while the clock is paused: the cue only informs, and the moderator may
    well prepare the next introduction during a pause. Not in overtime (the slot should
    already be over), not before or after the show.
    """
    if reading.phase not in _RUNNING_PHASES or reading.slot_index is None:
        return False
    has_next = reading.slot_index + 1 < len(reading.projected_starts)
    return has_next and ZERO < reading.remaining <= cue_before


# --- talk time --------------------------------------------------------------------------


def paused_spans(log: Iterable[LogEntry]) -> tuple[Span, ...]:
    """When the show clock was paused, from its log (oldest first).

    Mirrors the clock's transitions: "paused" opens a span, "resumed" closes it; a new slot
    ("slot_started", after next, previous or a jump) and the end of the show close it too,
    since the clock then runs again (or stops) without a "resumed" entry. A "show_reset"
    forgets everything before it (a rehearsal), as :func:`clock.actual_starts` does; its
    fresh state has no pause. A span still running at the end has ``None`` as its end.
    Entries a live undo cancelled count as never written.
    """
    log = tuple(log)
    cancelled = cancelled_ids(log)
    spans: list[Span] = []
    paused_at: datetime | None = None
    for entry in log:
        if entry.id is not None and entry.id in cancelled:
            continue
        action = entry.action
        if action == ClockAction.SHOW_RESET:
            spans.clear()
            paused_at = None
        elif action == ClockAction.PAUSED:
            if paused_at is None:
                paused_at = entry.at
        elif action in (ClockAction.RESUMED, ClockAction.SLOT_STARTED, ClockAction.SHOW_ENDED):
            if paused_at is not None:
                spans.append((paused_at, max(paused_at, entry.at)))
                paused_at = None
    if paused_at is not None:
        spans.append((paused_at, None))
    return tuple(spans)


def talk_times(
    handoffs: Iterable[Handoff],
    pauses: Iterable[Span],
    now: datetime,
    slot_id: int | None = None,
) -> dict[int, timedelta]:
    """Talk time per person: their turns (the open one up to ``now``) minus the pauses.

    Only turns in ``slot_id`` count when it is given. A person who held the floor appears
    even if their time is zero. Overlapping turns of one person (two co-hosts handing off
    at once) and overlapping pauses are counted once. Exact ``timedelta`` arithmetic.
    """
    now = _utc(now)
    merged_pauses = _merge(_closed(span, now) for span in pauses)
    turns: dict[int, list[tuple[datetime, datetime]]] = {}
    for handoff in handoffs:
        if slot_id is not None and handoff.slot_id != slot_id:
            continue
        turns.setdefault(handoff.person_id, []).append(
            _closed((handoff.started_at, handoff.ended_at), now)
        )
    return {
        person_id: sum(
            (_unpaused(span, merged_pauses) for span in _merge(spans)), start=ZERO
        )
        for person_id, spans in turns.items()
    }


def balance(
    slot: Slot, handoffs: Iterable[Handoff], pauses: Iterable[Span], now: datetime
) -> tuple[BalanceRow, ...]:
    """The panel balance of a slot: one row per person on it, in floor order.

    See :class:`BalanceRow` for the shares. Turns in the slot by someone not on it are
    left out. A slot without an id (not stored) has had no turns: everyone at zero.
    """
    times = talk_times(handoffs, pauses, now, slot.id) if slot.id is not None else {}
    order = floor_order(slot)
    floor_total = sum(
        (times.get(p.person_id, ZERO) for p in order if p.role in FLOOR_ROLES), start=ZERO
    )
    all_total = sum((times.get(p.person_id, ZERO) for p in order), start=ZERO)
    rows = []
    for participant in order:
        talk = times.get(participant.person_id, ZERO)
        moderating = participant.role not in FLOOR_ROLES
        total = all_total if moderating else floor_total
        rows.append(
            BalanceRow(
                person_id=participant.person_id,
                role=participant.role,
                talk_time=talk,
                share=talk / total if total > ZERO else 0.0,
                has_spoken=participant.person_id in times,
                moderating=moderating,
            )
        )
    return tuple(rows)


def answer_elapsed(current: Handoff | None, pauses: Iterable[Span], now: datetime) -> timedelta:
    """How long the current speaker has had the floor, without pauses (zero if nobody).

    For the optional per-answer timer (say two minutes per panel answer) that runs beside
    the slot's countdown and starts again with every hand-off.
    """
    if current is None or current.ended_at is not None:
        return ZERO
    now = _utc(now)
    merged_pauses = _merge(_closed(span, now) for span in pauses)
    return _unpaused(_closed((current.started_at, None), now), merged_pauses)


def _closed(span: Span, now: datetime) -> tuple[datetime, datetime]:
    """A span with an open end closed at ``now``; never ending before it starts."""
    start, end = span
    return start, max(start, now if end is None else end)


def _merge(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Sorted, non-overlapping spans covering the same time (touching ones joined)."""
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _unpaused(
    span: tuple[datetime, datetime], pauses: Sequence[tuple[datetime, datetime]]
) -> timedelta:
    """The length of ``span`` minus its overlap with the (merged) ``pauses``."""
    start, end = span
    overlap = sum(
        (max(ZERO, min(end, p_end) - max(start, p_start)) for p_start, p_end in pauses),
        start=ZERO,
    )
    return end - start - overlap
