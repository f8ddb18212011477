"""Schema migrations of the event file (Alembic), run when an older file is opened.

The file is backed up first (``NAME.moderator.vN.bak``, a consistent copy taken with
SQLite's backup API), then upgraded in one transaction; ``user_version`` follows the
Alembic revision. Alembic is imported only here and only when a file needs upgrading, so
that opening a current file stays fast.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from moderator.persistence.files import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent


def backup_path(file: Path, version: int) -> Path:
    """Where the copy of ``file`` taken before migrating from ``version`` goes."""
    return file.with_name(f"{file.name}.v{version}.bak")


def backup(file: Path, version: int) -> Path:
    """Copy the event file consistently (WAL included) before it is changed."""
    target = backup_path(file, version)
    source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(file: Path) -> None:
    """Back up ``file`` and bring its schema to the current version."""
    from alembic import command
    from alembic.config import Config

    connection = sqlite3.connect(str(file))
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
    finally:
        connection.close()
    if version >= SCHEMA_VERSION:
        return
    backup(file, version)
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{file}")
    command.upgrade(config, "head")
    connection = sqlite3.connect(str(file))
    try:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # Put the new header into the main file: the identity check reads it from there.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
