"""Read a pasted chat transcript into one :class:`ChatMessage` per message.

Co-hosts collect audience questions from the chat of the video conference or the stream
and paste them here; the preview then lets them tick what goes into the queue. The paste
is whatever the tool produced, so the format is recognised by its content (the format
whose message headers match the most lines), never by a file name:

``zoom``
    Zoom's saved chat: ``10:14:03 From Maria Weber to Everyone:`` with the message on the
    next lines (indented with a tab), ``… to Me (direct message):``, the German UI
    ``Von Maria Weber an Alle:``.
``zoom-legacy``
    Older Zoom clients, the message on the header line:
    ``10:14:03 From  Maria Weber  to  Everyone : text`` or ``10:14:03\\t From Maria Weber :
    text``. Both Zoom shapes are read in either file; the label says which one dominates.
``teams``
    A copied Microsoft Teams chat pane: ``[10:14] Maria Weber``, ``Maria Weber 10:14`` or
    ``Maria Weber`` above ``10:14``, and the German meeting chat export
    ``Maria Weber 09.06.2021 14:14``; the message follows on the next lines.
``webex``
    Webex's saved chat: ``from Maria Weber to everyone:    2:14 PM`` above the message.
``generic``
    Anything else: ``Maria Weber: text`` per line (YouTube live chat, Jitsi, chat
    downloaders), optionally after a time (``14:14 Maria Weber: text``,
    ``[14:14:03] Maria Weber: text``), and plain lists of questions without names. YouTube
    and Jitsi lines cannot be told apart from any other ``Name: text`` chat, so they are
    all "generic".

Lines that are not a header belong to the message above them (multi-line messages).
System lines ("Maria Weber joined", "hat den Raum betreten", "Aufzeichnung wurde
gestartet", reactions such as "Reacted to … with 👍") are dropped, and so are messages
without a single letter (a lone emoji, "+1"): they are never questions. Text is kept
literally (HTML such as ``<b>`` and URLs stay as typed) and cleaned with
:func:`~moderator.domain.questions.clean_text`; an over-long message is flagged
:attr:`ChatMessage.too_long`, never cut.

Where the text can be read two ways, the importer decides as follows:

- **Organisation.** Split off only when clearly marked: a trailing parenthesis
  ("Maria Weber (Gemeinde Ebsdorfergrund)") or " | " ("Maria Weber | Stadt Marburg").
  A comma stays in the name, because "Weber, Maria" is how Teams shows many German
  organisations' accounts, and so does " - ", because people write both
  "Maria Weber - Stadt Marburg" and "Stadt Marburg - Maria Weber". Tool labels in
  parentheses ("(Gast)", "(Guest)", "(Extern)", "(Host)", pronouns like "(sie/ihr)") are
  dropped: they are neither name nor organisation.
- **"Word: text" without a time.** German nouns are capitalised, so "Datenschutz: Wie …?"
  looks like a name. Such a line counts as a message by that name only when the name has
  at least two words that read as a name ("Maria Weber", "Weber, Maria", "Dr. Weber"), is
  a handle ("@maria_w"), or is a single word that heads at least two lines (chat users
  repeat, topic prefixes rarely do) or stands in a text that the other names already
  make a chat; common prefixes ("Frage:", "Hinweis:", "PS:") never count. Otherwise the
  line stays whole, name and all, as the text.
- **Plain lists.** In "generic" text a blank line ends a message. A block of lines
  without names is one question, unless more than half of its lines end with "?" (a list
  of one question per line) or lines start with a bullet ("- ", "• ", "1. "), which
  then start a new question each. When fewer than half the lines carry a name, the text
  is read as such a list and only the named lines take a name.
- **Times.** :attr:`ChatMessage.time` is the time as written; a date in the header (the
  Teams export) is dropped, because an event happens on one day.
- **Addressee.** As written ("Everyone", "everyone", "Alle", a person); the tool's
  "(direct message)", "(privately)", "(Direktnachricht)" are dropped from it.

Everything a person can get wrong raises :class:`ImportFailed` with a one-line message;
no other exception escapes for any ``str`` input.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.questions import MAX_QUESTION_LENGTH, clean_field, clean_text
from moderator.importers.errors import ImportFailed
from moderator.importers.limits import check_text

__all__ = ["ChatMessage", "ChatTranscript", "parse_chat"]


# --- Messages (templates marked for translation; the Qt layer translates them) ---------

_EMPTY = QT_TRANSLATE_NOOP(
    "import", "No chat messages found: the text is empty; paste the chat or a list of questions."
)
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "import", "No chat messages found: this does not look like text; paste the chat as text."
)
_NOTHING = QT_TRANSLATE_NOOP(
    "import", "No chat messages found: the text holds only system lines, reactions or no words."
)


# --- Public API ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message, a candidate question for the preview.

    The preview pre-ticks messages that :attr:`looks_like_question` and shows those that
    are :attr:`too_long` unticked with the reason; nothing is cut here.
    """

    line_number: int  # 1-based line where the message starts
    time: str  # as written ("10:14:03", "10:14", "2:14 PM"), "" if none
    name: str  # who wrote it, cleaned ("" if unknown)
    organisation: str  # from "Name (Organisation)" or "Name | Organisation", else ""
    text: str  # the message, lines joined with "\n", cleaned
    to: str  # addressee if the format says ("Everyone", "Alle", a person), else ""
    too_long: bool  # text over MAX_QUESTION_LENGTH
    looks_like_question: bool  # ends a sentence with "?" or starts like a question


