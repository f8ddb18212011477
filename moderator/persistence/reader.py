"""Reading an event file with plain ``sqlite3``: rows in, frozen domain values out.

The cockpit's first paint, ``status`` and ``export`` only read, and need no SQLAlchemy
for it (importing it costs most of a second). The writers read through the same
functions, on the connection of their own transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from moderator.domain.cohosts import Control, HostRole, Instance
from moderator.domain.model import (
    Event,
    EventSnapshot,
    Handoff,
    LiveState,
    LogEntry,
    Participant,
    Person,
    Question,
    QuestionSource,
    QuestionStatus,
    Role,
    Slot,
    SlotKind,
)
from moderator.domain.text import neutralised
from moderator.persistence.files import connect_file, quick_check, sqlite_errors

UTC = timezone.utc


class MissingRow(sqlite3.DatabaseError):
    """A table that every event file has a row in is empty: the file is damaged."""

    def __init__(self, table: str) -> None:
        super().__init__(f"database disk image is malformed: no row in {table}")


def instant(value: Any) -> datetime | None:
    """A stored instant (SQLAlchemy writes naive UTC text on SQLite) as an aware UTC value."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _n(text: str) -> str:
    """Stored text as it may be shown: an event file written before text was neutralised
    on entry may still hold a right-to-left override or zero-width characters."""
    return neutralised(text) if isinstance(text, str) else text


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def read_event(db: sqlite3.Connection) -> Event:
    row = db.execute(
        "SELECT title, series, subtitle, start, \"end\", timezone, meeting_link, stream_link,"
        " registration_link, description, language FROM event WHERE id = 1"
    ).fetchone()
    if row is None:
        raise MissingRow("event")
    zone = _zone(row[5])
    start, end = instant(row[3]), instant(row[4])
    assert start is not None and end is not None
    return Event(
        title=_n(row[0]), series=_n(row[1]), subtitle=_n(row[2]), start=start.astimezone(zone),
        end=end.astimezone(zone), timezone=row[5], meeting_link=_n(row[6]),
        stream_link=_n(row[7]), registration_link=_n(row[8]), description=_n(row[9]),
        language=row[10],
    )


def read_people(db: sqlite3.Connection) -> tuple[Person, ...]:
    rows = db.execute(
        "SELECT id, name, academic_title, function, organisation, intro, pronunciation, contact"
        " FROM person ORDER BY id"
    ).fetchall()
    return tuple(
        Person(
            id=r[0], name=_n(r[1]), academic_title=_n(r[2]), function=_n(r[3]),
            organisation=_n(r[4]), intro=_n(r[5]), pronunciation=_n(r[6]), contact=_n(r[7]),
        )
        for r in rows
    )


def read_slots(db: sqlite3.Connection) -> tuple[Slot, ...]:
    zone_row = db.execute("SELECT timezone FROM event WHERE id = 1").fetchone()
    zone = _zone(zone_row[0] if zone_row else "UTC")
    links: dict[int, list[Participant]] = {}
    for slot_id, person_id, role in db.execute(
        "SELECT slot_id, person_id, role FROM slot_person ORDER BY slot_id, position"
    ):
        links.setdefault(slot_id, []).append(Participant(person_id, Role(role)))
    slots = []
    for r in db.execute(
        "SELECT id, position, start, duration_seconds, title, kind, notes, warning_seconds,"
        " final_seconds, pinned FROM slot ORDER BY position, id"
    ):
        start = instant(r[2])
        assert start is not None
        slots.append(
            Slot(
                id=r[0], position=r[1], start=start.astimezone(zone),
                duration=timedelta(seconds=r[3]), title=_n(r[4]), kind=SlotKind(r[5]), notes=_n(r[6]),
                warning=timedelta(seconds=r[7]), final=timedelta(seconds=r[8]),
                participants=tuple(links.get(r[0], ())), pinned=bool(r[9]),
            )
        )
    return tuple(slots)


QUESTION_COLUMNS = (
    "id, text, asked_by, organisation, addressed_to, status, position, votes, created_at,"
    " created_by, source, on_air_at, answered_at, answered_in_slot, merged_into, revision"
)


