"""German for the live moment: the one live undo, where the keys go, the speaker view's
states, the time base and the outage (issue 12).

Same shape as ``de.py`` (read its docstring for the terms). Undo = rückgängig machen;
live action = Live-Aktion; speaker view = Sprecheransicht; floor = das Wort.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "CockpitWindow": {
        "Show → Undo": "Sendung → Rückgängig",
        "Nothing to undo.": "Nichts rückgängig zu machen.",
    },
    "KeysIndicator": {
        "⌨ Keys: the show": "⌨ Tasten: Sendung",
        "⌨ Keys: the show and the queue": "⌨ Tasten: Sendung und Fragenliste",
        "⌨ Typing into a field · Esc: back to the show": "⌨ Eingabe in ein Feld · Esc: zurück zur Sendung",
        "⌨ Editing a question · Enter saves, Esc cancels": "⌨ Frage wird bearbeitet · Enter speichert, Esc verwirft",
    },
    "LiveLine": {
        "Show started: {subject}": "Sendung gestartet: {subject}",
        "Paused": "Angehalten",
        "Resumed": "Weiter",
        "Next slot: {subject}": "Weiter: {subject}",
        "Back to: {subject}": "Zurück zu: {subject}",
        "Jumped to: {subject}": "Gesprungen zu: {subject}",
        "Time {subject} s": "Zeit {subject} s",
        "Show ended": "Sendung beendet",
        "Show restarted": "Sendung neu gestartet",
        "Floor to {subject}": "Das Wort hat {subject}",
        "Nobody speaking": "Niemand spricht",
        "Last hand-off taken back": "Letzte Übergabe zurückgenommen",
        "Speaker view message: {subject}": "Nachricht auf der Sprecheransicht: {subject}",
        "Speaker view: wrap-up request": "Sprecheransicht: Bitte zum Schluss kommen",
        "Speaker view blacked out": "Sprecheransicht abgedunkelt",
        "Speaker view blinked": "Sprecheransicht geblinkt",
        "Queue changed": "Fragenliste geändert",
        "Speaker view message cleared": "Nachricht auf der Sprecheransicht gelöscht",
        "Speaker view: wrap-up request taken back": "Sprecheransicht: Schlussbitte zurückgenommen",
        "Speaker view shown again": "Sprecheransicht wieder sichtbar",
        "{action} · {keys} undoes": "{action} · {keys} nimmt zurück",
        "Undone: {action}": "Rückgängig gemacht: {action}",
    },
    "SpeakerBadge": {
        "BLACKOUT": "ABGEDUNKELT",
        "blinking": "blinkt",
        "wrap-up request": "Schlussbitte",
        "message: “{text}”": "Nachricht: „{text}“",
        "Speaker view: {states}": "Sprecheransicht: {states}",
        "Speaker view CLOSED: {states}": "Sprecheransicht ZU: {states}",
    },
    "actions": {
        "Undo the last live action": "Letzte Live-Aktion rückgängig machen",
    },
    "live_undo": {
        "Not undone: someone else changed the clock, the floor or the speaker view since.":
            "Nicht rückgängig gemacht: Inzwischen hat jemand anderes die Uhr, das Wort oder die Sprecheransicht geändert.",
        "Nothing to undo.": "Nichts rückgängig zu machen.",
    },
}
