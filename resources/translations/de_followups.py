"""The German texts of the follow-ups (questions left open: owner, due date, texts per owner).

Same shape and terms as ``de.py`` (which see). ``update.py`` merges this file with the
others.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
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
