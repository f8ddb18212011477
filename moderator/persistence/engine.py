"""The SQLAlchemy engine of an event file, for the writers.

Connections come from :func:`moderator.persistence.files.connect_file` (with its pragmas);
this module adds the pool and the rule that a writer's transaction begins with
``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from moderator.persistence.files import connect_file

#: Execution option that marks a connection for writing: its transaction starts with
#: ``BEGIN IMMEDIATE``.
WRITE_OPTION = "moderator_write"


def make_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine for an event file whose identity was already checked.

    A small pool keeps a connection open between actions: closing the last connection to
    a WAL file makes SQLite checkpoint and sync the file again, which doubled the cost of
    every write. An idle connection holds no lock, so co-hosts are never blocked by it;
    :meth:`EventStore.close` closes them.
    """
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_file(path, read_only),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A writer takes the write lock at the start (BEGIN IMMEDIATE): a deferred BEGIN
        # that reads and then writes fails at once with SQLITE_BUSY when another process
        # wrote in between, and busy_timeout cannot help there. Readers stay deferred, so
        # in WAL mode they never wait for a writer.
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def make_pg_engine(address: str, password: str | None = None) -> Engine:
    """An engine for a shared event in PostgreSQL (see :mod:`.postgres`).

    A writer's transaction first takes the event's advisory lock, so writers take turns
    as they do on an event file. Every statement is a round trip to a server that may be
    on another network, so a transaction begins with one: the driver is in autocommit
    mode (it would send its own ``BEGIN`` and wait for it), and the transaction starts
    with ``BEGIN`` and the lock in one query (psycopg still sends ``COMMIT`` and
    ``ROLLBACK``: it goes by the server's transaction status). No ``pool_pre_ping`` (a
    round trip per write): a connection that died in the pool (the server restarted) is
    replaced by :meth:`~moderator.persistence.writer.Writer._writing`, which begins once
    more when the beginning itself found the connection gone.
    """
    from moderator.persistence.postgres import NETWORK_SETTINGS, WRITE_LOCK, sqlalchemy_url

    connect_args: dict[str, object] = dict(NETWORK_SETTINGS)
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(
        sqlalchemy_url(address),
        connect_args=connect_args,
        pool_size=1,
        max_overflow=4,
        isolation_level="AUTOCOMMIT",
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine
