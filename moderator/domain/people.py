"""Finding people on the run sheet by what a user types."""

from __future__ import annotations

from collections.abc import Sequence

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.model import Person


class PersonNotFound(UserError):
    context = "people"


def find_person(people: Sequence[Person], query: str) -> Person:
    """The one person that ``query`` names: an id, a full name, or a unique part of one."""
    wanted = " ".join(query.split()).casefold()
    if wanted.isdigit():
        for person in people:
            if person.id == int(wanted):
                return person
    exact = [p for p in people if wanted in (p.key, " ".join(p.name.split()).casefold())]
    if len(exact) == 1:
        return exact[0]
    partial = [p for p in people if wanted and wanted in p.key]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise PersonNotFound(
            QT_TRANSLATE_NOOP("people", "Nobody called \u201c%1\u201d is on the run sheet."),
            query=query,
        )
    raise PersonNotFound(
        QT_TRANSLATE_NOOP("people", "\u201c%2\u201d could mean %1; be more precise."),
        query=query,
        names=", ".join(p.display_name for p in partial),
    )
