"""The event store: every read and write of an event file goes through here.

Reads go through an :class:`~.reader.EventReader` (plain ``sqlite3`` for an event file,
psycopg for a shared event: :mod:`.reader`), each in one consistent transaction; writes go
through SQLModel (:mod:`.writer`), loaded on the first write, each in one
``BEGIN IMMEDIATE`` transaction committed before the call returns, so there is no save
step that could be forgotten. What leaves this module are frozen domain values, never rows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from moderator.domain.cohosts import Control, Instance
from moderator.domain.model import (
    Event,
    EventDraft,
    EventSnapshot,
    Handoff,
    LiveState,
    LogEntry,
    Person,
    Question,
    QuestionSource,
    Slot,
)
from moderator.persistence import reader
from moderator.persistence.files import (
    SCHEMA_REVISION,
    SCHEMA_VERSION,
    TOPIC_QUESTIONS,
    TOPIC_RUN_SHEET,
    check_identity,
    is_writable,
)
from moderator.persistence.errors import DamagedForWriting, ReadOnlyEventFile

if TYPE_CHECKING:  # the writer loads SQLAlchemy; only its types are needed here
    from moderator.domain.followups import FollowUpChoice
    from moderator.domain.readiness import Readiness, ReadinessField
    from moderator.domain.live import LiveChange
    from moderator.domain.queue import QueueChange, QueueOp
    from moderator.domain.run_sheet import RunSheetChange, RunSheetOp
    from moderator.persistence.postgres import PgReader, PgWatcher
    from moderator.persistence.writer import Writer

#: The file extension of event files.
EXTENSION = ".moderator"


class EventStore:
    """One open event: an event file, or a shared event in PostgreSQL.

    Reads go through one read connection, writes through a writer made on the first
    write. ``path`` is the event file (None when a database address was opened
    directly); ``address`` is the PostgreSQL address of a shared event (None for a local
    event file); ``location`` is what to show the user.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        read_only: bool,
        address: str | None = None,
        password: str | None = None,
    ) -> None:
        self.path = path
        self.address = address
        self.read_only = read_only
        self._password = password
        self._reader: reader.EventReader
        if address is not None:
            from moderator.persistence.postgres import PgReader

            self._reader = PgReader(address, password)
        else:
            assert path is not None
            self._reader = reader.Reader(path, read_only)
        self._writer: Writer | None = None
        #: A shared event's heartbeat connection (see :meth:`heartbeat`), made on the first beat.
        self._presence: PgReader | None = None
        self._presence_lock = threading.Lock()
        #: The integrity check at opening found damage: the store is read-only.
        self.damaged = False

    @property
    def location(self) -> str:
        """The event as the user names it: the file, or the shared event's address."""
        if self.address is not None:
            return self.address
        return str(self.path)

    @property
    def shared(self) -> bool:
        """Whether this is a shared event in PostgreSQL."""
        return self.address is not None

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str],
        *,
        read_only: bool = False,
        password: str | None = None,
        local: bool = False,
    ) -> EventStore:
        """Open an event file or a shared event, refusing anything that is not one.

        ``location`` is an event file or a PostgreSQL address
        (``postgresql://user@host:port/dbname``). An event file that was published opens
        the shared event it points to, unless ``local`` (then the file itself, as it was
        when published). A file we may not write opens read-only (``store.read_only``
        says so). A file of an older schema is backed up and migrated; one of a newer
        schema is refused untouched.
        """
        from moderator.persistence.postgres import is_address

        if is_address(location):
            return cls._open_shared(None, str(location), read_only=read_only, password=password)
        file = Path(location)
        version = check_identity(file)
        read_only = read_only or not is_writable(file)
        if version < SCHEMA_VERSION:
            if read_only:
                raise ReadOnlyEventFile(str(file))
            from moderator.persistence import migrations

            migrations.upgrade(file)
        store = cls(file, read_only=read_only)
        try:
            if not read_only and isinstance(store._reader, reader.Reader) and not store._reader.quick_check():
                # Before the first write of a session: writing into a damaged file can
                # spread the damage. Reading what can still be read goes on.
                store.read_only = True
                store.damaged = True
            # Read the event and the live state once, so a damaged file is reported now.
            with store._reader.transaction() as db:
                reader.read_event(db)
                reader.read_live(db)
                address = reader.read_publication(db)
        except BaseException:
            store.close()
            raise
        if address is None or local:
            return store
        store.close()
        return cls._open_shared(file, address, read_only=read_only, password=password)

    @classmethod
    def _open_shared(
        cls, file: Path | None, address: str, *, read_only: bool, password: str | None
    ) -> EventStore:
        from moderator.persistence.postgres import NewerEventDatabase, NotAnEventDatabase, pg_errors, plain_address

        store = cls(file, read_only=read_only, address=plain_address(address), password=password)
        try:
            with store._reader.transaction() as db, pg_errors(address):
                exists = db.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0]
                if not exists:
                    raise NotAnEventDatabase(plain_address(address))
                revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
                if revision is None:
                    raise NotAnEventDatabase(plain_address(address))
                if revision[0] != SCHEMA_REVISION:
                    raise NewerEventDatabase(plain_address(address), revision[0])
                reader.read_event(db)
                reader.read_live(db)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def create(cls, path: str | os.PathLike[str], draft: EventDraft) -> EventStore:
        """Create a new event file holding ``draft``; never overwrites an existing file."""
        from moderator.persistence.writer import create_file

        return cls.open(create_file(path, draft))

    def close(self) -> None:
        """Close the connections (the file is always saved already)."""
        self._reader.close()
        if self._writer is not None:
            self._writer.close()
        with self._presence_lock:  # after a beat that is under way
            if self._presence is not None:
                self._presence.close()
                self._presence = None

    @property
    def writer(self) -> Writer:
        """The writing side, made (and SQLAlchemy loaded) on first use."""
        if self.damaged:
            raise DamagedForWriting(self.location)
        if self.read_only:
            raise ReadOnlyEventFile(self.location)
        if self._writer is None:
            from moderator.persistence.writer import Writer

            self._writer = Writer(self.path, read_only=False, address=self.address, password=self._password)
        return self._writer

    # -- reading --------------------------------------------------------------------------

    def snapshot(self) -> EventSnapshot:
        """Everything in the file, read in one consistent transaction."""
        with self._reader.transaction() as db:
            return reader.read_snapshot(db)

    def event(self) -> Event:
        with self._reader.transaction() as db:
            return reader.read_event(db)

    def people(self) -> tuple[Person, ...]:
        with self._reader.transaction() as db:
            return reader.read_people(db)

    def slots(self) -> tuple[Slot, ...]:
        with self._reader.transaction() as db:
            return reader.read_slots(db)

    def questions(self) -> tuple[Question, ...]:
        with self._reader.transaction() as db:
            return reader.read_questions(db)

    def question(self, question_id: int) -> Question | None:
        with self._reader.transaction() as db:
            found = reader.read_questions(db, "id = {id}", {"id": question_id})
        return found[0] if found else None

    def live(self) -> LiveState:
        with self._reader.transaction() as db:
            return reader.read_live(db)

    def log(self) -> tuple[LogEntry, ...]:
        with self._reader.transaction() as db:
            return reader.read_log(db)

    def handoffs(self) -> tuple[Handoff, ...]:
        """Every hand-off record, oldest first (the open one is the current speaker)."""
        with self._reader.transaction() as db:
            return reader.read_handoffs(db)

    def followups(self) -> dict[int, FollowUpChoice]:
        """The owners and due dates chosen for open questions (see :mod:`moderator.domain.followups`)."""
        with self._reader.transaction() as db:
            return reader.read_followups(db)

    def readiness(self) -> dict[int, Readiness]:
        """The readiness board's stored rows, by person id (see :mod:`moderator.domain.readiness`)."""
        if self.address is not None:  # one round trip, not three (BEGIN, the query, COMMIT)
            from moderator.persistence.postgres import PgReader

            assert isinstance(self._reader, PgReader)
            return reader.readiness_from_rows(self._reader.read_many((reader.READINESS_SQL,))[0])
        with self._reader.transaction() as db:
            return reader.read_readiness(db)

    def last_change(self) -> int:
        """The sequence number of the newest committed change (0 for none)."""
        with self._reader.transaction() as db:
            return reader.read_last_change(db)

    def delta(self, since_seq: int, log_after: int) -> Delta:
        """What changed since change ``since_seq``, read in one transaction.

        Live state and hand-offs are small and always read; the run sheet (event, people,
        slots) only when it changed; the questions only those named in the change feed
        (all of them when a change did not name one); the log only its new entries. An
        instance with 10,000 questions so reads a handful of rows per co-host action.
        """
        if self.address is not None:
            from moderator.persistence.postgres import PgReader

            assert isinstance(self._reader, PgReader)
            return _shared_delta(self._reader, since_seq, log_after)
        with self._reader.transaction() as db:
            rows = reader.read_changes(db, after=since_seq)
            seq = rows[-1][0] if rows else since_seq
            topics = {row[1] for row in rows}
            run_sheet = None
            if TOPIC_RUN_SHEET in topics:
                run_sheet = (reader.read_event(db), reader.read_people(db), reader.read_slots(db))
            ids = {row[2] for row in rows if row[1] == TOPIC_QUESTIONS}
            # Thousands of them (a renumbered queue): one read of all, not lists of 500 ids.
            if None in ids or len(ids) > _READ_ALL_FROM:
                questions: tuple[Question, ...] | None = reader.read_questions(db)
                changed: tuple[Question, ...] = ()
            else:
                questions = None
                changed = _questions_by_id(db, sorted(i for i in ids if i is not None))
            return Delta(
                seq=seq,
                run_sheet=run_sheet,
                live=reader.read_live(db),
                handoffs=reader.read_handoffs(db),
                new_log=reader.read_log(db, after=log_after),
                control=reader.read_control(db),
                all_questions=questions,
                changed_questions=changed,
                topics=frozenset(topics),
            )

    def watch(self) -> ChangeWatcher | PgWatcher:
        """A watcher that tells cheaply whether anyone committed since."""
        if self.address is not None:
            from moderator.persistence.postgres import PgWatcher

            return PgWatcher(self.address, self._password)
        assert self.path is not None
        return ChangeWatcher(self.path, self.read_only)

    # -- co-hosts -------------------------------------------------------------------------

    def probe(self) -> bool:
        """Whether the shared event's database answers (a connection of its own; any thread)."""
        if self.address is None:
            return True
        from moderator.persistence.postgres import probe

        return probe(self.address, self._password)

    def server_now(self) -> datetime | None:
        """The shared store's clock now (PostgreSQL's), to put every instance on one time
        base; None for an event file, whose instances share this machine's clock."""
        if self.address is None:
            return None
        server_now = getattr(self._reader, "server_now")
        return server_now()

    def control(self) -> Control:
        with self._reader.transaction() as db:
            return reader.read_control(db)

    def instances(self) -> tuple[Instance, ...]:
        with self._reader.transaction() as db:
            return reader.read_instances(db)

    def publication(self) -> str | None:
        """The address the event file was published to (None if it was not)."""
        if self.address is not None:
            return self.address
        with self._reader.transaction() as db:
            return reader.read_publication(db)

    def heartbeat(self, instance: Instance) -> tuple[Control, tuple[Instance, ...]]:
        """Say ``instance`` is here; return control and the instances as they are now.

        A shared event beats on a connection of its own, in one round trip, and may be
        called from another thread (the cockpit's heartbeat never waits for the network
        on its GUI thread): only one thread at a time beats.
        """
        if self.address is not None:
            if self.damaged:
                raise DamagedForWriting(self.location)
            if self.read_only:
                raise ReadOnlyEventFile(self.location)
            with self._presence_lock:
                if self._presence is None:
                    from moderator.persistence.postgres import PgReader

                    self._presence = PgReader(self.address, self._password)
                return self._presence.beat(instance)
        self.writer.heartbeat(instance)
        with self._reader.transaction() as db:
            return reader.read_control(db), reader.read_instances(db)

    def leave(self, instance: Instance) -> None:
        self.writer.leave(instance)

    def change_control(
        self, change: Callable[[Control, tuple[Instance, ...]], Control], *, now: datetime, by: str
    ) -> Control:
        """Hand over or take control of the clock, atomically (see :mod:`moderator.domain.cohosts`)."""
        return self.writer.change_control(change, now=now, by=by)

    # -- writing (see :class:`moderator.persistence.writer.Writer`) ------------------------

    def add_question(
        self,
        text: str,
        *,
        now: datetime,
        asked_by: str = "",
        organisation: str = "",
        addressed_to: int | None = None,
        source: QuestionSource = QuestionSource.LIVE,
        created_by: str = "",
    ) -> Question:
        """Append a question at the end of the queue and return it with its id."""
        return self.writer.add_question(
            text, now=now, asked_by=asked_by, organisation=organisation,
            addressed_to=addressed_to, source=source, created_by=created_by,
        )

    def add_questions(self, drafts: Sequence[Question], *, now: datetime) -> tuple[Question, ...]:
        """Append several questions at once (a pasted chat transcript), in one transaction."""
        return self.writer.add_questions(drafts, now=now)

    def change_live(
        self,
        change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange],
        *,
        by: Instance | None = None,
        now: datetime | None = None,
        written: Callable[[LiveState, tuple[Handoff, ...], tuple[int, ...]], None] | None = None,
    ) -> LiveState:
        """Apply a live action (clock, hand-off, or both) to the stored state, atomically.

        ``by``: the app instance acting, which must control the clock (see the writer);
        ``written``: hears the state the action left and the ids of its log entries.
        """
        return self.writer.change_live(change, by=by, now=now, written=written)

    def change_queue(self, op: QueueOp, *, now: datetime, slot_id: int | None = None, by: str = "") -> QueueChange:
        """Apply a queue operation to the questions as they are now, atomically (``by``: who, for the log)."""
        return self.writer.change_queue(op, now=now, slot_id=slot_id, by=by)

    def set_followup(self, choice: FollowUpChoice) -> None:
        """Store the owner and due date chosen for an open question, atomically."""
        self.writer.set_followup(choice)

    def set_readiness(self, person_id: int, field: ReadinessField, value: bool | str) -> Readiness:
        """Tick (or untick) one field of a person's readiness, or set their note, atomically."""
        return self.writer.set_readiness(person_id, field, value)

    def change_run_sheet(self, op: RunSheetOp, *, log: LogEntry | None = None) -> RunSheetChange:
        """Apply a run-sheet edit to the stored run sheet, atomically; the change names the
        ids the file gave new slots and people (``RunSheetChange.with_ids``). ``log``: an
        entry for the live log, written with the edit if it changed anything (re-planning)."""
        return self.writer.change_run_sheet(op, log=log)


