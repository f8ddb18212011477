"""Bounds every importer checks before it does any work.

A run sheet is small: tens of slots, a few dozen people, a few KB of text. Files far larger
than any run sheet are refused up front with one line that names the limit, so that a
hostile or broken file costs bounded time and memory instead of minutes and gigabytes. The
checks here are all linear scans (``bytes.count``, one pass of a simple regex); none of
them builds the structure it is about to refuse.

The figures leave room for the largest real inputs the importers meet: a 5,000-event
calendar (about 4.5 MB), a full congress schedule (31c3: 1.5 MB of XML), an event with
10,000 audience questions (about 4 MB of JSON).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

from moderator.domain.errors import Count, QT_TRANSLATE_NOOP
from moderator.importers.errors import ImportFailed

MAX_BYTES = 10 * 1024 * 1024
"""Any import file: larger is not a run sheet (and icalendar alone needs seconds per MB)."""
MAX_TEXT_CHARS = 800_000
"""Pasted agenda text and chat transcripts: a chat of 5,000 messages is some 560,000
characters; reading takes up to 1.7 s per million."""
MAX_TEXT_LINES = 50_000
"""Lines of pasted text (each line costs the readers some microseconds)."""
MAX_LINE_CHARS = 20_000
"""One line of pasted text (a single line longer than this is not an agenda or a chat)."""
MAX_CELL_CHARS = 20_000
"""One cell of a spreadsheet, one field of a schedule or event JSON."""
MAX_CELLS_PER_ROW = 1_000
"""Cells in one spreadsheet row, empty ones included (a run sheet uses a dozen)."""
MAX_SHEET_CELLS = 60_000
"""Cells in all parts of a workbook (2,000 rows of 30 columns; a run sheet has hundreds)."""
MAX_SHARED_STRINGS = 50_000
"""Distinct texts in a workbook (openpyxl reads them all before the first row)."""
MAX_XML_TAGS = 400_000
"""Tags in all parts of an xlsx workbook: openpyxl takes some 6 µs per element, and parses
styles and sheets whole."""
MAX_CONTAINERS = 100_000
"""JSON objects and arrays, or XML elements, in one file: a congress's whole schedule has
some 40,000; each costs a parser some hundreds of bytes."""
MAX_NESTING = 64
"""How deep JSON may nest (a schedule nests 8 levels, the event JSON 4)."""
MAX_UNPACKED = 32 * 1024 * 1024
"""All parts of an xlsx workbook together, unpacked, as its zip directory declares them."""
MAX_ZIP_PARTS = 2_000
"""Files inside an xlsx workbook (a real one has 10 to 50)."""

_MB = 1024 * 1024

TOO_LARGE = QT_TRANSLATE_NOOP(
    "import", "The file is too large for a run sheet: it has over %1 MB."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "The text is too long for a run sheet: it has over %1 characters."
)
TEXT_TOO_MANY_LINES = QT_TRANSLATE_NOOP(
    "import", "The text is too long for a run sheet: it has over %1 lines."
)
LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "Line %2 is longer than %1 characters; that is not an agenda or a chat."
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "A field holds over %1 characters; that is not a run sheet."
)
ROW_TOO_WIDE = QT_TRANSLATE_NOOP(
    "import", "Row %2 has over %1 cells; that is not a run sheet."
)
TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "import", "The file holds over %1 elements; that is not a run sheet."
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "import", "The sheets hold over %1 cells; that is not a run sheet."
)
TOO_DEEP = QT_TRANSLATE_NOOP(
    "import", "The file nests over %1 levels deep; that is not a run sheet."
)
UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "import", "The xlsx file unpacks to over %1 MB; that is not a run sheet."
)


def check_bytes(data: bytes | bytearray | memoryview, limit: int = MAX_BYTES) -> None:
    """Refuse input over ``limit`` bytes."""
    if len(data) > limit:
        raise ImportFailed(TOO_LARGE, limit=limit // _MB)


def check_text(text: str, *, limit: int = MAX_TEXT_CHARS, line_limit: int = MAX_LINE_CHARS) -> None:
    """Refuse pasted text over ``limit`` characters, ``MAX_TEXT_LINES`` lines, or with a
    line over ``line_limit`` characters."""
    if len(text) > limit:
        raise ImportFailed(TEXT_TOO_LONG, limit=Count(limit))
    lines = text.splitlines()  # the same line breaks the readers split at
    if len(lines) > MAX_TEXT_LINES:
        raise ImportFailed(TEXT_TOO_MANY_LINES, limit=Count(MAX_TEXT_LINES))
    if max(map(len, lines), default=0) > line_limit:
        number = next(number for number, line in enumerate(lines, start=1) if len(line) > line_limit)
        raise ImportFailed(LINE_TOO_LONG, line=number, limit=Count(line_limit))


def check_field(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """``text``, or ImportFailed if one field of the input is longer than ``limit``."""
    if len(text) > limit:
        raise ImportFailed(CELL_TOO_LONG, limit=Count(limit))
    return text


def check_json_shape(data: bytes | str) -> None:
    """Refuse JSON with more than ``MAX_CONTAINERS`` objects and arrays before
    ``json.loads`` builds any of them.

    Brackets are counted in one pass of ``bytes.count``, those inside strings too: an
    upper bound, which is all a limit needs (telling strings apart costs a scan that
    hostile quoting can make slow). The nesting is checked on what ``json.loads`` built,
    by :func:`check_json_nesting` (its own recursion limit refuses the absurd).
    """
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise ImportFailed(TOO_LARGE, limit=MAX_BYTES // _MB)
        data = data.encode("utf-8", "surrogatepass")
    check_bytes(data)
    if data.count(b"{") + data.count(b"[") > MAX_CONTAINERS:
        raise ImportFailed(TOO_MANY_PARTS, limit=Count(MAX_CONTAINERS))


def check_json_nesting(value: object) -> None:
    """Refuse a parsed JSON value nested deeper than ``MAX_NESTING`` (walked without
    recursion; at most ``MAX_CONTAINERS`` containers, see :func:`check_json_shape`)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > MAX_NESTING:
            raise ImportFailed(TOO_DEEP, limit=MAX_NESTING)
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def check_xml_shape(data: bytes) -> None:
    """Refuse XML with more than ``MAX_CONTAINERS`` tags before it is parsed."""
    check_bytes(data)
    if data.count(b"<") > 2 * MAX_CONTAINERS:  # an element has an opening and a closing tag
        raise ImportFailed(TOO_MANY_PARTS, limit=Count(MAX_CONTAINERS))


