"""Writing an event file: every change in one ``BEGIN IMMEDIATE`` transaction, via SQLModel.

Imported on the first write (or in the background once the cockpit is up), so that
reading an event never waits for SQLAlchemy to load. Reads inside a write transaction go
through :mod:`moderator.persistence.reader` on the transaction's own connection.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final, cast

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlmodel import Session, SQLModel

from moderator.domain.cohosts import Control, Instance
from moderator.domain.followups import FollowUpChoice
from moderator.domain.readiness import Readiness, ReadinessField
from moderator.domain.model import (
    Event,
    EventDraft,
    Handoff,
    LiveState,
    LogEntry,
    Person,
    Question,
    QuestionSource,
    QuestionStatus,
    Slot,
)
from moderator.domain.questions import clean_field, clean_question_text
from moderator.persistence import reader
from moderator.persistence.engine import WRITE_OPTION, make_engine
from moderator.persistence.errors import CannotWriteEventFile, EventFileExists, ReadOnlyEventFile
from moderator.persistence.files import (
    TOPIC_CONTROL,
    TOPIC_HANDOFFS,
    TOPIC_LIVE,
    TOPIC_QUESTIONS,
    TOPIC_READINESS,
    TOPIC_RUN_SHEET,
    initialise_file,
    sqlite_errors,
)
from moderator.persistence.schema import (
    SCHEMA_REVISION,
    AlembicVersionRow,
    ChangeRow,
    ControlRow,
    InstanceRow,
    EventRow,
    FollowUpRow,
    HandoffRow,
    LiveStateRow,
    LogRow,
    PersonRow,
    QuestionRow,
    ReadinessRow,
    SlotPersonRow,
    SlotRow,
    UTCDateTime,
)


if TYPE_CHECKING:
    # The queue and the live rules load only with the writes that use them: a chat bot's
    # ``moderator ask`` needs neither, and every millisecond of its start-up counts.
    from moderator.domain.handoffs import HandoffChange
    from moderator.domain.live import LiveChange
    from moderator.domain.queue import QuestionPatch, QueueChange, QueueOp
    from moderator.domain.queue_ops import Move, MoveSeveral
    from moderator.domain.run_sheet import RunSheetChange, RunSheetOp


def _db(session: Session) -> reader.Db:
    """The connection of the session's transaction, for the shared readers."""
    connection = session.connection()
    driver = cast(reader.Driver, connection.connection.driver_connection)
    return reader.Db(driver, "postgresql" if connection.dialect.name == "postgresql" else "sqlite")


#: Insert or refresh an instance's row (SQLite and PostgreSQL both have the upsert); the
#: instant goes in as every stored instant does (schema.UTCDateTime).
_UPSERT_INSTANCE: Final = text(
    "INSERT INTO instance (id, name, role, last_seen) VALUES (:id, :name, :role, :last_seen)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, last_seen = excluded.last_seen"
).bindparams(bindparam("last_seen", type_=UTCDateTime))


