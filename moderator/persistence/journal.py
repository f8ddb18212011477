"""What an instance did while its shared event could not be reached, kept on disk.

While the PostgreSQL server is away, the instance that controls the clock goes on
running the show, and co-hosts go on taking questions. What they do waits here to be
written when the server is back. A crash of the app meanwhile must lose none of it, so
every entry is one JSON line, appended and flushed to disk (``fsync``) before the action
counts as done. The file belongs to one instance and one shared event; it is emptied
once everything in it is stored.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any


class PendingJournal:
    """An append-only file of JSON records, one per line, kept in order."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_event(cls, folder: Path, instance_id: str, location: str) -> PendingJournal:
        """The journal of one instance for one shared event, in ``folder``."""
        digest = hashlib.sha256(location.encode()).hexdigest()[:16]
        return cls(folder / f"pending-{instance_id}-{digest}.jsonl")

    def load(self) -> list[dict[str, Any]]:
        """Every record, oldest first; a last line cut short by a crash is left out."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        records = []
        for line in text.splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a write the crash cut off: the action never counted as done
        return records

    def append(self, record: dict[str, Any]) -> None:
        """Add a record; on disk when this returns."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as file:
            file.write(line)
            file.flush()
            os.fsync(file.fileno())

    def rewrite(self, records: list[dict[str, Any]]) -> None:
        """Keep only ``records`` (the ones not yet stored); none: remove the file."""
        if not records:
            self.path.unlink(missing_ok=True)
            return
        temporary = self.path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as file:
            for record in records:
                file.write(json.dumps(record, ensure_ascii=False) + "\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)