def check_zip(data: bytes) -> None:
    """Refuse a zip container (xlsx) whose directory declares over ``MAX_UNPACKED`` bytes
    or ``MAX_ZIP_PARTS`` files, or whose sheets hold a row over ``MAX_CELLS_PER_ROW``
    cells, over ``MAX_SHEET_CELLS`` cells or ``MAX_SHARED_STRINGS`` shared strings.

    Python's zipfile stops inflating a part at the size its directory declares (and then
    fails its checksum), so a part that lies about its size cannot unpack past the cap.
    """
    check_bytes(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return  # not readable as a zip: the importer says so in its own words
    if len(infos) > MAX_ZIP_PARTS:
        raise ImportFailed(TOO_MANY_PARTS, limit=Count(MAX_ZIP_PARTS))
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise ImportFailed(UNPACKS_TOO_LARGE, limit=MAX_UNPACKED // _MB)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _scan_parts(archive, infos)
    except ImportFailed:
        raise
    except Exception:  # noqa: BLE001 - a damaged part: openpyxl will say so
        return


# A row, cell or shared-string tag in xlsx XML, with or without a namespace prefix.
_SHEET_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(row|c|si)(?=[\s/>])")


class _PartScan:
    """Counts, over one pass of an xlsx part's bytes, the cells of each row, all cells and
    the shared strings, and refuses as soon as one passes its limit.

    openpyxl builds a whole row before it drops the columns past its limit (a row of a
    million cells would cost gigabytes), and reads every shared string at once.
    """

    def __init__(self, totals: dict[bytes, int]) -> None:
        self.totals = totals
        self.rows = 0
        self.cells = 0  # in the current row

    def feed(self, buffer: bytes, end: int) -> None:
        for match in _SHEET_TAG.finditer(buffer, 0, end):
            tag = match.group(1)
            if tag == b"row":
                self.rows += 1
                self.cells = 0
            elif tag == b"c":
                # Every <c> counts towards all cells (calcChain.xml lists formula cells as
                # <c> without rows); only those in a row count towards the row's.
                self.totals[b"c"] += 1
                self.cells += 1 if self.rows else 0
                if self.cells > MAX_CELLS_PER_ROW:
                    raise ImportFailed(ROW_TOO_WIDE, row=self.rows, limit=Count(MAX_CELLS_PER_ROW))
                if self.totals[b"c"] > MAX_SHEET_CELLS:
                    raise ImportFailed(TOO_MANY_CELLS, limit=Count(MAX_SHEET_CELLS))
            else:
                self.totals[b"si"] += 1
                if self.totals[b"si"] > MAX_SHARED_STRINGS:
                    raise ImportFailed(TOO_MANY_PARTS, limit=Count(MAX_SHARED_STRINGS))


def _scan_parts(archive: zipfile.ZipFile, infos: Iterable[zipfile.ZipInfo]) -> None:
    """Stream every part once (the sheet may hide under any name the workbook points to)."""
    totals = {b"c": 0, b"si": 0, b"<": 0}
    for info in infos:
        scan = _PartScan(totals)
        tail = b""
        with archive.open(info) as part:
            for chunk in iter(lambda: part.read(1 << 16), b""):
                totals[b"<"] += chunk.count(b"<")
                if totals[b"<"] > MAX_XML_TAGS:
                    raise ImportFailed(TOO_MANY_PARTS, limit=Count(MAX_XML_TAGS))
                buffer = tail + chunk
                # Keep the bytes from the last "<" on for the next round: a tag may be cut
                # between two chunks.
                last = buffer.rfind(b"<", max(0, len(buffer) - 64))
                end = last if last >= 0 else len(buffer)
                scan.feed(buffer, end)
                tail = buffer[end:]
        scan.feed(tail, len(tail))
