"""The stream server inside the app: on the qasync loop, serving the cockpit's own service.

Stories: a key in the cockpit reaches a WebSocket client; a stream deck's action shows in
the cockpit and is logged as "Stream Deck"; the dialog shows the addresses to copy and a
QR code, in English and German; a failing automation shows in the cockpit's banner.
"""

from __future__ import annotations

import asyncio
import json
import os
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

import aiohttp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stream_app_helpers import BERLIN, SCREENSHOTS, loop, make_cockpit, serve  # noqa: F401 - loop is a fixture
from moderator.stream.config import config_path, load_config
from moderator.ui.main_window import CockpitWindow
from moderator.ui.stream_panel import StreamDialog, StreamHost


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path) -> CockpitWindow:
    return make_cockpit(qtbot, tmp_path, datetime(2021, 6, 9, 13, 50, tzinfo=BERLIN))


def test_a_key_in_the_cockpit_reaches_the_overlays_and_a_stream_decks_action_reaches_the_cockpit(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, cockpit: CockpitWindow
) -> None:
    host = StreamHost()
    serve(loop, host, cockpit)
    assert host.server is not None
    base = host.server.base_url()
    cockpit.show()
    qtbot.waitExposed(cockpit)
    with qtbot.waitActive(cockpit):
        cockpit.activateWindow()
    cockpit.centralWidget().setFocus()

    async def story() -> None:
        async with aiohttp.ClientSession() as http, http.ws_connect(f"{base}/ws") as ws:
            first = json.loads((await ws.receive()).data)
            assert not first["state"]["clock"]["started"]
            qtbot.keyClick(cockpit.centralWidget(), Qt.Key.Key_Space)  # start the show
            started = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
            assert started["state"]["clock"]["started"]
            async with http.post(f"{base}/api/next") as response:
                assert response.status == 200
            moved = json.loads((await asyncio.wait_for(ws.receive(), 5)).data)
            assert moved["state"]["slot"]["title"] == "Begrüßung"

    loop.run_until_complete(story())
    session = cockpit.session
    assert session.current_slot() is not None and session.current_slot().title == "Begrüßung"
    assert [entry.by for entry in session.log if entry.action == "slot_started"][-1] == "Stream Deck"
    loop.run_until_complete(host.stop())


def grab(widget: StreamDialog, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dialog_shows_the_addresses_to_copy_and_a_qr_code(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, cockpit: CockpitWindow, language: str
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from moderator.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install(language)
    try:
        host = StreamHost()
        serve(loop, host, cockpit)
        assert host.server is not None
        dialog = StreamDialog(host, cockpit)
        qtbot.addWidget(dialog)
        dialog.resize(900, 420)
        dialog.show()
        qtbot.waitExposed(dialog)
        fields = [field.text() for field in dialog.findChildren(QLineEdit)]
        assert f"{host.server.base_url()}/lower-third" in fields
        assert any(text.endswith("/api/state") for text in fields)
        qr = dialog.qr.pixmap()
        assert qr is not None and not qr.isNull()
        grab(dialog, f"dialog-{language}")
        if language == "de":
            assert dialog.windowTitle() == "Overlays für OBS und Stream Deck"

        # Offered on the LAN: saved with a token, served again, every address carries it.
        dialog.lan.setChecked(True)

        async def apply() -> None:  # clicked while the loop runs, as in the app
            dialog.apply.click()
            assert host._task is not None
            await host._task

        loop.run_until_complete(apply())
        assert host.server is not None and host.server.config.lan
        config = load_config(config_path(cockpit.session.store.path))
        assert config.lan and config.token
        assert all(f"token={config.token}" in url for url in host.server.page_urls().values())
        loop.run_until_complete(host.stop())
    finally:
        translations.install("en")


def test_a_failing_automation_shows_in_the_banner(qtbot: QtBot, cockpit: CockpitWindow) -> None:
    host = StreamHost()
    shown: list[str] = []
    host.problem.connect(shown.append)
    host.problem.connect(lambda text: cockpit.banner.show_message(text))
    host._report("slot_start: POST http://127.0.0.1:9/ \u2014 Cannot connect")
    assert shown == ["Automation failed: slot_start: POST http://127.0.0.1:9/ \u2014 Cannot connect"]
    assert cockpit.banner.text() == shown[0] and not cockpit.banner.isHidden()


def test_the_server_starts_in_a_wide_gap_between_two_repaints(
    loop: asyncio.AbstractEventLoop, cockpit: CockpitWindow
) -> None:
    """Loading aiohttp stalls the GUI thread for a moment: it must not delay a repaint."""
    from PySide6.QtCore import QObject, Signal

    class Ticker(QObject):
        ticked = Signal()

    ticker = Ticker()
    gaps = iter([120, 480, 900])  # ms to the next repaint at each tick
    host = StreamHost()
    host.start_between_ticks(cockpit.session, ticker, lambda: next(gaps))  # type: ignore[arg-type]

    async def story() -> None:
        ticker.ticked.emit()
        ticker.ticked.emit()
        await asyncio.sleep(0)
        assert host._task is None  # 120 and 480 ms: too close to the next repaint
        ticker.ticked.emit()
        assert host._task is not None
        await host._task

    loop.run_until_complete(story())
    assert host.running
    loop.run_until_complete(host.stop())
