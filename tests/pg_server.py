"""A throw-away PostgreSQL server for the tests: its own cluster, on loopback, on a free port.

Co-hosts on other machines share an event through PostgreSQL, so the PostgreSQL store is
tested against a real server, never a mock. :class:`PgServer` runs ``initdb`` in a temporary
directory and starts the cluster with ``pg_ctl``; the fixtures in ``tests/conftest.py``
(``pg_server`` for the session, ``pg_url`` for a fresh database per test) wrap it.

Authentication, written to ``pg_hba.conf`` by :meth:`PgServer.init`:

- the superuser :data:`SUPERUSER` logs in without a password (``trust``), over TCP on
  127.0.0.1 and over the Unix socket in the temporary directory;
- the role :data:`PASSWORD_ROLE` must give :data:`PASSWORD` (``scram-sha-256``), so that
  a test can prove a login through ``PGPASSWORD`` or a ``.pgpass`` file really checks it.

PostgreSQL refuses to run as root. Under root (CI in a container) every server command runs
as the ``postgres`` system user, created when missing, and the directory belongs to it.

Stdlib only at import (psycopg is imported where a query is sent), so that ``.ci/run`` can
ask ``python3 tests/pg_server.py`` where the server binaries are before anything else is
installed.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The superuser the server is initialised with (``initdb --username``).
SUPERUSER = "postgres"
#: A login role that must authenticate with :data:`PASSWORD` over TCP.
PASSWORD_ROLE = "cohost"
PASSWORD = "s3cret pass:word"
#: The system user that runs the server when the tests run as root.
SYSTEM_USER = "postgres"
#: The environment variable that names the binaries' directory when they are elsewhere.
BINDIR_ENV = "MODERATOR_PG_BINDIR"
HOST = "127.0.0.1"
#: Server settings for a throw-away cluster: speed over durability, quiet logs.
SERVER_SETTINGS = {
    # Nothing here has to survive a power cut. A commit still hands its WAL to the OS, so a
    # crash-like stop("immediate") keeps every committed row; synchronous_commit stays on
    # for that reason (off, a commit returns before its WAL is written and the crash loses it).
    "fsync": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "log_min_messages": "warning",
}


class PgServerError(RuntimeError):
    """A server command failed; the message carries its output and the server's log."""


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path))


def _has_server(bindir: Path) -> bool:
    return all((bindir / name).is_file() for name in ("initdb", "pg_ctl", "postgres"))


