"""The live line in the status bar: what a live key did, and that Ctrl+Z takes it back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.domain.live_undo import LiveStep, StepKind
from moderator.ui.elide import ELLIPSIS
from moderator.ui.i18n import Translations
from moderator.ui.live_line import LiveLine


@pytest.fixture(params=["en", "de"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")


def test_in_a_narrow_status_bar_the_action_is_cut_and_the_undo_key_stays(qtbot: QtBot, language: str) -> None:
    # Seen in German at 1366x768: the keys indicator beside it left the line
    # "Das Wort hat Alexander Handschuh · Strg+Z nimmt zur", cut mid-word without "…".
    line = LiveLine()
    qtbot.addWidget(line)
    line.set_undo_keys("Ctrl+Z" if language == "en" else "Strg+Z")
    line.resize(260, 24)
    line.show()

    line.show_done(LiveStep(StepKind.HANDOFF, subject="Alexander Handschuh"))

    shown, whole = line.shown_text(), line.text()
    undo = " · Ctrl+Z undoes" if language == "en" else " · Strg+Z nimmt zurück"
    assert whole.endswith(undo)
    assert shown != whole, "the test needs a line too narrow for the whole text"
    assert shown.endswith(undo)
    assert ELLIPSIS in shown
    assert line.fontMetrics().horizontalAdvance(shown) <= line.contentsRect().width()

    line.resize(1000, 24)
    assert line.shown_text() == whole  # with room, nothing is cut
