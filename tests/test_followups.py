"""Follow-ups: after the seed show, the two questions left open get an owner and a due date,
which the organiser may change, and go out as CSV, iCalendar tasks and one text per owner."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from moderator.domain.followups import DEFAULT_DUE, FollowUpChoice, follow_ups
from moderator.domain.queue import QueueError
from moderator.exporters.followups_export import (
    CSV_HEADER,
    export_followups_csv,
    export_followups_ics,
    export_followups_text,
    owner_texts,
)
from moderator.exporters.html_export import translator_for
from moderator.persistence import EventStore

from show_scenario import ANSWERED, QUESTIONS, ShowRun, run_seed_show

EVENT_DAY = date(2021, 6, 9)


@pytest.fixture
def show(tmp_path: Path) -> ShowRun:
    return run_seed_show(tmp_path)


def people_by_name(store: EventStore) -> dict[str, int]:
    return {p.display_name: p.id for p in store.people() if p.id is not None}


def test_open_questions_go_to_their_addressee_a_week_later_by_default(show: ShowRun) -> None:
    store = EventStore.open(show.path)
    items = follow_ups(store.snapshot(), store.followups())
    store.close()

    assert [item.question.id for item in items] == show.open_ids
    open_questions = QUESTIONS[ANSWERED:]
    for item, (_text, _by, _org, to, _source) in zip(items, open_questions, strict=True):
        assert (item.owner.display_name if item.owner else "") == to
        assert item.due == EVENT_DAY + DEFAULT_DUE


def test_the_owner_and_due_date_can_be_changed_and_are_shared_through_the_file(show: ShowRun) -> None:
    store = EventStore.open(show.path)
    other = EventStore.open(show.path)  # a co-host with the same file open
    seq = other.last_change()
    handschuh = people_by_name(store)["Alexander Handschuh"]
    unowned = show.open_ids[1]  # addressed to the whole panel

    store.set_followup(FollowUpChoice(unowned, owner_id=handschuh, due=date(2021, 6, 30)))

    assert other.last_change() > seq  # written through the change feed
    assert other.delta(seq, 0).changed_questions[0].id == unowned
    items = {item.question.id: item for item in follow_ups(other.snapshot(), other.followups())}
    assert items[unowned].owner is not None and items[unowned].owner.id == handschuh
    assert items[unowned].due == date(2021, 6, 30)
    # Only what was chosen is stored: the other question keeps its defaults.
    assert items[show.open_ids[0]].due == EVENT_DAY + DEFAULT_DUE

    with pytest.raises(QueueError):
        store.set_followup(FollowUpChoice(99999, owner_id=handschuh))
    store.close()
    other.close()


def test_the_tasks_read_back_with_icalendar(show: ShowRun) -> None:
    store = EventStore.open(show.path)
    store.set_followup(FollowUpChoice(show.open_ids[0], due=date(2021, 6, 20)))
    snapshot = store.snapshot()
    items = follow_ups(snapshot, store.followups())
    store.close()

    data = export_followups_ics(items, snapshot.event, language="de", texts=translator_for("de"))
    calendar = Calendar.from_ical(data)
    todos = list(calendar.walk("VTODO"))
    assert len(todos) == len(items) == len(QUESTIONS) - ANSWERED
    first, second = todos
    assert str(first["SUMMARY"]) == items[0].question.text
    assert first.decoded("DUE") == date(2021, 6, 20)
    assert second.decoded("DUE") == EVENT_DAY + timedelta(days=7)
    assert str(first["STATUS"]) == "NEEDS-ACTION"
    assert first["ATTENDEE"].params["CN"] == "Dr. Kristina Schade"
    assert "ATTENDEE" not in second  # nobody owns the question to the whole panel yet
    assert "Offene Frage" in str(first["DESCRIPTION"])
    # Exported again, the tasks keep their UIDs: a task app updates instead of doubling.
    again = Calendar.from_ical(export_followups_ics(items, snapshot.event))
    assert [str(t["UID"]) for t in again.walk("VTODO")] == [str(t["UID"]) for t in todos]


def test_csv_and_one_text_per_owner(show: ShowRun) -> None:
    store = EventStore.open(show.path)
    snapshot = store.snapshot()
    items = follow_ups(snapshot, store.followups())
    store.close()

    rows = list(csv.DictReader(io.StringIO(export_followups_csv(items)[1:]), delimiter=";"))
    assert tuple(rows[0].keys()) == CSV_HEADER
    assert [int(row["question_id"]) for row in rows] == show.open_ids
    assert rows[0]["due"] == (EVENT_DAY + DEFAULT_DUE).isoformat()

    texts = owner_texts(items, snapshot.event, language="de", texts=translator_for("de"))
    (schade, schade_text), (nobody, nobody_text) = texts
    assert schade is not None and schade.display_name == "Dr. Kristina Schade"
    assert schade_text.startswith("Guten Tag Dr. Kristina Schade,")
    assert "16. Juni 2021" in schade_text
    assert "1. Wie geht Open Government mit Datenschutz zusammen? (gestellt von Kai Offen (Stadt Offenbach))" in schade_text
    assert nobody is None and "Wo finde ich Förderprogramme?" in nobody_text
    assert export_followups_text(items, snapshot.event).count("=== ") == 2


def test_the_command_line_changes_an_owner_and_writes_every_format(show: ShowRun, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "moderator", "followups", str(show.path), *args],
            capture_output=True, text=True, timeout=120,
        )

    changed = run("--question", str(show.open_ids[1]), "--owner", "Groh", "--due", "2021-07-01", "--lang", "en")
    assert changed.returncode == 0, changed.stderr
    assert "Hello Adriana Groh," in changed.stdout and "Wo finde ich Förderprogramme?" in changed.stdout
    for fmt in ("csv", "ics", "txt"):
        out = tmp_path / f"followups.{fmt}"
        result = run("--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    tasks = list(Calendar.from_ical((tmp_path / "followups.ics").read_bytes()).walk("VTODO"))
    assert tasks[1].decoded("DUE") == date(2021, 7, 1)

    refused = run("--owner", "Groh")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1


def test_a_file_of_format_2_gets_the_followup_table(show: ShowRun) -> None:
    connection = sqlite3.connect(show.path)
    connection.execute("DROP TABLE followup")
    connection.execute("DROP TABLE readiness")
    connection.execute("UPDATE alembic_version SET version_num = '0002_cohosts'")
    connection.execute("PRAGMA user_version = 2")
    connection.commit()
    connection.close()

    store = EventStore.open(show.path)
    assert store.followups() == {}
    assert len(follow_ups(store.snapshot(), {})) == len(QUESTIONS) - ANSWERED
    store.close()
