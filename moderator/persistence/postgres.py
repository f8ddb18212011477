"""The shared event in PostgreSQL: co-hosts on other machines work in one database.

SQLite must not be shared over a network file system (its locking is unreliable there), so
an event is *published* into a PostgreSQL database: its rows are copied there, and the
event file records the database's address (never a password). Every instance that opens
that file, or the address itself, works in the database.

One database holds one event, with the same tables as an event file (both made from
:mod:`.schema`). The readers of :mod:`.reader` run unchanged on a psycopg connection
(:class:`PgReader` is an :class:`~moderator.persistence.reader.EventReader`; each query is
spelled for psycopg by :func:`~moderator.persistence.reader.render`), and the writer's
SQLModel code runs on a ``postgresql+psycopg`` engine. Two things replace what SQLite's
file does for us:

- **One writer at a time.** Every write transaction starts by taking a transaction-level
  advisory lock, as ``BEGIN IMMEDIATE`` takes SQLite's write lock: read-then-write
  operations (a move, a clock action) see the rows they change, and the change feed's
  sequence numbers are committed in order, so "everything after seq N" misses nothing.
- **Prompt news.** A trigger on the change feed sends ``NOTIFY moderator_change`` with
  every committed change; watchers ``LISTEN`` on a connection of their own and wake up on
  its socket, with no polling.

The password comes from libpq's usual places (``PGPASSWORD``, ``~/.pgpass``, a service
file) or from the user, who is asked once (:class:`PasswordNeeded`); it is never stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from moderator.domain.cohosts import Control, Instance
from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.persistence.reader import Db

if TYPE_CHECKING:
    # psycopg takes a third of a second to import: it loads with the first shared event,
    # never for an event file (the errors and addresses here need no driver).
    import psycopg

#: The channel of the change feed's notifications.
CHANNEL = "moderator_change"
#: The advisory lock every write transaction holds ("MODR"), see the module docstring.
WRITE_LOCK = 0x4D4F4452
#: How long connecting may take before the database counts as unreachable.
CONNECT_TIMEOUT_SECONDS = 5

_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


class SharedEventError(UserError):
    """The shared event's database cannot be used; nothing was changed."""

    context = "shared_event"


class DatabaseUnreachable(SharedEventError):
    def __init__(self, address: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("shared_event", "The shared event at %1 cannot be reached: %2"),
            address=address, reason=reason,
        )


class ConnectionLost(SharedEventError):
    def __init__(self, address: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "shared_event",
                "The connection to the shared event at %1 was lost; the change was not saved.",
            ),
            address=address,
        )


class PasswordNeeded(SharedEventError):
    def __init__(self, address: str, wrong: bool) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("shared_event", "The password for %1 was not accepted.")
            if wrong
            else QT_TRANSLATE_NOOP("shared_event", "The shared event at %1 needs a password."),
            address=address,
        )
        self.wrong = wrong


class NotAnEventDatabase(SharedEventError):
    def __init__(self, address: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("shared_event", "%1 holds no moderator event."), address=address
        )


class DatabaseHoldsEvent(SharedEventError):
    def __init__(self, address: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "shared_event",
                "%1 already holds an event; publish into an empty database.",
            ),
            address=address,
        )


class NewerEventDatabase(SharedEventError):
    def __init__(self, address: str, found: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "shared_event",
                "The event at %1 was written by a newer version of moderator (%2); please update moderator.",
            ),
            address=address, found=found,
        )


class PasswordInAddress(SharedEventError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "shared_event",
                "The address contains a password; give it without one (the password comes from PGPASSWORD, ~/.pgpass or a prompt).",
            )
        )


# -- addresses ---------------------------------------------------------------------------------


def is_address(text: object) -> bool:
    """Whether ``text`` is a PostgreSQL address (``postgresql://user@host:port/dbname``)."""
    return isinstance(text, str) and text.lower().startswith(_SCHEMES)


def plain_address(address: str) -> str:
    """The address as it is shown and recorded: ``postgresql://``, without any password."""
    parts = urlsplit(address)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}@{host}"
    return urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))


def has_password(address: str) -> bool:
    return urlsplit(address).password is not None


