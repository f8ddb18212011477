"""The test suite's own PostgreSQL server: co-hosts connect, get notified, survive a restart
and log in with a password the way a co-host on another machine would."""

from __future__ import annotations

import stat
from pathlib import Path

import psycopg
import pytest

from pg_server import PASSWORD, PASSWORD_ROLE, PgServer


def _dbname(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _pgpass_field(value: str) -> str:
    # .pgpass separates fields with ':'; a literal ':' or '\' is escaped with '\'.
    return value.replace("\\", "\\\\").replace(":", "\\:")


def test_a_fresh_database_takes_a_table_and_gives_its_rows_back(pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)
        connection.execute("CREATE TABLE question (id serial PRIMARY KEY, text text NOT NULL)")
        connection.execute("INSERT INTO question (text) VALUES (%s)", ["Wie geht es weiter?"])
        connection.commit()
        assert connection.execute("SELECT text FROM question").fetchall() == [
            ("Wie geht es weiter?",)
        ]
        assert connection.info.server_version >= 130000  # drop_database relies on WITH (FORCE)


def test_the_url_names_the_superuser_on_loopback(pg_server: PgServer, pg_url: str) -> None:
    assert pg_url == f"postgresql://postgres@127.0.0.1:{pg_server.port}/{_dbname(pg_url)}"


def test_each_test_gets_a_database_of_its_own(pg_server: PgServer) -> None:
    first, second = pg_server.create_database(), pg_server.create_database()
    try:
        assert first != second
        pg_server.run_sql(first, "CREATE TABLE only_here (x int)")
        assert pg_server.run_sql(second, "SELECT to_regclass('only_here')") == [(None,)]
    finally:
        pg_server.drop_database(first)
        pg_server.drop_database(second)


def test_dropping_a_database_ends_the_sessions_still_connected(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    with psycopg.connect(pg_server.url(name), autocommit=True) as leftover:
        pg_server.drop_database(name)

        assert pg_server.run_sql(
            "postgres", "SELECT count(*) FROM pg_database WHERE datname = %s", [name]
        ) == [(0,)]
        with pytest.raises(psycopg.OperationalError):
            leftover.execute("SELECT 1")


def test_run_sql_returns_the_rows_of_the_last_statement(pg_url: str, pg_server: PgServer) -> None:
    rows = pg_server.run_sql(
        _dbname(pg_url),
        "CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2); SELECT x FROM t ORDER BY x",
    )
    assert rows == [(1,), (2,)]


def test_a_notification_reaches_the_other_connection(pg_url: str) -> None:
    # Given a co-host listening on the event's channel
    with (
        psycopg.connect(pg_url, autocommit=True) as listener,
        psycopg.connect(pg_url, autocommit=True) as notifier,
    ):
        listener.execute("LISTEN event_changed")
        # When another co-host changes the event and notifies
        notifier.execute("SELECT pg_notify('event_changed', 'question:17')")
        # Then the listener receives it (the timeout only bounds a failure; no sleeping)
        received = list(listener.notifies(timeout=10, stop_after=1))
        notifier_pid = notifier.info.backend_pid

    assert [(n.channel, n.payload, n.pid) for n in received] == [
        ("event_changed", "question:17", notifier_pid)
    ]


def test_after_a_restart_a_new_connection_finds_the_data_on_the_same_port(
    pg_server: PgServer, pg_url: str
) -> None:
    port = pg_server.port
    with psycopg.connect(pg_url, autocommit=True) as before:
        before.execute("CREATE TABLE slot (title text)")
        before.execute("INSERT INTO slot VALUES ('Begrüßung')")

        pg_server.restart()

        # The old connection was cut by the restart ...
        with pytest.raises(psycopg.OperationalError):
            before.execute("SELECT 1")
    # ... and a new one reaches the same data on the same port.
    assert pg_server.port == port and pg_server.is_running()
    with psycopg.connect(pg_url) as after:
        assert after.execute("SELECT title FROM slot").fetchall() == [("Begrüßung",)]


def test_a_server_stopped_like_a_crash_comes_back_with_committed_rows(
    pg_server: PgServer, pg_url: str
) -> None:
    pg_server.run_sql(_dbname(pg_url), "CREATE TABLE q (x int); INSERT INTO q VALUES (42)")

    pg_server.stop("immediate")
    assert not pg_server.is_running()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg_url, connect_timeout=5)
    pg_server.start()

    assert pg_server.run_sql(_dbname(pg_url), "SELECT x FROM q") == [(42,)]


@pytest.fixture
def no_stored_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Neither PGPASSWORD nor the user's own ~/.pgpass: the test decides what libpq sees."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    missing = tmp_path / "no-such-pgpass"
    monkeypatch.setenv("PGPASSFILE", str(missing))
    return missing


def test_the_password_role_is_refused_without_its_password(
    pg_server: PgServer, no_stored_password: Path
) -> None:
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(pg_server.url(user=PASSWORD_ROLE), connect_timeout=5)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_server.url(user=PASSWORD_ROLE, password="wrong"), connect_timeout=5)


def test_the_password_role_logs_in_with_pgpassword(
    pg_server: PgServer, no_stored_password: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)

    with psycopg.connect(pg_server.url(user=PASSWORD_ROLE), connect_timeout=5) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (PASSWORD_ROLE,)


def test_the_password_role_logs_in_with_a_pgpass_file(
    pg_server: PgServer, no_stored_password: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Given a .pgpass file that only its owner may read (libpq ignores it otherwise)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"{pg_server.host}:{pg_server.port}:*:{PASSWORD_ROLE}:{_pgpass_field(PASSWORD)}\n",
        encoding="utf-8",
    )
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600

    with psycopg.connect(pg_server.url(user=PASSWORD_ROLE), connect_timeout=5) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (PASSWORD_ROLE,)


def test_the_password_role_owns_a_database_made_for_it(
    pg_server: PgServer, no_stored_password: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = pg_server.create_database(owner=PASSWORD_ROLE)
    try:
        url = pg_server.url(name, user=PASSWORD_ROLE, password=PASSWORD)
        with psycopg.connect(url, connect_timeout=5) as connection:
            connection.execute("CREATE TABLE handoff (id int)")
            connection.commit()
        assert pg_server.run_sql(
            name, "SELECT tableowner FROM pg_tables WHERE tablename = 'handoff'"
        ) == [(PASSWORD_ROLE,)]
    finally:
        pg_server.drop_database(name)
