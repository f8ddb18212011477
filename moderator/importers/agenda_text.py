"""Import an agenda pasted from an event page (plain text) into an :class:`EventDraft`.

Organisers copy the agenda from the event's web page (like the seed page) and paste it.
Such text has no fixed format, so this importer reads it the way a person would:

- the first heading lines before the date are the series and the title,
- a date ("09. Juni 2021", "June 9, 2021", "2021-06-09") and the event's times
  ("14:00Uhr - 15:30Uhr", "2:00 pm – 3:30 pm"),
- agenda lines that start with a time ("14:00", "2 pm", "14:00–14:10"), then the title,
  then the people ("Name , Organisation" as on the seed page, "– Name, Org" after a dash,
  "| Name (Org)" or a tab column), and an "Ende"/"End" line that ends the show,
- "Anmeldung: https://..." style link lines and the prose after the agenda.

Splitting a line into title and people is the one place where text can honestly be read
two ways ("... in die Lounge Alexander Handschuh" — is "Lounge" part of the name?). The
importer never hides that: every line whose split rests on a guess is listed in
:attr:`AgendaImport.guesses`, so the editor can ask the organiser to check exactly those.

What counts as a guess:

- the boundary between the title (or an organisation) and a person's name could fall
  before more than one capitalised word, and nothing settles it. What settles it: an
  academic title ("Dr."), a word that cannot be part of a name before it (lower case,
  "?", an acronym like "OECD"), a name already seen in the same import, a common given
  name (a short built-in list) where the other reading would start with a word that is
  not one, or the other reading leaving no title at all;
- a line that may contain people but has no separator that says so ("14:00 Welcome Anna
  Schmidt Berlin", "Keynote: Open Data, Open Government"): it is kept whole as the title,
  nothing is invented;
- a dash followed by what might be a name or a subtitle ("Panel – Open Data");
- people found after a comma inside the title ("Welcome and introduction, Jane Doe, City
  of Springfield"), or a bare name without organisation in a column or below the line
  that nothing backs as a name;
- the last slot, when the page gives no end for it (a default duration is assumed).

Lines with no people and nothing that looks like a name are never guesses. On the seed
page no line is a guess: "Dr." marks four boundaries, "eigentlich?" and "OECD" cannot
be names, "Alexander", "David" and "Ralf" are given names whereas "Lounge", "Vergleich"
and "Government" are not, and the panel line repeats names already seen.

Everything a person can get wrong raises :class:`ImportFailed` with a one-line message;
no other exception escapes for any ``str`` input.
"""

from __future__ import annotations

import datetime
import html
import itertools
import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import Event, EventDraft, Person, Role, Slot, SlotKind
from moderator.importers.common import merge_person, zone_named
from moderator.importers.errors import ImportFailed
from moderator.importers.limits import check_text

__all__ = ["DEFAULT_TIMEZONE", "AgendaImport", "Guess", "parse_agenda"]

DEFAULT_TIMEZONE = "Europe/Berlin"
"""The zone of the seed event and of most users: used when the text names none."""

# A last slot without any end still needs a duration for its countdown; half an hour is
# the typical panel length in the series this app was born from.
DEFAULT_LAST_SLOT = datetime.timedelta(minutes=30)

_UTC = datetime.UTC


# --- Messages (templates marked for translation; the Qt layer translates them) ---------

_EMPTY = QT_TRANSLATE_NOOP("import", "The text is empty: paste the agenda from the event page.")
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "import", "This does not look like text: paste the agenda as plain text."
)
_NO_AGENDA = QT_TRANSLATE_NOOP(
    "import", "No agenda lines found: expected lines that start with a time like 14:00."
)
_NO_DATE = QT_TRANSLATE_NOOP(
    "import", "No date found: expected a date like “9. Juni 2021” or “June 9, 2021”."
)
_OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "import", "Line %1: %2 does not come after the time on the line before."
)
_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "import", "Line %1: the slot ends before it starts."
)
_EVENT_ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "import", "Line %1: the event ends before it starts."
)
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("import", "The date is out of range.")
NOTE_FIXED_OFFSET = QT_TRANSLATE_NOOP(
    "import",
    "A zone abbreviation (such as GMT or CEST) was read as its fixed offset from UTC, "
    "which differs from the region's time on that date.",
)

# Guess reasons are constant templates, so the UI can translate ``Guess.reason`` as is.
_REASON_BOUNDARY = QT_TRANSLATE_NOOP(
    "import", "Not sure where the title or organisation ends and the name begins; please check."
)
_REASON_MAYBE_NAMES = QT_TRANSLATE_NOOP(
    "import", "The title may contain people's names; kept it whole as the title."
)
_REASON_DASH = QT_TRANSLATE_NOOP(
    "import", "The text after the dash may be a person or part of the title; kept it in the title."
)
_REASON_NAME_ONLY = QT_TRANSLATE_NOOP(
    "import", "Read a name without an organisation as a person; please check."
)
_REASON_NO_END = QT_TRANSLATE_NOOP(
    "import", "The page gives no end for the last slot; assumed 30 minutes."
)


# --- Public API ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Guess:
    """A line whose split into title and people (or whose end) was a guess.

    ``reason`` is one line of English for a person, a constant template marked for
    translation in the "import" context.
    """

    line_number: int  # 1-based in the input
    line: str
    reason: str


@dataclass(frozen=True)
class AgendaImport:
    """The imported event and the lines the organiser should check."""

    draft: EventDraft
    guesses: tuple[Guess, ...]


def parse_agenda(
    text: str, *, timezone: str | None = None, date: datetime.date | None = None
) -> AgendaImport:
    """Read pasted agenda text into an event draft, listing the lines that were guesses.

    ``timezone`` (an IANA name) overrides the zone found in the text, which defaults to
    Europe/Berlin; ``date`` overrides or supplies the event's date. Raises
    :class:`ImportFailed` for text that holds no usable agenda.
    """
    check_text(text)
    zone_name = timezone
    if zone_name is not None:
        zone_named(zone_name)  # fail on a bad argument before reading anything
    lines = _lines(text)
    page = _scan(lines)
    if not page.items:
        raise ImportFailed(_NO_AGENDA)
    day = date or page.date
    if day is None:
        raise ImportFailed(_NO_DATE)
    fixed_offset = False
    if zone_name is None:
        detected = _detect_zone(page)
        if detected is not None and detected in ZONE_ABBREVIATIONS:
            zone_name, fixed_offset = zone_for_abbreviation(detected, day) or (DEFAULT_TIMEZONE, False)
        else:
            zone_name = detected or DEFAULT_TIMEZONE
    try:
        result = _build(page, day, zone_name, zone_named(zone_name))
        if fixed_offset:
            draft = replace(result.draft, notes=(*result.draft.notes, NOTE_FIXED_OFFSET))
            result = AgendaImport(draft, result.guesses)
        return result
    except OverflowError:
        # Only reachable at the very edges of the calendar (year 9999 and a midnight).
        raise ImportFailed(_OUT_OF_RANGE) from None


# --- Text clean-up --------------------------------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# Spaces that pages use for layout (no-break, thin, ideographic, ...); they separate words
# like a plain space. Every character Python's ``\s`` matches is one, so that no pattern
# meets a run of spaces its collapsing missed: "\s*" in a search is quadratic in a run.
_SPACES = re.compile(
    "[" + "".join(re.escape(c) for c in map(chr, range(0x3001)) if c.isspace() and c not in " \t\n\r\f\v") + "]"
)
_INVISIBLE = re.compile(r"[\u200b\ufeff]")
_WHITESPACE_RUN = re.compile(r"[ \t\f\v]+")


