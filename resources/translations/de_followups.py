"""The German texts of the follow-ups (questions left open: owner, due date, texts per owner).

Same shape and terms as ``de.py`` (which see). ``update.py`` merges this file with the
others.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "AfterShowReportDialog": {
        "Follow-ups…": "Offene Fragen nachfassen…",
    },
    "FollowUpsDialog": {
        "Follow-ups": "Offene Fragen",
        "The questions left open. Each goes to its owner by the due date; changes are saved at once.":
            "Die offen gebliebenen Fragen. Jede geht bis zum Fälligkeitsdatum an ihre zuständige Person; Änderungen werden sofort gespeichert.",
        "Question": "Frage",
        "Asked by": "Gestellt von",
        "Owner": "Zuständig",
        "Due": "Fällig",
        "One text per owner (e-mail)": "Ein Text je zuständige Person (E-Mail)",
        "Tasks (iCalendar)": "Aufgaben (iCalendar)",
        "Spreadsheet (CSV)": "Tabelle (CSV)",
        "Save…": "Speichern…",
        "(nobody yet)": "(noch niemand)",
        "Save the follow-ups as": "Offene Fragen speichern unter",
        "Saved: {path}": "Gespeichert: {path}",
    },
    "followups": {
        "Hello {name},": "Guten Tag {name},",
        "Questions without an owner yet:": "Fragen, die noch niemand übernommen hat:",
        "at “{event}” on {date} these audience questions to you were left open. Could you answer them by {due}?":
            "bei „{event}“ am {date} sind diese Fragen aus dem Publikum an Sie offen geblieben. Könnten Sie sie bis zum {due} beantworten?",
        "asked by {who}": "gestellt von {who}",
        "due {due}": "fällig am {due}",
        "Thank you!": "Vielen Dank!",
        "Open question from “{event}” ({date}), {asked}.": "Offene Frage aus „{event}“ ({date}), {asked}.",
    },
}