@dataclass(frozen=True, slots=True)
class ChatTranscript:
    """The messages of a pasted chat and the format they were read as."""

    format: str  # "zoom", "zoom-legacy", "teams", "webex" or "generic"
    messages: tuple[ChatMessage, ...]


def parse_chat(text: str) -> ChatTranscript:
    """Read a pasted chat transcript (or a list of questions) into messages.

    Raises :class:`ImportFailed` for empty text, binary data, or text in which no message
    is left once system lines and reactions are dropped.
    """
    check_text(text)
    lines = _lines(text)
    reading = _detect(lines)
    messages = _Assembler(lines, reading).messages()
    if not messages:
        raise ImportFailed(_NOTHING)
    return ChatTranscript(reading.label, tuple(messages))


# --- Lines ----------------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Zero-width characters and the byte order mark that copies from browsers and Windows
# files carry; the zero-width joiner stays, emoji sequences need it.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff]")
# Control characters other than line breaks and tabs, and the replacement character a
# decoder leaves for bytes that are not text.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _lines(text: str) -> list[str]:
    """The input's lines, each cleaned and trimmed; refused if empty or not text at all."""
    if not text.strip():
        raise ImportFailed(_EMPTY)
    if _looks_binary(text):
        raise ImportFailed(_NOT_TEXT)
    return [
        _SPACE_RUN.sub(" ", clean_text(_INVISIBLE.sub("", line))) for line in _LINE_BREAK.split(text)
    ]


# Runs of spaces become one: the header patterns ("Name  ,  10:14") let a name end in any
# space, and a run of thousands would make each of them try every split of the run.
_SPACE_RUN = re.compile(r"[^\S\n]{2,}")


def _looks_binary(text: str) -> bool:
    """True for decoded binary files: NUL bytes or many control/replacement characters."""
    if "\x00" in text:
        return True
    return len(_JUNK.findall(text)) * 20 > len(text)


# --- Times, names, organisations ------------------------------------------------------------

# "10:14", "10:14:03", "2:14 PM", "2:14 p.m." (the meridiem must not be the start of a
# name: "10:14 Amelie" is not 10:14 am); YouTube replays write "-0:05" before the start.
_TIME = r"-?(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?(?![^\W\d_]))?"
_DATE = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4}|\s?\d{2}(?!:))?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{4}-\d{2}-\d{2}|(?i:heute|gestern|today|yesterday))"
)

_LABELS = frozenset(
    """
    gast guest extern externe external host co-host cohost gastgeber gastgeberin
    co-gastgeber mitveranstalter mitveranstalterin organizer organisator organisatorin
    veranstalter veranstalterin moderator moderatorin me ich you du presenter referent
    referentin panelist panelistin teilnehmer teilnehmerin attendee participant
    unverified
    """.split()
)
_PRONOUNS = re.compile(r"(?:she|he|they|sie|er|xier|dey|es)\s*/\s*[^\W\d_]+", re.IGNORECASE)
_TRAILING_PARENTHESIS = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]*)\)$")
_PRIVATE = re.compile(
    r"\s*\((?:direct message|privately|private|privat|direktnachricht|direkt)\)$",
    re.IGNORECASE,
)

