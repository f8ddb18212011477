"""The command line with shared events: ``publish``, and database addresses for FILE.

Runs the real ``python -m moderator`` against a real PostgreSQL server on loopback.
"""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest

from helpers import make_event_file
from test_cli import assert_refused, moderator


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # No password from the developer's own files: each test says where it comes from.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)


def _publication(path: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT address FROM publication").fetchall()
    finally:
        connection.close()


def test_publish_then_every_command_works_on_the_file_and_on_the_address(tmp_path: Path, pg_url: str) -> None:
    path = make_event_file(tmp_path)
    result = moderator("publish", str(path), pg_url)
    assert result.returncode == 0, result.stderr
    assert pg_url in result.stdout
    assert _publication(path) == [(pg_url,)]

    assert moderator("ask", pg_url, "Wie viele Kommunen machen mit?", "--by", "Rat").returncode == 0
    assert moderator("control", str(path), "start").returncode == 0  # the file points there
    status = moderator("status", pg_url, "--json")
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    assert state["phase"] != "before_show", state
    exported = moderator("export", pg_url, "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert "Wie viele Kommunen machen mit?" in exported.stdout


def test_publishing_into_a_database_that_holds_an_event_is_refused_and_changes_nothing(
    tmp_path: Path, pg_url: str
) -> None:
    first = make_event_file(tmp_path, "first.moderator")
    assert moderator("publish", str(first), pg_url).returncode == 0
    second = make_event_file(tmp_path, "second.moderator")
    before = second.read_bytes()
    assert_refused(moderator("publish", str(second), pg_url), "already holds an event")
    assert second.read_bytes() == before
    assert _publication(second) == []


def test_a_password_in_the_address_is_refused(tmp_path: Path, pg_server: object) -> None:
    path = make_event_file(tmp_path)
    address = pg_server.url("postgres", user="cohost", password="geheim")  # type: ignore[attr-defined]
    assert_refused(moderator("publish", str(path), address), "password")
    assert _publication(path) == []


def test_an_unreachable_database_gives_one_line(tmp_path: Path) -> None:
    path = make_event_file(tmp_path)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert_refused(
        moderator("publish", str(path), f"postgresql://nobody@127.0.0.1:{port}/event"), "cannot be reached"
    )
    assert_refused(moderator("status", f"postgresql://nobody@127.0.0.1:{port}/event"), "cannot be reached")
    assert _publication(path) == []


def test_the_password_comes_from_pgpassword_or_pgpass_and_is_never_recorded(
    tmp_path: Path, pg_server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = pg_server
    database = server.create_database(owner=server.password_role)  # type: ignore[attr-defined]
    address = server.url(database, user=server.password_role)  # type: ignore[attr-defined]
    path = make_event_file(tmp_path)
    assert_refused(moderator("publish", str(path), address), "needs a password")

    monkeypatch.setenv("PGPASSWORD", server.password)  # type: ignore[attr-defined]
    result = moderator("publish", str(path), address)
    assert result.returncode == 0, result.stderr
    assert _publication(path) == [(address,)]
    assert server.password not in path.read_bytes().decode("latin-1")  # type: ignore[attr-defined]

    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    escaped = server.password.replace("\\", "\\\\").replace(":", "\\:")  # type: ignore[attr-defined]
    pgpass.write_text(f"127.0.0.1:{server.port}:*:{server.password_role}:{escaped}\n")  # type: ignore[attr-defined]
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert moderator("status", str(path)).returncode == 0
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    assert_refused(moderator("status", str(path)), "needs a password")
    server.drop_database(database)  # type: ignore[attr-defined]
