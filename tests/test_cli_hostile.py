"""The command line's contract under hostile input: bad input exits 2 with one line on
stderr naming the file at fault (the source, for ``new --from``); exit 1 only for a bug,
and the report of a bug never raises itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hostile import event_json

from moderator import cli


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def moderator(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the command line in a process; arguments may be bytes (not valid UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args],
        capture_output=True, timeout=120, cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )  # fmt: skip


def refused(result: subprocess.CompletedProcess[bytes], *mentions: str) -> str:
    """The one stderr line of a refusal (exit 2), checked to mention each of ``mentions``."""
    stderr = result.stderr.decode("utf-8", "backslashreplace")
    assert result.returncode == 2, (result.returncode, stderr)
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr
    for mention in mentions:
        assert mention in stderr, (mention, stderr)
    return stderr


def export(path: Path) -> dict[str, Any]:
    result = moderator("export", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    source = tmp_path / "event.json"
    source.write_bytes(event_json())
    path = tmp_path / "show.moderator"
    assert moderator("new", str(path), "--from", str(source)).returncode == 0
    return path


def test_invalid_utf8_in_a_text_argument_is_refused_in_one_line(event_file: Path) -> None:
    before = event_file.read_bytes()
    refused(moderator("ask", str(event_file), b"Frage \xff\xfe?"), "TEXT", "UTF-8")
    refused(moderator("ask", str(event_file), "Frage?", "--by", b"\xc3"), "--by", "UTF-8")
    assert event_file.read_bytes() == before


def test_a_file_name_that_is_not_utf8_still_works(tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/show-\xff.moderator"
    result = moderator("new", path, "--date", "2021-06-09")
    assert result.returncode == 0, result.stderr
    assert b"\\udcff" in result.stdout  # shown as an escape, not raised
    assert Path(os.fsdecode(path)).exists()


@pytest.mark.parametrize(
    ("slot", "mention"),
    [
        ({"duration_minutes": 1e20}, "duration_minutes"),
        ({"duration_minutes": float("inf")}, "duration_minutes"),
        ({"duration_minutes": float("nan")}, "duration_minutes"),
        ({"duration_minutes": -5}, "duration_minutes"),
        ({"warning_seconds": 1e20}, "warning_seconds"),
        ({"final_seconds": 10**30}, "final_seconds"),
    ],
)
def test_event_json_with_numbers_out_of_range_is_refused_naming_the_source(
    tmp_path: Path, slot: dict[str, object], mention: str
) -> None:
    source = tmp_path / "event.json"
    source.write_bytes(event_json(**slot))
    target = tmp_path / "show.moderator"
    line = refused(moderator("new", str(target), "--from", str(source)), str(source), mention)
    assert str(target) not in line
    assert not target.exists()


@pytest.mark.parametrize("zone", ["Europe", "Europe/", "x" * 300, "../../etc/passwd", "Europe/Berlin\x00"])
def test_odd_zone_names_are_refused_in_event_json_and_in_tz(tmp_path: Path, zone: str) -> None:
    data = json.loads(event_json())
    data["event"]["timezone"] = zone
    source = tmp_path / "event.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    refused(moderator("new", str(tmp_path / "a.moderator"), "--from", str(source)), str(source), "time zone")
    if "\x00" not in zone:  # a NUL cannot be passed in argv at all
        refused(moderator("new", str(tmp_path / "b.moderator"), "--tz", zone), "time zone")


def test_a_lone_surrogate_in_event_json_is_dropped_not_a_crash(tmp_path: Path) -> None:
    source = tmp_path / "event.json"
    source.write_bytes(event_json(title="Impuls\\ud800 1").replace(b"\\\\ud800", b"\\ud800"))
    target = tmp_path / "show.moderator"
    result = moderator("new", str(target), "--from", str(source))
    assert result.returncode == 0, result.stderr
    assert export(target)["slots"][0]["title"] == "Impuls 1"


def test_new_from_event_json_honours_tz_and_date(tmp_path: Path) -> None:
    source = tmp_path / "event.json"
    source.write_bytes(event_json())
    target = tmp_path / "show.moderator"
    result = moderator(
        "new", str(target), "--from", str(source), "--tz", "Europe/London", "--date", "2022-03-01"
    )
    assert result.returncode == 0, result.stderr
    data = export(target)
    assert data["event"]["timezone"] == "Europe/London"
    # 14:00 in Berlin (the JSON's zone) on 9 June, moved to 14:00 in Berlin on 1 March,
    # shown in London.
    assert data["slots"][0]["start"] == "2022-03-01T13:00:00+00:00"


def test_a_source_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    source = tmp_path / "huge.txt"
    with source.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk, no memory
    refused(moderator("new", str(tmp_path / "x.moderator"), "--from", str(source)), str(source), "10 MB")


def test_a_folder_as_source_is_refused_naming_it(tmp_path: Path) -> None:
    refused(moderator("new", str(tmp_path / "x.moderator"), "--from", str(tmp_path)), str(tmp_path))


def test_the_bug_report_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Undecodable arguments and an unwritable log folder: still one line, exit 1."""
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the log folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setattr(sys, "argv", ["moderator", "ask", "f", "\udcff\ud800"])
    assert cli._report_bug(RuntimeError("\ud800")) == cli.EXIT_INTERNAL
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "RuntimeError" in lines[0]


def test_the_bug_report_logs_undecodable_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["moderator", "ask", "f", "\udcff"])
    assert cli._report_bug(RuntimeError("boom")) == cli.EXIT_INTERNAL
    logs = list((tmp_path / "data").rglob("moderator.log"))
    assert logs, capsys.readouterr().err
    assert "\\udcff" in logs[0].read_text(encoding="utf-8")
