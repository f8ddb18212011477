"""The windows of "New event from file…": working, choosing a schedule's day and room,
and the preview of what will be created.

None of them is modal: the cockpit behind keeps working (and keeps its keys) while an
organiser imports the next event. Each reports through signals; :mod:`.import_flow`
decides what happens next. Titles, names and notes came from a file, so they are shown as
plain text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import QT_TRANSLATE_NOOP, arg, fill
from moderator.importers.any_format import Imported, SourceFormat
from moderator.importers.schedule import _NOTE_ZONE_GUESSED, _NOTE_ZONE_MISMATCH, ScheduleDay, ScheduleOutline
from moderator.importers.spreadsheet import _NOTE_LAST_SLOT
from moderator.ui.queue_model import plain_tooltip
from moderator.ui.run_sheet_model import kind_name


#: How many slots the preview lists; the rest is counted.
PREVIEW_SLOTS = 5

FORMAT_NAMES: dict[SourceFormat, str] = {
    SourceFormat.AGENDA_TEXT: QT_TRANSLATE_NOOP("ImportPreviewDialog", "agenda text"),
    SourceFormat.EVENT_JSON: QT_TRANSLATE_NOOP("ImportPreviewDialog", "moderator event (JSON)"),
    SourceFormat.ICALENDAR: QT_TRANSLATE_NOOP("ImportPreviewDialog", "iCalendar"),
    SourceFormat.SCHEDULE_XML: QT_TRANSLATE_NOOP("ImportPreviewDialog", "conference schedule (frab XML)"),
    SourceFormat.SCHEDULE_JSON: QT_TRANSLATE_NOOP("ImportPreviewDialog", "conference schedule (JSON)"),
    SourceFormat.SPREADSHEET: QT_TRANSLATE_NOOP("ImportPreviewDialog", "spreadsheet"),
}


def long_date(value: date) -> str:
    """A date written out in the UI language ("Saturday, 27 December 2014")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def short_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def hours_minutes(value: datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


# Notes that an importer fills in with values (the others are constant templates and
# translate as they are): matched back to their template, so that they translate too.
_FILLED_NOTES = (_NOTE_ZONE_GUESSED, _NOTE_ZONE_MISMATCH, _NOTE_LAST_SLOT)
_FIELD = re.compile(r"%(\d+)")


def _note_pattern(template: str) -> re.Pattern[str]:
    """A pattern that matches the note ``template`` filled in; group ``vN`` holds ``%N``."""
    pattern, seen, position = "", set(), 0
    for field in _FIELD.finditer(template):
        pattern += re.escape(template[position : field.start()])
        name = f"v{field.group(1)}"
        pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
        seen.add(name)
        position = field.end()
    return re.compile(pattern + re.escape(template[position:]))


_NOTE_PATTERNS = tuple((template, _note_pattern(template)) for template in _FILLED_NOTES)


def translate_note(note: str) -> str:
    """An importer's note (context "import") in the UI language."""
    translated = QCoreApplication.translate("import", note)
    if translated != note:
        return translated
    for template, pattern in _NOTE_PATTERNS:
        match = pattern.fullmatch(note)
        if match is not None:
            values = match.groupdict()
            return arg(
                QCoreApplication.translate("import", template),
                *(values[f"v{number}"] for number in range(1, len(values) + 1)),
            )
    return note


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class BusyDialog(QDialog):
    """A small window saying what runs in the background, with an endless progress bar.

    Cancelling (the button, Esc, closing the window) only asks; the flow decides and
    closes the window with :meth:`finish`. A dialog that cannot be cancelled ignores Esc
    and the close button.

    Signals:
        cancel_requested(): the organiser wants to stop.
    """

    cancel_requested = Signal()

    def __init__(self, text: str, *, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_busy")
        self.setWindowTitle(self.tr("New event from file"))
        self.setModal(False)
        self.setMinimumWidth(420)
        self.cancellable = cancellable
        layout = QVBoxLayout(self)
        self.label = _plain_label(text, self)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # the importers report no progress: a busy indicator
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox(self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.cancellable:
            self.cancel_requested.emit()

    def finish(self) -> None:
        """Close the window (the work ended, or was cancelled)."""
        self.cancellable = True  # so that the close below is not refused
        self.done(QDialog.DialogCode.Accepted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.cancellable:
            event.ignore()
            return
        super().closeEvent(event)


class ScheduleChoiceDialog(QDialog):
    """Choose which day and room of a conference schedule become the run sheet.

    Lists the schedule's days (date and number of talks) and, for the chosen day, the
    rooms with talks on it: only choices that give a run sheet can be made.

    Signals:
        chosen(int, str): the day's index (as the schedule numbers it) and the room.
    """

    chosen = Signal(int, str)

    def __init__(self, outline: ScheduleOutline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_choice")
        self.setWindowTitle(self.tr("Choose a day and a room"))
        self.setModal(False)
        self.resize(700, 330)
        self.outline = outline
        layout = QVBoxLayout(self)
        if outline.title:
            heading = _plain_label(outline.title, self)
            heading.setObjectName("schedule_title")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
        self.intro = _plain_label(
            self.tr("This schedule has several days or rooms. A run sheet holds one room on one day: choose the day and the room."),
            self,
        )
        layout.addWidget(self.intro)
        grid = QGridLayout()
        day_heading = QLabel(self.tr("&Day"), self)
        room_heading = QLabel(self.tr("&Room"), self)
        self.days = QListWidget(self)
        self.days.setObjectName("schedule_days")
        self.rooms = QListWidget(self)
        self.rooms.setObjectName("schedule_rooms")
        day_heading.setBuddy(self.days)
        room_heading.setBuddy(self.rooms)
        grid.addWidget(day_heading, 0, 0)
        grid.addWidget(room_heading, 0, 1)
        grid.addWidget(self.days, 1, 0)
        grid.addWidget(self.rooms, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for day in outline.days:
            item = QListWidgetItem(self._day_text(day), self.days)
            item.setData(Qt.ItemDataRole.UserRole, day.index)
        self.days.currentRowChanged.connect(self._fill_rooms)
        self.rooms.currentRowChanged.connect(lambda _row: self._update_button())
        self.rooms.itemActivated.connect(lambda _item: self.accept())
        self.days.setCurrentRow(0)
        self.days.setFocus()

    def _talks(self, count: int) -> str:
        """"1 talk", "35 talks": a plural text (``%n``), its forms come from the catalogue."""
        return self.tr("%n talk(s)", "", count)

    def _day_text(self, day: ScheduleDay) -> str:
        if day.date is None:
            return fill(self.tr("Day %1 · %2"), index=day.index, talks=self._talks(day.events))
        return fill(self.tr("Day %2 · %1 · %3"),
            index=day.index, date=long_date(day.date), talks=self._talks(day.events)
        )

    def _fill_rooms(self, _row: int = -1) -> None:
        previous = self.selected_room
        day = self.selected_day
        self.rooms.clear()
        for room in self.outline.rooms_on(day):
            item = QListWidgetItem(f"{room.name} · {self._talks(self.outline.events_in(day, room.name))}", self.rooms)
            item.setData(Qt.ItemDataRole.UserRole, room.name)
        names = [self.rooms.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.rooms.count())]
        self.rooms.setCurrentRow(names.index(previous) if previous in names else 0)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.selected_day is not None and self.selected_room is not None)

    @property
    def selected_day(self) -> int | None:
        item = self.days.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @property
    def selected_room(self) -> str | None:
        item = self.rooms.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, day: int, room: str) -> None:
        """Select ``day`` (its index) and ``room``, as a click on each would."""
        for row in range(self.days.count()):
            if self.days.item(row).data(Qt.ItemDataRole.UserRole) == day:
                self.days.setCurrentRow(row)
        for row in range(self.rooms.count()):
            if self.rooms.item(row).data(Qt.ItemDataRole.UserRole) == room:
                self.rooms.setCurrentRow(row)

    def accept(self) -> None:
        day, room = self.selected_day, self.selected_room
        if day is None or room is None:
            return
        super().accept()
        self.chosen.emit(day, room)


class ImportPreviewDialog(QDialog):
    """What the import will create: the event's title and date, its slots and people.

    "Create event file…" asks the flow for a place to save; the dialog stays open until
    the file exists, so that a refused name (one that exists already) can be corrected.

    Signals:
        confirmed(): the organiser wants the event file made.
    """

    confirmed = Signal()

    def __init__(self, imported: Imported, source_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("New event from file"))
        self.setModal(False)
        self.setMinimumWidth(760)
        self.imported = imported
        draft = imported.draft
        event = draft.event
        zone = ZoneInfo(event.timezone)
        start, end = event.start.astimezone(zone), event.end.astimezone(zone)
        layout = QVBoxLayout(self)

        self.heading = _plain_label(event.title or self.tr("Untitled event"), self)
        self.heading.setObjectName("preview_title")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        if event.subtitle:
            layout.addWidget(_plain_label(event.subtitle, self))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Two conversions, not one per slot: a calendar may hold thousands, and this runs
        # on the GUI thread.
        starts = [slot.start for slot in draft.slots] or [start]
        first_day, last_day = (min(starts).astimezone(zone).date(), max(starts).astimezone(zone).date())
        self.multi_day = first_day != last_day
        if self.multi_day:
            when = fill(self.tr("%1 to %2"), first=long_date(first_day), last=long_date(last_day))
        else:
            when = long_date(first_day)
        self.date_value = _plain_label(when, self)
        form.addRow(self.tr("Date:"), self.date_value)
        if not self.multi_day:
            until = hours_minutes(end)
            if end.date() != start.date():  # the last slot ends after midnight
                until = f"{short_date(end.date())} {until}"
            form.addRow(
                self.tr("Time:"),
                _plain_label(
                    fill(self.tr("%2–%1 (%3)"), start=hours_minutes(start), end=until, zone=event.timezone),
                    self,
                ),
            )
        self.slot_count = _plain_label(str(len(draft.slots)), self)
        form.addRow(self.tr("Slots:"), self.slot_count)
        self.people_count = _plain_label(str(len(draft.people)), self)
        form.addRow(self.tr("People:"), self.people_count)
        form.addRow(
            self.tr("From:"),
            _plain_label(
                fill(self.tr("%1 — %2"),
                    file=source_name,
                    format=QCoreApplication.translate("ImportPreviewDialog", FORMAT_NAMES[imported.format]),
                ),
                self,
            ),
        )
        layout.addLayout(form)

        self.table = self._slot_table(zone)
        layout.addWidget(self.table)
        more = len(draft.slots) - PREVIEW_SLOTS
        if more > 0:
            text = self.tr("… and %n more slot(s)", "", more)
            layout.addWidget(_plain_label(text, self))

        checks = [translate_note(note) for note in draft.notes]
        checks += [
            fill(self.tr("Line %1: %2"), line=line, reason=translate_note(reason))
            for line, reason in imported.guessed_lines
        ]
        if checks:
            self.checks = _plain_label(self.tr("Please check:") + "\n" + "\n".join(f"• {check}" for check in checks), self)
            self.checks.setObjectName("preview_checks")
            layout.addWidget(self.checks)

        layout.addStretch(1)  # a taller window grows here, not between the lines
        self.error = _plain_label("", self)
        self.error.setObjectName("preview_error")
        self.error.setStyleSheet("color: #a61e1e;")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        self.create_button: QPushButton = buttons.addButton(self.tr("&Create event file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.adjustSize()

    def _slot_table(self, zone: ZoneInfo) -> QTableWidget:
        draft = self.imported.draft
        names = {person.key: person.display_name for person in draft.people}
        shown = draft.slots[:PREVIEW_SLOTS]
        table = QTableWidget(len(shown), 5, self)
        table.setObjectName("preview_slots")
        table.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("Length"), self.tr("Slot"), self.tr("Kind"), self.tr("People")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        for row, slot in enumerate(shown):
            local = slot.start.astimezone(zone)
            start = hours_minutes(local)
            if self.multi_day:
                start = f"{short_date(local.date())} {start}"
            people = draft.slot_people[row] if row < len(draft.slot_people) else ()
            values = (
                start,
                f"{int(slot.duration.total_seconds() // 60)}′",
                slot.title,
                kind_name(slot.kind),
                ", ".join(names.get(key, key) for key, _role in people),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 4):
                    item.setToolTip(plain_tooltip(value))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 200)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        # As high as its rows: the preview lists a few slots, it does not scroll.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setFixedHeight(header.sizeHint().height() + rows.defaultSectionSize() * max(len(shown), 1) + 2 * table.frameWidth())
        return table

    def _confirm(self) -> None:
        self.error.hide()
        self.confirmed.emit()

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the file is being made
            super().reject()

    def show_error(self, text: str) -> None:
        """Say in one line why the file was not made; the dialog stays open."""
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        """While the file is made, nothing here can be pressed."""
        self.buttons.setEnabled(not busy)
