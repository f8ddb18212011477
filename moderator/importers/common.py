"""What the importers share: reading text, naming a time zone, merging a person seen twice.

Pure functions, like the importers; each refuses bad input with :class:`ImportFailed`.
"""

from __future__ import annotations

import codecs
from dataclasses import replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import Person
from moderator.importers.errors import ImportFailed

__all__ = ["BAD_ZONE", "decode_text", "merge_person", "short", "single_spaced", "zone_named"]

BAD_ZONE = QT_TRANSLATE_NOOP(
    "import", "Unknown time zone “%1”: expected a name like Europe/Berlin."
)
#: IANA zone names are far shorter; a longer "name" is not looked up at all.
_LONGEST_ZONE_NAME = 64


def single_spaced(text: str) -> str:
    """Text on one line with single spaces (titles, names, rooms)."""
    return " ".join(text.split())


def short(text: str, limit: int = 60) -> str:
    """Text from the input, on one line and cut to ``limit`` characters for a message."""
    text = single_spaced("".join(ch if ch.isprintable() else " " for ch in text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone called ``name``, or ImportFailed for a name that is not one."""
    try:
        if len(name) > _LONGEST_ZONE_NAME:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ImportFailed(BAD_ZONE, zone=short(name)) from None


def merge_person(known: Person, again: Person) -> Person:
    """A person seen twice: keep what was known, fill in what was missing."""
    if (
        (known.function or not again.function)
        and (known.organisation or not again.organisation)
        and (known.contact or not again.contact)
    ):
        return known  # nothing to add (the common case: skip building a new value)
    return replace(
        known,
        function=known.function or again.function,
        organisation=known.organisation or again.organisation,
        contact=known.contact or again.contact,
    )


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text: a BOM decides (UTF-8, UTF-16); else UTF-8, else
    Windows-1252 (what Windows programs and German Excel write)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
