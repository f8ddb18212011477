"""Starting the app: Qt, the asyncio loop, the language, the one error path, the window.

``moderator [FILE]`` opens FILE; without one it opens the bundled sample event (a copy in
the user's data folder, made on first use). A file that cannot be opened is reported in
one line and the app offers to open another; it never shows a traceback.
"""

from __future__ import annotations

import importlib
import threading
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# NOTE: qasync picks the first Qt binding it finds and prefers PyQt6; tell it ours first.
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from moderator.domain.errors import UserError, fill
from moderator.domain.timesource import Clock, SystemClock
from moderator.paths import data_dir, log_file, sample_event_source
from moderator.persistence import EXTENSION, EventStore
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations, pick_language
from moderator.ui.identity import app_icon, apply_identity
from moderator.ui.main_window import CockpitWindow
from moderator.ui.messages import translate_error
from moderator.ui.settings import Settings

if TYPE_CHECKING:  # loaded on first use: the importers are not needed to start
    from PySide6.QtWidgets import QDialog
    from moderator.ui.import_flow import ImportFlow
    from moderator.ui.stream_panel import StreamHost

log = logging.getLogger("moderator")


def sample_event_file() -> Path:
    """The user's copy of the sample event, created from the bundled JSON on first use."""
    target = data_dir() / "innovators-lounge-2021-06-09.moderator"
    if not target.exists():
        from moderator.importers.json_event import parse_event_json

        target.parent.mkdir(parents=True, exist_ok=True)
        draft = parse_event_json(sample_event_source().read_text(encoding="utf-8"))
        EventStore.create(target, draft).close()
    return target


