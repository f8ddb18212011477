"""The event file on disk: its identity, its connections and pragmas, its errors.

Everything that decides how SQLite is used lives here, with the reason beside it. Plain
``sqlite3`` only: reading an event (the cockpit's first paint, ``status``, ``export``)
needs no SQLAlchemy; the writers in :mod:`moderator.persistence.writer` add it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from moderator.persistence.errors import (
    CannotWriteEventFile,
    DamagedEventFile,
    DiskFull,
    EventFileBusy,
    EventFileError,
    EventFileMissing,
    ForeignDatabase,
    NewerEventFile,
    NotAnEventFile,
    ReadOnlyEventFile,
)

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a writer waits for another process's write lock before giving up. Writes are
#: tiny (one question, one clock action), so five seconds means something is really stuck.
BUSY_TIMEOUT_SECONDS = 5.0
#: The SQLite ``application_id`` that marks a file as a moderator event file ("MODR").
APPLICATION_ID = 0x4D4F4452
#: The schema version, kept in SQLite's ``user_version``. Raise it with every migration.
SCHEMA_VERSION = 4
#: The Alembic revision that corresponds to :data:`SCHEMA_VERSION`.
SCHEMA_REVISION = "0004_readiness"

#: Topics of the change feed: what a committed change was about.
TOPIC_LIVE = "live"
TOPIC_QUESTIONS = "questions"
TOPIC_RUN_SHEET = "run_sheet"
TOPIC_HANDOFFS = "handoffs"
TOPIC_CONTROL = "control"
TOPIC_READINESS = "readiness"


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) read straight from the file's header.

    Reading the 100 header bytes ourselves, instead of connecting, guarantees that a file
    we refuse is never touched by SQLite (no journal, no WAL, no schema recovery).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise EventFileMissing(str(path)) from None
    except IsADirectoryError:
        raise NotAnEventFile(str(path)) from None
    except PermissionError as error:
        raise CannotWriteEventFile(str(path), error.strerror or "permission denied") from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAnEventFile(str(path))
    # The header stores both numbers big-endian: user_version at 60, application_id at 68.
    (user_version,) = struct.unpack(">i", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


def check_identity(path: Path) -> int:
    """Refuse files that are not ours or are too new; return the file's schema version."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise ForeignDatabase(str(path))
    if user_version > SCHEMA_VERSION:
        raise NewerEventFile(str(path), user_version, SCHEMA_VERSION)
    return user_version


def is_writable(path: Path) -> bool:
    """Whether we may write the file and create its WAL and shared-memory files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def connect_file(path: Path, read_only: bool) -> sqlite3.Connection:
    """A raw connection to an event file whose identity was checked (see the pragmas)."""
    if read_only and not os.access(path.parent, os.W_OK | os.X_OK):
        # NOTE: a WAL database needs its -shm file beside it even to read; on a read-only
        # disk or in a folder we may not write, SQLite cannot make one and fails with
        # "unable to open database file". "immutable" reads the file as it is, unlocked,
        # which is right for a medium nobody can write.
        uri = f"file:{quote(os.fsencode(path))}?immutable=1"
    elif read_only and os.access(path, os.W_OK):
        # NOTE: a connection opened with mode=ro cannot remove the -wal and -shm files
        # when it closes, so every `status` or `export` would leave them beside the file.
        # A read-write connection that is made query-only removes them as the last
        # connection to close (and leaves them while the cockpit has the file open).
        uri = f"file:{quote(os.fsencode(path))}?mode=rw"
    else:
        uri = f"file:{quote(os.fsencode(path))}?mode={'ro' if read_only else 'rw'}"
    # isolation_level=None: the sqlite3 module must not open transactions on its own;
    # readers and SQLAlchemy's "begin" event start them, so that writers use BEGIN IMMEDIATE.
    connection = sqlite3.connect(
        uri,
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,
        check_same_thread=False,
    )
    set_pragmas(connection)
    if read_only:
        # A reader never writes, whatever it was opened with (see above).
        connection.execute("PRAGMA query_only = ON")
    return connection


def quick_check(connection: sqlite3.Connection) -> bool:
    """Whether SQLite's ``quick_check`` finds the file's pages sound.

    It reads every page once (tables and indexes, not the agreement between them): a few
    milliseconds on an event-sized file (tests/benchmarks/bench_integrity.py measures it),
    and it finds what the reads of a session never touch, such as a damaged index page
    that only the next insert would run into.
    """
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def set_pragmas(connection: sqlite3.Connection) -> None:
    # Foreign keys are off by default in SQLite and must be switched on per connection;
    # without them deleting a slot would leave its participants dangling.
    connection.execute("PRAGMA foreign_keys = ON")
    # NORMAL (in WAL mode): a commit is safe from an app crash or a kill the moment it
    # returns, and the file never corrupts; only a power cut can take back the last few
    # commits before the next checkpoint. FULL would sync the disk on every key press
    # (10-20 ms on a busy laptop), too slow for a queue move within one frame.
    connection.execute("PRAGMA synchronous = NORMAL")


def initialise_file(path: Path) -> None:
    """Give a new, empty database file its identity and its journal mode."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        # WAL lets the moderator's app, co-hosts' apps and command-line scripts read while
        # one of them writes; the mode is stored in the file, so it is set once here.
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        connection.close()


#: Below this much free space an I/O error is taken to mean "the disk is full".
LOW_DISK_BYTES = 256 * 1024


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return LOW_DISK_BYTES  # cannot tell; do not claim a full disk


def translate_sqlite_error(error: BaseException, path: Path) -> EventFileError | None:
    """Map a SQLite failure to the error a person should read, or None for a bug."""
    if isinstance(error, EventFileError):
        return error
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    text = str(original).lower()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyEventFile(str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(str(path))
    if "locked" in text or "busy" in text:
        return EventFileBusy(str(path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedEventFile(str(path))
    if "disk i/o error" in text or "unable to open" in text:
        # SQLite reports ENOSPC as SQLITE_FULL only for plain writes; growing the WAL or
        # its shared-memory file on a full disk comes back as an I/O error. Ask the disk.
        if _free_bytes(path) < LOW_DISK_BYTES:
            return DiskFull(str(path))
        return CannotWriteEventFile(str(path), str(original))
    if "no such table" in text or "no such column" in text:
        return DamagedEventFile(str(path))
    return None


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into the typed errors of the event file."""
    try:
        yield
    except Exception as error:
        translated = translate_sqlite_error(error, path)
        if translated is None or translated is error:
            raise
        raise translated from error
