"""Errors meant for a person, and how values go into a translated text.

A :class:`UserError` carries one line that a moderator or organiser understands. Its
``template`` is English text marked for translation; the Qt layer translates it with
``QCoreApplication.translate(error.context, error.template)`` and fills in the fields, the
command line prints the English text.

Texts take their values the way Qt Linguist expects: numbered ``%1``, ``%2`` (a translation
may reorder them; Linguist checks that it keeps each one). :func:`fill` puts named values
in, numbered in the alphabetical order of their names, so a call site reads
``fill(self.tr("%1 could not be written: %2"), path=path, reason=reason)``.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

_NUMBERED = re.compile(r"%(\d+)")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%n`` replaced by ``values``, in one pass (a value that
    itself contains ``%2`` stays as it is, unlike chained ``QString.arg`` calls)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _NUMBERED.sub(value, template)


def fill(template: str, **fields: object) -> str:
    """``template`` with ``%1`` … ``%n`` replaced by ``fields`` in the alphabetical order of
    their names (``fill("%2 of %1", total=9, done=3)`` -> ``"3 of 9"``).

    A text that numbers values must number exactly as many as it gets: an extra field
    would shift every number after it. A mismatch is a bug; it warns (which fails the
    tests) and fills in what it can, so a person still reads a message. A text without
    numbers takes none (a label that does not repeat its subject).
    """
    numbers = {int(number) for number in _NUMBERED.findall(template)}
    if not numbers:
        return template  # a text that names none of the values (a label beside its subject)
    if numbers != set(range(1, len(fields) + 1)):
        warnings.warn(f"{template!r} does not take the fields {sorted(fields)}", TextFieldsWarning, stacklevel=2)
    return arg(template, *(fields[name] for name in sorted(fields)))


class Count(int):
    """A count in a message, its thousands grouped: ``20,008`` in English; the UI writes it
    the way its language does (``20.008`` in German), see ``moderator.ui.messages``."""

    def __str__(self) -> str:
        return f"{int(self):,}"


class TextFieldsWarning(UserWarning):
    """A text was filled with other fields than it numbers (see :func:`fill`)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for translation without importing Qt (``pyside6-lupdate`` finds it)."""
    return text


class UserError(Exception):
    """A known problem with the user's input; the message is meant for a person."""

    context = "errors"

    def __init__(self, template: str, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The one-line English message."""
        return fill(self.template, **self.fields)