class Writer:
    """The writing side of one open event: an event file, or a shared event in PostgreSQL."""

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
        if address is not None:
            from moderator.persistence.engine import make_pg_engine

            self._engine = make_pg_engine(address, password)
        else:
            assert path is not None
            self._engine = make_engine(path, read_only=read_only)
        self._write_engine = self._engine.execution_options(**{WRITE_OPTION: True})

    def close(self) -> None:
        self._engine.dispose()

    def _errors(self) -> AbstractContextManager[None]:
        """The translation of the database's errors into messages for a person."""
        if self.address is not None:
            from moderator.persistence.postgres import pg_errors

            return pg_errors(self.address)
        assert self.path is not None
        return sqlite_errors(self.path)

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        if self.read_only:
            raise ReadOnlyEventFile(str(self.path or self.address))
        with self._errors(), self._began() as session:
            yield session

    @contextmanager
    def _began(self) -> Iterator[Session]:
        """A write transaction, begun (on PostgreSQL: holding the write lock).

        A shared event's pooled connection may have died since its last use (the server
        restarted): then the beginning fails before anything was written, the pool drops
        that connection, and the transaction begins once more on a new one (what
        ``pool_pre_ping`` did, without its round trip before every write).
        """
        from sqlalchemy.exc import DBAPIError

        for attempt in (1, 2):
            session = Session(self._write_engine)
            transaction = session.begin()
            try:
                session.connection()  # checks out, and begins (see engine._on_begin)
            except DBAPIError as error:
                session.close()
                if attempt == 1 and self.address is not None and error.connection_invalidated:
                    continue
                raise
            break
        with session, transaction:
            yield session

    def fill(self, draft: EventDraft) -> None:
        """Write a new event's contents into the (empty, just created) tables.

        The rows go in as batched bulk inserts with ids numbered here (the tables are new,
        so ids count from 1 in the draft's order, as autoincrement would): a 5,000-slot
        calendar took 2.5 s as ORM objects flushed one by one, on a worker thread that held
        the interpreter against the GUI thread all that time.
        """
        with self._writing() as session:
            session.add(AlembicVersionRow(version_num=SCHEMA_REVISION))
            session.add(_event_row(draft.event))
            ids: dict[str, int] = {}
            people = []
            for number, person in enumerate(draft.people, start=1):
                people.append({"id": number, **_person_values(person)})
                ids[person.key] = number
            _insert(session, PersonRow, people)
            slots, links = [], []
            for index, slot in enumerate(draft.slots):
                slot_id = index + 1
                slots.append({"id": slot_id, **_slot_values(slot, index)})
                seen: set[tuple[int, str]] = set()
                for order, (key, role) in enumerate(draft.slot_people[index] if index < len(draft.slot_people) else ()):
                    link = (ids[key], role.value)
                    if link in seen:
                        continue
                    seen.add(link)
                    links.append({"slot_id": slot_id, "person_id": ids[key], "role": role.value, "position": order})
            _insert(session, SlotRow, slots)
            _insert(session, SlotPersonRow, links)
            for position, question in enumerate(draft.questions, start=1):
                session.add(_question_row(question, position))
            session.add(LiveStateRow(id=1))
            session.add(ControlRow(id=1))

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
        cleaned = clean_question_text(text)
        with self._writing() as session:
            last = session.execute(select(func.max(QuestionRow.position))).scalar()
            row = QuestionRow(
                text=cleaned,
                asked_by=clean_field(asked_by),
                organisation=clean_field(organisation),
                addressed_to=addressed_to,
                status=QuestionStatus.NEW.value,
                position=(last or 0) + 1,
                created_at=now,
                created_by=clean_field(created_by),
                source=source.value,
            )
            session.add(row)
            session.flush()
            _record_change(session, TOPIC_QUESTIONS, row.id)
            question = _question_of(row)
        return question

    def change_live(
        self,
        change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange],
        *,
        by: Instance | None = None,
        now: datetime | None = None,
        written: Callable[[LiveState, tuple[Handoff, ...], tuple[int, ...]], None] | None = None,
    ) -> LiveState:
        """Apply a live action (clock, hand-off, or both) to the stored state, atomically.

        ``change`` receives the live state and the hand-off records as they are in the
        file at this instant (under the write lock) and returns what to store: an intent
        applied to the current rows, so two instances pressing keys at once never
        overwrite each other with stale state.

        An app instance (``by``) acts only while it controls the clock, which it takes
        with its first action when nobody does (:func:`~moderator.domain.cohosts.claim_for_action`),
        checked in the same transaction. The command line acts without an instance.

        ``written`` hears, inside the same transaction, the live state and hand-off records
        as the action left them and the ids of the log entries it wrote: what a live undo
        must find again, and cancel (:mod:`moderator.domain.live_undo`).
        """
        with self._writing() as session:
            db = _db(session)
            # What the action reads, in one round trip to a shared event's server.
            if by is not None:
                from moderator.domain.cohosts import claim_for_action

                assert now is not None
                control_rows, instance_rows, live_rows, handoff_rows = reader.read_many(
                    db, (reader.CONTROL_SQL, reader.INSTANCES_SQL, reader.LIVE_SQL, reader.HANDOFFS_SQL)
                )
                control = reader.control_from_row(_first(control_rows))
                claimed = claim_for_action(control, by, reader.instances_from_rows(instance_rows), now)
                if claimed != control:
                    self._store_control(session, claimed, by.label, now)
            else:
                live_rows, handoff_rows = reader.read_many(db, (reader.LIVE_SQL, reader.HANDOFFS_SQL))
            current = reader.live_from_row(_first(live_rows))
            result = change(current, reader.handoffs_from_rows(handoff_rows))
            if result.state is not None:
                new_state = result.state
                session.execute(
                    update(LiveStateRow)
                    .where(LiveStateRow.id == 1)  # type: ignore[arg-type]
                    .values(
                        show_started_at=new_state.show_started_at,
                        show_ended_at=new_state.show_ended_at,
                        current_slot_id=new_state.current_slot_id,
                        slot_started_at=new_state.slot_started_at,
                        adjustment_ms=_ms(new_state.adjustment),
                        paused_at=new_state.paused_at,
                        paused_total_ms=_ms(new_state.paused_total),
                        revision=current.revision + 1,
                    )
                )
                _record_change(session, TOPIC_LIVE, None)
            if result.handoffs is not None:
                _apply_handoff_change(session, result.handoffs)
                _record_change(session, TOPIC_HANDOFFS, None)
            if result.drop_questions:
                session.execute(delete(QuestionRow).where(QuestionRow.id.in_(result.drop_questions)))  # type: ignore[union-attr]
                # No one id: every client reads the whole queue again.
                _record_change(session, TOPIC_QUESTIONS, None)
            actor = by.label if by is not None else ""
            rows = [
                LogRow(
                    at=entry.at, action=entry.action, slot_id=entry.slot_id,
                    person_id=entry.person_id, detail=entry.detail, by=entry.by or actor,
                )
                for entry in result.log
            ]
            session.add_all(rows)
            if written is None:
                return reader.read_live(_db(session))
            session.flush()
            live_rows, handoff_rows = reader.read_many(_db(session), (reader.LIVE_SQL, reader.HANDOFFS_SQL))
            after = reader.live_from_row(_first(live_rows))
            written(after, reader.handoffs_from_rows(handoff_rows), tuple(row.id for row in rows if row.id is not None))
            return after

    def change_queue(self, op: QueueOp, *, now: datetime, slot_id: int | None = None, by: str = "") -> QueueChange:
        """Apply a queue operation to the questions as they are now, atomically.

        Only the questions the operation can touch are read (the ones it names, the one on
        air, those merged into the named ones, and for a move the neighbour it lands
        after): a move in a queue of 10,000 questions reads three rows, not 10,000. The
        rare move into a used-up gap is redone over a stretch of the queue around its landing
        spot (:data:`NEIGHBOURHOODS`: 64 questions either side, then 1024), where it
        renumbers a window; only if the window does not fit in that stretch over every
        question.
        """
        from moderator.domain.queue_ops import Move, MoveSeveral, apply_move_within

        with self._writing() as session:
            questions = _relevant_questions(session, op)
            change = op.apply(questions, now, slot_id)
            if isinstance(op, (Move, MoveSeveral)) and change.renumbered:
                for k in NEIGHBOURHOODS:
                    stretch, lower, upper = _neighbourhood(session, op, k)
                    within = apply_move_within(op, stretch, now, slot_id, lower=lower, upper=upper)
                    if within is not None or (lower is None and upper is None):
                        break
                change = within if within is not None else op.apply(reader.read_questions(_db(session)), now, slot_id)
            if not change.changed:
                return change
            _store_patches(session, change)
            for entry in change.log:
                session.add(
                    LogRow(
                        at=entry.at, action=entry.action, slot_id=entry.slot_id,
                        person_id=entry.person_id, detail=entry.detail, by=entry.by or by,
                    )
                )
            return change

    def add_questions(self, drafts: Sequence[Question], *, now: datetime) -> tuple[Question, ...]:
        """Append several questions at once (a pasted chat transcript), in one transaction.

        One multi-row INSERT for the questions and one for the change feed: a long chat
        pasted in costs milliseconds, not a flush per question.
        """
        cleaned = [(clean_question_text(q.text), q) for q in drafts]
        if not cleaned:
            return ()
        with self._writing() as session:
            last = session.execute(select(func.max(QuestionRow.position))).scalar() or 0.0
            first_id = (session.execute(select(func.max(QuestionRow.id))).scalar() or 0) + 1
            session.execute(
                insert(QuestionRow),
                [
                    {
                        "text": text, "asked_by": clean_field(draft.asked_by),
                        "organisation": clean_field(draft.organisation),
                        "addressed_to": draft.addressed_to, "status": QuestionStatus.NEW.value,
                        "position": float(last) + offset, "votes": 0, "created_at": now,
                        "created_by": clean_field(draft.created_by), "source": draft.source.value,
                        "revision": 0,
                    }
                    for offset, (text, draft) in enumerate(cleaned, start=1)
                ],
            )
            # Under BEGIN IMMEDIATE nobody else inserts: the new ids follow the largest one.
            db = _db(session)
            added = reader.read_questions(db, "id >= {first_id}", {"first_id": first_id})
            session.execute(
                insert(ChangeRow), [{"topic": TOPIC_QUESTIONS, "entity_id": q.id} for q in added]
            )
        return added

    # -- co-hosts --------------------------------------------------------------------------

    def heartbeat(self, instance: Instance) -> None:
        """Say that ``instance`` has the event open (insert or refresh its row).

        Not part of the change feed: the others read the instances on their own heartbeat,
        so a dozen open instances do not wake each other every few seconds.
        """
        # One statement on the connection, not the ORM's lookup and unit of work: the beat
        # comes every few seconds for as long as the event is open (0.34 -> 0.13 ms warm).
        with self._writing() as session:
            session.connection().execute(
                _UPSERT_INSTANCE,
                {"id": instance.id, "name": instance.name, "role": instance.role.value, "last_seen": instance.last_seen},
            )

    def leave(self, instance: Instance) -> None:
        """``instance`` closes the event: its row goes, and control if it held it."""
        from moderator.domain.cohosts import release

        with self._writing() as session:
            session.execute(delete(InstanceRow).where(InstanceRow.id == instance.id))  # type: ignore[arg-type]
            current = reader.read_control(_db(session))
            if release(current, instance) != current:
                self._store_control(session, Control(), f"left: {instance.label}", instance.last_seen)

    def change_control(
        self, change: Callable[[Control, tuple[Instance, ...]], Control], *, now: datetime, by: str
    ) -> Control:
        """Apply a change of clock control to the stored control and instances, atomically."""
        with self._writing() as session:
            db = _db(session)
            current = reader.read_control(db)
            new = change(current, reader.read_instances(db))
            if new != current:
                self._store_control(session, new, by, now)
            return new

    @staticmethod
    def _store_control(session: Session, control: Control, by: str, now: datetime) -> None:
        session.execute(
            update(ControlRow)
            .where(ControlRow.id == 1)  # type: ignore[arg-type]
            .values(instance_id=control.instance_id, name=control.name, since=control.since)
        )
        session.add(LogRow(at=now, action="control", detail=control.name, by=by))
        _record_change(session, TOPIC_CONTROL, None)

    def set_followup(self, choice: FollowUpChoice) -> None:
        """Store the owner and due date chosen for an open question (``None`` fields: the default).

        Written through the change feed as a change of that question, so that every
        instance with the event open reads it again.
        """
        with self._writing() as session:
            if session.get(QuestionRow, choice.question_id) is None:
                from moderator.domain.queue import GONE, QueueError

                raise QueueError(GONE, question_id=choice.question_id)
            row = session.get(FollowUpRow, choice.question_id)
            due = choice.due.isoformat() if choice.due is not None else None
            if row is None:
                session.add(FollowUpRow(question_id=choice.question_id, owner_id=choice.owner_id, due=due))
            else:
                row.owner_id, row.due = choice.owner_id, due
            _record_change(session, TOPIC_QUESTIONS, choice.question_id)

    def set_readiness(self, person_id: int, field: ReadinessField, value: bool | str) -> Readiness:
        """Set one field of a person's readiness as it is stored now (an intent, not a whole row).

        In one ``BEGIN IMMEDIATE`` transaction with its change-feed entry, so that two
        co-hosts ticking audio and video of one person at once both count.
        """
        from moderator.domain.readiness import NOT_ON_BOARD, ReadinessError, apply

        with self._writing() as session:
            if session.get(PersonRow, person_id) is None:
                raise ReadinessError(NOT_ON_BOARD, person_id=person_id)
            current = reader.read_readiness(_db(session)).get(person_id, Readiness(person_id))
            new = apply(current, field, value)
            row = session.get(ReadinessRow, person_id)
            if row is None:
                row = ReadinessRow(person_id=person_id)
                session.add(row)
            row.joined, row.audio, row.video, row.slides, row.note = new.joined, new.audio, new.video, new.slides, new.note
            _record_change(session, TOPIC_READINESS, person_id)
            return new

    def change_run_sheet(self, op: RunSheetOp, *, log: LogEntry | None = None) -> RunSheetChange:
        """Apply a run-sheet operation to the run sheet as it is now and store the difference,
        atomically (see :mod:`moderator.persistence.run_sheet_write`); ``log`` is written
        with it when the sheet changed."""
        from moderator.persistence.run_sheet_write import apply_op

        with self._writing() as session:
            change = apply_op(session, _db(session), op)
            if change.changed:
                _record_change(session, TOPIC_RUN_SHEET, None)
                if log is not None:
                    session.add(
                        LogRow(
                            at=log.at, action=log.action, slot_id=log.slot_id,
                            person_id=log.person_id, detail=log.detail, by=log.by,
                        )
                    )
            return change



