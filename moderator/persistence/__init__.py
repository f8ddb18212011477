"""Persistence: the event file (SQLite through SQLModel), its schema and migrations.

Nothing outside this package touches the database.
"""

from moderator.persistence.errors import EventFileError
from moderator.persistence.store import EXTENSION, EventStore

__all__ = ["EXTENSION", "EventFileError", "EventStore"]
