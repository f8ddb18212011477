"""Likely duplicates among audience questions: "has someone asked this already?".

Everything here is pure (stdlib only; no Qt, no database). Two wordings of one question
meet on their topic words (folded, stemmed, German and English synonyms joined) and on
their spelling (letter trigrams): :func:`similarity` scores a pair, a
:class:`DuplicateIndex` answers queries against many questions while a co-host types, and
:func:`pasted_duplicates` marks the repeats in a pasted chat.

A module of its own, apart from :mod:`moderator.domain.queue`: only the paste dialog uses
it, never the cockpit's first paint, which so does without its word lists, its regular
expression and its dataclasses.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from moderator.domain.model import Question, QuestionStatus

S = QuestionStatus

#: From this score on two questions probably ask the same (tuned on German questions of
#: the municipal lounges; see the tests).
DUPLICATE_THRESHOLD: Final = 0.45

_WORD = re.compile(r"[a-z0-9]+")

# Words that carry no topic (already folded: "für" is "fuer"). German first, then English.
_STOP_WORDS: Final = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen kein keine keinen keiner
    und oder aber sondern denn doch weil wenn ob dass als wie was wer wen wem wessen wo
    wann warum wieso weshalb woher wohin womit wofuer worueber welche welcher welches
    welchen welchem ist sind bin bist seid war waren wird werden wirst wurde wurden
    worden sein gewesen hat haben habe hast hatte hatten kann koennen kannst koennte
    koennten konnte konnten soll sollen sollte sollten muss muessen musste muessten will
    wollen wollte darf duerfen duerfte mag moechte moechten ich du er sie es wir ihr man
    mich mir dich dir uns euch ihnen ihm ihn sich mein meine meinen unser unsere unseren
    unserer euer eure ihre ihren ihrer sein seine seinen in im an am auf aus bei beim mit
    nach von vom zu zum zur fuer ueber unter um durch gegen ohne vor hinter zwischen bis
    seit als auch noch schon nur so da dann dort hier jetzt heute nicht ja nein sehr mehr
    viel viele vielen etwas alle allen alles ganz gerade eigentlich eben mal wirklich
    etwa bitte denn also dies diese dieser dieses diesem diesen jener jene jenes gibt
    geben gut dazu davon dafuer darauf darueber dabei damit daran dadurch hierbei sowie
    bzw usw zb frage fragen gern gerne herr frau dr andere anderen anderer anderes
    the a an and or but if how what who whom whose where when why which is are was were
    be been being am do does did have has had can could should would will shall may might
    must i you he she it we they me him her us them my your his its our their this that
    these those of in on at to for from by with about as into than then there here not no
    yes very more much many some any so just also please question ask
    """.split()
)

# Words a municipal audience uses for the same thing (folded): canonical word, the words
# themselves, and prefixes that only start words of the same meaning ("kommun" would also
# start "Kommunikation", so it is not one).
_SYNONYMS: Final = (
    (
        "kommune",
        frozenset({"kreis", "kreise", "kreisen", "ort", "orte", "orten", "city", "cities"}),
        ("gemeinde", "kommune", "kommunal", "stadt", "staedte", "landkreis", "municipal"),
    ),
    (
        "verwaltung",
        frozenset({"amt", "aemter", "aemtern"}),
        ("verwaltung", "behoerde", "administration"),
    ),
    ("open", frozenset({"open", "offen", "offene", "offenen", "offener", "offenes"}), ()),
    ("daten", frozenset({"daten", "data"}), ()),
    (
        "geld",
        frozenset({"geld", "gelder", "budget", "budgets", "kosten", "kostet", "teuer", "funding"}),
        ("finanz", "foerder", "bezahl", "preis"),
    ),
    ("buerger", frozenset({"citizen", "citizens"}), ("buerger", "einwohner")),
)

