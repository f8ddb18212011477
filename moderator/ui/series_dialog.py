"""File → New event from this one…: the next event of a series, from this event or a template.

Pick what to start from (this event, or a template from the organiser's templates folder,
:func:`moderator.paths.templates_dir`), the new date, start and title, and whether the
people come along; *Create…* asks where to save the new event file and opens it.
*Keep as template* stores this event's run sheet (no live state, no questions) in the
templates folder, where the next series event can be started from.

The run sheet is made by :func:`moderator.domain.series.next_in_series`; this window only
collects the choices. It is opened with ``show()`` and asks for the file with ``open()``:
nothing here blocks.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import UserError, fill
from moderator.domain.model import EventDraft, EventSnapshot
from moderator.domain.series import next_in_series
from moderator.paths import templates_dir
from moderator.persistence import EXTENSION, EventStore
from moderator.persistence.errors import CannotWriteEventFile
from moderator.ui.messages import translate_error


def templates() -> list[Path]:
    """The event files in the templates folder, by name."""
    folder = templates_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{EXTENSION}"), key=lambda path: path.stem.casefold())


def _file_name(title: str) -> str:
    return "".join(c for c in title if c.isalnum() or c in " -_").strip() or "event"


class NewFromThisDialog(QDialog):
    """The choices for the next event of a series (see the module).

    Signals:
        created(str): a new event file was made at this path (the cockpit opens it).
    """

    created = Signal(str)

    def __init__(self, snapshot: EventSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = snapshot
        self.setWindowTitle(self.tr("New event from this one"))
        self.setMinimumWidth(480)
        zone = ZoneInfo(snapshot.event.timezone)
        start = snapshot.event.start.astimezone(zone)
        self.source = QComboBox()
        self.source.addItem(self.tr("This event"), None)
        for path in templates():
            self.source.addItem(fill(self.tr("Template: %1"), name=path.stem), str(path))
        week_later = start.date() + timedelta(days=7)
        self.day = QDateEdit(QDate(week_later.year, week_later.month, week_later.day))
        self.day.setCalendarPopup(True)
        # The same in both languages and never ambiguous (the system's short format may be "8 12 2021").
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.title = QLineEdit(snapshot.event.title)
        self.with_people = QCheckBox(self.tr("Take the people along, with their intros"))
        self.with_people.setChecked(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Start from"), self.source)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Title"), self.title)
        form.addRow("", self.with_people)
        note = QLabel(
            fill(self.tr("Same slots, kinds, lengths and notes; no live state, log, questions or readiness. Templates: %1"),
                folder=str(templates_dir())
            )
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create…"))
        self.create_button.setDefault(True)
        self.template_button = QPushButton(self.tr("Keep as template"))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.create_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.keep_as_template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _source_snapshot(self) -> EventSnapshot:
        path = self.source.currentData()
        if not path:
            return self.snapshot
        store = EventStore.open(Path(path))
        try:
            return store.snapshot()
        finally:
            store.close()

    def draft(self) -> EventDraft:
        """The new event as chosen."""
        day = self.day.date().toPython()
        start = self.start.time().toPython()
        assert isinstance(day, date) and isinstance(start, time)
        return next_in_series(
            self._source_snapshot(), day, title=self.title.text().strip() or None,
            start=start.replace(second=0, microsecond=0), keep_people=self.with_people.isChecked(),
        )

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the new event as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(fill(self.tr("Event files (*%1)"), ext=EXTENSION))
        dialog.setDefaultSuffix(EXTENSION.lstrip("."))
        # EventStore.create never replaces a file: no "replace it?" question that lies.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.selectFile(f"{_file_name(self.title.text())} {self.day.date().toString('yyyy-MM-dd')}{EXTENSION}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.create_at(Path(name)))
        dialog.open()

    def create_at(self, path: Path) -> bool:
        """Create the new event file at ``path``; say why not in the window if it cannot be."""
        try:
            EventStore.create(path, self.draft()).close()
        except UserError as error:
            self.status.setText(translate_error(error))
            return False
        self.created.emit(str(path))
        self.close()
        return True

    def keep_as_template(self) -> Path | None:
        """Store this event's run sheet in the templates folder (a name not taken yet)."""
        folder = templates_dir()
        event = self.snapshot.event
        day = event.start.astimezone(ZoneInfo(event.timezone)).date()
        name = _file_name(event.series or event.title)
        target = folder / f"{name}{EXTENSION}"
        number = 2
        while target.exists():
            target = folder / f"{name} {number}{EXTENSION}"
            number += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            EventStore.create(target, next_in_series(self.snapshot, day)).close()
        except OSError as error:
            self.status.setText(translate_error(CannotWriteEventFile(str(target), error.strerror or str(error))))
            return None
        except UserError as error:
            self.status.setText(translate_error(error))
            return None
        self.status.setText(fill(self.tr("Kept as template: %1"), path=str(target)))
        self.source.addItem(fill(self.tr("Template: %1"), name=target.stem), str(target))
        return target