# Lower-case words inside a name ("Ursula von der Leyen").
_PARTICLES = frozenset(
    "von van de der den du da di del della la le zu zur vom ten ter dos al bin ibn".split()
)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*")
_HANDLE = re.compile(r"@[\w.\-]{1,40}")
# First words that start a topic prefix or a sentence, never a name ("Frage: Wie …?").
_NOT_NAMES = frozenset(
    """
    frage fragen nachfrage rückfrage question questions hinweis anmerkung info zur zum
    kommentar comment antwort answer ps p.s. beispiel bsp update edit achtung wichtig link
    links quelle source note notiz thema topic idee vorschlag tipp ergänzung korrektur
    fazit wunsch zitat quote fyi btw betreff subject von from an to datum date ort zeit uhr
    agenda ziel problem lösung feedback stichwort konkret kurz zusammenfassung summary
    ergebnis protokoll punkt hintergrund kontext anlass grund bitte danke vielen hallo hi
    hey guten liebe lieber ich wir sie er es du ihr man das der die dies diese dieser
    dieses ein eine mein meine unser unsere hier dort so also aber und oder doch nur noch
    auch the a my our this i we you re aw wg fw fwd warum wieso wie was wer wo wann welche
    why what how who where when which can kann können gibt ist sind
    """.split()
)


@dataclass(frozen=True, slots=True)
class _Name:
    """A name as written in a header, split into the name and the organisation."""

    name: str
    organisation: str


@functools.lru_cache(maxsize=4096)
def _split_name(raw: str) -> _Name:
    """Split "Maria Weber (Gemeinde X)" / "Maria Weber | Stadt Y"; drop tool labels.

    Cached: a chat repeats the same few names many times.
    """
    name = " ".join(raw.split())
    organisation = ""
    while not organisation:
        match = _TRAILING_PARENTHESIS.match(name)
        if match is None or not match["base"].strip():
            break
        inner = " ".join(match["inner"].split())
        if inner.casefold() in _LABELS or _PRONOUNS.fullmatch(inner) or not inner:
            name = match["base"]
        else:
            name, organisation = match["base"], inner
    if not organisation and " | " in name:
        before, after = name.split(" | ", 1)
        if before.strip() and after.strip():
            name, organisation = before, after
    return _Name(clean_field(name), clean_field(organisation))


def _reads_as_name(name: str, min_words: int) -> bool:
    """True if ``name`` (organisation already split off) looks like a person's name.

    Every word is capitalised or a name particle, no digits or sentence punctuation, and
    the first word is not a common topic prefix or sentence start; a handle ("@x") passes.
    """
    if not name or len(name) > 80:
        return False
    if name.startswith("@"):
        return _HANDLE.fullmatch(name) is not None
    words = name.replace(",", " ").split()
    if not min_words <= len(words) <= 6 or words[0].casefold() in _NOT_NAMES:
        return False
    capitalised = 0
    for word in words:
        if word in _PARTICLES:
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
        capitalised += 1
    return capitalised > 0


# --- Headers of each format -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    """The start of a message: who wrote it, when, to whom, and any text on the line."""

    time: str
    who: str  # as written, organisation not yet split off
    to: str = ""
    text: str = ""
    size: int = 1  # lines the header takes (Teams writes the time below the name)


_ZOOM = re.compile(
    rf"^(?P<time>{_TIME})\s+(?P<keyword>From|Von|from|von)\s+(?P<who>[^:]+?)\s*:\s*(?P<text>.*)$"
)
_WEBEX = re.compile(rf"^(?P<keyword>From|Von|from|von)\s+(?P<who>[^:]+?)\s*:\s+(?P<time>{_TIME})$")
_TO = {"from": re.compile(r"^(?P<name>.+)\s+to\s+(?P<to>.+)$"),
       "von": re.compile(r"^(?P<name>.+)\s+an\s+(?P<to>.+)$")}  # fmt: skip
_TEAMS_BRACKET = re.compile(
    rf"^\[(?:(?P<date>{_DATE})[,\s]\s*)?(?P<time>{_TIME})\]\s*(?P<who>[^\[\]:]+)$"
)
_EDITED = r"(?:\s+(?:Bearbeitet|Edited|bearbeitet|edited))?"
_TEAMS_NAME_TIME = re.compile(
    rf"^(?P<who>[^\d:\[\]]+?),?\s+(?:(?P<date>{_DATE}),?\s+)?(?P<time>{_TIME}){_EDITED}$"
)
_TIME_ONLY = re.compile(rf"^(?:(?P<date>{_DATE}),?\s+)?(?P<time>{_TIME}){_EDITED}$")
_GENERIC_TIMED = re.compile(
    rf"^(?:\[(?P<bracketed>{_TIME})\]|\(?(?P<time>{_TIME})\)?)\s*(?:[|\-–]\s*)?"
    r"(?P<who>[^:\s][^:]{0,79}?)\s*:(?:\s+(?P<text>.*))?$"
)
_GENERIC = re.compile(r"^(?P<who>[^:\s][^:]{0,79}?)\s*:\s+(?P<text>\S.*)$")


