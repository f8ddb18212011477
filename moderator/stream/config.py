"""How the stream server of one event is set up: ports, LAN, token, delay, automations.

Kept per event in a small JSON file beside the event file (``lounge.moderator`` →
``lounge.moderator.stream.json``; a shared event opened by its address keeps it in the
user's data folder). It is not part of the event: it describes this machine's studio (its
OBS, its stream deck), not the show. A file that cannot be read is refused with one line.

Example::

    {
      "port": 8765, "osc_port": 8766,
      "lan": false, "token": "",
      "viewer_delay_seconds": 0,
      "user_css": "studio.css",
      "automations": [
        {"on": "slot_start", "osc": {"host": "127.0.0.1", "port": 53000, "address": "/cue/{slot.id}/go"}},
        {"on": "handoff", "http": {"method": "POST", "url": "http://127.0.0.1:8088/api/?Function=SetText&Value={speaker.name}"}}
      ]
    }
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from moderator.domain.errors import QT_TRANSLATE_NOOP, UserError
from moderator.paths import data_dir

DEFAULT_PORT: Final = 8765
DEFAULT_OSC_PORT: Final = 8766
#: What viewers' pages may lag behind at most (a stream's delay is 5-30 s).
MAX_VIEWER_DELAY: Final = 120.0
#: The lifecycle moments an automation can fire on.
TRIGGERS: Final = ("slot_start", "slot_end", "phase", "handoff", "question")

BAD_CONFIG = QT_TRANSLATE_NOOP("stream", "%1: not a stream set-up (%2).")


class StreamConfigError(UserError):
    """The stream set-up file cannot be used."""

    context = "stream"


@dataclass(frozen=True, slots=True)
class Automation:
    """On ``on`` (one of :data:`TRIGGERS`), send an OSC message or an HTTP request.

    ``osc``: ``host``, ``port``, ``address`` and ``args`` (a list); ``http``: ``method``,
    ``url``, and ``body`` (text) or ``json`` (an object). Every text may hold fields such as
    ``{slot.title}``, ``{speaker.name}``, ``{question.text}``, ``{phase}`` (see the README).
    """

    on: str
    osc: dict[str, Any] | None = None
    http: dict[str, Any] | None = None
    #: For "phase": only on entering this phase (e.g. "overtime"); empty: every change.
    phase: str = ""


@dataclass(frozen=True, slots=True)
class StreamConfig:
    port: int = DEFAULT_PORT
    osc_port: int = DEFAULT_OSC_PORT
    #: Offer the server on the local network (then the token is required everywhere).
    lan: bool = False
    token: str = ""
    viewer_delay_seconds: float = 0.0
    #: A CSS file the pages load after their own (relative to the set-up file).
    user_css: Path | None = None
    automations: tuple[Automation, ...] = field(default=())
    #: The audience page (:mod:`moderator.stream.audience`): its own token, never the
    #: control token; whether it takes new questions; whether it lists the accepted ones
    #: for votes; how many of its questions may wait for the co-hosts at most; the public
    #: address (``https://…``) a reverse proxy or tunnel serves it under, if any.
    audience_token: str = ""
    audience_open: bool = True
    audience_votes: bool = True
    audience_max_pending: int = 200
    audience_public_url: str = ""
    #: The audience page's own port (None: the server's port + 2; 0: any free one).
    audience_port: int | None = None
    #: Where this set-up lives (None: not stored).
    path: Path | None = None


def config_path(event_location: Path | str) -> Path:
    """Where the stream set-up of the event at ``event_location`` is kept."""
    if isinstance(event_location, Path):
        return event_location.with_name(event_location.name + ".stream.json")
    digest = hashlib.sha256(event_location.encode("utf-8")).hexdigest()[:16]
    return data_dir() / "stream" / f"{digest}.stream.json"


def new_token() -> str:
    """A token that is hard to guess and easy to type into a stream deck (URL-safe)."""
    return secrets.token_urlsafe(12)


def _refuse(path: Path, reason: str) -> StreamConfigError:
    return StreamConfigError(BAD_CONFIG, path=str(path), reason=reason)


def _port(data: dict[str, Any], key: str, default: int, path: Path) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 65535:
        raise _refuse(path, f"{key} must be a port number")
    return value


def _automation(item: object, path: Path) -> Automation:
    if not isinstance(item, dict) or item.get("on") not in TRIGGERS:
        raise _refuse(path, "every automation needs \"on\": " + ", ".join(TRIGGERS))
    osc, http = item.get("osc"), item.get("http")
    if (osc is None) == (http is None) or not isinstance(osc or http, dict):
        raise _refuse(path, "every automation sends either \"osc\" or \"http\"")
    if osc is not None and not (isinstance(osc.get("address"), str) and isinstance(osc.get("port"), int)):
        raise _refuse(path, "an OSC automation needs \"address\" and \"port\"")
    if http is not None and not str(http.get("url", "")).startswith(("http://", "https://")):
        raise _refuse(path, "an HTTP automation needs a \"url\" starting with http:// or https://")
    return Automation(item["on"], osc, http, str(item.get("phase", "")))


def load_config(path: Path) -> StreamConfig:
    """The set-up in ``path`` (the defaults when there is none yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StreamConfig(path=path)
    except OSError as error:
        raise _refuse(path, error.strerror or "unreadable") from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise _refuse(path, f"JSON, line {getattr(error, 'lineno', 1)}") from None
    if not isinstance(data, dict):
        raise _refuse(path, "a JSON object")
    delay = data.get("viewer_delay_seconds", 0)
    if not isinstance(delay, int | float) or isinstance(delay, bool) or not 0 <= delay <= MAX_VIEWER_DELAY:
        raise _refuse(path, f"viewer_delay_seconds must be 0 to {MAX_VIEWER_DELAY:g}")
    css = data.get("user_css") or None
    automations = data.get("automations", [])
    if not isinstance(automations, list):
        raise _refuse(path, "automations must be a list")
    return StreamConfig(
        port=_port(data, "port", DEFAULT_PORT, path),
        osc_port=_port(data, "osc_port", DEFAULT_OSC_PORT, path),
        lan=bool(data.get("lan", False)),
        token=str(data.get("token", "")),
        viewer_delay_seconds=float(delay),
        user_css=(path.parent / str(css)) if css else None,
        automations=tuple(_automation(item, path) for item in automations),
        **_audience(data, path),
        path=path,
    )


def _audience(data: dict[str, Any], path: Path) -> dict[str, Any]:
    cap = data.get("audience_max_pending", 200)
    if not isinstance(cap, int) or isinstance(cap, bool) or not 1 <= cap <= 100_000:
        raise _refuse(path, "audience_max_pending must be 1 to 100000")
    public = str(data.get("audience_public_url", "")).rstrip("/")
    if public and not public.startswith(("http://", "https://")):
        raise _refuse(path, "audience_public_url must start with https:// or http://")
    return {
        "audience_token": str(data.get("audience_token", "")),
        "audience_open": bool(data.get("audience_open", True)),
        "audience_votes": bool(data.get("audience_votes", True)),
        "audience_max_pending": cap,
        "audience_public_url": public,
        "audience_port": _port(data, "audience_port", 0, path) if "audience_port" in data else None,
    }


def save_config(config: StreamConfig) -> None:
    """Write ``config`` to its file (the token included: the file stays on this machine)."""
    assert config.path is not None
    data: dict[str, Any] = {
        "port": config.port,
        "osc_port": config.osc_port,
        "lan": config.lan,
        "token": config.token,
        "viewer_delay_seconds": config.viewer_delay_seconds,
        "user_css": str(config.user_css) if config.user_css else "",
        "automations": [
            {"on": a.on, **({"phase": a.phase} if a.phase else {}), **({"osc": a.osc} if a.osc else {"http": a.http})}
            for a in config.automations
        ],
        "audience_token": config.audience_token,
        "audience_open": config.audience_open,
        "audience_votes": config.audience_votes,
        "audience_max_pending": config.audience_max_pending,
        "audience_public_url": config.audience_public_url,
        **({"audience_port": config.audience_port} if config.audience_port is not None else {}),
    }
    config.path.parent.mkdir(parents=True, exist_ok=True)
    config.path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
