"""The command line as organisers' scripts and co-hosts' bots use it: real processes,
real files, exit status and one line on stderr for every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SEED_PAGE


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The log of unexpected errors goes to the data folder: keep it out of the user's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def moderator(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        input=stdin,
        env=env,
    )


def assert_refused(result: subprocess.CompletedProcess[str], *mentions: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for mention in mentions:
        assert mention in lines[0]


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "lounge.moderator"
    result = moderator("new", str(path), "--from", str(SEED_PAGE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the seed page has no guessed lines
    return path


def export(path: Path) -> dict[str, Any]:
    result = moderator("export", str(path), "--format", "json", cwd=path.parent)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_seed_page_becomes_an_event_file_that_exports_as_json(seed_file: Path) -> None:
    data = export(seed_file)
    assert data["event"]["title"] == "Open Government – das können wir?!"
    assert data["event"]["timezone"] == "Europe/Berlin"
    assert data["event"]["start"] == "2021-06-09T14:00:00+02:00"
    assert data["event"]["end"] == "2021-06-09T15:30:00+02:00"
    assert [(s["start"], s["duration_minutes"], s["kind"]) for s in data["slots"]] == [
        ("2021-06-09T13:50:00+02:00", 10, "pre_show"),
        ("2021-06-09T14:00:00+02:00", 10, "welcome"),
        ("2021-06-09T14:10:00+02:00", 20, "talk"),
        ("2021-06-09T14:30:00+02:00", 15, "talk"),
        ("2021-06-09T14:45:00+02:00", 15, "talk"),
        ("2021-06-09T15:00:00+02:00", 30, "panel"),
    ]
    assert data["slots"][-1]["end"] == "2021-06-09T15:30:00+02:00"
    panel = data["slots"][-1]["speakers"]
    assert ("Alexander Handschuh", "moderator") in [(p["name"], p["role"]) for p in panel]
    assert sorted((p["display_name"], p["organisation"]) for p in data["people"]) == sorted(
        [
            ("Alexander Handschuh", "Innovators Club"),
            ("Dr. Tobias Plate", "Bundeskanzleramt"),
            ("Sebastian Haselbeck", "Bundeskanzleramt"),
            ("Dr. Kristina Schade", "Bundesinnenministerium"),
            ("David Goessmann", "OECD"),
            ("Ralf Laumer", "Landkreis Marburg-Biedenkopf"),
            ("Adriana Groh", "Open Knowledge Foundation"),
        ]
    )
    assert data["questions"] == []
    assert {"id", "title", "kind", "start", "end", "duration_minutes", "speakers"} <= set(data["slots"][0])


def test_export_writes_to_a_file_with_o(seed_file: Path) -> None:
    out = seed_file.parent / "lounge.json"
    result = moderator("export", str(seed_file), "--format", "json", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["event"]["series"] == "Innovators Lounge digital"


def test_a_co_host_bot_asks_questions_that_join_the_queue(seed_file: Path) -> None:
    first = moderator("ask", str(seed_file), "Wie starten kleine Gemeinden mit Open Data?",
                      "--by", "Maria Weber", "--org", "Gemeinde Ebsdorfergrund", "--to", "Laumer",
                      "--source", "chat", "--host", "Co-Host Jana")
    second = moderator("ask", str(seed_file), "Gibt es Förderprogramme?")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    data = export(seed_file)
    laumer = next(p["id"] for p in data["people"] if p["name"] == "Ralf Laumer")
    questions = data["questions"]
    assert [(q["id"], q["text"], q["position"], q["status"], q["votes"]) for q in questions] == [
        (int(first.stdout), "Wie starten kleine Gemeinden mit Open Data?", 1, "new", 0),
        (int(second.stdout), "Gibt es Förderprogramme?", 2, "new", 0),
    ]
    assert questions[0]["asked_by"] == "Maria Weber"
    assert questions[0]["organisation"] == "Gemeinde Ebsdorfergrund"
    assert questions[0]["addressed_to"] == laumer
    assert questions[0]["source"] == "chat" and questions[0]["created_by"] == "Co-Host Jana"
    assert questions[0]["created_at"].endswith("+02:00") or questions[0]["created_at"].endswith("+01:00")


def test_html_in_a_question_is_kept_as_text(seed_file: Path) -> None:
    text = '<b>Frage</b> <a href="http://x">hier</a>'
    assert moderator("ask", str(seed_file), text).returncode == 0
    assert export(seed_file)["questions"][0]["text"] == text


def test_an_english_agenda_from_stdin(tmp_path: Path) -> None:
    agenda = "Town hall on open data\nJune 9, 2021\n2:00 pm Welcome – Jane Doe, City of Springfield\n2:15 pm Q&A\n3:00 pm End\n"
    path = tmp_path / "townhall.moderator"
    result = moderator("new", str(path), "--from", "-", "--tz", "America/New_York", stdin=agenda, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = export(path)
    assert [(s["start"], s["duration_minutes"]) for s in data["slots"]] == [
        ("2021-06-09T14:00:00-04:00", 15),
        ("2021-06-09T14:15:00-04:00", 45),
    ]


def test_guessed_lines_are_reported_for_checking(tmp_path: Path) -> None:
    agenda = "9. Juni 2021\n14:00 Welcome Anna Schmidt Berlin\n14:30 Ende\n"
    path = tmp_path / "guess.moderator"
    result = moderator("new", str(path), "--from", "-", stdin=agenda, cwd=tmp_path)
    assert result.returncode == 0
    assert "line 2" in result.stderr and "Traceback" not in result.stderr


def test_a_new_event_without_a_source(tmp_path: Path) -> None:
    path = tmp_path / "empty.moderator"
    result = moderator("new", str(path), "--date", "2026-12-03", "--tz", "Europe/Berlin", "--title", "Lounge", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = export(path)
    assert data["event"]["title"] == "Lounge" and data["event"]["start"].startswith("2026-12-03")


def test_bad_inputs_get_one_line_and_change_nothing(seed_file: Path, tmp_path: Path) -> None:
    before = seed_file.read_bytes()
    assert_refused(moderator("new", str(seed_file), "--from", str(SEED_PAGE)), str(seed_file), "already exists")
    assert_refused(moderator("ask", str(seed_file), "   "), str(seed_file), "empty")
    assert_refused(moderator("ask", str(seed_file), "x" * 2001), str(seed_file), "2001")
    assert_refused(moderator("ask", str(seed_file), "Frage?", "--to", "Niemand"), str(seed_file), "Niemand")
    assert_refused(moderator("ask", str(seed_file), "Frage?", "--to", "Dr."), str(seed_file), "more precise")
    assert seed_file.read_bytes() == before

    text = tmp_path / "agenda.txt"
    text.write_text("Einfach nur Text, keine Uhrzeiten.\n", encoding="utf-8")
    assert_refused(moderator("export", str(text), "--format", "json"), str(text), "not a moderator event file")
    # The source is at fault, not the event file that was to be made from it.
    result = moderator("new", str(tmp_path / "x.moderator"), "--from", str(text))
    assert_refused(result, str(text), "No agenda lines")
    assert str(tmp_path / "x.moderator") not in result.stderr
    assert not (tmp_path / "x.moderator").exists()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(os.urandom(3000))
    assert_refused(moderator("new", str(tmp_path / "y.moderator"), "--from", str(junk)))
    assert_refused(moderator("export", str(tmp_path / "missing.moderator"), "--format", "json"), "no such file")
    assert_refused(moderator("new", str(tmp_path / "z.moderator"), "--from", str(tmp_path / "nope.txt")), "nope.txt")
    assert_refused(moderator("export", str(seed_file), "--format", "xml"))
    assert_refused(moderator("new", str(tmp_path / "z.moderator"), "--tz", "Mars/Olympus"), "Mars/Olympus")
