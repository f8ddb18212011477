"""New event from file…: an organiser turns a run sheet in any format into an event file.

The steps, each reported by a signal so that nothing blocks the GUI thread:

1. choose the file (a :class:`FileChooser`; the app's opens a ``QFileDialog`` with
   ``open()``, tests pass one that answers at once);
2. import it off the GUI thread (:class:`~moderator.ui.background.BackgroundTask` running
   :func:`~moderator.importers.any_format.import_any`) while a busy window offers Cancel,
   which drops the result;
3. a conference schedule with several days or rooms raises
   :class:`~moderator.importers.schedule.NeedsChoice`: the picker lists its outline, and
   the chosen day and room are imported, again off the GUI thread;
4. the preview shows what will be created; "Create event file…" asks where to save it,
   suggesting the event's title as the name and never replacing a file;
5. :meth:`EventStore.create <moderator.persistence.EventStore.create>` off the GUI thread,
   then ``created(path)``: the app opens the new event in the cockpit.

An importer's error (a :class:`~moderator.domain.errors.UserError`) ends the flow with one
line (``failed``) and creates nothing. Anything else is a bug and goes to
``sys.excepthook``, the app's one error path.
"""

from __future__ import annotations

import os
import re
import sys
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError, fill
from moderator.domain.model import EventDraft
from moderator.importers.any_format import Imported, import_any
from moderator.importers.schedule import NeedsChoice
from moderator.persistence import EXTENSION, EventStore
from moderator.persistence.errors import EventFileExists
from moderator.ui.background import BackgroundTask, freeze_heap, thaw_heap
from moderator.ui.import_dialogs import BusyDialog, ImportPreviewDialog, ScheduleChoiceDialog
from moderator.ui.messages import translate_error


#: The busy window appears only for an import that takes longer than this: a quick one
#: would only flash it.
BUSY_DELAY_MS = 300

#: Larger files are refused unread: no run sheet is this big, and a video chosen by
#: mistake should not be read into memory (the importers have tighter limits of their own).
MAX_SOURCE_BYTES = 64 * 1024 * 1024

SOURCE_FILTERS = (
    QT_TRANSLATE_NOOP("ImportFlow", "Run sheets (*.ics *.xml *.json *.csv *.xlsx *.txt)"),
    QT_TRANSLATE_NOOP("ImportFlow", "Calendars (*.ics)"),
    QT_TRANSLATE_NOOP("ImportFlow", "Conference schedules (*.xml *.json)"),
    QT_TRANSLATE_NOOP("ImportFlow", "Spreadsheets (*.csv *.xlsx)"),
    QT_TRANSLATE_NOOP("ImportFlow", "Agenda text (*.txt)"),
    QT_TRANSLATE_NOOP("ImportFlow", "All files (*)"),
)


class SourceFileError(UserError):
    """The chosen file cannot be read at all (before any importer sees it)."""

    context = "ImportFlow"


_UNREADABLE = QT_TRANSLATE_NOOP("ImportFlow", "%1 cannot be read: %2")
_TOO_LARGE = QT_TRANSLATE_NOOP("ImportFlow", "%1 is too large for a run sheet (%2 MB).")


# --- Work done off the GUI thread -----------------------------------------------------------


def read_and_import(path: Path, day: int | None = None, room: str | None = None) -> Imported:
    """Read ``path`` and import it, for the chosen schedule ``day`` and ``room`` if any."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceFileError(_TOO_LARGE, file=path.name, size=size // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise SourceFileError(_UNREADABLE, file=path.name, reason=error.strerror or str(error)) from None
    return import_any(data, day=None if day is None else str(day), room=room)


def create_event_file(path: Path, draft: EventDraft) -> Path:
    """Create the event file; it is closed again, the cockpit opens it on the GUI thread
    (SQLite connections belong to the thread that made them)."""
    EventStore.create(path, draft).close()
    return path


# --- Names --------------------------------------------------------------------------------

# Characters that some file system refuses in a name, and control characters.
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_LONGEST_NAME = 100


def suggested_name(draft: EventDraft, fallback: str) -> str:
    """A file name (without extension) from the event's title and subtitle."""
    event = draft.event
    name = event.title.strip()
    if event.subtitle.strip():
        name = f"{name} – {event.subtitle.strip()}" if name else event.subtitle.strip()
    name = " ".join(_NOT_IN_NAMES.sub(" ", name).split())
    name = name[:_LONGEST_NAME].strip(" .")
    return name or fallback


def free_path(folder: Path, name: str) -> Path:
    """``folder/name.moderator``, or ``name (2).moderator`` and so on if that exists."""
    candidate = folder / f"{name}{EXTENSION}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{name} ({number}){EXTENSION}"
        number += 1
    return candidate


def target_folder(source: Path) -> Path:
    """Where to suggest saving: beside the source if we may write there, else Documents."""
    folder = source.parent
    if os.access(folder, os.W_OK):
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


