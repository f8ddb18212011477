"""Rehearse now: when the plan starts today (now, or a time the moderator picks)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QWidget


class RehearsalDialog(QDialog):
    """Asks when the rehearsal's plan starts; :meth:`plan_start` is None for "now"."""

    def __init__(self, now: datetime, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rehearse now"))
        self._now = now.astimezone(zone)
        self._zone = zone
        form = QFormLayout(self)
        explanation = QLabel(
            self.tr(
                "The run sheet is laid on today; the clock, hand-offs and log of the rehearsal stay apart from the real show, which comes back as it was when the rehearsal ends."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.start = QTimeEdit(QTime(self._now.hour, self._now.minute), self)
        self.start.setDisplayFormat("HH:mm")
        form.addRow(self.tr("The plan starts at"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.rehearse = buttons.addButton(self.tr("Rehearse now"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.rehearse.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def plan_start(self) -> datetime | None:
        """The chosen start today, or None when it is this minute (the plan starts now)."""
        chosen = self.start.time()
        if (chosen.hour(), chosen.minute()) == (self._now.hour, self._now.minute):
            return None
        return datetime.combine(self._now.date(), time(chosen.hour(), chosen.minute()), tzinfo=self._zone)
