"""The event store: every read and write of an event file goes through here.

One short-lived session per user action; what leaves this module are frozen domain values,
never rows. Every write starts with ``BEGIN IMMEDIATE`` and is committed before the call
returns, so there is no save step that could be forgotten.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from moderator.domain.handoffs import HandoffChange
from moderator.domain.live import LiveChange
from moderator.domain.queue import (
    Edit,
    Merge,
    Move,
    QueueChange,
    QueueOp,
    Restore,
    SetStatus,
    Unmerge,
    Vote,
    queue_order,
)
from moderator.domain.model import (
    Event,
    Handoff,
    EventDraft,
    EventSnapshot,
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
from moderator.domain.questions import clean_field, clean_question_text
from moderator.persistence import migrations
from moderator.persistence.engine import (
    WRITE_OPTION,
    check_identity,
    connect_file,
    initialise_file,
    is_writable,
    make_engine,
    sqlite_errors,
)
from moderator.persistence.errors import (
    CannotWriteEventFile,
    EventFileExists,
    ReadOnlyEventFile,
)
from moderator.persistence.schema import (
    SCHEMA_REVISION,
    SCHEMA_VERSION,
    AlembicVersionRow,
    ChangeRow,
    EventRow,
    HandoffRow,
    LiveStateRow,
    LogRow,
    PersonRow,
    QuestionRow,
    SlotPersonRow,
    SlotRow,
)

#: The file extension of event files.
EXTENSION = ".moderator"

T = TypeVar("T")


class _MissingRow(sqlite3.DatabaseError):
    """A table that every event file has a row in is empty: the file is damaged."""

    def __init__(self, table: str) -> None:
        super().__init__(f"database disk image is malformed: no row in {table}")


class EventStore:
    """One open event file.

    Cheap to create and hold: it keeps no connection open between actions.
    """

    def __init__(self, path: Path, engine: Engine, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})

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
            migrations.upgrade(file)
        store = cls(file, make_engine(file, read_only=read_only), read_only=read_only)
        store._verify()
        return store

    @classmethod
    def create(cls, path: str | os.PathLike[str], draft: EventDraft) -> EventStore:
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
                engine = make_engine(temp, read_only=False)
                SQLModel.metadata.create_all(engine)
                store = cls(temp, engine, read_only=False)
                store._fill(draft)
                engine.dispose()
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
        return cls.open(file)

    def close(self) -> None:
        """Release the engine (no connection is held between actions anyway)."""
        self._engine.dispose()

    # -- sessions -------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with sqlite_errors(self.path), Session(self._engine) as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        if self.read_only:
            raise ReadOnlyEventFile(str(self.path))
        with sqlite_errors(self.path), Session(self._write_engine) as session:
            with session.begin():
                yield session

    def _verify(self) -> None:
        """Read the event row once, so a damaged file is reported when it is opened."""
        with self._reading() as session:
            session.execute(select(EventRow.id)).first()
            session.execute(select(LiveStateRow.id)).first()

    def _fill(self, draft: EventDraft) -> None:
        with self._writing() as session:
            session.add(AlembicVersionRow(version_num=SCHEMA_REVISION))
            session.add(_event_row(draft.event))
            ids: dict[str, int] = {}
            for person in draft.people:
                row = _person_row(person)
                session.add(row)
                session.flush()
                assert row.id is not None
                ids[person.key] = row.id
            for index, slot in enumerate(draft.slots):
                slot_row = _slot_row(slot, index)
                session.add(slot_row)
                session.flush()
                assert slot_row.id is not None
                people = draft.slot_people[index] if index < len(draft.slot_people) else ()
                seen: set[tuple[int, str]] = set()
                for order, (key, role) in enumerate(people):
                    link = (ids[key], role.value)
                    if link in seen:
                        continue
                    seen.add(link)
                    session.add(
                        SlotPersonRow(
                            slot_id=slot_row.id, person_id=ids[key], role=role.value,
                            position=order,
                        )
                    )
            for position, question in enumerate(draft.questions, start=1):
                session.add(_question_row(question, position))
            session.add(LiveStateRow(id=1))

    # -- reading --------------------------------------------------------------------------

    def snapshot(self) -> EventSnapshot:
        """Everything in the file, read in one consistent transaction."""
        with self._reading() as session:
            return EventSnapshot(
                event=_read_event(session),
                people=_read_people(session),
                slots=_read_slots(session),
                questions=_read_questions(session),
                live=_read_live(session),
            )

    def event(self) -> Event:
        with self._reading() as session:
            return _read_event(session)

    def people(self) -> tuple[Person, ...]:
        with self._reading() as session:
            return _read_people(session)

    def slots(self) -> tuple[Slot, ...]:
        with self._reading() as session:
            return _read_slots(session)

    def questions(self) -> tuple[Question, ...]:
        with self._reading() as session:
            return _read_questions(session)

    def live(self) -> LiveState:
        with self._reading() as session:
            return _read_live(session)

    def log(self) -> tuple[LogEntry, ...]:
        with self._reading() as session:
            rows = session.execute(select(LogRow.__table__).order_by(LogRow.id)).all()  # type: ignore[attr-defined]
        return tuple(
            LogEntry(
                id=r.id, at=r.at, action=r.action, slot_id=r.slot_id, person_id=r.person_id,
                detail=r.detail, by=r.by,
            )
            for r in rows
        )

    # -- writing --------------------------------------------------------------------------

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
            question = _question_from_row(row)
        return question

    def change_live(self, change: Callable[[LiveState, tuple[Handoff, ...]], LiveChange]) -> LiveState:
        """Apply a live action (clock, hand-off, or both) to the stored state, atomically.

        ``change`` receives the live state and the hand-off records as they are in the
        file at this instant (under the write lock) and returns what to store: an intent
        applied to the current rows, so two instances pressing keys at once never
        overwrite each other with stale state.
        """
        with self._writing() as session:
            current = _read_live(session)
            result = change(current, _read_handoffs(session))
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
            for entry in result.log:
                session.add(
                    LogRow(
                        at=entry.at, action=entry.action, slot_id=entry.slot_id,
                        person_id=entry.person_id, detail=entry.detail, by=entry.by,
                    )
                )
            return _read_live(session)

    def handoffs(self) -> tuple[Handoff, ...]:
        """Every hand-off record, oldest first (the open one is the current speaker)."""
        with self._reading() as session:
            return _read_handoffs(session)

    def change_queue(self, op: QueueOp, *, now: datetime, slot_id: int | None = None) -> QueueChange:
        """Apply a queue operation to the questions as they are now, atomically.

        Only the questions the operation can touch are read (the ones it names, the one on
        air, those merged into the named ones, and for a move the neighbour it lands
        after): a move in a queue of 10,000 questions reads three rows, not 10,000. The
        rare move that needs the whole queue renumbered is redone over every question.
        """
        with self._writing() as session:
            questions = _relevant_questions(session, op)
            change = op.apply(questions, now, slot_id)
            if isinstance(op, Move) and change.renumbered:
                change = op.apply(_read_questions(session), now, slot_id)
            if not change.changed:
                return change
            for patch in change.patches:
                session.execute(
                    update(QuestionRow)
                    .where(QuestionRow.id == patch.question_id)  # type: ignore[arg-type]
                    .values(**_row_values(patch.changes), revision=QuestionRow.revision + 1)
                )
                _record_change(session, TOPIC_QUESTIONS, patch.question_id)
            for entry in change.log:
                session.add(
                    LogRow(
                        at=entry.at, action=entry.action, slot_id=entry.slot_id,
                        person_id=entry.person_id, detail=entry.detail, by=entry.by,
                    )
                )
            return change

    def add_questions(self, drafts: Sequence[Question], *, now: datetime) -> tuple[Question, ...]:
        """Append several questions at once (a pasted chat transcript), in one transaction."""
        cleaned = [(clean_question_text(q.text), q) for q in drafts]
        added: list[Question] = []
        with self._writing() as session:
            last = session.execute(select(func.max(QuestionRow.position))).scalar() or 0.0
            for offset, (text, draft) in enumerate(cleaned, start=1):
                row = QuestionRow(
                    text=text, asked_by=clean_field(draft.asked_by),
                    organisation=clean_field(draft.organisation), addressed_to=draft.addressed_to,
                    status=QuestionStatus.NEW.value, position=float(last) + offset,
                    created_at=now, created_by=clean_field(draft.created_by),
                    source=draft.source.value,
                )
                session.add(row)
                session.flush()
                _record_change(session, TOPIC_QUESTIONS, row.id)
                added.append(_question_from_row(row))
        return tuple(added)

    def question(self, question_id: int) -> Question | None:
        with self._reading() as session:
            row = session.execute(
                select(QuestionRow.__table__).where(QuestionRow.id == question_id)  # type: ignore[attr-defined, arg-type]
            ).first()
        return None if row is None else _question_from_row(row)

    def update_slot_times(self, slots: Sequence[Slot]) -> None:
        """Store new planned starts and durations for these slots (by id), atomically."""
        with self._writing() as session:
            for slot in slots:
                session.execute(
                    update(SlotRow)
                    .where(SlotRow.id == slot.id)  # type: ignore[arg-type]
                    .values(start=slot.start, duration_seconds=round(slot.duration.total_seconds()))
                )
            _record_change(session, TOPIC_RUN_SHEET, None)

    def watch(self) -> ChangeWatcher:
        """A watcher that tells cheaply whether anyone committed to the file since."""
        return ChangeWatcher(self.path, self.read_only)

    def last_change(self) -> int:
        """The sequence number of the newest committed change (0 for none).

        Cheap enough to poll several times a second: one indexed lookup.
        """
        with self._reading() as session:
            return session.execute(select(func.max(ChangeRow.seq))).scalar() or 0

    def changes_since(self, seq: int) -> tuple[tuple[int, str, int | None], ...]:
        """The changes committed after ``seq``: (seq, topic, entity id), oldest first."""
        with self._reading() as session:
            rows = session.execute(
                select(ChangeRow.seq, ChangeRow.topic, ChangeRow.entity_id)
                .where(ChangeRow.seq > seq)  # type: ignore[operator]
                .order_by(ChangeRow.seq)  # type: ignore[arg-type]
            ).all()
        return tuple((r[0], r[1], r[2]) for r in rows)

    def with_write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` inside one write transaction (for other persistence modules)."""
        with self._writing() as session:
            return work(session)

    def with_read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` inside one read transaction (for other persistence modules)."""
        with self._reading() as session:
            return work(session)


class ChangeWatcher:
    """Tells whether any connection (another process, a co-host, this app) committed.

    Keeps one connection of its own and asks SQLite's ``PRAGMA data_version``, which
    changes whenever another connection commits: about 10 µs, cheap enough to ask five
    times a second while the show runs. The connection stays in autocommit mode, so it
    holds no lock and never blocks a checkpoint.
    """

    def __init__(self, path: Path, read_only: bool) -> None:
        self._path = path
        self._connection = connect_file(path, read_only)
        self._version = self._read()

    def _read(self) -> int:
        with sqlite_errors(self._path):
            row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed(self) -> bool:
        """True once after each commit by any other connection."""
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        self._connection.close()


#: Topics of the change feed.
TOPIC_LIVE = "live"
TOPIC_QUESTIONS = "questions"
TOPIC_RUN_SHEET = "run_sheet"
TOPIC_HANDOFFS = "handoffs"


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
    for patch in (*getattr(op, "patches", ()), *getattr(op, "written", ())):
        ids.add(patch.question_id)
    return ids


def _relevant_questions(session: Session, op: QueueOp) -> tuple[Question, ...]:
    """The questions ``op`` can read or change, in queue order."""
    if not isinstance(op, (Move, SetStatus, Vote, Edit, Merge, Unmerge, Restore)):
        return _read_questions(session)
    table = QuestionRow.__table__  # type: ignore[attr-defined]
    ids = _referenced_ids(op)
    rows = session.execute(
        select(table).where(
            table.c.id.in_(ids)
            | (table.c.status == QuestionStatus.ON_AIR.value)
            | table.c.merged_into.in_(ids)
        )
    ).all()
    found = {r.id: _question_from_row(r) for r in rows}
    # A vote for (or the split of) a merged question concerns the question it went into.
    targets = {q.merged_into for q in found.values() if q.merged_into is not None} - set(found)
    if targets:
        for r in session.execute(select(table).where(table.c.id.in_(targets))).all():
            found[r.id] = _question_from_row(r)
    if isinstance(op, Move):
        # The neighbour the question lands after: the last one before ``before_id``, or
        # the last of the queue.
        query = select(table).where(table.c.id != op.question_id)
        if op.before_id is not None and op.before_id in found:
            before = found[op.before_id]
            query = query.where(
                (table.c.position < before.position)
                | ((table.c.position == before.position) & (table.c.id < before.id))
            )
        neighbour = session.execute(query.order_by(table.c.position.desc(), table.c.id.desc()).limit(1)).first()
        if neighbour is not None:
            found.setdefault(neighbour.id, _question_from_row(neighbour))
    return queue_order(found.values())


def _read_handoffs(session: Session) -> tuple[Handoff, ...]:
    rows = session.execute(select(HandoffRow.__table__).order_by(HandoffRow.id)).all()  # type: ignore[attr-defined]
    return tuple(
        Handoff(id=r.id, person_id=r.person_id, slot_id=r.slot_id, started_at=r.started_at, ended_at=r.ended_at)
        for r in rows
    )


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


def _person_row(person: Person) -> PersonRow:
    return PersonRow(
        name=person.name, academic_title=person.academic_title, function=person.function,
        organisation=person.organisation, intro=person.intro,
        pronunciation=person.pronunciation, contact=person.contact,
    )


def _slot_row(slot: Slot, position: int) -> SlotRow:
    return SlotRow(
        position=position, start=slot.start,
        duration_seconds=round(slot.duration.total_seconds()), title=slot.title,
        kind=slot.kind.value, notes=slot.notes,
        warning_seconds=round(slot.warning.total_seconds()),
        final_seconds=round(slot.final.total_seconds()),
        pinned=slot.pinned,
    )


def _question_row(question: Question, position: int) -> QuestionRow:
    return QuestionRow(
        text=question.text, asked_by=question.asked_by, organisation=question.organisation,
        addressed_to=question.addressed_to, status=question.status.value, position=position,
        votes=question.votes, created_at=question.created_at, created_by=question.created_by,
        source=question.source.value, answered_at=question.answered_at,
    )


def _zoned(value: datetime, zone: Any) -> datetime:
    return value.astimezone(zone)


def _read_event(session: Session) -> Event:
    row = session.execute(select(EventRow.__table__)).first()  # type: ignore[attr-defined]
    if row is None:
        raise _MissingRow("event")
    zone = ZoneInfo(row.timezone)
    return Event(
        title=row.title, series=row.series, subtitle=row.subtitle,
        start=_zoned(row.start, zone), end=_zoned(row.end, zone), timezone=row.timezone,
        meeting_link=row.meeting_link, stream_link=row.stream_link,
        registration_link=row.registration_link, description=row.description,
        language=row.language,
    )


def _read_people(session: Session) -> tuple[Person, ...]:
    rows = session.execute(select(PersonRow.__table__).order_by(PersonRow.id)).all()  # type: ignore[attr-defined]
    return tuple(
        Person(
            id=r.id, name=r.name, academic_title=r.academic_title, function=r.function,
            organisation=r.organisation, intro=r.intro, pronunciation=r.pronunciation,
            contact=r.contact,
        )
        for r in rows
    )


def _read_slots(session: Session) -> tuple[Slot, ...]:
    zone_name = session.execute(select(EventRow.timezone)).scalar() or "UTC"
    zone = ZoneInfo(zone_name)
    links: dict[int, list[Participant]] = {}
    link_rows = session.execute(
        select(SlotPersonRow.__table__).order_by(  # type: ignore[attr-defined]
            SlotPersonRow.slot_id, SlotPersonRow.position
        )
    ).all()
    for link in link_rows:
        links.setdefault(link.slot_id, []).append(Participant(link.person_id, Role(link.role)))
    rows = session.execute(select(SlotRow.__table__).order_by(SlotRow.position, SlotRow.id)).all()  # type: ignore[attr-defined]
    return tuple(
        Slot(
            id=r.id, position=r.position, start=_zoned(r.start, zone),
            duration=timedelta(seconds=r.duration_seconds), title=r.title,
            kind=SlotKind(r.kind), notes=r.notes,
            warning=timedelta(seconds=r.warning_seconds),
            final=timedelta(seconds=r.final_seconds),
            participants=tuple(links.get(r.id, ())),
            pinned=bool(r.pinned),
        )
        for r in rows
    )


def _question_from_row(r: Any) -> Question:
    return Question(
        id=r.id, text=r.text, asked_by=r.asked_by, organisation=r.organisation,
        addressed_to=r.addressed_to, status=QuestionStatus(r.status), position=r.position,
        votes=r.votes, created_at=r.created_at, created_by=r.created_by,
        source=QuestionSource(r.source), on_air_at=r.on_air_at, answered_at=r.answered_at,
        answered_in_slot=r.answered_in_slot, merged_into=r.merged_into, revision=r.revision,
    )


def _read_questions(session: Session) -> tuple[Question, ...]:
    rows = session.execute(
        select(QuestionRow.__table__).order_by(QuestionRow.position, QuestionRow.id)  # type: ignore[attr-defined]
    ).all()
    return tuple(_question_from_row(r) for r in rows)


def _read_live(session: Session) -> LiveState:
    r = session.execute(select(LiveStateRow.__table__)).first()  # type: ignore[attr-defined]
    if r is None:
        return LiveState()
    return LiveState(
        show_started_at=r.show_started_at, show_ended_at=r.show_ended_at,
        current_slot_id=r.current_slot_id, slot_started_at=r.slot_started_at,
        adjustment=timedelta(milliseconds=r.adjustment_ms), paused_at=r.paused_at,
        paused_total=timedelta(milliseconds=r.paused_total_ms), revision=r.revision,
    )