def _shared_delta(db: PgReader, since_seq: int, log_after: int) -> Delta:
    """:meth:`EventStore.delta` on PostgreSQL: one query string, one round trip.

    What it reads only sometimes (the run sheet, every question) is asked for with a
    condition on the change feed that the server checks once, so a co-host's change costs
    one round trip whatever it changed, not a round trip per statement.
    """
    after = reader.literal(since_seq)

    def when(topic: str, extra: str = "") -> str:
        return (f"EXISTS (SELECT 1 FROM change WHERE seq > {after}"
                f" AND topic = {reader.literal(topic)}{extra})")

    questions, run_sheet = when(TOPIC_QUESTIONS, " AND entity_id IS NULL"), when(TOPIC_RUN_SHEET)
    (changes, live, handoffs, log, control, all_questions, changed_questions, event, people,
     slot_people, slots) = db.read_many((
        reader.CHANGES_SQL.format(after=after),
        reader.LIVE_SQL,
        reader.HANDOFFS_SQL,
        reader.LOG_SQL.format(after=reader.literal(log_after)),
        reader.CONTROL_SQL,
        f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE {questions} ORDER BY position, id",
        f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE NOT {questions} AND id IN"
        f" (SELECT entity_id FROM change WHERE seq > {after}"
        f" AND topic = {reader.literal(TOPIC_QUESTIONS)}) ORDER BY position, id",
        f"{reader.EVENT_SQL} AND {run_sheet}",
        f"SELECT {reader.PERSON_COLUMNS} FROM person WHERE {run_sheet} ORDER BY id",
        f"SELECT {reader.SLOT_PERSON_COLUMNS} FROM slot_person WHERE {run_sheet} ORDER BY slot_id, position",
        f"SELECT {reader.SLOT_COLUMNS} FROM slot WHERE {run_sheet} ORDER BY position, id",
    ))
    topics = {row[1] for row in changes}
    sheet = None
    if TOPIC_RUN_SHEET in topics:
        read_event = reader.event_from_row(event[0] if event else None)
        sheet = (read_event, reader.people_from_rows(people),
                 reader.slots_from_rows(read_event.timezone, slot_people, slots))
    named_all = any(row[1] == TOPIC_QUESTIONS and row[2] is None for row in changes)
    return Delta(
        seq=changes[-1][0] if changes else since_seq,
        run_sheet=sheet,
        live=reader.live_from_row(live[0] if live else None),
        handoffs=reader.handoffs_from_rows(handoffs),
        new_log=reader.log_from_rows(log),
        control=reader.control_from_row(control[0] if control else None),
        all_questions=tuple(map(reader.question_from_row, all_questions)) if named_all else None,
        changed_questions=() if named_all else tuple(map(reader.question_from_row, changed_questions)),
        topics=frozenset(topics),
    )


