<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AfterShowReportDialog</name>
    <message>
        <location filename="../../moderator/ui/report_dialog.py" line="+129"/>
        <source>After-show report</source>
        <extracomment>(format id, file suffix) in the order the window offers them.</extracomment>
        <translation>Bericht nach der Sendung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned against actual, talk time, the questions and the log of the show, as a document to send to the panel.</source>
        <translation>Geplant und tatsächlich, Redezeiten, die Fragen und das Protokoll der Sendung, als Dokument für das Podium.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups…</source>
        <translation>Offene Fragen nachfassen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the after-show report as</source>
        <translation>Bericht nach der Sendung speichern unter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The show has ended. File → After-show report… writes the report.</source>
        <translation>Die Sendung ist beendet. Datei → Bericht nach der Sendung… schreibt den Bericht.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../moderator/ui/app.py" line="+223"/>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 is read-only: you can follow the show, but not change it.</source>
        <extracomment>This app, as the co-hosts see it; kept when another event is opened or the app restarts. The overlays and the stream deck&apos;s API for the open event (made on first use). Whether the first window has been painted (run_app): a window opened later does what waits for the first paint in the event loop&apos;s next turn, the first one right after its paint (CockpitWindow.after_first_paint).</extracomment>
        <translation>%1 ist schreibgeschützt: Die Sendung lässt sich verfolgen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Event files (*%1);;All files (*)</source>
        <translation>Veranstaltungsdateien (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Something went wrong (%1); the show goes on. Details are in %2.</source>
        <translation>Etwas ist schiefgelaufen (%1); die Sendung läuft weiter. Details stehen in %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <extracomment>When to start loading the writer: after the first paint, well before anyone types. When the instance tells the co-hosts it is here (after the writer has loaded). When the stream server starts: after the first paint and the writer&apos;s preload. The longest the app waits for its first paint before it starts the asyncio loop anyway (shorter than STREAM_AFTER_MS: the stream server needs that loop).</extracomment>
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
    <message>
        <location filename="../../moderator/ui/cohosts_panel.py" line="+320"/>
        <source>%1 is on a network share, where several instances can damage it. To work with co-hosts on other machines, use Co-hosts → Share with co-hosts on other machines.</source>
        <translation>%1 liegt auf einem Netzlaufwerk; mehrere Instanzen können die Datei dort beschädigen. Für die Zusammenarbeit über mehrere Rechner: Co-Moderation → Mit Co-Moderation auf anderen Rechnern teilen.</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../moderator/ui/audience_panel.py" line="+35"/>
        <source>Audience page</source>
        <translation>Publikumsseite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link for the audience</source>
        <translation>Link für das Publikum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code as an OBS overlay</source>
        <translation>QR-Code als OBS-Overlay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take new questions from the audience</source>
        <translation>Neue Fragen aus dem Publikum annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show accepted questions on the page, for votes</source>
        <translation>Angenommene Fragen auf der Seite zeigen, zum Abstimmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions from the page arrive in the queue as new, from “audience page”; only those you accept are shown there. To reach the page from outside this network, see “The audience page” in the README.</source>
        <translation>Fragen von der Seite kommen als neu in die Warteschlange, Herkunft „Publikumsseite“; dort erscheinen nur die, die Sie annehmen. Wie die Seite von außerhalb dieses Netzes erreichbar wird, steht im README unter „The audience page“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The audience page is not served yet; it starts a moment after the cockpit.</source>
        <translation>Die Publikumsseite läuft noch nicht; sie startet kurz nach dem Cockpit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phones on the local network reach it; from elsewhere, through your proxy or tunnel.</source>
        <translation>Handys im lokalen Netz erreichen sie; von anderswo über Ihren Proxy oder Tunnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is served on this computer only: turn on the local network in the overlays&apos; set-up, or put a proxy or tunnel in front of it.</source>
        <translation>Sie ist nur auf diesem Computer erreichbar: Schalten Sie bei den Overlays das lokale Netz ein oder stellen Sie einen Proxy oder Tunnel davor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the audience this link (paste it into the chat) or show the QR code. %1</source>
        <translation>Geben Sie dem Publikum diesen Link (in den Chat) oder zeigen Sie den QR-Code. %1</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../moderator/ui/import_dialogs.py" line="+130"/>
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
        <location filename="../../moderator/ui/queue_panel.py" line="+90"/>
        <source>Question (Enter adds it to the queue)</source>
        <translation>Frage (Enter fügt sie der Warteschlange hinzu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <location line="-9"/>
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
    <message>
        <location line="+1"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audience question&apos;s text; Enter adds it to the queue, Esc goes back to the cockpit.</source>
        <translation>Der Text der Publikumsfrage; Enter stellt sie in die Warteschlange, Esc führt zurück ins Cockpit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who asked the question (optional).</source>
        <translation>Wer die Frage gestellt hat (optional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality or organisation</source>
        <translation>Kommune oder Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the person who asked comes from (optional).</source>
        <translation>Woher die fragende Person kommt (optional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Gerichtet an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The person on the panel the question is for (optional).</source>
        <translation>Die Person auf dem Podium, an die sich die Frage richtet (optional).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the question came from</source>
        <translation>Woher die Frage kam</translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+628"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+46"/>
        <source>REHEARSAL</source>
        <translation>PROBE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End rehearsal…</source>
        <translation>Probe beenden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rehearse now…</source>
        <translation>Jetzt proben…</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>End the rehearsal?</source>
        <translation>Probe beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real show comes back as it was. Keep the questions collected in the rehearsal?</source>
        <translation>Die echte Sendung ist wieder wie vorher. Die in der Probe gesammelten Fragen behalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End, drop its questions</source>
        <translation>Beenden, Fragen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End, keep its questions</source>
        <translation>Beenden, Fragen behalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a question to address.</source>
        <translation>Eine Frage zum Zuordnen auswählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;0 Nobody in particular</source>
        <translation>&amp;0 An niemand Bestimmten</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="+358"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show ended</source>
        <translation>Sendung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run sheet is empty.</source>
        <translation>Der Ablaufplan ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the show · starts with</source>
        <translation>Vor der Sendung · es beginnt mit</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="-320"/>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="+16"/>
        <source>on time</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="-241"/>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker view on screen</source>
        <translation>Sprecheransicht auf Bildschirm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show → Undo</source>
        <translation>Sendung → Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cockpit</source>
        <translation>Cockpit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The live keys act here: Space starts or pauses, the arrows change the slot, F1 lists every key.</source>
        <translation>Hier wirken die Live-Tasten: Leertaste startet oder pausiert, die Pfeiltasten wechseln den Programmpunkt, F1 zeigt alle Tasten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The event&apos;s slots; Enter jumps to the selected slot.</source>
        <translation>Die Programmpunkte der Veranstaltung; Enter springt zum gewählten Programmpunkt.</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="+22"/>
        <location line="+6"/>
        <source>Now speaking</source>
        <translation>Spricht jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+251"/>
        <source>Talk time in this slot (click to hand off)</source>
        <translation>Redezeit in diesem Programmpunkt (Klick übergibt das Wort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>On air</source>
        <translation>Auf Sendung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No question on air. O puts the next one on air.</source>
        <translation>Keine Frage auf Sendung. O bringt die nächste auf Sendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question on air</source>
        <translation>Frage auf Sendung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>+%1 new</source>
        <translation>+%1 neu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No question is waiting.</source>
        <translation>Keine Frage wartet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select two or more questions to merge.</source>
        <translation>Zum Zusammenführen zwei oder mehr Fragen auswählen.</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="-93"/>
        <location filename="../../moderator/ui/main_window.py" line="-427"/>
        <source>ends %1</source>
        <extracomment>The cockpit&apos;s look; :class:`~moderator.ui.theme.Theme` applies it (scaled with the system font, and with the high-contrast theme&apos;s overrides) once the first refresh has set the widgets&apos; texts and state properties. The run sheet always shows the slot on air and this many after it. The question on air: this many lines, then &quot;…&quot; (the whole question is its tooltip and is in the queue); three lines pushed the queue itself down to one row at 768 pixels. What the user chose that the view shows (read again after a change of settings). The banner&apos;s offer of the after-show report, withdrawn if the end is undone. The readiness board&apos;s dock, hidden at the start: built right after the first paint (:meth:`after_first_paint`) or when first asked for.</extracomment>
        <translation>Ende %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../moderator/ui/main_window.py" line="+1"/>
        <source>+%1 behind</source>
        <translation>+%1 hinter Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../moderator/ui/main_window.py" line="+0"/>
        <source>−%1 ahead</source>
        <translation>−%1 vor Plan</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+9"/>
        <source>%1 — moderator</source>
        <translation>%1 — moderator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply (%1)</source>
        <translation>Übernehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="-85"/>
        <source>%2 of %1 elapsed</source>
        <extracomment>The translation context of every text here: the window that shows them. A panelist is &quot;far under their share&quot; below this part of an even share. Under the name: the answer time (now speaking) or how to say the name (up next). Who should get the floor next (has not spoken, or far under their share). For each person: how many waiting questions are addressed to them. The countdown flashes this second (final phase and the first seconds of overtime). The event&apos;s date when it is not today (None on the day). The show is on another day and no rehearsal runs: offer one. Who asked each kept question, with the askers of the questions merged into it. A drift this large means the plan lies on another day, not that the show runs late. The questions on air by id (one, unless two co-hosts&apos; changes crossed). The sum and count of the timed answers (:func:`queue.answer_time`). The keys to name in hints (as the user set them).</extracomment>
        <translation>%2 von %1 vergangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event date: %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not today</source>
        <translation>nicht heute</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Answer %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaking for %1</source>
        <translation>Spricht seit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed — press %1 to hand off</source>
        <translation>Vorschlag — %1 übergibt das Wort</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Up next in %1</source>
        <translation>Als Nächstes in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say: %1</source>
        <translation>Aussprache: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next: %3 — %1%2</source>
        <translation>Gleich: %3 — %1%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Floor to %2: %1 waiting question(s) for them</source>
        <translation>Wort an %2: %1 Frage(n) warten auf sie/ihn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor to %1: not spoken yet</source>
        <translation>Wort an %1: hat noch nicht gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor to %1: far under their share</source>
        <translation>Wort an %1: weit unter dem eigenen Anteil</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Next: %1</source>
        <translation>Gleich: %1</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+261"/>
        <source>whole show: %1</source>
        <translation>ganze Sendung: %1</translation>
    </message>
    <message>
        <location filename="../../moderator/app/cockpit_view.py" line="+56"/>
        <source>asked by %1</source>
        <translation>gefragt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no time for another question</source>
        <translation>keine Zeit für eine weitere Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 more fit</source>
        <translation>etwa %1 passen noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 to %1 more fit</source>
        <translation>%2 bis %1 passen noch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running %2 late. To end on time: %1</source>
        <translation>%2 im Verzug. Für ein pünktliches Ende: %1</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/main_window.py" line="+320"/>
        <source>The remaining slots were shortened to end on time.</source>
        <translation>Die restlichen Programmpunkte wurden gekürzt, damit die Sendung pünktlich endet.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+60"/>
        <source>The second screen, if there is one</source>
        <translation>Der zweite Bildschirm, falls vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen %3: %2 (%4×%1)</source>
        <translation>Bildschirm %3: %2 (%4×%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Message to the speaker</source>
        <translation>Nachricht für die Sprecheransicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown big on the speaker view (empty clears it):</source>
        <translation>Erscheint groß in der Sprecheransicht (leer lassen, um sie zu entfernen):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please wrap up</source>
        <translation>Bitte zum Schluss kommen</translation>
    </message>
</context>
<context>
    <name>Cohosts</name>
    <message>
        <location filename="../../moderator/ui/cohosts_panel.py" line="-252"/>
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
        <location line="+12"/>
        <source>Nobody else is here yet</source>
        <translation>Sonst ist noch niemand da</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/cohosts_dialogs.py" line="+33"/>
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
        <location line="+37"/>
        <location line="+12"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/cohosts_panel.py" line="-10"/>
        <source>%1 controls the clock but has gone quiet</source>
        <translation>%1 steuert die Uhr, meldet sich aber nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the clock of %1</source>
        <translation>Uhr folgt %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also here: %1</source>
        <translation>Ebenfalls da: %1</translation>
    </message>
    <message>
        <location filename="../../moderator/ui/cohosts_dialogs.py" line="-25"/>
        <source>Address of the shared event</source>
        <translation>Adresse der gemeinsamen Veranstaltung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password for %1 was not accepted; try again.</source>
        <translation>Das Passwort für %1 wurde nicht angenommen; bitte noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../moderator/ui/cohosts_panel.py" line="+52"/>
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
        <source>Questions to send when it is back: %1.</source>
        <translation>Fragen, die danach gesendet werden: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Questions entered while the connection was lost and not sent yet: %1. Closing loses them. Close anyway?</source>
        <translation>Fragen, die während der Unterbrechung erfasst und noch nicht gesendet wurden: %1. Beim Schließen gehen sie verloren. Trotzdem schließen?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 controls the clock now.</source>
        <translation>%1 steuert jetzt die Uhr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has gone quiet. Take control of the clock here? It goes on exactly where it is.</source>
        <translation>%1 meldet sich nicht mehr. Die Steuerung der Uhr hier übernehmen? Sie läuft genau dort weiter, wo sie steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still active. Ask for a hand-over instead.</source>
        <translation>%1 ist noch aktiv. Bitte stattdessen um Übergabe bitten.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/dbname).</source>
        <translation>%1 ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared at %1.</source>
        <translation>Geteilt unter %1.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Connected to the shared event again.</source>
        <translation>Wieder mit der geteilten Veranstaltung verbunden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Questions not sent</source>
        <translation>Fragen nicht gesendet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody else is here</source>
        <translation>Sonst ist niemand da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the instance that controls the clock can hand it over</source>
        <translation>Nur wer die Uhr steuert, kann die Steuerung übergeben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Take control of the clock</source>
        <translation>Steuerung der Uhr übernehmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The clock is controlled here now.</source>
        <translation>Die Uhr wird jetzt hier gesteuert.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+28"/>
        <source>Share with co-hosts on other machines</source>
        <translation>Mit Co-Moderation auf anderen Rechnern teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event is copied into an empty PostgreSQL database, and this event file then opens the shared event there. Give the database&apos;s address (without a password); co-hosts open this event file, or the same address.</source>
        <translation>Die Veranstaltung wird in eine leere PostgreSQL-Datenbank kopiert; diese Veranstaltungsdatei öffnet danach die geteilte Veranstaltung dort. Bitte die Adresse der Datenbank angeben (ohne Passwort); die Co-Moderation öffnet diese Datei oder dieselbe Adresse.</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../../moderator/ui/editor/texts.py" line="+43"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../moderator/ui/editor/findings.py" line="+68"/>
        <source>To check before the show (%1)</source>
        <translation>Vor der Sendung zu prüfen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to check: no overlaps, gaps or empty slots.</source>
        <translation>Nichts zu prüfen: keine Überschneidungen, Lücken oder leeren Programmpunkte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before the show</source>
        <translation>Vor der Sendung zu prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overlaps, gaps and empty slots; Enter or a double-click selects the slot.</source>
        <translation>Überschneidungen, Lücken und unbesetzte Programmpunkte; Enter oder ein Doppelklick wählt den Programmpunkt.</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../moderator/ui/followups_dialog.py" line="+87"/>
        <source>Follow-ups</source>
        <extracomment>(format id, file suffix) in the order the window offers them.</extracomment>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questions left open. Each goes to its owner by the due date; changes are saved at once.</source>
        <translation>Die offen gebliebenen Fragen. Jede geht bis zum Fälligkeitsdatum an ihre zuständige Person; Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One text per owner (e-mail)</source>
        <translation>Ein Text je zuständige Person (E-Mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (iCalendar)</source>
        <translation>Aufgaben (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the follow-ups as</source>
        <translation>Offene Fragen speichern unter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../moderator/ui/import_flow.py" line="+65"/>
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
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large for a run sheet (%2 MB).</source>
        <translation>%1 ist zu groß für einen Ablaufplan (%2 MB).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Event files (*%1)</source>
        <translation>Veranstaltungsdateien (*%1)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>New event from file</source>
        <translation>Neue Veranstaltung aus Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the new event as</source>
        <translation>Neue Veranstaltung speichern unter</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../moderator/ui/import_dialogs.py" line="-95"/>
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
        <location line="+245"/>
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
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%2–%1 (%3)</source>
        <translation>%2–%1 Uhr (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more slot(s)</source>
        <translation>
            <numerusform>… und %n weiterer Programmpunkt</numerusform>
            <numerusform>… und %n weitere Programmpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+24"/>
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
    <name>KeysIndicator</name>
    <message>
        <location filename="../../moderator/ui/keys_indicator.py" line="+93"/>
        <source>⌨ Keys: the show</source>
        <translation>⌨ Tasten: Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⌨ Keys: the show and the queue</source>
        <translation>⌨ Tasten: Sendung und Fragenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⌨ Typing into a field · Esc: back to the show</source>
        <translation>⌨ Eingabe in ein Feld · Esc: zurück zur Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⌨ Editing a question · Enter saves, Esc cancels</source>
        <translation>⌨ Frage wird bearbeitet · Enter speichert, Esc verwirft</translation>
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
    <name>LiveLine</name>
    <message>
        <location filename="../../moderator/ui/live_line.py" line="+26"/>
        <source>Show started: %1</source>
        <extracomment>How long the line stays bright before it dims (it stays readable). A long slot title is cut, so that the line keeps its &quot;Ctrl+Z undoes&quot; in view.</extracomment>
        <translation>Sendung gestartet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slot: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to: %1</source>
        <translation>Zurück zu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumped to: %1</source>
        <translation>Gesprungen zu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time %1 s</source>
        <translation>Zeit %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ended</source>
        <translation>Sendung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show restarted</source>
        <translation>Sendung neu gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor to %1</source>
        <translation>Das Wort hat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody speaking</source>
        <translation>Niemand spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hand-off taken back</source>
        <translation>Letzte Übergabe zurückgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view message: %1</source>
        <translation>Nachricht auf der Sprecheransicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view: wrap-up request</source>
        <translation>Sprecheransicht: Bitte zum Schluss kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view blacked out</source>
        <translation>Sprecheransicht abgedunkelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view blinked</source>
        <translation>Sprecheransicht geblinkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue changed</source>
        <translation>Fragenliste geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker view message cleared</source>
        <translation>Nachricht auf der Sprecheransicht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view: wrap-up request taken back</source>
        <translation>Sprecheransicht: Schlussbitte zurückgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view shown again</source>
        <translation>Sprecheransicht wieder sichtbar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 undoes</source>
        <translation>%1 · %2 nimmt zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../moderator/ui/queue_dialogs.py" line="+60"/>
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
    <name>NewFromThisDialog</name>
    <message>
        <location filename="../../moderator/ui/series_dialog.py" line="+70"/>
        <source>New event from this one</source>
        <translation>Neue Veranstaltung aus dieser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event</source>
        <translation>Diese Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Take the people along, with their intros</source>
        <translation>Personen mit ihren Anmoderationen übernehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same slots, kinds, lengths and notes; no live state, log, questions or readiness. Templates: %1</source>
        <translation>Dieselben Programmpunkte, Arten, Dauern und Notizen; kein Live-Zustand, Protokoll, keine Fragen und kein Bereitschaftsstand. Vorlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep as template</source>
        <translation>Als Vorlage behalten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the new event as</source>
        <translation>Neue Veranstaltung speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event files (*%1)</source>
        <translation>Veranstaltungsdateien (*%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kept as template: %1</source>
        <translation>Als Vorlage behalten: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../moderator/ui/editor/people_panel.py" line="+192"/>
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
        <location filename="../../moderator/ui/editor/paste_dialog.py" line="+88"/>
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
        <location line="+1"/>
        <source>Agenda text</source>
        <translation>Text der Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agenda as text: one slot per line, starting with its time.</source>
        <translation>Die Agenda als Text: ein Programmpunkt je Zeile, am Anfang seine Uhrzeit.</translation>
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
        <source>Read %4 and %3: “%6”, %1, %5–%2.</source>
        <translation>Gelesen: %4 und %3 – „%6“, %1, %5–%2 Uhr.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n Programmpunkt</numerusform>
            <numerusform>%n Programmpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Please check these %n line(s): how they were split into title and people is a guess.</source>
        <translation>
            <numerusform>Bitte %n Zeile prüfen: Die Aufteilung in Titel und Personen ist geraten.</numerusform>
            <numerusform>Bitte diese %n Zeilen prüfen: Die Aufteilung in Titel und Personen ist geraten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read as: slot “%2”; people: %1</source>
        <translation>Gelesen als: Programmpunkt „%2“; Personen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %2: %1</source>
        <translation>Zeile %2: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every line was read without guessing.</source>
        <translation>Jede Zeile wurde ohne Raten gelesen.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../moderator/ui/editor/people_panel.py" line="+459"/>
        <location line="+9"/>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
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
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone on the run sheet: name, title, function, organisation, intro and pronunciation.</source>
        <translation>Alle Personen im Ablaufplan: Name, Titel, Funktion, Organisation, Vorstellung und Aussprache.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location line="-594"/>
        <source>Say: %1</source>
        <extracomment>The role a person gets when added to a slot of this kind (changeable in the list).</extracomment>
        <translation>Aussprache: %1</translation>
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
        <location filename="../../moderator/ui/queue_model.py" line="+41"/>
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
        <translation>AUF SENDUNG</translation>
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
        <location line="+1"/>
        <source>audience page</source>
        <translation>Publikumsseite</translation>
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
        <location line="+292"/>
        <source>From the audience page</source>
        <extracomment>More changed questions than this at once (a big batch): the view is re-laid out once instead of hearing of each row. How the number and the votes stand in their cells (an int: data() runs per cell and role). ``_all`` by id. Per question id: the version searched and its folded text (see _haystack).</extracomment>
        <translation>Von der Publikumsseite</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>answered at %1</source>
        <translation>beantwortet um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in “%1”</source>
        <translation> in „%1“</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../moderator/ui/queue_panel.py" line="+202"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows only the questions that contain this text.</source>
        <translation>Zeigt nur die Fragen, die diesen Text enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question queue</source>
        <translation>Fragen-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience questions in the order they go on air; Ctrl+Up and Ctrl+Down move the selected one, O puts it on air.</source>
        <translation>Publikumsfragen in der Reihenfolge, in der sie drankommen; Strg+Hoch und Strg+Runter verschieben die gewählte, O stellt sie auf Sendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show answered and dismissed</source>
        <translation>Beantwortete und verworfene zeigen</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../moderator/ui/readiness_panel.py" line="+161"/>
        <source>Joined (J)</source>
        <extracomment>The key that ticks each box of the selected row. Runs a tick (the session&apos;s worker thread on a shared event; default the service). Reads the ticks (the session&apos;s worker thread on a shared event; default at once). The stored ticks as last read (None: read them on the next refresh). The View menu&apos;s action that shows or hides the board&apos;s dock (set when docked).</extracomment>
        <translation>Beigetreten (J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audio (A)</source>
        <translation>Ton (A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video (V)</source>
        <translation>Bild (V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slides (S)</source>
        <translation>Folien (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One row per person: J joined, A audio, V video, S slides; the note is edited in place.</source>
        <translation>Eine Zeile pro Person: J beigetreten, A Ton, V Bild, S Folien; die Notiz wird direkt in der Zeile bearbeitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Readiness board</source>
        <translation>Bereitschaftsübersicht</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Up next: %1 is not marked as joined yet.</source>
        <translation>Als Nächstes: %1 ist noch nicht als beigetreten markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not ready yet: %1</source>
        <translation>Noch nicht bereit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone on the run sheet is ready.</source>
        <translation>Alle im Ablaufplan sind bereit.</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <location filename="../../moderator/ui/rehearsal_dialog.py" line="+17"/>
        <location line="+16"/>
        <source>Rehearse now</source>
        <translation>Jetzt proben</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The run sheet is laid on today; the clock, hand-offs and log of the rehearsal stay apart from the real show, which comes back as it was when the rehearsal ends.</source>
        <translation>Der Ablaufplan wird auf heute gelegt; Uhr, Wortwechsel und Protokoll der Probe bleiben von der echten Sendung getrennt, die nach der Probe wieder so ist wie vorher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan starts at</source>
        <translation>Der Plan beginnt um</translation>
    </message>
</context>
<context>
    <name>RunSheetConflictDialog</name>
    <message>
        <location filename="../../moderator/ui/editor/conflict_dialog.py" line="+42"/>
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
        <location line="+138"/>
        <source>This event file is read-only: the run sheet can be viewed, but not changed.</source>
        <extracomment>The &quot;changed elsewhere&quot; dialog shown last, while it is open.</extracomment>
        <translation>Diese Veranstaltungsdatei ist schreibgeschützt: Der Ablaufplan lässt sich ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+7"/>
        <source>Untitled event</source>
        <translation>Unbenannte Veranstaltung</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Select the slot to add the person to.</source>
        <translation>Bitte den Programmpunkt wählen, in dem die Person eingeplant werden soll.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1, %3–%2 (%4)</source>
        <translation>%1, %3–%2 Uhr (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run sheet — %1</source>
        <translation>Ablaufplan — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %2 to %1</source>
        <translation>von %2 bis %1 Uhr</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%2” was removed; %1 brings it back.</source>
        <translation>„%2“ wurde entfernt; %1 holt den Programmpunkt zurück.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%2 was taken off the run sheet; %1 brings them back.</source>
        <translation>%2 wurde aus dem Ablaufplan genommen; %1 holt die Person zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="-189"/>
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n Programmpunkt</numerusform>
            <numerusform>%n Programmpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>The agenda is on the run sheet: %n slot(s); one undo takes it back.</source>
        <translation>
            <numerusform>Die Agenda steht im Ablaufplan: %n Programmpunkt; ein Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>Die Agenda steht im Ablaufplan: %n Programmpunkte; ein Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
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
    <message>
        <location line="+1"/>
        <source>Slots</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run sheet&apos;s slots: start, end, length, title, kind; edit in place, Ctrl+Up and Ctrl+Down move a slot.</source>
        <translation>Die Programmpunkte des Ablaufplans: Beginn, Ende, Dauer, Titel, Art; direkt bearbeiten, Strg+Hoch und Strg+Runter verschieben einen Programmpunkt.</translation>
    </message>
</context>
<context>
    <name>RunSheetModel</name>
    <message>
        <location filename="../../moderator/ui/run_sheet_model.py" line="+48"/>
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
    <message numerus="yes">
        <location filename="../../moderator/ui/import_dialogs.py" line="-167"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n Programmpunkt</numerusform>
            <numerusform>%n Programmpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location line="+20"/>
        <source>Day %1 · %2</source>
        <translation>Tag %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %2 · %1 · %3</source>
        <translation>Tag %2 · %1 · %3</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../moderator/ui/shortcuts_dialog.py" line="+30"/>
        <location line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-25"/>
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
    <message>
        <location line="+15"/>
        <source>Keys for %1</source>
        <translation>Tasten für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the new keys; they are kept at once.</source>
        <translation>Die neuen Tasten drücken; sie gelten sofort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every action and its keys.</source>
        <translation>Jede Aktion und ihre Tasten.</translation>
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
        <location line="+12"/>
        <source>People in this slot</source>
        <translation>Personen in diesem Programmpunkt</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <source>Moderator notes</source>
        <translation>Moderationsnotizen</translation>
    </message>
    <message>
        <location line="-12"/>
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
    <message>
        <location line="+1"/>
        <source>The slot&apos;s people in the order they are introduced, with their roles.</source>
        <translation>Die Personen des Programmpunkts in der Reihenfolge ihrer Vorstellung, mit ihren Rollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or type a person, then Add puts them into this slot.</source>
        <translation>Person wählen oder eintippen; Hinzufügen nimmt sie in diesen Programmpunkt auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the slot</source>
        <translation>Rolle im Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the moderator should know or say in this slot.</source>
        <translation>Was die Moderation in diesem Programmpunkt wissen oder sagen sollte.</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../moderator/ui/editor/slots_model.py" line="+52"/>
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
        <source>Pinned at %1: stays there when the slots before it change</source>
        <extracomment>The most serious finding first: its icon stands for the slot.</extracomment>
        <translation>Fest um %1: bleibt dort, wenn sich die Programmpunkte davor ändern</translation>
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
    <name>SpeakerBadge</name>
    <message>
        <location filename="../../moderator/ui/speaker_badge.py" line="+38"/>
        <source>BLACKOUT</source>
        <translation>ABGEDUNKELT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blinking</source>
        <translation>blinkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrap-up request</source>
        <translation>Schlussbitte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message: “%1”</source>
        <translation>Nachricht: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaker view: %1</source>
        <translation>Sprecheransicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker view CLOSED: %1</source>
        <translation>Sprecheransicht ZU: %1</translation>
    </message>
</context>
<context>
    <name>SpeakerView</name>
    <message>
        <location filename="../../moderator/ui/speaker_view.py" line="+86"/>
        <source>Speaker view</source>
        <translation>Sprecheransicht</translation>
    </message>
</context>
<context>
    <name>StreamDialog</name>
    <message>
        <location filename="../../moderator/ui/stream_panel.py" line="+59"/>
        <source>Lower third (who speaks)</source>
        <extracomment>How long the gap to the next repaint must be for the server&apos;s start (its import stalls the GUI thread for 0.1-0.2 s on a busy machine: see tests/benchmarks/bench_stream.py).</extracomment>
        <translation>Bauchbinde (wer spricht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question on air</source>
        <translation>Frage auf Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda (now and next)</source>
        <translation>Ablauf (jetzt und danach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio clock</source>
        <translation>Studiouhr</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The overlays cannot be served: %1</source>
        <extracomment>Why the server is not running (empty: running, or not started yet).</extracomment>
        <translation>Die Overlays können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Automation failed: %1</source>
        <translation>Automatisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overlays for OBS and stream deck</source>
        <translation>Overlays für OBS und Stream Deck</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offer on the local network (every address then carries a token)</source>
        <translation>Im lokalen Netz anbieten (jede Adresse enthält dann ein Token)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers&apos; pages lag behind by the stream&apos;s delay:</source>
        <translation>Seiten für Zuschauende folgen mit der Verzögerung des Streams:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The overlays are not served yet; they start a moment after the cockpit.</source>
        <translation>Die Overlays laufen noch nicht; sie starten kurz nach dem Cockpit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the local network; every address carries the token</source>
        <translation>im lokalen Netz; jede Adresse enthält das Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on this computer only</source>
        <translation>nur auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these as browser sources in OBS (1920×1080 or 1280×720), served %1:</source>
        <translation>Als Browserquellen in OBS hinzufügen (1920×1080 oder 1280×720), bereitgestellt %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control API</source>
        <translation>Steuer-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OSC (UDP port %1)</source>
        <translation>OSC (UDP-Port %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automations, ports and the studio&apos;s CSS file are set in %1.</source>
        <translation>Automatisierungen, Ports und die CSS-Datei des Studios werden in %1 eingestellt.</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <location filename="../../moderator/ui/queue_dialogs.py" line="-37"/>
        <source>Zoom</source>
        <extracomment>The chat formats as a person names them (the reader&apos;s ids are for the code).</extracomment>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom, older app</source>
        <translation>Zoom, ältere App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text</source>
        <translation>einfacher Text</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+6"/>
        <source>Chat transcript</source>
        <translation>Chat-Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages read</source>
        <translation>Gelesene Nachrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One row per message; the ticked ones are added to the queue.</source>
        <translation>Eine Zeile je Nachricht; die angehakten kommen in die Warteschlange.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>too long (over 2,000 characters)</source>
        <translation>zu lang (über 2.000 Zeichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maybe a duplicate of row %1: %2</source>
        <translation>vielleicht doppelt zu Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>maybe a duplicate of: %1</source>
        <translation>vielleicht doppelt zu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n message(s) read (%1); ticked: the ones that look like questions and are not in the queue yet.</source>
        <translation>
            <numerusform>%n Nachricht gelesen (%1); angehakt sind die, die wie Fragen aussehen und noch nicht in der Warteschlange stehen.</numerusform>
            <numerusform>%n Nachrichten gelesen (%1); angehakt sind die, die wie Fragen aussehen und noch nicht in der Warteschlange stehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add ticked questions</source>
        <translation>Angehakte Fragen aufnehmen</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../moderator/ui/actions.py" line="+116"/>
        <source>Undo the last live action</source>
        <extracomment>Default keys: portable text, or a standard key where Qt has one for the platform. Live actions change the event: they are blocked in read-only files. Where the keys act: &quot;window&quot; (anywhere in the cockpit) or &quot;queue&quot; (only while the question queue has the focus, so that a letter typed elsewhere does not move a question).</extracomment>
        <translation>Letzte Live-Aktion rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause / resume</source>
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
        <location line="+2"/>
        <source>Rehearse now / end the rehearsal…</source>
        <translation>Jetzt proben / Probe beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view</source>
        <translation>Sprecheransicht</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>New event from this one…</source>
        <translation>Neue Veranstaltung aus dieser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-show report…</source>
        <translation>Bericht nach der Sendung…</translation>
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
        <source>High contrast (bright rooms)</source>
        <translation>Hoher Kontrast (helle Räume)</translation>
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
        <location line="+3"/>
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
        <source>Address the question to a panelist…</source>
        <translation>Frage einer Person auf dem Podium zuordnen…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Overlays for OBS and stream deck…</source>
        <translation>Overlays für OBS und Stream Deck…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience page: link and QR code…</source>
        <translation>Publikumsseite: Link und QR-Code…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand off to person %1</source>
        <translation>Wort an Person %1</translation>
    </message>
</context>
<context>
    <name>after_show_report</name>
    <message>
        <location filename="../../moderator/exporters/report_labels.py" line="+25"/>
        <source>After-show report</source>
        <translation>Bericht nach der Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned and actual</source>
        <translation>Geplant und tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual length</source>
        <translation>Tatsächliche Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over/under</source>
        <translation>Mehr/weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not run</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer than planned</source>
        <translation>länger als geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned %2; on air %1.</source>
        <translation>Geplant %2; auf Sendung %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show ended %1 later than planned.</source>
        <translation>Die Sendung endete %1 später als geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show ended %1 earlier than planned.</source>
        <translation>Die Sendung endete %1 früher als geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show ended on time.</source>
        <translation>Die Sendung endete pünktlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show is still running, %1 behind the plan.</source>
        <translation>Die Sendung läuft noch, %1 hinter Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show is still running, %1 ahead of the plan.</source>
        <translation>Die Sendung läuft noch, %1 vor Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show has not taken place yet.</source>
        <translation>Die Sendung hat noch nicht stattgefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the drift came from</source>
        <translation>Woher die Abweichung kam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of “%1” against the plan</source>
        <translation>Beginn von „%1“ gegenüber dem Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” ran over or under</source>
        <translation>„%1“ dauerte länger oder kürzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was skipped</source>
        <translation>„%1“ ist entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack in the plan (gaps between slots, a re-plan)</source>
        <translation>Luft im Plan (Lücken zwischen Programmpunkten, eine Umplanung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk time</source>
        <translation>Redezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hand-offs were recorded.</source>
        <translation>Es wurden keine Wortübergaben erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel balance: %1</source>
        <translation>Redeanteile im Podium: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (moderation)</source>
        <translation>%1 (Moderation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted into the queue</source>
        <translation>In die Warteschlange aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged as duplicates</source>
        <translation>Als Dubletten zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left open</source>
        <translation>Offen geblieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By source</source>
        <translation>Nach Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By addressee</source>
        <translation>Nach Adressat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole panel</source>
        <translation>das ganze Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered questions</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions left open</source>
        <translation>Offen gebliebene Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On air</source>
        <translation>Auf Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer time</source>
        <translation>Antwortdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log of live actions</source>
        <translation>Protokoll der Live-Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 log entries before the last restart of the show (a rehearsal) are left out.</source>
        <translation>%1 Protokolleinträge vor dem letzten Neustart der Sendung (eine Probe) sind weggelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;A tool</source>
        <translation>Q&amp;A-Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show started</source>
        <translation>Sendung begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot started</source>
        <translation>Programmpunkt begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time added or removed</source>
        <translation>Zeit hinzugefügt oder abgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ended</source>
        <translation>Sendung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show taken up again</source>
        <translation>Sendung wieder aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show restarted</source>
        <translation>Sendung neu gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-off</source>
        <translation>Wortübergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-off undone</source>
        <translation>Wortübergabe zurückgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody speaks</source>
        <translation>Niemand spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question moved</source>
        <translation>Frage verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question status</source>
        <translation>Fragestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question edited</source>
        <translation>Frage bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions merged</source>
        <translation>Fragen zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge taken back</source>
        <translation>Zusammenführung zurückgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: undo</source>
        <translation>Warteschlange: rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: redo</source>
        <translation>Warteschlange: wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock control</source>
        <translation>Steuerung der Uhr</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../../moderator/stream/audience.py" line="+91"/>
        <source>Questions to the panel</source>
        <extracomment>Who audience questions and votes are recorded as. How long questions and votes are gathered before they are written in one operation. How long the page&apos;s list of questions waits before a push: votes arrive in bursts, and one list to hundreds of phones a second is plenty (it is what costs the GUI thread). (events, per seconds): what one browser and one address may send. Accepted questions the page lists at most. A question with its name, organisation and tokens: a few kilobytes at most.</extracomment>
        <translation>Fragen an das Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking</source>
        <translation>Es spricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being answered now</source>
        <translation>Wird gerade beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event has not started yet.</source>
        <translation>Die Veranstaltung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event has ended.</source>
        <translation>Die Veranstaltung ist zu Ende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality or organisation (optional)</source>
        <translation>Kommune oder Organisation (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (optional)</source>
        <translation>An (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone on the panel</source>
        <translation>an das ganze Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send question</source>
        <translation>Frage senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moderators read every question and choose which ones are asked on air.</source>
        <translation>Die Moderation liest jede Frage und wählt aus, welche gestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions from the audience</source>
        <translation>Fragen aus dem Publikum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No questions accepted yet.</source>
        <translation>Noch keine Fragen angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voted</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 votes</source>
        <translation>%1 Stimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote for this question</source>
        <translation>Diese Frage unterstützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked by %1</source>
        <translation>gefragt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost; trying again …</source>
        <translation>Verbindung unterbrochen; neuer Versuch …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending …</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you! Your question has been sent to the moderators.</source>
        <translation>Danke! Ihre Frage ist bei der Moderation angekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moderators have closed this page for new questions.</source>
        <translation>Die Moderation nimmt über diese Seite keine neuen Fragen mehr an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have sent several questions in a short time. Please wait a minute before sending another.</source>
        <translation>Sie haben in kurzer Zeit mehrere Fragen gesendet. Bitte warten Sie eine Minute, bevor Sie die nächste senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Many questions came from your network just now. Please try again in a minute.</source>
        <translation>Aus Ihrem Netz kamen gerade sehr viele Fragen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was a lot of votes in a short time. Please wait a minute.</source>
        <translation>Das waren viele Stimmen in kurzer Zeit. Bitte warten Sie eine Minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So many questions are waiting for the moderators that no more can be taken right now. Please try again in a few minutes.</source>
        <translation>Bei der Moderation warten so viele Fragen, dass gerade keine weiteren angenommen werden können. Bitte versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page has expired. Please reload it and send again.</source>
        <translation>Diese Seite ist abgelaufen. Bitte laden Sie sie neu und senden Sie noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests from other web pages are refused.</source>
        <translation>Anfragen von anderen Webseiten werden abgewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question could not be sent just now. Please try again.</source>
        <translation>Ihre Frage konnte gerade nicht gesendet werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vote could not be counted just now. Please try again.</source>
        <translation>Ihre Stimme konnte gerade nicht gezählt werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have already voted for this question.</source>
        <translation>Sie haben diese Frage schon unterstützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question cannot be voted for.</source>
        <translation>Diese Frage kann nicht unterstützt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting is off for this event.</source>
        <translation>Bei dieser Veranstaltung wird nicht abgestimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question to the panel:</source>
        <translation>Ihre Frage an das Podium:</translation>
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
        <source>There is no slot %1 on the run sheet.</source>
        <translation>Programmpunkt %1 steht nicht im Ablaufplan.</translation>
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
        <source>%1 controls the clock; ask for a hand-over to change it here.</source>
        <extracomment>How often an instance says it is alive. An instance not heard of for this long has gone quiet (three heartbeats missed). An instance not heard of for this long has left; it is no longer listed.</extracomment>
        <translation>%1 steuert die Uhr; für Änderungen hier bitte um Übergabe bitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 controls the clock but has gone quiet; take control (Co-hosts menu) to go on here.</source>
        <translation>%1 steuert die Uhr, meldet sich aber nicht mehr; Steuerung übernehmen (Menü Co-Moderation), um hier weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the instance that controls the clock can hand it over.</source>
        <translation>Nur wer die Uhr steuert, kann die Steuerung übergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not connected; control stays here.</source>
        <translation>%1 ist nicht verbunden; die Steuerung bleibt hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still active; ask for a hand-over instead of taking control.</source>
        <translation>%1 ist noch aktiv; bitte um Übergabe bitten, statt die Steuerung zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>control</name>
    <message>
        <location filename="../../moderator/app/control.py" line="+22"/>
        <source>%1 needs a whole number, e.g. “%2”.</source>
        <extracomment>The actions of ``moderator control``, in the order the help lists them.</extracomment>
        <translation>%1 braucht eine ganze Zahl, z. B. „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handoff needs a person: a name, or their number in the slot.</source>
        <translation>handoff braucht eine Person: einen Namen oder ihre Nummer im Programmpunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 must be a whole number, e.g. “%1”.</source>
        <translation>%2 muss eine ganze Zahl sein, z. B. „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSITION counts from 1 (the top of the queue).</source>
        <translation>POSITION zählt ab 1 (oben in der Warteschlange).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no action “%1”.</source>
        <translation>Eine Aktion „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No question is waiting.</source>
        <extracomment>What a stream deck may do beyond ``moderator control``: the cockpit&apos;s other live keys and the queue&apos;s. Each is one operation through the same service.</extracomment>
        <translation>Keine Frage wartet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ask needs the question&apos;s text.</source>
        <translation>ask braucht den Text der Frage.</translation>
    </message>
</context>
<context>
    <name>editor_actions</name>
    <message>
        <location filename="../../moderator/ui/editor/actions.py" line="+54"/>
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
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a moderator event file.</source>
        <translation>%1 ist keine Veranstaltungsdatei von moderator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a database of another program, not a moderator event file.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, keine Veranstaltungsdatei von moderator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%2 was written by a newer version of moderator (file format %1, this version reads up to %3); please update moderator.</source>
        <translation>%2 wurde von einer neueren Version von moderator geschrieben (Dateiformat %1, diese Version liest bis %3); bitte moderator aktualisieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged and cannot be read; open a backup copy instead.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden; bitte stattdessen eine Sicherungskopie öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged: it opens read-only so that nothing more is lost; write into a backup copy instead.</source>
        <translation>%1 ist beschädigt: Die Datei öffnet schreibgeschützt, damit nicht mehr verloren geht; schreiben Sie in eine Sicherungskopie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is read-only: it can be viewed, but changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt: Die Datei lässt sich ansehen, Änderungen können aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk holding %1 is full: the last change was not saved.</source>
        <translation>Der Datenträger mit %1 ist voll: Die letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is busy: another program kept it locked for too long; try again.</source>
        <translation>%1 ist belegt: Ein anderes Programm hat die Datei zu lange gesperrt; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../moderator/exporters/followups_export.py" line="+32"/>
        <source>Hello %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions without an owner yet:</source>
        <translation>Fragen, die noch niemand übernommen hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at “%3” on %1 these audience questions to you were left open. Could you answer them by %2?</source>
        <translation>bei „%3“ am %1 sind diese Fragen aus dem Publikum an Sie offen geblieben. Könnten Sie sie bis zum %2 beantworten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asked by %1</source>
        <translation>gestellt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open question from “%3” (%2), %1.</source>
        <translation>Offene Frage aus „%3“ (%2), %1.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../moderator/importers/agenda_text.py" line="+74"/>
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
        <location filename="../../moderator/importers/any_format.py" line="+187"/>
        <location filename="../../moderator/importers/common.py" line="+18"/>
        <source>Unknown time zone “%1”: expected a name like Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“: erwartet wird ein Name wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event cannot be moved to that date: a time would fall outside the calendar.</source>
        <translation>Die Veranstaltung lässt sich nicht auf dieses Datum verschieben: Eine Zeit läge außerhalb des Kalenders.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/agenda_text.py" line="+3"/>
        <source>Line %1: %2 does not come after the time on the line before.</source>
        <translation>Zeile %1: %2 liegt nicht nach der Uhrzeit in der Zeile davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the slot ends before it starts.</source>
        <translation>Zeile %1: Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the event ends before it starts.</source>
        <translation>Zeile %1: Die Veranstaltung endet, bevor sie beginnt.</translation>
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
        <source>The JSON gives %1 %2; that is out of range for a run sheet.</source>
        <translation>Das JSON gibt %1 %2 an; das liegt außerhalb dessen, was ein Ablaufplan haben kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The JSON holds over %1 %2; that is not a run sheet.</source>
        <translation>Das JSON enthält über %1 Einträge in %2; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/any_format.py" line="-4"/>
        <location filename="../../moderator/importers/json_event.py" line="+63"/>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei enthält kein gültiges JSON.</translation>
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
        <location filename="../../moderator/importers/ics.py" line="+196"/>
        <location filename="../../moderator/importers/spreadsheet.py" line="+99"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+4"/>
        <source>The calendar holds only all-day events; a run sheet needs start times.</source>
        <translation>Der Kalender enthält nur ganztägige Termine; ein Ablaufplan braucht Anfangszeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event in the calendar has a start time.</source>
        <translation>Kein Termin im Kalender hat eine Anfangszeit.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location filename="../../moderator/importers/limits.py" line="+56"/>
        <source>The file is too large for a run sheet: it has over %1 MB.</source>
        <translation>Die Datei ist zu groß für einen Ablaufplan: Sie hat über %1 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too long for a run sheet: it has over %1 lines.</source>
        <translation>Die Datei ist zu lang für einen Ablaufplan: Sie hat über %1 Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too long for a run sheet: it has %1 lines, and a calendar may have %2 plus %3 per event.</source>
        <translation>Die Datei ist zu lang für einen Ablaufplan: Sie hat %1 Zeilen, und ein Kalender darf %2 plus %3 je Termin haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar has over %1 property parameters; that is not a run sheet.</source>
        <translation>Der Kalender hat über %1 Eigenschaftsparameter; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar has %1 property parameters, and a calendar may have %2 plus %3 per event; that is not a run sheet.</source>
        <translation>Der Kalender hat %1 Eigenschaftsparameter, und ein Kalender darf %2 plus %3 je Termin haben; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The calendar has over %1 commas (values of lists); that is not a run sheet.</source>
        <translation>Der Kalender hat über %1 Kommas (Werte von Listen); das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar has %1 commas (values of lists), and a calendar may have %2 plus %3 per event; that is not a run sheet.</source>
        <translation>Der Kalender hat %1 Kommas (Werte von Listen), und ein Kalender darf %2 plus %3 je Termin haben; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The calendar holds %1 events; a run sheet can have at most %2.</source>
        <translation>Der Kalender enthält %1 Termine; ein Ablaufplan kann höchstens %2 haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event “%1” has an unreadable start time.</source>
        <translation>Der Termin „%1“ hat eine unlesbare Anfangszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” has a line that cannot be read.</source>
        <translation>Der Termin „%1“ hat eine Zeile, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” has more than one start time.</source>
        <translation>Der Termin „%1“ hat mehr als eine Anfangszeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” has an unreadable end time.</source>
        <translation>Der Termin „%1“ hat eine unlesbare Endzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” has an unreadable duration.</source>
        <translation>Der Termin „%1“ hat eine unlesbare Dauer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” ends before it starts.</source>
        <translation>Der Termin „%1“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” lies outside the usable dates.</source>
        <translation>Der Termin „%1“ liegt außerhalb der verwendbaren Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar&apos;s time zone “%1” cannot be used.</source>
        <translation>Die Zeitzone „%1“ des Kalenders kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../moderator/importers/schedule.py" line="+72"/>
        <source>This is not a conference schedule: expected a frab schedule.xml or a schedule JSON file.</source>
        <translation>Das ist kein Konferenzprogramm: Erwartet wird eine frab-schedule.xml oder eine Programm-JSON-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schedule XML declares entities or external references; refused for safety.</source>
        <translation>Das Programm-XML deklariert Entitäten oder externe Verweise; aus Sicherheitsgründen abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule XML cannot be read: its character encoding is unknown.</source>
        <translation>Das Programm-XML kann nicht gelesen werden: Seine Zeichenkodierung ist unbekannt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The schedule XML cannot be read: %1.</source>
        <translation>Das Programm-XML kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schedule JSON cannot be read: %1.</source>
        <translation>Das Programm-JSON kann nicht gelesen werden: %1.</translation>
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
        <source>The schedule has %2 days and %4 rooms; choose with --day (%1) and --room (%3).</source>
        <translation>Das Programm hat %2 Tage und %4 Räume; bitte mit --day (%1) und --room (%3) wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schedule has %2 days; choose one with --day (%1).</source>
        <translation>Das Programm hat %2 Tage; bitte einen mit --day (%1) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%3 has events on %2 days; choose one with --day (%1).</source>
        <translation>%3 hat Veranstaltungen an %2 Tagen; bitte einen mit --day (%1) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has %2 rooms; choose one with --room (%1).</source>
        <translation>Das Programm hat %2 Räume; bitte einen mit --room (%1) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %1 has events in %3 rooms; choose one with --room (%2).</source>
        <translation>Tag %1 hat Veranstaltungen in %3 Räumen; bitte einen mit --room (%2) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has no day “%1”; choose one with --day (%2).</source>
        <translation>Das Programm hat keinen Tag „%1“; bitte einen mit --day (%2) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule has no room “%1”; choose one with --room (%2).</source>
        <translation>Das Programm hat keinen Raum „%1“; bitte einen mit --room (%2) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%3 has no events on day %1; choose another with --day (%2).</source>
        <translation>%3 hat an Tag %1 keine Veranstaltungen; bitte einen anderen mit --day (%2) wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “%1” has no readable start time (“%2”).</source>
        <translation>Die Veranstaltung „%1“ hat keine lesbare Anfangszeit („%2“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “%1” has no readable duration (“%2”).</source>
        <translation>Die Veranstaltung „%1“ hat keine lesbare Dauer („%2“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event “%1” lasts more than 24 hours, too long for a run sheet slot.</source>
        <translation>Die Veranstaltung „%1“ dauert länger als 24 Stunden, zu lang für einen Programmpunkt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The schedule names no time zone; used %1, which matches its UTC offsets.</source>
        <translation>Das Programm nennt keine Zeitzone; verwendet wurde %1, passend zu seinen UTC-Abständen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule names the time zone %1, but its times are in %2; used %2.</source>
        <translation>Das Programm nennt die Zeitzone %1, seine Zeiten liegen aber in %2; verwendet wurde %2.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The schedule gives neither a time zone nor UTC offsets, so its times cannot be placed.</source>
        <translation>Das Programm nennt weder eine Zeitzone noch UTC-Abstände; seine Zeiten lassen sich nicht einordnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date in the schedule is out of range.</source>
        <translation>Ein Datum im Programm liegt außerhalb des gültigen Bereichs.</translation>
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
        <source>The CSV file cannot be read: %1.</source>
        <translation>Die CSV-Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet has more than %1 rows; that is not a run sheet.</source>
        <translation>Die Tabelle hat mehr als %1 Zeilen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column for the start time and the title; found: %1. Expected headers like Start or Beginn and Title or Titel.</source>
        <translation>Keine Spalte für Anfangszeit und Titel; gefunden: %1. Erwartet werden Überschriften wie Start oder Beginn und Title oder Titel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: “%2” is not a time; expected a time like 14:00 or 2:00 pm.</source>
        <translation>Zeile %1: „%2“ ist keine Uhrzeit; erwartet wird eine Zeit wie 14:00 oder 2:00 pm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: “%2” is not a date; expected a date like 2021-06-09 or 09.06.2021.</source>
        <translation>Zeile %1: „%2“ ist kein Datum; erwartet wird ein Datum wie 2021-06-09 oder 09.06.2021.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %3: “%4” could be read day first or month first; write it as %1 or %2.</source>
        <translation>Zeile %3: „%4“ kann Tag-zuerst oder Monat-zuerst gelesen werden; bitte als %1 oder %2 schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: “%2” is not a duration; expected minutes like 10, 0:10 or 10 min.</source>
        <translation>Zeile %1: „%2“ ist keine Dauer; erwartet werden Minuten wie 10, 0:10 oder 10 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: the slot lasts more than 24 hours.</source>
        <translation>Zeile %1: Der Programmpunkt dauert länger als 24 Stunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: “%2” in the pinned column is neither yes nor no.</source>
        <translation>Zeile %1: „%2“ in der Spalte „fixiert“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: “%2” has no start time, and the row above gives no end.</source>
        <translation>Zeile %1: „%2“ hat keine Anfangszeit, und die Zeile darüber nennt kein Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2 comes before the start of the row above.</source>
        <translation>Zeile %1: %2 liegt vor dem Beginn der Zeile darüber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: the slot ends before it starts.</source>
        <translation>Zeile %1: Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %3: the end %1 and the duration of %2 minutes do not agree; clear one of them.</source>
        <translation>Zeile %3: Das Ende %1 und die Dauer von %2 Minuten passen nicht zusammen; eines davon leeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: the date is out of range.</source>
        <translation>Zeile %1: Das Datum liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last slot has no end or duration; assumed %1 minutes.</source>
        <translation>Der letzte Programmpunkt hat kein Ende und keine Dauer; angenommen wurden %1 Minuten.</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <location line="+33"/>
        <source>A date in the sheet is out of range.</source>
        <translation>Ein Datum in der Tabelle liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../../moderator/importers/limits.py" line="+3"/>
        <source>The text is too long for a run sheet: it has over %1 characters.</source>
        <translation>Der Text ist zu lang für einen Ablaufplan: Er hat über %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is too long for a run sheet: it has over %1 lines.</source>
        <translation>Der Text ist zu lang für einen Ablaufplan: Er hat über %1 Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %2 is longer than %1 characters; that is not an agenda or a chat.</source>
        <translation>Zeile %2 ist länger als %1 Zeichen; das ist weder eine Agenda noch ein Chat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field holds over %1 characters; that is not a run sheet.</source>
        <translation>Ein Feld enthält über %1 Zeichen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %2 has over %1 cells; that is not a run sheet.</source>
        <translation>Zeile %2 hat über %1 Zellen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds over %1 elements; that is not a run sheet.</source>
        <translation>Die Datei enthält über %1 Elemente; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheets hold over %1 cells; that is not a run sheet.</source>
        <translation>Die Tabellenblätter enthalten über %1 Zellen; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file nests over %1 levels deep; that is not a run sheet.</source>
        <translation>Die Datei ist über %1 Ebenen tief verschachtelt; das ist kein Ablaufplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The xlsx file unpacks to over %1 MB; that is not a run sheet.</source>
        <translation>Die xlsx-Datei entpackt sich auf über %1 MB; das ist kein Ablaufplan.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../moderator/domain/model.py" line="+34"/>
        <source>Pre-show</source>
        <extracomment>What each kind is called, in English; translated in the context &quot;kinds&quot; (the run sheet&apos;s kind column, the editor, the printed run sheet: one text, one translation).</extracomment>
        <translation>Vorprogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;A</source>
        <translation>Fragerunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>live_undo</name>
    <message>
        <location filename="../../moderator/domain/live_undo.py" line="+44"/>
        <source>Not undone: someone else changed the clock, the floor or the speaker view since.</source>
        <extracomment>How long a blink of the speaker view lasts (six flashes of 250 ms on and off). How many live steps an instance can take back.</extracomment>
        <translation>Nicht rückgängig gemacht: Inzwischen hat jemand anderes die Uhr, das Wort oder die Sprecheransicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../moderator/domain/people.py" line="+30"/>
        <source>Nobody called “%1” is on the run sheet.</source>
        <translation>Im Ablaufplan steht niemand namens „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” could mean %1; be more precise.</source>
        <translation>„%2“ passt auf %1; bitte genauer angeben.</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <location filename="../../moderator/ui/countdown.py" line="+46"/>
        <source>Before the show</source>
        <extracomment>The colours in the high-contrast theme (bright rooms): deeper grounds, pure text. Calm in normal time, amber when it is time to think of the end, orange in the last seconds, red in overtime. High contrast for reading from two metres.</extracomment>
        <translation>Vor der Sendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Vorwarnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seconds</source>
        <translation>Letzte Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overtime</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ended</source>
        <translation>Sendung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../moderator/domain/questions.py" line="+43"/>
        <source>The question is empty.</source>
        <extracomment>Questions come from strangers in a chat; a wall of text is refused, not cut silently.</extracomment>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question is %1 characters long; at most %2 are allowed. Shorten it or split it.</source>
        <translation>Die Frage ist %1 Zeichen lang; erlaubt sind höchstens %2. Bitte kürzen oder aufteilen.</translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <location filename="../../moderator/domain/queue.py" line="+121"/>
        <source>Question %1 is no longer in the queue.</source>
        <extracomment>The fields of :class:`Question` an operation may change (``revision`` is the store&apos;s). The slots in which questions are taken (see :func:`questions_that_fit`).</extracomment>
        <translation>Frage %1 steht nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1 was changed by someone else meanwhile; compare and save again.</source>
        <translation>Frage %1 wurde inzwischen von jemand anderem geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 is not on air; only the question on air can be answered.</source>
        <translation>Frage %1 ist nicht auf Sendung; nur die Frage auf Sendung kann beantwortet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 has been answered; put it back in the queue first.</source>
        <translation>Frage %1 ist beantwortet; zuerst wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 is dismissed; restore it to the queue first.</source>
        <translation>Frage %1 ist verworfen; zuerst wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 is on air; put it back in the queue instead.</source>
        <translation>Frage %1 ist auf Sendung; stattdessen wieder einreihen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %2 was merged into question %1; undo or split the merge to bring it back.</source>
        <translation>Frage %2 wurde mit Frage %1 zusammengeführt; zum Zurückholen die Zusammenführung rückgängig machen oder auftrennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A question cannot be merged into itself.</source>
        <translation>Eine Frage kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %2 is already merged into question %1.</source>
        <translation>Frage %2 ist bereits mit Frage %1 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 is on air; mark it answered or merge the others into it.</source>
        <translation>Frage %1 ist auf Sendung; als beantwortet markieren oder die anderen in sie zusammenführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1 has been answered; merge the others into it instead.</source>
        <translation>Frage %1 ist beantwortet; stattdessen die anderen in sie zusammenführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1 is not merged into another.</source>
        <translation>Frage %1 ist mit keiner anderen zusammengeführt.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The wording must come from one of the questions being merged.</source>
        <translation>Die Formulierung muss von einer der zusammengeführten Fragen stammen.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../../moderator/domain/readiness.py" line="+43"/>
        <source>Person %1 is not on the readiness board.</source>
        <extracomment>The ticks, in the board&apos;s column order. The ticks a person needs to be ready. A note is a line, not a letter.</extracomment>
        <translation>Person %1 steht nicht auf der Bereitschaftsliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note has room for %1 characters.</source>
        <translation>Eine Notiz hat Platz für %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../moderator/domain/rehearsal.py" line="+38"/>
        <source>A rehearsal is running already.</source>
        <translation>Es läuft bereits eine Probe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rehearsal is running.</source>
        <translation>Es läuft keine Probe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run sheet has no slots to rehearse.</source>
        <translation>Der Ablaufplan hat keine Programmpunkte zum Proben.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../moderator/ui/editor/texts.py" line="-46"/>
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
        <source>A slot must end after it starts.</source>
        <translation>Ein Programmpunkt muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>There is no slot %1 on the run sheet.</source>
        <translation>Programmpunkt %1 steht nicht im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no person %1 on the run sheet.</source>
        <translation>Person %1 steht nicht im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no place %2 on the run sheet; it has %1 slots.</source>
        <translation>Im Ablaufplan gibt es keine Stelle %2; er hat %1 Programmpunkte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A slot cannot last longer than %1 hours.</source>
        <translation>Ein Programmpunkt kann nicht länger als %1 Stunden dauern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time %1 has no time zone; give it with its zone.</source>
        <translation>Die Zeit %1 hat keine Zeitzone; bitte mit Zeitzone angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warning or final cue must lie between zero and %1 hours before the end.</source>
        <translation>Eine Vorwarnung oder Schlusswarnung muss zwischen null und %1 Stunden vor dem Ende liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already on the run sheet.</source>
        <translation>%1 steht schon im Ablaufplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in “%2”.</source>
        <translation>%1 ist in „%2“ nicht eingeplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new order must name everyone in “%1” exactly once.</source>
        <translation>Die neue Reihenfolge muss alle in „%1“ genau einmal nennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed elsewhere meanwhile; compare and save again.</source>
        <translation>„%1“ wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed elsewhere meanwhile; compare and save again.</source>
        <translation>%1 wurde inzwischen anderswo geändert; bitte vergleichen und erneut speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run sheet was changed elsewhere meanwhile; this step can no longer be undone.</source>
        <translation>Der Ablaufplan wurde inzwischen anderswo geändert; dieser Schritt lässt sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../moderator/domain/run_sheet_ops.py" line="+60"/>
        <source>Add slot</source>
        <extracomment>The longest a slot may last (a longer one is a typo: 600 minutes for 60).</extracomment>
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
        <location filename="../../moderator/domain/run_sheet_findings.py" line="+45"/>
        <source>“%3” starts %1 before “%2” ends.</source>
        <extracomment>Slots that need someone on stage; without people they are reported (:func:`validate`).</extracomment>
        <translation>„%3“ beginnt %1 vor dem Ende von „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 free between “%2” and “%3”.</source>
        <translation>%1 Lücke zwischen „%2“ und „%3“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%2” ends %1 after the end of the show.</source>
        <translation>„%2“ endet %1 nach dem Ende der Sendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%2” starts %1 before the show; only a pre-show may.</source>
        <translation>„%2“ beginnt %1 vor der Sendung; das darf nur ein Vorprogramm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is assigned to “%1”.</source>
        <translation>Für „%1“ ist niemand eingeplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot %1 has no title.</source>
        <translation>Programmpunkt %1 hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../../moderator/domain/run_sheet_import.py" line="+22"/>
        <source>Paste agenda</source>
        <extracomment>The label of the step in &quot;Undo …&quot; (context &quot;run_sheet&quot;, like the other labels).</extracomment>
        <translation>Agenda einfügen</translation>
    </message>
    <message>
        <location filename="../../moderator/domain/replan.py" line="+41"/>
        <source>Shorten the remaining slots</source>
        <translation>Restliche Programmpunkte kürzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run sheet changed since this suggestion was made; nothing was shortened.</source>
        <translation>Der Ablaufplan hat sich seit diesem Vorschlag geändert; nichts wurde gekürzt.</translation>
    </message>
</context>
<context>
    <name>run_sheet_print</name>
    <message>
        <location filename="../../moderator/exporters/html_export.py" line="+40"/>
        <source>Speaker</source>
        <extracomment>``texts(context, source)`` returns the text in the reader&apos;s language.</extracomment>
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
        <source>%2–%1</source>
        <translation>%2–%1 Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronunciation: %1</source>
        <translation>Aussprache: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro at %1</source>
        <translation>Vorgestellt um %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2 Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>fixed start</source>
        <translation>feste Startzeit</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../moderator/ui/print_export.py" line="+226"/>
        <location filename="../../moderator/ui/report_print.py" line="+238"/>
        <source>The printer could not be started.</source>
        <extracomment>Points at which the PDF is laid out: fine enough for exact text placement, and the text stays vector text whatever this is. A4 page margins in millimetres (left, top, right, bottom), the same as the HTML&apos;s @page. The page&apos;s body text size, as in the HTML&apos;s style sheet. Space under the body for the page footer, in points. The application made by :func:`ensure_gui_application` when none was running. Left of every page&apos;s footer: &quot;Run sheet: &lt;title&gt; · As of &lt;time&gt;&quot;.
----------
Point sizes: body, small (table cells), log rows, headings by level. Point sizes of the paragraph styles. A heading stays on the page of what follows it. For a table row: the header to repeat when the row starts a new page.</extracomment>
        <translation>Der Drucker ließ sich nicht starten.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <location filename="../../moderator/app/service.py" line="+85"/>
        <source>The current slot has no person %1.</source>
        <translation>Der laufende Programmpunkt hat keine Person %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a person: their name, or their number in the slot.</source>
        <translation>Bitte eine Person nennen: den Namen oder die Nummer im Programmpunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show is on time; nothing to shorten.</source>
        <translation>Die Sendung liegt im Plan; es gibt nichts zu kürzen.</translation>
    </message>
</context>
<context>
    <name>shared_event</name>
    <message>
        <location filename="../../moderator/persistence/postgres.py" line="+64"/>
        <source>The shared event at %1 cannot be reached: %2</source>
        <extracomment>The channel of the change feed&apos;s notifications. The advisory lock every write transaction holds (&quot;MODR&quot;), see the module docstring. How long connecting may take before the database counts as unreachable.</extracomment>
        <translation>Die geteilte Veranstaltung unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the shared event at %1 was lost; the change was not saved.</source>
        <translation>Die Verbindung zur geteilten Veranstaltung unter %1 ist unterbrochen; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password for %1 was not accepted.</source>
        <translation>Das Passwort für %1 wurde nicht angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shared event at %1 needs a password.</source>
        <translation>Die geteilte Veranstaltung unter %1 braucht ein Passwort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no moderator event.</source>
        <translation>%1 enthält keine moderator-Veranstaltung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already holds an event; publish into an empty database.</source>
        <translation>%1 enthält schon eine Veranstaltung; bitte in eine leere Datenbank teilen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event at %1 was written by a newer version of moderator (%2); please update moderator.</source>
        <translation>Die Veranstaltung unter %1 stammt von einer neueren moderator-Version (%2); bitte moderator aktualisieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address contains a password; give it without one (the password comes from PGPASSWORD, ~/.pgpass or a prompt).</source>
        <translation>Die Adresse enthält ein Passwort; bitte ohne angeben (das Passwort kommt aus PGPASSWORD, ~/.pgpass oder einer Abfrage).</translation>
    </message>
    <message>
        <location filename="../../moderator/app/service.py" line="-6"/>
        <source>Not connected to the shared event: this change was not made; make it again when the connection is back.</source>
        <extracomment>Who a change is recorded as when it comes from the command line.</extracomment>
        <translation>Keine Verbindung zur geteilten Veranstaltung: Die Änderung wurde nicht ausgeführt; bitte wiederholen, sobald die Verbindung steht.</translation>
    </message>
</context>
<context>
    <name>stream</name>
    <message>
        <location filename="../../moderator/stream/config.py" line="+41"/>
        <source>%1: not a stream set-up (%2).</source>
        <extracomment>What viewers&apos; pages may lag behind at most (a stream&apos;s delay is 5-30 s). The lifecycle moments an automation can fire on.</extracomment>
        <translation>%1: keine Stream-Einrichtung (%2).</translation>
    </message>
    <message>
        <location filename="../../moderator/stream/server.py" line="+85"/>
        <source>This server answers only on this computer (LAN is off).</source>
        <extracomment>Who remote commands are recorded as. Requests and WebSocket messages are small: an action and a question at most. A WebSocket client this far behind is too slow to follow the show: it is closed. A client whose socket has this much unsent is sent to through its queue, which waits. The clock&apos;s phase is read for the automations when it is due to change (the pages count on their own), a moment after the instant, and at least this often. Fields of a state that are instants a viewer&apos;s page sees later by the stream delay.</extracomment>
        <translation>Dieser Server antwortet nur auf diesem Computer (lokales Netz ist aus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown host name.</source>
        <translation>Unbekannter Hostname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is needed: add ?token=… to the address.</source>
        <translation>Ein Token ist nötig: ?token=… an die Adresse anhängen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests from other web pages are refused.</source>
        <translation>Anfragen von anderen Webseiten werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {&quot;action&quot;: …}.</source>
        <translation>Bitte {&quot;action&quot;: …} senden.</translation>
    </message>
    <message>
        <location filename="../../moderator/stream/texts.py" line="+21"/>
        <source>Now</source>
        <extracomment>What the pages write themselves (everything else on them comes from the event).</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked by %1</source>
        <translation>gefragt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts in</source>
        <translation>Beginn in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show has ended.</source>
        <translation>Die Sendung ist beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection to moderator</source>
        <translation>keine Verbindung zu moderator</translation>
    </message>
</context>
</TS>
