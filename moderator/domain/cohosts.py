"""Who is who among the instances that share one event, and who controls the clock.

Pure rules, no Qt and no database. Every instance of the app that has the event open is an
:class:`Instance` with a display name and a :class:`HostRole`, and says it is alive with a
heartbeat every :data:`HEARTBEAT`. Exactly one instance controls the clock (:class:`Control`);
the others follow it. Control moves in two ways:

- the controlling instance hands it to another one that is present (:func:`hand_over`);
- another instance takes it once the controlling one has gone quiet, no heartbeat for
  :data:`QUIET_AFTER` (:func:`take_control`, after the user confirmed). Taking it from an
  instance that is still alive is refused: that is what a hand-over is for.

When nobody controls the clock (a new event, or the controller left), the first instance
that acts on the clock takes control with that action (:func:`claim_for_action`).

The clock itself is not part of control: it is derived from the stored live state, so a
hand-over changes nobody's countdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError

#: How often an instance says it is alive.
HEARTBEAT: Final = timedelta(seconds=5)
#: An instance not heard of for this long has gone quiet (three heartbeats missed).
QUIET_AFTER: Final = timedelta(seconds=15)
#: An instance not heard of for this long has left; it is no longer listed.
GONE_AFTER: Final = timedelta(minutes=10)


class HostRole(StrEnum):
    MODERATOR = "moderator"
    COHOST = "cohost"


class ControlError(UserError):
    """A clock action or a change of control that this instance may not make now."""

    context = "cohosts"


CONTROLLED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "cohosts", "%1 controls the clock; ask for a hand-over to change it here."
)
CONTROLLER_QUIET = QT_TRANSLATE_NOOP(
    "cohosts",
    "%1 controls the clock but has gone quiet; take control (Co-hosts menu) to go on here.",
)
NOT_YOURS = QT_TRANSLATE_NOOP("cohosts", "Only the instance that controls the clock can hand it over.")
NOT_PRESENT = QT_TRANSLATE_NOOP("cohosts", "%1 is not connected; control stays here.")
STILL_ACTIVE = QT_TRANSLATE_NOOP(
    "cohosts", "%1 is still active; ask for a hand-over instead of taking control."
)


@dataclass(frozen=True, slots=True)
class Instance:
    """One running app that has the event open."""

    id: str
    name: str
    role: HostRole
    last_seen: datetime

    @property
    def label(self) -> str:
        return self.name or self.id[:8]


@dataclass(frozen=True, slots=True)
class Control:
    """Who controls the clock (``instance_id`` None: nobody), and since when."""

    instance_id: str | None = None
    name: str = ""
    since: datetime | None = None


def is_quiet(instance: Instance | None, now: datetime) -> bool:
    """Whether ``instance`` has not been heard of for :data:`QUIET_AFTER` (or is unknown)."""
    return instance is None or now - instance.last_seen >= QUIET_AFTER


def present(instances: tuple[Instance, ...], now: datetime) -> tuple[Instance, ...]:
    """The instances heard of recently enough to list, moderators first, then by name."""
    alive = [i for i in instances if now - i.last_seen < GONE_AFTER]
    return tuple(sorted(alive, key=lambda i: (i.role != HostRole.MODERATOR, i.label.casefold(), i.id)))


def find(instances: tuple[Instance, ...], instance_id: str | None) -> Instance | None:
    return next((i for i in instances if i.id == instance_id), None)


def controller_label(control: Control, instances: tuple[Instance, ...]) -> str:
    """The controlling instance's name as people see it now."""
    found = find(instances, control.instance_id)
    return found.label if found is not None else (control.name or (control.instance_id or "")[:8])


def claim_for_action(control: Control, me: Instance, instances: tuple[Instance, ...], now: datetime) -> Control:
    """The control under which ``me`` may act on the clock, or :class:`ControlError`.

    Mine already: unchanged. Nobody's: mine from now on. Another instance's: refused,
    with a message that says whether that instance is alive or has gone quiet.
    """
    if control.instance_id == me.id:
        return control
    if control.instance_id is None:
        return Control(me.id, me.name, now)
    name = controller_label(control, instances)
    if is_quiet(find(instances, control.instance_id), now):
        raise ControlError(CONTROLLER_QUIET, name=name)
    raise ControlError(CONTROLLED_ELSEWHERE, name=name)


def claim_on_join(control: Control, me: Instance, instances: tuple[Instance, ...], now: datetime) -> Control:
    """The control after a moderator's instance joins: its own if nobody holds it.

    Nobody holds it when no instance has it, or when the one that had it is long gone
    (:data:`GONE_AFTER`, e.g. an app killed yesterday). An instance that is only quiet
    keeps it: taking it over is the user's decision (:func:`take_control`).
    """
    holder = control.instance_id
    if holder is None or (holder != me.id and find(present(instances, now), holder) is None):
        return Control(me.id, me.name, now)
    return control


def hand_over(control: Control, me: Instance, target_id: str, instances: tuple[Instance, ...], now: datetime) -> Control:
    """``me`` (the controller) gives control to the instance ``target_id``, which is present."""
    if control.instance_id not in (None, me.id):
        raise ControlError(NOT_YOURS)
    target = find(instances, target_id)
    if target is None or is_quiet(target, now):
        raise ControlError(NOT_PRESENT, name=target.label if target else target_id[:8])
    return Control(target.id, target.name, now)


def take_control(control: Control, me: Instance, instances: tuple[Instance, ...], now: datetime) -> Control:
    """``me`` takes control from a controller that has gone quiet (the user confirmed)."""
    if control.instance_id in (None, me.id):
        return Control(me.id, me.name, control.since if control.instance_id == me.id else now)
    holder = find(instances, control.instance_id)
    if not is_quiet(holder, now):
        raise ControlError(STILL_ACTIVE, name=controller_label(control, instances))
    return Control(me.id, me.name, now)


def release(control: Control, me: Instance) -> Control:
    """``me`` leaves: control is nobody's if it was mine, else unchanged."""
    return Control() if control.instance_id == me.id else control
