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
    "QueueModel": {
        "audience page": "Publikumsseite",
    },
}