def _lines(text: str) -> list[str]:
    """The input's lines, refused if there is nothing there or it is not text at all."""
    if not text.strip():
        raise ImportFailed(_EMPTY)
    if _looks_binary(text):
        raise ImportFailed(_NOT_TEXT)
    return [
        _LONG_SPACE_RUN.sub(_cut_run, _INVISIBLE.sub("", _SPACES.sub(" ", line)))
        for line in text.splitlines()
    ]


# A run of more than four spaces or tabs is cut to four (what a column gap needs): the
# line patterns let several "\s*" meet in a run, and a run of thousands would make them
# try every way to share it.
_LONG_SPACE_RUN = re.compile(r"[ \t\f\v]{5,}")


def _cut_run(run: re.Match[str]) -> str:
    return run.group()[:4]


def _looks_binary(text: str) -> bool:
    """True for decoded binary files: NUL bytes or many control/replacement characters."""
    if "\x00" in text:
        return True
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0
    )
    return junk * 20 > len(text)


def _plain(line: str) -> str:
    """A line as plain text: HTML tags and entities and Markdown emphasis removed."""
    line = _TAG.sub(" ", line)
    line = html.unescape(line)
    line = _MARKDOWN_EMPHASIS.sub("", line)
    # Removed tags and entities ("&nbsp;") leave spaces: runs are cut again (see _lines).
    line = _LONG_SPACE_RUN.sub(_cut_run, _SPACES.sub(" ", line))
    return _MARKDOWN_HEADING.sub("", line.strip())


