"""Typed errors of the event file, each with one line a person understands."""

from __future__ import annotations

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError


class EventFileError(UserError):
    """Something about the event file stops us; the file itself is left untouched."""

    context = "event_file"


class EventFileMissing(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("event_file", "%1: no such file."), path=path)


class EventFileExists(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("event_file", "%1 already exists; choose another name."),
            path=path,
        )


class NotAnEventFile(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("event_file", "%1 is not a moderator event file."), path=path
        )


class ForeignDatabase(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file",
                "%1 is a database of another program, not a moderator event file.",
            ),
            path=path,
        )


class NewerEventFile(EventFileError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file",
                "%2 was written by a newer version of moderator (file format %1, "
                "this version reads up to %3); please update moderator.",
            ),
            path=path,
            found=found,
            supported=supported,
        )


class DamagedEventFile(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file",
                "%1 is damaged and cannot be read; open a backup copy instead.",
            ),
            path=path,
        )


class DamagedForWriting(EventFileError):
    """The integrity check found damage: reading what can be read goes on, writing not."""

    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file",
                "%1 is damaged: it opens read-only so that nothing more is lost; "
                "write into a backup copy instead.",
            ),
            path=path,
        )


class ReadOnlyEventFile(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file", "%1 is read-only: it can be viewed, but changes cannot be saved."
            ),
            path=path,
        )


class DiskFull(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file", "The disk holding %1 is full: the last change was not saved."
            ),
            path=path,
        )


class EventFileBusy(EventFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "event_file",
                "%1 is busy: another program kept it locked for too long; try again.",
            ),
            path=path,
        )


class CannotWriteEventFile(EventFileError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("event_file", "%1 could not be written: %2"),
            path=path,
            reason=reason,
        )