def create_file(path: str | os.PathLike[str], draft: EventDraft) -> Path:
    """Create a new event file holding ``draft``; never overwrites an existing file.

    The file is built under a temporary name in the same folder and moved into place
    in one step, so a crash never leaves a half-made event file behind.
    """
    file = Path(path)
    if file.exists():
        raise EventFileExists(str(file))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{file.name}.", suffix=".tmp", dir=file.parent or Path(".")
        )
    except OSError as error:
        raise CannotWriteEventFile(str(file), error.strerror or str(error)) from None
    os.close(handle)
    temp = Path(temp_name)
    # mkstemp makes the file private; an event file is shared like any document.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)
    try:
        with sqlite_errors(file):
            initialise_file(temp)
            writer = Writer(temp, read_only=False)
            SQLModel.metadata.create_all(writer._engine)
            writer.fill(draft)
            # Checkpoint while the connection is open: the sqlite3 module lets other
            # threads run during a statement, but not while the last connection closes,
            # and closing a WAL file with pages to copy held a GUI thread for ~90 ms
            # after a 5,000-slot import.
            raw = writer._engine.raw_connection()  # outside any transaction
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
            writer.close()
            # Fold the WAL back into the main file so that one file is all there is.
            connection = sqlite3.connect(str(temp))
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        if file.exists():
            raise EventFileExists(str(file))
        os.replace(temp, file)
    except OSError as error:
        raise CannotWriteEventFile(str(file), error.strerror or str(error)) from None
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
    return file