def _collapse(text: str) -> str:
    """Runs of spaces and tabs as one space, trimmed."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


# --- Dates ----------------------------------------------------------------------------------

_GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
    "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
    "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
_ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(
    sorted({re.escape(name) for name in (*_GERMAN_MONTHS, *_ENGLISH_MONTHS)}, key=len, reverse=True)
)
# Years are limited to plausible event years so that "0001" or "9999" never reach
# datetime arithmetic.
_YEAR = r"(?P<year>(?:19|20|21)\d\d)(?!\d)"
_DAY = r"(?<!\d)(?P<day>0?[1-9]|[12]\d|3[01])"
_DAY_FIRST = re.compile(
    _DAY + r"(?:\.|st|nd|rd|th)?\s*(?P<month>" + _MONTH_NAMES + r")\.?,?\s+" + _YEAR,
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    r"(?<![^\W\d_])(?P<month>" + _MONTH_NAMES + r")\.?\s+" + _DAY
    + r"(?:st|nd|rd|th)?\.?,?\s+" + _YEAR,
    re.IGNORECASE,
)  # fmt: skip
_NUMERIC_GERMAN = re.compile(_DAY + r"\.(?P<month>0?[1-9]|1[0-2])\.\s?" + _YEAR)
_ISO = re.compile(
    r"(?<!\d)" + _YEAR + r"-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)


@dataclass(frozen=True)
class _FoundDate:
    """A date on a line, and whether it was written with a German month name."""

    value: datetime.date
    start: int
    end: int
    german: bool


def _find_date(line: str) -> _FoundDate | None:
    """The first date written on ``line`` in any of the understood forms."""
    found: list[_FoundDate] = []
    for pattern in (_DAY_FIRST, _MONTH_FIRST, _NUMERIC_GERMAN, _ISO):
        for match in pattern.finditer(line):
            month_text = match.group("month").casefold().rstrip(".")
            if month_text.isdigit():
                month, german = int(month_text), pattern is _NUMERIC_GERMAN
            else:
                german = month_text in _GERMAN_MONTHS and month_text not in _ENGLISH_MONTHS
                month = _GERMAN_MONTHS.get(month_text) or _ENGLISH_MONTHS[month_text]
            try:
                value = datetime.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:  # 31 February and the like: not a date, keep looking
                continue
            found.append(_FoundDate(value, match.start(), match.end(), german))
            break
    return min(found, key=lambda item: item.start, default=None)


# --- Times ----------------------------------------------------------------------------------

_CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:(?P<sep>[:.])(?P<minute>\d\d))?(?!\d)")
# "pm", "p.m.", "PM" — but not "Am" (a German title may start with "Am Ende ...").
_CLOCK_SUFFIX = re.compile(
    r"\s?(?:(?P<meridiem>[ap])\.?\s?m\.?|(?P<upper>[AP])\.?\s?M\.?|(?P<uhr>Uhr))(?![^\W\d_])"
)
_RANGE_SEPARATOR = re.compile(r"\s*(?:[-–—]|bis|to|until)\s*")
_AFTER_TIME = re.compile(r"$|[\s\-–—|:,;)·•/]")
_LEADING_SEPARATORS = re.compile(r"^[\s|:–—\-·•,;)]+")
_NUMBER_START = re.compile(r"(?<![\d:.])\d")


@dataclass(frozen=True)
class _Clock:
    """A time of day as written: ``meridiem`` is "am", "pm" or None (24-hour or unsure)."""

    hour: int
    minute: int
    meridiem: str | None
    explicit: bool  # written with a colon, "Uhr" or am/pm, so certainly a time

    def minutes(self) -> int:
        """Minutes after midnight as written (an hour without am/pm as on a 24-hour clock)."""
        hour = self.hour
        if self.meridiem is not None:
            hour = hour % 12 + (12 if self.meridiem == "pm" else 0)
        return hour * 60 + self.minute

    def text(self) -> str:
        """As the user wrote it, roughly, for messages."""
        suffix = f" {self.meridiem}" if self.meridiem else ""
        return f"{self.hour}:{self.minute:02d}{suffix}"


def _read_clock(line: str, pos: int) -> tuple[_Clock, int] | None:
    """A time of day starting exactly at ``pos``, and where it ends."""
    match = _CLOCK.match(line, pos)
    if match is None:
        return None
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    end = match.end()
    meridiem: str | None = None
    uhr = False
    suffix = _CLOCK_SUFFIX.match(line, end)
    if suffix is not None:
        if suffix.group("uhr"):
            uhr = True
            end = suffix.end()
        elif 1 <= hour <= 12:  # "14 pm" is not a time; leave the letters to the title
            meridiem = (suffix.group("meridiem") or suffix.group("upper")).lower() + "m"
            end = suffix.end()
    if hour > 23 or minute > 59:
        return None
    # "14.00" alone could be a date ("14.06."), so a dot needs "Uhr" or am/pm.
    explicit = match.group("sep") == ":" or uhr or meridiem is not None
    return _Clock(hour, minute, meridiem, explicit), end


@dataclass(frozen=True)
class _TimedLine:
    """A line that starts with a time or a time range; ``rest`` is what follows."""

    start: _Clock
    end: _Clock | None
    rest: str


def _read_timed_line(line: str) -> _TimedLine | None:
    """Split "14:00–14:10\\tTitle" into its times and the rest, or None if no time leads."""
    pos = len(line) - len(line.lstrip())
    first = _read_clock(line, pos)
    if first is None:
        return None
    start, pos = first
    end: _Clock | None = None
    separator = _RANGE_SEPARATOR.match(line, pos)
    if separator is not None:
        second = _read_clock(line, separator.end())
        if second is not None and second[0].explicit:
            end, pos = second
    if not start.explicit and not (end is not None and (end.meridiem or end.explicit)):
        return None  # "9 June", "10 Jahre ...": a number, not a time
    if not _AFTER_TIME.match(line, pos):
        return None
    shares_meridiem = start.meridiem is None and 1 <= start.hour <= 12
    if end is not None and end.meridiem is not None and shares_meridiem:
        # "2:00 – 3:30 pm": the start shares the end's half of the day unless that would
        # put it after the end ("11:30 – 12:30 pm").
        same = replace(start, meridiem=end.meridiem)
        other = replace(start, meridiem="am" if end.meridiem == "pm" else "pm")
        start = same if same.minutes() <= end.minutes() else other
    return _TimedLine(start, end, _LEADING_SEPARATORS.sub("", line[pos:]))


def _find_times(line: str) -> _TimedLine | None:
    """The first time or time range written anywhere on a line (the date line)."""
    for match in _NUMBER_START.finditer(line):
        timed = _read_timed_line(line[match.start() :])
        if timed is not None:
            return timed
    return None


# --- Lines of the page ----------------------------------------------------------------------

_END_TITLE = re.compile(
    r"^(?:ende|end|schluss der veranstaltung|veranstaltungsende)"
    r"(?:\s+(?:der|des|of(?:\s+the)?)\s+[^\W\d_]+)?\W*$",
    re.IGNORECASE,
)
_LINK_LINE = re.compile(
    # Possessive "\s*+": three optional runs of spaces in a row must not share a run
    # in every possible way.
    r"^(?P<label>[^\W\d_][\w\s\-]{0,40}?)\s*+(?:hier|here)?\s*+:?\s*+(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)
_REGISTRATION_LABELS = re.compile(
    r"anmeld|registr|register|ticket|sign.?up|rsvp|teilnahme", re.IGNORECASE
)
_MEETING_LABELS = re.compile(r"einwahl|zoom|webex|teams|meeting|join|zugang", re.IGNORECASE)
_STREAM_LABELS = re.compile(r"stream|youtube|übertragung|vimeo|twitch", re.IGNORECASE)
# Zones named in the text: IANA names, or the abbreviations pages write after a time.
_IANA_ZONE = re.compile(
    r"(?<![\w/])(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Za-z_]{2,30}(?:/[A-Za-z_]{2,30})?(?![\w/])"
)
# An abbreviation names an offset, not a region's rules: "14:00 GMT" in June is 14:00 UTC,
# although London is on summer time then. Each maps to (hours east of UTC, the region it
# is most used for); "ET" and "PT" name no offset, only the region's local time.
ZONE_ABBREVIATIONS: dict[str, tuple[int | None, str]] = {
    "MEZ": (1, "Europe/Berlin"), "MESZ": (2, "Europe/Berlin"), "CET": (1, "Europe/Berlin"),
    "CEST": (2, "Europe/Berlin"), "UTC": (0, "UTC"), "GMT": (0, "Europe/London"),
    "BST": (1, "Europe/London"), "WET": (0, "Europe/Lisbon"), "WEST": (1, "Europe/Lisbon"),
    "EET": (2, "Europe/Athens"), "EEST": (3, "Europe/Athens"), "EST": (-5, "America/New_York"),
    "EDT": (-4, "America/New_York"), "ET": (None, "America/New_York"),
    "CST": (-6, "America/Chicago"), "CDT": (-5, "America/Chicago"),
    "PST": (-8, "America/Los_Angeles"), "PDT": (-7, "America/Los_Angeles"),
    "PT": (None, "America/Los_Angeles"),
}  # fmt: skip
_ZONE_ABBREVIATIONS = ZONE_ABBREVIATIONS
_ZONE_ABBREVIATION = re.compile(r"(?<![\w])(" + "|".join(_ZONE_ABBREVIATIONS) + r")(?![\w])")


def zone_for_abbreviation(abbreviation: str, day: datetime.date) -> tuple[str, bool] | None:
    """The zone for times written with ``abbreviation`` on ``day``, and whether it is a
    fixed offset that differs from the region's time that day (worth a note).

    Where the region keeps that offset on ``day`` ("CEST" in June: Berlin is at +2), the
    region's zone is used, so the event shows in the zone people know; otherwise the
    fixed offset ("GMT" in June: Etc/GMT, not London's summer time). None for a word
    that is no abbreviation we know.
    """
    known = ZONE_ABBREVIATIONS.get(abbreviation.upper())
    if known is None:
        return None
    hours, region = known
    if hours is None:
        return region, False
    noon = datetime.datetime.combine(day, datetime.time(12), ZoneInfo(region))
    if noon.utcoffset() == datetime.timedelta(hours=hours):
        return region, False
    # Etc/GMT names count west of Greenwich as positive (POSIX): UTC+2 is Etc/GMT-2.
    return ("Etc/GMT" if hours == 0 else f"Etc/GMT{-hours:+d}"), True


@dataclass
class _Item:
    """An agenda line: its times, the rest of the line, and continuation lines below it."""

    line_number: int
    line: str
    timed: _TimedLine
    continuation: list[tuple[int, str]]


@dataclass
class _Page:
    """What the scan found on the page, before times are resolved and lines are split."""

    date: datetime.date | None = None
    date_german: bool = False
    date_line: str = ""
    event_times: tuple[_Clock | None, _Clock | None] = (None, None)
    event_times_line: int = 0
    headings: tuple[str, ...] = ()
    items: tuple[_Item, ...] = ()
    end_marker: tuple[int, _Clock] | None = None
    links: tuple[tuple[str, str], ...] = ()
    prose: tuple[str, ...] = ()  # paragraphs after the agenda
    prose_before: tuple[str, ...] = ()  # paragraphs between the date and the agenda
    text_sample: str = ""


def _scan(raw_lines: list[str]) -> _Page:
    """Walk the page and sort its lines into header, agenda, links and prose."""
    page = _Page(text_sample="\n".join(raw_lines[:400]))
    date_index = _scan_date(page, raw_lines)
    scanner = _Scanner(page, date_index)
    for index, raw in enumerate(raw_lines):
        scanner.take(index, raw)
    page.headings = tuple(scanner.headings)
    page.items = tuple(scanner.items)
    page.links = tuple(scanner.links)
    page.prose = _paragraphs(scanner.after)
    page.prose_before = _paragraphs(scanner.before)
    return page


def _scan_date(page: _Page, raw_lines: list[str]) -> int | None:
    """Find the first line with a date, note it and any times on it; return its index."""
    for index, raw in enumerate(raw_lines):
        plain = _plain(raw)
        found = _find_date(plain)
        if found is None:
            continue
        page.date, page.date_german, page.date_line = found.value, found.german, plain
        times = _find_times(plain[: found.start] + " " + plain[found.end :])
        if times is not None:
            page.event_times = (times.start, times.end)
            page.event_times_line = index + 1
        return index
    return None


class _Scanner:
    """Sorts lines, one at a time, into headings, agenda items, links and prose.

    Lines above the date are headings; lines directly below an agenda line (no blank
    line between) belong to it; the prose after the last agenda line is the description.
    """

    def __init__(self, page: _Page, date_index: int | None) -> None:
        self.page = page
        self.date_index = date_index
        self.headings: list[str] = []
        self.items: list[_Item] = []
        self.links: list[tuple[str, str]] = []
        self.after: list[str] = []  # plain lines after the agenda, "" between paragraphs
        self.before: list[str] = []
        self.ended = False  # an "Ende" line was seen: later times are prose
        self.last_item: _Item | None = None  # the agenda line directly above

    def take(self, index: int, raw: str) -> None:
        """Sort one line."""
        plain = _plain(raw)
        if not plain:
            self.last_item = None
            (self.after if self.items else self.before).append("")
            return
        link = _LINK_LINE.match(plain)
        if link is not None:
            self.links.append((link.group("label"), link.group("url")))
            self.last_item = None
            return
        if index == self.date_index:
            return
        line = raw.strip()
        timed = None if self.ended else _read_timed_line(_TAG.sub(" ", line))
        if timed is not None:
            self._take_timed(index + 1, line, timed)
        elif self.last_item is not None:
            self.last_item.continuation.append((index + 1, line))
        elif self.items:
            self.after.append(plain)
        elif self.date_index is None or index < self.date_index:
            self.headings.append(plain)
        else:
            self.before.append(plain)

    def _take_timed(self, line_number: int, line: str, timed: _TimedLine) -> None:
        """A line that starts with a time: the event's times, the end, or an agenda item."""
        self.last_item = None
        title = _collapse(_plain(timed.rest))
        if not title or _END_TITLE.match(title):
            # "14:00Uhr - 15:30Uhr" above the agenda is the event's time; "15:30 Ende"
            # (or a lone time) below it is where the show ends.
            if self.items:
                self.page.end_marker, self.ended = (line_number, timed.start), True
            elif not title and timed.end is not None and self.page.event_times == (None, None):
                self.page.event_times = (timed.start, timed.end)
                self.page.event_times_line = line_number
            return
        self.last_item = _Item(line_number, line, timed, [])
        self.items.append(self.last_item)
        self.after.clear()  # prose between agenda lines is not the description


def _paragraphs(lines: list[str]) -> tuple[str, ...]:
    """Lines grouped into paragraphs at blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return tuple(paragraphs)


def _detect_zone(page: _Page) -> str | None:
    """A time zone the page names near its date or times, if any."""
    for named in _IANA_ZONE.finditer(page.text_sample):
        try:
            ZoneInfo(named.group())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue  # "Europe/Nowhere" is just text
        return named.group()
    header = " ".join([page.date_line, *(item.line for item in page.items[:1])])
    abbreviation = _ZONE_ABBREVIATION.search(header)
    return abbreviation.group(1) if abbreviation else None


# --- People ---------------------------------------------------------------------------------

_ACADEMIC_TITLES = frozenset(
    "dr. dr prof. prof dr.-ing. dipl.-ing. priv.-doz. jun.-prof. mag. h.c. med. phil. "
    "rer. nat. pol. habil. dres. ph.d. phd".split()
)
# Lower-case words inside a name ("Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    "von van de der den du da di del della la le zu zur vom ten ter dos al bin ibn".split()
)
# Common given names, used only as evidence: a name that starts with one is more likely
# than one that starts with "Lounge". Words that are also common title words ("Mark",
# "Will", "May", "Grace") are left out on purpose.
_GIVEN_NAMES = frozenset(
    """
    adam adrian adriana ahmed aileen alan albert alex alexander alexandra ali alice alina
    amelie amy ana andrea andreas andrew angela angelika anja anke ann anna anne annette
    anton antje arne axel barbara beate benedikt benjamin bernd bernhard bettina birgit
    bjorn björn boris brian brigitte carina carl carlos carmen carolin caroline catherine
    charlotte chris christian christiane christina christine christoph christopher claudia
    clara cornelia daniel daniela david deborah dennis diana dieter dirk dominik doris
    edward elena elias elif elisabeth elke ellen emily emma eric erik esther eva fabian
    fatima felix florian franz franziska frederik friederike friedrich gabriele georg
    george gerhard gregor gudrun guido günter hanna hannah hannes hans harald heike heiko
    heinz helen helena helga helmut henrik hermann holger ines ingo ingrid irene isabel
    jakob james jan jana jane janina jasmin jennifer jens jessica joachim jochen johanna
    johannes john jonas jonathan jörg josef joseph julia julian juliane jürgen jutta kai
    karin karl karsten katharina kathrin katja katrin kerstin kevin klara klaus konrad
    kristina lars laura lea lena leon linda lisa lukas lutz luisa magdalena maike manfred
    manuel manuela marc marcel marco marcus margaret maria marie marina mario marion markus
    martin martina mary matthew matthias max maximilian mehmet melanie michael michaela
    michelle miriam mohammed monika moritz nadine natalie nicole niklas nils nina norbert
    olaf oliver pascal patrick patricia paul petra peter philipp pia rainer ralf ralph
    rebecca regina reinhard richard robert roland rolf rüdiger ruth sabine sabrina sandra
    sarah sascha sebastian silke simon simone sophia sophie stefan stefanie steffen stephan
    stephanie susan susanne sven svenja tanja theresa thomas thorsten tim timo tobias tom
    torsten ulrich ulrike ursula ute uwe vanessa verena volker walter werner william
    wolfgang yvonne
    ben emma mia leo noah elias finn luca luis ella ida lina mila adriana ahmed ali fatma
    ayse mustafa emine can deniz lara nele jule greta henri anton theo jakob marlene
    """.split()
)
# Words that start a function rather than an organisation ("Leiter Innovators Club").
_FUNCTION_WORDS = re.compile(
    r"^(?:leiter|leiterin|leitung|head|director|direktor|direktorin|chief|ceo|cto|cio|coo|"
    r"bürgermeister|oberbürgermeister|landrat|landrätin|mayor|geschäftsführer|"
    r"geschäftsführerin|managing|manager|referent|referentin|staatssekretär|"
    r"staatssekretärin|minister|ministerin|präsident|präsidentin|president|vorsitzende|"
    r"vorstand|chair|founder|gründer|gründerin|professor|professorin|senior|"
    r"abteilungsleiter|abteilungsleiterin|beigeordnete|dezernent|dezernentin|"
    r"koordinator|koordinatorin|projektleiter|projektleiterin|sprecher|sprecherin)",
    re.IGNORECASE,
)
_MODERATOR_LABEL = re.compile(
    r"(?:(?<=\s)|^)(?:(?:Moderat(?:or|orin|ion)|Host|Chair|Gastgeber(?:in)?)\s*:"
    r"|(?:moderiert von|moderated by|hosted by|chaired by)\s)\s*",
    re.IGNORECASE,
)
_SPACED_COMMA = re.compile(r"\s+,\s*")  # "Name , Org" as the seed page's CMS writes it
_ANY_COMMA = re.compile(r"\s*,\s*")
_ENTRY_SEPARATOR = re.compile(r"\s*(?:;|\s\|\s|\s/\s|\n)\s*")
_AND_SEPARATOR = re.compile(r"\s+(?:and|und|&)\s+")
_NAME_WITH_ORG = re.compile(r"^(?P<name>[^,()]+?)\s*\((?P<org>[^()]*)\)\s*(?:,\s*(?P<more>.*))?$")
_DASH = re.compile(r"\s[–—-]\s")
_TITLE_TRIM = " \t,;:|–—-"


@dataclass(frozen=True)
class _PersonText:
    """A person as written on one line."""

    name: str
    academic_title: str = ""
    function: str = ""
    organisation: str = ""

    def to_person(self) -> Person:
        """The domain person for this text."""
        return Person(
            name=self.name,
            academic_title=self.academic_title,
            function=self.function,
            organisation=self.organisation,
        )


@dataclass(frozen=True)
class _Split:
    """A line's rest split into title, people and moderators; ``guess`` is a reason or None."""

    title: str
    people: tuple[_PersonText, ...] = ()
    moderators: tuple[_PersonText, ...] = ()
    guess: str | None = None


@dataclass(frozen=True)
class _NameStart:
    """Where a name at the end of some words starts, and how sure that is."""

    index: int
    certain: bool
    evidence: bool  # an academic title, a known name or a given name backs it


def _is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised letters ("Marburg-Biedenkopf",
    "O'Neil", the initial "J."), not an acronym like "OECD" nor "Dr."."""
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    if not word[:1].isupper() or not all(ch.isalpha() or ch in "-'’" for ch in word):
        return False
    return not (len(word) > 1 and word.isupper())


def is_academic_title(word: str) -> bool:
    """An academic title such as "Dr." or "Prof."."""
    return word.casefold() in _ACADEMIC_TITLES


def _is_given_name(word: str) -> bool:
    """A common given name ("Hans-Peter" counts by its first part)."""
    return word.casefold().split("-")[0] in _GIVEN_NAMES


def _name_key(words: list[str]) -> str:
    """A name without academic titles, for recognising it again within one import."""
    return " ".join(w for w in words if not is_academic_title(w)).casefold()


def _name_start(words: list[str], known: frozenset[str], *, need_prefix: bool) -> _NameStart | None:
    """Where the person's name at the end of ``words`` starts.

    A name is a given name, optional particles and a family name, with academic titles in
    front. Whether one more capitalised word in front belongs to it ("Anna Maria Schmidt")
    or to the title ("Lounge Alexander Handschuh") is the guess this function settles
    when it can. ``need_prefix`` demands words before the name (a title or organisation).
    """
    if len(words) < 2 or not _is_name_word(words[-1]):
        return None
    short = len(words) - 2
    while short >= 0 and words[short] in _NAME_PARTICLES:
        short -= 1
    if short < 0 or not _is_name_word(words[short]):
        return None
    long = short - 1 if short >= 1 and _is_name_word(words[short - 1]) else None

    def titled(index: int) -> int:
        while index > 0 and is_academic_title(words[index - 1]):
            index -= 1
        return index

    start, certain = short, True
    if titled(short) < short:
        start = titled(short)  # an academic title marks where the name begins
    elif long is not None and titled(long) < long:
        start = titled(long)  # "Dr. Anna Maria Schmidt"
    elif long is not None:
        short_known = _name_key(words[short:]) in known
        if short_known or _name_key(words[long:]) in known:
            start = short if short_known else long
        elif _is_given_name(words[short]) and not _is_given_name(words[long]):
            start = short
        elif need_prefix and long == 0:
            start = short  # the longer reading would leave no title at all
        elif _is_given_name(words[long]):
            start, certain = long, False
        else:
            certain = False
    if need_prefix and start == 0:
        return None
    first = next(i for i in range(start, len(words)) if not is_academic_title(words[i]))
    evidence = (
        start < first
        or _name_key(words[start:]) in known
        or _is_given_name(words[first])
    )
    return _NameStart(start, certain, evidence)


def _person_from_words(words: list[str], affiliation: str) -> _PersonText:
    """A person from the words of their name and the text about them after a comma."""
    count = 0
    while count < len(words) - 1 and is_academic_title(words[count]):
        count += 1
    function, organisation = _affiliation(affiliation)
    return _PersonText(
        name=" ".join(words[count:]),
        academic_title=" ".join(words[:count]),
        function=function,
        organisation=organisation,
    )


def _affiliation(text: str) -> tuple[str, str]:
    """Split "Leiter, Innovators Club" into (function, organisation).

    A part that starts with a function word ("Leiter", "Mayor") is the function; the rest
    is the organisation, which is what pages give most often.
    """
    parts = [part for part in _ANY_COMMA.split(_collapse(text).strip(_TITLE_TRIM)) if part]
    if not parts:
        return "", ""
    if _FUNCTION_WORDS.match(parts[0]):
        return parts[0], ", ".join(parts[1:])
    return "", ", ".join(parts)


def _name_words(text: str) -> list[str] | None:
    """The words of ``text`` if all of it reads as one person's name, else None.

    That is: academic titles, then two to four capitalised words with particles between
    them ("Dr. Ursula von der Leyen"), or one after a title ("Dr. Schade").
    """
    words = text.split()
    titles = 0
    while titles < len(words) and is_academic_title(words[titles]):
        titles += 1
    body = words[titles:]
    if not body or not _is_name_word(body[0]) or not _is_name_word(body[-1]):
        return None
    if any(not _is_name_word(w) and w not in _NAME_PARTICLES for w in body):
        return None
    names = sum(1 for w in body if _is_name_word(w))
    return words if 2 <= names <= 4 or (titles and names == 1) else None


def _top_level_split(text: str, separator: re.Pattern[str]) -> list[str]:
    """``text`` split at ``separator`` where it stands outside brackets ("Anna (Stadt,
    Land), Ben" splits once)."""
    if not any(bracket in text for bracket in "()[]"):
        return [part.strip() for part in separator.split(text)]
    parts: list[str] = []
    depth = start = 0
    # One pass over brackets and separators only (a regex finds them at C speed).
    for match in re.finditer(r"[()\[\]]|" + separator.pattern, text):
        token = match.group()
        if token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : match.start()].strip())
            start = match.end()
    parts.append(text[start:].strip())
    return parts


