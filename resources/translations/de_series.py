"""The German texts of "New event from this one…" (the next event of a series, templates).

Same shape and terms as ``de.py`` (which see). ``update.py`` merges this file with the
others.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "actions": {
        "New event from this one…": "Neue Veranstaltung aus dieser…",
    },
    "NewFromThisDialog": {
        "New event from this one": "Neue Veranstaltung aus dieser",
        "This event": "Diese Veranstaltung",
        "Template: {name}": "Vorlage: {name}",
        "Take the people along, with their intros": "Personen mit ihren Anmoderationen übernehmen",
        "Start from": "Ausgehend von",
        "Date": "Datum",
        "Start": "Beginn",
        "Title": "Titel",
        "Same slots, kinds, lengths and notes; no live state, log, questions or readiness. Templates: {folder}":
            "Dieselben Programmpunkte, Arten, Dauern und Notizen; kein Live-Zustand, Protokoll, keine Fragen und kein Bereitschaftsstand. Vorlagen: {folder}",
        "Create…": "Anlegen…",
        "Keep as template": "Als Vorlage behalten",
        "Save the new event as": "Neue Veranstaltung speichern unter",
        "Event files (*{ext})": "Veranstaltungsdateien (*{ext})",
        "Kept as template: {path}": "Als Vorlage behalten: {path}",
    },
}
