"""What to look at on the run sheet before the show: overlaps, gaps, slots without people.

Everything here is pure (stdlib only; no Qt, no database). :func:`validate` goes through
a :class:`~moderator.domain.run_sheet.RunSheet` slot by slot and returns its
:class:`Finding` objects, each with an English message marked for translation (context
``"run_sheet"``), which the editor shows under its table and beside the slots.

A module of its own, apart from :mod:`moderator.domain.run_sheet`: only the editor (and
its paste dialog) uses it, never the cockpit's first paint, which so does without its
dataclass and enum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import ClassVar, Final

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import SlotKind
# The run sheet's own helpers, shared by its modules.
from moderator.domain.run_sheet import _ZERO, RunSheet, _id, _utc, duration_text

#: Slots that need someone on stage; without people they are reported (:func:`validate`).
KINDS_WITH_PEOPLE: Final = frozenset({SlotKind.WELCOME, SlotKind.TALK, SlotKind.PANEL, SlotKind.QA})


# --- validation -------------------------------------------------------------------------


class FindingKind(StrEnum):
    """What :func:`validate` found wrong with a slot."""

    OVERLAP = "overlap"
    GAP = "gap"
    AFTER_END = "after_end"
    BEFORE_START = "before_start"
    NO_PEOPLE = "no_people"
    NO_TITLE = "no_title"


OVERLAP_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%3\u201d starts %1 before \u201c%2\u201d ends."
)
GAP_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "%1 free between \u201c%2\u201d and \u201c%3\u201d."
)
AFTER_END_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%2\u201d ends %1 after the end of the show."
)
BEFORE_START_MESSAGE = QT_TRANSLATE_NOOP(
    "run_sheet", "\u201c%2\u201d starts %1 before the show; only a pre-show may."
)
NO_PEOPLE_MESSAGE = QT_TRANSLATE_NOOP("run_sheet", "Nobody is assigned to \u201c%1\u201d.")
NO_TITLE_MESSAGE = QT_TRANSLATE_NOOP("run_sheet", "Slot %1 has no title.")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at on the run sheet, with a message the UI translates.

    ``slot_id`` is the slot it is about; ``other_slot_id`` the slot before it for an
    overlap or a gap; ``amount`` how much (overlap, gap, minutes after the end or before
    the start). ``template`` is English marked for translation in :attr:`context`, and
    ``fields`` fill it (``title``, ``other``, ``amount`` as "5:00" or "1:05:00",
    ``number``): the UI shows ``fill(translate(context, template), **fields)``.
    """

    kind: FindingKind
    slot_id: int
    other_slot_id: int | None
    amount: timedelta | None
    template: str
    fields: Mapping[str, str] = field(default_factory=dict)

    #: The translation context of ``template``.
    context: ClassVar[str] = "run_sheet"

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))

    def __hash__(self) -> int:
        return hash(
            (self.kind, self.slot_id, self.other_slot_id, self.amount, frozenset(self.fields.items()))
        )

    @property
    def message(self) -> str:
        """The one-line English message."""
        return fill(self.template, **self.fields)


def validate(sheet: RunSheet) -> tuple[Finding, ...]:
    """What to look at before the show, slot by slot in running order.

    For each slot: an overlap with the slot before or a gap after it (consecutive slots
    only; a pinned slot is where both arise), a start before the event's start (a
    pre-show may start before: the seed's 13:50 check-in precedes the 14:00 start), an
    end after the event's end, no people on a welcome, talk, panel or Q&A, and no title.
    """
    findings: list[Finding] = []
    event = sheet.event
    for index, slot in enumerate(sheet.slots):
        slot_id = _id(slot.id)
        title = slot.title
        if index > 0:
            before = sheet.slots[index - 1]
            step = _utc(slot.start) - _utc(before.end)
            if step != _ZERO:
                kind, template = (
                    (FindingKind.GAP, GAP_MESSAGE)
                    if step > _ZERO
                    else (FindingKind.OVERLAP, OVERLAP_MESSAGE)
                )
                findings.append(
                    Finding(
                        kind, slot_id, before.id, abs(step), template,
                        {"title": title, "other": before.title, "amount": duration_text(abs(step))},
                    )
                )
        early = _utc(event.start) - _utc(slot.start)
        if early > _ZERO and slot.kind != SlotKind.PRE_SHOW:
            findings.append(
                Finding(
                    FindingKind.BEFORE_START, slot_id, None, early, BEFORE_START_MESSAGE,
                    {"title": title, "amount": duration_text(early)},
                )
            )
        late = _utc(slot.end) - _utc(event.end)
        if late > _ZERO:
            findings.append(
                Finding(
                    FindingKind.AFTER_END, slot_id, None, late, AFTER_END_MESSAGE,
                    {"title": title, "amount": duration_text(late)},
                )
            )
        if slot.kind in KINDS_WITH_PEOPLE and not slot.participants:
            findings.append(
                Finding(FindingKind.NO_PEOPLE, slot_id, None, None, NO_PEOPLE_MESSAGE, {"title": title})
            )
        if not title.strip():
            findings.append(
                Finding(
                    FindingKind.NO_TITLE, slot_id, None, None, NO_TITLE_MESSAGE,
                    {"number": str(index + 1)},
                )
            )
    return tuple(findings)


__all__ = [
    "KINDS_WITH_PEOPLE",
    "Finding",
    "FindingKind",
    "validate",
]
