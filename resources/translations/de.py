"""The German texts of the UI, by translation context and English source text.

``update.py`` writes these into ``moderator_de.ts`` after every ``lupdate`` run, so the
German lives here and survives re-extraction. A source text that is missing here makes
``update.py`` print a warning (and ``tests/test_translations.py`` fail).

Terms used throughout: slot = Programmpunkt, run sheet = Ablaufplan, show = Sendung,
event = Veranstaltung, speaker view = Sprecheransicht. UI texts address nobody directly
(infinitive or imperative without a pronoun: "bitte prüfen"), so they fit both "du" and
"Sie". Menu titles carry unique mnemonics: &Datei, &Sendung, S&precher, &Ansicht, &Hilfe.

Keys are ``context -> source -> German``. A message with a disambiguation comment is keyed
by ``(source, comment)``; a plural message (``%n``) maps to a tuple of its German forms
(singular, plural).
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "App": {
        "{path} is read-only: you can follow the show, but not change it.":
            "{path} ist schreibgeschützt: Die Sendung lässt sich verfolgen, aber nicht ändern.",
        "Open event": "Veranstaltung öffnen",
        "Event files (*{ext});;All files (*)": "Veranstaltungsdateien (*{ext});;Alle Dateien (*)",
        "Something went wrong ({kind}); the show goes on. Details are in {log}.":
            "Etwas ist schiefgelaufen ({kind}); die Sendung läuft weiter. Details stehen in {log}.",
        "&File": "&Datei",
        "Open event…": "Veranstaltung öffnen…",
        "Quit": "Beenden",
    },
    "CockpitWindow": {
        "&Questions": "&Fragen",
        "On air": "Auf Sendung",
        "No question on air. O puts the next one on air.": "Keine Frage auf Sendung. O bringt die nächste auf Sendung.",
        "Question on air": "Frage auf Sendung",
        "asked by {who}": "gefragt von {who}",
        "to {name}": "an {name}",
        "about {count} more fit": "etwa {count} passen noch",
        "No question is waiting.": "Keine Frage wartet.",
        "Select two or more questions to merge.": "Zum Zusammenführen zwei oder mehr Fragen auswählen.",
        "Untitled event": "Unbenannte Veranstaltung",
        "Pe&ople": "Pe&rsonen",
        "Speaker view on screen": "Sprecheransicht auf Bildschirm",
        "The second screen, if there is one": "Der zweite Bildschirm, falls vorhanden",
        "Answer {elapsed} of {limit}": "Antwort {elapsed} von {limit}",
        "Speaking for {elapsed}": "Spricht seit {elapsed}",
        "Now speaking": "Spricht jetzt",
        "Proposed — press {key} to hand off": "Vorschlag — {key} übergibt das Wort",
        "Nobody": "Niemand",
        "Up next in {slot}": "Als Nächstes in {slot}",
        "Up next": "Als Nächstes",
        "Say: {hint}": "Aussprache: {hint}",
        "Next: {slot} — {name}{organisation}": "Gleich: {slot} — {name}{organisation}",
        "Next: {slot}": "Gleich: {slot}",
        "Talk time in this slot (click to hand off)": "Redezeit in diesem Programmpunkt (Klick übergibt das Wort)",
        "not yet": "noch nicht",
        "whole show: {total}": "ganze Sendung: {total}",
        "{title} — moderator": "{title} — moderator",
        "&File": "&Datei",
        "&Show": "&Sendung",
        "S&peaker": "S&precher",
        "&View": "&Ansicht",
        "&Language": "&Sprache",
        "&Help": "&Hilfe",
        "Live actions": "Live-Aktionen",
        "Apply ({keys})": "Übernehmen ({keys})",
        "Apply": "Übernehmen",
        "Read-only": "Schreibgeschützt",
        "End": "Ende",
        "Show ended": "Sendung beendet",
        "The run sheet is empty.": "Der Ablaufplan ist leer.",
        "Before the show · starts with": "Vor der Sendung · es beginnt mit",
        "{elapsed} of {allotted} elapsed": "{elapsed} von {allotted} vergangen",
        "PAUSED": "PAUSE",
        "on time": "im Plan",
        "+{drift} behind": "+{drift} hinter Plan",
        "−{drift} ahead": "−{drift} vor Plan",
        "ends {time}": "Ende {time}",
        "Running {drift} late. To end on time: {cuts}":
            "{drift} im Verzug. Für ein pünktliches Ende: {cuts}",
        "The show is on time; nothing to shorten.": "Die Sendung liegt im Plan; es gibt nichts zu kürzen.",
        "The remaining slots were shortened to end on time.":
            "Die restlichen Programmpunkte wurden gekürzt, damit die Sendung pünktlich endet.",
        "Restart the show?": "Sendung neu starten?",
        "The clock goes back to before the show. The log keeps what happened.":
            "Die Uhr springt auf die Zeit vor der Sendung zurück. Das Protokoll behält, was bisher geschah.",
        "Restart": "Neu starten",
        "Message to the speaker": "Nachricht für die Sprecheransicht",
        "Shown big on the speaker view (empty clears it):":
            "Erscheint groß in der Sprecheransicht (leer lassen, um sie zu entfernen):",
        # Wording from the product brief.
        "Please wrap up": "Bitte zum Schluss kommen",
    },
    "RunSheetModel": {
        "Planned": "Geplant",
        "Actual / expected": "Ist / erwartet",
        "Length": "Dauer",
        "Slot": "Programmpunkt",
        "Kind": "Art",
        "People": "Personen",
    },
    "ShortcutsDialog": {
        "Keyboard shortcuts": "Tastenkürzel",
        "Click a shortcut to change it. Single keys never fire while you type in a text field; "
        "Esc brings you back to the cockpit.":
            "Zum Ändern auf ein Tastenkürzel klicken. Einzelne Tasten lösen nie aus, während in "
            "ein Textfeld getippt wird; Esc führt zurück zum Cockpit.",
        "Action": "Aktion",
        "Keys": "Tasten",
    },
    "SpeakerView": {
        "Speaker view": "Sprecheransicht",
    },
    "actions": {
        "Put the question on air": "Frage auf Sendung",
        "Mark the question answered": "Frage als beantwortet markieren",
        "Dismiss the question": "Frage verwerfen",
        "Accept into the queue": "In die Warteschlange aufnehmen",
        "Vote +1": "Stimme +1",
        "Move the question up": "Frage nach oben",
        "Move the question down": "Frage nach unten",
        "Move the question to the top": "Frage ganz nach oben",
        "Edit the question": "Frage bearbeiten",
        "Merge the selected questions…": "Ausgewählte Fragen zusammenführen…",
        "Undo in the queue": "In der Warteschlange rückgängig",
        "Redo in the queue": "In der Warteschlange wiederholen",
        "New question": "Neue Frage",
        "Search the questions": "Fragen durchsuchen",
        "Paste a chat transcript…": "Chatverlauf einfügen…",
        "Show the question on air in the speaker view": "Frage auf Sendung in der Sprecheransicht zeigen",
        "Start / pause / resume": "Start / Pause / Weiter",
        "Next slot": "Nächster Programmpunkt",
        "Hand off to the next person": "Wort an die nächste Person",
        "Nobody speaking": "Niemand spricht",
        "Undo the last hand-off": "Letzte Wortübergabe zurücknehmen",
        "Two-minute answer timer": "Antwortzeit: zwei Minuten",
        "Hand off to person {digit}": "Wort an Person {digit}",
        "Previous slot": "Vorheriger Programmpunkt",
        "Jump to the selected slot": "Zum ausgewählten Programmpunkt springen",
        "Add a minute": "Eine Minute mehr",
        "Remove a minute": "Eine Minute weniger",
        "Add 10 seconds": "10 Sekunden mehr",
        "Remove 10 seconds": "10 Sekunden weniger",
        "End the show": "Sendung beenden",
        "Restart the show…": "Sendung neu starten…",
        "Shorten the remaining slots to end on time": "Restliche Programmpunkte kürzen, um pünktlich zu enden",
        "Speaker view": "Sprecheransicht",
        "Send a message to the speaker…": "Nachricht an die Sprecheransicht senden…",
        "Ask the speaker to wrap up": "„Bitte zum Schluss kommen“ anzeigen",
        "Blink the speaker view": "Sprecheransicht blinken lassen",
        "Black out the speaker view": "Sprecheransicht schwarz schalten",
        "Back to the cockpit": "Zurück zum Cockpit",
        "Keyboard shortcuts…": "Tastenkürzel…",
        "Open event…": "Veranstaltung öffnen…",
        "Quit": "Beenden",
        "Flash in the last seconds and overtime": "In den letzten Sekunden und bei Überziehung blinken",
        "Sound when time runs out": "Ton, wenn die Zeit abgelaufen ist",
    },
    "clock": {
        "The show has not started yet.": "Die Sendung hat noch nicht begonnen.",
        "The show has ended; jump to a slot or reset the show to go on.":
            "Die Sendung ist beendet; zum Weitermachen zu einem Programmpunkt springen oder die "
            "Sendung neu starten.",
        "The run sheet has no slots.": "Der Ablaufplan enthält keine Programmpunkte.",
        "There is no slot {slot_id} on the run sheet.": "Programmpunkt {slot_id} steht nicht im Ablaufplan.",
        "The current slot is no longer on the run sheet; jump to another slot.":
            "Der laufende Programmpunkt steht nicht mehr im Ablaufplan; bitte zu einem anderen "
            "Programmpunkt springen.",
        "This is the first slot; there is none before it.": "Dies ist der erste Programmpunkt; davor gibt es keinen.",
    },
    "event_file": {
        "{path}: no such file.": "{path}: Datei nicht gefunden.",
        "{path} already exists; choose another name.": "{path} existiert bereits; bitte einen anderen Namen wählen.",
        "{path} is not a moderator event file.": "{path} ist keine Veranstaltungsdatei von moderator.",
        "{path} is a database of another program, not a moderator event file.":
            "{path} ist die Datenbank eines anderen Programms, keine Veranstaltungsdatei von moderator.",
        "{path} was written by a newer version of moderator (file format {found}, this version "
        "reads up to {supported}); please update moderator.":
            "{path} wurde von einer neueren Version von moderator geschrieben (Dateiformat {found}, "
            "diese Version liest bis {supported}); bitte moderator aktualisieren.",
        "{path} is damaged and cannot be read; open a backup copy instead.":
            "{path} ist beschädigt und kann nicht gelesen werden; bitte stattdessen eine Sicherungskopie öffnen.",
        "{path} is read-only: it can be viewed, but changes cannot be saved.":
            "{path} ist schreibgeschützt: Die Datei lässt sich ansehen, Änderungen können aber nicht "
            "gespeichert werden.",
        "The disk holding {path} is full: the last change was not saved.":
            "Der Datenträger mit {path} ist voll: Die letzte Änderung wurde nicht gespeichert.",
        "{path} is busy: another program kept it locked for too long; try again.":
            "{path} ist belegt: Ein anderes Programm hat die Datei zu lange gesperrt; bitte erneut versuchen.",
        "{path} could not be written: {reason}": "{path} konnte nicht geschrieben werden: {reason}",
    },
    "import": {
        "No chat messages found: the text is empty; paste the chat or a list of questions.": "Keine Chatnachrichten gefunden: Der Text ist leer; den Chat oder eine Liste von Fragen einfügen.",
        "No chat messages found: this does not look like text; paste the chat as text.": "Keine Chatnachrichten gefunden: Das sieht nicht nach Text aus; den Chat als Text einfügen.",
        "No chat messages found: the text holds only system lines, reactions or no words.": "Keine Chatnachrichten gefunden: Der Text enthält nur Systemzeilen, Reaktionen oder keine Wörter.",
        "The text is empty: paste the agenda from the event page.":
            "Der Text ist leer: bitte das Programm von der Veranstaltungsseite einfügen.",
        "This does not look like text: paste the agenda as plain text.":
            "Das sieht nicht nach Text aus: bitte das Programm als reinen Text einfügen.",
        "No agenda lines found: expected lines that start with a time like 14:00.":
            "Keine Programmzeilen gefunden: erwartet werden Zeilen, die mit einer Uhrzeit wie 14:00 beginnen.",
        "No date found: expected a date like “9. Juni 2021” or “June 9, 2021”.":
            "Kein Datum gefunden: erwartet wird ein Datum wie „9. Juni 2021“ oder „June 9, 2021“.",
        "Unknown time zone “{zone}”: expected a name like Europe/Berlin.":
            "Unbekannte Zeitzone „{zone}“: erwartet wird ein Name wie Europe/Berlin.",
        "Line {line_number}: {time} does not come after the time on the line before.":
            "Zeile {line_number}: {time} liegt nicht nach der Uhrzeit in der Zeile davor.",
        "Line {line_number}: the slot ends before it starts.":
            "Zeile {line_number}: Der Programmpunkt endet, bevor er beginnt.",
        "Line {line_number}: the event ends before it starts.":
            "Zeile {line_number}: Die Veranstaltung endet, bevor sie beginnt.",
        "The date is out of range.": "Das Datum liegt außerhalb des gültigen Bereichs.",
        "Not sure where the title or organisation ends and the name begins; please check.":
            "Unklar, wo Titel oder Organisation enden und der Name beginnt; bitte prüfen.",
        "The title may contain people's names; kept it whole as the title.":
            "Der Titel enthält möglicherweise Namen von Personen; er wurde vollständig als Titel übernommen.",
        "The text after the dash may be a person or part of the title; kept it in the title.":
            "Der Text nach dem Gedankenstrich kann eine Person oder Teil des Titels sein; er bleibt im Titel.",
        "Read a name without an organisation as a person; please check.":
            "Ein Name ohne Organisation wurde als Person gelesen; bitte prüfen.",
        "The page gives no end for the last slot; assumed 30 minutes.":
            "Die Seite nennt kein Ende für den letzten Programmpunkt; 30 Minuten angenommen.",
        "The JSON is not a moderator event: fields are missing or of the wrong type.":
            "Das JSON ist keine moderator-Veranstaltung: Felder fehlen oder haben den falschen Typ.",
        "The file is not valid JSON.": "Die Datei enthält kein gültiges JSON.",
        "Unknown time zone “{zone}”.": "Unbekannte Zeitzone „{zone}“.",
    },
    "kinds": {
        "Pre-show": "Vorprogramm",
        "Welcome": "Begrüßung",
        "Talk": "Impuls",
        "Panel": "Podium",
        "Q&A": "Fragerunde",
        "Break": "Pause",
        "Closing": "Abschluss",
        "Other": "Sonstiges",
    },
    "people": {
        "Nobody called “{query}” is on the run sheet.": "Im Ablaufplan steht niemand namens „{query}“.",
        "“{query}” could mean {names}; be more precise.": "„{query}“ passt auf {names}; bitte genauer angeben.",
    },
    "questions": {
        "The question is empty.": "Die Frage ist leer.",
        "The question is {length} characters long; at most {limit} are allowed. Shorten it or split it.":
            "Die Frage ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Bitte kürzen oder aufteilen.",
    },
    "CaptureBar": {
        "Question (Enter adds it to the queue)": "Frage (Enter fügt sie der Warteschlange hinzu)",
        "Asked by": "Gefragt von",
        "Municipality / organisation": "Kommune / Organisation",
        "To (optional)": "An (optional)",
        "Add": "Hinzufügen",
    },
    "MergeDialog": {
        "Merge questions": "Fragen zusammenführen",
        "The questions become one: votes are added and every asker is kept. Which wording stays?": "Die Fragen werden zu einer: Stimmen werden addiert, alle Fragenden bleiben erhalten. Welche Formulierung bleibt?",
        "Merge": "Zusammenführen",
    },
    "QueueModel": {
        "answered at {time}": "beantwortet um {time}",
        " in “{slot}”": " in „{slot}“",
        "new": "neu",
        "queued": "eingereiht",
        "ON AIR": "ON AIR",
        "answered": "beantwortet",
        "dismissed": "verworfen",
        "chat": "Chat",
        "email": "E-Mail",
        "Q&A tool": "Q&A-Tool",
        "live": "live",
        "#": "#",
        "Status": "Status",
        "Votes": "Stimmen",
        "Question": "Frage",
        "Asked by": "Gefragt von",
        "To": "An",
    },
    "QueuePanel": {
        "Questions": "Fragen",
        "Search questions": "Fragen durchsuchen",
        "Show answered and dismissed": "Beantwortete und verworfene zeigen",
    },
    "TranscriptDialog": {
        "Paste a chat transcript": "Chatverlauf einfügen",
        "Paste the chat here: a saved chat of Zoom, Teams or Webex, a copied chat pane, or one question per line.": "Chat hier einfügen: ein gespeicherter Chat aus Zoom, Teams oder Webex, ein kopiertes Chatfenster oder eine Frage pro Zeile.",
        "Add": "Aufnehmen",
        "Time": "Zeit",
        "Asked by": "Gefragt von",
        "Question": "Frage",
        "Note": "Hinweis",
        "Preview": "Vorschau",
        "too long (over 2,000 characters)": "zu lang (über 2.000 Zeichen)",
        "maybe a duplicate of: {text}": "vielleicht doppelt zu: {text}",
        "Add ticked questions": "Angehakte Fragen aufnehmen",
        "{count} messages read ({format}); ticked: the ones that look like questions and are not in the queue yet.": "{count} Nachrichten gelesen ({format}); angehakt sind die, die wie Fragen aussehen und noch nicht in der Warteschlange stehen.",
    },
    "queue": {
        "Question {question_id} is no longer in the queue.": "Frage {question_id} steht nicht mehr in der Warteschlange.",
        "Question {question_id} was changed by someone else meanwhile; compare and save again.": "Frage {question_id} wurde inzwischen von jemand anderem geändert; bitte vergleichen und erneut speichern.",
        "Question {question_id} is not on air; only the question on air can be answered.": "Frage {question_id} ist nicht auf Sendung; nur die Frage auf Sendung kann beantwortet werden.",
        "Question {question_id} has been answered; put it back in the queue first.": "Frage {question_id} ist beantwortet; zuerst wieder einreihen.",
        "Question {question_id} is dismissed; restore it to the queue first.": "Frage {question_id} ist verworfen; zuerst wieder einreihen.",
        "Question {question_id} is on air; put it back in the queue instead.": "Frage {question_id} ist auf Sendung; stattdessen wieder einreihen.",
        "Question {question_id} was merged into question {keep_id}; undo or split the merge to bring it back.": "Frage {question_id} wurde mit Frage {keep_id} zusammengeführt; zum Zurückholen die Zusammenführung rückgängig machen oder auftrennen.",
        "A question cannot be merged into itself.": "Eine Frage kann nicht mit sich selbst zusammengeführt werden.",
        "Question {question_id} is already merged into question {keep_id}.": "Frage {question_id} ist bereits mit Frage {keep_id} zusammengeführt.",
        "Question {question_id} is on air; mark it answered or merge the others into it.": "Frage {question_id} ist auf Sendung; als beantwortet markieren oder die anderen in sie zusammenführen.",
        "Question {question_id} has been answered; merge the others into it instead.": "Frage {question_id} ist beantwortet; stattdessen die anderen in sie zusammenführen.",
        "The wording must come from one of the questions being merged.": "Die Formulierung muss von einer der zusammengeführten Fragen stammen.",
        "Question {question_id} is not merged into another.": "Frage {question_id} ist mit keiner anderen zusammengeführt.",
    },
    "run_sheet": {
        "There is no slot {slot_id} on the run sheet.": "Programmpunkt {slot_id} steht nicht im Ablaufplan.",
        "There is no person {person_id} on the run sheet.": "Person {person_id} steht nicht im Ablaufplan.",
        "There is no place {index} on the run sheet; it has {count} slots.": "Im Ablaufplan gibt es keine Stelle {index}; er hat {count} Programmpunkte.",
        "A slot must end after it starts.": "Ein Programmpunkt muss nach seinem Beginn enden.",
        "A slot cannot last longer than {hours} hours.": "Ein Programmpunkt kann nicht länger als {hours} Stunden dauern.",
        "The time {value} has no time zone; give it with its zone.": "Die Zeit {value} hat keine Zeitzone; bitte mit Zeitzone angeben.",
        "A warning or final cue must lie between zero and {hours} hours before the end.": "Eine Vorwarnung oder Schlusswarnung muss zwischen null und {hours} Stunden vor dem Ende liegen.",
        "A person needs a name.": "Eine Person braucht einen Namen.",
        "{name} is already on the run sheet.": "{name} steht schon im Ablaufplan.",
        "{name} is not in “{title}”.": "{name} ist in „{title}“ nicht eingeplant.",
        "The new order must name everyone in “{title}” exactly once.": "Die neue Reihenfolge muss alle in „{title}“ genau einmal nennen.",
        "The run sheet was changed elsewhere meanwhile; this step can no longer be undone.": "Der Ablaufplan wurde inzwischen anderswo geändert; dieser Schritt lässt sich nicht mehr rückgängig machen.",
        "Add slot": "Programmpunkt hinzufügen",
        "Remove slot": "Programmpunkt entfernen",
        "Duplicate slot": "Programmpunkt duplizieren",
        "Move slot": "Programmpunkt verschieben",
        "Change start": "Beginn ändern",
        "Change length": "Dauer ändern",
        "Change end": "Ende ändern",
        "Pin slot": "Programmpunkt fixieren",
        "Unpin slot": "Fixierung lösen",
        "Edit slot": "Programmpunkt bearbeiten",
        "Add person": "Person hinzufügen",
        "Edit person": "Person bearbeiten",
        "Remove person": "Person entfernen",
        "Assign person": "Person einplanen",
        "Remove person from slot": "Person aus Programmpunkt nehmen",
        "Reorder people": "Reihenfolge der Personen ändern",
        "Replace run sheet": "Ablaufplan ersetzen",
        "“{title}” starts {amount} before “{other}” ends.": "„{title}“ beginnt {amount} vor dem Ende von „{other}“.",
        "{amount} free between “{other}” and “{title}”.": "{amount} Lücke zwischen „{other}“ und „{title}“.",
        "“{title}” ends {amount} after the end of the show.": "„{title}“ endet {amount} nach dem Ende der Sendung.",
        "“{title}” starts {amount} before the show; only a pre-show may.": "„{title}“ beginnt {amount} vor der Sendung; das darf nur ein Vorprogramm.",
        "Nobody is assigned to “{title}”.": "Für „{title}“ ist niemand eingeplant.",
        "Slot {number} has no title.": "Programmpunkt {number} hat keinen Titel.",
    },
    "run_sheet_print": {
        "Speaker": "Referent:in",
        "Panelist": "Podiumsgast",
        "Moderator": "Moderation",
        "Host": "Gastgeber:in",
        "Run sheet": "Ablaufplan",
        "Time": "Zeit",
        "Slot": "Programmpunkt",
        "{start}–{end}": "{start}–{end} Uhr",
        "to {end}": "bis {end}",
        "{minutes} min": "{minutes} Min.",
        "fixed start": "feste Startzeit",
        "Note: {note}": "Hinweis: {note}",
        "Pronunciation: {hint}": "Aussprache: {hint}",
        "Intro at {time}": "Vorgestellt um {time}",
        "Who's who": "Mitwirkende",
        "Name": "Name",
        "Function, organisation": "Funktion, Organisation",
        "On at": "Auftritt",
        "Contact": "Kontakt",
        "As of {when}": "Stand: {when}",
        "{date}, {time}": "{date}, {time} Uhr",
        "Page {page} of {pages}": "Seite {page} von {pages}",
        "The printer could not be started.": "Der Drucker ließ sich nicht starten.",
        "{path} could not be written: {reason}": "{path} konnte nicht geschrieben werden: {reason}",
    },
}
