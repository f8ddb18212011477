"""Reading an event: rows in, frozen domain values out, the same on both databases.

The cockpit's first paint, ``status`` and ``export`` only read, and need no SQLAlchemy
for it (importing it costs most of a second): an event file is read with plain
``sqlite3``, a shared event with psycopg. Both answer :class:`EventReader`, and every
query here is written once, its parameters as ``{name}`` fields that :func:`render` spells
for the driver at hand (``?`` for sqlite3, ``%s`` for psycopg). The writers read
through the same functions, on the connection of their own transaction.

The tables and their columns are defined in :mod:`.schema` (and nowhere else); the
column lists here name what is read, and a test holds them to the schema.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING, Any, Literal, Protocol
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

if TYPE_CHECKING:  # read with the report, its dialogs and the readiness board, not to open the cockpit
    from moderator.domain.followups import FollowUpChoice
    from moderator.domain.readiness import Readiness

UTC = timezone.utc

# -- one query, both databases ------------------------------------------------------------------

#: The database a query is spelled for.
Dialect = Literal["sqlite", "postgresql"]

_FIELDS = Formatter()


def render(query: str, dialect: Dialect) -> tuple[str, tuple[str, ...]]:
    """``query`` with its ``{name}`` parameter fields spelled as ``dialect``'s driver wants,
    and the names of the parameters in the order the driver takes them.

    The query is parsed as a template (literal text and fields), never searched and
    replaced: a ``?`` or ``%`` inside a string literal stays what it is. Both drivers take
    positional parameters (binding by name costs sqlite3 twice as long): sqlite3 as ``?``,
    psycopg as ``%s``, reading a literal ``%`` as ``%%``. :meth:`Db.execute` keeps what
    it spelled.
    """
    parts: list[str] = []
    names: list[str] = []
    for literal, field, _spec, _conversion in _FIELDS.parse(query):
        parts.append(literal.replace("%", "%%") if dialect == "postgresql" else literal)
        if field is not None:
            if not field.isidentifier():
                raise ValueError(f"not a parameter name: {{{field}}} in {query!r}")
            parts.append("%s" if dialect == "postgresql" else "?")
            names.append(field)
    return "".join(parts), tuple(names)


def in_list(name: str, values: Sequence[object]) -> tuple[str, dict[str, object]]:
    """The fields and parameters of ``IN (...)`` over ``values`` (``NULL`` for none)."""
    if not values:
        return "NULL", {}
    names = [f"{name}{index}" for index in range(len(values))]
    return ", ".join(f"{{{field}}}" for field in names), dict(zip(names, values))


class Cursor(Protocol):
    """What both drivers' cursors give the readers."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Driver(Protocol):
    """A DB-API connection that executes with positional parameters (sqlite3's and psycopg's)."""

    def execute(self, query: str, params: Sequence[Any] = ..., /) -> Cursor: ...


#: Each dialect's spelling of the queries run so far: a dict look-up per statement, the
#: cheapest cache there is (a delta read runs seven statements for a co-host's change).
_SPELLED: dict[Dialect, dict[str, tuple[str, tuple[str, ...]]]] = {"sqlite": {}, "postgresql": {}}


class Db:
    """The connection of one transaction, and the dialect its queries are spelled in."""

    __slots__ = ("_spelled", "connection", "dialect")

    def __init__(self, connection: Driver, dialect: Dialect) -> None:
        self.connection = connection
        self.dialect: Dialect = dialect
        self._spelled = _SPELLED[dialect]

    def execute(self, query: str, /, **params: object) -> Cursor:
        """Run ``query`` (``{name}`` fields) with ``params`` by name."""
        spelled = self._spelled.get(query)
        if spelled is None:
            spelled = render(query, self.dialect)
            if len(self._spelled) < 512:  # IN lists of every length are not all kept
                self._spelled[query] = spelled
        sql, names = spelled
        if not names:
            return self.connection.execute(sql)
        return self.connection.execute(sql, tuple([params[name] for name in names]))