#: libpq settings that notice a dead network within seconds, not the system's minutes: a
#: write to a database that went away fails fast, and the cockpit shows the banner.
NETWORK_SETTINGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 5000,
    "application_name": "moderator",
}


def conninfo(address: str, password: str | None = None) -> str:
    """A libpq connection string for ``address`` (a password only when the user typed one)."""
    from psycopg import conninfo as pg_conninfo

    extra: dict[str, Any] = dict(NETWORK_SETTINGS)
    if password is not None:
        extra["password"] = password
    return pg_conninfo.make_conninfo(plain_address(address), **extra)


def sqlalchemy_url(address: str) -> str:
    parts = urlsplit(plain_address(address))
    return urlunsplit(("postgresql+psycopg", parts.netloc, parts.path, parts.query, ""))


# -- errors ------------------------------------------------------------------------------------


def translate_pg_error(error: BaseException, address: str, *, connected: bool) -> SharedEventError | None:
    """Map a psycopg (or SQLAlchemy-wrapped) failure to a message for a person, or None."""
    if isinstance(error, SharedEventError):
        return error
    import psycopg

    original = getattr(error, "orig", error)
    if not isinstance(original, psycopg.Error):
        return None
    shown = plain_address(address)
    text = str(original)
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return PasswordNeeded(shown, wrong=True)
    if "no password supplied" in lowered or "password is required" in lowered:
        return PasswordNeeded(shown, wrong=False)
    if isinstance(original, psycopg.errors.UndefinedTable):
        return NotAnEventDatabase(shown)
    if isinstance(original, psycopg.OperationalError):
        if connected:
            return ConnectionLost(shown)
        return DatabaseUnreachable(shown, _first_line(text))
    if isinstance(original, psycopg.errors.InsufficientPrivilege):
        return DatabaseUnreachable(shown, _first_line(text))
    return None


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line = lines[0] if lines else text
    # libpq prefixes "connection failed: connection to server at ... failed: " — keep the end.
    return re.sub(r"^.*failed:\s*", "", line) or line


@contextmanager
def pg_errors(address: str, *, connected: bool = True) -> Iterator[None]:
    """Turn psycopg's errors into :class:`SharedEventError` (bugs pass through)."""
    try:
        yield
    except Exception as error:
        translated = translate_pg_error(error, address, connected=connected)
        if translated is None or translated is error:
            raise
        raise translated from error


# -- connections -------------------------------------------------------------------------------


def connect(address: str, password: str | None = None) -> psycopg.Connection[Any]:
    """An autocommit connection to the shared event (errors as :class:`SharedEventError`)."""
    import psycopg

    if has_password(address):
        raise PasswordInAddress()
    with pg_errors(address, connected=False):
        return psycopg.connect(conninfo(address, password), autocommit=True)


def probe(address: str, password: str | None = None) -> bool:
    """Whether the database at ``address`` accepts a connection now (any thread)."""
    import psycopg

    try:
        psycopg.connect(conninfo(address, password), autocommit=True).close()
    except psycopg.Error:
        return False
    return True


