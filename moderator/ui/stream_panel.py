"""The stream server inside the app, and the dialog that shows its addresses.

:class:`StreamHost` runs the Qt-free :class:`~moderator.stream.server.StreamServer` on the
app's qasync loop for the event open in the cockpit. It starts after the first paint
(aiohttp is imported off the GUI thread first), serves the cockpit's own
:class:`~moderator.app.service.EventService`, so a stream deck's action runs through the
same service as a key press, recorded as "Stream Deck" and allowed while this instance
controls the clock. Automations that fail are reported, never raised.

:class:`StreamDialog` shows the pages' addresses to copy, a QR code for a phone or another
computer, and the two choices a studio makes here: offer on the LAN (with a token) and the
delay of the viewers' pages. Everything else is in the event's set-up file.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import UserError, fill
from moderator.ui.messages import translate_error

if TYPE_CHECKING:
    from moderator.stream.config import StreamConfig
    from moderator.stream.server import StreamServer
    from moderator.ui.event_session import EventSession
    from moderator.ui.ticker import SecondTicker

log = logging.getLogger("moderator")

#: How long the gap to the next repaint must be for the server's start (its import stalls
#: the GUI thread for 0.1-0.2 s on a busy machine: see tests/benchmarks/bench_stream.py).
QUIET_MS = 500

def _page_name(page: str) -> str:
    names = {
        "lower-third": QCoreApplication.translate("StreamDialog", "Lower third (who speaks)"),
        "question": QCoreApplication.translate("StreamDialog", "Question on air"),
        "countdown": QCoreApplication.translate("StreamDialog", "Countdown"),
        "agenda": QCoreApplication.translate("StreamDialog", "Agenda (now and next)"),
        "clock": QCoreApplication.translate("StreamDialog", "Studio clock"),
    }
    return names.get(page, page)


class StreamHost(QObject):
    """The stream server of the event open in the cockpit.

    Signals:
        state_changed(): the server started, stopped or failed to start.
        problem(str): something around the stream failed (an automation's target, a port
            in use); the text is for the banner.
    """

    state_changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: StreamServer | None = None
        self.config: StreamConfig | None = None
        #: Why the server is not running (empty: running, or not started yet).
        self.error = ""
        self._session: EventSession | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, session: EventSession) -> asyncio.Task[None] | None:
        """Serve ``session``'s event (on the running asyncio loop; None without one)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None  # no asyncio loop (a test without qasync): nothing to serve on
        self._session = session
        self._task = loop.create_task(self._start(session))
        return self._task

    def start_between_ticks(self, session: EventSession, ticker: SecondTicker, ms_to_next: Callable[[], int]) -> None:
        """Start serving right after a repaint with at least :data:`QUIET_MS` to the next one.

        Loading aiohttp holds the interpreter for a moment even in a worker thread (it loads
        the system's TLS certificates at import): started in the widest gap between two
        repaints of the countdown, that moment delays none of them.
        """

        def ticked() -> None:
            if ms_to_next() >= QUIET_MS:
                ticker.ticked.disconnect(ticked)
                self.start(session)

        ticker.ticked.connect(ticked)

    async def _start(self, session: EventSession) -> None:
        await self.stop()
        loop = asyncio.get_running_loop()
        try:
            # aiohttp and the server load off the GUI thread: the cockpit keeps ticking.
            # NOTE: a thread of our own, not qasync's default executor, whose QThreads
            # abort the interpreter at exit ("QThread: Destroyed while thread is still running").
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stream-import") as pool:
                await loop.run_in_executor(pool, importlib.import_module, "moderator.stream.server")
            from moderator.stream.config import config_path, load_config
            from moderator.stream.server import StreamServer

            store = session.store
            location: Path | str = store.path if store.path is not None else store.location
            config = self.config if self.config is not None and self._same_event(location) else load_config(config_path(location))
            self.config = config
            server = StreamServer(session.service, config, problem=self._report)
            await server.start()
        except UserError as error:
            self.error = translate_error(error)
        except OSError as error:
            self.error = fill(QCoreApplication.translate(
                "StreamDialog", "The overlays cannot be served: %1"
            ), reason=error.strerror or str(error))
        else:
            self.server, self.error = server, ""
        if self.error:
            log.warning("stream server: %s", self.error)
        self.state_changed.emit()

    def _same_event(self, location: Path | str) -> bool:
        if self.config is None or self.config.path is None:
            return False
        from moderator.stream.config import config_path

        return self.config.path == config_path(location)

    def _report(self, text: str) -> None:
        self.problem.emit(fill(QCoreApplication.translate("StreamDialog", "Automation failed: %1"), detail=text))

    async def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            await server.close()
            self.state_changed.emit()

    def reconfigure(self, config: StreamConfig) -> asyncio.Task[None] | None:
        """Save ``config`` and serve with it (the server restarts); the restart's task."""
        from moderator.stream.config import save_config

        try:
            save_config(config)
        except OSError as error:
            self.problem.emit(str(error))
        self.config = config
        return self.start(self._session) if self._session is not None else None


