"""Small builders shared by the tests: a seed-like event draft and file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from moderator.domain.model import Event, EventDraft, Person, Role, Slot, SlotKind
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")


def seed_like_draft() -> EventDraft:
    """The seed event's run sheet, built by hand (independent of the agenda importer)."""
    day = datetime(2021, 6, 9, tzinfo=BERLIN)

    def at(hour: int, minute: int) -> datetime:
        return day.replace(hour=hour, minute=minute)

    handschuh = Person(name="Alexander Handschuh", organisation="Innovators Club")
    plate = Person(name="Tobias Plate", academic_title="Dr.", organisation="Bundeskanzleramt")
    haselbeck = Person(name="Sebastian Haselbeck", organisation="Bundeskanzleramt")
    schade = Person(name="Kristina Schade", academic_title="Dr.", organisation="Bundesinnenministerium")
    goessmann = Person(name="David Goessmann", organisation="OECD")
    laumer = Person(name="Ralf Laumer", organisation="Landkreis Marburg-Biedenkopf")
    groh = Person(name="Adriana Groh", organisation="Open Knowledge Foundation")
    slots = (
        Slot("Einwahl und Technik-Check", at(13, 50), timedelta(minutes=10), SlotKind.PRE_SHOW),
        Slot("Begrüßung", at(14, 0), timedelta(minutes=10), SlotKind.WELCOME),
        Slot("Impuls 1", at(14, 10), timedelta(minutes=20), SlotKind.TALK),
        Slot("Impuls 2", at(14, 30), timedelta(minutes=15), SlotKind.TALK),
        Slot("Impuls 3", at(14, 45), timedelta(minutes=15), SlotKind.TALK),
        Slot("Moderiertes Gespräch", at(15, 0), timedelta(minutes=30), SlotKind.PANEL),
    )
    panel = tuple((p.key, Role.PANELIST) for p in (goessmann, groh, laumer, plate, schade))
    return EventDraft(
        event=Event("Open Government – das können wir?!", at(14, 0), at(15, 30), "Europe/Berlin"),
        people=(handschuh, plate, haselbeck, schade, goessmann, laumer, groh),
        slots=slots,
        slot_people=(
            (),
            ((handschuh.key, Role.HOST), (plate.key, Role.SPEAKER)),
            ((haselbeck.key, Role.SPEAKER), (schade.key, Role.SPEAKER)),
            ((goessmann.key, Role.SPEAKER),),
            ((laumer.key, Role.SPEAKER),),
            panel + ((handschuh.key, Role.MODERATOR),),
        ),
    )


def make_event_file(folder: Path, name: str = "lounge.moderator") -> Path:
    """A real event file on disk holding the seed-like run sheet."""
    path = folder / name
    EventStore.create(path, seed_like_draft()).close()
    return path


def make_format_1(path: Path) -> None:
    """Turn an event file into one as format 1 wrote it: no co-host tables, stamped with
    the baseline revision (what the migrations start from)."""
    connection = sqlite3.connect(path)
    for table in ("instance", "control", "publication", "followup", "readiness"):
        connection.execute(f"DROP TABLE {table}")
    connection.execute("UPDATE alembic_version SET version_num = '0001_baseline'")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