# --- Choosing files -------------------------------------------------------------------------


class FileChooser(Protocol):
    """Asks for the file to import and for the new event file's path.

    Each method returns at once and calls ``chosen`` later with the path, or with None
    when the organiser cancels.
    """

    def choose_source(self, parent: QWidget | None, chosen: Callable[[Path | None], None]) -> None: ...

    def choose_target(
        self, parent: QWidget | None, suggested: Path, chosen: Callable[[Path | None], None]
    ) -> None: ...


class DialogFileChooser:
    """The app's chooser: Qt's file dialogs, opened with ``open()`` (they never block)."""

    def choose_source(self, parent: QWidget | None, chosen: Callable[[Path | None], None]) -> None:
        dialog = QFileDialog(parent, QCoreApplication.translate("ImportFlow", "New event from file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([QCoreApplication.translate("ImportFlow", text) for text in SOURCE_FILTERS])
        self._open(dialog, chosen)

    def choose_target(
        self, parent: QWidget | None, suggested: Path, chosen: Callable[[Path | None], None]
    ) -> None:
        dialog = QFileDialog(parent, QCoreApplication.translate("ImportFlow", "Save the new event as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(fill(QCoreApplication.translate("ImportFlow", "Event files (*%1)"), ext=EXTENSION))
        dialog.setDefaultSuffix(EXTENSION.lstrip("."))
        # An existing name is refused with a message (EventStore.create never replaces a
        # file); asking "replace it?" first would promise what does not happen.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setDirectory(str(suggested.parent))
        dialog.selectFile(suggested.name)
        self._open(dialog, chosen)

    @staticmethod
    def _open(dialog: QFileDialog, chosen: Callable[[Path | None], None]) -> None:
        def finished(result: int) -> None:
            files = dialog.selectedFiles()
            accepted = result == QDialog.DialogCode.Accepted.value and files
            chosen(Path(files[0]) if accepted else None)

        dialog.finished.connect(finished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


# --- The flow -----------------------------------------------------------------------------


class ImportFlow(QObject):
    """One run of "New event from file…", from choosing the file to the new event file.

    The windows it opens (``busy``, ``picker``, ``preview``) are attributes while they are
    open, so that a test can press their buttons. Start it with :meth:`start`, or with
    :meth:`import_file` when the file is known.

    Signals:
        created(object): the new event file (a Path) exists, closed; open it.
        failed(str): the import failed with this one line; nothing was created.
        cancelled(): the organiser stopped; nothing was created.
        ended(): the flow is over, whichever way (after the three above).
        busy_shown(object): the busy window (a BusyDialog) appeared.
        picker_shown(object): the day and room picker (a ScheduleChoiceDialog) opened.
        preview_shown(object): the preview (an ImportPreviewDialog) opened.
    """

    created = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()
    busy_shown = Signal(object)
    picker_shown = Signal(object)
    preview_shown = Signal(object)

    def __init__(
        self,
        window: QWidget | None,
        chooser: FileChooser | None = None,
        *,
        busy_delay_ms: int = BUSY_DELAY_MS,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._chooser = chooser or DialogFileChooser()
        self._busy_delay_ms = busy_delay_ms
        self._pool = pool
        self.source: Path | None = None
        self.imported: Imported | None = None
        self.task: BackgroundTask | None = None
        self.busy: BusyDialog | None = None
        self.picker: ScheduleChoiceDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self._creating = False
        self._thaw: weakref.finalize | None = None
        self.over = False

    # -- steps

    def start(self) -> None:
        """Ask for the file to import."""
        self._chooser.choose_source(self._window, self.import_file)

    def import_file(self, path: Path | None) -> None:
        """Import ``path`` (None: the organiser cancelled the file dialog)."""
        if self.over:
            return
        if path is None:
            self.cancel()
            return
        self.source = Path(path)
        self._import(None, None)

    def choose(self, day: int, room: str) -> None:
        """Import the schedule's ``day`` (its index) and ``room``."""
        self._close_picker()
        self._import(day, room)

    def save_to(self, path: Path | None) -> None:
        """Create the event file at ``path`` (None: back to the preview)."""
        preview, imported = self.preview, self.imported
        if self.over or path is None or preview is None or imported is None or self._creating:
            return
        path = Path(path)
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        if path.exists():
            preview.show_error(translate_error(EventFileExists(str(path))))
            return
        self._creating = True
        preview.set_busy(True)
        self._run(
            partial(create_event_file, path, imported.draft),
            fill(self.tr("Creating %1…"), file=path.name),
            cancellable=False,
            succeeded=self._created,
            failed=self._create_failed,
        )

    def cancel(self) -> None:
        """Stop here: a running import is dropped, nothing is created.

        Creating the file is not interrupted (it takes a moment, and half a file is worse
        than a whole one); a cancel then does nothing.
        """
        if self.over or self._creating:
            return
        if self.task is not None:
            self.task.cancel()
        self._finish(self.cancelled.emit)

    def raise_(self) -> None:
        """Bring the flow's open window to the front (the action was triggered again)."""
        for dialog in (self.preview, self.picker, self.busy):
            if dialog is not None and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return

    # -- importing

    def _import(self, day: int | None, room: str | None) -> None:
        assert self.source is not None
        self._run(
            partial(read_and_import, self.source, day, room),
            fill(self.tr("Reading %1…"), file=self.source.name),
            cancellable=True,
            succeeded=self._imported,
            failed=self._import_failed,
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, Imported) and self.source is not None
        self._close_busy()
        self.imported = result
        preview = ImportPreviewDialog(result, self.source.name, self._window)
        preview.confirmed.connect(self._ask_target)
        preview.rejected.connect(self.cancel)
        self.preview = preview
        self._present(preview)
        self.preview_shown.emit(preview)

    def _import_failed(self, error: object) -> None:
        self._close_busy()
        if isinstance(error, NeedsChoice):
            picker = ScheduleChoiceDialog(error.outline, self._window)
            picker.chosen.connect(self.choose)
            picker.rejected.connect(self.cancel)
            self.picker = picker
            self._present(picker)
            self.picker_shown.emit(picker)
        elif isinstance(error, UserError):
            message = translate_error(error)
            self._finish(lambda: self.failed.emit(message))
        else:
            self._finish(lambda: None)
            _report_bug(error)

    # -- creating

    def _ask_target(self) -> None:
        preview, imported, source = self.preview, self.imported, self.source
        if preview is None or imported is None or source is None or self._creating:
            return
        suggested = free_path(target_folder(source), suggested_name(imported.draft, source.stem))
        self._chooser.choose_target(preview, suggested, self.save_to)

    def _created(self, path: object) -> None:
        self._creating = False
        self._close_busy()
        self._finish(lambda: self.created.emit(path))

    def _create_failed(self, error: object) -> None:
        self._creating = False
        self._close_busy()
        if self.preview is not None:
            self.preview.set_busy(False)
        if isinstance(error, UserError):
            if self.preview is not None:
                self.preview.show_error(translate_error(error))
        else:
            _report_bug(error)

    # -- plumbing

    def _run(
        self,
        work: Callable[[], object],
        text: str,
        *,
        cancellable: bool,
        succeeded: Callable[[object], None],
        failed: Callable[[object], None],
    ) -> None:
        # The importers build large object trees: keep the garbage collector's full
        # collections from holding up the GUI thread meanwhile (see BackgroundTask).
        if self._thaw is None:
            # The app's objects stay out of garbage collections until the flow ends: a
            # full collection would walk them all while the organiser waits (see
            # moderator.ui.background). Thawed in _finish, or when the flow is dropped.
            freeze_heap()
            self._thaw = weakref.finalize(self, thaw_heap)
        task = BackgroundTask(work, self, pause_gc=True)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.ended.connect(partial(self._task_ended, task))
        self.task = task
        busy = BusyDialog(text, cancellable=cancellable, parent=self.preview or self._window)
        busy.cancel_requested.connect(self.cancel)
        self.busy = busy
        task.start(self._pool)
        if self._busy_delay_ms <= 0:
            self._show_busy(busy)
        else:
            QTimer.singleShot(self._busy_delay_ms, busy, partial(self._show_busy, busy))

    def _show_busy(self, busy: BusyDialog) -> None:
        if busy is self.busy and not self.over:
            busy.show()
            self.busy_shown.emit(busy)

    def _task_ended(self, task: BackgroundTask) -> None:
        if task is self.task:
            self.task = None

    def _present(self, dialog: QDialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _close_busy(self) -> None:
        if self.busy is not None:
            self.busy.finish()
            self.busy.deleteLater()
            self.busy = None

    def _close_picker(self) -> None:
        if self.picker is not None:
            picker, self.picker = self.picker, None
            picker.rejected.disconnect(self.cancel)
            picker.close()
            picker.deleteLater()

    def _finish(self, announce: Callable[[], None]) -> None:
        """Close every window of the flow, announce how it ended, then ``ended``."""
        self.over = True
        if self._thaw is not None:
            self._thaw()  # runs once: later calls (and the object's end) do nothing
        self._close_busy()
        self._close_picker()
        if self.preview is not None:
            preview, self.preview = self.preview, None
            preview.rejected.disconnect(self.cancel)
            preview.close()
            preview.deleteLater()
        announce()
        self.ended.emit()


def _report_bug(error: object) -> None:
    """A bug in an importer or the store: the app's one error path logs it and says so."""
    if isinstance(error, BaseException):
        sys.excepthook(type(error), error, error.__traceback__)
