"""Messages meant for a person, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moderator.domain.errors import Count, UserError, fill


def translate_error(error: UserError) -> str:
    """The error's one line in the UI language (English if no translation fits)."""
    template = QApplication.translate(error.context, error.template)
    # Counts grouped as the UI's language writes them (20.008 in German, 20,008 in English).
    fields = {name: QLocale().toString(int(value)) if isinstance(value, Count) else value for name, value in error.fields.items()}
    try:
        return fill(template, **fields)
    except (KeyError, IndexError, ValueError):
        return error.message
