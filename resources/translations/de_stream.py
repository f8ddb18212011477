"""German for the stream: overlay pages, the control API for stream decks, its set-up.

Same shape as ``de.py`` (read its docstring for the terms). Stream server = Stream-Server,
overlay page = Overlay-Seite, stream deck = Stream Deck (a product name, kept).
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "control": {
        "{action} needs a whole number, e.g. \u201c{example}\u201d.":
            "{action} braucht eine ganze Zahl, z. B. \u201e{example}\u201c.",
        "handoff needs a person: a name, or their number in the slot.":
            "handoff braucht eine Person: einen Namen oder ihre Nummer im Programmpunkt.",
        "{what} must be a whole number, e.g. \u201c{example}\u201d.":
            "{what} muss eine ganze Zahl sein, z. B. \u201e{example}\u201c.",
        "POSITION counts from 1 (the top of the queue).":
            "POSITION zählt ab 1 (oben in der Warteschlange).",
        "There is no action \u201c{action}\u201d.": "Eine Aktion \u201e{action}\u201c gibt es nicht.",
        "No question is waiting.": "Keine Frage wartet.",
        "ask needs the question's text.": "ask braucht den Text der Frage.",
    },
    "stream": {
        "Now": "Jetzt",
        "Next": "Danach",
        "Question": "Frage",
        "asked by {name}": "gefragt von {name}",
        "to {name}": "an {name}",
        "paused": "angehalten",
        "starts in": "Beginn in",
        "The show has ended.": "Die Sendung ist beendet.",
        "no connection to moderator": "keine Verbindung zu moderator",
        "{path}: not a stream set-up ({reason}).": "{path}: keine Stream-Einrichtung ({reason}).",
    },
}
