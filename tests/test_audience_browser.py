"""The audience page in a real browser: headless Chromium, driven by selenium.

Stories: a viewer on a phone sends a question in German and it reaches the moderator's
queue as "new" from the audience page, while the page never lists it; once a co-host
accepts it, it appears on the page (pushed) and the viewer votes for it, once; a question
with markup and a link shows literally, nothing in it runs or is clickable; sending too
fast ends in a clear message. Screenshots of a phone-sized and a desktop window in German
go to build/screenshots/stream/ for people to look at.
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
from moderator.domain.model import QuestionSource, QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.stream import audience
from moderator.stream.config import StreamConfig
from stream_helpers import SCREENSHOTS, LiveServer, chromium, chromium_or_skip

BERLIN = ZoneInfo("Europe/Berlin")
TOKEN = "publikum-link"
PHONE = (390, 844)
DESKTOP = (1366, 768)
XSS = 'Gilt das auch für uns? <img src=x onerror="window.pwned=1"><b>fett</b> https://example.org/x'


@pytest.fixture
def browser() -> Iterator[Any]:
    chromium_or_skip()
    driver = chromium(*PHONE)
    driver.execute_cdp_cmd("Emulation.setDefaultBackgroundColorOverride", {})  # the page is opaque
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(
        make_event_file(tmp_path), FakeClock(datetime(2021, 6, 9, 15, 5, tzinfo=BERLIN)),
        StreamConfig(port=0, osc_port=0, audience_token=TOKEN),
    )
    try:
        yield server
    finally:
        server.close()


def size(driver: Any, width: int, height: int, *, mobile: bool) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def wait(driver: Any, condition: Any, timeout: float = 8) -> None:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # The page re-renders its lists on every push: an element found a moment ago may be gone.
    WebDriverWait(
        driver, timeout, poll_frequency=0.02,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    ).until(condition)


def open_page(driver: Any, live: LiveServer, lang: str = "de") -> None:
    assert live.server.audience is not None
    driver.get(f"{live.server.audience.url()}?lang={lang}")
    wait(driver, lambda d: d.execute_script("return document.getElementById('slot').textContent !== ''"))


def to_the_panel(live: LiveServer) -> None:
    def run() -> None:
        service = live.service
        service.run(ops.StartShow())
        panel = next(slot for slot in service.slots if slot.title == "Moderiertes Gespräch")
        service.run(ops.GotoSlot(panel.id or 0))
        service.run(ops.HandOffTo("Groh"))

    live.call(run)


def send(driver: Any, text: str, *, name: str = "", organisation: str = "", to: str = "") -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    field = driver.find_element(By.ID, "text")
    field.clear()
    field.send_keys(text)
    for field_id, value in (("name", name), ("organisation", organisation)):
        driver.find_element(By.ID, field_id).clear()  # the page keeps them for the next question
        if value:
            driver.find_element(By.ID, field_id).send_keys(value)
    if to:
        Select(driver.find_element(By.ID, "to")).select_by_visible_text(to)
    driver.execute_script("document.getElementById('outcome').textContent = ''")
    driver.find_element(By.ID, "send").click()
    wait(driver, lambda d: d.execute_script(
        "const o = document.getElementById('outcome').textContent;"
        "return o !== '' && !o.endsWith('…') && !document.getElementById('send').disabled"))
    return str(driver.execute_script("return document.getElementById('outcome').textContent"))


def listed(driver: Any) -> list[str]:
    return list(driver.execute_script(
        "return Array.from(document.querySelectorAll('#list .question-text')).map(e => e.textContent)"
    ))


def questions(live: LiveServer) -> list[Any]:
    return live.call(lambda: list(live.service.snapshot.questions))


def test_a_question_sent_from_a_phone_reaches_the_queue_and_the_page_lists_only_accepted_ones(
    browser: Any, live: LiveServer
) -> None:
    to_the_panel(live)
    size(browser, *PHONE, mobile=True)
    open_page(browser, live)
    assert browser.find_element("id", "ask-heading").text == "Eine Frage stellen"
    assert browser.execute_script("return document.getElementById('speaker-name').textContent") == (
        "Adriana Groh, Open Knowledge Foundation"
    )
    answer = send(browser, "Wie fangen kleine Gemeinden mit Open Data an?", name="Jana Beck",
                  organisation="Gemeinde Weilrod", to="Adriana Groh")
    assert answer == "Danke! Ihre Frage ist bei der Moderation angekommen."
    question = next(q for q in questions(live) if q.text == "Wie fangen kleine Gemeinden mit Open Data an?")
    assert question.status is QuestionStatus.NEW and question.source is QuestionSource.AUDIENCE
    assert (question.asked_by, question.organisation) == ("Jana Beck", "Gemeinde Weilrod")
    groh = next(p for p in live.service.snapshot.people if p.name == "Adriana Groh")
    assert question.addressed_to == groh.id
    # Not accepted: the page never shows it, not even after a reload.
    open_page(browser, live)
    assert listed(browser) == []
    assert "Open Data" not in browser.find_element("tag name", "body").text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "audience-phone-de.png"))


def test_an_accepted_question_appears_literally_and_a_viewer_votes_for_it_once(browser: Any, live: LiveServer) -> None:
    to_the_panel(live)
    size(browser, *DESKTOP, mobile=False)
    open_page(browser, live)
    send(browser, XSS, name="<i>Kim</i>", organisation="Stadt Musterstadt")
    send(browser, "Wann kommt das Transparenzgesetz?", name="Ole Brandt", organisation="Landkreis Harburg")
    send(browser, "Eine Frage, die niemand annimmt?")
    asked = {q.text: q for q in questions(live)}
    live.call(lambda: live.service.run(ops.ChangeQueue(queue_ops.SetStatus(asked[XSS].id or 0, QuestionStatus.QUEUED))))
    live.call(lambda: live.service.run(ops.ChangeQueue(
        queue_ops.SetStatus(asked["Wann kommt das Transparenzgesetz?"].id or 0, QuestionStatus.QUEUED))))
    wait(browser, lambda d: len(listed(d)) == 2)  # pushed, no reload
    assert set(listed(browser)) == {XSS, "Wann kommt das Transparenzgesetz?"}
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('#list img, #list b, #list a, #list i').length") == 0
    assert "<i>Kim</i>, Stadt Musterstadt" in browser.find_element("id", "list").text

    button = browser.find_element("css selector", f'#list li[data-id="{asked[XSS].id}"] button')
    assert button.get_attribute("aria-label").startswith("Diese Frage unterstützen")
    button.click()
    wait(browser, lambda d: d.find_element("css selector", f'#list li[data-id="{asked[XSS].id}"] button')
         .get_attribute("aria-pressed") == "true")
    wait(browser, lambda d: "1 Stimme" in d.find_element("css selector", f'#list li[data-id="{asked[XSS].id}"]').text)
    assert next(q for q in questions(live) if q.text == XSS).votes == 1
    # Once per browser: after a reload the button stays pressed, and the server says no again.
    open_page(browser, live)
    wait(browser, lambda d: len(listed(d)) == 2)
    again = browser.find_element("css selector", f'#list li[data-id="{asked[XSS].id}"] button')
    assert again.get_attribute("aria-pressed") == "true" and not again.is_enabled()
    status = browser.execute_script(
        "const body = new URLSearchParams({csrf: document.getElementById('csrf').value, id: arguments[0]});"
        "return fetch('vote', {method: 'POST', body: body, headers: {Accept: 'application/json'}})"
        ".then(r => r.status)", str(asked[XSS].id))
    assert status == 409
    assert next(q for q in questions(live) if q.text == XSS).votes == 1
    assert "niemand annimmt" not in browser.find_element("tag name", "body").text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "audience-desktop-de.png"))
    size(browser, *PHONE, mobile=True)
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    browser.save_screenshot(str(SCREENSHOTS / "audience-phone-list-de.png"))


def test_sending_too_fast_ends_in_a_clear_message_and_nothing_more_is_added(browser: Any, live: LiveServer) -> None:
    open_page(browser, live, lang="en")
    limit, _ = audience.QUESTIONS_PER_BROWSER
    for number in range(limit):
        assert send(browser, f"Question number {number}?") == (
            "Thank you! Your question has been sent to the moderators."
        )
    message = send(browser, "One too many?")
    assert message == "You have sent several questions in a short time. Please wait a minute before sending another."
    assert browser.find_element("id", "outcome").get_attribute("class") == "outcome error"
    assert "One too many?" not in [q.text for q in questions(live)]
    # The text stays in the field, so nothing is lost: it can be sent a minute later.
    assert browser.find_element("id", "text").get_attribute("value") == "One too many?"


def test_a_closed_page_says_so_and_shows_no_form(browser: Any, live: LiveServer) -> None:
    open_page(browser, live)
    live.call(lambda: live.server.audience.set_open(False))  # type: ignore[union-attr]
    wait(browser, lambda d: not d.find_element("id", "form").is_displayed())
    assert browser.find_element("id", "closed-note").text == (
        "Die Moderation nimmt über diese Seite keine neuen Fragen mehr an."
    )


def test_the_qr_overlay_for_obs_shows_the_code_of_the_link(live: LiveServer) -> None:
    chromium_or_skip()
    driver = chromium(1920, 1080)  # transparent, as OBS composes it
    try:
        driver.get(f"{live.base}/audience-qr?lang=de")
        wait(driver, lambda d: d.execute_script("return document.querySelector('img.qr').naturalWidth > 0"))
        assert live.server.audience is not None
        assert driver.find_element("css selector", ".qr-link").text == live.server.audience.url()
        assert driver.find_element("css selector", ".qr-card .label").get_attribute("textContent") == "Ihre Frage an das Podium:"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / "audience-qr-overlay-1080p.png"))
    finally:
        driver.quit()