_QUESTION_COLUMNS = {
    "status", "position", "votes", "text", "asked_by", "organisation", "addressed_to",
    "on_air_at", "answered_at", "answered_in_slot", "merged_into",
}


def _row_values(changes: Mapping[str, object]) -> dict[str, object]:
    """Domain values of a patch as column values (enums as their stored text)."""
    values: dict[str, object] = {}
    for name, value in changes.items():
        if name not in _QUESTION_COLUMNS:
            raise ValueError(f"not a question column: {name}")
        values[name] = value.value if isinstance(value, (QuestionStatus, QuestionSource)) else value
    return values


def _referenced_ids(op: object) -> set[int]:
    """The question ids an operation names (its fields, and the ids in its patches)."""
    ids: set[int] = set()
    for name in ("question_id", "before_id", "keep_id", "text_from"):
        value = getattr(op, name, None)
        if isinstance(value, int):
            ids.add(value)
    ids.update(i for i in getattr(op, "other_ids", ()) if isinstance(i, int))
    ids.update(i for i in getattr(op, "question_ids", ()) if isinstance(i, int))
    ids.update(pair[0] for pair in getattr(op, "counts", ()) if isinstance(pair[0], int))
    for patch in (*getattr(op, "patches", ()), *getattr(op, "written", ())):
        ids.add(patch.question_id)
    return ids


