"""Where "now" comes from: the clock sources the show clock is read with.

The show clock (:mod:`moderator.domain.clock`) never asks the system for the time itself;
it is handed ``now``. The application passes :class:`SystemClock`, tests pass
:class:`FakeClock` and move time forward by hand, so no test sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable
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

    ``wall`` and ``monotonic_ns`` can be replaced, for tests of this class.
    """

    def __init__(
        self,
        *,
        wall: Callable[[], datetime] = _system_wall,
        monotonic_ns: Callable[[], int] = time.monotonic_ns,
    ) -> None:
        self._wall = wall
        self._monotonic_ns = monotonic_ns
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
