"""The words of the overlay pages and the API's messages, in German or English, without Qt.

The texts are marked with ``QT_TRANSLATE_NOOP`` like every other text of the app, so the
one translation system extracts them and holds their German (``resources/translations``).
The stream server must not load Qt, so it reads the German from the translation file
(``moderator_de.ts``, plain XML) instead of through a ``QTranslator``.
"""

from __future__ import annotations

import functools
from typing import Final

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError, fill
from moderator.paths import resources_dir

LANGUAGES: Final = ("de", "en")

#: What the pages write themselves (everything else on them comes from the event).
PAGE_TEXTS: Final = {
    "now": QT_TRANSLATE_NOOP("stream", "Now"),
    "next": QT_TRANSLATE_NOOP("stream", "Next"),
    "question": QT_TRANSLATE_NOOP("stream", "Question"),
    "asked_by": QT_TRANSLATE_NOOP("stream", "asked by %1"),
    "to": QT_TRANSLATE_NOOP("stream", "to %1"),
    "paused": QT_TRANSLATE_NOOP("stream", "paused"),
    "starts_in": QT_TRANSLATE_NOOP("stream", "starts in"),
    "ended": QT_TRANSLATE_NOOP("stream", "The show has ended."),
    "offline": QT_TRANSLATE_NOOP("stream", "no connection to moderator"),
}


@functools.cache
def _german() -> dict[tuple[str, str], str]:
    """(context, English) -> German, from the compiled translation source."""
    from defusedxml import ElementTree

    path = resources_dir() / "translations" / "moderator_de.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    if root is None:
        return table
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") == "unfinished":
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def translate(context: str, text: str, language: str) -> str:
    """``text`` (English, marked in ``context``) in ``language`` (English if not translated)."""
    if language == "de":
        return _german().get((context, text), text)
    return text


def page_texts(language: str) -> dict[str, str]:
    """The pages' own words in ``language``; placeholders like ``{name}`` stay for the page."""
    return {key: translate("stream", text, language) for key, text in PAGE_TEXTS.items()}


def error_message(error: UserError, language: str) -> str:
    """A user error's one line in ``language``."""
    try:
        return fill(translate(error.context, error.template, language), **error.fields)
    except (KeyError, IndexError, ValueError):
        return error.message
