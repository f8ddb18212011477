"""Names for screen readers and other assistive tools.

Qt gives a button or a check box the accessible name of its text; a text field, a table or
a panel has none unless it is set. :func:`describe` sets the name (what it is) and the
description (what it does, and its keys) in the UI language; call it from ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Set ``widget``'s accessible name and description, and those of the text field inside
    it (an editable combo box's, a key sequence editor's), which takes the focus itself."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    for field in widget.findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly):
        describe(field, name, description)