_BRACKET_TAIL = re.compile(r"[(\[][^()\[\]]*[)\]]\s*$")


def reads_as_person(text: str) -> bool | None:
    """Whether ``text`` (a part of a list) names a person rather than an organisation:
    True where a name of capitalised words starts with an academic title or a common
    given name, or has its organisation in brackets ("Ralf Laumer (Landkreis)"); None
    (maybe) for two or three capitalised words none of which an organisation uses ("Ben
    Müller"); False otherwise ("Stadt Köln", "Deutsche Telekom AG", "OECD")."""
    text = text.strip()
    tail = _BRACKET_TAIL.search(text)
    base = text[: tail.start()].rstrip() if tail else text
    words = _name_words(base)
    if words is None:
        return False
    if any(word.casefold().strip(".") in _ORGANISATION_WORDS for word in words):
        return False
    if is_academic_title(words[0]) or _is_given_name(words[0]) or tail is not None:
        return True
    return None


# Capitalised words that make "Stadt Köln" an organisation, not a person.
_ORGANISATION_WORDS = frozenset(
    """
    stadt gemeinde landkreis kreis amt ämter bezirk land bund bundes ministerium verband
    verein stiftung universität hochschule institut akademie agentur club gmbh ag ev se kg
    deutsche deutscher deutsches deutschen foundation university institute group team
    council city county state office department association network company partner
    partners forum zentrum center centre rat senat kanzleramt bundeskanzleramt regierung
    landesregierung verwaltung kommune kommunen landtag bundestag open knowledge
    """.split()
)


