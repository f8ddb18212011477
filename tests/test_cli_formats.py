"""Organisers start from what they have: `moderator new --from` recognises every format
by its content, and `moderator export` writes each format a user asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from moderator.importers.any_format import SourceFormat, detect

from conftest import TEST_DATA

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "innovators-lounge-2021-06-09.json"


def moderator(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "moderator", *args], capture_output=True, input=stdin, timeout=120)


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (TEST_DATA / "seed-event-page.txt", SourceFormat.AGENDA_TEXT),
        (SAMPLE, SourceFormat.EVENT_JSON),
        (TEST_DATA / "ics" / "example.ics", SourceFormat.ICALENDAR),
        (TEST_DATA / "schedules" / "31c3-piece.xml", SourceFormat.SCHEDULE_XML),
        (TEST_DATA / "schedules" / "democon-piece.json", SourceFormat.SCHEDULE_JSON),
        (TEST_DATA / "schedules" / "hub-schedule2.json", SourceFormat.SCHEDULE_JSON),
        (TEST_DATA / "sheets" / "lounge-de.csv", SourceFormat.SPREADSHEET),
    ],
)
def test_the_format_is_recognised_by_content_not_by_name(path: Path, expected: SourceFormat, tmp_path: Path) -> None:
    assert detect(path.read_bytes()) is expected
    # Renamed to .txt, the same content is still recognised.
    renamed = tmp_path / "whatever.txt"
    renamed.write_bytes(path.read_bytes())
    assert detect(renamed.read_bytes()) is expected


def test_an_xlsx_is_recognised_by_its_zip_signature() -> None:
    assert detect(b"PK\x03\x04" + b"\0" * 100) is SourceFormat.SPREADSHEET


def test_every_format_becomes_an_event_file(tmp_path: Path) -> None:
    sources = [
        TEST_DATA / "seed-event-page.txt",
        TEST_DATA / "ics" / "timezoned.ics",
        TEST_DATA / "sheets" / "lounge-de.csv",
    ]
    for index, source in enumerate(sources):
        target = tmp_path / f"event-{index}.moderator"
        result = moderator("new", str(target), "--from", str(source))
        assert result.returncode == 0, result.stderr.decode()
        exported = json.loads(moderator("export", str(target), "--format", "json").stdout)
        assert exported["slots"], source.name


def test_a_schedule_with_several_rooms_asks_which_one_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "congress.moderator"
    piece = TEST_DATA / "schedules" / "31c3-piece.xml"
    refused = moderator("new", str(target), "--from", str(piece))
    if refused.returncode == 0:
        pytest.skip("the kept piece of the schedule has a single day and room")
    assert refused.returncode == 2
    lines = refused.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "--room" in lines[0]
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["ics", "csv", "html", "json"])
def test_export_writes_each_format(tmp_path: Path, fmt: str) -> None:
    event = tmp_path / "lounge.moderator"
    assert moderator("new", str(event), "--from", str(SAMPLE)).returncode == 0
    out = tmp_path / f"lounge.{fmt}"
    result = moderator("export", str(event), "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    data = out.read_bytes()
    # The CSV starts with a byte-order mark, so that Excel reads its umlauts right.
    expected = {"ics": b"BEGIN:VCALENDAR", "csv": b"\xef\xbb\xbf", "html": b"<!DOCTYPE html>", "json": b"{"}[fmt]
    assert data.lstrip().startswith(expected)
    if fmt in ("html", "csv"):
        assert "Einwahl und Technik-Check" in data.decode("utf-8-sig")


def test_export_pdf_in_german(tmp_path: Path) -> None:
    event = tmp_path / "lounge.moderator"
    assert moderator("new", str(event), "--from", str(SAMPLE)).returncode == 0
    out = tmp_path / "lounge.pdf"
    result = moderator("export", str(event), "--format", "pdf", "-o", str(out), "--lang", "de")
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes().startswith(b"%PDF")
    no_output = moderator("export", str(event), "--format", "pdf")
    assert no_output.returncode == 2 and b"-o" in no_output.stderr


def test_the_ics_export_imports_back_to_the_same_run_sheet(tmp_path: Path) -> None:
    event = tmp_path / "lounge.moderator"
    assert moderator("new", str(event), "--from", str(SAMPLE)).returncode == 0
    ics = tmp_path / "lounge.ics"
    assert moderator("export", str(event), "--format", "ics", "-o", str(ics)).returncode == 0
    again = tmp_path / "again.moderator"
    assert moderator("new", str(again), "--from", str(ics)).returncode == 0
    first = json.loads(moderator("export", str(event), "--format", "json").stdout)
    second = json.loads(moderator("export", str(again), "--format", "json").stdout)
    assert [(s["title"], s["start"], s["duration_minutes"], s["kind"]) for s in first["slots"]] == [
        (s["title"], s["start"], s["duration_minutes"], s["kind"]) for s in second["slots"]
    ]
