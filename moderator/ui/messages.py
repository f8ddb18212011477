"""Messages meant for a person, in the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from moderator.domain.errors import UserError, fill


def translate_error(error: UserError) -> str:
    """The error's one line in the UI language (English if no translation fits)."""
    template = QApplication.translate(error.context, error.template)
    try:
        return fill(template, **error.fields)
    except (KeyError, IndexError, ValueError):
        return error.message
