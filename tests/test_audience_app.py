"""The audience page inside the app: its questions reach the cockpit's queue, its link and QR
code are shown in a dialog, and the organiser closes it there.

The server runs on the app's qasync loop and serves the cockpit's own service, as in the
app; the viewer is an HTTP client on loopback.
"""

from __future__ import annotations

import asyncio
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
from moderator.domain.model import QuestionStatus
from moderator.stream.config import config_path, load_config
from moderator.ui.audience_panel import AudienceDialog
from moderator.ui.main_window import CockpitWindow
from moderator.ui.queue_model import COLUMN_TEXT
from moderator.ui.stream_panel import StreamHost


@pytest.fixture
def cockpit(qtbot: QtBot, tmp_path: Path) -> CockpitWindow:
    return make_cockpit(qtbot, tmp_path, datetime(2021, 6, 9, 15, 5, tzinfo=BERLIN))


def test_a_question_from_the_page_shows_in_the_cockpits_queue_and_its_votes_too(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, cockpit: CockpitWindow
) -> None:
    host = StreamHost()
    serve(loop, host, cockpit)
    assert host.server is not None and host.server.audience is not None
    link = host.server.audience.url()
    model = cockpit.queue_panel.model

    async def story() -> int:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(link + "state") as response:
                csrf = (await response.json())["csrf"]
            form = {"csrf": csrf, "text": "Was kostet ein offener Haushalt?", "name": "Uwe Kern",
                    "organisation": "Stadt Lich"}
            async with http.post(link + "question", data=form, headers={"Accept": "application/json"}) as response:
                answer = await response.json()
            assert answer["ok"], answer
            question_id = int(answer["id"])
            assert model.row_of(question_id) is not None  # in the queue when the page says "thank you"
            cockpit.session.set_question_status(question_id, QuestionStatus.QUEUED)  # a co-host accepts it
            async with http.post(link + "vote", data={"csrf": csrf, "id": str(question_id)},
                                 headers={"Accept": "application/json"}) as response:
                assert (await response.json())["ok"]
            return question_id

    question_id = loop.run_until_complete(story())
    row = model.row_of(question_id)
    assert row is not None
    assert model.data(model.index(row, COLUMN_TEXT)) == "Was kostet ein offener Haushalt?"
    assert model.data(model.index(row, 4)) == "Uwe Kern (Stadt Lich)"
    assert model.data(model.index(row, 2)) == "1"  # the audience's vote, in the moderator's queue
    assert "From the audience page" in model.data(model.index(row, COLUMN_TEXT), Qt.ItemDataRole.ToolTipRole)
    loop.run_until_complete(host.stop())


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dialog_shows_the_link_and_qr_code_and_closes_the_page(
    qtbot: QtBot, loop: asyncio.AbstractEventLoop, cockpit: CockpitWindow, language: str
) -> None:
    from moderator.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install(language)
    try:
        host = StreamHost()
        serve(loop, host, cockpit)
        assert host.server is not None and host.server.audience is not None
        dialog = AudienceDialog(host, cockpit)
        qtbot.addWidget(dialog)
        dialog.resize(760, 560)
        dialog.show()
        qtbot.waitExposed(dialog)
        token = host.server.config.audience_token
        assert token and token != host.server.config.token
        assert dialog.link.text() == f"http://127.0.0.1:{host.server.audience.port}/a/{token}/"
        assert dialog.overlay.text() == f"{host.server.base_url()}/audience-qr"
        qr = dialog.qr.pixmap()
        assert qr is not None and not qr.isNull()
        assert dialog.open_box.isChecked() and dialog.votes_box.isChecked()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / f"audience-dialog-{language}.png"))
        if language == "de":
            assert dialog.windowTitle() == "Publikumsseite"
        dialog.open_box.setChecked(False)
        assert host.server.config.audience_open is False
        assert load_config(config_path(cockpit.session.store.path)).audience_open is False
        assert host.config is not None and host.config.audience_open is False
        loop.run_until_complete(host.stop())
    finally:
        translations.install("en")
