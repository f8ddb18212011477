"""The stream server inside the app, for its tests: a qasync loop, a cockpit over a seed-like
event file whose stream set-up takes any free ports, and the server started on that loop."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_API", "pyside6")

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers import make_event_file
from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.stream.config import StreamConfig, config_path, save_config
from moderator.ui.event_session import EventSession
from moderator.ui.main_window import CockpitWindow
from moderator.ui.settings import Settings
from moderator.ui.stream_panel import StreamHost

BERLIN = ZoneInfo("Europe/Berlin")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots" / "stream"


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    # As in the app: qasync.run puts its policy in force while the app runs (Python < 3.12),
    # so a thread's asyncio.new_event_loop() would make a loop of Qt's (the audience page's
    # thread must not).
    policy = getattr(qasync, "DefaultQEventLoopPolicy", None)
    if policy is not None:
        asyncio.set_event_loop_policy(policy())
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        event_loop.run_until_complete(asyncio.sleep(0))
        asyncio.set_event_loop(None)
        event_loop.close()
        asyncio.set_event_loop_policy(None)


def make_cockpit(qtbot: QtBot, folder: Path, at: datetime) -> CockpitWindow:
    """A cockpit on the seed-like event at ``at`` (fake clock), its server on any free ports
    (a test must not meet another server on the default ones)."""
    path = make_event_file(folder)
    save_config(StreamConfig(port=0, osc_port=0, path=config_path(path)))
    session = EventSession(EventStore.open(path), FakeClock(at))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    return window


def serve(loop: asyncio.AbstractEventLoop, host: StreamHost, window: CockpitWindow) -> None:
    """Start ``host``'s server over the cockpit's service, on ``loop``."""

    async def start() -> None:
        task = host.start(window.session)
        assert task is not None
        await task

    loop.run_until_complete(start())
    assert host.running, host.error
