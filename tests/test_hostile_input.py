"""Hostile and broken input gets a clear answer in bounded time and memory.

Every importer is fed its worst cases (tests/hostile.py builds them in code) at 1x, 10x
and 100x their size; the time may grow in proportion, never with the square. Past the
limits, the input is refused with one line that names the limit. Nothing here asserts an
absolute time: the machine's speed cancels out of the ratios.
"""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile

import pytest
from hostile import IMPORTERS, WORST_CASES, csv_sheet, xlsx

from moderator.importers.errors import ImportFailed
from moderator.importers.limits import (
    MAX_BYTES,
    MAX_CELL_CHARS,
    MAX_CELLS_PER_ROW,
    MAX_LINE_CHARS,
    MAX_NESTING,
    MAX_TEXT_CHARS,
    MAX_UNPACKED,
)

# A run of 100x the work may take this many times as long as 1x (linear: 100; the square
# of it would be 10,000). The floor keeps timer noise on tiny inputs out of the ratio.
ALLOWED_RATIO = 400
FLOOR_SECONDS = 0.001
BASE = 10


def _run(importer: str, data: bytes) -> float:
    """Seconds one import of ``data`` takes (best of three); any error but ImportFailed fails."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        try:
            IMPORTERS[importer](data)
        except ImportFailed as error:
            assert "\n" not in error.message
        best = min(best, time.perf_counter() - started)
    return best


CASES = [(importer, name) for importer, cases in WORST_CASES.items() for name in cases]


@pytest.mark.parametrize(("importer", "case"), CASES, ids=[f"{i}-{c}" for i, c in CASES])
def test_worst_case_grows_linearly(importer: str, case: str) -> None:
    """Given a worst case at 10x and 100x its size, the import takes about 10x and 100x."""
    build = WORST_CASES[importer][case]
    _run(importer, build(BASE))  # warm up imports and caches
    # Grow the base case until it takes measurable time, so that the ratios are not noise.
    base = BASE
    for _ in range(12):  # a builder whose size stops growing ("huge numbers") stops too
        if _run(importer, build(base)) >= FLOOR_SECONDS or len(build(base)) >= 20_000:
            break
        base *= 2
    small = max(_run(importer, build(base)), FLOOR_SECONDS)
    ten = _run(importer, build(10 * base))
    hundred = _run(importer, build(100 * base))
    assert ten <= ALLOWED_RATIO / 10 * small, (small, ten)
    assert hundred <= ALLOWED_RATIO * small, (small, ten, hundred)


@pytest.mark.parametrize(("importer", "case"), CASES, ids=[f"{i}-{c}" for i, c in CASES])
def test_worst_case_far_past_the_limits_is_bounded(importer: str, case: str) -> None:
    """At 10,000x the worst case is refused (or read) without running away in memory."""
    data = WORST_CASES[importer][case](10_000 * BASE)
    tracemalloc.start()
    try:
        IMPORTERS[importer](data)
    except ImportFailed as error:
        assert "\n" not in error.message
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024 + 20 * len(data)


def failure(importer: str, data: bytes) -> str:
    with pytest.raises(ImportFailed) as caught:
        IMPORTERS[importer](data)
    assert "\n" not in caught.value.message
    return caught.value.message


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
def test_a_file_over_the_size_limit_is_refused_naming_the_limit(importer: str) -> None:
    data = b"BEGIN:VCALENDAR\n" + b"x" * MAX_BYTES if importer == "ics" else b"{" + b" " * MAX_BYTES
    if importer in ("agenda_text", "chat_transcript"):
        data = b"14:00 A\n" * (MAX_TEXT_CHARS // 8 + 1)
    message = failure(importer, data)
    assert "10 MB" in message or f"{MAX_TEXT_CHARS:,}" in message


def test_a_pasted_line_over_the_limit_names_line_and_limit() -> None:
    message = failure("agenda_text", b"9. Juni 2021\n14:00 " + b"a" * MAX_LINE_CHARS)
    assert message.startswith("Line 2 ") and f"{MAX_LINE_CHARS:,}" in message


def test_a_csv_cell_over_the_limit_is_refused() -> None:
    message = failure("spreadsheet", csv_sheet("09.06.2021;14:00;" + "A" * (MAX_CELL_CHARS + 1) + ";B"))
    assert f"{MAX_CELL_CHARS:,}" in message


def test_a_csv_row_too_wide_is_refused_naming_the_row() -> None:
    message = failure("spreadsheet", csv_sheet("09.06.2021;14:00;A;B" + ";" * MAX_CELLS_PER_ROW))
    assert message.startswith("Row 2 ") and f"{MAX_CELLS_PER_ROW:,}" in message


def test_a_header_of_thousands_of_open_brackets_is_read_in_one_pass() -> None:
    """The issue's case: 20 KB of "(" in a header cell took 34 s (5 KB: 2.5 s)."""

    def header(brackets: int) -> bytes:
        return ("Beginn;Titel;" + "(" * brackets + "\n14:00;A;x\n").encode()

    small = max(_run("spreadsheet", header(190)), FLOOR_SECONDS)
    assert _run("spreadsheet", header(19_000)) <= ALLOWED_RATIO * small


def test_deep_json_is_refused_naming_the_nesting_limit() -> None:
    message = failure("schedule", b'{"schedule":' + b"[" * 100 + b"]" * 100 + b"}")
    assert f"{MAX_NESTING} levels" in message


def _zip_bomb(declared_size: int | None = None) -> bytes:
    """An xlsx whose sheet inflates from some 100 KB to 40 MB of one row's cells; with
    ``declared_size`` its zip directory (and local header) lie about the unpacked size."""
    data = xlsx(b'<row r="1">' + b"<c><v>1</v></c>" * (40 * 1024 * 1024 // 15) + b"</row>")
    if declared_size is None:
        return data
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo("xl/worksheets/sheet1.xml").header_offset
    struct.pack_into("<I", out, local + 22, declared_size)  # local header: uncompressed size
    position = out.find(b"PK\x01\x02")
    while position >= 0:  # central directory entries
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        if out[position + 46 : position + 46 + name_length] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", out, position + 24, declared_size)
        position = out.find(b"PK\x01\x02", position + 4)
    return bytes(out)


def test_an_xlsx_zip_bomb_is_refused_from_its_directory() -> None:
    bomb = _zip_bomb()
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        message = failure("spreadsheet", bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"{MAX_UNPACKED // 1024 // 1024} MB" in message
    assert peak < 50 * 1024 * 1024


def test_an_xlsx_that_lies_about_its_size_stops_at_the_declared_size() -> None:
    """A directory that declares 1 MB for a 40 MB part: inflating stops at 1 MB (and the
    part is then damaged), so memory stays bounded by what the directory declares."""
    bomb = _zip_bomb(declared_size=1024 * 1024)
    tracemalloc.start()
    try:
        failure("spreadsheet", bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