class PgReader:
    """One connection for reading the shared event; each read is one consistent snapshot.

    An :class:`~moderator.persistence.reader.EventReader`.
    """

    def __init__(self, address: str, password: str | None = None) -> None:
        self.address = address
        self._password = password
        self._db = connect(address, password)

    @contextmanager
    def transaction(self) -> Iterator[Db]:
        """A read-only REPEATABLE READ transaction: every query sees the same snapshot."""
        with pg_errors(self.address):
            if self._db.closed or self._db.broken:
                self._reconnect()
            # One statement opens the snapshot (a round trip saved on every read).
            self._db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield Db(self._db, "postgresql")
            except BaseException:
                if not self._db.broken:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def read_many(self, queries: Sequence[str]) -> list[list[Any]]:
        """The rows of each of ``queries`` (no parameters), all read in one snapshot, in
        one round trip: ``BEGIN``, the queries and ``COMMIT`` go as one query string.

        The round trips of :meth:`transaction` (``BEGIN``, a statement each, ``COMMIT``)
        are what a co-host on another network waits for; a change feed's delta read with
        it took eight, with this one.
        """
        results = self._batch(("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", *queries, "COMMIT"))
        if len(results) != len(queries):
            raise RuntimeError(f"{len(queries)} queries gave {len(results)} results")
        return results

    def beat(self, instance: Instance) -> tuple[Control, tuple[Instance, ...]]:
        """Say ``instance`` is here (insert or refresh its row) and read control and the
        instances as they are now: one transaction, one round trip.

        The instance's row is its own: no write lock is needed (the change feed is not
        written). Its values go in as literals quoted by libpq (a multi-statement query
        takes no parameters). A connection that died since the last beat (the server
        restarted) is made again once: a beat is safe to repeat.
        """
        try:
            return self._beat(instance)
        except ConnectionLost:
            self._reconnect()
            return self._beat(instance)

    def _beat(self, instance: Instance) -> tuple[Control, tuple[Instance, ...]]:
        from psycopg import sql

        from moderator.persistence import reader

        upsert = sql.SQL(
            "INSERT INTO instance (id, name, role, last_seen) VALUES ({}, {}, {}, {})"
            " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role,"
            " last_seen = EXCLUDED.last_seen"
        ).format(
            sql.Literal(instance.id), sql.Literal(instance.name), sql.Literal(instance.role.value),
            sql.Literal(instance.last_seen),
        )
        with pg_errors(self.address):
            if self._db.closed or self._db.broken:
                self._reconnect()
            statement = upsert.as_string(self._db)
        control_rows, instance_rows = self._batch(
            ("BEGIN", statement, reader.CONTROL_SQL, reader.INSTANCES_SQL, "COMMIT")
        )
        return (
            reader.control_from_row(control_rows[0] if control_rows else None),
            reader.instances_from_rows(instance_rows),
        )

    def _batch(self, statements: Sequence[str]) -> list[list[Any]]:
        import psycopg

        from moderator.persistence.reader import fetch_results

        with pg_errors(self.address):
            if self._db.closed or self._db.broken:
                self._reconnect()
            try:
                return fetch_results(self._db.execute("; ".join(statements)))
            except BaseException:
                # A statement failed: the rest of the string did not run, and the
                # transaction it began is aborted.
                if not self._db.broken and self._db.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    self._db.execute("ROLLBACK")
                raise

    def server_now(self) -> datetime:
        """The database server's clock now (``clock_timestamp()``: not the transaction's start)."""
        with pg_errors(self.address):
            if self._db.closed or self._db.broken:
                self._reconnect()
            row = self._db.execute("SELECT clock_timestamp()").fetchone()
        assert row is not None
        return row[0]

    def _reconnect(self) -> None:
        self._db.close()
        self._db = connect(self.address, self._password)

    def close(self) -> None:
        self._db.close()


class PgWatcher:
    """``LISTEN`` on the change feed's channel; tells cheaply whether anyone committed.

    ``fileno()`` is the socket to watch (the app wakes on it, no polling); ``changed()``
    reads what arrived without blocking. A lost connection raises
    :class:`ConnectionLost`; ``reconnect()`` listens again (the caller then reads
    everything since its last change, so nothing sent meanwhile is missed).
    """

    def __init__(self, address: str, password: str | None = None) -> None:
        self.address = address
        self._password = password
        self._db = self._listen()

    def _listen(self) -> psycopg.Connection[Any]:
        db = connect(self.address, self._password)
        with pg_errors(self.address):
            db.execute(f"LISTEN {CHANNEL}")
        return db

    def fileno(self) -> int:
        return self._db.fileno()

    def changed(self) -> bool:
        """True when notifications arrived since the last call (all of them are consumed)."""
        import psycopg

        if self._db.closed or self._db.broken:
            raise ConnectionLost(plain_address(self.address))
        pgconn = self._db.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError as error:
            raise ConnectionLost(plain_address(self.address)) from error
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            raise ConnectionLost(plain_address(self.address))
        found = False
        while pgconn.notifies() is not None:
            found = True
        return found

    def reconnect(self) -> None:
        self._db.close()
        self._db = self._listen()

    def close(self) -> None:
        self._db.close()
