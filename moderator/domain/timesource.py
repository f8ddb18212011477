"""Where "now" comes from: the clock sources the show clock is read with.

The show clock (:mod:`moderator.domain.clock`) never asks the system for the time itself;
it is handed ``now``. The application passes :class:`SystemClock`, tests pass
:class:`FakeClock` and move time forward by hand, so no test sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from moderator.domain.model import require_aware


class Clock(Protocol):
    """Anything that tells the current instant."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


def _system_wall() -> datetime:
    """The operating system's wall clock, in UTC."""
    return datetime.now(UTC)


def _elapsed_clock() -> Callable[[], int] | None:
    """Linux's ``CLOCK_BOOTTIME`` in nanoseconds: monotonic, and it counts the time the
    machine was suspended (``CLOCK_MONOTONIC`` stands still then). None where there is none."""
    boot = getattr(time, "CLOCK_BOOTTIME", None)
    if boot is None:
        return None
    try:
        time.clock_gettime_ns(boot)
    except OSError:
        return None
    return lambda: time.clock_gettime_ns(boot)


#: A wall clock this far from the clock after a tick means the machine slept (where the
#: elapsed clock stood still meanwhile): re-read the wall clock.
ASLEEP = timedelta(seconds=2)


class SystemClock:
    """Wall time read once, then advanced with the monotonic clock.

    The wall clock is read when the clock is made (the *anchor*); from then on ``now()``
    adds the monotonic time elapsed since. So if the system clock is changed while the show
    runs (an NTP step, someone fixing the time zone, a daylight-saving mistake), the
    countdown on screen does not jump by that amount in the middle of a slot.

    The price: this clock keeps the wall time of the anchor. Call :meth:`resync` to re-read
    the wall clock deliberately, e.g. when the user asks for it or between shows. The
    monotonic clock of some systems stands still while the machine sleeps (Linux's
    ``CLOCK_MONOTONIC``, for one), so after a laptop wakes up this clock is behind by the
    time asleep; :meth:`wall_skew` tells by how much, and the UI may resync when it grows.

    On Linux the elapsed time comes from ``CLOCK_BOOTTIME``, which goes on counting while
    the machine sleeps: after a laptop wakes up the countdown is right at once. Elsewhere
    :meth:`check_asleep` (called with every repaint) sees the wall clock run ahead by the
    time asleep and re-reads it.

    ``wall``, ``monotonic_ns`` and ``boot_ns`` can be replaced, for tests of this class
    (``boot_ns=None``: a system without a clock that counts through a suspend).
    """

    def __init__(
        self,
        *,
        wall: Callable[[], datetime] = _system_wall,
        monotonic_ns: Callable[[], int] | None = None,
        boot_ns: Callable[[], int] | None | str = "system",
    ) -> None:
        self._wall = wall
        if boot_ns == "system":
            # The system's boot clock, unless a test hands in a monotonic clock of its own.
            boot: Callable[[], int] | None = _elapsed_clock() if monotonic_ns is None else None
        else:
            boot = boot_ns if callable(boot_ns) else None
        monotonic_ns = monotonic_ns or time.monotonic_ns
        assert boot is None or callable(boot)
        #: Whether the elapsed time counts through a suspend (no resync needed then).
        self.counts_asleep = boot is not None
        self._monotonic_ns = boot if boot is not None else monotonic_ns
        self._anchor_wall, self._anchor_ns = self._read_anchor()

    def _read_anchor(self) -> tuple[datetime, int]:
        """Read the wall clock and the monotonic clock together."""
        wall = require_aware(self._wall(), "wall clock").astimezone(UTC)
        return wall, self._monotonic_ns()

    def now(self) -> datetime:
        """The anchor plus the monotonic time since, in UTC."""
        # Integer nanoseconds, then whole microseconds: no float rounding that grows with
        # the machine's uptime.
        elapsed_us = (self._monotonic_ns() - self._anchor_ns) // 1000
        return self._anchor_wall + timedelta(microseconds=elapsed_us)

    def wall_skew(self) -> timedelta:
        """How far the system's wall clock is ahead of this clock (negative: behind)."""
        return require_aware(self._wall(), "wall clock") - self.now()

    def resync(self) -> timedelta:
        """Re-anchor on the wall clock now; return the jump (new reading minus old)."""
        before = self.now()
        self._anchor_wall, self._anchor_ns = self._read_anchor()
        return self._anchor_wall - before

    def check_asleep(self) -> timedelta:
        """After a suspend on a system whose elapsed clock stood still, catch up with the
        wall clock; return the jump (zero when nothing happened).

        Only a wall clock *ahead* by more than :data:`ASLEEP` counts: that is what a
        suspend looks like. A wall clock set back, or a small NTP step, is left alone.
        """
        if self.counts_asleep:
            return timedelta(0)
        if self.wall_skew() > ASLEEP:
            return self.resync()
        return timedelta(0)


class OffsetClock:
    """Another clock's time moved by a fixed ``offset``: this instance's clock on the
    shared store's time base (see :func:`measure_offset`)."""

    def __init__(self, base: Clock, offset: timedelta = timedelta(0)) -> None:
        self.base = base
        self.offset = offset

    def now(self) -> datetime:
        return self.base.now() + self.offset

    @property
    def counts_asleep(self) -> bool:
        """Whether the base clock counts through a suspend (see :class:`SystemClock`)."""
        return bool(getattr(self.base, "counts_asleep", False))

    def check_asleep(self) -> timedelta:
        check = getattr(self.base, "check_asleep", None)
        return check() if check is not None else timedelta(0)


@dataclass(frozen=True, slots=True)
class OffsetSample:
    """One exchange with the store's clock: how far it is ahead of ours, and the round trip."""

    offset: timedelta
    round_trip: timedelta


def offset_sample(local: Clock, server_now: Callable[[], datetime]) -> OffsetSample:
    """Ask the store's clock once, the way NTP does: it read ``server`` somewhere between
    our ``before`` and ``after``; assume the middle (the error is at most half the round trip)."""
    before = local.now()
    server = require_aware(server_now(), "server time")
    after = local.now()
    round_trip = after - before
    return OffsetSample(server - (before + round_trip / 2), round_trip)


def best_offset(samples: Sequence[OffsetSample]) -> timedelta:
    """The offset of the exchange with the shortest round trip (the least room for error)."""
    return min(samples, key=lambda sample: sample.round_trip).offset


def measure_offset(local: Clock, server_now: Callable[[], datetime], samples: int = 5) -> timedelta:
    """How far the store's clock is ahead of ``local`` (negative: behind), from ``samples``
    exchanges. Every instance that shows the countdown on ``local + offset`` shows the same
    countdown, whatever its machine's clock says."""
    return best_offset([offset_sample(local, server_now) for _ in range(samples)])


class FakeClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start: datetime) -> None:
        self._now = require_aware(start, "fake clock start").astimezone(UTC)

    def now(self) -> datetime:
        """The current fake instant, in UTC."""
        return self._now

    def advance(self, delta: timedelta | float) -> datetime:
        """Move forward by ``delta`` (a timedelta or seconds); return the new instant.

        Going backwards is refused here so that a slip in a test shows; use :meth:`set`
        to put the clock back on purpose.
        """
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        if step < timedelta(0):
            raise ValueError(f"FakeClock.advance needs a step >= 0, got {step}")
        self._now += step
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (forwards or backwards)."""
        self._now = require_aware(when, "fake clock instant").astimezone(UTC)
