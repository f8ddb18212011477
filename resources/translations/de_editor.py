"""The German texts of the run-sheet editor (``moderator/ui/editor/``), merged by
``update.py`` with ``de.py``; the terms and the shape are those of ``de.py``.

Terms: slot = Programmpunkt, run sheet = Ablaufplan, show = Sendung, event =
Veranstaltung, pinned start = feste Startzeit ("fixieren"), moderator notes =
Moderationsnotizen. The roles read as in the printed run sheet (Referent:in,
Podiumsgast, Moderation, Gastgeber:in). The editor's menu titles carry unique
mnemonics: &Ablaufplan, &Bearbeiten, &Personen.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "actions": {
        "Edit run sheet…": "Ablaufplan bearbeiten…",
    },
    "editor_actions": {
        "Add slot": "Programmpunkt hinzufügen",
        "A new slot after the selected one": "Ein neuer Programmpunkt nach dem ausgewählten",
        "Duplicate slot": "Programmpunkt duplizieren",
        "Remove slot": "Programmpunkt entfernen",
        "Remove the selected slot (Undo brings it back)":
            "Den ausgewählten Programmpunkt entfernen (Rückgängig holt ihn zurück)",
        "Move up": "Nach oben",
        "Move down": "Nach unten",
        "Pin start": "Startzeit fixieren",
        "A pinned slot keeps its start when the slots before it change":
            "Ein fixierter Programmpunkt behält seine Startzeit, wenn sich die Programmpunkte davor ändern",
        "New person…": "Neue Person…",
        "Edit person…": "Person bearbeiten…",
        "Remove person": "Person entfernen",
        "Undo": "Rückgängig",
        "Redo": "Wiederholen",
        "Paste agenda…": "Agenda einfügen…",
        "Read the agenda from text copied from the event page":
            "Die Agenda aus Text übernehmen, der von der Veranstaltungsseite kopiert wurde",
        "Close": "Schließen",
        # The short words on the toolbar and the buttons under the list of people.
        "Add": "Hinzufügen",
        "Duplicate": "Duplizieren",
        "Remove": "Entfernen",
        "Up": "Nach oben",
        "Down": "Nach unten",
        "Pin": "Fixieren",
        "New…": "Neu…",
        "Edit…": "Bearbeiten…",
    },
    "EditorTexts": {
        "{minutes} min {seconds} s": "{minutes} Min. {seconds} s",
        "{hours} h {minutes} min": "{hours} Std. {minutes} Min.",
        "{hours} h": "{hours} Std.",
        "{minutes} min": "{minutes} Min.",
        "{name} ({role})": "{name} ({role})",
    },
    "roles": {
        "Speaker": "Referent:in",
        "Panelist": "Podiumsgast",
        "Moderator": "Moderation",
        "Host": "Gastgeber:in",
    },
    "run_sheet": {
        "Paste agenda": "Agenda einfügen",
        "\u201c{title}\u201d was changed elsewhere meanwhile; compare and save again.":
            "\u201e{title}\u201c wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.",
        "{name} was changed elsewhere meanwhile; compare and save again.":
            "{name} wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.",
    },
    # Both versions of a slot or person changed in two places at once (the wording of
    # the co-hosts' dialog for a question, de_cohosts.py).
    "RunSheetConflictDialog": {
        "Changed elsewhere": "Anderswo geändert",
        "Someone else changed this while you were editing it. Nothing was overwritten; choose which version to keep.":
            "Jemand anderes hat dies während der Bearbeitung geändert. Nichts wurde überschrieben; bitte die Fassung wählen, die bleiben soll.",
        "Their version (saved):": "Deren Fassung (gespeichert):",
        "Your version (not saved):": "Eigene Fassung (nicht gespeichert):",
        "Keep theirs": "Deren Fassung behalten",
        "Save mine": "Eigene speichern",
        "Title": "Titel",
        "Kind": "Art",
        "Moderator notes": "Moderationsnotizen",
        "Warning before the end": "Vorwarnung vor dem Ende",
        "Final cue before the end": "Schlusswarnung vor dem Ende",
        "Start": "Beginn",
        "End": "Ende",
        "Length": "Dauer",
        "Name": "Name",
        "Academic title": "Akademischer Titel",
        "Function": "Funktion",
        "Organisation": "Organisation",
        "Intro": "Vorstellung",
        "Pronunciation": "Aussprache",
        "Contact": "Kontakt",
    },
    "SlotsModel": {
        "Start": "Beginn",
        "End": "Ende",
        "Length": "Dauer",
        "Slot": "Programmpunkt",
        "Kind": "Art",
        "People": "Personen",
        "Moderator notes": "Moderationsnotizen",
        "Pinned: the slot keeps its start when the slots before it change":
            "Fixiert: Der Programmpunkt behält seine Startzeit, wenn sich die Programmpunkte davor ändern",
        "Pinned at {time}: stays there when the slots before it change":
            "Fest um {time}: bleibt dort, wenn sich die Programmpunkte davor ändern",
        "Starts when the slot before it ends; setting a start pins it":
            "Beginnt, wenn der Programmpunkt davor endet; eine eingegebene Startzeit fixiert ihn",
        "Pinned (click to unpin)": "Fixiert (Klick löst die Fixierung)",
        "Follows the slot before (click to pin its start)":
            "Folgt auf den Programmpunkt davor (Klick fixiert die Startzeit)",
    },
    "LengthDelegate": {
        " min": " Min.",
    },
    "FindingsPanel": {
        "To check before the show ({count})": "Vor der Sendung zu prüfen ({count})",
        "Nothing to check: no overlaps, gaps or empty slots.":
            "Nichts zu prüfen: keine Überschneidungen, Lücken oder leeren Programmpunkte.",
    },
    "PeopleModel": {
        "Say: {hint}": "Aussprache: {hint}",
        "Name, function and organisation": "Name, Funktion und Organisation",
        "Slots": "Programmpunkte",
        "The numbers of the slots the person is in": "Die Nummern der Programmpunkte, in denen die Person eingeplant ist",
    },
    "ParticipantsModel": {
        "Name": "Name",
        "Role": "Rolle",
    },
    "SlotPanel": {
        "(untitled slot)": "(Programmpunkt ohne Titel)",
        "No slot selected": "Kein Programmpunkt ausgewählt",
        "People in this slot": "Personen in diesem Programmpunkt",
        "Moderator notes": "Moderationsnotizen",
        "What the moderator should know or say in this slot. Stored when you leave the field.":
            "Was die Moderation in diesem Programmpunkt wissen oder sagen soll. Wird beim Verlassen des Felds gespeichert.",
        "▲ Earlier": "▲ Früher",
        "Introduce this person earlier": "Diese Person früher vorstellen",
        "▼ Later": "▼ Später",
        "Introduce this person later": "Diese Person später vorstellen",
        "Take out of slot": "Aus Programmpunkt nehmen",
        "Add": "Hinzufügen",
        "Person…": "Person…",
    },
    "PeopleDirectory": {
        "People ({count})": "Personen ({count})",
        "Into slot": "Einplanen",
        "Put the selected person into the selected slot":
            "Die ausgewählte Person im ausgewählten Programmpunkt einplanen",
    },
    "PersonDialog": {
        "Edit person": "Person bearbeiten",
        "New person": "Neue Person",
        "e.g. Dr., Prof.": "z. B. Dr., Prof.",
        "e.g. Head of Digital Affairs": "z. B. Leiterin Digitales",
        "How to say the name, e.g. GÖSS-mann": "Wie der Name gesprochen wird, z. B. GÖSS-mann",
        "A few sentences the moderator can read out to introduce the person.":
            "Ein paar Sätze, mit denen die Moderation die Person vorstellen kann.",
        "Phone or e-mail, for the organisers": "Telefon oder E-Mail, für das Orga-Team",
        "&Name:": "&Name:",
        "&Title:": "&Titel:",
        "&Function:": "&Funktion:",
        "&Organisation:": "&Organisation:",
        "&Pronunciation:": "&Aussprache:",
        "&Intro:": "&Vorstellung:",
        "&Contact:": "&Kontakt:",
    },
    "PasteAgendaDialog": {
        "Paste agenda": "Agenda einfügen",
        "Paste the agenda as copied from the event page: one line per slot, starting with its "
        "time (“14:10 Impuls 1: … Name, Organisation”). The date and the title are read too, if "
        "they are there.":
            "Die Agenda so einfügen, wie sie von der Veranstaltungsseite kopiert wurde: eine Zeile je "
            "Programmpunkt, beginnend mit der Uhrzeit („14:10 Impuls 1: … Name, Organisation“). Datum "
            "und Titel werden mitgelesen, wenn sie dabeistehen.",
        "13:50 Einwahl und Technik-Check\n14:00 Begrüßung Alexander Handschuh, Innovators Club\n…":
            "13:50 Einwahl und Technik-Check\n14:00 Begrüßung Alexander Handschuh, Innovators Club\n…",
        "People already on the run sheet are recognised by their name and keep their details; "
        "replacing the slots removes nobody.":
            "Personen, die schon im Ablaufplan stehen, werden am Namen erkannt und behalten ihre "
            "Angaben; beim Ersetzen der Programmpunkte wird niemand entfernt.",
        "< &Back": "< &Zurück",
        "&Read agenda": "Agenda &lesen",
        "&Add after the last slot": "Nach dem letzten Programmpunkt &anfügen",
        "&Replace the slots": "Programmpunkte &ersetzen",
        "&Put on the run sheet": "In den Ablaufplan &übernehmen",
        "Start": "Beginn",
        "Length": "Dauer",
        "Slot": "Programmpunkt",
        "Kind": "Art",
        "People": "Personen",
        "Read {slots} and {people}: “{title}”, {day}, {start}–{end}.":
            "Gelesen: {slots} und {people} – „{title}“, {day}, {start}–{end} Uhr.",
        "1 slot": "1 Programmpunkt",
        "{count} slots": "{count} Programmpunkte",
        "1 person": "1 Person",
        "{count} people": "{count} Personen",
        "(no title)": "(ohne Titel)",
        "Please check this line: how it was split into title and people is a guess.":
            "Bitte diese Zeile prüfen: Die Aufteilung in Titel und Personen ist geraten.",
        "Please check these {count} lines: how they were split into title and people is a guess.":
            "Bitte diese {count} Zeilen prüfen: Die Aufteilung in Titel und Personen ist geraten.",
        "nobody": "niemand",
        "Read as: slot “{title}”; people: {people}": "Gelesen als: Programmpunkt „{title}“; Personen: {people}",
        "Line {number}: {line}": "Zeile {number}: {line}",
        "Every line was read without guessing.": "Jede Zeile wurde ohne Raten gelesen.",
    },
    "RunSheetEditor": {
        "This event file is read-only: the run sheet can be viewed, but not changed.":
            "Diese Veranstaltungsdatei ist schreibgeschützt: Der Ablaufplan lässt sich ansehen, aber nicht ändern.",
        "Untitled event": "Unbenannte Veranstaltung",
        "{day}, {start}–{end} ({zone})": "{day}, {start}–{end} Uhr ({zone})",
        "Run sheet — {title}": "Ablaufplan — {title}",
        "1 slot": "1 Programmpunkt",
        "{count} slots": "{count} Programmpunkte",
        "1 person": "1 Person",
        "{count} people": "{count} Personen",
        "from {start} to {end}": "von {start} bis {end} Uhr",
        "Undo {step}": "Rückgängig: {step}",
        "Redo {step}": "Wiederholen: {step}",
        "Undo": "Rückgängig",
        "Redo": "Wiederholen",
        "“{title}” was removed; {keys} brings it back.": "„{title}“ wurde entfernt; {keys} holt den Programmpunkt zurück.",
        "Select the slot to add the person to.": "Bitte den Programmpunkt wählen, in dem die Person eingeplant werden soll.",
        "{name} was taken off the run sheet; {keys} brings them back.":
            "{name} wurde aus dem Ablaufplan genommen; {keys} holt die Person zurück.",
        "The agenda is on the run sheet: 1 slot; one undo takes it back.":
            "Die Agenda steht im Ablaufplan: 1 Programmpunkt; ein Rückgängig nimmt sie zurück.",
        "The agenda is on the run sheet: {count} slots; one undo takes it back.":
            "Die Agenda steht im Ablaufplan: {count} Programmpunkte; ein Rückgängig nimmt sie zurück.",
        "&Run sheet": "&Ablaufplan",
        "&Edit": "&Bearbeiten",
        "&People": "&Personen",
        "Run sheet": "Ablaufplan",
        "Read-only": "Schreibgeschützt",
    },
}
