"""Text is what it says: invisible characters that change how text reads are taken out.

Questions come from strangers in a chat, titles and names from files off the internet.
A right-to-left override (U+202E) makes "abc\u202etxt.exe" read "abcexe.txt"; zero-width
characters make two equal names differ, or hide words from a search. Such characters are
removed where text enters the event (and where an older event file is read), so that what
is shown, printed and exported is what was typed.

Legitimate right-to-left text (Arabic, Hebrew) stays as it is: only the *controls* go.
Where such text stands inside other text, :func:`isolate` wraps it in an isolate
(FSI ... PDI), so that it reads correctly without reordering what stands around it.
"""

from __future__ import annotations

from typing import Any

import re
from dataclasses import replace

from moderator.domain.model import EventDraft, Person

# Bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI) and
# the marks (LRM, RLM, ALM): a person never types them; a pasted one can reverse the text
# after it. The renderer's own bidi algorithm orders real Arabic and Hebrew text.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# Invisible characters: zero-width space, word joiner and invisible operators, the BOM,
# the Mongolian vowel separator, soft hyphen, and the tag characters (invisible copies of
# ASCII, used to smuggle text past a reader).
_INVISIBLE = "\u200b\u2060-\u2064\ufeff\u180e\u00ad\U000e0000-\U000e007f"
# A lone surrogate is no character: Python keeps undecodable bytes of a file name or an
# argument as one, and JSON may spell one ("\ud800"); no database or file can store it.
_SURROGATES = "\ud800-\udfff"
# Control characters but tab and line breaks: an escape sequence printed to a terminal
# can rewrite what the terminal shows.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_HIDDEN = f"[{_BIDI_CONTROLS}{_INVISIBLE}{_SURROGATES}{_CONTROLS}]"
# Zero-width (non-)joiners shape Persian, Indic scripts and emoji sequences; next to plain
# ASCII, or at either end, they only hide something.
_STRAY_JOINER = "(?<![^\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?![^\x00-\x7f])"
# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their
# presentation forms).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")

# Anything :func:`neutralised` may remove: one search decides that most texts (German
# included) are fine as they are, without building new strings.
_SUSPECT = re.compile(f"[{_BIDI_CONTROLS}{_INVISIBLE}{_SURROGATES}{_CONTROLS}\u200c\u200d]")

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def neutralised(text: str) -> str:
    """``text`` without bidi controls, invisible characters, control characters (but tab
    and line breaks) and lone surrogates.

    Cheap for plain printable ASCII (most text), so it can run on every read of an event
    file.
    """
    if (text.isascii() and text.isprintable()) or _SUSPECT.search(text) is None:
        return text
    # Compiled on first need (re caches them): most texts never get here.
    return re.sub(_STRAY_JOINER, "", re.sub(_HIDDEN, "", text))


def neutralised_draft(draft: EventDraft) -> EventDraft:
    """``draft`` with every text field :func:`neutralised` (an import's result)."""
    event = draft.event
    people: dict[str, Person] = {}
    for person in draft.people:
        cleaned = replace(person, **_texts(person, _PERSON_TEXTS))
        people.setdefault(cleaned.key, cleaned)  # "Anna\u200b" was "Anna" all along
    return replace(
        draft,
        event=replace(event, **_texts(event, _EVENT_TEXTS)),
        people=tuple(people.values()),
        slots=tuple(replace(slot, **_texts(slot, ("title", "notes"))) for slot in draft.slots),
        questions=tuple(
            replace(question, **_texts(question, _QUESTION_TEXTS)) for question in draft.questions
        ),
        # Keys link slots to people: they must change as the people's names do.
        slot_people=tuple(
            tuple((" ".join(neutralised(key).split()), role) for key, role in listed)
            for listed in draft.slot_people
        ),
    )


_EVENT_TEXTS = (
    "title", "series", "subtitle", "meeting_link", "stream_link", "registration_link",
    "description", "language",
)  # fmt: skip
_PERSON_TEXTS = (
    "name", "academic_title", "function", "organisation", "intro", "pronunciation", "contact",
)  # fmt: skip
_QUESTION_TEXTS = ("text", "asked_by", "organisation", "created_by")


def _texts(value: object, names: tuple[str, ...]) -> dict[str, Any]:
    """The named text fields of ``value``, neutralised (typed Any for ``replace(**...)``)."""
    return {name: neutralised(getattr(value, name)) for name in names}


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds letters of a right-to-left script."""
    return not text.isascii() and _RIGHT_TO_LEFT.search(text) is not None


def isolate(text: str) -> str:
    """``text`` wrapped in a first-strong isolate if it holds right-to-left letters, so
    that it can stand inside other text (a line of a printout, "asked by NAME — ORG")
    without reordering what is around it; other text is returned as it is."""
    if not has_right_to_left(text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
