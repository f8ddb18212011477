"""Rules for audience questions that hold wherever a question enters the event."""

from __future__ import annotations

import re

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.domain.text import neutralised

#: Questions come from strangers in a chat; a wall of text is refused, not cut silently.
MAX_QUESTION_LENGTH = 2000

# Control characters (C0, DEL, C1) except tab and newline; they would garble the display.
# Also the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a
# stranger's text could reverse what follows it on screen ("Trojan Source"). The plain
# marks (LRM, RLM) stay: right-to-left writing needs them and they reorder nothing else.
# (Patterns, compiled with the first question: opening an event file needs neither.)
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
_BLANK_LINES = r"\n{3,}"


class QuestionRejected(UserError):
    """A question that cannot go into the queue as it is."""

    context = "questions"


def clean_text(text: str) -> str:
    """Normalise untrusted text: NFC, no control characters, no bidi overrides or invisible
    characters (:func:`~moderator.domain.text.neutralised`), trimmed, tidy line breaks."""
    import unicodedata

    text = neutralised(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(_CONTROL, "", text).replace("\t", " ")
    return re.sub(_BLANK_LINES, "\n\n", text).strip()


def clean_question_text(text: str) -> str:
    """The text of a question as it may enter the queue, or :class:`QuestionRejected`."""
    cleaned = clean_text(text)
    if not cleaned:
        raise QuestionRejected(QT_TRANSLATE_NOOP("questions", "The question is empty."))
    if len(cleaned) > MAX_QUESTION_LENGTH:
        raise QuestionRejected(
            QT_TRANSLATE_NOOP(
                "questions",
                "The question is %1 characters long; at most %2 are allowed. "
                "Shorten it or split it.",
            ),
            length=len(cleaned),
            limit=MAX_QUESTION_LENGTH,
        )
    return cleaned


def clean_field(text: str, limit: int = 200) -> str:
    """A short one-line field (asker, organisation): cleaned, one line, at most ``limit``."""
    return " ".join(clean_text(text).split())[:limit]