def _uninverted(text: str) -> str | None:
    """ "Anna Müller (Org)" for "Müller, Anna (Org)" (surname first, as lists sorted by
    name write it); None where ``text`` is not written so."""
    parts = _top_level_split(text, _COMMA)
    if len(parts) != 2:
        return None
    surname, given = parts[0], parts[1]
    tail = _BRACKET_TAIL.search(given)
    given_base = given[: tail.start()].rstrip() if tail else given
    given_words, surname_words = given_base.split(), surname.split()
    if not 1 <= len(given_words) <= 2 or len(surname_words) != 1:
        return None
    if not all(_is_name_word(word) and not _FUNCTION_WORDS.match(word) for word in given_words):
        return None
    if not _is_name_word(surname_words[0]) or not _is_given_name(given_words[0]):
        return None
    return f"{given_base} {surname}{' ' + given[tail.start():] if tail else ''}"


_COMMA = re.compile(r",")
_AND_WORD = re.compile(r"\s(?:and|und|&)\s|\s?&\s?")


def split_person_list(text: str) -> list[str]:
    """The people in one entry of a list: "Anna Schmidt, Ben Müller und Clara Weiß" is
    three, "Müller, Anna" one (surname first), "Anna Schmidt, Stadt Köln" one (name and
    organisation); commas and "und"/"and"/"&" inside brackets separate nothing.

    An entry whose parts do not all read as people (:func:`reads_as_person`) is returned
    whole, for the reader of "Name, Organisation" to take apart.
    """
    text = text.strip()
    if text.count(",") > _LONGEST_LIST or text.count("&") + text.count(" und ") + text.count(" and ") > _LONGEST_LIST:
        return [text]  # cheap: the line readers call this for many splits of a long line
    if _uninverted(text) is not None:
        return [_uninverted(text) or text]
    by_comma = [part for part in _top_level_split(text, _COMMA) if part]
    if len(by_comma) >= 2:
        # Commas separate people only where every part is a person for certain: "Name,
        # Organisation" is what pages and sheets write most ("Lisa Simpson, Springfield
        # Gazette"), and "Anna Schmidt, Stadt Köln" must stay one person.
        found: list[str] = []
        for part in by_comma[:_LONGEST_LIST + 1]:  # stop at the first part that is not
            people = _joined_people(part)
            if people is None or len(found) > _LONGEST_LIST:
                return [text]
            found.extend(people)
        return found
    return _joined_people(text) or [text]


