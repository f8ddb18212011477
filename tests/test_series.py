"""The next event of a series: the seed event, after its show, copied to another date has
the same run sheet and people, and nothing of what happened."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from moderator.domain.model import EventSnapshot, LiveState
from moderator.domain.series import next_in_series
from moderator.persistence import EventStore

from show_scenario import ShowRun, run_seed_show

BERLIN = ZoneInfo("Europe/Berlin")
#: A winter date: the summer time of 9 June is over, the slots keep their wall-clock times.
NEXT = date(2021, 12, 8)


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> ShowRun:
    return run_seed_show(tmp_path_factory.mktemp("show"))


def read(path: Path) -> EventSnapshot:
    store = EventStore.open(path, read_only=True)
    try:
        return store.snapshot()
    finally:
        store.close()


def nothing_happened(path: Path) -> None:
    """The event file holds no trace of a show: no live state, log, hand-offs, questions."""
    store = EventStore.open(path, read_only=True)
    try:
        assert store.live() == LiveState()
        assert store.log() == ()
        assert store.handoffs() == ()
        assert store.questions() == ()
        assert store.followups() == {}
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        for table in ("log", "handoff", "question", "followup"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_the_template_of_the_seed_on_another_date_has_no_live_state(show: ShowRun, tmp_path: Path) -> None:
    snapshot = read(show.path)
    path = tmp_path / "next.moderator"
    EventStore.create(path, next_in_series(snapshot, NEXT, title="Smart City – was geht?")).close()

    nothing_happened(path)
    new = read(path)
    assert new.event.title == "Smart City – was geht?"
    assert new.event.series == snapshot.event.series
    assert new.event.start == datetime(2021, 12, 8, 14, 0, tzinfo=BERLIN)
    for old_slot, new_slot in zip(snapshot.slots, new.slots, strict=True):
        assert new_slot.title == old_slot.title and new_slot.kind == old_slot.kind
        assert new_slot.duration == old_slot.duration and new_slot.notes == old_slot.notes
        # The same wall-clock time on the new day, though the UTC offset changed.
        assert new_slot.start.astimezone(BERLIN).time() == old_slot.start.astimezone(BERLIN).time()
        assert new_slot.start.astimezone(BERLIN).date() == NEXT
        assert [p.role for p in new_slot.participants] == [p.role for p in old_slot.participants]
    assert [(p.display_name, p.intro) for p in new.people] == [(p.display_name, p.intro) for p in snapshot.people]


def test_a_new_start_moves_the_whole_run_sheet_and_people_may_stay_behind(show: ShowRun) -> None:
    snapshot = read(show.path)
    draft = next_in_series(snapshot, NEXT, start=time(10, 30), keep_people=False)
    assert draft.event.start == datetime(2021, 12, 8, 10, 30, tzinfo=BERLIN)
    assert draft.slots[0].start == datetime(2021, 12, 8, 10, 20, tzinfo=BERLIN)  # the pre-show, 10 min before
    assert draft.people == () and all(not links for links in draft.slot_people)


def test_the_command_line_makes_the_next_event_from_a_file_or_a_template(
    show: ShowRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "Innovators Lounge.moderator").write_bytes(show.path.read_bytes())
    env = {"MODERATOR_TEMPLATES": str(templates), "XDG_DATA_HOME": str(tmp_path / "data")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run(
            [sys.executable, "-m", "moderator", "new", *args], capture_output=True, text=True, timeout=120,
            env={**os.environ, **env},
        )

    made = run(str(tmp_path / "a.moderator"), "--like", str(show.path), "--date", NEXT.isoformat(), "--title", "Neu")
    assert made.returncode == 0, made.stderr
    nothing_happened(tmp_path / "a.moderator")
    from_template = run(str(tmp_path / "b.moderator"), "--like", "Innovators Lounge", "--date", "2022-01-12")
    assert from_template.returncode == 0, from_template.stderr
    assert read(tmp_path / "b.moderator").event.start.date() == date(2022, 1, 12)

    for refused in (
        run(str(tmp_path / "c.moderator"), "--like", "No Such Lounge", "--date", "2022-01-12"),
        run(str(tmp_path / "c.moderator"), "--like", str(show.path)),
    ):
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert not (tmp_path / "c.moderator").exists()


def test_the_dialog_creates_the_next_event_and_keeps_templates(
    show: ShowRun, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moderator.ui.series_dialog import NewFromThisDialog

    monkeypatch.setenv("MODERATOR_TEMPLATES", str(tmp_path / "templates"))
    snapshot = read(show.path)
    dialog = NewFromThisDialog(snapshot)
    qtbot.addWidget(dialog)
    assert dialog.day.date() == QDate(2021, 6, 16)  # a week later by default
    dialog.day.setDate(QDate(2021, 12, 8))
    dialog.start.setTime(QTime(15, 0))
    dialog.with_people.setChecked(False)

    template = dialog.keep_as_template()
    assert template is not None and template.parent == tmp_path / "templates"
    nothing_happened(template)

    with qtbot.waitSignal(dialog.created) as created:
        assert dialog.create_at(tmp_path / "next.moderator")
    assert created.args == [str(tmp_path / "next.moderator")]
    new = read(tmp_path / "next.moderator")
    assert new.event.start == datetime(2021, 12, 8, 15, 0, tzinfo=BERLIN)
    assert new.people == ()
    # An existing file is never replaced: the window says so and nothing changes.
    again = NewFromThisDialog(snapshot)
    qtbot.addWidget(again)
    assert not again.create_at(tmp_path / "next.moderator")
    assert again.status.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "series-dialog.png"))