def literal(value: int | str) -> str:
    """An integer or a constant of this package as SQL text, for :meth:`Db.read_many`
    (never text a user typed: that goes as a parameter)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"not a literal: {value!r}")
    if isinstance(value, int):
        return str(int(value))
    if not value.replace("_", "").isalnum():
        raise ValueError(f"not a constant: {value!r}")
    return f"'{value}'"


def fetch_results(cursor: Any) -> list[list[Any]]:
    """The rows of each statement of a multi-statement query that returns rows, in order
    (a ``BEGIN``, an ``INSERT`` without ``RETURNING`` return none and are skipped)."""
    results: list[list[Any]] = []
    while True:
        if cursor.description is not None:
            results.append(cursor.fetchall())
        if not cursor.nextset():
            return results


def read_many(db: Db, queries: Sequence[str]) -> list[list[Any]]:
    """The rows of each of ``queries`` (no parameters: their values written in with
    :func:`literal`), in the transaction of ``db``.

    On PostgreSQL they go as one multi-statement query: one round trip to the server for
    all of them, where a statement each would cost one each (the co-host on another
    network pays every one). On SQLite one after another (nothing to save in-process).
    """
    if db.dialect != "postgresql":
        return [db.connection.execute(query).fetchall() for query in queries]
    results = fetch_results(db.connection.execute("; ".join(queries)))
    if len(results) != len(queries):
        raise RuntimeError(f"{len(queries)} queries gave {len(results)} results")
    return results


class EventReader(Protocol):
    """How the store reads an event: an event file (:class:`Reader`) or a shared event in
    PostgreSQL (:class:`~moderator.persistence.postgres.PgReader`)."""

    def transaction(self) -> AbstractContextManager[Db]:
        """A read transaction: every query inside sees the same committed state."""
        ...

    def close(self) -> None: ...


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


EVENT_COLUMNS = (
    'title, series, subtitle, start, "end", timezone, meeting_link, stream_link,'
    " registration_link, description, language"
)


EVENT_SQL = f"SELECT {EVENT_COLUMNS} FROM event WHERE id = 1"


def read_event(db: Db) -> Event:
    return event_from_row(db.execute(EVENT_SQL).fetchone())


def event_from_row(row: Any) -> Event:
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


PERSON_COLUMNS = "id, name, academic_title, function, organisation, intro, pronunciation, contact"


PEOPLE_SQL = f"SELECT {PERSON_COLUMNS} FROM person ORDER BY id"


def read_people(db: Db) -> tuple[Person, ...]:
    return people_from_rows(db.execute(PEOPLE_SQL).fetchall())


def people_from_rows(rows: Sequence[Any]) -> tuple[Person, ...]:
    return tuple(
        Person(
            id=r[0], name=_n(r[1]), academic_title=_n(r[2]), function=_n(r[3]),
            organisation=_n(r[4]), intro=_n(r[5]), pronunciation=_n(r[6]), contact=_n(r[7]),
        )
        for r in rows
    )


SLOT_PERSON_COLUMNS = "slot_id, person_id, role"
SLOT_COLUMNS = (
    "id, position, start, duration_seconds, title, kind, notes, warning_seconds, final_seconds,"
    " pinned"
)


SLOT_PERSON_SQL = f"SELECT {SLOT_PERSON_COLUMNS} FROM slot_person ORDER BY slot_id, position"
SLOTS_SQL = f"SELECT {SLOT_COLUMNS} FROM slot ORDER BY position, id"


def read_slots(db: Db) -> tuple[Slot, ...]:
    zone_row = db.execute("SELECT timezone FROM event WHERE id = 1").fetchone()
    return slots_from_rows(
        zone_row[0] if zone_row else "UTC", db.execute(SLOT_PERSON_SQL).fetchall(), db.execute(SLOTS_SQL).fetchall()
    )


def slots_from_rows(timezone_name: str, link_rows: Sequence[Any], slot_rows: Sequence[Any]) -> tuple[Slot, ...]:
    """The slots from the rows of :data:`SLOT_PERSON_SQL` and :data:`SLOTS_SQL`."""
    zone = _zone(timezone_name)
    links: dict[int, list[Participant]] = {}
    for slot_id, person_id, role in link_rows:
        links.setdefault(slot_id, []).append(Participant(person_id, Role(role)))
    slots = []
    for r in slot_rows:
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


# Stored text to enum by a dict: calling an Enum class costs a microsecond a row, and an
# event may hold 100,000 questions.
_STATUSES = {status.value: status for status in QuestionStatus}
_SOURCES = {source.value: source for source in QuestionSource}


def question_from_row(r: Any) -> Question:
    """A question from a row of :data:`QUESTION_COLUMNS`."""
    created_at = instant(r[8])
    assert created_at is not None
    status = _STATUSES.get(r[5]) or QuestionStatus(r[5])  # an unknown value raises as before
    source = _SOURCES.get(r[10]) or QuestionSource(r[10])
    return Question(
        id=r[0], text=_n(r[1]), asked_by=_n(r[2]) if r[2] else r[2], organisation=_n(r[3]) if r[3] else r[3],
        addressed_to=r[4], status=status, position=r[6], votes=r[7], created_at=created_at,
        created_by=_n(r[9]) if r[9] else r[9], source=source, on_air_at=instant(r[11]),
        answered_at=instant(r[12]), answered_in_slot=r[13], merged_into=r[14], revision=r[15],
    )


def read_questions(db: Db, where: str = "", params: Mapping[str, object] | None = None) -> tuple[Question, ...]:
    """The questions in queue order (``where``: an SQL condition with ``{name}`` parameters)."""
    sql = f"SELECT {QUESTION_COLUMNS} FROM question"
    if where:
        sql += f" WHERE {where}"
    # An event of 100,000 questions makes as many rows and questions here, none in a
    # reference cycle: the cyclic garbage collector's passes over them meanwhile would cost
    # a sixth of the read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = db.execute(sql + " ORDER BY position, id", **(params or {})).fetchall()
        return tuple(question_from_row(r) for r in rows)
    finally:
        if collecting:
            gc.enable()


LIVE_STATE_COLUMNS = (
    "show_started_at, show_ended_at, current_slot_id, slot_started_at, adjustment_ms,"
    " paused_at, paused_total_ms, revision"
)


LIVE_SQL = f"SELECT {LIVE_STATE_COLUMNS} FROM live_state WHERE id = 1"


def read_live(db: Db) -> LiveState:
    return live_from_row(db.execute(LIVE_SQL).fetchone())


def live_from_row(r: Any) -> LiveState:
    if r is None:
        return LiveState()
    return LiveState(
        show_started_at=instant(r[0]), show_ended_at=instant(r[1]), current_slot_id=r[2],
        slot_started_at=instant(r[3]), adjustment=timedelta(milliseconds=r[4]),
        paused_at=instant(r[5]), paused_total=timedelta(milliseconds=r[6]), revision=r[7],
    )


HANDOFF_COLUMNS = "id, person_id, slot_id, started_at, ended_at"


HANDOFFS_SQL = f"SELECT {HANDOFF_COLUMNS} FROM handoff ORDER BY id"


def read_handoffs(db: Db) -> tuple[Handoff, ...]:
    return handoffs_from_rows(db.execute(HANDOFFS_SQL).fetchall())


def handoffs_from_rows(rows: Sequence[Any]) -> tuple[Handoff, ...]:
    handoffs = []
    for r in rows:
        started_at = instant(r[3])
        assert started_at is not None
        handoffs.append(Handoff(id=r[0], person_id=r[1], slot_id=r[2], started_at=started_at, ended_at=instant(r[4])))
    return tuple(handoffs)


LOG_COLUMNS = 'id, at, action, slot_id, person_id, detail, "by"'


LOG_SQL = f"SELECT {LOG_COLUMNS} FROM log WHERE id > {{after}} ORDER BY id"


def read_log(db: Db, after: int = 0) -> tuple[LogEntry, ...]:
    """The log entries with an id above ``after`` (all by default), oldest first."""
    return log_from_rows(db.execute(LOG_SQL, after=after).fetchall())


def log_from_rows(rows: Sequence[Any]) -> tuple[LogEntry, ...]:
    entries = []
    for r in rows:
        at = instant(r[1])
        assert at is not None
        entries.append(LogEntry(id=r[0], at=at, action=r[2], slot_id=r[3], person_id=r[4], detail=r[5], by=r[6]))
    return tuple(entries)


CONTROL_COLUMNS = "instance_id, name, since"


CONTROL_SQL = f"SELECT {CONTROL_COLUMNS} FROM control WHERE id = 1"


def read_control(db: Db) -> Control:
    """Who controls the clock (nobody when the row is missing)."""
    return control_from_row(db.execute(CONTROL_SQL).fetchone())


def control_from_row(r: Any) -> Control:
    if r is None:
        return Control()
    return Control(instance_id=r[0], name=r[1], since=instant(r[2]))


INSTANCE_COLUMNS = "id, name, role, last_seen"


INSTANCES_SQL = f"SELECT {INSTANCE_COLUMNS} FROM instance ORDER BY id"


def read_instances(db: Db) -> tuple[Instance, ...]:
    """The instances that have said they have the event open, with their last heartbeat."""
    return instances_from_rows(db.execute(INSTANCES_SQL).fetchall())


def instances_from_rows(rows: Sequence[Any]) -> tuple[Instance, ...]:
    instances = []
    for r in rows:
        last_seen = instant(r[3])
        assert last_seen is not None
        try:
            role = HostRole(r[2])
        except ValueError:  # a role a newer version wrote: a co-host, as far as we know
            role = HostRole.COHOST
        instances.append(Instance(id=r[0], name=r[1], role=role, last_seen=last_seen))
    return tuple(instances)


PUBLICATION_COLUMNS = "address"


def read_publication(db: Db) -> str | None:
    """The address this event file is shared at, if it was published."""
    r = db.execute(f"SELECT {PUBLICATION_COLUMNS} FROM publication WHERE id = 1").fetchone()
    return None if r is None else str(r[0])


CHANGE_COLUMNS = "seq, topic, entity_id"


CHANGES_SQL = f"SELECT {CHANGE_COLUMNS} FROM change WHERE seq > {{after}} ORDER BY seq"


def read_changes(db: Db, after: int) -> list[tuple[int, str, int | None]]:
    """The change feed's entries after sequence number ``after``, in commit order."""
    rows: list[tuple[int, str, int | None]] = db.execute(CHANGES_SQL, after=after).fetchall()
    return rows


