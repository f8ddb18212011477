<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../moderator/ui/import_dialogs.py" line="+362"/>
        <source>… and %n more slot(s)</source>
        <translation>
            <numerusform>… and %n more slot</numerusform>
            <numerusform>… and %n more slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteAgendaDialog</name>
    <message numerus="yes">
        <location filename="../../moderator/ui/editor/paste_dialog.py" line="+249"/>
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Please check these %n line(s): how they were split into title and people is a guess.</source>
        <translation>
            <numerusform>Please check %n line: how it was split into title and people is a guess.</numerusform>
            <numerusform>Please check these %n lines: how they were split into title and people is a guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSheetEditor</name>
    <message numerus="yes">
        <location filename="../../moderator/ui/editor/window.py" line="+313"/>
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>The agenda is on the run sheet: %n slot(s); one undo takes it back.</source>
        <translation>
            <numerusform>The agenda is on the run sheet: %n slot; one undo takes it back.</numerusform>
            <numerusform>The agenda is on the run sheet: %n slots; one undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleChoiceDialog</name>
    <message numerus="yes">
        <location filename="../../moderator/ui/import_dialogs.py" line="-129"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message numerus="yes">
        <location filename="../../moderator/ui/queue_dialogs.py" line="+193"/>
        <source>%n message(s) read (%1); ticked: the ones that look like questions and are not in the queue yet.</source>
        <translation>
            <numerusform>%n message read (%1); ticked: the ones that look like questions and are not in the queue yet.</numerusform>
            <numerusform>%n messages read (%1); ticked: the ones that look like questions and are not in the queue yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
