"""A stream server in a thread of its own, and a real headless Chromium, for the page tests
and the benchmarks.

The server runs on its own asyncio loop in a background thread (a browser driven by
selenium blocks the test's thread); every service call is made on that loop's thread, as
in the app, through :meth:`LiveServer.call`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import pytest

from moderator.app.service import EventService
from moderator.domain.timesource import Clock
from moderator.persistence import EventStore
from moderator.stream.config import StreamConfig
from moderator.stream.server import StreamServer

_T = TypeVar("_T")
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots" / "stream"


class LiveServer:
    """A stream server on the moderator's service, in a background thread."""

    def __init__(self, path: Path, clock: Clock, config: StreamConfig | None = None) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="stream-server", daemon=True)
        self._thread.start()
        self.clock = clock

        async def start() -> tuple[EventService, StreamServer]:
            service = EventService(EventStore.open(path), clock, name="Moderation")
            service.join()
            server = StreamServer(service, config or StreamConfig(port=0, osc_port=0))
            await server.start()
            return service, server

        self.service, self.server = asyncio.run_coroutine_threadsafe(start(), self.loop).result(30)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def call(self, function: Callable[[], _T]) -> _T:
        """Run ``function`` on the server's loop thread (where the service lives); its result."""
        done: Future[_T] = Future()

        def run() -> None:
            try:
                done.set_result(function())
            except BaseException as error:  # noqa: BLE001 - handed back to the caller
                done.set_exception(error)

        self.loop.call_soon_threadsafe(run)
        return done.result(30)

    def close(self) -> None:
        async def stop() -> None:
            await self.server.close()
            self.service.close()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


def chromium_or_skip() -> None:
    """Skip where Chromium is not installed, except under CI (``.ci/run`` installs it)."""
    if shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER):
        return
    reason = "Chromium not installed (Debian: apt-get install chromium chromium-driver)"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"CI is set but {reason}", pytrace=False)
    pytest.skip(reason)


def chromium(width: int = 1920, height: int = 1080) -> Any:
    """A real headless Chromium at ``width`` x ``height``, with a transparent page background."""
    chromium_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size={width},{height}",
        "--no-first-run", "--disable-extensions", "--disable-background-timer-throttling",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # The window's outer size includes no chrome in headless mode; make the page exactly this.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    # OBS composes the page over the picture: let the screenshot keep the transparency.
    driver.execute_cdp_cmd("Emulation.setDefaultBackgroundColorOverride", {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})
    return driver