# Prefixes of German separable verbs ("setzen ... um" is "umsetzen"): dropped from an
# infinitive so that both word orders meet.
_SEPARABLE: Final = (
    "zusammen", "weiter", "zurueck", "durch", "nach", "auf", "aus", "ein", "mit", "vor",
    "um", "an", "ab", "zu",
)  # fmt: skip
_DERIVATIONS: Final = (
    "ungen",
    "ung",
    "heiten",
    "heit",
    "keiten",
    "keit",
    "lichen",
    "liche",
    "lich",
)


def normalise_words(text: str) -> tuple[str, ...]:
    """The topic words of ``text``, folded for comparison (case, umlauts, accents, stop words).

    ``"Wie können kleine Gemeinden Open Data umsetzen?"`` gives ``("kleine", "gemeinden",
    "open", "data", "umsetzen")``.
    """
    if not text.isascii():  # a decomposed "ä" (a + diaeresis) must fold like a composed one
        text = unicodedata.normalize("NFC", text)
    # casefold() already turns "ß" into "ss"; str.replace beats str.translate here.
    folded = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    if not folded.isascii():  # other accents: "é" is "e"
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(
        word for word in _WORD.findall(folded) if len(word) > 1 and word not in _STOP_WORDS
    )


@functools.lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """A crude German/English stem: synonyms joined, inflection and derivation cut off.

    Crude on purpose: it only has to make two wordings of one question meet, and a few
    wrong matches cost a glance from the co-host, not a wrong answer on air.
    """
    for canonical, words, prefixes in _SYNONYMS:
        if word in words or word.startswith(prefixes):
            return canonical
    if word.endswith("en"):
        for prefix in _SEPARABLE:
            if word.startswith(prefix) and len(word) - len(prefix) >= 5:
                word = word[len(prefix) :]
                break
    for suffix in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    while len(word) > 4:
        if len(word) > 5 and word.endswith(("em", "er", "nd")):
            word = word[:-2]
        elif word.endswith(("e", "s", "n", "t")):
            word = word[:-1]
        else:
            break
    return word[:8]


@dataclass(frozen=True, slots=True)
class _Features:
    """What the comparison needs of one text, computed once per distinct text.

    ``stems`` are the topic words' stems; ``grams`` the letter trigrams of the topic
    words (with a space at either end), which catch typos and inflections the stemmer
    misses. Both are sets, so word order does not matter: "Wie setzen Kommunen Open Data
    um?" and "Wie können Kommunen Open Data umsetzen?" meet. Sets also keep a query fast
    (set operations run in C; ``difflib`` costs about twenty times more per pair).
    """

    stems: frozenset[str]
    grams: frozenset[str]


@functools.lru_cache(maxsize=65_536)
def _features(text: str) -> _Features:
    words = normalise_words(text)
    return _Features(frozenset(map(_stem, words)), frozenset().union(*map(_trigrams, words)))


@functools.lru_cache(maxsize=65_536)
def _trigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(a: str, b: str) -> float:
    """How alike two questions are, 0..1: mostly shared topic stems, partly spelling."""
    return _score(_features(a), _features(b), shared=None)


def _score(a: _Features, b: _Features, shared: int | None) -> float:
    """The blend: Jaccard of the stems (weight 0.7) and Dice of the trigrams (0.3)."""
    if not a.stems or not b.stems:
        return 0.0
    if shared is None:
        shared = len(a.stems & b.stems)
    jaccard = shared / (len(a.stems) + len(b.stems) - shared)
    spelling = 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams))
    return _TOKEN_WEIGHT * jaccard + (1 - _TOKEN_WEIGHT) * spelling


_TOKEN_WEIGHT: Final = 0.7


