"""Where the app finds its bundled resources and keeps its own files."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

#: The desktop file name (``moderator.desktop``), the Wayland app id and the icon's name.
APP_ID = "moderator"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (beside the package in a checkout, inside it
    when installed from a wheel)."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / "resources"


def sample_event_source() -> Path:
    """The seed event, shipped as event JSON."""
    return resources_dir() / "sample" / "innovators-lounge-2021-06-09.json"


def data_dir() -> Path:
    """The user's data folder for moderator (XDG on Linux, the usual places elsewhere)."""
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "moderator"


def templates_dir() -> Path:
    """The organiser's folder of event templates (``templates`` in the data folder).

    Any event file put there can be named by its file name (without ``.moderator``) in
    ``moderator new NEW --like NAME``, and is offered in *File → New event from this one…*.
    The environment variable ``MODERATOR_TEMPLATES`` points elsewhere (a shared folder of
    the organising team).
    """
    override = os.environ.get("MODERATOR_TEMPLATES")
    return Path(override) if override else data_dir() / "templates"


def log_file() -> Path:
    """Where unexpected errors are written with their traceback."""
    return data_dir() / "moderator.log"