def question_from_row(r: Any) -> Question:
    """A question from a row of :data:`QUESTION_COLUMNS`."""
    created_at = instant(r[8])
    assert created_at is not None
    return Question(
        id=r[0], text=_n(r[1]), asked_by=_n(r[2]), organisation=_n(r[3]), addressed_to=r[4],
        status=QuestionStatus(r[5]), position=r[6], votes=r[7], created_at=created_at,
        created_by=_n(r[9]), source=QuestionSource(r[10]), on_air_at=instant(r[11]),
        answered_at=instant(r[12]), answered_in_slot=r[13], merged_into=r[14], revision=r[15],
    )


def read_questions(db: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> tuple[Question, ...]:
    """The questions in queue order (``where``: an SQL condition with ``?`` parameters)."""
    sql = f"SELECT {QUESTION_COLUMNS} FROM question"
    if where:
        sql += f" WHERE {where}"
    rows = db.execute(sql + " ORDER BY position, id", params).fetchall()
    return tuple(question_from_row(r) for r in rows)


def read_live(db: sqlite3.Connection) -> LiveState:
    r = db.execute(
        "SELECT show_started_at, show_ended_at, current_slot_id, slot_started_at, adjustment_ms,"
        " paused_at, paused_total_ms, revision FROM live_state WHERE id = 1"
    ).fetchone()
    if r is None:
        return LiveState()
    return LiveState(
        show_started_at=instant(r[0]), show_ended_at=instant(r[1]), current_slot_id=r[2],
        slot_started_at=instant(r[3]), adjustment=timedelta(milliseconds=r[4]),
        paused_at=instant(r[5]), paused_total=timedelta(milliseconds=r[6]), revision=r[7],
    )


def read_handoffs(db: sqlite3.Connection) -> tuple[Handoff, ...]:
    handoffs = []
    for r in db.execute("SELECT id, person_id, slot_id, started_at, ended_at FROM handoff ORDER BY id"):
        started_at = instant(r[3])
        assert started_at is not None
        handoffs.append(Handoff(id=r[0], person_id=r[1], slot_id=r[2], started_at=started_at, ended_at=instant(r[4])))
    return tuple(handoffs)


def read_log(db: sqlite3.Connection, after: int = 0) -> tuple[LogEntry, ...]:
    """The log entries with an id above ``after`` (all by default), oldest first."""
    entries = []
    for r in db.execute(
        'SELECT id, at, action, slot_id, person_id, detail, "by" FROM log WHERE id > ? ORDER BY id', (after,)
    ):
        at = instant(r[1])
        assert at is not None
        entries.append(LogEntry(id=r[0], at=at, action=r[2], slot_id=r[3], person_id=r[4], detail=r[5], by=r[6]))
    return tuple(entries)


def read_control(db: Any) -> Control:
    """Who controls the clock (nobody when the row is missing)."""
    r = db.execute("SELECT instance_id, name, since FROM control WHERE id = 1").fetchone()
    if r is None:
        return Control()
    return Control(instance_id=r[0], name=r[1], since=instant(r[2]))


def read_instances(db: Any) -> tuple[Instance, ...]:
    """The instances that have said they have the event open, with their last heartbeat."""
    instances = []
    for r in db.execute("SELECT id, name, role, last_seen FROM instance ORDER BY id"):
        last_seen = instant(r[3])
        assert last_seen is not None
        try:
            role = HostRole(r[2])
        except ValueError:  # a role a newer version wrote: a co-host, as far as we know
            role = HostRole.COHOST
        instances.append(Instance(id=r[0], name=r[1], role=role, last_seen=last_seen))
    return tuple(instances)


def read_publication(db: Any) -> str | None:
    """The address this event file is shared at, if it was published."""
    r = db.execute("SELECT address FROM publication WHERE id = 1").fetchone()
    return None if r is None else str(r[0])


def read_snapshot(db: sqlite3.Connection) -> EventSnapshot:
    return EventSnapshot(
        event=read_event(db), people=read_people(db), slots=read_slots(db),
        questions=read_questions(db), live=read_live(db),
    )


class Reader:
    """One connection for reading an event file; each read is one consistent transaction."""

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        with sqlite_errors(path):
            self._db = connect_file(path, read_only)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed state."""
        with sqlite_errors(self.path):
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    def quick_check(self) -> bool:
        """Whether the file's pages are sound (see :func:`files.quick_check`)."""
        return quick_check(self._db)

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's ``PRAGMA data_version``)."""
        with sqlite_errors(self.path):
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()