class App:
    """The running application: settings, translations, windows."""

    def __init__(self, qt_app: QApplication, settings: Settings, time_source: Clock) -> None:
        self.qt_app = qt_app
        self.settings = settings
        self.clock = time_source
        self.translations = Translations(qt_app)
        self.translations.install(pick_language(settings.language))
        self.window: CockpitWindow | None = None
        self.placeholder: QMainWindow | None = None
        self.import_flow: ImportFlow | None = None
        #: This app, as the co-hosts see it; kept when another event is opened or the app restarts.
        self.instance_id = settings.instance_id
        self.password_dialog: QDialog | None = None
        #: The overlays and the stream deck's API for the open event (made on first use).
        self.stream: StreamHost | None = None
        #: Whether the first window has been painted (run_app): a window opened later does
        #: what waits for the first paint in the event loop's next turn, the first one right
        #: after its paint (CockpitWindow.after_first_paint).
        self.first_paint_done = False

    def _time_base(self, store: EventStore) -> Clock:
        """This machine's clock on the shared store's time base, so that co-hosts whose
        machine clocks differ see the same countdown (an event file: this machine's clock)."""
        if not store.shared:
            return self.clock
        from moderator.domain.timesource import OffsetClock, measure_offset

        server_now = store.server_now
        return OffsetClock(self.clock, measure_offset(self.clock, lambda: server_now() or self.clock.now()))

    def open_file(self, path: Path | str, *, read_only: bool = False, password: str | None = None) -> bool:
        """Open an event file or a shared event's address in the cockpit.

        On failure say why and keep what is open. A shared event that needs a password
        asks for it (and keeps it in memory only); an event file on a network share opens
        with a warning and the offer to share it through PostgreSQL instead.
        """
        from moderator.domain.cohosts import HostRole
        from moderator.persistence.postgres import PasswordNeeded, is_address

        location: Path | str = path if is_address(path) else Path(path)
        try:
            store = EventStore.open(location, read_only=read_only, password=password)
            session = EventSession(
                store, self._time_base(store), name=self.settings.display_name,
                role=HostRole(self.settings.role), instance_id=self.instance_id, join_later=True,
                # What is done while a shared event is away waits on disk (survives a crash).
                journal_dir=data_dir() / "pending",
            )
        except PasswordNeeded as needed:
            self.ask_password(str(location), needed.wrong, read_only)
            return False
        except UserError as error:
            self.report(translate_error(error))
            return False
        old = self.window
        if old is not None and old.session.store.location == store.location:
            old.session.leave_on_close = False  # the same instance opens the same event again
        window = CockpitWindow(session, self.settings)
        window.open_requested.connect(self.ask_for_file)
        window.new_from_file_requested.connect(self.new_event_from_file)
        window.language_requested.connect(self.set_language)
        window.cohost_controller.open_requested.connect(lambda location, typed: self.open_file(location, password=typed))
        self.window = window
        window.show()
        if self.first_paint_done:
            QTimer.singleShot(0, window, window.after_first_paint)
        if store.read_only:
            window.banner.show_message(
                fill(QCoreApplication.translate("App", "%1 is read-only: you can follow the show, but not change it."), path=store.location),
                error=False,
                seconds=0,
            )
        # The first paint does not wait for SQLAlchemy; load the writing side in the
        # background once the window is up (started any earlier, it competes with the
        # first paint for the interpreter), so the first key press does not wait either.
        QTimer.singleShot(PRELOAD_AFTER_MS, _preload_writer)
        # Joining the co-hosts is the first write; it waits until the writer has loaded.
        QTimer.singleShot(JOIN_AFTER_MS, session.join)
        window.stream_requested.connect(self.show_stream)
        window.audience_requested.connect(self.show_audience)
        if self.stream is not None and self.stream.running:
            self.stream.start(session)  # another event: serve it instead, at once
        else:
            # The stream server starts after the first paint, on the qasync loop.
            QTimer.singleShot(STREAM_AFTER_MS, lambda: self.serve_stream(window))
        if old is not None:
            old.close()
        if self.placeholder is not None:
            self.placeholder.close()
            self.placeholder = None
        return True

    def serve_stream(self, window: CockpitWindow) -> None:
        """Serve the overlays and the control API of the event in ``window``."""
        if self.window is not window:
            return  # another event was opened meanwhile; it has its own turn
        from moderator.ui.ticker import ms_to_next_boundary

        session = window.session

        def ms_to_next() -> int:
            reading = session.service.reading()
            return ms_to_next_boundary(session.clock.now(), None if reading.paused else reading.remaining)

        self._stream_host().start_between_ticks(session, window.ticker, ms_to_next)

    def _stream_host(self) -> StreamHost:
        if self.stream is None:
            from moderator.ui.stream_panel import StreamHost

            self.stream = StreamHost(self.qt_app)
            self.stream.problem.connect(self._stream_problem)
        return self.stream

    def _stream_problem(self, text: str) -> None:
        if self.window is not None:
            self.window.banner.show_message(text)

    def show_stream(self) -> None:
        """The overlays' addresses, to copy into OBS or a stream deck (non-modal)."""
        from moderator.ui.stream_panel import StreamDialog

        dialog = StreamDialog(self._stream_host(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_audience(self) -> None:
        """The audience page's link and QR code, and whether it takes questions (non-modal)."""
        from moderator.ui.audience_panel import AudienceDialog

        dialog = AudienceDialog(self._stream_host(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def ask_password(self, location: str, wrong: bool, read_only: bool) -> None:
        """Ask for the shared event's password (kept in memory only), then open it."""
        from moderator.ui.cohosts_dialogs import PasswordDialog

        parent: QWidget | None = self.window or self.placeholder
        dialog = PasswordDialog(location, wrong, parent)
        dialog.accepted.connect(lambda: self.open_file(location, read_only=read_only, password=dialog.password.text()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog
        dialog.open()

    def report(self, text: str) -> None:
        """Show a one-line message in the window that is open (or an empty one)."""
        if self.window is not None:
            self.window.banner.show_message(text)
            return
        if self.placeholder is None:
            self.placeholder = _placeholder(self)
        label = self.placeholder.findChild(QLabel, "placeholder_message")
        assert label is not None
        label.setText(text)
        self.placeholder.show()

    def ask_for_file(self) -> None:
        # Qt types are made on first use, with their Python enums: not before the first paint.
        from PySide6.QtWidgets import QFileDialog

        parent: QWidget | None = self.window or self.placeholder
        dialog = QFileDialog(parent, QCoreApplication.translate("App", "Open event"))
        dialog.setNameFilter(fill(QCoreApplication.translate("App", "Event files (*%1);;All files (*)"), ext=EXTENSION))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_event_from_file(self) -> None:
        """Import a run sheet into a new event file, then open it (see :mod:`.import_flow`)."""
        if self.import_flow is not None:
            self.import_flow.raise_()
            return
        from moderator.ui.import_flow import ImportFlow

        flow = ImportFlow(self.window or self.placeholder)
        flow.created.connect(self.open_file)
        flow.failed.connect(self.report)
        flow.ended.connect(lambda: setattr(self, "import_flow", None))
        self.import_flow = flow
        flow.start()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.install(language)
        if self.window is not None:
            from moderator.ui.actions import ActionId

            self.window.actions_[ActionId.LANGUAGE_DE].setChecked(language == "de")
            self.window.actions_[ActionId.LANGUAGE_EN].setChecked(language == "en")

    def handle_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """The one error path: log the traceback, tell the user one line, keep running."""
        if isinstance(value, UserError):
            self.report(translate_error(value))
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        _append_log(text)
        self.report(
            fill(QCoreApplication.translate(
                "App", "Something went wrong (%1); the show goes on. Details are in %2."
            ), kind=kind.__name__, log=log_file())
        )


#: When to start loading the writer: after the first paint, well before anyone types.
#: When the instance tells the co-hosts it is here (after the writer has loaded).
JOIN_AFTER_MS = 2500
PRELOAD_AFTER_MS = 700
#: When the stream server starts: after the first paint and the writer's preload.
STREAM_AFTER_MS = 1500
#: The longest the app waits for its first paint before it starts the asyncio loop anyway
#: (shorter than STREAM_AFTER_MS: the stream server needs that loop).
FIRST_PAINT_LIMIT_MS = 1000


def _preload_writer() -> None:
    def load() -> None:
        try:
            importlib.import_module("moderator.persistence.writer")
        except Exception:  # noqa: BLE001 - a failure shows again, with its message, on the first write
            log.exception("preloading the event file writer failed")

    threading.Thread(target=load, name="preload-writer", daemon=True).start()


def _append_log(text: str) -> None:
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError:
        pass


def _placeholder(app: App) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("moderator")
    window.setWindowIcon(app_icon())
    window.resize(700, 200)
    label = QLabel(window)
    label.setObjectName("placeholder_message")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 13pt; padding: 24px;")
    window.setCentralWidget(label)
    menu = window.menuBar().addMenu(QCoreApplication.translate("App", "&File"))
    menu.addAction(QCoreApplication.translate("App", "Open event…"), app.ask_for_file)
    menu.addAction(QCoreApplication.translate("App", "New event from file…"), app.new_event_from_file)
    menu.addAction(QCoreApplication.translate("App", "Quit"), window.close)
    return window


def _arguments(argv: list[str]) -> tuple[str | None, bool, str | None]:
    """``[FILE] [--read-only] [--lang de|en]`` as (file, read only, language). The usual
    start (no argument, or only a file) is read without argparse, whose import and parser
    cost ~4 ms of the start (it looks up its messages' catalogs in every locale folder);
    anything else, ``--help`` and mistakes included, goes through argparse."""
    if len(argv) <= 1 and not any(arg.startswith("-") for arg in argv):
        return (argv[0] if argv else None), False, None
    import argparse

    parser = argparse.ArgumentParser(prog="moderator")
    parser.add_argument("file", nargs="?", help="an event file, or a shared event's address (postgresql://user@host:port/dbname)")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--lang", choices=["de", "en"])
    args = parser.parse_args(argv)
    return args.file, args.read_only, args.lang


async def _until_closed(qt_app: QApplication) -> None:
    import asyncio

    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_last_window_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    qt_app.lastWindowClosed.connect(on_last_window_closed)
    await closed


class ModeratorApplication(QApplication):
    """The QApplication, plus the files the system asks it to open.

    macOS hands a double-clicked event file (and one dropped on the Dock icon) to the
    running app as a ``QFileOpenEvent``, not as an argument. The event goes to the
    application object itself, so overriding ``event`` costs nothing for other events
    (an application-wide event filter would see every event of the cockpit).

    Signals:
        file_open_requested(str): the path the system asked to open.
    """

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if isinstance(event, QFileOpenEvent) and event.file():
            self.file_open_requested.emit(event.file())
            return True
        return super().event(event)


def build_app(argv: list[str], time_source: Clock | None = None) -> App:
    """Create the application and open the event named in ``argv`` (or the sample)."""
    file, read_only, language = _arguments(argv)
    qt_app = QApplication.instance() or ModeratorApplication(["moderator"])
    assert isinstance(qt_app, QApplication)
    apply_identity(qt_app, icon=False)  # the icon: right after the first paint (run_app)
    settings = Settings()
    if language:
        settings.language = language
    app = App(qt_app, settings, time_source or SystemClock())
    sys.excepthook = app.handle_exception
    if isinstance(qt_app, ModeratorApplication):
        qt_app.file_open_requested.connect(lambda name: app.open_file(Path(name)))
    try:
        path = file or sample_event_file()
    except (UserError, OSError) as error:
        app.report(translate_error(error) if isinstance(error, UserError) else str(error))
        return app
    app.open_file(path, read_only=read_only)
    return app


class _FirstPaint(QObject):
    """Ends ``loop`` once the watched window has been painted for the first time."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__(loop)
        self.loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            # The window's children paint in the same pass; a zero timer runs after it.
            QTimer.singleShot(0, self.loop.quit)
        return False


def _until_first_paint(window: QWidget | None) -> None:
    """Run Qt's own event loop until ``window`` has been painted once (at most
    :data:`FIRST_PAINT_LIMIT_MS`), so that nothing the first paint does not need (asyncio
    and qasync, ~40 ms to import) delays it."""
    if window is None or not window.isVisible():
        return
    loop = QEventLoop()
    watcher = _FirstPaint(loop)
    window.installEventFilter(watcher)
    limit = QTimer(loop)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(FIRST_PAINT_LIMIT_MS)
    loop.exec()
    limit.stop()
    window.removeEventFilter(watcher)


def _after_first_paint(app: App) -> None:
    """Right after the first paint, in the same turn of the event loop (before any key
    press is handled): the garbage collector back on (``gui_main`` turns it off for the
    start), the app's icon for the window manager and the task bar (see
    :func:`~moderator.ui.identity.apply_identity`), the window's hidden parts, and the
    modules the first paint did without (:func:`load_deferred_modules`)."""
    import gc

    # What the start made (the window, the event, its questions) is long-lived: it stays
    # out of the collector's passes. The first pass after the start's pause went over all
    # of it, ~0.2 s at 100,000 questions, before the first key could be handled.
    gc.freeze()
    gc.enable()
    app.first_paint_done = True
    app.qt_app.setWindowIcon(app_icon())
    if app.window is not None:
        app.window.after_first_paint()
    load_deferred_modules()


def load_deferred_modules() -> None:
    """Execute the modules the first paint did without but the first key must not wait
    for: the operations a key, a drag or the editor builds (the app's, the queue's and the
    run sheet's; bound with :func:`moderator.lazy.lazy_module`)."""
    from moderator.app import operations
    from moderator.domain import queue_ops, run_sheet_ops

    # The first read executes a lazy module (see moderator.lazy).
    operations.Operation  # noqa: B018
    queue_ops.Move  # noqa: B018
    run_sheet_ops.ReplaceSheet  # noqa: B018


def run_app(argv: list[str]) -> int:
    """The GUI entry point: one asyncio loop inside Qt's (qasync)."""
    app = build_app(argv)
    # Once started (window, writer, co-hosts joined), the app's long-lived objects leave
    # the garbage collector's full passes: one over them took 90-240 ms here and could fall
    # on a second of the countdown. Objects made later are collected as usual.
    from moderator.ui.background import freeze_heap

    QTimer.singleShot(JOIN_AFTER_MS + 500, freeze_heap)
    # asyncio and qasync load after the first paint: it does not wait for them.
    _until_first_paint(app.window or app.placeholder)
    if not any(widget.isVisible() for widget in app.qt_app.topLevelWidgets()):
        return 0  # closed before its first paint was done
    _after_first_paint(app)
    import asyncio

    import qasync

    try:
        qasync.run(_until_closed(app.qt_app))
    except asyncio.CancelledError:
        pass
    return 0