def _joined_people(text: str) -> list[str] | None:
    """The people in ``text`` joined by "und", "and" or "&" (one person alone counts),
    where all may be people and one is for certain; None otherwise. "And" rarely joins a
    name to its organisation."""
    parts = [part for part in _top_level_split(text, _AND_WORD) if part]
    certain = False
    for part in parts[: _LONGEST_LIST + 1]:
        reading = reads_as_person(part)
        if reading is False or len(parts) > _LONGEST_LIST:
            return None  # the line readers try many splits: give up early
        certain = certain or reading is True
    return parts if certain else None


# More people than this in one entry is no list of people (and each is costly to check).
_LONGEST_LIST = 40
_LONGEST_PEOPLE_TEXT = 1_000


@dataclass(frozen=True)
class _People:
    """People read from a text that should hold nothing else."""

    people: tuple[_PersonText, ...]
    certain: bool  # every boundary is settled
    structured: bool  # every person came with an organisation or an academic title


def _read_entry(text: str, known: frozenset[str]) -> tuple[_PersonText, bool, bool] | None:
    """One "Name, Org", "Name (Org)" or bare name; with (has org or title, has evidence)."""
    match = _NAME_WITH_ORG.match(text)
    if match is not None:
        name_text, affiliation = match.group("name"), match.group("org")
        if match.group("more"):
            affiliation = f"{match.group('more')}, {affiliation}"
    else:
        name_text, _, affiliation = text.partition(",")
    words = _name_words(name_text)
    if words is None:
        return None
    person = _person_from_words(words, affiliation)
    structured = bool(person.organisation or person.function or person.academic_title)
    evidence = structured or _name_key(words) in known or _is_given_name(person.name.split()[0])
    return person, structured, evidence


def _read_people(text: str, known: frozenset[str]) -> _People | None:
    """People listed on their own, or None if ``text`` does not read as people at all."""
    text = text.strip(_TITLE_TRIM)
    if not text or len(text) > _LONGEST_PEOPLE_TEXT or text.count(",") > 2 * _LONGEST_LIST:
        # The line reader tries this on many splits of a line: without a bound, a long
        # line of commas costs its length squared.
        return None
    if _SPACED_COMMA.search(text):
        segments = _split_segments(text, known, pattern=_SPACED_COMMA, need_title=False)
        if segments is not None and not segments.title:
            return _People(segments.people, segments.certain, structured=True)
    entries: list[tuple[_PersonText, bool, bool]] = []
    for chunk in _ENTRY_SEPARATOR.split(text):
        if not chunk.strip(_TITLE_TRIM):
            continue
        parts = [_read_entry(part, known) for part in _AND_SEPARATOR.split(chunk)]
        if len(parts) > 1 and all(part is not None for part in parts):
            entries.extend(part for part in parts if part is not None)
            continue
        # "Anna Schmidt, Ben Müller (OECD)" lists people; "Müller, Anna" is one.
        listed = split_person_list(chunk.strip(_TITLE_TRIM))
        parts = [_read_entry(part, known) for part in listed]
        if all(part is not None for part in parts):
            entries.extend(part for part in parts if part is not None)
            continue
        entry = _read_entry(chunk.strip(_TITLE_TRIM), known)
        if entry is None:
            return None
        entries.append(entry)
    if not entries:
        return None
    return _People(
        tuple(entry[0] for entry in entries),
        certain=all(entry[2] for entry in entries),
        structured=all(entry[1] for entry in entries),
    )


@dataclass(frozen=True)
class _Segments:
    """A "Title Name , Org Name , Org" line read: the title (may be empty) and people."""

    title: str
    people: tuple[_PersonText, ...]
    certain: bool  # every name boundary is settled
    evidence: bool  # every name is backed by a title, a known name or a given name


def _split_segments(
    text: str, known: frozenset[str], *, pattern: re.Pattern[str], need_title: bool
) -> _Segments | None:
    """Read "Title Name1 , Org1 Name2 , Org2" into a title and people.

    Each comma separates a name from its organisation, so every piece between commas is
    "organisation of the previous person + name of the next one"; the name at the end of
    each piece is found by :func:`_name_start`.
    """
    pieces = [piece.strip() for piece in pattern.split(text)]
    if len(pieces) < 2 or not pieces[-1]:
        return None
    people: list[_PersonText] = []
    certain = evidence = True
    prefix = ""
    names: list[list[str]] = []
    affiliations: list[str] = []
    for number, piece in enumerate(pieces[:-1]):
        words = piece.split()
        start = _name_start(words, known, need_prefix=need_title or number > 0)
        if start is None:
            return None
        certain &= start.certain
        evidence &= start.evidence
        if number == 0:
            prefix = " ".join(words[: start.index])
        else:
            affiliations.append(" ".join(words[: start.index]))
        names.append(words[start.index :])
    affiliations.append(pieces[-1])
    for words, affiliation in zip(names, affiliations, strict=True):
        people.append(_person_from_words(words, affiliation))
    return _Segments(prefix, tuple(people), certain, evidence)


def _may_hold_names(words: list[str]) -> bool:
    """True if a title without separators may end in or contain a person's name."""
    return any(
        (is_academic_title(word) or _is_given_name(word)) and _is_name_word(following)
        for word, following in itertools.pairwise(words)
    )


def _clean_title(text: str) -> str:
    """A title as shown: one space between words, no separators left at either end."""
    return _collapse(text).strip(_TITLE_TRIM)


def _split_line(rest: str, known: frozenset[str]) -> _Split:
    """Split the text after an agenda line's time into title, people and moderators.

    Clear separators are tried first (a moderator label, a tab column, " | ", the seed
    page's "Name , Org"), then a dash, then a plain comma; a line without any is a title,
    reported as a guess when it may hide names.
    """
    rest = _plain(rest.replace("\t", " \t "))
    moderators: tuple[_PersonText, ...] = ()
    guess: str | None = None
    label = _MODERATOR_LABEL.search(rest)
    if label is not None and _collapse(rest[: label.start()]).strip(_TITLE_TRIM):
        read = _read_people(rest[label.end() :], known)
        if read is not None:
            moderators = read.people
            guess = None if read.certain else _REASON_BOUNDARY
            rest = rest[: label.start()]
    split = _split_title(rest, known)
    return replace(split, moderators=moderators, guess=split.guess or guess)


def _split_title(rest: str, known: frozenset[str]) -> _Split:
    """The title/people split of a line's rest without its moderator part."""
    # A column (tab or " | ") after the title holds the people if it reads as people;
    # otherwise ("Workshop | Raum 2") it stays part of the title.
    columns = [column.strip() for column in rest.split("\t") if column.strip()]
    text = _collapse(rest)
    candidates: list[tuple[str, str]] = []
    if len(columns) >= 2:
        candidates.append((columns[0], "; ".join(columns[1:])))
    before_bar, bar, after_bar = text.partition(" | ")
    if bar:
        candidates.append((before_bar, after_bar))
    for title, people_text in candidates:
        read = _read_people(people_text, known)
        if read is not None:
            return _Split(_clean_title(title), read.people, guess=_certainty(read))
    if _SPACED_COMMA.search(text):
        segments = _split_segments(text, known, pattern=_SPACED_COMMA, need_title=True)
        if segments is not None:
            guess = None if segments.certain else _REASON_BOUNDARY
            return _Split(_clean_title(segments.title), segments.people, guess=guess)
    dashes = list(_DASH.finditer(text))
    if dashes:
        last = dashes[-1]
        read = _read_people(text[last.end() :], known)
        if read is not None and text[: last.start()].strip(_TITLE_TRIM):
            if read.structured or read.certain:
                return _Split(
                    _clean_title(text[: last.start()]),
                    read.people,
                    guess=None if read.certain else _REASON_BOUNDARY,
                )
            return _Split(_clean_title(text), guess=_REASON_DASH)
    if "," in text:
        # A plain comma is common inside titles, so it splits only when the names are
        # backed by evidence; otherwise the line stays whole and is reported.
        segments = _split_segments(text, known, pattern=_ANY_COMMA, need_title=True)
        if segments is not None and segments.evidence:
            guess = None if segments.certain else _REASON_BOUNDARY
            return _Split(_clean_title(segments.title), segments.people, guess=guess)
        if segments is not None:
            return _Split(_clean_title(text), guess=_REASON_MAYBE_NAMES)
        # "Welcome, Jane Doe, City of Springfield": people after a comma in the title.
        # The people start after one of the first commas (each try reads the rest).
        for comma in itertools.islice(_ANY_COMMA.finditer(text), _LONGEST_LIST):
            read = _read_people(text[comma.end() :], known)
            if read is not None and read.certain and _clean_title(text[: comma.start()]):
                title = _clean_title(text[: comma.start()])
                return _Split(title, read.people, guess=_REASON_BOUNDARY)
    words = [word.strip(_TITLE_TRIM) for word in text.split()]
    return _Split(_clean_title(text), guess=_REASON_MAYBE_NAMES if _may_hold_names(words) else None)