def read_last_change(db: Db) -> int:
    """The sequence number of the newest committed change (0 for none)."""
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM change").fetchone()[0])


FOLLOWUP_COLUMNS = "question_id, owner_id, due"


def read_followups(db: Db) -> dict[int, FollowUpChoice]:
    """The owners and due dates chosen for open questions, by question id."""
    from moderator.domain.followups import FollowUpChoice

    return {
        r[0]: FollowUpChoice(r[0], owner_id=r[1], due=date.fromisoformat(r[2]) if r[2] else None)
        for r in db.execute(f"SELECT {FOLLOWUP_COLUMNS} FROM followup ORDER BY question_id")
    }


READINESS_COLUMNS = "person_id, joined, audio, video, slides, note"


READINESS_SQL = f"SELECT {READINESS_COLUMNS} FROM readiness ORDER BY person_id"


def read_readiness(db: Db) -> dict[int, Readiness]:
    """The readiness board's stored rows, by person id."""
    return readiness_from_rows(db.execute(READINESS_SQL).fetchall())


def readiness_from_rows(rows: Sequence[Any]) -> dict[int, Readiness]:
    from moderator.domain.readiness import Readiness

    return {
        r[0]: Readiness(r[0], joined=bool(r[1]), audio=bool(r[2]), video=bool(r[3]), slides=bool(r[4]), note=r[5])
        for r in rows
    }