def _relevant_questions(session: Session, op: QueueOp) -> tuple[Question, ...]:
    """The questions ``op`` can read or change, in queue order."""
    from moderator.domain.queue import queue_order
    from moderator.domain.queue_ops import Edit, Merge, Move, MoveSeveral, Restore, SetStatus, Unmerge, Vote, Votes

    db = _db(session)
    if not isinstance(op, (Move, MoveSeveral, SetStatus, Vote, Votes, Edit, Merge, Unmerge, Restore)):
        return reader.read_questions(db)
    ids, params = reader.in_list("id", sorted(_referenced_ids(op)))
    found = {
        q.id: q
        for q in reader.read_questions(
            db,
            f"id IN ({ids}) OR status = {{on_air}} OR merged_into IN ({ids})",
            {**params, "on_air": QuestionStatus.ON_AIR.value},
        )
    }
    # A vote for (or the split of) a merged question concerns the question it went into.
    targets = sorted({q.merged_into for q in found.values() if q.merged_into is not None} - set(found))
    if targets:
        fields, params = reader.in_list("id", targets)
        for q in reader.read_questions(db, f"id IN ({fields})", params):
            found[q.id] = q
    if isinstance(op, (Move, MoveSeveral)):
        # The neighbour the question (or questions) land after: the last one before
        # ``before_id`` that is not moved, or the last of the queue.
        moved, moved_params = reader.in_list("moved", _moved_ids(op))
        before = found.get(op.before_id) if op.before_id is not None else None
        # A range on the position index, walked down from the target: a few rows at most
        # (ties on position are broken by id in Python).
        if before is not None:
            rows = db.execute(
                f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE position <= {{position}}"
                f" AND id NOT IN ({moved}) ORDER BY position DESC, id DESC LIMIT 8",
                position=before.position, **moved_params,
            ).fetchall()
            candidates = [
                q for q in map(reader.question_from_row, rows)
                if q.position < before.position or (q.position == before.position and (q.id or 0) < (before.id or 0))
            ]
            if not candidates and len(rows) == 8:  # many ties on one position: ask exactly
                row = db.execute(
                    f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE id NOT IN ({moved})"
                    " AND (position < {position} OR (position = {position} AND id < {before}))"
                    " ORDER BY position DESC, id DESC LIMIT 1",
                    position=before.position, before=before.id, **moved_params,
                ).fetchone()
                candidates = [reader.question_from_row(row)] if row is not None else []
        else:
            rows = db.execute(
                f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE id NOT IN ({moved})"
                " ORDER BY position DESC, id DESC LIMIT 1",
                **moved_params,
            ).fetchall()
            candidates = [reader.question_from_row(row) for row in rows]
        if candidates:
            neighbour = candidates[0]
            found.setdefault(neighbour.id, neighbour)
    return queue_order(found.values())