def _addressed(keyword: str, who: str) -> tuple[str, str]:
    """Split "Maria Weber to Everyone" (Zoom, Webex) into the name and the addressee.

    The last " to " (" an " after "Von") splits: addressees are short ("Everyone", "Me"),
    names may contain the word ("Jan an der Brügge").
    """
    match = _TO[keyword.casefold()].match(who)
    if match is None:
        return who, ""
    return match["name"], _PRIVATE.sub("", match["to"])


def _zoom_header(line: str) -> _Header | None:
    """A Zoom header, current ("… to Everyone:" then the text) or legacy (text inline)."""
    match = _ZOOM.match(line)
    if match is None:
        return None
    who, to = _addressed(match["keyword"], match["who"])
    return _Header(match["time"], who, to, match["text"])


def _webex_header(line: str) -> _Header | None:
    """A Webex header: "from Maria Weber to everyone:    2:14 PM"."""
    match = _WEBEX.match(line)
    if match is None:
        return None
    who, to = _addressed(match["keyword"], match["who"])
    return _Header(match["time"], who, to)


def _teams_header(lines: Sequence[str], index: int) -> _Header | None:
    """A Teams header: "[10:14] Name", "Name 10:14", "Name 09.06.2021 14:14", or the
    name on one line and the time on the next."""
    line = lines[index]
    match = _TEAMS_BRACKET.match(line)
    if match is not None:
        return _Header(match["time"], match["who"])
    match = _TEAMS_NAME_TIME.match(line)
    if match is not None and _reads_as_name(_split_name(match["who"]).name, 2):
        return _Header(match["time"], match["who"])
    if index + 1 < len(lines) and len(line) <= 120:
        below = _TIME_ONLY.match(lines[index + 1])
        if below is not None and _reads_as_name(_split_name(line).name, 2):
            return _Header(below["time"], line, size=2)
    return None


def _generic_timed_header(line: str) -> _Header | None:
    """ "14:14 Maria Weber: text" or "[14:14:03] Maria Weber: text".

    The time makes the line a chat line, so the name may be anything short (YouTube
    handles, lower case); only Zoom's "From …" is left to the Zoom reader.
    """
    match = _GENERIC_TIMED.match(line)
    if match is None:
        return None
    who = match["who"]
    words = who.split()
    if len(words) > 6 or "?" in who or "!" in who or words[0].casefold() in {"from", "von"}:
        return None
    return _Header(match["bracketed"] or match["time"], who, text=match["text"] or "")