#: From this many changed questions on, :meth:`EventStore.delta` reads all questions.
_READ_ALL_FROM = 2_000


def _questions_by_id(db: reader.Db, ids: Sequence[int]) -> tuple[Question, ...]:
    found: list[Question] = []
    for start in range(0, len(ids), 500):  # SQLite limits the number of parameters
        fields, params = reader.in_list("id", ids[start : start + 500])
        found.extend(reader.read_questions(db, f"id IN ({fields})", params))
    return tuple(found)


class Delta(NamedTuple):
    """What :meth:`EventStore.delta` read: see there. (A named tuple: defined at every
    start, it costs a tenth of a frozen dataclass.)"""

    seq: int
    run_sheet: tuple[Event, tuple[Person, ...], tuple[Slot, ...]] | None
    live: LiveState
    handoffs: tuple[Handoff, ...]
    new_log: tuple[LogEntry, ...]
    all_questions: tuple[Question, ...] | None
    changed_questions: tuple[Question, ...]
    control: Control
    #: The change feed's topics of what changed (``files.TOPIC_*``).
    topics: frozenset[str] = frozenset()


class ChangeWatcher:
    """Tells whether any connection (another process, a co-host, this app) committed.

    Keeps one connection of its own and asks SQLite's ``PRAGMA data_version``, which
    changes whenever another connection commits: about 10 µs, cheap enough to ask five
    times a second while the show runs. The connection stays in autocommit mode, so it
    holds no lock and never blocks a checkpoint.
    """

    def __init__(self, path: Path, read_only: bool) -> None:
        self._reader = reader.Reader(path, read_only)
        self._version = self._reader.data_version()

    def changed(self) -> bool:
        """True once after each commit by any other connection."""
        version = self._reader.data_version()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        self._reader.close()
