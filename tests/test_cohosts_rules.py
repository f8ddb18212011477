"""The rules of control among co-hosts (pure: no Qt, no database)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from moderator.domain.cohosts import (
    GONE_AFTER,
    QUIET_AFTER,
    Control,
    ControlError,
    HostRole,
    Instance,
    claim_for_action,
    claim_on_join,
    hand_over,
    is_quiet,
    present,
    release,
    take_control,
)

NOW = datetime(2021, 6, 9, 12, 0, tzinfo=timezone.utc)
MIRA = Instance("m", "Mira", HostRole.MODERATOR, NOW)
CEM = Instance("c", "Cem", HostRole.COHOST, NOW)


def test_the_first_clock_action_takes_control_when_nobody_has_it() -> None:
    assert claim_for_action(Control(), CEM, (MIRA, CEM), NOW) == Control("c", "Cem", NOW)
    mine = Control("m", "Mira", NOW - timedelta(hours=1))
    assert claim_for_action(mine, MIRA, (MIRA, CEM), NOW) is mine


def test_a_clock_action_by_a_follower_is_refused_with_who_controls_it() -> None:
    with pytest.raises(ControlError, match="Mira controls the clock; ask for a hand-over"):
        claim_for_action(Control("m", "Mira", NOW), CEM, (MIRA, CEM), NOW)
    later = NOW + QUIET_AFTER
    with pytest.raises(ControlError, match="gone quiet"):
        claim_for_action(Control("m", "Mira", NOW), CEM, (MIRA, CEM), later)


def test_only_the_controller_hands_over_and_only_to_someone_present() -> None:
    control = Control("m", "Mira", NOW)
    assert hand_over(control, MIRA, "c", (MIRA, CEM), NOW + timedelta(seconds=3)) == Control(
        "c", "Cem", NOW + timedelta(seconds=3)
    )
    with pytest.raises(ControlError, match="Only the instance"):
        hand_over(control, CEM, "c", (MIRA, CEM), NOW)
    with pytest.raises(ControlError, match="not connected"):
        hand_over(control, MIRA, "c", (MIRA, CEM), NOW + QUIET_AFTER)
    with pytest.raises(ControlError, match="not connected"):
        hand_over(control, MIRA, "nobody", (MIRA, CEM), NOW)


def test_control_is_taken_only_from_a_quiet_controller() -> None:
    control = Control("m", "Mira", NOW)
    with pytest.raises(ControlError, match="still active"):
        take_control(control, CEM, (MIRA, CEM), NOW + QUIET_AFTER - timedelta(seconds=1))
    later = NOW + QUIET_AFTER
    cem_now = Instance("c", "Cem", HostRole.COHOST, later)
    assert take_control(control, cem_now, (MIRA, cem_now), later) == Control("c", "Cem", later)
    # A controller that is gone from the list entirely is as quiet as can be.
    assert take_control(control, cem_now, (cem_now,), later).instance_id == "c"


def test_quiet_gone_and_leaving() -> None:
    assert not is_quiet(MIRA, NOW + QUIET_AFTER - timedelta(microseconds=1))
    assert is_quiet(MIRA, NOW + QUIET_AFTER)
    assert is_quiet(None, NOW)
    assert present((CEM, MIRA), NOW) == (MIRA, CEM)  # moderators first
    assert present((CEM, MIRA), NOW + GONE_AFTER) == ()
    assert release(Control("m", "Mira", NOW), MIRA) == Control()
    assert release(Control("m", "Mira", NOW), CEM) == Control("m", "Mira", NOW)


def test_a_moderator_joining_takes_control_only_from_nobody_or_someone_long_gone() -> None:
    assert claim_on_join(Control(), MIRA, (MIRA,), NOW) == Control("m", "Mira", NOW)
    cems = Control("c", "Cem", NOW)
    assert claim_on_join(cems, MIRA, (MIRA, CEM), NOW) == cems  # Cem is here
    assert claim_on_join(cems, MIRA, (MIRA, CEM), NOW + QUIET_AFTER) == cems  # quiet: ask first
    later = NOW + GONE_AFTER
    assert claim_on_join(cems, MIRA, (MIRA, CEM), later) == Control("m", "Mira", later)  # long gone
    assert claim_on_join(cems, MIRA, (MIRA,), NOW) == Control("m", "Mira", NOW)  # no such instance
