"""German for the stream: overlay pages, the control API for stream decks, its set-up.

Same shape as ``de.py`` (read its docstring for the terms). Stream server = Stream-Server,
overlay page = Overlay-Seite, stream deck = Stream Deck (a product name, kept).
"""

from __future__ import annotations

TRANSLATIONS: dict[str, dict[str | tuple[str, str], str | tuple[str, ...]]] = {
    "control": {
        "{action} needs a whole number, e.g. \u201c{example}\u201d.":
            "{action} braucht eine ganze Zahl, z. B. \u201e{example}\u201c.",
        "handoff needs a person: a name, or their number in the slot.":
            "handoff braucht eine Person: einen Namen oder ihre Nummer im Programmpunkt.",
        "{what} must be a whole number, e.g. \u201c{example}\u201d.":
            "{what} muss eine ganze Zahl sein, z. B. \u201e{example}\u201c.",
        "POSITION counts from 1 (the top of the queue).":
            "POSITION zählt ab 1 (oben in der Warteschlange).",
        "There is no action \u201c{action}\u201d.": "Eine Aktion \u201e{action}\u201c gibt es nicht.",
        "No question is waiting.": "Keine Frage wartet.",
        "ask needs the question's text.": "ask braucht den Text der Frage.",
    },
    "stream": {
        "Now": "Jetzt",
        "Next": "Danach",
        "Question": "Frage",
        "asked by {name}": "gefragt von {name}",
        "to {name}": "an {name}",
        "paused": "angehalten",
        "starts in": "Beginn in",
        "The show has ended.": "Die Sendung ist beendet.",
        "no connection to moderator": "keine Verbindung zu moderator",
        "{path}: not a stream set-up ({reason}).": "{path}: keine Stream-Einrichtung ({reason}).",
        "This server answers only on this computer (LAN is off).":
            "Dieser Server antwortet nur auf diesem Computer (lokales Netz ist aus).",
        "Unknown host name.": "Unbekannter Hostname.",
        "A token is needed: add ?token=… to the address.": "Ein Token ist nötig: ?token=… an die Adresse anhängen.",
        "Requests from other web pages are refused.": "Anfragen von anderen Webseiten werden abgelehnt.",
        "The body must be a JSON object.": "Der Inhalt muss ein JSON-Objekt sein.",
        "Send {\"action\": …}.": "Bitte {\"action\": …} senden.",
    },
    "StreamDialog": {
        "Lower third (who speaks)": "Bauchbinde (wer spricht)",
        "Question on air": "Frage auf Sendung",
        "Countdown": "Countdown",
        "Agenda (now and next)": "Ablauf (jetzt und danach)",
        "Studio clock": "Studiouhr",
        "The overlays cannot be served: {reason}": "Die Overlays können nicht bereitgestellt werden: {reason}",
        "Automation failed: {detail}": "Automatisierung fehlgeschlagen: {detail}",
        "Overlays for OBS and stream deck": "Overlays für OBS und Stream Deck",
        "Offer on the local network (every address then carries a token)":
            "Im lokalen Netz anbieten (jede Adresse enthält dann ein Token)",
        " s": " s",
        "Viewers' pages lag behind by the stream's delay:": "Seiten für Zuschauende folgen mit der Verzögerung des Streams:",
        "Apply": "Übernehmen",
        "The overlays are not served yet; they start a moment after the cockpit.":
            "Die Overlays laufen noch nicht; sie starten kurz nach dem Cockpit.",
        "on the local network; every address carries the token": "im lokalen Netz; jede Adresse enthält das Token",
        "on this computer only": "nur auf diesem Computer",
        "Add these as browser sources in OBS (1920×1080 or 1280×720), served {where}:":
            "Als Browserquellen in OBS hinzufügen (1920×1080 oder 1280×720), bereitgestellt {where}:",
        "Control API": "Steuer-API",
        "OSC (UDP port {port})": "OSC (UDP-Port {port})",
        "Copy": "Kopieren",
        "Automations, ports and the studio's CSS file are set in {path}.":
            "Automatisierungen, Ports und die CSS-Datei des Studios werden in {path} eingestellt.",
    },
    "actions": {
        "Overlays for OBS and stream deck…": "Overlays für OBS und Stream Deck…",
    },
}
