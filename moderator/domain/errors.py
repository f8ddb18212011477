"""Errors meant for a person.

A :class:`UserError` carries one line that a moderator or organiser understands. Its
``template`` is English text marked for translation; the Qt layer translates it with
``QCoreApplication.translate(error.context, error.template)`` and fills in the fields, the
command line prints the English text.
"""

from __future__ import annotations

from typing import Any


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
        return self.template.format(**self.fields)
