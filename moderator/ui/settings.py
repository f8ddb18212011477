"""The app's settings, typed, in one object with one ``changed`` signal.

Nothing else in the app reads ``QSettings`` directly. Shortcut overrides are stored apart
from the defaults (which live in :mod:`moderator.ui.actions`), so a reset is just deleting
the override.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal


class Settings(QObject):
    """User preferences.

    Signals:
        changed(str): the name of the setting that changed.
    """

    changed = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else QSettings("moderator", "moderator")

    def _get(self, key: str, default: object) -> object:
        value = self._store.value(key, default)
        return default if value is None else value

    def _set(self, key: str, value: object) -> None:
        if self._store.value(key) == value:
            return
        self._store.setValue(key, value)
        self.changed.emit(key)

    @property
    def language(self) -> str:
        """"de", "en", or "" to follow the system locale."""
        return str(self._get("ui/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    HIGH_CONTRAST_KEY = "ui/high_contrast"

    @property
    def high_contrast(self) -> bool:
        """The high-contrast theme, for bright rooms (black on white, deeper phase colours)."""
        return str(self._get(self.HIGH_CONTRAST_KEY, "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._set(self.HIGH_CONTRAST_KEY, "true" if value else "false")

    @property
    def flash(self) -> bool:
        """Flash the countdown in the final phase and in overtime."""
        return str(self._get("clock/flash", "true")).lower() == "true"

    @flash.setter
    def flash(self, value: bool) -> None:
        self._set("clock/flash", "true" if value else "false")

    @property
    def sound(self) -> bool:
        """Beep when a slot runs out. Off by default: a sound can leak into the stream."""
        return str(self._get("clock/sound", "false")).lower() == "true"

    @sound.setter
    def sound(self, value: bool) -> None:
        self._set("clock/sound", "true" if value else "false")

    @property
    def cue_seconds(self) -> int:
        """How long before a slot ends the cockpit cues the coming hand-off."""
        try:
            return max(0, int(str(self._get("handoffs/cue_seconds", 60))))
        except ValueError:
            return 60

    @cue_seconds.setter
    def cue_seconds(self, value: int) -> None:
        self._set("handoffs/cue_seconds", int(value))

    @property
    def answer_limit_seconds(self) -> int:
        """Time per answer for the answer timer; 0 switches it off."""
        try:
            return max(0, int(str(self._get("handoffs/answer_limit_seconds", 0))))
        except ValueError:
            return 0

    @answer_limit_seconds.setter
    def answer_limit_seconds(self, value: int) -> None:
        self._set("handoffs/answer_limit_seconds", int(value))

    def shortcut_override(self, action_id: str) -> str | None:
        """The user's key sequence for an action, or None for the default."""
        value = self._store.value(f"shortcuts/{action_id}")
        return None if value is None else str(value)

    def set_shortcut_override(self, action_id: str, sequence: str | None) -> None:
        """Store (or with None, remove) the user's key sequence for an action."""
        key = f"shortcuts/{action_id}"
        if sequence is None:
            if self._store.contains(key):
                self._store.remove(key)
                self.changed.emit(key)
            return
        self._set(key, sequence)

    @property
    def speaker_screen(self) -> str:
        """Name of the screen the speaker view goes to ("" for the second screen)."""
        return str(self._get("speaker/screen", ""))

    @speaker_screen.setter
    def speaker_screen(self, value: str) -> None:
        self._set("speaker/screen", value)

    @property
    def display_name(self) -> str:
        """This instance's name as the co-hosts see it ("" until the user gives one)."""
        return str(self._get("cohosts/name", ""))

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._set("cohosts/name", value.strip())

    @property
    def role(self) -> str:
        """"moderator" or "cohost": what this instance does in a shared event."""
        value = str(self._get("cohosts/role", "moderator"))
        return value if value in ("moderator", "cohost") else "moderator"

    @role.setter
    def role(self, value: str) -> None:
        self._set("cohosts/role", value)

    @property
    def instance_id(self) -> str:
        """Who this user's app is among co-hosts, kept across restarts.

        Made once: after a crash or a restart, the app is the same instance again, and
        keeps control of the clock instead of finding "itself" gone quiet.
        """
        value = str(self._get("cohosts/instance_id", ""))
        if not value:
            import uuid

            value = uuid.uuid4().hex
            self._set("cohosts/instance_id", value)
        return value
