"""The event store: every read and write of an event file goes through here.

Reads are plain ``sqlite3`` (:mod:`.reader`), each in one consistent transaction; writes go
through SQLModel (:mod:`.writer`), loaded on the first write, each in one
``BEGIN IMMEDIATE`` transaction committed before the call returns, so there is no save
step that could be forgotten. What leaves this module are frozen domain values, never rows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

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
    SCHEMA_VERSION,
    TOPIC_QUESTIONS,
    TOPIC_RUN_SHEET,
    check_identity,
    is_writable,
)
from moderator.persistence.errors import ReadOnlyEventFile

if TYPE_CHECKING:  # the writer loads SQLAlchemy; only its types are needed here
    from moderator.domain.live import LiveChange
    from moderator.domain.queue import QueueChange, QueueOp
    from moderator.persistence.writer import Writer

#: The file extension of event files.
EXTENSION = ".moderator"


class EventStore:
    """One open event file: a read connection, and a writer made on the first write."""

    def __init__(self, path: Path, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._reader = reader.Reader(path, read_only)
        self._writer: Writer | None = None

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> EventStore:
        """Open an existing event file, refusing anything that is not one.

        A file we may not write opens read-only (``store.read_only`` says so). A file of an
        older schema is backed up and migrated; one of a newer schema is refused untouched.
        """
        file = Path(path)
        version = check_identity(file)
        read_only = read_only or not is_writable(file)
        if version < SCHEMA_VERSION:
            if read_only:
                raise ReadOnlyEventFile(str(file))
            from moderator.persistence import migrations

            migrations.upgrade(file)
        store = cls(file, read_only=read_only)
        try:
            # Read the event and the live state once, so a damaged file is reported now.
            with store._reader.transaction() as db:
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

    @property
    def writer(self) -> Writer:
        """The writing side, made (and SQLAlchemy loaded) on first use."""
        if self.read_only:
            raise ReadOnlyEventFile(str(self.path))
        if self._writer is None:
            from moderator.persistence.writer import Writer

            self._writer = Writer(self.path, read_only=False)
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
            found = reader.read_questions(db, "id = ?", (question_id,))
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

    def last_change(self) -> int:
        """The sequence number of the newest committed change (0 for none)."""
        with self._reader.transaction() as db:
            return int(db.execute("SELECT coalesce(max(seq), 0) FROM change").fetchone()[0])

    def delta(self, since_seq: int, log_after: int) -> Delta:
        """What changed since change ``since_seq``, read in one transaction.

        Live state and hand-offs are small and always read; the run sheet (event, people,
        slots) only when it changed; the questions only those named in the change feed
        (all of them when a change did not name one); the log only its new entries. An
        instance with 10,000 questions so reads a handful of rows per co-host action.
        """
        with self._reader.transaction() as db:
            rows = db.execute(
                "SELECT seq, topic, entity_id FROM change WHERE seq > ? ORDER BY seq", (since_seq,)
            ).fetchall()
            seq = rows[-1][0] if rows else since_seq
            topics = {row[1] for row in rows}
            run_sheet = None
            if TOPIC_RUN_SHEET in topics:
                run_sheet = (reader.read_event(db), reader.read_people(db), reader.read_slots(db))
            ids = {row[2] for row in rows if row[1] == TOPIC_QUESTIONS}
            if None in ids:
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
                all_questions=questions,
                changed_questions=changed,
            )

    def watch(self) -> ChangeWatcher:
        """A watcher that tells cheaply whether anyone committed to the file since."""
        return ChangeWatcher(self.path, self.read_only)

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

    def change_live(self, change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange]) -> LiveState:
        """Apply a live action (clock, hand-off, or both) to the stored state, atomically."""
        return self.writer.change_live(change)

    def change_queue(self, op: QueueOp, *, now: datetime, slot_id: int | None = None) -> QueueChange:
        """Apply a queue operation to the questions as they are now, atomically."""
        return self.writer.change_queue(op, now=now, slot_id=slot_id)

    def update_slot_times(self, slots: Sequence[Slot]) -> None:
        """Store new planned starts and durations for these slots (by id), atomically."""
        self.writer.update_slot_times(slots)


def _questions_by_id(db: object, ids: Sequence[int]) -> tuple[Question, ...]:
    found: list[Question] = []
    for start in range(0, len(ids), 500):  # SQLite limits the number of parameters
        chunk = ids[start : start + 500]
        found.extend(reader.read_questions(db, f"id IN ({','.join('?' * len(chunk))})", tuple(chunk)))  # type: ignore[arg-type]
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Delta:
    """What :meth:`EventStore.delta` read: see there."""

    seq: int
    run_sheet: tuple[Event, tuple[Person, ...], tuple[Slot, ...]] | None
    live: LiveState
    handoffs: tuple[Handoff, ...]
    new_log: tuple[LogEntry, ...]
    all_questions: tuple[Question, ...] | None
    changed_questions: tuple[Question, ...]


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