# --- Format detection -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    """How to read the lines: the format's label, its headers by line index, and whether
    a blank line ends a message (in one-line-per-message chats and lists it does)."""

    label: str
    headers: dict[int, _Header]
    blank_ends_message: bool = False


def _detect(lines: Sequence[str]) -> _Reading:
    """The format whose headers match the most lines; ties go to the more specific one."""
    zoom: dict[int, _Header] = {}
    webex: dict[int, _Header] = {}
    teams: dict[int, _Header] = {}
    for index, line in enumerate(lines):
        if not line:
            continue
        if (header := _zoom_header(line)) is not None:
            zoom[index] = header
        if (header := _webex_header(line)) is not None:
            webex[index] = header
        if (header := _teams_header(lines, index)) is not None:
            teams[index] = header
    generic = _generic_headers(lines)
    legacy = sum(1 for header in zoom.values() if header.text)
    candidates = [
        _Reading("zoom-legacy" if legacy * 2 > len(zoom) else "zoom", zoom),
        _Reading("webex", webex),
        _Reading("teams", teams),
        _Reading("generic", generic, blank_ends_message=True),
    ]
    best = max(candidates, key=lambda reading: len(reading.headers))  # first of equals
    return best if best.headers else candidates[-1]  # no headers: a list of questions


def _generic_headers(lines: Sequence[str]) -> dict[int, _Header]:
    """ "Name: text" lines, with or without a time.

    Without a time a single-word name counts only if it heads at least two lines or the
    other headers already make the text a chat (see the module docstring): in a list,
    "Datenschutz: …" once is a topic, "Maria: …" twice a person.
    """
    headers: dict[int, _Header] = {}
    single: dict[int, tuple[str, _Header]] = {}
    for index, line in enumerate(lines):
        if not line:
            continue
        if (header := _generic_timed_header(line)) is not None:
            headers[index] = header
            continue
        match = _GENERIC.match(line)
        if match is None:
            continue
        header = _Header("", match["who"], text=match["text"])
        name = _split_name(match["who"]).name
        if _reads_as_name(name, 2) or _HANDLE.fullmatch(name):
            headers[index] = header
        elif _reads_as_name(name, 1):
            single[index] = (name, header)
    repeated = Counter(name for name, _ in single.values())
    for index, (name, header) in single.items():
        if repeated[name] >= 2:
            headers[index] = header
    if len(headers) * 2 >= sum(1 for line in lines if line):
        for index, (_, header) in single.items():
            headers.setdefault(index, header)
    return headers


# --- System lines ---------------------------------------------------------------------------

_JOINED = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?:"
    r"(?:has\s+)?(?:joined|left)"
    r"(?:\s+the\s+(?:meeting|chat|room|call|conversation|stream|webinar))?"
    r"|(?:hat|ist)\s+(?:(?:den|die|das|dem|der)\s+(?:raum|chat|besprechung|meeting|konferenz"
    r"|sitzung|anruf|webinar|stream)\s+)?(?:betreten|verlassen|beigetreten)"
    r"|wurde\s+(?:zur|zum)\s+(?:besprechung|meeting|chat|unterhaltung)\s+hinzugefügt"
    r"|was\s+added\s+to\s+the\s+(?:meeting|chat|conversation)"
    r")\.?$",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"^(?:die\s+|the\s+)?(?:meeting|besprechung|recording|aufzeichnung|transcription"
    r"|transkription|live\s?stream|übertragung)\s+(?:has\s+|wurde\s+|ist\s+)?"
    r"(?:started|ended|stopped|paused|gestartet|beendet|begonnen|angehalten)\.?$",
    re.IGNORECASE,
)
# Reactions name an emoji (or ":thumbsup:"), so "Die Stadt hat mit Verzögerung reagiert"
# is not one.
_EMOJI = r"(?:[^\w\s]{1,12}|:\w{1,30}:)"
_REACTION = re.compile(
    rf"(?:^|\s)(?:reacted\s+(?:to\s+.+?\s+)?with\s+{_EMOJI}"
    rf"|(?:hat\s+)?(?:auf\s+.+?\s+)?mit\s+{_EMOJI}\s+(?:auf\s+.+?\s+)?reagiert\.?"
    rf"|reagierte\s+mit\s+{_EMOJI})$",
    re.IGNORECASE,
)


def _is_system_line(line: str) -> bool:
    """True for lines the tool wrote, not a person: joins, leaves, recording, reactions."""
    if len(line) > 300:
        return False
    if _EVENT.match(line) or _REACTION.search(line):
        return True
    match = _JOINED.match(line)
    return match is not None and _reads_as_name(_split_name(match["who"]).name, 1)


# --- Messages -------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"^(?:[-*•–]|\d{1,3}[.)])\s+")
_ENDS_WITH_QUESTION = re.compile(r"[?？][^\w?？]*$")


@dataclass
class _Draft:
    """A message being collected line by line."""

    line_number: int
    header: _Header | None
    lines: list[str]


class _Assembler:
    """Walks the lines once, collecting messages under their headers.

    In "generic" text where fewer than half the lines carry a name, lines after a named
    line are not its continuation: the text is a list (see the module docstring).
    """

    def __init__(self, lines: Sequence[str], reading: _Reading) -> None:
        self._lines = lines
        self._reading = reading
        filled = sum(1 for line in lines if line)
        self._continues = not reading.blank_ends_message or len(reading.headers) * 2 >= filled
        self._result: list[ChatMessage] = []
        self._current: _Draft | None = None
        self._block: list[tuple[int, str]] = []

    def messages(self) -> list[ChatMessage]:
        """The messages in the order they were written."""
        headers = self._reading.headers
        index = 0
        while index < len(self._lines):
            line = self._lines[index]
            header = headers.get(index)
            if header is not None:
                self._close()
                self._current = _Draft(index + 1, header, [header.text])
                index += header.size
                continue
            index += 1
            if not line:
                self._blank()
            elif _is_system_line(line):
                continue
            elif self._current is not None and self._continues:
                self._current.lines.append(line)
            else:
                self._add_current()
                self._block.append((index, line))
        self._close()
        return self._result

    def _blank(self) -> None:
        """A blank line: inside a message in the tools' formats, a break in lists."""
        if self._current is not None and not self._reading.blank_ends_message:
            self._current.lines.append("")
        else:
            self._close()

    def _close(self) -> None:
        """Finish the message and the block of lines without a header."""
        self._add_current()
        if self._block:
            for draft in _split_block(self._block):
                self._add(draft)
            self._block = []

    def _add_current(self) -> None:
        """Finish the message under the last header."""
        if self._current is not None:
            self._add(self._current)
            self._current = None

    def _add(self, draft: _Draft) -> None:
        """Turn a draft into a message, unless nothing a person wrote is left of it."""
        text = clean_text("\n".join(draft.lines))
        if not _LETTER.search(text) or ("\n" not in text and _is_system_line(text)):
            return
        header = draft.header
        who = _split_name(header.who) if header is not None else _Name("", "")
        self._result.append(
            ChatMessage(
                line_number=draft.line_number,
                time=" ".join(header.time.split()) if header is not None else "",
                name=who.name,
                organisation=who.organisation,
                text=text,
                to=clean_field(header.to) if header is not None else "",
                too_long=len(text) > MAX_QUESTION_LENGTH,
                looks_like_question=_looks_like_question(text),
            )
        )


