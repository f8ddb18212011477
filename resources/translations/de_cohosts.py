"""German for co-hosting: shared events, control of the clock, the connection.

Same shape as ``de.py`` (read its docstring for the terms). Co-host = Co-Moderation
(the person), instance = Instanz is avoided in the UI where a name fits; the clock =
die Uhr; shared event = geteilte Veranstaltung; hand over = übergeben.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "App": {
        "{path} is on a network share, where several instances can damage it. To work with co-hosts on other machines, use Co-hosts → Share with co-hosts on other machines.":
            "{path} liegt auf einem Netzlaufwerk; mehrere Instanzen können die Datei dort beschädigen. "
            "Für die Zusammenarbeit über mehrere Rechner: Co-Moderation → Mit Co-Moderation auf anderen Rechnern teilen.",
    },
    "actions": {
        "Your name and role…": "Eigener Name und Rolle…",
        "Take control of the clock…": "Steuerung der Uhr übernehmen…",
        "Share with co-hosts on other machines…": "Mit Co-Moderation auf anderen Rechnern teilen…",
        "Join a shared event…": "Geteilter Veranstaltung beitreten…",
    },
    "cohosts": {
        "{name} controls the clock; ask for a hand-over to change it here.":
            "{name} steuert die Uhr; für Änderungen hier bitte um Übergabe bitten.",
        "{name} controls the clock but has gone quiet; take control (Co-hosts menu) to go on here.":
            "{name} steuert die Uhr, meldet sich aber nicht mehr; Steuerung übernehmen (Menü Co-Moderation), um hier weiterzumachen.",
        "Only the instance that controls the clock can hand it over.":
            "Nur wer die Uhr steuert, kann die Steuerung übergeben.",
        "{name} is not connected; control stays here.":
            "{name} ist nicht verbunden; die Steuerung bleibt hier.",
        "{name} is still active; ask for a hand-over instead of taking control.":
            "{name} ist noch aktiv; bitte um Übergabe bitten, statt die Steuerung zu übernehmen.",
    },
    "shared_event": {
        "The shared event at {address} cannot be reached: {reason}":
            "Die geteilte Veranstaltung unter {address} ist nicht erreichbar: {reason}",
        "The connection to the shared event at {address} was lost; the change was not saved.":
            "Die Verbindung zur geteilten Veranstaltung unter {address} ist unterbrochen; die Änderung wurde nicht gespeichert.",
        "The password for {address} was not accepted.": "Das Passwort für {address} wurde nicht angenommen.",
        "The shared event at {address} needs a password.":
            "Die geteilte Veranstaltung unter {address} braucht ein Passwort.",
        "{address} holds no moderator event.": "{address} enthält keine moderator-Veranstaltung.",
        "{address} already holds an event; publish into an empty database.":
            "{address} enthält schon eine Veranstaltung; bitte in eine leere Datenbank teilen.",
        "The event at {address} was written by a newer version of moderator ({found}); please update moderator.":
            "Die Veranstaltung unter {address} stammt von einer neueren moderator-Version ({found}); bitte moderator aktualisieren.",
        "The address contains a password; give it without one (the password comes from PGPASSWORD, ~/.pgpass or a prompt).":
            "Die Adresse enthält ein Passwort; bitte ohne angeben (das Passwort kommt aus PGPASSWORD, ~/.pgpass oder einer Abfrage).",
        "Not connected to the shared event: this change was not made; make it again when the connection is back.":
            "Keine Verbindung zur geteilten Veranstaltung: Die Änderung wurde nicht ausgeführt; bitte wiederholen, sobald die Verbindung steht.",
    },
    "Cohosts": {
        "moderator": "Moderation",
        "co-host": "Co-Moderation",
        "Take control…": "Steuerung übernehmen…",
        "another instance": "eine andere Instanz",
        "The clock is controlled here": "Die Uhr wird hier gesteuert",
        "Nobody controls the clock; the first clock action takes it":
            "Niemand steuert die Uhr; die erste Aktion an der Uhr übernimmt sie",
        "{name} controls the clock but has gone quiet": "{name} steuert die Uhr, meldet sich aber nicht mehr",
        "Following the clock of {name}": "Uhr folgt {name}",
        "Also here: {names}": "Ebenfalls da: {names}",
        "Nobody else is here yet": "Sonst ist noch niemand da",
        "Your name and role": "Eigener Name und Rolle",
        "as the co-hosts see you": "so sehen ihn die anderen",
        "Moderator": "Moderation",
        "Co-host": "Co-Moderation",
        "Name": "Name",
        "Role": "Rolle",
        "Password": "Passwort",
        "The password for {address} was not accepted; try again.":
            "Das Passwort für {address} wurde nicht angenommen; bitte noch einmal.",
        "Password for {address}:": "Passwort für {address}:",
        "It is not stored. To skip this question, put it in ~/.pgpass or PGPASSWORD.":
            "Es wird nicht gespeichert. Ohne diese Abfrage geht es mit ~/.pgpass oder PGPASSWORD.",
        "Changed by someone else": "Von jemand anderem geändert",
        "Someone else changed this question while you were editing it. Nothing was overwritten; choose which wording to keep.":
            "Jemand anderes hat diese Frage während der Bearbeitung geändert. Nichts wurde überschrieben; bitte die Fassung wählen, die bleiben soll.",
        "Their version (saved):": "Deren Fassung (gespeichert):",
        "Your version (not saved):": "Eigene Fassung (nicht gespeichert):",
        "Keep theirs": "Deren Fassung behalten",
        "Save mine": "Eigene speichern",
        "Co-&hosts": "&Co-Moderation",
        "Hand over control to": "Steuerung übergeben an",
        "The connection to the shared event is lost; trying again. The clock keeps counting.":
            "Die Verbindung zur geteilten Veranstaltung ist unterbrochen; neuer Versuch läuft. Die Uhr zählt weiter.",
        "Questions to send when it is back: {count}.": "Fragen, die danach gesendet werden: {count}.",
        "Connected to the shared event again.": "Wieder mit der geteilten Veranstaltung verbunden.",
        "Questions not sent": "Fragen nicht gesendet",
        "Event file on a network share": "Veranstaltungsdatei auf einem Netzlaufwerk",
        "Share through PostgreSQL…": "Über PostgreSQL teilen…",
        "Go on here": "Hier weitermachen",
        "Questions entered while the connection was lost and not sent yet: {count}. Closing loses them. Close anyway?":
            "Fragen, die während der Unterbrechung erfasst und noch nicht gesendet wurden: {count}. "
            "Beim Schließen gehen sie verloren. Trotzdem schließen?",
        "Nobody else is here": "Sonst ist niemand da",
        "Only the instance that controls the clock can hand it over":
            "Nur wer die Uhr steuert, kann die Steuerung übergeben",
        "{name} controls the clock now.": "{name} steuert jetzt die Uhr.",
        "Take control of the clock": "Steuerung der Uhr übernehmen",
        "{name} has gone quiet. Take control of the clock here? It goes on exactly where it is.":
            "{name} meldet sich nicht mehr. Die Steuerung der Uhr hier übernehmen? Sie läuft genau dort weiter, wo sie steht.",
        "{name} is still active. Ask for a hand-over instead.":
            "{name} ist noch aktiv. Bitte stattdessen um Übergabe bitten.",
        "The clock is controlled here now.": "Die Uhr wird jetzt hier gesteuert.",
        "Share with co-hosts on other machines": "Mit Co-Moderation auf anderen Rechnern teilen",
        "The event is copied into an empty PostgreSQL database, and this event file then opens the shared event there. Give the database's address (without a password); co-hosts open this event file, or the same address.":
            "Die Veranstaltung wird in eine leere PostgreSQL-Datenbank kopiert; diese Veranstaltungsdatei öffnet danach die geteilte "
            "Veranstaltung dort. Bitte die Adresse der Datenbank angeben (ohne Passwort); die Co-Moderation öffnet diese Datei oder dieselbe Adresse.",
        "{address} is not a PostgreSQL address (postgresql://user@host:port/dbname).":
            "{address} ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).",
        "Shared at {address}.": "Geteilt unter {address}.",
        "Join a shared event": "Geteilter Veranstaltung beitreten",
        "The address of the shared event's PostgreSQL database (without a password):":
            "Adresse der PostgreSQL-Datenbank der geteilten Veranstaltung (ohne Passwort):",
    },
}
