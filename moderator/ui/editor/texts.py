"""How the editor writes times, lengths, roles and findings, in the UI language.

Formatting only: what a time or a finding *is* comes from the domain.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.model import Person, Role, Slot
from moderator.domain.run_sheet_findings import Finding


ROLE_NAMES: dict[Role, str] = {
    Role.SPEAKER: QT_TRANSLATE_NOOP("roles", "Speaker"),
    Role.PANELIST: QT_TRANSLATE_NOOP("roles", "Panelist"),
    Role.MODERATOR: QT_TRANSLATE_NOOP("roles", "Moderator"),
    Role.HOST: QT_TRANSLATE_NOOP("roles", "Host"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_NAMES[role])


def clock_text(value: datetime, zone: ZoneInfo) -> str:
    """A time of day as the run sheet shows it: "14:05" (seconds only when there are some)."""
    local = value.astimezone(zone)
    text = f"{local.hour:02d}:{local.minute:02d}"
    return f"{text}:{local.second:02d}" if local.second else text


def length_text(duration: timedelta) -> str:
    """A slot's length: "20 min", "1 h 30 min", "4 min 30 s"."""
    seconds = round(duration.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if seconds:
        return fill(QCoreApplication.translate("EditorTexts", "%1 min %2 s"), minutes=hours * 60 + minutes, seconds=seconds)
    if hours and minutes:
        return fill(QCoreApplication.translate("EditorTexts", "%1 h %2 min"), hours=hours, minutes=minutes)
    if hours:
        return fill(QCoreApplication.translate("EditorTexts", "%1 h"), hours=hours)
    return fill(QCoreApplication.translate("EditorTexts", "%1 min"), minutes=minutes)


def person_details(person: Person) -> str:
    """Function and organisation on one line: "Leiter, Innovators Club"."""
    return ", ".join(part for part in (person.function, person.organisation) if part)


def people_summary(slot: Slot, people: dict[int, Person]) -> str:
    """Who is on, in order, with the role of anyone who does not speak or sit on the panel."""
    names = []
    for participant in slot.participants:
        person = people.get(participant.person_id)
        if person is None:
            continue
        if participant.role in (Role.MODERATOR, Role.HOST):
            names.append(
                fill(QCoreApplication.translate("EditorTexts", "%1 (%2)"),
                    name=person.display_name, role=role_name(participant.role)
                )
            )
        else:
            names.append(person.display_name)
    return ", ".join(names)


def finding_text(finding: Finding) -> str:
    """A finding's message in the UI language."""
    template = QCoreApplication.translate(finding.context, finding.template)
    try:
        return fill(template, **finding.fields)
    except (KeyError, IndexError, ValueError):
        return finding.message