class DuplicateIndex:
    """The open questions prepared for :meth:`query`: "has someone asked this already?".

    Dismissed questions are left out; answered ones stay in, so that a co-host sees that a
    question was already answered. Build it once per change of the questions (cheap:
    each distinct text is normalised once per process) and query it while typing; a query
    against 10,000 questions takes a few milliseconds, since only questions sharing a
    topic stem with the text are compared at all.
    """

    def __init__(self, questions: Iterable[Question]) -> None:
        self._features: dict[int, _Features] = {}
        self._postings: dict[str, list[int]] = {}
        for question in questions:
            if question.id is None or question.status == S.DISMISSED:
                continue
            features = _features(question.text)
            self._features[question.id] = features
            for stem in features.stems:
                self._postings.setdefault(stem, []).append(question.id)

    def __len__(self) -> int:
        return len(self._features)

    def add(self, key: int, text: str) -> None:
        """Index ``text`` under ``key`` as well (a message of a paste, not yet a question)."""
        features = _features(text)
        self._features[key] = features
        for stem in features.stems:
            self._postings.setdefault(stem, []).append(key)

    def query(
        self,
        text: str,
        threshold: float = DUPLICATE_THRESHOLD,
        exclude_id: int | None = None,
        limit: int = 10,
    ) -> tuple[tuple[int, float], ...]:
        """Ids of questions that probably ask what ``text`` asks, with their score, best first.

        ``exclude_id`` leaves out the question itself when checking one already in the
        queue. At most ``limit`` results.
        """
        features = _features(text)
        shared: dict[int, int] = {}
        for stem in features.stems:
            for question_id in self._postings.get(stem, ()):
                shared[question_id] = shared.get(question_id, 0) + 1
        found = []
        for question_id, count in shared.items():
            if question_id == exclude_id:
                continue
            other = self._features[question_id]
            jaccard = count / (len(features.stems) + len(other.stems) - count)
            # The spelling part is at most 1: skip the costly comparison when even a
            # perfect one could not reach the threshold.
            if _TOKEN_WEIGHT * jaccard + (1 - _TOKEN_WEIGHT) < threshold:
                continue
            score = _score(features, other, shared=count)
            if score >= threshold:
                found.append((question_id, round(score, 3)))
        found.sort(key=lambda item: (-item[1], item[0]))
        return tuple(found[:limit])


@dataclass(frozen=True, slots=True)
class PastedDuplicate:
    """What a pasted message probably repeats: a question in the queue (its id), or an
    earlier message of the same paste (its row, 0-based)."""

    question_id: int | None = None
    row: int | None = None


def pasted_duplicates(
    texts: Sequence[str], questions: Iterable[Question], candidates: Sequence[bool]
) -> tuple[PastedDuplicate | None, ...]:
    """For each message of one paste, the question or earlier message it probably repeats.

    A chat often asks the same thing twice within minutes ("Wie ist das mit dem
    Datenschutz?" and "Und der Datenschutz, wie ist das?"): only the first of them is
    offered for the queue. Only earlier messages that are ``candidates`` (that look like
    questions) count, so that chatter does not hide a question.
    """
    in_queue = DuplicateIndex(questions)
    in_paste = DuplicateIndex(())
    found: list[PastedDuplicate | None] = []
    for row, (text, candidate) in enumerate(zip(texts, candidates, strict=True)):
        queued = in_queue.query(text, limit=1)
        if queued:
            found.append(PastedDuplicate(question_id=queued[0][0]))
            continue
        earlier = in_paste.query(text, limit=1)
        if earlier:
            found.append(PastedDuplicate(row=earlier[0][0]))
            continue
        found.append(None)
        if candidate:
            in_paste.add(row, text)
    return tuple(found)


def likely_duplicates(
    text: str, questions: Iterable[Question], threshold: float = DUPLICATE_THRESHOLD
) -> tuple[tuple[int, float], ...]:
    """Ids of open questions that probably ask what ``text`` asks, with a score, best first.

    A one-off :class:`DuplicateIndex`; build the index yourself to query it repeatedly.
    """
    return DuplicateIndex(questions).query(text, threshold)



__all__ = [
    "DUPLICATE_THRESHOLD",
    "DuplicateIndex",
    "PastedDuplicate",
    "likely_duplicates",
    "normalise_words",
    "pasted_duplicates",
    "similarity",
]
