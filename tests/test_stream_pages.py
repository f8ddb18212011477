"""The overlay pages in a real browser: headless Chromium, driven by selenium.

Stories: the lower third shows who speaks after a hand-off and leaves on "nobody"; the
question on air shows a question with markup as text (``<img onerror>`` never runs); the
countdown shows its phases in colour and counts into overtime; the agenda and the
countdown follow a slot change; every page is transparent, loads nothing from elsewhere,
speaks German or English, and takes a style from the URL and the studio's CSS file.
Screenshots go to build/screenshots/stream/ for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from helpers import make_event_file
from moderator.app import operations as ops
from moderator.domain import queue_ops
from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.stream.config import StreamConfig
from stream_helpers import SCREENSHOTS, LiveServer, chromium, chromium_or_skip

BERLIN = ZoneInfo("Europe/Berlin")
SIZES = {"1080p": (1920, 1080), "720p": (1280, 720)}
XSS = 'Wie sicher ist das? <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium_or_skip()
    driver = chromium(1920, 1080)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    css = tmp_path / "studio.css"
    css.write_text("#countdown { letter-spacing: 7px; }\n", encoding="utf-8")
    server = LiveServer(
        make_event_file(tmp_path), FakeClock(datetime(2021, 6, 9, 13, 50, tzinfo=BERLIN)),
        StreamConfig(port=0, osc_port=0, user_css=css),
    )
    try:
        yield server
    finally:
        server.close()


def size(driver: Any, width: int, height: int) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    )


def open_page(driver: Any, live: LiveServer, page: str, query: str = "lang=en") -> None:
    driver.get(f"{live.base}/{page}?{query}")
    wait(driver, lambda d: d.execute_script("return document.body.dataset.seq !== undefined"))


def wait(driver: Any, condition: Any, timeout: float = 5) -> None:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # The page re-renders its lists on every push: an element found a moment ago may be gone.
    WebDriverWait(
        driver, timeout, poll_frequency=0.02,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    ).until(condition)


def text(driver: Any, element_id: str) -> str:
    return str(driver.execute_script("return document.getElementById(arguments[0]).textContent", element_id))


def shown(driver: Any, element_id: str) -> bool:
    return bool(driver.execute_script("return document.getElementById(arguments[0]).classList.contains('shown')", element_id))


def screenshot(driver: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    driver.execute_script("return new Promise(r => setTimeout(r, 450))")  # let the slide-in animation end
    driver.save_screenshot(str(path))
    return path


def alpha_at(path: Path, x: int, y: int) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.pixelColor(x, y).alpha()


def start_in_welcome(live: LiveServer) -> None:
    live.call(lambda: live.service.run(ops.StartShow()))
    live.call(lambda: live.service.run(ops.NextSlot()))


@pytest.mark.parametrize("resolution", SIZES)
def test_the_lower_third_shows_who_speaks_after_a_hand_off_and_leaves_on_nobody(
    browser: Any, live: LiveServer, resolution: str
) -> None:
    size(browser, *SIZES[resolution])
    open_page(browser, live, "lower-third")
    assert not shown(browser, "lower-third")
    start_in_welcome(live)

    live.call(lambda: live.service.run(ops.HandOffTo("Plate")))
    wait(browser, lambda d: text(d, "name") == "Dr. Tobias Plate" and shown(d, "lower-third"))
    assert text(browser, "details") == "Bundeskanzleramt"
    picture = screenshot(browser, f"lower-third-{resolution}")
    assert alpha_at(picture, 5, 5) == 0  # transparent where nothing is drawn

    live.call(lambda: live.service.run(ops.HandOffDigit(2)))
    wait(browser, lambda d: text(d, "name") == "Alexander Handschuh")
    assert text(browser, "details") == "Innovators Club"

    live.call(lambda: live.service.run(ops.CloseFloor()))
    wait(browser, lambda d: not shown(d, "lower-third"))


@pytest.mark.parametrize("resolution", SIZES)
def test_the_question_on_air_is_shown_as_text_and_markup_in_it_never_runs(
    browser: Any, live: LiveServer, resolution: str
) -> None:
    size(browser, *SIZES[resolution])
    open_page(browser, live, "question")
    start_in_welcome(live)
    plate = next(p for p in live.service.snapshot.people if p.name == "Tobias Plate")
    question = live.call(lambda: live.service.run(
        ops.AddQuestion(XSS, "Bürgermeisterin Kühn", "Gemeinde Nordwalde", plate.id)
    ).result)
    live.call(lambda: live.service.run(ops.ChangeQueue(queue_ops.SetStatus(question.id, QuestionStatus.ON_AIR))))

    wait(browser, lambda d: shown(d, "question"))
    assert text(browser, "question-text") == XSS
    assert text(browser, "question-meta") == "asked by Bürgermeisterin Kühn, Gemeinde Nordwalde · to Dr. Tobias Plate"
    assert browser.execute_script("return document.querySelectorAll('img, #question script').length") == 0
    assert browser.execute_script("return window.pwned === undefined")
    screenshot(browser, f"question-{resolution}")

    live.call(lambda: live.service.run(ops.ChangeQueue(queue_ops.SetStatus(question.id, QuestionStatus.ANSWERED))))
    wait(browser, lambda d: not shown(d, "question"))


def countdown_colour(driver: Any) -> str:
    return str(driver.execute_script("return getComputedStyle(document.getElementById('countdown')).color"))


@pytest.mark.parametrize("resolution", SIZES)
def test_the_countdown_shows_its_phases_in_colour_and_counts_into_overtime(
    browser: Any, live: LiveServer, resolution: str
) -> None:
    size(browser, *SIZES[resolution])
    open_page(browser, live, "countdown", "lang=de")
    assert text(browser, "countdown-label") == "Beginn in"
    start_in_welcome(live)
    wait(browser, lambda d: d.execute_script("return document.body.dataset.phase") == "normal")
    assert text(browser, "countdown") in ("10:00", "9:59")
    assert text(browser, "countdown-slot") == "Begrüßung"
    normal = countdown_colour(browser)
    screenshot(browser, f"countdown-normal-{resolution}")

    live.call(lambda: live.service.run(ops.AddTime(-10 * 60 + 90)))  # 1:30 left: warning
    wait(browser, lambda d: d.execute_script("return document.body.dataset.phase") == "warning")
    warning = countdown_colour(browser)
    screenshot(browser, f"countdown-warning-{resolution}")
    live.call(lambda: live.service.run(ops.AddTime(-70)))  # 0:20 left: final
    wait(browser, lambda d: d.execute_script("return document.body.dataset.phase") == "final")
    final = countdown_colour(browser)
    live.call(lambda: live.service.run(ops.AddTime(-35)))  # 15 s over
    wait(browser, lambda d: d.execute_script("return document.body.dataset.phase") == "overtime")
    assert text(browser, "countdown").startswith("+0:1")
    overtime = countdown_colour(browser)
    screenshot(browser, f"countdown-overtime-{resolution}")
    assert len({normal, warning, final, overtime}) == 4

    live.call(lambda: live.service.run(ops.Pause()))
    wait(browser, lambda d: text(d, "countdown-label") == "angehalten")
    # The studio's own CSS file applies after the page's.
    assert browser.execute_script("return getComputedStyle(document.getElementById('countdown')).letterSpacing") == "7px"


def test_the_agenda_and_the_countdown_follow_a_slot_change(browser: Any, live: LiveServer) -> None:
    size(browser, 1920, 1080)
    open_page(browser, live, "agenda", "lang=de")
    assert text(browser, "next-title") == "Einwahl und Technik-Check"
    assert text(browser, "next-time") == "13:50"
    start_in_welcome(live)
    wait(browser, lambda d: text(d, "now-title") == "Begrüßung")
    assert text(browser, "now-time") == "13:50"  # it really started now (the fake clock)
    assert text(browser, "next-title") == "Impuls 1"
    assert text(browser, "next-time") == "14:00"
    screenshot(browser, "agenda-1080p")

    live.call(lambda: live.service.run(ops.NextSlot()))
    wait(browser, lambda d: text(d, "now-title") == "Impuls 1")
    assert text(browser, "next-title") == "Impuls 2"

    open_page(browser, live, "countdown", "lang=en")
    assert text(browser, "countdown-slot") == "Impuls 1"
    live.call(lambda: live.service.run(ops.NextSlot()))
    wait(browser, lambda d: text(d, "countdown-slot") == "Impuls 2")
    assert text(browser, "countdown") in ("15:00", "14:59")


def test_the_studio_clock_shows_the_events_time_of_day(browser: Any, live: LiveServer) -> None:
    size(browser, 1280, 720)
    open_page(browser, live, "clock", "lang=de&style=light")
    wait(browser, lambda d: text(d, "clock").startswith("13:50:0"))
    assert browser.execute_script("return document.body.classList.contains('style-light')")
    screenshot(browser, "clock-720p-light")


def test_a_page_loads_nothing_from_elsewhere_and_nothing_inline(browser: Any, live: LiveServer) -> None:
    for page in ("lower-third", "question", "countdown", "agenda", "clock"):
        open_page(browser, live, page)
        origins = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)"
        )
        assert set(origins) <= {live.base}, page
        assert browser.execute_script("return document.querySelectorAll('script:not([src]), style').length") == 0
        background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert background == "rgba(0, 0, 0, 0)", page


def test_after_a_reconnect_a_page_shows_the_state_as_it_is_then(browser: Any, live: LiveServer) -> None:
    open_page(browser, live, "lower-third")
    start_in_welcome(live)
    live.call(lambda: live.service.run(ops.HandOffTo("Plate")))
    wait(browser, lambda d: text(d, "name") == "Dr. Tobias Plate")
    # The connection drops (a server restart, a network blip): the page hides what could
    # be stale, reconnects by itself and shows what happened meanwhile.
    async def drop() -> None:
        for client in list(live.server._clients):
            await client.socket.close()

    import asyncio

    asyncio.run_coroutine_threadsafe(drop(), live.loop).result(10)
    live.call(lambda: live.service.run(ops.HandOffTo("Handschuh")))
    wait(browser, lambda d: text(d, "name") == "Alexander Handschuh" and shown(d, "lower-third"))
