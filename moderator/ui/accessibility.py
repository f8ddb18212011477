"""Names for screen readers and other assistive tools.

Qt gives a button or a check box the accessible name of its text; a text field, a table or
a panel has none unless it is set. :func:`describe` sets the name (what it is) and the
description (what it does, and its keys) in the UI language; call it from ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Set ``widget``'s accessible name and description (and its editable combo box's field)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        describe(widget.lineEdit(), name, description)
