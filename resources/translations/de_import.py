"""The German texts of "New event from file…" (importing a run sheet in the app).

Same shape and terms as ``de.py`` (which see): slot = Programmpunkt, run sheet =
Ablaufplan, event = Veranstaltung; a conference schedule is a Konferenzprogramm, its rooms
are Räume and its talks become Programmpunkte. ``update.py`` merges this file with the
others.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "actions": {
        "New event from file…": "Neue Veranstaltung aus Datei…",
    },
    "App": {
        "New event from file…": "Neue Veranstaltung aus Datei…",
    },
    "ImportFlow": {
        "Run sheets (*.ics *.xml *.json *.csv *.xlsx *.txt)": "Ablaufpläne (*.ics *.xml *.json *.csv *.xlsx *.txt)",
        "Calendars (*.ics)": "Kalender (*.ics)",
        "Conference schedules (*.xml *.json)": "Konferenzprogramme (*.xml *.json)",
        "Spreadsheets (*.csv *.xlsx)": "Tabellen (*.csv *.xlsx)",
        "Agenda text (*.txt)": "Agenda als Text (*.txt)",
        "All files (*)": "Alle Dateien (*)",
        "{file} cannot be read: {reason}": "{file} kann nicht gelesen werden: {reason}",
        "{file} is too large for a run sheet ({size} MB).": "{file} ist zu groß für einen Ablaufplan ({size} MB).",
        "New event from file": "Neue Veranstaltung aus Datei",
        "Save the new event as": "Neue Veranstaltung speichern unter",
        "Event files (*{ext})": "Veranstaltungsdateien (*{ext})",
        "Reading {file}…": "{file} wird gelesen…",
        "Creating {file}…": "{file} wird angelegt…",
    },
    "BusyDialog": {
        "New event from file": "Neue Veranstaltung aus Datei",
        "Cancel": "Abbrechen",
    },
    "ScheduleChoiceDialog": {
        "Choose a day and a room": "Tag und Raum wählen",
        "This schedule has several days or rooms. A run sheet holds one room on one day: choose the day and the room.":
            "Dieses Programm hat mehrere Tage oder Räume. Ein Ablaufplan umfasst einen Raum an einem Tag: bitte Tag und Raum wählen.",
        "&Day": "&Tag",
        "&Room": "&Raum",
        "&Import": "&Importieren",
        "Cancel": "Abbrechen",
        "Day {index} · {talks}": "Tag {index} · {talks}",
        "Day {index} · {date} · {talks}": "Tag {index} · {date} · {talks}",
        "1 talk": "1 Programmpunkt",
        "{count} talks": "{count} Programmpunkte",
    },
    "ImportPreviewDialog": {
        "agenda text": "Agenda als Text",
        "moderator event (JSON)": "moderator-Veranstaltung (JSON)",
        "iCalendar": "iCalendar",
        "conference schedule (frab XML)": "Konferenzprogramm (frab-XML)",
        "conference schedule (JSON)": "Konferenzprogramm (JSON)",
        "spreadsheet": "Tabelle",
        "New event from file": "Neue Veranstaltung aus Datei",
        "Untitled event": "Unbenannte Veranstaltung",
        "{first} to {last}": "{first} bis {last}",
        "Date:": "Datum:",
        "Time:": "Zeit:",
        "{start}–{end} ({zone})": "{start}–{end} Uhr ({zone})",
        "Slots:": "Programmpunkte:",
        "People:": "Personen:",
        "From:": "Quelle:",
        "{file} — {format}": "{file} — {format}",
        "… and 1 more slot": "… und 1 weiterer Programmpunkt",
        "… and {count} more slots": "… und {count} weitere Programmpunkte",
        "Line {line}: {reason}": "Zeile {line}: {reason}",
        "Please check:": "Bitte prüfen:",
        "&Create event file…": "Veranstaltungsdatei &anlegen…",
        "Cancel": "Abbrechen",
        "Start": "Beginn",
        "Length": "Dauer",
        "Slot": "Programmpunkt",
        "Kind": "Art",
        "People": "Personen",
    },
}
