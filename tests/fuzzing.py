"""Mutation of realistic inputs, shared by the fuzz tests and the mutation campaign.

:func:`mutate` applies a few random edits to an input: bytes flipped, dropped or
repeated, slices duplicated up to thousands of times (what makes a parser slow),
tokens inserted that each format's readers react to (brackets, separators, times,
iCalendar lines, XML and JSON syntax, bidi overrides, broken UTF-8, huge numbers), and
splices of another seed. An xlsx workbook is unpacked, one of its parts mutated and the
workbook packed again, so that mutations reach the XML and not only the zip's checksums.
"""

from __future__ import annotations

import io
import random
import zipfile

TOKENS: tuple[bytes, ...] = (
    b"(", b")", b"[", b"]", b";", b",", b"\t", b"\n", b"\r\n", b"\r", b":", b" ", b"  ",
    b"14:00", b"9:05 pm", b"14:00-15:30", b"9. Juni 2021", b"2021-06-09", b"13/14/2021",
    b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xe2\x81\xa8", b"\xed\xa0\x80", b"\xff\xfe", b"\x00",
    b"\xef\xbb\xbf", b"\xc3", b"<", b">", b"</", b"/>", b"<b>", b"&amp;", b"&#x202e;", b"&#0;",
    b"<!ENTITY e 'x'>", b"<![CDATA[", b"]]>", b"{", b"}", b'"', b"\\", b"\\u", b"\\ud800",
    b"1e999", b"-1", b"0", b"NaN", b"Infinity", b"-Infinity", b"99999999999999999999999",
    b"1e20", b"null", b"true", b"[]", b"{}", b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n",
    b"BEGIN:VTIMEZONE\r\n", b"DTSTART:", b"DTSTART;TZID=Europe/Berlin:20210609T140000\r\n",
    b"DURATION:P9999W\r\n", b"RRULE:FREQ=SECONDLY;COUNT=100000\r\n", b"TZID=", b"X-WR-TIMEZONE:",
    b"&", b" und ", b" and ", b"Dr. ", b"Moderation:", b"?", b"From ", b" to Everyone:",
    b"Europe", b"Europe/", b"GMT", b"CEST", b"x" * 300, b"Ende", b"Pause", b"Podium",
    b"Beginn;Titel;Personen\n", b"<row>", b"<c>", b'<c t="s"><v>0</v></c>', b"<si><t>",
)  # fmt: skip

COUNTS = (1, 1, 1, 2, 3, 10, 100, 1_000, 10_000)


def mutate(data: bytes, rng: random.Random, others: list[bytes], max_size: int = 1 << 20) -> bytes:
    """``data`` with one to a few random edits, at most ``max_size`` bytes long."""
    if data.startswith(b"PK\x03\x04") and rng.random() < 0.7:
        mutated = _mutate_zip(data, rng, others, max_size)
        if mutated is not None:
            return mutated
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 5, 8))):
        _edit(out, rng, others, max_size)
    return bytes(out[:max_size])


def _edit(out: bytearray, rng: random.Random, others: list[bytes], max_size: int) -> None:
    size = len(out)
    position = rng.randrange(size + 1)
    operation = rng.randrange(10)
    if operation == 0 and size:  # flip a bit
        out[min(position, size - 1)] ^= 1 << rng.randrange(8)
    elif operation == 1 and size:  # drop a slice
        del out[position : position + rng.choice((1, 2, 8, 64, 1024))]
    elif operation in (2, 3):  # insert a token, maybe many times
        token = rng.choice(TOKENS)
        count = min(rng.choice(COUNTS), max(1, (max_size - size) // max(1, len(token))))
        out[position:position] = token * count
    elif operation == 4 and size:  # overwrite with a token
        token = rng.choice(TOKENS)
        out[position : position + len(token)] = token
    elif operation == 5 and size:  # repeat a slice (a line, a row, an element)
        start = rng.randrange(size)
        piece = bytes(out[start : start + rng.choice((1, 4, 16, 80, 400))])
        count = min(rng.choice(COUNTS), max(1, (max_size - size) // max(1, len(piece))))
        out[position:position] = piece * count
    elif operation == 6 and others:  # splice another seed in
        other = rng.choice(others)
        start = rng.randrange(len(other) + 1)
        out[position:position] = other[start : start + rng.choice((16, 256, 4096))]
    elif operation == 7 and size:  # cut the end off
        del out[position:]
    elif operation == 8 and size:  # swap two slices
        other_position = rng.randrange(size)
        length = rng.choice((1, 8, 64))
        first, second = bytes(out[position : position + length]), bytes(out[other_position : other_position + length])
        out[position : position + len(first)] = second
        out[other_position : other_position + len(second)] = first
    elif size:  # replace a byte with a random one
        out[min(position, size - 1)] = rng.randrange(256)


def _mutate_zip(data: bytes, rng: random.Random, others: list[bytes], max_size: int) -> bytes | None:
    """The workbook with one part mutated (the sheet more often than the rest)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    except Exception:  # noqa: BLE001 - a damaged seed: mutate its bytes instead
        return None
    sheets = [index for index, (name, _) in enumerate(parts) if "sheet" in name.lower()]
    index = rng.choice(sheets) if sheets and rng.random() < 0.7 else rng.randrange(len(parts))
    name, content = parts[index]
    parts[index] = (name, mutate(content, rng, others, max_size * 8))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part_name, part in parts:
            archive.writestr(part_name, part)
    return out.getvalue()[: max_size * 8]
