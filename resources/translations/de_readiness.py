"""The German texts of the readiness board (the tech check before the show).

Same shape and terms as ``de.py`` (which see). ``update.py`` merges this file with the
others.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "readiness": {
        "Person {person_id} is not on the readiness board.": "Person {person_id} steht nicht auf der Bereitschaftsliste.",
        "A note has room for {limit} characters.": "Eine Notiz hat Platz für {limit} Zeichen.",
    },
    "ReadinessPanel": {
        "Readiness board": "Bereitschaftsübersicht",
        "Joined (J)": "Beigetreten (J)",
        "Audio (A)": "Ton (A)",
        "Video (V)": "Bild (V)",
        "Slides (S)": "Folien (S)",
        "Person": "Person",
        "Note": "Notiz",
        "Readiness": "Bereitschaft",
        "Up next: {name} is not marked as joined yet.": "Als Nächstes: {name} ist noch nicht als beigetreten markiert.",
        "Not ready yet: {names}": "Noch nicht bereit: {names}",
        "Everyone on the run sheet is ready.": "Alle im Ablaufplan sind bereit.",
    },
}