def _moved_ids(op: Move | MoveSeveral) -> list[int]:
    """The ids of the questions ``op`` moves, sorted (for an ``IN`` list)."""
    from moderator.domain.queue_ops import Move

    return sorted({op.question_id} if isinstance(op, Move) else set(op.question_ids))


#: How many questions either side of a move's landing spot are read when the move renumbers
#: a window: first 64 (the window of 8 either side nearly always fits, and reading 128 rows
#: costs a millisecond or two), then 1024 (room to double seven times) before the whole
#: queue is read.
NEIGHBOURHOODS: Final = (64, 1024)


def _neighbourhood(
    session: Session, op: Move | MoveSeveral, k: int
) -> tuple[tuple[Question, ...], int | None, int | None]:
    """The stretch of the queue around ``op``'s landing spot, with its fences.

    Up to ``k`` questions before the landing spot and ``k`` from it on (``before_id`` and
    what follows; at the end of the queue the last ``k``), besides the moved questions,
    which are read by id wherever they are. The fences are the ids of the stretch's first
    and last question, ``None`` where fewer than ``k`` came back: then the stretch reaches
    the queue's start or end. Two range reads on the position index (ties on the landing
    position are all read and split by id, so the order is exactly ``queue_order``'s).
    """
    from moderator.domain.queue import queue_order

    db = _db(session)
    fields, params = reader.in_list("moved", _moved_ids(op))
    found = {q.id: q for q in reader.read_questions(db, f"id IN ({fields})", params)}
    before = None
    if op.before_id is not None:
        before = next(iter(reader.read_questions(db, "id = {before}", {"before": op.before_id})), None)
    columns = f"SELECT {reader.QUESTION_COLUMNS} FROM question WHERE id NOT IN ({fields})"
    if before is None:  # the end of the queue (or a target that is gone: the op says so)
        below = list(map(reader.question_from_row, db.execute(
            f"{columns} ORDER BY position DESC, id DESC LIMIT {k}", **params,
        ).fetchall()))
        above: list[Question] = []
        upper = None
    else:
        below = list(map(reader.question_from_row, db.execute(
            f"{columns} AND position < {{position}} ORDER BY position DESC, id DESC LIMIT {k}",
            position=before.position, **params,
        ).fetchall()))
        above = list(map(reader.question_from_row, db.execute(
            f"{columns} AND position > {{position}} ORDER BY position, id LIMIT {k}",
            position=before.position, **params,
        ).fetchall()))
        ties = reader.read_questions(db, f"position = {{position}} AND id NOT IN ({fields})", {"position": before.position, **params})
        for q in (*ties, before):
            found[q.id] = q
        upper = above[-1].id if len(above) == k else None
    lower = below[-1].id if len(below) == k else None
    for q in (*below, *above):
        found[q.id] = q
    return queue_order(found.values()), lower, upper


