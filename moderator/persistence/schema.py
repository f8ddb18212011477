"""The schema: the tables of an event, defined here and nowhere else (SQLModel).

A new event file and a shared event in PostgreSQL are both made from this metadata
(``SQLModel.metadata.create_all``), PostgreSQL's change-feed trigger included. The
readers in :mod:`.reader` write SQL by hand, for speed, and name the columns they read
(``reader.READ_COLUMNS``); a test holds those lists to these tables. Migrations are the
history of how older files reach this schema; a test holds their end to it too.

Rows never leave the persistence package: ``store.py`` turns them into the frozen domain
values of :mod:`moderator.domain.model`.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DDL, Column, DateTime, ForeignKey, Index, Integer, event
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from moderator.persistence.files import APPLICATION_ID, SCHEMA_REVISION, SCHEMA_VERSION
from moderator.persistence.postgres import CHANNEL

__all__ = ["APPLICATION_ID", "SCHEMA_REVISION", "SCHEMA_VERSION"]


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant, stored as UTC.

    SQLite has no time zone type, so naive UTC goes in and UTC comes back attached;
    PostgreSQL stores it as ``timestamptz``. A naive datetime is a bug and is refused.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored")
        utc = value.astimezone(timezone.utc)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - SQLAlchemy parses for us
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class EventRow(SQLModel, table=True):
    __tablename__ = "event"

    id: int = Field(default=1, primary_key=True)
    title: str
    series: str = ""
    subtitle: str = ""
    start: datetime = Field(sa_type=UTCDateTime)
    end: datetime = Field(sa_type=UTCDateTime)
    timezone: str
    meeting_link: str = ""
    stream_link: str = ""
    registration_link: str = ""
    description: str = ""
    language: str = "de"


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    academic_title: str = ""
    function: str = ""
    organisation: str = ""
    intro: str = ""
    pronunciation: str = ""
    contact: str = ""


class SlotRow(SQLModel, table=True):
    __tablename__ = "slot"

    id: int | None = Field(default=None, primary_key=True)
    position: int = Field(index=True)
    start: datetime = Field(sa_type=UTCDateTime)
    duration_seconds: int
    title: str
    kind: str
    notes: str = ""
    warning_seconds: int = 120
    final_seconds: int = 30
    pinned: bool = False


class SlotPersonRow(SQLModel, table=True):
    __tablename__ = "slot_person"

    slot_id: int = Field(
        sa_column=Column(Integer, ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    role: str = Field(primary_key=True)
    position: int = 0


class QuestionRow(SQLModel, table=True):
    __tablename__ = "question"
    # Position orders the queue; status finds the question on air and merged_into the
    # duplicates of one, without walking a queue of thousands on every move.
    __table_args__ = (
        Index("ix_question_position", "position"),
        Index("ix_question_status", "status"),
        Index("ix_question_merged_into", "merged_into"),
    )

    id: int | None = Field(default=None, primary_key=True)
    text: str
    asked_by: str = ""
    organisation: str = ""
    addressed_to: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True),
    )
    status: str = "new"
    position: float
    votes: int = 0
    created_at: datetime = Field(sa_type=UTCDateTime)
    created_by: str = ""
    source: str = "live"
    on_air_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answered_in_slot: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("slot.id", ondelete="SET NULL"), nullable=True),
    )
    merged_into: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("question.id", ondelete="SET NULL"), nullable=True),
    )
    revision: int = 0


class LiveStateRow(SQLModel, table=True):
    __tablename__ = "live_state"

    id: int = Field(default=1, primary_key=True)
    show_started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    show_ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    current_slot_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("slot.id", ondelete="SET NULL"), nullable=True),
    )
    slot_started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    adjustment_ms: int = 0
    paused_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    paused_total_ms: int = 0
    revision: int = 0


class LogRow(SQLModel, table=True):
    __tablename__ = "log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    action: str
    slot_id: int | None = None
    person_id: int | None = None
    detail: str = ""
    by: str = ""


class HandoffRow(SQLModel, table=True):
    __tablename__ = "handoff"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    slot_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("slot.id", ondelete="SET NULL"), nullable=True),
    )
    started_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ChangeRow(SQLModel, table=True):
    """The change feed: one row per committed change, in commit order.

    Every instance that has the event open watches ``max(seq)``; when it grows, it reads
    what changed. Writers append in the same transaction as the change itself.
    """

    __tablename__ = "change"

    seq: int | None = Field(default=None, primary_key=True)
    topic: str
    entity_id: int | None = None


# On PostgreSQL every committed change also wakes the watchers (``LISTEN``, see
# :mod:`.postgres`): one notification per statement that appends to the change feed.
NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION moderator_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""

NOTIFY_TRIGGER = """
CREATE TRIGGER moderator_change_notify AFTER INSERT ON change
FOR EACH STATEMENT EXECUTE FUNCTION moderator_notify_change()
"""

for _statement in (NOTIFY_FUNCTION, NOTIFY_TRIGGER):
    event.listen(
        SQLModel.metadata.tables["change"], "after_create", DDL(_statement).execute_if(dialect="postgresql")
    )


class InstanceRow(SQLModel, table=True):
    """An app instance that has the event open (co-hosts): its heartbeat and who it is."""

    __tablename__ = "instance"

    id: str = Field(primary_key=True, max_length=64)
    name: str = ""
    role: str = "moderator"
    last_seen: datetime = Field(sa_type=UTCDateTime)


class ControlRow(SQLModel, table=True):
    """Which instance controls the clock (one row; ``instance_id`` NULL: nobody)."""

    __tablename__ = "control"

    id: int = Field(default=1, primary_key=True)
    instance_id: str | None = Field(default=None, max_length=64)
    name: str = ""
    since: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PublicationRow(SQLModel, table=True):
    """Where this event is shared live: a PostgreSQL address, never with a password.

    Only an event file has this row: opening the file joins the shared event there.
    """

    __tablename__ = "publication"

    id: int = Field(default=1, primary_key=True)
    address: str
    published_at: datetime = Field(sa_type=UTCDateTime)


class FollowUpRow(SQLModel, table=True):
    """The owner and due date chosen for a question left open (format 3)."""

    __tablename__ = "followup"

    question_id: int = Field(
        sa_column=Column(Integer, ForeignKey("question.id", ondelete="CASCADE"), primary_key=True)
    )
    owner_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True),
    )
    #: ISO date, "2021-06-16".
    due: str | None = Field(default=None, max_length=10)


class ReadinessRow(SQLModel, table=True):
    """One person's row of the readiness board (format 4)."""

    __tablename__ = "readiness"

    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    joined: bool = False
    audio: bool = False
    video: bool = False
    slides: bool = False
    note: str = ""


class AlembicVersionRow(SQLModel, table=True):
    """Alembic's own bookkeeping table, created here so a new file starts stamped."""

    __tablename__ = "alembic_version"

    version_num: str = Field(primary_key=True, max_length=32)