def _certainty(read: _People) -> str | None:
    """The guess reason for people read after a clear separator, if any."""
    if not read.certain:
        return _REASON_NAME_ONLY
    return None


def _read_continuation(lines: list[tuple[int, str]], known: frozenset[str]) -> tuple[
    tuple[_PersonText, ...], tuple[_PersonText, ...], list[str], str | None
]:
    """Lines directly below an agenda line: people, a moderator line, or notes."""
    people: list[_PersonText] = []
    moderators: list[_PersonText] = []
    notes: list[str] = []
    guess: str | None = None
    for _, line in lines:
        plain = _collapse(_plain(line))
        label = _MODERATOR_LABEL.match(plain)
        read = _read_people(plain[label.end() :] if label else plain, known)
        if read is None:
            notes.append(plain)
            continue
        (moderators if label else people).extend(read.people)
        if not read.certain:
            guess = guess or _REASON_NAME_ONLY
    return tuple(people), tuple(moderators), notes, guess


# --- Kinds and roles ------------------------------------------------------------------------

# Order matters: a "Moderiertes Gespräch mit Rückfragen" is a panel, not Q&A, and a
# "closing keynote" is a talk; Q&A counts only when nothing else matched.
_KIND_KEYWORDS: tuple[tuple[SlotKind, re.Pattern[str]], ...] = (
    (SlotKind.PRE_SHOW, re.compile(
        r"einwahl|technik-?check|tech(?:nical)?[ -]?check|sound-?check|\bdoors\b|pre-?show|"
        r"einlass|check-?in", re.IGNORECASE)),
    (SlotKind.WELCOME, re.compile(r"begrüßung|begrüssung|begruessung|welcome|eröffnung|"
                                  r"opening|grußwort", re.IGNORECASE)),
    (SlotKind.PANEL, re.compile(r"gespräch|podium|panel|diskussion|discussion|arena|"
                                r"fishbowl|roundtable|round table", re.IGNORECASE)),
    (SlotKind.TALK, re.compile(r"impuls|vortrag|keynote|\btalks?\b|\binput\b|präsentation|"
                               r"presentation|lecture|lightning", re.IGNORECASE)),
    (SlotKind.BREAK, re.compile(r"pause|\bbreak\b|mittag|lunch|kaffee|coffee", re.IGNORECASE)),
    (SlotKind.CLOSING, re.compile(r"abschluss|schluss|closing|verabschiedung|fazit|"
                                  r"wrap-?up|farewell|ausblick", re.IGNORECASE)),
    (SlotKind.QA, re.compile(r"fragen|frage|q\s?&\s?a|questions", re.IGNORECASE)),
)  # fmt: skip

_ROLE_BY_KIND = {
    SlotKind.PRE_SHOW: Role.HOST,
    SlotKind.WELCOME: Role.HOST,
    SlotKind.CLOSING: Role.HOST,
    SlotKind.PANEL: Role.PANELIST,
    SlotKind.QA: Role.PANELIST,
}


def guess_kind(title: str) -> SlotKind:
    """The slot kind a title's keywords suggest, German or English."""
    for kind, pattern in _KIND_KEYWORDS:
        if pattern.search(title):
            return kind
    return SlotKind.OTHER


# --- Building the draft ---------------------------------------------------------------------

