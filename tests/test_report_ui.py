"""File → After-show report… in the cockpit: a non-modal window; after End of show the
banner names it, and nothing asks a question."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from moderator.domain.timesource import FakeClock
from moderator.persistence import EventStore
from moderator.ui.actions import ActionId
from moderator.ui.event_session import EventSession
from moderator.ui.i18n import Translations
from moderator.ui.main_window import CockpitWindow
from moderator.ui.report_dialog import AfterShowReportDialog
from moderator.ui.settings import Settings

from show_scenario import run_seed_show

BERLIN = ZoneInfo("Europe/Berlin")


def cockpit(qtbot: QtBot, folder: Path, path: Path, now: datetime) -> CockpitWindow:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.flash = False
    session = EventSession(EventStore.open(path), FakeClock(now))
    window = CockpitWindow(session, settings)
    qtbot.addWidget(window)
    return window


def test_ending_the_show_names_the_report_and_asks_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    from helpers import make_event_file

    window = cockpit(qtbot, tmp_path, make_event_file(tmp_path), datetime(2021, 6, 9, 14, 0, tzinfo=BERLIN))
    window.session.toggle()

    def dialogs() -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()}

    before = dialogs()  # other tests' windows may still be about
    window.actions_[ActionId.END_SHOW].trigger()

    assert window.session.snapshot.live.show_ended_at is not None
    assert "After-show report" in window.banner.text()
    # No window popped up: the cockpit keeps the keyboard.
    assert dialogs() == before

    # Ended by mistake: Ctrl+Z takes the end back, and the offer of a report goes with it.
    window.undo_live()
    assert window.session.snapshot.live.show_ended_at is None
    assert window.banner.isHidden() or "After-show report" not in window.banner.text()


def test_the_report_window_saves_every_format_without_blocking(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    show = run_seed_show(tmp_path)
    assert show.ended_at is not None
    window = cockpit(qtbot, tmp_path, show.path, show.ended_at)
    assert window.actions_[ActionId.AFTER_SHOW_REPORT] in window.file_menu.actions()

    window.actions_[ActionId.AFTER_SHOW_REPORT].trigger()
    dialog = window.findChild(AfterShowReportDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.chosen_language() == "de"  # the seed event is German

    for index in range(dialog.format.count()):
        dialog.format.setCurrentIndex(index)
        target = tmp_path / f"report.{dialog.chosen_format()}"
        assert dialog.save_to(target)
        assert target.stat().st_size > 0
    assert "Bericht nach der Sendung" in (tmp_path / "report.html").read_text(encoding="utf-8")

    # A folder that cannot be written: one line in the window, nothing raised.
    assert not dialog.save_to(tmp_path / "missing" / "report.html")
    assert "missing" in dialog.status.text()

    shots = tmp_path / "screenshots"  # looked at by hand: run with --basetemp to keep them
    shots.mkdir()
    translations = Translations(qapp)
    try:
        for language in ("en", "de"):
            translations.install(language)
            fresh = AfterShowReportDialog(dialog.source, window)
            qtbot.addWidget(fresh)
            fresh.show()
            window.resize(1366, 768)
            window.show()
            assert window.grab().save(str(shots / f"report-cockpit-{language}.png"))
            assert fresh.grab().save(str(shots / f"report-dialog-{language}.png"))
            fresh.close()
    finally:
        translations.install("en")


def test_the_follow_ups_window_changes_an_owner_and_saves_the_tasks(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    from datetime import date

    from icalendar import Calendar
    from PySide6.QtWidgets import QComboBox, QDateEdit

    from moderator.ui.report_dialog import SessionReportSource

    show = run_seed_show(tmp_path)
    assert show.ended_at is not None
    store = EventStore.open(show.path)
    from moderator.app.service import EventService
    from moderator.domain.timesource import FakeClock

    assert show.ended_at is not None
    service = EventService.for_command_line(store, FakeClock(show.ended_at), name="Organiser")
    source = SessionReportSource(service, lambda: show.ended_at)  # type: ignore[arg-type, return-value]
    report_window = AfterShowReportDialog(source)
    qtbot.addWidget(report_window)
    window = report_window.open_followups()
    assert window.table.rowCount() == len(show.open_ids)

    # The second question goes to the whole panel: give it to Groh, due at the end of June.
    owner = window.table.cellWidget(1, window.OWNER)
    assert isinstance(owner, QComboBox) and owner.currentText() == "(nobody yet)"
    owner.setCurrentIndex(owner.findText("Adriana Groh"))
    due = window.table.cellWidget(1, window.DUE)
    assert isinstance(due, QDateEdit)
    due.setDate(due.date().addDays(14))  # 16 June + 14 days
    stored = store.followups()[show.open_ids[1]]
    groh = next(p.id for p in store.people() if p.name == "Adriana Groh")
    assert stored.owner_id == groh and stored.due == date(2021, 6, 30)

    window.format.setCurrentIndex(window.format.findData("ics"))
    assert window.save_to(tmp_path / "followups.ics")
    tasks = list(Calendar.from_ical((tmp_path / "followups.ics").read_bytes()).walk("VTODO"))
    assert tasks[1]["ATTENDEE"].params["CN"] == "Adriana Groh"
    window.show()
    window.grab().save(str(tmp_path / "followups-window.png"))
    store.close()