def find_bindir() -> Path | None:
    """Where ``initdb``, ``pg_ctl`` and ``postgres`` live, or None when not installed.

    Looks at ``$MODERATOR_PG_BINDIR``, ``pg_config --bindir`` (Debian's libpq-dev ships a
    ``pg_config`` without the server, so the directory is checked), the versioned
    directories of Debian/Ubuntu, RHEL and Homebrew (newest first), then ``PATH``.
    """
    candidates: list[Path] = []
    if os.environ.get(BINDIR_ENV):
        candidates.append(Path(os.environ[BINDIR_ENV]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            result = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=False
            )
        except OSError:
            result = None
        if result is not None and result.returncode == 0 and result.stdout.strip():
            candidates.append(Path(result.stdout.strip()))
    for pattern in (
        "/usr/lib/postgresql/*/bin",
        "/usr/pgsql-*/bin",
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
    ):
        candidates.extend(
            Path(p) for p in sorted(glob.glob(pattern), key=_version_key, reverse=True)
        )
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    return next((bindir for bindir in candidates if _has_server(bindir)), None)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _quote_conf(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _runs_as_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


class PgServer:
    """One PostgreSQL cluster in a temporary directory, listening on 127.0.0.1:``port``.

    Call :meth:`init` once, then :meth:`start`; :meth:`stop`, :meth:`start` and
    :meth:`restart` keep the port and the data, so clients reconnect to the same databases.
    :meth:`destroy` stops the server and removes the directory.
    """

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.host = HOST
        self.port = free_port()
        self.user = SUPERUSER
        self.password_role = PASSWORD_ROLE
        self.password = PASSWORD
        self._as_system_user = _runs_as_root()
        # The server user must reach the directory: under root, pytest's own temporary
        # directories are private (0700), so the cluster lives in /tmp. A short path also
        # keeps the Unix socket's name under its 107-byte limit.
        base = (
            "/tmp"
            if (self._as_system_user or sys.platform == "darwin") and Path("/tmp").is_dir()
            else None
        )
        self.directory = Path(tempfile.mkdtemp(prefix="moderator-pg-", dir=base))
        self.data_dir = self.directory / "data"
        self.socket_dir = self.directory
        self.log_file = self.directory / "server.log"
        self._database_count = 0

    # -- running the server's commands ----------------------------------------------------

    def _command(self, name: str, *args: str) -> list[str]:
        command = [str(self.bindir / name), *args]
        if not self._as_system_user:
            return command
        if shutil.which("runuser"):
            return ["runuser", "-u", SYSTEM_USER, "--", *command]
        return ["su", "-s", "/bin/sh", "-c", "exec " + shlex.join(command), SYSTEM_USER]

    def _run(self, name: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # PG* variables of the caller (PGDATA, PGPORT, PGHOST) must not redirect the
        # commands; LC_ALL=C keeps their messages in English and initdb off the system locale.
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        env["LC_ALL"] = "C"
        result = subprocess.run(
            self._command(name, *args),
            cwd=self.directory,  # the server user may not be allowed into the caller's cwd
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if check and result.returncode != 0:
            raise PgServerError(
                f"{name} {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return ""
        return "\n--- server log ---\n" + "\n".join(lines[-40:])

    def _prepare_system_user(self) -> None:
        try:
            import pwd
        except ImportError:  # pragma: no cover - there is no root outside POSIX
            return
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            useradd = ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin"]
            subprocess.run([*useradd, SYSTEM_USER], check=True, capture_output=True)
        shutil.chown(self.directory, user=SYSTEM_USER, group=pwd.getpwnam(SYSTEM_USER).pw_gid)

    # -- the life cycle ---------------------------------------------------------------------

    def init(self) -> None:
        """Create the cluster: ``initdb``, the settings, ``pg_hba.conf``."""
        if self._as_system_user:
            self._prepare_system_user()
        self._run(
            "initdb",
            f"--pgdata={self.data_dir}",
            f"--username={SUPERUSER}",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",  # a throw-away cluster need not wait for the disk
        )
        settings = {
            **SERVER_SETTINGS,
            "port": str(self.port),
            "listen_addresses": HOST,
            "unix_socket_directories": str(self.socket_dir),
        }
        # The settings go into postgresql.conf rather than `pg_ctl -o`: no shell quoting of
        # the directory, and every start and restart uses the same port and socket.
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# moderator test server\n")
            for key, value in settings.items():
                conf.write(f"{key} = {_quote_conf(value)}\n")
        # First match wins: the password role must authenticate; everyone else is trusted.
        (self.data_dir / "pg_hba.conf").write_text(
            "# moderator test server\n"
            "local all all trust\n"
            f"host all {PASSWORD_ROLE} {HOST}/32 scram-sha-256\n"
            f"host all all {HOST}/32 trust\n",
            encoding="utf-8",
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._run(
            "pg_ctl", "start", "--wait", "--pgdata", str(self.data_dir), "--log", str(self.log_file)
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server. ``mode`` is pg_ctl's: "smart", "fast" or "immediate" (a crash)."""
        if self.is_running():
            self._run("pg_ctl", "stop", "--wait", "--pgdata", str(self.data_dir), "--mode", mode)

    def restart(self, mode: str = "fast") -> None:
        """Stop and start again: same port, same data; open connections are cut."""
        self.stop(mode)
        self.start()

    def ensure_running(self) -> None:
        """Start the server if a test left it stopped."""
        if not self.is_running():
            self.start()

    def is_running(self) -> bool:
        return (
            self._run("pg_ctl", "status", "--pgdata", str(self.data_dir), check=False).returncode
            == 0
        )

    def destroy(self) -> None:
        """Stop the server at once and remove its directory."""
        try:
            if self.data_dir.exists():
                self.stop("immediate")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)

    # -- what the tests use -----------------------------------------------------------------

    def url(
        self, dbname: str = "postgres", *, user: str | None = None, password: str | None = None
    ) -> str:
        """``postgresql://USER@127.0.0.1:PORT/dbname`` (the superuser unless ``user`` is given)."""
        from urllib.parse import quote

        credentials = quote(user or self.user, safe="")
        if password is not None:
            credentials += ":" + quote(password, safe="")
        return f"postgresql://{credentials}@{self.host}:{self.port}/{quote(dbname, safe='')}"

    def run_sql(
        self, dbname: str, sql: Any, params: Sequence[Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """Run ``sql`` as the superuser in autocommit mode; return the last statement's rows.

        ``sql`` is a string or a ``psycopg.sql`` composition (for identifiers and literals
        in DDL, which takes no parameters). Several statements separated by ``;`` are
        allowed when ``params`` is None.
        """
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as connection:
            cursor = connection.execute(sql, params)
            rows: list[tuple[Any, ...]] = []
            while True:
                rows = list(cursor.fetchall()) if cursor.description is not None else []
                if not cursor.nextset():
                    return rows

    def create_database(self, owner: str | None = None) -> str:
        """Create a database with a fresh name and return the name.

        ``owner`` (e.g. :data:`PASSWORD_ROLE`) makes that role the database's owner, which
        also lets it create tables in the ``public`` schema.
        """
        from psycopg import sql

        self._database_count += 1
        name = f"test_{self._database_count}_{uuid.uuid4().hex[:8]}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner is not None:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        self.run_sql("postgres", statement)
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending the sessions still connected to it."""
        from psycopg import sql

        self.run_sql(
            "postgres",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        # WITH (FORCE) (PostgreSQL 13+) also ends sessions that connected after the query above.
        self.run_sql(
            "postgres",
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)),
        )

    def create_password_role(self) -> None:
        """Create :data:`PASSWORD_ROLE`, who must log in with :data:`PASSWORD`."""
        from psycopg import sql

        self.run_sql(
            "postgres",
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(PASSWORD_ROLE), sql.Literal(PASSWORD)
            ),
        )


def main(argv: Sequence[str]) -> int:
    """``python3 tests/pg_server.py``: print the server binaries' directory (exit 1 if none)."""
    del argv
    bindir = find_bindir()
    if bindir is None:
        print("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found", file=sys.stderr)
        return 1
    print(bindir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
