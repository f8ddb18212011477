"""One schema: the tables are defined in ``moderator/persistence/schema.py``; the readers'
hand-written SQL, the migrations and both databases are held to it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers import make_event_file, make_format_1

from moderator.persistence import EventStore
from moderator.persistence.postgres import PgReader
from moderator.persistence.publish import publish
from moderator.persistence.reader import NOT_READ, READ_COLUMNS, EventReader, Reader, in_list, render
from moderator.persistence.schema import SQLModel

#: Alembic's own table: stamped by the writer, read only to check the revision.
BOOKKEEPING = {"alembic_version"}


def names(columns: str) -> list[str]:
    return [name.strip().strip('"') for name in columns.split(",")]


def test_the_reader_reads_every_table_and_column_the_schema_defines() -> None:
    tables = SQLModel.metadata.tables
    assert set(READ_COLUMNS) == set(tables) - BOOKKEEPING
    for table, columns in READ_COLUMNS.items():
        read = names(columns)
        assert len(read) == len(set(read)) and not set(read) & NOT_READ.get(table, set()), table
        assert set(read) | NOT_READ.get(table, set()) == {column.name for column in tables[table].columns}, table


def file_schema(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of an event file with its columns (name, type, not null, key)."""
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: sorted((row[1], row[2], row[3], row[5]) for row in connection.execute(f"PRAGMA table_info({table})"))
            for table in tables
        }
    finally:
        connection.close()


def test_a_migrated_file_of_format_1_has_the_schema_of_a_new_file(tmp_path: Path) -> None:
    new = make_event_file(tmp_path, "new.moderator")
    old = make_event_file(tmp_path, "old.moderator")
    make_format_1(old)

    EventStore.open(old).close()

    assert file_schema(old) == file_schema(new)
    assert set(file_schema(new)) == set(SQLModel.metadata.tables)


def test_one_query_is_spelled_for_each_driver_without_touching_its_literals() -> None:
    query = "SELECT '50%?' || text FROM question WHERE id = {id} AND (status != {status} OR id > {id})"
    assert render(query, "sqlite") == (
        "SELECT '50%?' || text FROM question WHERE id = ? AND (status != ? OR id > ?)",
        ("id", "status", "id"),
    )
    assert render(query, "postgresql") == (
        "SELECT '50%%?' || text FROM question WHERE id = %s AND (status != %s OR id > %s)",
        ("id", "status", "id"),
    )


def test_a_parameter_field_must_be_a_plain_name() -> None:
    with pytest.raises(ValueError, match="not a parameter name"):
        render("SELECT {id.real}", "sqlite")


def test_an_in_list_names_each_value_and_an_empty_one_matches_nothing() -> None:
    assert in_list("id", [4, 9]) == ("{id0}, {id1}", {"id0": 4, "id1": 9})
    assert in_list("id", []) == ("NULL", {})


def read_percent_question(reading: EventReader) -> tuple[object, ...]:
    with reading.transaction() as db:
        row = db.execute("SELECT text FROM question WHERE text LIKE '%?%' AND id = {id}", id=1).fetchone()
    reading.close()
    return tuple(row)


def test_an_event_file_and_a_shared_event_answer_one_read_interface(tmp_path: Path, pg_url: str) -> None:
    """A query with a literal ``%`` and ``?`` reads the same from both databases."""
    path = make_event_file(tmp_path)
    store = EventStore.open(path)
    store.add_question("50% oder 100%? Wer weiß?", now=store.event().start)
    store.close()
    publish(path, pg_url, now=datetime(2025, 6, 1, tzinfo=timezone.utc))

    from_file = read_percent_question(Reader(path, read_only=True))
    from_database = read_percent_question(PgReader(pg_url))

    assert from_file == from_database == ("50% oder 100%? Wer weiß?",)
