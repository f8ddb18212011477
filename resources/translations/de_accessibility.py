"""German for issue 19: accessible names and descriptions, phase names, high contrast."""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "CaptureBar": {
        "New question": "Neue Frage",
        "The audience question's text; Enter adds it to the queue, Esc goes back to the cockpit.": "Der Text der Publikumsfrage; Enter stellt sie in die Warteschlange, Esc führt zurück ins Cockpit.",
        "Who asked the question (optional).": "Wer die Frage gestellt hat (optional).",
        "Municipality or organisation": "Kommune oder Organisation",
        "Where the person who asked comes from (optional).": "Woher die fragende Person kommt (optional).",
        "Addressed to": "Gerichtet an",
        "The person on the panel the question is for (optional).": "Die Person auf dem Podium, an die sich die Frage richtet (optional).",
        "Where the question came from": "Woher die Frage kam",
    },
    "CockpitWindow": {
        "Cockpit": "Cockpit",
        "The live keys act here: Space starts or pauses, the arrows change the slot, F1 lists every key.": "Hier wirken die Live-Tasten: Leertaste startet oder pausiert, die Pfeiltasten wechseln den Programmpunkt, F1 zeigt alle Tasten.",
        "Run sheet": "Ablaufplan",
        "The event's slots; Enter jumps to the selected slot.": "Die Programmpunkte der Veranstaltung; Enter springt zum gewählten Programmpunkt.",
    },
    "FindingsPanel": {
        "To check before the show": "Vor der Sendung zu prüfen",
        "Overlaps, gaps and empty slots; Enter or a double-click selects the slot.": "Überschneidungen, Lücken und unbesetzte Programmpunkte; Enter oder ein Doppelklick wählt den Programmpunkt.",
    },
    "PeopleDirectory": {
        "People": "Personen",
        "Everyone on the run sheet: name, title, function, organisation, intro and pronunciation.": "Alle Personen im Ablaufplan: Name, Titel, Funktion, Organisation, Vorstellung und Aussprache.",
    },
    "QueuePanel": {
        "Shows only the questions that contain this text.": "Zeigt nur die Fragen, die diesen Text enthalten.",
        "Question queue": "Fragen-Warteschlange",
        "Audience questions in the order they go on air; Ctrl+Up and Ctrl+Down move the selected one, O puts it on air.": "Publikumsfragen in der Reihenfolge, in der sie drankommen; Strg+Hoch und Strg+Runter verschieben die gewählte, O stellt sie auf Sendung.",
    },
    "RunSheetEditor": {
        "Slots": "Programmpunkte",
        "The run sheet's slots: start, end, length, title, kind; edit in place, Ctrl+Up and Ctrl+Down move a slot.": "Die Programmpunkte des Ablaufplans: Beginn, Ende, Dauer, Titel, Art; direkt bearbeiten, Strg+Hoch und Strg+Runter verschieben einen Programmpunkt.",
    },
    "SlotPanel": {
        "The slot's people in the order they are introduced, with their roles.": "Die Personen des Programmpunkts in der Reihenfolge ihrer Vorstellung, mit ihren Rollen.",
        "Person to add": "Hinzuzufügende Person",
        "Choose or type a person, then Add puts them into this slot.": "Person wählen oder eintippen; Hinzufügen nimmt sie in diesen Programmpunkt auf.",
        "Role in the slot": "Rolle im Programmpunkt",
        "What the moderator should know or say in this slot.": "Was die Moderation in diesem Programmpunkt wissen oder sagen sollte.",
    },
    "actions": {
        "High contrast (bright rooms)": "Hoher Kontrast (helle Räume)",
    },
    "phases": {
        "Before the show": "Vor der Sendung",
        "Running": "Läuft",
        "Warning": "Vorwarnung",
        "Last seconds": "Letzte Sekunden",
        "Overtime": "Überzogen",
        "Show ended": "Sendung beendet",
        "Paused": "Pause",
    },
}