def _apply_handoff_change(session: Session, change: HandoffChange) -> None:
    """Store a hand-off change in the order its docstring gives."""
    for handoff_id in change.remove:
        session.execute(delete(HandoffRow).where(HandoffRow.id == handoff_id))  # type: ignore[arg-type]
    for handoff_id, ended_at in change.close:
        session.execute(update(HandoffRow).where(HandoffRow.id == handoff_id).values(ended_at=ended_at))  # type: ignore[arg-type]
    for handoff_id in change.reopen:
        session.execute(update(HandoffRow).where(HandoffRow.id == handoff_id).values(ended_at=None))  # type: ignore[arg-type]
    if change.open is not None:
        opened = change.open
        session.add(
            HandoffRow(person_id=opened.person_id, slot_id=opened.slot_id, started_at=opened.started_at, ended_at=opened.ended_at)
        )
    for record in change.restore:
        session.add(
            HandoffRow(
                id=record.id, person_id=record.person_id, slot_id=record.slot_id,
                started_at=record.started_at, ended_at=record.ended_at,
            )
        )


def _store_patches(session: Session, change: QueueChange) -> None:
    """The patches of a queue change: one UPDATE per kind of patch, run for all its
    questions at once (executemany), and one INSERT for the change feed.

    A burst of votes from the audience page patches dozens of questions in one change;
    a statement and an ORM flush per question cost the GUI thread milliseconds each.
    """
    table = QuestionRow.__table__  # type: ignore[attr-defined]
    groups: dict[tuple[str, ...], list[QuestionPatch]] = {}
    for patch in change.patches:
        groups.setdefault(tuple(sorted(patch.changes)), []).append(patch)
    connection = session.connection()
    for names, patches in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("patched_id"))
            .values({**{name: bindparam(f"new_{name}") for name in names}, "revision": table.c.revision + 1})
        )
        connection.execute(statement, [
            {"patched_id": patch.question_id, **{f"new_{k}": v for k, v in _row_values(patch.changes).items()}}
            for patch in patches
        ])
    session.execute(
        insert(ChangeRow), [{"topic": TOPIC_QUESTIONS, "entity_id": patch.question_id} for patch in change.patches]
    )