_GERMAN_WORDS = frozenset(
    "und der die das mit für von zur zum uhr ist nicht wir ein eine im auf aus den dem des "
    "begrüßung anmeldung veranstaltung gespräch einwahl ende pause".split()
)
_ENGLISH_WORDS = frozenset(
    "the and with for of to is are we a an in on welcome registration event talk end break".split()
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Row:
    """An agenda line with its split and its start in minutes from the event day's midnight."""

    item: _Item
    split: _Split
    start: int
    end: int | None
    notes: tuple[str, ...]
    extra_people: tuple[_PersonText, ...]
    extra_moderators: tuple[_PersonText, ...]
    continuation_guess: str | None


def _build(page: _Page, day: datetime.date, zone_name: str, zone: ZoneInfo) -> AgendaImport:
    """Resolve times, split lines and assemble the draft."""
    rows = _rows(page)
    event_start, stated_end = _event_times(page, rows)
    end_marker = _end_minutes(page, rows)
    ends = [_slot_end(index, rows, end_marker, stated_end) for index in range(len(rows))]
    event_end = next(
        (end for end in (stated_end, end_marker) if end is not None), max(event_start, ends[-1][0])
    )

    def at(minutes: int) -> datetime.datetime:
        return datetime.datetime.combine(
            day + datetime.timedelta(days=minutes // 1440),
            datetime.time(minutes % 1440 // 60, minutes % 60),
            tzinfo=zone,
        )

    guesses: list[Guess] = []
    slots: list[Slot] = []
    slot_people: list[tuple[tuple[str, Role], ...]] = []
    people: dict[str, Person] = {}
    for index, row in enumerate(rows):
        end, guessed_end = ends[index]
        start_at = at(row.start)
        duration = at(end).astimezone(_UTC) - start_at.astimezone(_UTC)
        kind = guess_kind(row.split.title)
        slots.append(
            Slot(
                title=row.split.title,
                start=start_at,
                duration=duration,
                kind=kind,
                position=index,
                notes="\n".join(row.notes),
            )
        )
        slot_people.append(_participants(row, kind, people))
        reason = row.split.guess or row.continuation_guess
        if reason is None and guessed_end:
            reason = _REASON_NO_END
        if reason is not None:
            guesses.append(Guess(row.item.line_number, row.item.line, reason))

    event = _event(page, at(event_start), at(event_end), zone_name, slots)
    draft = EventDraft(
        event=event,
        people=tuple(people.values()),
        slots=tuple(slots),
        slot_people=tuple(slot_people),
    )
    return AgendaImport(draft, tuple(guesses))


def _rows(page: _Page) -> list[_Row]:
    """Agenda lines with resolved times (minutes from midnight of the event day) and splits.

    Lines are split again while names read with certainty settle more boundaries (the
    panel line repeats the speakers of the talks above it). Names from guessed lines
    never count, or a guess would confirm itself.
    """
    times = _resolve_times(page)
    known: frozenset[str] = frozenset()
    while True:
        rows = [
            _row(item, start, end, known)
            for item, (start, end) in zip(page.items, times, strict=True)
        ]
        settled = frozenset(
            _name_key(person.name.split())
            for row in rows
            if row.split.guess is None
            for person in (*row.split.people, *row.split.moderators)
        )
        if settled <= known:
            return rows
        known |= settled


def _row(item: _Item, start: int, end: int | None, known: frozenset[str]) -> _Row:
    """One agenda line split into title and people, with the lines below it."""
    split = _split_line(item.timed.rest, known)
    people, moderators, notes, guess = _read_continuation(item.continuation, known)
    return _Row(item, split, start, end, tuple(notes), people, moderators, guess)


def _resolve_times(page: _Page) -> list[tuple[int, int | None]]:
    """Each agenda line's start and stated end in minutes from the event day's midnight.

    Raises ImportFailed for a time that cannot follow the one above it.
    """
    twelve_hour = _twelve_hour(page)
    times: list[tuple[int, int | None]] = []
    for item in page.items:
        if not times:
            start: int | None = _place_near(item.timed.start, _first_reference(page), twelve_hour)
        else:
            start = _place(item.timed.start, times[-1][0], twelve_hour)
        if start is None:
            raise ImportFailed(
                _OUT_OF_ORDER, line_number=item.line_number, time=item.timed.start.text()
            )
        end = None
        if item.timed.end is not None:
            end = _place(item.timed.end, start, twelve_hour)
            if end is None:
                raise ImportFailed(_ENDS_BEFORE_START, line_number=item.line_number)
        times.append((start, end))
    return times


def _first_reference(page: _Page) -> int | None:
    """The event's start in minutes, to place the first agenda time after (am/pm)."""
    start = page.event_times[0]
    return None if start is None else start.minutes()


def _twelve_hour(page: _Page) -> bool:
    """True if the page writes am/pm anywhere, so that a bare "3:00" may mean 15:00."""
    clocks = [
        *page.event_times,
        *(page.end_marker[1:] if page.end_marker else ()),
        *(clock for item in page.items for clock in (item.timed.start, item.timed.end)),
    ]
    return any(clock is not None and clock.meridiem is not None for clock in clocks)


def _readings(clock: _Clock, twelve_hour: bool) -> list[int]:
    """The minutes after midnight ``clock`` may mean: an hour without am/pm on an am/pm
    page could be either half of the day."""
    base = clock.minutes()
    if twelve_hour and clock.meridiem is None and 1 <= clock.hour <= 11:
        return [base, base + 12 * 60]
    return [base]


def _place(clock: _Clock, previous: int, twelve_hour: bool) -> int | None:
    """Minutes from the event day's midnight for ``clock``, strictly after ``previous``.

    A time earlier than the previous one moves to the next day only when that is
    plausible (evening to early morning, "23:30" then "00:15"); otherwise None.
    """
    readings = _readings(clock, twelve_hour)
    day_start = previous - previous % 1440
    for reading in readings:
        if day_start + reading > previous:
            return day_start + reading
    if previous % 1440 >= 18 * 60 and readings[0] < 6 * 60:
        return day_start + 1440 + readings[0]
    return None


def _place_near(clock: _Clock, reference: int | None, twelve_hour: bool) -> int:
    """Minutes for the first agenda time: the reading nearest the event's stated start
    (a pre-show may begin before it)."""
    readings = _readings(clock, twelve_hour)
    if reference is None:
        return readings[0]
    return min(readings, key=lambda reading: abs(reading - reference))


def _end_minutes(page: _Page, rows: list[_Row]) -> int | None:
    """The "Ende" line's time in minutes, placed after the last slot."""
    if page.end_marker is None or not rows:
        return None
    line_number, clock = page.end_marker
    value = _place(clock, rows[-1].start, _twelve_hour(page))
    if value is None:
        raise ImportFailed(_OUT_OF_ORDER, line_number=line_number, time=clock.text())
    return value


def _event_times(page: _Page, rows: list[_Row]) -> tuple[int, int | None]:
    """The event's start and stated end in minutes, from the page's "14:00 - 15:30".

    Without a stated start the show starts with the first slot that is not the pre-show.
    """
    start_clock, end_clock = page.event_times
    if start_clock is not None:
        start = start_clock.minutes()
    else:
        main = [row for row in rows if guess_kind(row.split.title) is not SlotKind.PRE_SHOW]
        start = (main or rows)[0].start
    if end_clock is not None:
        end = _place(end_clock, start, _twelve_hour(page))
        if end is None:
            raise ImportFailed(_EVENT_ENDS_BEFORE_START, line_number=page.event_times_line)
        return start, end
    return start, None


def _default_minutes() -> int:
    """The assumed length of a last slot without an end, in minutes."""
    return int(DEFAULT_LAST_SLOT.total_seconds() // 60)


def _slot_end(
    index: int, rows: list[_Row], end_marker: int | None, event_end: int | None
) -> tuple[int, bool]:
    """A slot's end in minutes and whether it was assumed.

    The slot's own range wins; otherwise the next slot's start; the last slot ends at the
    "Ende" line, else at the event's end, else after the default duration.
    """
    row = rows[index]
    if row.end is not None:
        return row.end, False
    if index + 1 < len(rows):
        return rows[index + 1].start, False
    if end_marker is not None and end_marker > row.start:
        return end_marker, False
    if event_end is not None and event_end > row.start:
        return event_end, False
    return row.start + _default_minutes(), True


def _participants(
    row: _Row, kind: SlotKind, people: dict[str, Person]
) -> tuple[tuple[str, Role], ...]:
    """The slot's (person key, role) pairs in order, adding each person to ``people`` once."""
    role = _ROLE_BY_KIND.get(kind, Role.SPEAKER)
    listed = [
        *((person, role) for person in (*row.split.people, *row.extra_people)),
        *((person, Role.MODERATOR) for person in (*row.split.moderators, *row.extra_moderators)),
    ]
    result: list[tuple[str, Role]] = []
    for text, person_role in listed:
        person = text.to_person()
        key = person.key
        people[key] = merge_person(people[key], person) if key in people else person
        if all(existing != key for existing, _ in result):
            result.append((key, person_role))
        elif person_role is Role.MODERATOR:
            # Someone listed as panelist and moderator is the moderator of this slot.
            result = [(k, Role.MODERATOR if k == key else r) for k, r in result]
    return tuple(result)


def _event(
    page: _Page,
    start: datetime.datetime,
    end: datetime.datetime,
    zone_name: str,
    slots: list[Slot],
) -> Event:
    """The event's own fields: headings, links, description and language."""
    headings = [_clean_title(h) for h in page.headings if _clean_title(h) and len(h) <= 160]
    series = subtitle = ""
    if len(headings) >= 2:
        series, title = headings[0], headings[1]
        subtitle = headings[2] if len(headings) >= 3 else ""
    elif headings:
        title = headings[0]
    else:
        # No heading above the date: pages often repeat the title after the agenda.
        short = [p for p in page.prose if "\n" not in p and len(p) <= 120]
        title = short[0] if short else ""
    paragraphs = [p for p in page.prose if p not in {title, series}]
    description = "\n\n".join(paragraphs or page.prose_before)
    return Event(
        title=title,
        start=start,
        end=end,
        timezone=zone_name,
        series=series,
        subtitle=subtitle,
        registration_link=_link(page, _REGISTRATION_LABELS),
        meeting_link=_link(page, _MEETING_LABELS),
        stream_link=_link(page, _STREAM_LABELS),
        description=description,
        language=_language(page, title, slots),
    )


def _link(page: _Page, labels: re.Pattern[str]) -> str:
    """The first link whose label matches ``labels``."""
    return next((url for label, url in page.links if labels.search(label)), "")


def _language(page: _Page, title: str, slots: list[Slot]) -> str:
    """"de" when the date has a German month or German words outnumber English ones."""
    if page.date_german:
        return "de"
    text = " ".join([title, *page.headings, *(slot.title for slot in slots), *page.prose])
    words = [word.casefold() for word in _WORD.findall(text)]
    german = sum(word in _GERMAN_WORDS or any(ch in word for ch in "äöüß") for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return "de" if german > english else "en"