def _split_block(block: Sequence[tuple[int, str]]) -> list[_Draft]:
    """Lines without a name between blank lines: one question, one per line, or one per
    bullet (see the module docstring)."""
    questions = sum(1 for _, line in block if _ENDS_WITH_QUESTION.search(line))
    per_line = len(block) > 1 and questions * 2 > len(block)
    drafts: list[_Draft] = []
    for line_number, line in block:
        bullet = _BULLET.match(line)
        if bullet is not None:
            line = line[bullet.end() :]
        if not drafts or per_line or bullet is not None:
            drafts.append(_Draft(line_number, None, []))
        drafts[-1].lines.append(line)
    return drafts


# --- Does it look like a question? ----------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A "?" that ends a sentence, not one inside a word or a query string.
_QUESTION_MARK = re.compile(r"[?？¿](?![\w/=&%#])")
_QUESTION_WORDS = (
    # German W-words and question openers
    "wer wen wem wessen wie was wann wo warum weshalb wieso weswegen welche welcher welches "
    "welchen welchem wozu wofür woher wohin womit worauf woran worüber wodurch wovon "
    "wieviel wieviele inwiefern inwieweit frage nachfrage rückfrage "
    # English
    "who whom whose what when where why how which can could would will should shall is are "
    "do does did question"
).split()
_GERMAN_VERBS = (
    "kann können könnte könnten gibt gab ist sind war waren hat haben hätte hätten wird "
    "werden würde würden darf dürfen soll sollen sollte sollten muss müssen plant planen "
    "wäre wären habt seid"
).split()
_FOLLOWERS = (
    "es man sie ihr du ich wir er der die das den dem ein eine einen einem ihre deine euer "
    "eure unsere"
).split()
_QUESTION_START = re.compile(
    rf"(?:(?:{'|'.join(_QUESTION_WORDS)})|(?:{'|'.join(_GERMAN_VERBS)})\s+"
    rf"(?:{'|'.join(_FOLLOWERS)}))\b",
    re.IGNORECASE,
)
_QUESTION_PHRASE = re.compile(
    r"würde mich interessieren|mich würde interessieren|ich frage mich|i wonder"
    r"|would like to know|(?:möchte|würde)\s+(?:gerne?\s+)?wissen",
    re.IGNORECASE,
)
_LEADING = " \t-*•–>\"'„“”«»‚‘("


def _looks_like_question(text: str) -> bool:
    """Heuristic for the preview's pre-tick: a sentence ends with "?", a line starts like
    a question ("Wie …", "Gibt es …", "How …"), or a phrase asks ("würde mich
    interessieren"). URLs are ignored, their "?" starts a query, not a question."""
    plain = _URL.sub(" ", text)
    if _QUESTION_MARK.search(plain) or _QUESTION_PHRASE.search(plain):
        return True
    return any(_QUESTION_START.match(line.lstrip(_LEADING)) for line in plain.split("\n"))