class StreamDialog(QDialog):
    """The overlays' addresses, a QR code, LAN and viewer delay (non-modal; open())."""

    def __init__(self, host: StreamHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Overlays for OBS and stream deck"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        middle = QHBoxLayout()
        self.grid = QGridLayout()
        middle.addLayout(self.grid, 1)
        self.qr = QLabel()
        self.qr.setObjectName("stream_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        middle.addWidget(self.qr)
        layout.addLayout(middle)
        self.lan = QCheckBox(self.tr("Offer on the local network (every address then carries a token)"))
        self.delay = QDoubleSpinBox()
        self.delay.setRange(0, 120)
        self.delay.setDecimals(0)
        self.delay.setSuffix(self.tr(" s"))
        delay_row = QHBoxLayout()
        delay_row.addWidget(QLabel(self.tr("Viewers' pages lag behind by the stream's delay:")))
        delay_row.addWidget(self.delay)
        delay_row.addStretch(1)
        layout.addWidget(self.lan)
        layout.addLayout(delay_row)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply.clicked.connect(self._apply)
        layout.addWidget(buttons)
        self._rows: list[QWidget] = []
        host.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the addresses as the server serves them now."""
        host, server, config = self.host, self.host.server, self.host.config
        for widget in self._rows:
            widget.deleteLater()
        self._rows.clear()
        if server is None:
            self.status.setText(host.error or self.tr("The overlays are not served yet; they start a moment after the cockpit."))
            self.qr.clear()
        else:
            where = (
                self.tr("on the local network; every address carries the token")
                if server.config.lan else self.tr("on this computer only")
            )
            self.status.setText(fill(self.tr("Add these as browser sources in OBS (1920×1080 or 1280×720), served %1:"), where=where))
            rows: list[tuple[str, str]] = [(_page_name(page), url) for page, url in server.page_urls().items()]
            rows.append((self.tr("Control API"), f"{server.base_url()}/api/state{server.token_query()}"))
            osc = f"/moderator/{server.config.token}/<action>" if server.config.lan else "/moderator/<action>"
            rows.append((fill(self.tr("OSC (UDP port %1)"), port=server.osc_port), osc))
            for row, (name, url) in enumerate(rows):
                label = QLabel(name)
                field = QLineEdit(url)
                field.setReadOnly(True)
                field.setMinimumWidth(380)
                copy = QPushButton(self.tr("Copy"))
                copy.clicked.connect(lambda _checked=False, text=url: _copy(text))
                for column, widget in enumerate((label, field, copy)):
                    self.grid.addWidget(widget, row, column)
                    self._rows.append(widget)
            self.qr.setPixmap(qr_pixmap(server.base_url() + "/" + server.token_query()))
        if config is not None:
            self.lan.setChecked(config.lan)
            self.delay.setValue(config.viewer_delay_seconds)
            self.note.setText(fill(self.tr("Automations, ports and the studio's CSS file are set in %1."), path=config.path))
        self.apply.setEnabled(config is not None)

    def _apply(self) -> None:
        config = self.host.config
        if config is None:
            return
        from moderator.stream.config import new_token

        lan = self.lan.isChecked()
        token = config.token or (new_token() if lan else "")
        self.host.reconfigure(replace(config, lan=lan, token=token, viewer_delay_seconds=float(self.delay.value())))


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """A QR code of ``text`` (segno draws it; Qt only shows the PNG)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _copy(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