#: What the reader reads of each table. With :data:`NOT_READ` that is every column the
#: schema gives it: a test holds both to :mod:`.schema`, so a new column cannot be
#: forgotten here.
READ_COLUMNS = {
    "event": EVENT_COLUMNS, "person": PERSON_COLUMNS, "slot": SLOT_COLUMNS,
    "slot_person": SLOT_PERSON_COLUMNS, "question": QUESTION_COLUMNS,
    "live_state": LIVE_STATE_COLUMNS, "log": LOG_COLUMNS, "handoff": HANDOFF_COLUMNS,
    "change": CHANGE_COLUMNS, "instance": INSTANCE_COLUMNS, "control": CONTROL_COLUMNS,
    "publication": PUBLICATION_COLUMNS, "followup": FOLLOWUP_COLUMNS, "readiness": READINESS_COLUMNS,
}  # fmt: skip
#: Columns left out on purpose: the id of a table of one row (always 1), a position
#: that only orders, and when the event was published (nobody shows it).
NOT_READ = {
    "event": {"id"}, "live_state": {"id"}, "control": {"id"}, "slot_person": {"position"},
    "publication": {"id", "published_at"},
}  # fmt: skip


def read_snapshot(db: Db) -> EventSnapshot:
    return EventSnapshot(
        event=read_event(db), people=read_people(db), slots=read_slots(db),
        questions=read_questions(db), live=read_live(db),
    )


class Reader:
    """One connection for reading an event file; each read is one consistent transaction.

    An :class:`EventReader`.
    """

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        with sqlite_errors(path):
            self._db = connect_file(path, read_only)
        self._reading = Db(self._db, "sqlite")

    @contextmanager
    def transaction(self) -> Iterator[Db]:
        """A read transaction: every query inside sees the same committed state."""
        with sqlite_errors(self.path):
            self._db.execute("BEGIN")
            try:
                yield self._reading
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
