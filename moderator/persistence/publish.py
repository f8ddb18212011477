"""Publishing an event file into PostgreSQL, so that co-hosts on other machines join it.

The database gets the tables of :mod:`.schema` (the change-feed trigger with them), the
event's rows are copied into it in one transaction (ids kept, so the run sheet, the queue
and the log read the same there), and then the event file records the address. Until
that last step the event file is untouched; if the copy fails, the database is left as it
was (PostgreSQL's DDL is transactional too).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, insert, select, text
from sqlmodel import SQLModel

from moderator.persistence.engine import make_engine, make_pg_engine
from moderator.persistence.files import sqlite_errors
from moderator.persistence.postgres import (
    DatabaseHoldsEvent,
    PasswordInAddress,
    has_password,
    pg_errors,
    plain_address,
)
from moderator.persistence.schema import PublicationRow

#: Tables copied, parents before children. Instances and the publication stay behind: who
#: has the file open says nothing about who will join the shared event.
COPIED = (
    "alembic_version", "event", "person", "slot", "slot_person", "question", "followup",
    "readiness", "live_state", "log", "handoff", "change", "control",
)
#: Tables whose ``id`` (or ``seq``) comes from a sequence in PostgreSQL.
SERIAL = {"person": "id", "slot": "id", "question": "id", "log": "id", "handoff": "id", "change": "seq"}


def publish(path: Path, address: str, *, now: datetime, password: str | None = None) -> str:
    """Copy the event file at ``path`` into the empty database at ``address``.

    Returns the address as recorded (without a password). Raises
    :class:`~moderator.persistence.postgres.DatabaseHoldsEvent` when the database already
    has an event, and the other :class:`SharedEventError` when it cannot be used.
    """
    if has_password(address):
        raise PasswordInAddress()
    shown = plain_address(address)
    source = make_engine(path, read_only=True)
    target = make_pg_engine(address, password)
    try:
        with sqlite_errors(path), source.connect() as reading:
            tables = {name: SQLModel.metadata.tables[name] for name in COPIED}
            rows = {
                name: [dict(row) for row in reading.execute(select(table)).mappings()]
                for name, table in tables.items()
            }
        with pg_errors(shown, connected=False), target.begin() as writing:
            if inspect(writing).has_table("event"):
                raise DatabaseHoldsEvent(shown)
            SQLModel.metadata.create_all(writing)
            for name in COPIED:
                if rows[name]:
                    writing.execute(insert(tables[name]), rows[name])
            for name, column in SERIAL.items():
                writing.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'),"
                        f" coalesce((SELECT max({column}) FROM {name}), 0) + 1, false)"
                    )
                )
    finally:
        source.dispose()
        target.dispose()
    record_publication(path, shown, now)
    return shown


def record_publication(path: Path, address: str, now: datetime) -> None:
    """Write the shared event's address into the event file (replacing an older one)."""
    engine = make_engine(path, read_only=False)
    try:
        with sqlite_errors(path), engine.begin() as connection:
            connection.execute(PublicationRow.__table__.delete())  # type: ignore[attr-defined]
            connection.execute(
                insert(PublicationRow.__table__),  # type: ignore[attr-defined]
                [{"id": 1, "address": address, "published_at": now}],
            )
    finally:
        engine.dispose()

