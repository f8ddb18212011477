"""Both versions of a slot or person that was changed elsewhere while it was being edited.

An in-place edit or the person dialog carries the slot or person as it was when the
editing began (``based_on``); if another organiser or co-host changed the same field
meanwhile, the domain refuses with :class:`~moderator.domain.run_sheet.RunSheetConflict`
and nothing is written. This dialog shows their version (as stored) beside the user's,
and lets the user keep theirs or save their own on top of it. It is not modal (the
editor and the cockpit stay usable while it is open); the choice comes back through
signals.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import QT_TRANSLATE_NOOP
from moderator.domain.model import SlotKind
from moderator.domain.queue import Unchanged
from moderator.domain.run_sheet import RunSheetConflict, RunSheetOp
from moderator.domain.run_sheet_ops import EditPerson, SetDuration, SetEnd, SetSlotFields, SetStart
from moderator.ui.editor.texts import clock_text, length_text
from moderator.ui.messages import translate_error
from moderator.ui.run_sheet_model import kind_name


#: What each field is called when an edit changes more than one (a person's details).
FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Title"),
    "kind": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Kind"),
    "notes": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Moderator notes"),
    "warning": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Warning before the end"),
    "final": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Final cue before the end"),
    "start": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Start"),
    "end": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "End"),
    "duration": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Length"),
    "name": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Name"),
    "academic_title": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Academic title"),
    "function": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Function"),
    "organisation": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Organisation"),
    "intro": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Intro"),
    "pronunciation": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Pronunciation"),
    "contact": QT_TRANSLATE_NOOP("RunSheetConflictDialog", "Contact"),
}

#: The fields of an operation that name what it edits, not what it sets.
_NOT_VALUES = frozenset({"slot_id", "person_id", "based_on"})


def edited_fields(op: RunSheetOp) -> dict[str, Any]:
    """The fields ``op`` sets and the values it sets them to (in the op's own terms)."""
    if isinstance(op, (SetSlotFields, EditPerson)):
        return {
            f.name: getattr(op, f.name)
            for f in fields(op)
            if f.name not in _NOT_VALUES and not isinstance(getattr(op, f.name), Unchanged)
        }
    if isinstance(op, SetStart):
        return {"start": op.start}
    if isinstance(op, SetEnd):
        return {"end": op.end}
    if isinstance(op, SetDuration):
        return {"duration": op.duration}
    return {}


def value_text(value: object, zone: ZoneInfo) -> str:
    """A field's value as the editor shows it: a time of day, a length, a kind, or the text."""
    if isinstance(value, datetime):
        return clock_text(value, zone)
    if isinstance(value, timedelta):
        return length_text(value)
    if isinstance(value, SlotKind):
        return kind_name(value)
    return str(value)


def version_text(values: dict[str, object], zone: ZoneInfo) -> str:
    """One version of the edited fields: the value alone, or a line per field with its name."""
    if len(values) == 1:
        return value_text(next(iter(values.values())), zone)
    return "\n".join(
        f"{QCoreApplication.translate('RunSheetConflictDialog', FIELD_NAMES.get(name, name))}: {value_text(value, zone)}"
        for name, value in values.items()
    )


class RunSheetConflictDialog(QDialog):
    """An edit met a change made elsewhere to the same field: their version, the user's, a choice.

    "Keep theirs" closes the dialog (nothing was written, the editor already shows
    theirs). "Save mine" asks for the user's edit again, based on their version, so it
    is stored on top of it (and conflicts again only if the field changed once more).
    Where the edit sets a single text (a title, notes, a person's intro), the user's
    version can be changed here before it is saved.

    Signals:
        save_requested(object): the run-sheet operation that stores the user's version.
    """

    save_requested = Signal(object)

    def __init__(self, conflict: RunSheetConflict, op: RunSheetOp, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_sheet_conflict")
        self.setWindowTitle(self.tr("Changed elsewhere"))
        self.setMinimumWidth(560)
        self.conflict = conflict
        self.op = op
        mine = edited_fields(op)
        theirs = {name: getattr(conflict.current, name) for name in mine}
        # One text field: the user may still adjust their version before saving it.
        self._text_field = next(iter(mine)) if len(mine) == 1 and isinstance(next(iter(mine.values())), str) else None

        column = QVBoxLayout(self)
        self.message = QLabel(translate_error(conflict), self)
        self.message.setObjectName("conflict_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        column.addWidget(self.message)
        intro = QLabel(
            self.tr("Someone else changed this while you were editing it. Nothing was overwritten; choose which version to keep."),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(QLabel(self.tr("Their version (saved):"), self))
        self.theirs = QPlainTextEdit(version_text(theirs, zone), self)
        self.theirs.setObjectName("conflict_theirs")
        self.theirs.setReadOnly(True)
        self.theirs.setMaximumHeight(110)
        column.addWidget(self.theirs)
        column.addWidget(QLabel(self.tr("Your version (not saved):"), self))
        self.mine = QPlainTextEdit(version_text(mine, zone), self)
        self.mine.setObjectName("conflict_mine")
        self.mine.setReadOnly(self._text_field is None)
        self.mine.setTabChangesFocus(True)
        self.mine.setMaximumHeight(110)
        column.addWidget(self.mine)
        buttons = QDialogButtonBox(self)
        self.keep_theirs: QPushButton = buttons.addButton(self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_mine: QPushButton = buttons.addButton(self.tr("Save mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_mine.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.accepted.connect(lambda: self.save_requested.emit(self.op_to_save()))

    def op_to_save(self) -> RunSheetOp:
        """The user's edit (as adjusted here), based on their version."""
        changes: dict[str, Any] = {"based_on": self.conflict.current}
        if self._text_field is not None:
            changes[self._text_field] = self.mine.toPlainText()
        return replace(self.op, **changes)  # type: ignore[type-var]
