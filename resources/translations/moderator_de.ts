<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../moderator/ui/app.py" line="+107"/>
        <source>{path} is read-only: you can follow the show, but not change it.</source>
        <extracomment>This app, as the co-hosts see it; kept when another event is opened or the app restarts.</extracomment>
        <translation>{path} ist schreibgeschützt: Die Sendung lässt sich verfolgen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/cohosts_panel.py" line="+406"/>
        <source>{path} is on a network share, where several instances can damage it. To work with co-hosts on other machines, use Co-hosts → Share with co-hosts on other machines.</source>
        <translation>{path} liegt auf einem Netzlaufwerk; mehrere Instanzen können die Datei dort beschädigen. Für die Zusammenarbeit über mehrere Rechner: Co-Moderation → Mit Co-Moderation auf anderen Rechnern teilen.</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/app.py" line="+44"/>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event files (*{ext});;All files (*)</source>
        <translation>Veranstaltungsdateien (*{ext});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Something went wrong ({kind}); the show goes on. Details are in {log}.</source>
        <translation>Etwas ist schiefgelaufen ({kind}); die Sendung läuft weiter. Details stehen in {log}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <extracomment>When to start loading the writer: after the first paint, well before anyone types. When the instance tells the co-hosts it is here (after the writer has loaded).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open event…</source>
        <translation>Veranstaltung öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from file…</source>
        <translation>Neue Veranstaltung aus Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../moderator/ui/import_dialogs.py" line="+135"/>
        <source>New event from file</source>
        <translation>Neue Veranstaltung aus Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../moderator/ui/queue_panel.py" line="+88"/>
        <source>Question (Enter adds it to the queue)</source>
        <translation>Frage (Enter fügt sie der Warteschlange hinzu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality / organisation</source>
        <translation>Kommune / Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To (optional)</source>
        <translation>An (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+427"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} — moderator</source>
        <translation>{title} — moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;ople</source>
        <translation>Pe&amp;rsonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;peaker</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live actions</source>
        <translation>Live-Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply ({keys})</source>
        <translation>Übernehmen ({keys})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show ended</source>
        <translation>Sendung beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run sheet is empty.</source>
        <translation>Der Ablaufplan ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the show · starts with</source>
        <translation>Vor der Sendung · es beginnt mit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{elapsed} of {allotted} elapsed</source>
        <translation>{elapsed} von {allotted} vergangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>on time</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+142"/>
        <source>+{drift} behind</source>
        <translation>+{drift} hinter Plan</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+144"/>
        <source>−{drift} ahead</source>
        <translation>−{drift} vor Plan</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+152"/>
        <source>ends {time}</source>
        <extracomment>Only suggest re-planning when the show is at least this late.</extracomment>
        <translation>Ende {time}</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker view on screen</source>
        <translation>Sprecheransicht auf Bildschirm</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Answer {elapsed} of {limit}</source>
        <translation>Antwort {elapsed} von {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaking for {elapsed}</source>
        <translation>Spricht seit {elapsed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Now speaking</source>
        <translation>Spricht jetzt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Proposed — press {key} to hand off</source>
        <translation>Vorschlag — {key} übergibt das Wort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Up next in {slot}</source>
        <translation>Als Nächstes in {slot}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say: {hint}</source>
        <translation>Aussprache: {hint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next: {slot} — {name}{organisation}</source>
        <translation>Gleich: {slot} — {name}{organisation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: {slot}</source>
        <translation>Gleich: {slot}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Talk time in this slot (click to hand off)</source>
        <translation>Redezeit in diesem Programmpunkt (Klick übergibt das Wort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole show: {total}</source>
        <translation>ganze Sendung: {total}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>On air</source>
        <translation>Auf Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No question on air. O puts the next one on air.</source>
        <translation>Keine Frage auf Sendung. O bringt die nächste auf Sendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question on air</source>
        <translation>Frage auf Sendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked by {who}</source>
        <translation>gefragt von {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to {name}</source>
        <translation>an {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>about {count} more fit</source>
        <translation>etwa {count} passen noch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No question is waiting.</source>
        <translation>Keine Frage wartet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Select two or more questions to merge.</source>
        <translation>Zum Zusammenführen zwei oder mehr Fragen auswählen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Running {drift} late. To end on time: {cuts}</source>
        <translation>{drift} im Verzug. Für ein pünktliches Ende: {cuts}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The show is on time; nothing to shorten.</source>
        <translation>Die Sendung liegt im Plan; es gibt nichts zu kürzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The remaining slots were shortened to end on time.</source>
        <translation>Die restlichen Programmpunkte wurden gekürzt, damit die Sendung pünktlich endet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart the show?</source>
        <translation>Sendung neu starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock goes back to before the show. The log keeps what happened.</source>
        <translation>Die Uhr springt auf die Zeit vor der Sendung zurück. Das Protokoll behält, was bisher geschah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The second screen, if there is one</source>
        <translation>Der zweite Bildschirm, falls vorhanden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message to the speaker</source>
        <translation>Nachricht für die Sprecheransicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown big on the speaker view (empty clears it):</source>
        <translation>Erscheint groß in der Sprecheransicht (leer lassen, um sie zu entfernen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please wrap up</source>
        <translation>Bitte zum Schluss kommen</translation>
    </message>
</context>
<context>
    <name>Cohosts</name>
    <message>
        <location filename="../../moderator/ui/cohosts_panel.py" line="-353"/>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>co-host</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Take control…</source>
        <translation>Steuerung übernehmen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another instance</source>
        <translation>eine andere Instanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock is controlled here</source>
        <translation>Die Uhr wird hier gesteuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody controls the clock; the first clock action takes it</source>
        <translation>Niemand steuert die Uhr; die erste Aktion an der Uhr übernimmt sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} controls the clock but has gone quiet</source>
        <translation>{name} steuert die Uhr, meldet sich aber nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the clock of {name}</source>
        <translation>Uhr folgt {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also here: {names}</source>
        <translation>Ebenfalls da: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody else is here yet</source>
        <translation>Sonst ist noch niemand da</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name and role</source>
        <translation>Eigener Name und Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as the co-hosts see you</source>
        <translation>so sehen ihn die anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-host</source>
        <translation>Co-Moderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password for {address} was not accepted; try again.</source>
        <translation>Das Passwort für {address} wurde nicht angenommen; bitte noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {address}:</source>
        <translation>Passwort für {address}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is not stored. To skip this question, put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Es wird nicht gespeichert. Ohne diese Abfrage geht es mit ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else changed this question while you were editing it. Nothing was overwritten; choose which wording to keep.</source>
        <translation>Jemand anderes hat diese Frage während der Bearbeitung geändert. Nichts wurde überschrieben; bitte die Fassung wählen, die bleiben soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version (saved):</source>
        <translation>Deren Fassung (gespeichert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your version (not saved):</source>
        <translation>Eigene Fassung (nicht gespeichert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep theirs</source>
        <translation>Deren Fassung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>Eigene speichern</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Co-&amp;hosts</source>
        <translation>&amp;Co-Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over control to</source>
        <translation>Steuerung übergeben an</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the shared event is lost; trying again. The clock keeps counting.</source>
        <translation>Die Verbindung zur geteilten Veranstaltung ist unterbrochen; neuer Versuch läuft. Die Uhr zählt weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions to send when it is back: {count}.</source>
        <translation>Fragen, die danach gesendet werden: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to the shared event again.</source>
        <translation>Wieder mit der geteilten Veranstaltung verbunden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Questions not sent</source>
        <translation>Fragen nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions entered while the connection was lost and not sent yet: {count}. Closing loses them. Close anyway?</source>
        <translation>Fragen, die während der Unterbrechung erfasst und noch nicht gesendet wurden: {count}. Beim Schließen gehen sie verloren. Trotzdem schließen?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody else is here</source>
        <translation>Sonst ist niemand da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the instance that controls the clock can hand it over</source>
        <translation>Nur wer die Uhr steuert, kann die Steuerung übergeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} controls the clock now.</source>
        <translation>{name} steuert jetzt die Uhr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take control of the clock</source>
        <translation>Steuerung der Uhr übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has gone quiet. Take control of the clock here? It goes on exactly where it is.</source>
        <translation>{name} meldet sich nicht mehr. Die Steuerung der Uhr hier übernehmen? Sie läuft genau dort weiter, wo sie steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is still active. Ask for a hand-over instead.</source>
        <translation>{name} ist noch aktiv. Bitte stattdessen um Übergabe bitten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clock is controlled here now.</source>
        <translation>Die Uhr wird jetzt hier gesteuert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Event file on a network share</source>
        <translation>Veranstaltungsdatei auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share through PostgreSQL…</source>
        <translation>Über PostgreSQL teilen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on here</source>
        <translation>Hier weitermachen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share with co-hosts on other machines</source>
        <translation>Mit Co-Moderation auf anderen Rechnern teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event is copied into an empty PostgreSQL database, and this event file then opens the shared event there. Give the database&apos;s address (without a password); co-hosts open this event file, or the same address.</source>
        <translation>Die Veranstaltung wird in eine leere PostgreSQL-Datenbank kopiert; diese Veranstaltungsdatei öffnet danach die geteilte Veranstaltung dort. Bitte die Adresse der Datenbank angeben (ohne Passwort); die Co-Moderation öffnet diese Datei oder dieselbe Adresse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{address} is not a PostgreSQL address (postgresql://user@host:port/dbname).</source>
        <translation>{address} ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared at {address}.</source>
        <translation>Geteilt unter {address}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Join a shared event</source>
        <translation>Geteilter Veranstaltung beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of the shared event&apos;s PostgreSQL database (without a password):</source>
        <translation>Adresse der PostgreSQL-Datenbank der geteilten Veranstaltung (ohne Passwort):</translation>
    </message>
</context>
<context>
    <name>EditorTexts</name>
    <message>
        <location filename="../../moderator/ui/editor/texts.py" line="+46"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../moderator/ui/editor/findings.py" line="+65"/>
        <source>To check before the show ({count})</source>
        <translation>Vor der Sendung zu prüfen ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to check: no overlaps, gaps or empty slots.</source>
        <translation>Nichts zu prüfen: keine Überschneidungen, Lücken oder leeren Programmpunkte.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../moderator/ui/import_flow.py" line="+61"/>
        <source>Run sheets (*.ics *.xml *.json *.csv *.xlsx *.txt)</source>
        <extracomment>The busy window appears only for an import that takes longer than this: a quick one would only flash it. Larger files are refused unread: no run sheet is this big, and a video chosen by mistake should not be read into memory (the importers have tighter limits of their own).</extracomment>
        <translation>Ablaufpläne (*.ics *.xml *.json *.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference schedules (*.xml *.json)</source>
        <translation>Konferenzprogramme (*.xml *.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda text (*.txt)</source>
        <translation>Agenda als Text (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is too large for a run sheet ({size} MB).</source>
        <translation>{file} ist zu groß für einen Ablaufplan ({size} MB).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>New event from file</source>
        <translation>Neue Veranstaltung aus Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the new event as</source>
        <translation>Neue Veranstaltung speichern unter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event files (*{ext})</source>
        <translation>Veranstaltungsdateien (*{ext})</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Creating {file}…</source>
        <translation>{file} wird angelegt…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../moderator/ui/import_dialogs.py" line="-97"/>
        <source>agenda text</source>
        <extracomment>How many slots the preview lists; the rest is counted.</extracomment>
        <translation>Agenda als Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderator event (JSON)</source>
        <translation>moderator-Veranstaltung (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference schedule (frab XML)</source>
        <translation>Konferenzprogramm (frab-XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference schedule (JSON)</source>
        <translation>Konferenzprogramm (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>New event from file</source>
        <translation>Neue Veranstaltung aus Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start}–{end} ({zone})</source>
        <translation>{start}–{end} Uhr ({zone})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slots:</source>
        <translation>Programmpunkte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} — {format}</source>
        <translation>{file} — {format}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and 1 more slot</source>
        <translation>… und 1 weiterer Programmpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>… and {count} more slots</source>
        <translation>… und {count} weitere Programmpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check:</source>
        <translation>Bitte prüfen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Create event file…</source>
        <translation>Veranstaltungsdatei &amp;anlegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>LengthDelegate</name>
    <message>
        <location filename="../../moderator/ui/editor/delegates.py" line="+122"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../moderator/ui/queue_dialogs.py" line="+49"/>
        <source>Merge questions</source>
        <translation>Fragen zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questions become one: votes are added and every asker is kept. Which wording stays?</source>
        <translation>Die Fragen werden zu einer: Stimmen werden addiert, alle Fragenden bleiben erhalten. Welche Formulierung bleibt?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../moderator/ui/editor/people_panel.py" line="+180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PasteAgendaDialog</name>
    <message>
        <location filename="../../moderator/ui/editor/paste_dialog.py" line="+86"/>
        <source>Paste agenda</source>
        <translation>Agenda einfügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the agenda as copied from the event page: one line per slot, starting with its time (“14:10 Impuls 1: … Name, Organisation”). The date and the title are read too, if they are there.</source>
        <translation>Die Agenda so einfügen, wie sie von der Veranstaltungsseite kopiert wurde: eine Zeile je Programmpunkt, beginnend mit der Uhrzeit („14:10 Impuls 1: … Name, Organisation“). Datum und Titel werden mitgelesen, wenn sie dabeistehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>13:50 Einwahl und Technik-Check
14:00 Begrüßung Alexander Handschuh, Innovators Club
…</source>
        <translation>13:50 Einwahl und Technik-Check
14:00 Begrüßung Alexander Handschuh, Innovators Club
…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>People already on the run sheet are recognised by their name and keep their details; replacing the slots removes nobody.</source>
        <translation>Personen, die schon im Ablaufplan stehen, werden am Namen erkannt und behalten ihre Angaben; beim Ersetzen der Programmpunkte wird niemand entfernt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read agenda</source>
        <translation>Agenda &amp;lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add after the last slot</source>
        <translation>Nach dem letzten Programmpunkt &amp;anfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>&amp;Replace the slots</source>
        <translation>Programmpunkte &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Put on the run sheet</source>
        <translation>In den Ablaufplan &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Read {slots} and {people}: “{title}”, {day}, {start}–{end}.</source>
        <translation>Gelesen: {slots} und {people} – „{title}“, {day}, {start}–{end} Uhr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slot</source>
        <translation>1 Programmpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} slots</source>
        <translation>{count} Programmpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please check this line: how it was split into title and people is a guess.</source>
        <translation>Bitte diese Zeile prüfen: Die Aufteilung in Titel und Personen ist geraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check these {count} lines: how they were split into title and people is a guess.</source>
        <translation>Bitte diese {count} Zeilen prüfen: Die Aufteilung in Titel und Personen ist geraten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as: slot “{title}”; people: {people}</source>
        <translation>Gelesen als: Programmpunkt „{title}“; Personen: {people}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}: {line}</source>
        <translation>Zeile {number}: {line}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every line was read without guessing.</source>
        <translation>Jede Zeile wurde ohne Raten gelesen.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../moderator/ui/editor/people_panel.py" line="+449"/>
        <location line="+9"/>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into slot</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected person into the selected slot</source>
        <translation>Die ausgewählte Person im ausgewählten Programmpunkt einplanen</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location line="-583"/>
        <source>Say: {hint}</source>
        <extracomment>The role a person gets when added to a slot of this kind (changeable in the list).</extracomment>
        <translation>Aussprache: {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name, function and organisation</source>
        <translation>Name, Funktion und Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The numbers of the slots the person is in</source>
        <extracomment>The second line under a person&apos;s name: function and organisation.</extracomment>
        <translation>Die Nummern der Programmpunkte, in denen die Person eingeplant ist</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../moderator/ui/editor/person_dialog.py" line="+46"/>
        <source>Edit person</source>
        <extracomment>The details the dialog edits, as named in ``Person`` and ``EditPerson``. The person as the dialog opened with them: the base of the edit.</extracomment>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Dr., Prof.</source>
        <translation>z. B. Dr., Prof.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head of Digital Affairs</source>
        <translation>z. B. Leiterin Digitales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to say the name, e.g. GÖSS-mann</source>
        <translation>Wie der Name gesprochen wird, z. B. GÖSS-mann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few sentences the moderator can read out to introduce the person.</source>
        <translation>Ein paar Sätze, mit denen die Moderation die Person vorstellen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone or e-mail, for the organisers</source>
        <translation>Telefon oder E-Mail, für das Orga-Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronunciation:</source>
        <translation>&amp;Aussprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intro:</source>
        <translation>&amp;Vorstellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../moderator/ui/queue_model.py" line="+38"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON AIR</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;A tool</source>
        <translation>Q&amp;A-Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>answered at {time}</source>
        <translation>beantwortet um {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in “{slot}”</source>
        <translation> in „{slot}“</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../moderator/ui/queue_panel.py" line="+188"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show answered and dismissed</source>
        <translation>Beantwortete und verworfene zeigen</translation>
    </message>
</context>
<context>
    <name>RunSheetConflictDialog</name>
    <message>
        <location filename="../../moderator/ui/editor/conflict_dialog.py" line="+52"/>
        <source>Title</source>
        <extracomment>What each field is called when an edit changes more than one (a person&apos;s details).</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator notes</source>
        <translation>Moderationsnotizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before the end</source>
        <translation>Vorwarnung vor dem Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final cue before the end</source>
        <translation>Schlusswarnung vor dem Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciation</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Changed elsewhere</source>
        <extracomment>The fields of an operation that name what it edits, not what it sets.</extracomment>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone else changed this while you were editing it. Nothing was overwritten; choose which version to keep.</source>
        <translation>Jemand anderes hat dies während der Bearbeitung geändert. Nichts wurde überschrieben; bitte die Fassung wählen, die bleiben soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version (saved):</source>
        <translation>Deren Fassung (gespeichert):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your version (not saved):</source>
        <translation>Eigene Fassung (nicht gespeichert):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep theirs</source>
        <translation>Deren Fassung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine</source>
        <translation>Eigene speichern</translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message>
        <location filename="../../moderator/ui/editor/window.py" line="+268"/>
        <location line="+127"/>
        <location line="+142"/>
        <source>This event file is read-only: the run sheet can be viewed, but not changed.</source>
        <extracomment>The &quot;changed elsewhere&quot; dialog shown last, while it is open.</extracomment>
        <translation>Diese Veranstaltungsdatei ist schreibgeschützt: Der Ablaufplan lässt sich ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+7"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{day}, {start}–{end} ({zone})</source>
        <translation>{day}, {start}–{end} Uhr ({zone})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run sheet — {title}</source>
        <translation>Ablaufplan — {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 slot</source>
        <translation>1 Programmpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} slots</source>
        <translation>{count} Programmpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {start} to {end}</source>
        <translation>von {start} bis {end} Uhr</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo {step}</source>
        <translation>Rückgängig: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redo {step}</source>
        <translation>Wiederholen: {step}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“{title}” was removed; {keys} brings it back.</source>
        <translation>„{title}“ wurde entfernt; {keys} holt den Programmpunkt zurück.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select the slot to add the person to.</source>
        <translation>Bitte den Programmpunkt wählen, in dem die Person eingeplant werden soll.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} was taken off the run sheet; {keys} brings them back.</source>
        <translation>{name} wurde aus dem Ablaufplan genommen; {keys} holt die Person zurück.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The agenda is on the run sheet: 1 slot; one undo takes it back.</source>
        <translation>Die Agenda steht im Ablaufplan: 1 Programmpunkt; ein Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda is on the run sheet: {count} slots; one undo takes it back.</source>
        <translation>Die Agenda steht im Ablaufplan: {count} Programmpunkte; ein Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Run sheet</source>
        <translation>&amp;Ablaufplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+56"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual / expected</source>
        <translation>Ist / erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ScheduleChoiceDialog</name>
    <message>
        <location filename="../../moderator/ui/import_dialogs.py" line="-325"/>
        <source>1 talk</source>
        <translation>1 Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} talks</source>
        <translation>{count} Programmpunkte</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Choose a day and a room</source>
        <translation>Tag und Raum wählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This schedule has several days or rooms. A run sheet holds one room on one day: choose the day and the room.</source>
        <translation>Dieses Programm hat mehrere Tage oder Räume. Ein Ablaufplan umfasst einen Raum an einem Tag: bitte Tag und Raum wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day {index} · {talks}</source>
        <translation>Tag {index} · {talks}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day {index} · {date} · {talks}</source>
        <translation>Tag {index} · {date} · {talks}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../moderator/ui/shortcuts_dialog.py" line="+28"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a shortcut to change it. Single keys never fire while you type in a text field; Esc brings you back to the cockpit.</source>
        <translation>Zum Ändern auf ein Tastenkürzel klicken. Einzelne Tasten lösen nie aus, während in ein Textfeld getippt wird; Esc führt zurück zum Cockpit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SlotPanel</name>
    <message>
        <location filename="../../moderator/ui/editor/people_panel.py" line="+310"/>
        <source>(untitled slot)</source>
        <extracomment>The slot as it was when its notes were last put into the field, i.e. the notes the user began typing on: the base of the notes&apos; edit.</extracomment>
        <translation>(Programmpunkt ohne Titel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No slot selected</source>
        <translation>Kein Programmpunkt ausgewählt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>People in this slot</source>
        <translation>Personen in diesem Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator notes</source>
        <translation>Moderationsnotizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the moderator should know or say in this slot. Stored when you leave the field.</source>
        <translation>Was die Moderation in diesem Programmpunkt wissen oder sagen soll. Wird beim Verlassen des Felds gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ Earlier</source>
        <translation>▲ Früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce this person earlier</source>
        <translation>Diese Person früher vorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Later</source>
        <translation>▼ Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce this person later</source>
        <translation>Diese Person später vorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take out of slot</source>
        <translation>Aus Programmpunkt nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person…</source>
        <translation>Person…</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../moderator/ui/editor/slots_model.py" line="+48"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator notes</source>
        <translation>Moderationsnotizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned: the slot keeps its start when the slots before it change</source>
        <translation>Fixiert: Der Programmpunkt behält seine Startzeit, wenn sich die Programmpunkte davor ändern</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Pinned at {time}: stays there when the slots before it change</source>
        <extracomment>The most serious finding first: its icon stands for the slot.</extracomment>
        <translation>Fest um {time}: bleibt dort, wenn sich die Programmpunkte davor ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts when the slot before it ends; setting a start pins it</source>
        <translation>Beginnt, wenn der Programmpunkt davor endet; eine eingegebene Startzeit fixiert ihn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned (click to unpin)</source>
        <translation>Fixiert (Klick löst die Fixierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows the slot before (click to pin its start)</source>
        <translation>Folgt auf den Programmpunkt davor (Klick fixiert die Startzeit)</translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <location filename="../../moderator/ui/speaker_view.py" line="+77"/>
        <source>Speaker view</source>
        <translation>Sprecheransicht</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <location filename="../../moderator/ui/queue_dialogs.py" line="+26"/>
        <source>Paste a chat transcript</source>
        <translation>Chatverlauf einfügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste the chat here: a saved chat of Zoom, Teams or Webex, a copied chat pane, or one question per line.</source>
        <translation>Chat hier einfügen: ein gespeicherter Chat aus Zoom, Teams oder Webex, ein kopiertes Chatfenster oder eine Frage pro Zeile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>too long (over 2,000 characters)</source>
        <translation>zu lang (über 2.000 Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maybe a duplicate of row {row}: {text}</source>
        <translation>vielleicht doppelt zu Zeile {row}: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>maybe a duplicate of: {text}</source>
        <translation>vielleicht doppelt zu: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add ticked questions</source>
        <translation>Angehakte Fragen aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} messages read ({format}); ticked: the ones that look like questions and are not in the queue yet.</source>
        <translation>{count} Nachrichten gelesen ({format}); angehakt sind die, die wie Fragen aussehen und noch nicht in der Warteschlange stehen.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../moderator/ui/actions.py" line="+100"/>
        <source>Start / pause / resume</source>
        <extracomment>Default keys: portable text, or a standard key where Qt has one for the platform. Live actions change the event: they are blocked in read-only files.</extracomment>
        <translation>Start / Pause / Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slot</source>
        <translation>Nächster Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slot</source>
        <translation>Vorheriger Programmpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jump to the selected slot</source>
        <translation>Zum ausgewählten Programmpunkt springen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a minute</source>
        <translation>Eine Minute weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 10 seconds</source>
        <translation>10 Sekunden mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove 10 seconds</source>
        <translation>10 Sekunden weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the show</source>
        <translation>Sendung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the show…</source>
        <translation>Sendung neu starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten the remaining slots to end on time</source>
        <translation>Restliche Programmpunkte kürzen, um pünktlich zu enden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view</source>
        <translation>Sprecheransicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message to the speaker…</source>
        <translation>Nachricht an die Sprecheransicht senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the speaker to wrap up</source>
        <translation>„Bitte zum Schluss kommen“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blink the speaker view</source>
        <translation>Sprecheransicht blinken lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black out the speaker view</source>
        <translation>Sprecheransicht schwarz schalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the cockpit</source>
        <translation>Zurück zum Cockpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open event…</source>
        <translation>Veranstaltung öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit run sheet…</source>
        <translation>Ablaufplan bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from file…</source>
        <translation>Neue Veranstaltung aus Datei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flash in the last seconds and overtime</source>
        <translation>In den letzten Sekunden und bei Überziehung blinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound when time runs out</source>
        <translation>Ton, wenn die Zeit abgelaufen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand off to the next person</source>
        <translation>Wort an die nächste Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody speaking</source>
        <translation>Niemand spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last hand-off</source>
        <translation>Letzte Wortübergabe zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-minute answer timer</source>
        <translation>Antwortzeit: zwei Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the question on air</source>
        <translation>Frage auf Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the question answered</source>
        <translation>Frage als beantwortet markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the question</source>
        <translation>Frage verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept into the queue</source>
        <translation>In die Warteschlange aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote +1</source>
        <translation>Stimme +1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question up</source>
        <translation>Frage nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question down</source>
        <translation>Frage nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question to the top</source>
        <translation>Frage ganz nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected questions…</source>
        <translation>Ausgewählte Fragen zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo in the queue</source>
        <translation>In der Warteschlange rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo in the queue</source>
        <translation>In der Warteschlange wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a chat transcript…</source>
        <translation>Chatverlauf einfügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the question on air in the speaker view</source>
        <translation>Frage auf Sendung in der Sprecheransicht zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and role…</source>
        <translation>Eigener Name und Rolle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take control of the clock…</source>
        <translation>Steuerung der Uhr übernehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with co-hosts on other machines…</source>
        <translation>Mit Co-Moderation auf anderen Rechnern teilen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a shared event…</source>
        <translation>Geteilter Veranstaltung beitreten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand off to person {digit}</source>
        <translation>Wort an Person {digit}</translation>
    </message>
</context>
<context>
    <name>clock</name>
    <message>
        <location filename="../../moderator/domain/clock.py" line="+66"/>
        <source>The show has not started yet.</source>
        <translation>Die Sendung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show has ended; jump to a slot or reset the show to go on.</source>
        <translation>Die Sendung ist beendet; zum Weitermachen zu einem Programmpunkt springen oder die Sendung neu starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run sheet has no slots.</source>
        <translation>Der Ablaufplan enthält keine Programmpunkte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no slot {slot_id} on the run sheet.</source>
        <translation>Programmpunkt {slot_id} steht nicht im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current slot is no longer on the run sheet; jump to another slot.</source>
        <translation>Der laufende Programmpunkt steht nicht mehr im Ablaufplan; bitte zu einem anderen Programmpunkt springen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first slot; there is none before it.</source>
        <translation>Dies ist der erste Programmpunkt; davor gibt es keinen.</translation>
    </message>
</context>
<context>
    <name>cohosts</name>
    <message>
        <location filename="../../moderator/domain/cohosts.py" line="+48"/>
        <source>{name} controls the clock; ask for a hand-over to change it here.</source>
        <extracomment>How often an instance says it is alive. An instance not heard of for this long has gone quiet (three heartbeats missed). An instance not heard of for this long has left; it is no longer listed.</extracomment>
        <translation>{name} steuert die Uhr; für Änderungen hier bitte um Übergabe bitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} controls the clock but has gone quiet; take control (Co-hosts menu) to go on here.</source>
        <translation>{name} steuert die Uhr, meldet sich aber nicht mehr; Steuerung übernehmen (Menü Co-Moderation), um hier weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the instance that controls the clock can hand it over.</source>
        <translation>Nur wer die Uhr steuert, kann die Steuerung übergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not connected; control stays here.</source>
        <translation>{name} ist nicht verbunden; die Steuerung bleibt hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is still active; ask for a hand-over instead of taking control.</source>
        <translation>{name} ist noch aktiv; bitte um Übergabe bitten, statt die Steuerung zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>editor_actions</name>
    <message>
        <location filename="../../moderator/ui/editor/actions.py" line="+56"/>
        <source>Add slot</source>
        <extracomment>Changes the run sheet: disabled in a read-only file. Where the keys work: the whole window, or only while the slots table (&quot;slots&quot;) or the list of people (&quot;people&quot;) has the focus (Del and Ctrl+Up must not remove or move a slot while the organiser works in the list of people). The word on a toolbar or panel button, where the full text would crowd the others.</extracomment>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new slot after the selected one</source>
        <translation>Ein neuer Programmpunkt nach dem ausgewählten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate slot</source>
        <translation>Programmpunkt duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove slot</source>
        <translation>Programmpunkt entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the selected slot (Undo brings it back)</source>
        <translation>Den ausgewählten Programmpunkt entfernen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin start</source>
        <translation>Startzeit fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pinned slot keeps its start when the slots before it change</source>
        <translation>Ein fixierter Programmpunkt behält seine Startzeit, wenn sich die Programmpunkte davor ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person…</source>
        <translation>Person bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste agenda…</source>
        <translation>Agenda einfügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the agenda from text copied from the event page</source>
        <translation>Die Agenda aus Text übernehmen, der von der Veranstaltungsseite kopiert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>event_file</name>
    <message>
        <location filename="../../moderator/persistence/errors.py" line="+16"/>
        <source>{path}: no such file.</source>
        <translation>{path}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existiert bereits; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a moderator event file.</source>
        <translation>{path} ist keine Veranstaltungsdatei von moderator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is a database of another program, not a moderator event file.</source>
        <translation>{path} ist die Datenbank eines anderen Programms, keine Veranstaltungsdatei von moderator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} was written by a newer version of moderator (file format {found}, this version reads up to {supported}); please update moderator.</source>
        <translation>{path} wurde von einer neueren Version von moderator geschrieben (Dateiformat {found}, diese Version liest bis {supported}); bitte moderator aktualisieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is damaged and cannot be read; open a backup copy instead.</source>
        <translation>{path} ist beschädigt und kann nicht gelesen werden; bitte stattdessen eine Sicherungskopie öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is damaged: it opens read-only so that nothing more is lost; write into a backup copy instead.</source>
        <translation>{path} ist beschädigt: Die Datei öffnet schreibgeschützt, damit nicht mehr verloren geht; schreiben Sie in eine Sicherungskopie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is read-only: it can be viewed, but changes cannot be saved.</source>
        <translation>{path} ist schreibgeschützt: Die Datei lässt sich ansehen, Änderungen können aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk holding {path} is full: the last change was not saved.</source>
        <translation>Der Datenträger mit {path} ist voll: Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is busy: another program kept it locked for too long; try again.</source>
        <translation>{path} ist belegt: Ein anderes Programm hat die Datei zu lange gesperrt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../moderator/importers/agenda_text.py" line="+73"/>
        <source>The text is empty: paste the agenda from the event page.</source>
        <translation>Der Text ist leer: bitte das Programm von der Veranstaltungsseite einfügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like text: paste the agenda as plain text.</source>
        <translation>Das sieht nicht nach Text aus: bitte das Programm als reinen Text einfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agenda lines found: expected lines that start with a time like 14:00.</source>
        <translation>Keine Programmzeilen gefunden: erwartet werden Zeilen, die mit einer Uhrzeit wie 14:00 beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date found: expected a date like “9. Juni 2021” or “June 9, 2021”.</source>
        <translation>Kein Datum gefunden: erwartet wird ein Datum wie „9. Juni 2021“ oder „June 9, 2021“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../moderator/importers/any_format.py" line="+189"/>
        <location filename="../../moderator/importers/ics.py" line="+187"/>
        <location filename="../../moderator/importers/spreadsheet.py" line="+126"/>
        <source>Unknown time zone “{zone}”: expected a name like Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „{zone}“: erwartet wird ein Name wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line_number}: {time} does not come after the time on the line before.</source>
        <translation>Zeile {line_number}: {time} liegt nicht nach der Uhrzeit in der Zeile davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line_number}: the slot ends before it starts.</source>
        <translation>Zeile {line_number}: Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line_number}: the event ends before it starts.</source>
        <translation>Zeile {line_number}: Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is out of range.</source>
        <translation>Das Datum liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zone abbreviation (such as GMT or CEST) was read as its fixed offset from UTC, which differs from the region&apos;s time on that date.</source>
        <translation>Eine Zonenabkürzung (etwa GMT oder MESZ) wurde als ihr fester Abstand zu UTC gelesen; er weicht an diesem Datum von der Ortszeit der Region ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sure where the title or organisation ends and the name begins; please check.</source>
        <translation>Unklar, wo Titel oder Organisation enden und der Name beginnt; bitte prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title may contain people&apos;s names; kept it whole as the title.</source>
        <translation>Der Titel enthält möglicherweise Namen von Personen; er wurde vollständig als Titel übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text after the dash may be a person or part of the title; kept it in the title.</source>
        <translation>Der Text nach dem Gedankenstrich kann eine Person oder Teil des Titels sein; er bleibt im Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a name without an organisation as a person; please check.</source>
        <translation>Ein Name ohne Organisation wurde als Person gelesen; bitte prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page gives no end for the last slot; assumed 30 minutes.</source>
        <translation>Die Seite nennt kein Ende für den letzten Programmpunkt; 30 Minuten angenommen.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/json_event.py" line="+34"/>
        <source>The JSON is not a moderator event: fields are missing or of the wrong type.</source>
        <translation>Das JSON ist keine moderator-Veranstaltung: Felder fehlen oder haben den falschen Typ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The JSON gives {field} {value}; that is out of range for a run sheet.</source>
        <translation>Das JSON gibt {field} {value} an; das liegt außerhalb dessen, was ein Ablaufplan haben kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON holds over {limit} {what}; that is not a run sheet.</source>
        <translation>Das JSON enthält über {limit} Einträge in {what}; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/any_format.py" line="-1"/>
        <location filename="../../moderator/importers/json_event.py" line="+63"/>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei enthält kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event cannot be moved to that date: a time would fall outside the calendar.</source>
        <translation>Die Veranstaltung lässt sich nicht auf dieses Datum verschieben: Eine Zeit läge außerhalb des Kalenders.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/json_event.py" line="-64"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>Unbekannte Zeitzone „{zone}“.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/chat_transcript.py" line="+85"/>
        <source>No chat messages found: the text is empty; paste the chat or a list of questions.</source>
        <translation>Keine Chatnachrichten gefunden: Der Text ist leer; den Chat oder eine Liste von Fragen einfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chat messages found: this does not look like text; paste the chat as text.</source>
        <translation>Keine Chatnachrichten gefunden: Das sieht nicht nach Text aus; den Chat als Text einfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chat messages found: the text holds only system lines, reactions or no words.</source>
        <translation>Keine Chatnachrichten gefunden: Der Text enthält nur Systemzeilen, Reaktionen oder keine Wörter.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/ics.py" line="-37"/>
        <location filename="../../moderator/importers/spreadsheet.py" line="-27"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/importers/limits.py" line="+54"/>
        <source>The file is too large for a run sheet: it has over {limit} MB.</source>
        <translation>Die Datei ist zu groß für einen Ablaufplan: Sie hat über {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too long for a run sheet: it has over {limit} lines.</source>
        <translation>Die Datei ist zu lang für einen Ablaufplan: Sie hat über {limit} Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar has over {limit} property parameters; that is not a run sheet.</source>
        <translation>Der Kalender hat über {limit} Eigenschaftsparameter; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an iCalendar file: it should start with BEGIN:VCALENDAR.</source>
        <translation>Das ist keine iCalendar-Datei: Sie müsste mit BEGIN:VCALENDAR beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar file is damaged and cannot be read.</source>
        <translation>Die Kalenderdatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar file is incomplete: it ends before END:VCALENDAR.</source>
        <translation>Die Kalenderdatei ist unvollständig: Sie endet vor END:VCALENDAR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar holds no events.</source>
        <translation>Der Kalender enthält keine Termine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar holds {count} events; a run sheet can have at most {limit}.</source>
        <translation>Der Kalender enthält {count} Termine; ein Ablaufplan kann höchstens {limit} haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar holds only all-day events; a run sheet needs start times.</source>
        <translation>Der Kalender enthält nur ganztägige Termine; ein Ablaufplan braucht Anfangszeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event in the calendar has a start time.</source>
        <translation>Kein Termin im Kalender hat eine Anfangszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” has an unreadable start time.</source>
        <translation>Der Termin „{title}“ hat eine unlesbare Anfangszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” has a line that cannot be read.</source>
        <translation>Der Termin „{title}“ hat eine Zeile, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” has more than one start time.</source>
        <translation>Der Termin „{title}“ hat mehr als eine Anfangszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” has an unreadable end time.</source>
        <translation>Der Termin „{title}“ hat eine unlesbare Endzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” has an unreadable duration.</source>
        <translation>Der Termin „{title}“ hat eine unlesbare Dauer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” ends before it starts.</source>
        <translation>Der Termin „{title}“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “{title}” lies outside the usable dates.</source>
        <translation>Der Termin „{title}“ liegt außerhalb der verwendbaren Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar&apos;s time zone “{zone}” cannot be used.</source>
        <translation>Die Zeitzone „{zone}“ des Kalenders kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repeating events were read as their first occurrence only.</source>
        <translation>Wiederkehrende Termine wurden nur mit ihrem ersten Vorkommen übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All-day events were left out: a run sheet needs start times.</source>
        <translation>Ganztägige Termine wurden ausgelassen: Ein Ablaufplan braucht Anfangszeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events without a start time were left out.</source>
        <translation>Termine ohne Anfangszeit wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event without an end was taken to last until the next one that day, else 30 minutes.</source>
        <translation>Ein Termin ohne Ende dauert bis zum nächsten Termin des Tages, sonst 30 Minuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vendor-specific time zone name was read as the IANA zone it ends with.</source>
        <translation>Ein herstellereigener Zeitzonenname wurde als die IANA-Zone gelesen, auf die er endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in an unknown time zone were read in the event&apos;s time zone.</source>
        <translation>Zeiten in einer unbekannten Zeitzone wurden in der Zeitzone der Veranstaltung gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run sheet was read from the invitation&apos;s description; please check it.</source>
        <translation>Der Ablaufplan wurde aus der Beschreibung der Einladung gelesen; bitte prüfen.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/schedule.py" line="+71"/>
        <source>This is not a conference schedule: expected a frab schedule.xml or a schedule JSON file.</source>
        <translation>Das ist kein Konferenzprogramm: Erwartet wird eine frab-schedule.xml oder eine Programm-JSON-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule XML cannot be read: {reason}.</source>
        <translation>Das Programm-XML kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schedule XML declares entities or external references; refused for safety.</source>
        <translation>Das Programm-XML deklariert Entitäten oder externe Verweise; aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule XML cannot be read: its character encoding is unknown.</source>
        <translation>Das Programm-XML kann nicht gelesen werden: Seine Zeichenkodierung ist unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule JSON cannot be read: {reason}.</source>
        <translation>Das Programm-JSON kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schedule JSON cannot be read: it is nested too deeply.</source>
        <translation>Das Programm-JSON kann nicht gelesen werden: Es ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule JSON cannot be read: it is not UTF-8 text.</source>
        <translation>Das Programm-JSON kann nicht gelesen werden: Es ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule is damaged: its days or events are not as the format defines them.</source>
        <translation>Das Programm ist beschädigt: Seine Tage oder Veranstaltungen entsprechen nicht dem Format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has no events.</source>
        <translation>Das Programm enthält keine Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The schedule has {days} days and {rooms} rooms; choose with --day ({day_choices}) and --room ({room_choices}).</source>
        <translation>Das Programm hat {days} Tage und {rooms} Räume; bitte mit --day ({day_choices}) und --room ({room_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schedule has {days} days; choose one with --day ({day_choices}).</source>
        <translation>Das Programm hat {days} Tage; bitte einen mit --day ({day_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{room} has events on {days} days; choose one with --day ({day_choices}).</source>
        <translation>{room} hat Veranstaltungen an {days} Tagen; bitte einen mit --day ({day_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has {rooms} rooms; choose one with --room ({room_choices}).</source>
        <translation>Das Programm hat {rooms} Räume; bitte einen mit --room ({room_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day {day} has events in {rooms} rooms; choose one with --room ({room_choices}).</source>
        <translation>Tag {day} hat Veranstaltungen in {rooms} Räumen; bitte einen mit --room ({room_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has no day “{day}”; choose one with --day ({day_choices}).</source>
        <translation>Das Programm hat keinen Tag „{day}“; bitte einen mit --day ({day_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has no room “{room}”; choose one with --room ({room_choices}).</source>
        <translation>Das Programm hat keinen Raum „{room}“; bitte einen mit --room ({room_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{room} has no events on day {day}; choose another with --day ({day_choices}).</source>
        <translation>{room} hat an Tag {day} keine Veranstaltungen; bitte einen anderen mit --day ({day_choices}) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “{title}” has no readable start time (“{value}”).</source>
        <translation>Die Veranstaltung „{title}“ hat keine lesbare Anfangszeit („{value}“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “{title}” has no readable duration (“{value}”).</source>
        <translation>Die Veranstaltung „{title}“ hat keine lesbare Dauer („{value}“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “{title}” lasts more than 24 hours, too long for a run sheet slot.</source>
        <translation>Die Veranstaltung „{title}“ dauert länger als 24 Stunden, zu lang für einen Programmpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule gives neither a time zone nor UTC offsets, so its times cannot be placed.</source>
        <translation>Das Programm nennt weder eine Zeitzone noch UTC-Abstände; seine Zeiten lassen sich nicht einordnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date in the schedule is out of range.</source>
        <translation>Ein Datum im Programm liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule names no time zone; used {zone}, which matches its UTC offsets.</source>
        <translation>Das Programm nennt keine Zeitzone; verwendet wurde {zone}, passend zu seinen UTC-Abständen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule names the time zone {declared}, but its times are in {zone}; used {zone}.</source>
        <translation>Das Programm nennt die Zeitzone {declared}, seine Zeiten liegen aber in {zone}; verwendet wurde {zone}.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/spreadsheet.py" line="+1"/>
        <source>This is neither a CSV nor an xlsx file: save the run sheet as CSV or xlsx.</source>
        <translation>Das ist weder eine CSV- noch eine xlsx-Datei: Den Ablaufplan als CSV oder xlsx speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is an old Excel .xls file: save it as .xlsx or CSV and import that.</source>
        <translation>Das ist eine alte Excel-Datei (.xls): Als .xlsx oder CSV speichern und diese importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a LibreOffice .ods file: save it as .xlsx or CSV and import that.</source>
        <translation>Das ist eine LibreOffice-Datei (.ods): Als .xlsx oder CSV speichern und diese importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The xlsx file is damaged or not an Excel workbook.</source>
        <translation>Die xlsx-Datei ist beschädigt oder keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read: {reason}.</source>
        <translation>Die CSV-Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet has more than {limit} rows; that is not a run sheet.</source>
        <translation>Die Tabelle hat mehr als {limit} Zeilen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column for the start time and the title; found: {found}. Expected headers like Start or Beginn and Title or Titel.</source>
        <translation>Keine Spalte für Anfangszeit und Titel; gefunden: {found}. Erwartet werden Überschriften wie Start oder Beginn und Title oder Titel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No column for the start time and the title: the sheet has no header row.</source>
        <translation>Keine Spalte für Anfangszeit und Titel: Die Tabelle hat keine Überschriftenzeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet has headers but no slots below them.</source>
        <translation>Die Tabelle hat Überschriften, aber keine Programmpunkte darunter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet gives no date: add a Date (Datum) column or choose the date.</source>
        <translation>Die Tabelle nennt kein Datum: eine Spalte Datum ergänzen oder das Datum wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: “{value}” is not a time; expected a time like 14:00 or 2:00 pm.</source>
        <translation>Zeile {row}: „{value}“ ist keine Uhrzeit; erwartet wird eine Zeit wie 14:00 oder 2:00 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: “{value}” is not a date; expected a date like 2021-06-09 or 09.06.2021.</source>
        <translation>Zeile {row}: „{value}“ ist kein Datum; erwartet wird ein Datum wie 2021-06-09 oder 09.06.2021.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: “{value}” could be read day first or month first; write it as {one} or {other}.</source>
        <translation>Zeile {row}: „{value}“ kann Tag-zuerst oder Monat-zuerst gelesen werden; bitte als {one} oder {other} schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: “{value}” is not a duration; expected minutes like 10, 0:10 or 10 min.</source>
        <translation>Zeile {row}: „{value}“ ist keine Dauer; erwartet werden Minuten wie 10, 0:10 oder 10 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the slot lasts more than 24 hours.</source>
        <translation>Zeile {row}: Der Programmpunkt dauert länger als 24 Stunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: “{value}” in the pinned column is neither yes nor no.</source>
        <translation>Zeile {row}: „{value}“ in der Spalte „fixiert“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: “{title}” has no start time, and the row above gives no end.</source>
        <translation>Zeile {row}: „{title}“ hat keine Anfangszeit, und die Zeile darüber nennt kein Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: {time} comes before the start of the row above.</source>
        <translation>Zeile {row}: {time} liegt vor dem Beginn der Zeile darüber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the slot ends before it starts.</source>
        <translation>Zeile {row}: Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: the end {end} and the duration of {minutes} minutes do not agree; clear one of them.</source>
        <translation>Zeile {row}: Das Ende {end} und die Dauer von {minutes} Minuten passen nicht zusammen; eines davon leeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: the date is out of range.</source>
        <translation>Zeile {row}: Das Datum liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date in the sheet is out of range.</source>
        <translation>Ein Datum in der Tabelle liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last slot has no end or duration; assumed {minutes} minutes.</source>
        <translation>Der letzte Programmpunkt hat kein Ende und keine Dauer; angenommen wurden {minutes} Minuten.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/limits.py" line="+3"/>
        <source>The text is too long for a run sheet: it has over {limit} characters.</source>
        <translation>Der Text ist zu lang für einen Ablaufplan: Er hat über {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is too long for a run sheet: it has over {limit} lines.</source>
        <translation>Der Text ist zu lang für einen Ablaufplan: Er hat über {limit} Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line} is longer than {limit} characters; that is not an agenda or a chat.</source>
        <translation>Zeile {line} ist länger als {limit} Zeichen; das ist weder eine Agenda noch ein Chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field holds over {limit} characters; that is not a run sheet.</source>
        <translation>Ein Feld enthält über {limit} Zeichen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} has over {limit} cells; that is not a run sheet.</source>
        <translation>Zeile {row} hat über {limit} Zellen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds over {limit} elements; that is not a run sheet.</source>
        <translation>Die Datei enthält über {limit} Elemente; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheets hold over {limit} cells; that is not a run sheet.</source>
        <translation>Die Tabellenblätter enthalten über {limit} Zellen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file nests over {limit} levels deep; that is not a run sheet.</source>
        <translation>Die Datei ist über {limit} Ebenen tief verschachtelt; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The xlsx file unpacks to over {limit} MB; that is not a run sheet.</source>
        <translation>Die xlsx-Datei entpackt sich auf über {limit} MB; das ist kein Ablaufplan.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../moderator/exporters/html_export.py" line="+42"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="-33"/>
        <source>Pre-show</source>
        <extracomment>``texts(context, source)`` returns the text in the reader&apos;s language. The same texts as the run sheet&apos;s kind column (``moderator.ui.run_sheet_model``), repeated here because exporters do not import the UI; one context, so one translation.</extracomment>
        <translation>Vorprogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Talk</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Panel</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Q&amp;A</source>
        <translation>Fragerunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../moderator/domain/people.py" line="+30"/>
        <source>Nobody called “{query}” is on the run sheet.</source>
        <translation>Im Ablaufplan steht niemand namens „{query}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{query}” could mean {names}; be more precise.</source>
        <translation>„{query}“ passt auf {names}; bitte genauer angeben.</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../moderator/domain/questions.py" line="+38"/>
        <source>The question is empty.</source>
        <extracomment>Questions come from strangers in a chat; a wall of text is refused, not cut silently.</extracomment>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question is {length} characters long; at most {limit} are allowed. Shorten it or split it.</source>
        <translation>Die Frage ist {length} Zeichen lang; erlaubt sind höchstens {limit}. Bitte kürzen oder aufteilen.</translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <location filename="../../moderator/domain/queue.py" line="+127"/>
        <source>Question {question_id} is no longer in the queue.</source>
        <extracomment>The fields of :class:`Question` an operation may change (``revision`` is the store&apos;s). Below this gap between two neighbours a move renumbers the queue instead of halving it. Which status may follow which (anything else is refused; the same status is a no-op). The slots in which questions are taken (see :func:`questions_that_fit`). How many undo steps :class:`UndoStack` keeps.</extracomment>
        <translation>Frage {question_id} steht nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {question_id} was changed by someone else meanwhile; compare and save again.</source>
        <translation>Frage {question_id} wurde inzwischen von jemand anderem geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} is not on air; only the question on air can be answered.</source>
        <translation>Frage {question_id} ist nicht auf Sendung; nur die Frage auf Sendung kann beantwortet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} has been answered; put it back in the queue first.</source>
        <translation>Frage {question_id} ist beantwortet; zuerst wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} is dismissed; restore it to the queue first.</source>
        <translation>Frage {question_id} ist verworfen; zuerst wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} is on air; put it back in the queue instead.</source>
        <translation>Frage {question_id} ist auf Sendung; stattdessen wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} was merged into question {keep_id}; undo or split the merge to bring it back.</source>
        <translation>Frage {question_id} wurde mit Frage {keep_id} zusammengeführt; zum Zurückholen die Zusammenführung rückgängig machen oder auftrennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A question cannot be merged into itself.</source>
        <translation>Eine Frage kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {question_id} is already merged into question {keep_id}.</source>
        <translation>Frage {question_id} ist bereits mit Frage {keep_id} zusammengeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} is on air; mark it answered or merge the others into it.</source>
        <translation>Frage {question_id} ist auf Sendung; als beantwortet markieren oder die anderen in sie zusammenführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question {question_id} has been answered; merge the others into it instead.</source>
        <translation>Frage {question_id} ist beantwortet; stattdessen die anderen in sie zusammenführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wording must come from one of the questions being merged.</source>
        <translation>Die Formulierung muss von einer der zusammengeführten Fragen stammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {question_id} is not merged into another.</source>
        <translation>Frage {question_id} ist mit keiner anderen zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../moderator/ui/editor/texts.py" line="-56"/>
        <source>Speaker</source>
        <translation>Referent:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panelist</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber:in</translation>
    </message>
</context>
<context>
    <name>run_sheet</name>
    <message>
        <location filename="../../moderator/domain/run_sheet.py" line="+117"/>
        <source>There is no slot {slot_id} on the run sheet.</source>
        <extracomment>How many undo steps :class:`RunSheetUndo` keeps. The longest a slot may last (a longer one is a typo: 600 minutes for 60). Slots that need someone on stage; without people they are reported (:func:`validate`).</extracomment>
        <translation>Programmpunkt {slot_id} steht nicht im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no person {person_id} on the run sheet.</source>
        <translation>Person {person_id} steht nicht im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no place {index} on the run sheet; it has {count} slots.</source>
        <translation>Im Ablaufplan gibt es keine Stelle {index}; er hat {count} Programmpunkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A slot must end after it starts.</source>
        <translation>Ein Programmpunkt muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slot cannot last longer than {hours} hours.</source>
        <translation>Ein Programmpunkt kann nicht länger als {hours} Stunden dauern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time {value} has no time zone; give it with its zone.</source>
        <translation>Die Zeit {value} hat keine Zeitzone; bitte mit Zeitzone angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warning or final cue must lie between zero and {hours} hours before the end.</source>
        <translation>Eine Vorwarnung oder Schlusswarnung muss zwischen null und {hours} Stunden vor dem Ende liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already on the run sheet.</source>
        <translation>{name} steht schon im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not in “{title}”.</source>
        <translation>{name} ist in „{title}“ nicht eingeplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new order must name everyone in “{title}” exactly once.</source>
        <translation>Die neue Reihenfolge muss alle in „{title}“ genau einmal nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” was changed elsewhere meanwhile; compare and save again.</source>
        <translation>„{title}“ wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed elsewhere meanwhile; compare and save again.</source>
        <translation>{name} wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run sheet was changed elsewhere meanwhile; this step can no longer be undone.</source>
        <translation>Der Ablaufplan wurde inzwischen anderswo geändert; dieser Schritt lässt sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add slot</source>
        <translation>Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove slot</source>
        <translation>Programmpunkt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate slot</source>
        <translation>Programmpunkt duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slot</source>
        <translation>Programmpunkt verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change end</source>
        <translation>Ende ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin slot</source>
        <translation>Programmpunkt fixieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin slot</source>
        <translation>Fixierung lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit slot</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign person</source>
        <translation>Person einplanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove person from slot</source>
        <translation>Person aus Programmpunkt nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder people</source>
        <translation>Reihenfolge der Personen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace run sheet</source>
        <translation>Ablaufplan ersetzen</translation>
    </message>
    <message>
        <location line="+608"/>
        <source>“{title}” starts {amount} before “{other}” ends.</source>
        <translation>„{title}“ beginnt {amount} vor dem Ende von „{other}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} free between “{other}” and “{title}”.</source>
        <translation>{amount} Lücke zwischen „{other}“ und „{title}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” ends {amount} after the end of the show.</source>
        <translation>„{title}“ endet {amount} nach dem Ende der Sendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” starts {amount} before the show; only a pre-show may.</source>
        <translation>„{title}“ beginnt {amount} vor der Sendung; das darf nur ein Vorprogramm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is assigned to “{title}”.</source>
        <translation>Für „{title}“ ist niemand eingeplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot {number} has no title.</source>
        <translation>Programmpunkt {number} hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../../moderator/domain/run_sheet_import.py" line="+21"/>
        <source>Paste agenda</source>
        <extracomment>The label of the step in &quot;Undo …&quot; (context &quot;run_sheet&quot;, like the other labels).</extracomment>
        <translation>Agenda einfügen</translation>
    </message>
</context>
<context>
    <name>run_sheet_print</name>
    <message>
        <location filename="../../moderator/exporters/html_export.py" line="+4"/>
        <source>Speaker</source>
        <translation>Referent:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panelist</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber:in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end} Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed start</source>
        <translation>feste Startzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciation: {hint}</source>
        <translation>Aussprache: {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro at {time}</source>
        <translation>Vorgestellt um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who&apos;s who</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function, organisation</source>
        <translation>Funktion, Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On at</source>
        <translation>Auftritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of {when}</source>
        <translation>Stand: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/print_export.py" line="+226"/>
        <source>The printer could not be started.</source>
        <extracomment>Points at which the PDF is laid out: fine enough for exact text placement, and the text stays vector text whatever this is. A4 page margins in millimetres (left, top, right, bottom), the same as the HTML&apos;s @page. The page&apos;s body text size, as in the HTML&apos;s style sheet. Space under the body for the page footer, in points. The application made by :func:`ensure_gui_application` when none was running. Left of every page&apos;s footer: &quot;Run sheet: &lt;title&gt; · As of &lt;time&gt;&quot;.</extracomment>
        <translation>Der Drucker ließ sich nicht starten.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>shared_event</name>
    <message>
        <location filename="../../moderator/persistence/postgres.py" line="+59"/>
        <source>The shared event at {address} cannot be reached: {reason}</source>
        <extracomment>The channel of the change feed&apos;s notifications. The advisory lock every write transaction holds (&quot;MODR&quot;), see the module docstring. How long connecting may take before the database counts as unreachable.</extracomment>
        <translation>Die geteilte Veranstaltung unter {address} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the shared event at {address} was lost; the change was not saved.</source>
        <translation>Die Verbindung zur geteilten Veranstaltung unter {address} ist unterbrochen; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password for {address} was not accepted.</source>
        <translation>Das Passwort für {address} wurde nicht angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared event at {address} needs a password.</source>
        <translation>Die geteilte Veranstaltung unter {address} braucht ein Passwort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{address} holds no moderator event.</source>
        <translation>{address} enthält keine moderator-Veranstaltung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} already holds an event; publish into an empty database.</source>
        <translation>{address} enthält schon eine Veranstaltung; bitte in eine leere Datenbank teilen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event at {address} was written by a newer version of moderator ({found}); please update moderator.</source>
        <translation>Die Veranstaltung unter {address} stammt von einer neueren moderator-Version ({found}); bitte moderator aktualisieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address contains a password; give it without one (the password comes from PGPASSWORD, ~/.pgpass or a prompt).</source>
        <translation>Die Adresse enthält ein Passwort; bitte ohne angeben (das Passwort kommt aus PGPASSWORD, ~/.pgpass oder einer Abfrage).</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/event_session.py" line="+57"/>
        <source>Not connected to the shared event: this change was not made; make it again when the connection is back.</source>
        <extracomment>How often the file is asked whether anyone committed (PRAGMA data_version, ~10 µs). A shared event wakes up on its notification socket; this poll is only a safety net. How often a lost connection to the shared event is tried again.</extracomment>
        <translation>Keine Verbindung zur geteilten Veranstaltung: Die Änderung wurde nicht ausgeführt; bitte wiederholen, sobald die Verbindung steht.</translation>
    </message>
</context>
</TS>
