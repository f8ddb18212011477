"""The one error type every importer raises for input it cannot use."""

from __future__ import annotations

from moderator.domain.errors import UserError


class ImportFailed(UserError):
    """The input could not be imported; ``message`` says why in one line."""

    context = "import"
