"""German for the audience page (the viewers' questions and votes) and its QR code.

Same shape as ``de.py`` (read its docstring for the terms). The page addresses the viewer
formally (Sie); audience page = Publikumsseite; the panel = das Podium.
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "audience": {
        "Questions to the panel": "Fragen an das Podium",
        "Now": "Jetzt",
        "Next": "Danach",
        "Speaking": "Es spricht",
        "Being answered now": "Wird gerade beantwortet",
        "The event has not started yet.": "Die Veranstaltung hat noch nicht begonnen.",
        "The event has ended.": "Die Veranstaltung ist zu Ende.",
        "Ask a question": "Eine Frage stellen",
        "Your question": "Ihre Frage",
        "Your name (optional)": "Ihr Name (freiwillig)",
        "Municipality or organisation (optional)": "Kommune oder Organisation (freiwillig)",
        "To (optional)": "An (freiwillig)",
        "anyone on the panel": "an das ganze Podium",
        "Send question": "Frage senden",
        "The moderators read every question and choose which ones are asked on air.":
            "Die Moderation liest jede Frage und wählt aus, welche gestellt werden.",
        "Questions from the audience": "Fragen aus dem Publikum",
        "No questions accepted yet.": "Noch keine Fragen angenommen.",
        "Vote": "Unterstützen",
        "Voted": "Unterstützt",
        "{count} votes": "{count} Stimmen",
        "1 vote": "1 Stimme",
        "Vote for this question": "Diese Frage unterstützen",
        "asked by {name}": "gefragt von {name}",
        "to {name}": "an {name}",
        "Connection lost; trying again …": "Verbindung unterbrochen; neuer Versuch …",
        "Sending …": "Wird gesendet …",
        "Deutsch": "Deutsch",
        "Thank you! Your question has been sent to the moderators.":
            "Danke! Ihre Frage ist bei der Moderation angekommen.",
        "The moderators have closed this page for new questions.":
            "Die Moderation nimmt über diese Seite keine neuen Fragen mehr an.",
        "You have sent several questions in a short time. Please wait a minute before sending another.":
            "Sie haben in kurzer Zeit mehrere Fragen gesendet. Bitte warten Sie eine Minute, bevor Sie die nächste senden.",
        "Many questions came from your network just now. Please try again in a minute.":
            "Aus Ihrem Netz kamen gerade sehr viele Fragen. Bitte versuchen Sie es in einer Minute noch einmal.",
        "That was a lot of votes in a short time. Please wait a minute.":
            "Das waren viele Stimmen in kurzer Zeit. Bitte warten Sie eine Minute.",
        "So many questions are waiting for the moderators that no more can be taken right now. "
        "Please try again in a few minutes.":
            "Bei der Moderation warten so viele Fragen, dass gerade keine weiteren angenommen werden können. "
            "Bitte versuchen Sie es in ein paar Minuten noch einmal.",
        "This page has expired. Please reload it and send again.":
            "Diese Seite ist abgelaufen. Bitte laden Sie sie neu und senden Sie noch einmal.",
        "Requests from other web pages are refused.": "Anfragen von anderen Webseiten werden abgewiesen.",
        "Your question could not be sent just now. Please try again.":
            "Ihre Frage konnte gerade nicht gesendet werden. Bitte versuchen Sie es noch einmal.",
        "Your vote could not be counted just now. Please try again.":
            "Ihre Stimme konnte gerade nicht gezählt werden. Bitte versuchen Sie es noch einmal.",
        "You have already voted for this question.": "Sie haben diese Frage schon unterstützt.",
        "This question cannot be voted for.": "Diese Frage kann nicht unterstützt werden.",
        "Voting is off for this event.": "Bei dieser Veranstaltung wird nicht abgestimmt.",
        "Your question to the panel:": "Ihre Frage an das Podium:",
    },
    "AudienceDialog": {
        "Audience page": "Publikumsseite",
        "Link for the audience": "Link für das Publikum",
        "QR code as an OBS overlay": "QR-Code als OBS-Overlay",
        "Copy": "Kopieren",
        "Take new questions from the audience": "Neue Fragen aus dem Publikum annehmen",
        "Show accepted questions on the page, for votes": "Angenommene Fragen auf der Seite zeigen, zum Abstimmen",
        "Questions from the page arrive in the queue as new, from \u201caudience page\u201d; "
        "only those you accept are shown there. To reach the page from outside this network, "
        "see \u201cThe audience page\u201d in the README.":
            "Fragen von der Seite kommen als neu in die Warteschlange, Herkunft \u201ePublikumsseite\u201c; "
            "dort erscheinen nur die, die Sie annehmen. Wie die Seite von außerhalb dieses Netzes "
            "erreichbar wird, steht im README unter \u201eThe audience page\u201c.",
        "The audience page is not served yet; it starts a moment after the cockpit.":
            "Die Publikumsseite läuft noch nicht; sie startet kurz nach dem Cockpit.",
        "Phones on the local network reach it; from elsewhere, through your proxy or tunnel.":
            "Handys im lokalen Netz erreichen sie; von anderswo über Ihren Proxy oder Tunnel.",
        "It is served on this computer only: turn on the local network in the overlays' set-up, "
        "or put a proxy or tunnel in front of it.":
            "Sie ist nur auf diesem Computer erreichbar: Schalten Sie bei den Overlays das lokale Netz ein "
            "oder stellen Sie einen Proxy oder Tunnel davor.",
        "Give the audience this link (paste it into the chat) or show the QR code. {where}":
            "Geben Sie dem Publikum diesen Link (in den Chat) oder zeigen Sie den QR-Code. {where}",
    },
    "actions": {
        "Audience page: link and QR code…": "Publikumsseite: Link und QR-Code…",
    },
    "QueueModel": {
        "audience page": "Publikumsseite",
        "From the audience page": "Von der Publikumsseite",
    },
}