def _first(rows: Sequence[object]) -> object:
    return rows[0] if rows else None


def _record_change(session: Session, topic: str, entity_id: int | None) -> None:
    session.add(ChangeRow(topic=topic, entity_id=entity_id))


# -- rows to values and back ----------------------------------------------------------------


def _ms(delta: timedelta) -> int:
    return round(delta.total_seconds() * 1000)


def _event_row(event: Event) -> EventRow:
    return EventRow(
        id=1, title=event.title, series=event.series, subtitle=event.subtitle,
        start=event.start, end=event.end, timezone=event.timezone,
        meeting_link=event.meeting_link, stream_link=event.stream_link,
        registration_link=event.registration_link, description=event.description,
        language=event.language,
    )


#: Rows per bulk insert: the sqlite3 module binds each row's values holding the
#: interpreter, so one statement for thousands of rows would hold it for tens of ms.
_INSERT_BATCH = 500


def _insert(session: Session, table: type[SQLModel], rows: Sequence[Mapping[str, object]]) -> None:
    """Insert ``rows`` (column values) into ``table``, a batch at a time."""
    for start in range(0, len(rows), _INSERT_BATCH):
        session.execute(insert(table), list(rows[start : start + _INSERT_BATCH]))


def _person_values(person: Person) -> dict[str, object]:
    return {
        "name": person.name, "academic_title": person.academic_title, "function": person.function,
        "organisation": person.organisation, "intro": person.intro,
        "pronunciation": person.pronunciation, "contact": person.contact,
    }


def _slot_values(slot: Slot, position: int) -> dict[str, object]:
    return {
        "position": position, "start": slot.start,
        "duration_seconds": round(slot.duration.total_seconds()), "title": slot.title,
        "kind": slot.kind.value, "notes": slot.notes,
        "warning_seconds": round(slot.warning.total_seconds()),
        "final_seconds": round(slot.final.total_seconds()),
        "pinned": slot.pinned,
    }


def _question_row(question: Question, position: int) -> QuestionRow:
    return QuestionRow(
        text=question.text, asked_by=question.asked_by, organisation=question.organisation,
        addressed_to=question.addressed_to, status=question.status.value, position=position,
        votes=question.votes, created_at=question.created_at, created_by=question.created_by,
        source=question.source.value, answered_at=question.answered_at,
    )




def _question_of(row: QuestionRow) -> Question:
    """The question a freshly written row holds."""
    return reader.question_from_row(
        (row.id, row.text, row.asked_by, row.organisation, row.addressed_to, row.status,
         row.position, row.votes, row.created_at, row.created_by, row.source, row.on_air_at,
         row.answered_at, row.answered_in_slot, row.merged_into, row.revision)
    )
