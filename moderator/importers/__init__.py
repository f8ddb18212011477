"""Importers: pure functions from text or bytes to an :class:`EventDraft`, or an
:class:`ImportFailed` with a message meant for a person. No Qt, no database."""

from moderator.importers.errors import ImportFailed

__all__ = ["ImportFailed"]
