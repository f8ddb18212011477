"""Follow-ups as CSV, as iCalendar tasks (VTODO) and as one text per owner.

- CSV: one row per open question (``;``, a BOM, formula-guarded cells, like the run
  sheet's CSV in :mod:`moderator.exporters.csv_export`).
- iCalendar: one VTODO per question, written by the icalendar library; Thunderbird and
  other task apps import it. The summary is the question, the due date a DATE, the owner
  an ATTENDEE (their e-mail address when the person's contact is one) and a category, so
  that a task list can be filtered by owner. UIDs are stable per event and question, so
  importing again updates the tasks instead of doubling them.
- Text: per owner, a short message listing their questions with who asked and the due
  date, ready to paste into an e-mail; in the event's language.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import UTC, date, datetime

from icalendar import Calendar, Todo, vCalAddress

from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.followups import FollowUp, by_owner
from moderator.domain.model import Event, Person
from moderator.exporters.csv_export import CSV_BOM, guard_formula
from moderator.exporters.html_export import Translate, format_date, primary_language, translator_for
from moderator.exporters.ics_export import PRODID, ics_text

CONTEXT = "followups"
GREETING = QT_TRANSLATE_NOOP("followups", "Hello %1,")
GREETING_NOBODY = QT_TRANSLATE_NOOP("followups", "Questions without an owner yet:")
INTRO = QT_TRANSLATE_NOOP(
    "followups",
    "at “%3” on %1 these audience questions to you were left open. "
    "Could you answer them by %2?",
)
ASKED_BY = QT_TRANSLATE_NOOP("followups", "asked by %1")
DUE = QT_TRANSLATE_NOOP("followups", "due %1")
THANKS = QT_TRANSLATE_NOOP("followups", "Thank you!")
TASK_DESCRIPTION = QT_TRANSLATE_NOOP("followups", "Open question from “%3” (%2), %1.")
CSV_HEADER = (
    "question_id", "question", "asked_by", "organisation", "source", "votes", "addressed_to",
    "owner", "owner_contact", "due", "status",
)

_EMAIL = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:]+$")


def _who(item: FollowUp) -> str:
    question = item.question
    asked = question.asked_by.strip()
    organisation = question.organisation.strip()
    return f"{asked} ({organisation})" if asked and organisation else asked or organisation


def export_followups_csv(items: tuple[FollowUp, ...]) -> str:
    """One row per follow-up (see the module); column names in English, like the report's CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for item in items:
        q = item.question
        writer.writerow(
            [
                str(q.id), guard_formula(q.text), guard_formula(q.asked_by), guard_formula(q.organisation), q.source.value,
                str(q.votes), guard_formula(item.addressee.display_name if item.addressee else ""),
                guard_formula(item.owner.display_name if item.owner else ""),
                guard_formula(item.owner.contact if item.owner else ""), item.due.isoformat(), q.status.value,
            ]
        )
    return CSV_BOM + buffer.getvalue()


def _uid(event: Event, question_id: int | None) -> str:
    seed = f"{event.title}|{event.start.isoformat()}".encode()
    return f"followup-{question_id}-{hashlib.sha1(seed).hexdigest()[:12]}@moderator"


def _attendee(person: Person) -> vCalAddress:
    contact = person.contact.strip().removeprefix("mailto:")
    address = vCalAddress(f"mailto:{contact}" if _EMAIL.match(contact) else "mailto:owner@moderator.invalid")
    address.params["CN"] = ics_text(person.display_name)
    address.params["ROLE"] = "REQ-PARTICIPANT"
    return address


def export_followups_ics(
    items: tuple[FollowUp, ...], event: Event, *, texts: Translate | None = None, language: str = "en",
    stamp: datetime | None = None,
) -> bytes:
    """The follow-ups as an iCalendar file of VTODOs (UTF-8, CRLF line ends)."""
    lang = primary_language(language)
    tr = texts if texts is not None else translator_for(lang)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    day = format_date(event.start.date(), lang, weekday=False)
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    for item in items:
        q = item.question
        todo = Todo()
        todo.add("UID", _uid(event, q.id))
        todo.add("DTSTAMP", stamp)
        todo.add("CREATED", q.created_at.astimezone(UTC))
        todo.add("SUMMARY", ics_text(" ".join(q.text.split())))
        asked = fill(tr(CONTEXT, ASKED_BY), who=_who(item)) if _who(item) else ""
        description = fill(tr(CONTEXT, TASK_DESCRIPTION), event=event.title, date=day, asked=asked)
        todo.add("DESCRIPTION", ics_text(f"{q.text}\n\n{description}"))
        todo.add("DUE", item.due)
        todo.add("STATUS", "NEEDS-ACTION")
        if item.owner is not None:
            todo.add("ATTENDEE", _attendee(item.owner))
            todo.add("CATEGORIES", [ics_text(item.owner.display_name)])
        calendar.add_component(todo)
    return calendar.to_ical()


def owner_texts(
    items: tuple[FollowUp, ...], event: Event, *, texts: Translate | None = None, language: str = "en"
) -> tuple[tuple[Person | None, str], ...]:
    """One message per owner listing their questions (the owner ``None``: nobody yet)."""
    lang = primary_language(language)
    tr = texts if texts is not None else translator_for(lang)
    day = format_date(event.start.date(), lang, weekday=False)
    result = []
    for owner, group in by_owner(items):
        latest: date = max(item.due for item in group)
        lines = []
        if owner is not None:
            lines.append(fill(tr(CONTEXT, GREETING), name=owner.display_name))
            lines.append("")
            lines.append(
                fill(tr(CONTEXT, INTRO), event=event.title, date=day, due=format_date(latest, lang, weekday=False))
            )
        else:
            lines.append(tr(CONTEXT, GREETING_NOBODY))
        lines.append("")
        for number, item in enumerate(group, start=1):
            details = [fill(tr(CONTEXT, ASKED_BY), who=_who(item))] if _who(item) else []
            if item.due != latest:
                details.append(fill(tr(CONTEXT, DUE), due=format_date(item.due, lang, weekday=False)))
            suffix = f" ({'; '.join(details)})" if details else ""
            lines.append(f"{number}. {' '.join(item.question.text.split())}{suffix}")
        if owner is not None:
            lines += ["", tr(CONTEXT, THANKS)]
        result.append((owner, "\n".join(lines) + "\n"))
    return tuple(result)


def export_followups_text(
    items: tuple[FollowUp, ...], event: Event, *, texts: Translate | None = None, language: str = "en"
) -> str:
    """Every owner's message, one after the other, each under a line with the owner's name."""
    parts = []
    for owner, text in owner_texts(items, event, texts=texts, language=language):
        name = owner.display_name if owner is not None else "—"
        contact = f" <{owner.contact.strip()}>" if owner is not None and owner.contact.strip() else ""
        parts.append(f"=== {name}{contact} ===\n\n{text}")
    return "\n".join(parts)
