"""The app on the desktop: icon files, the ``.desktop`` entry and the event file's MIME type.

Qt-free, so that ``moderator install-desktop`` runs without loading Qt.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from moderator.paths import APP_ID, resources_dir
#: The sizes the icon is rendered in (``resources/icons/moderator-N.png``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_png(size: int) -> Path:
    return icons_dir() / f"moderator-{size}.png"

#: The event file's MIME type (``resources/desktop/moderator-mime.xml`` defines it).
MIME_TYPE = "application/x-moderator-event"
#: The icon file manager shows for event files (the freedesktop name of the MIME type).
MIME_ICON = MIME_TYPE.replace("/", "-")
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"


def desktop_source() -> Path:
    return resources_dir() / "desktop" / DESKTOP_FILE


def mime_source() -> Path:
    return resources_dir() / "desktop" / "moderator-mime.xml"


def xdg_data_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def xdg_config_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def gui_command() -> list[str]:
    """How the desktop starts the app: the ``moderator-gui`` script beside this Python
    (an installed tool or the project's venv), else this Python with ``-m moderator``."""
    scripts = Path(sys.executable).parent
    for name in ("moderator-gui", "moderator"):
        candidate = scripts / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    return [sys.executable, "-m", "moderator"]


def _exec_quote(argument: str) -> str:
    """An argument for a desktop entry's Exec key (quoted as the spec asks, if needed)."""
    if not re.search(r'[\s"\'\\><~|&;$*?#()`%=]', argument):
        return argument
    escaped = re.sub(r'(["`$\\])', r"\\\1", argument)
    # The desktop file's own escaping doubles backslashes and percent signs once more.
    return '"' + escaped.replace("\\", "\\\\").replace("%", "%%") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The shipped ``.desktop`` entry with Exec (and TryExec) pointing at ``command``."""
    lines = []
    for line in desktop_source().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quote(part) for part in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class DesktopFiles:
    """Where the per-user desktop integration lives (under ``XDG_DATA_HOME``)."""

    data_home: Path
    config_home: Path

    @property
    def applications(self) -> Path:
        return self.data_home / "applications"

    @property
    def mime(self) -> Path:
        return self.data_home / "mime"

    @property
    def icons(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    @property
    def mimeapps(self) -> Path:
        return self.config_home / "mimeapps.list"

    def icon_files(self) -> list[tuple[Path, Path]]:
        """(shipped file, installed file) for the app icon and the event file icon."""
        pairs: list[tuple[Path, Path]] = []
        for size in ICON_SIZES:
            folder = self.icons / f"{size}x{size}"
            pairs.append((icon_png(size), folder / "apps" / f"{APP_ID}.png"))
            pairs.append((icon_png(size), folder / "mimetypes" / f"{MIME_ICON}.png"))
        svg = icons_dir() / "moderator.svg"
        pairs.append((svg, self.icons / "scalable" / "apps" / f"{APP_ID}.svg"))
        pairs.append((svg, self.icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"))
        return pairs


def install_desktop(files: DesktopFiles, command: Sequence[str] | None = None) -> list[str]:
    """Install the entry, the MIME type and the icons for this user; returns notes on what
    could not be refreshed (a missing ``update-mime-database``)."""
    files.applications.mkdir(parents=True, exist_ok=True)
    (files.applications / DESKTOP_FILE).write_text(desktop_entry(command or gui_command()), encoding="utf-8")
    packages = files.mime / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(mime_source(), packages / MIME_FILE)
    for source, target in files.icon_files():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    _set_default(files.mimeapps, DESKTOP_FILE)
    return _refresh(files)


def uninstall_desktop(files: DesktopFiles) -> list[str]:
    """Remove what :func:`install_desktop` installed (and nothing else)."""
    targets = [files.applications / DESKTOP_FILE, files.mime / "packages" / MIME_FILE]
    targets += [target for _source, target in files.icon_files()]
    for target in targets:
        target.unlink(missing_ok=True)
    _set_default(files.mimeapps, None)
    return _refresh(files)


def _refresh(files: DesktopFiles) -> list[str]:
    """Rebuild the user's MIME database and the desktop entries' cache, where the tools exist."""
    import subprocess  # here only: the cockpit's start-up does not pay for it

    notes: list[str] = []
    for tool, folder in (("update-mime-database", files.mime), ("update-desktop-database", files.applications)):
        path = shutil.which(tool)
        if path is None:
            notes.append(f"{tool} is not installed; the desktop picks up the change at its next start")
            continue
        if folder.is_dir():
            subprocess.run([path, str(folder)], check=False, capture_output=True, timeout=120)
    icon_cache = shutil.which("gtk-update-icon-cache")
    if icon_cache is not None and (files.icons / "index.theme").exists():
        subprocess.run([icon_cache, "-q", str(files.icons)], check=False, capture_output=True, timeout=120)
    return notes


def _set_default(mimeapps: Path, desktop_file: str | None) -> None:
    """Make ``desktop_file`` the default for event files in ``mimeapps.list`` (None: remove
    ours). Another app the user chose as the default is left alone."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    section = ""
    ours = f"{MIME_TYPE}={DESKTOP_FILE};"
    kept: list[str] = []
    default_at: int | None = None
    chosen_elsewhere = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
            if section == "[Default Applications]":
                default_at = len(kept)
        elif section == "[Default Applications]" and stripped.startswith(f"{MIME_TYPE}="):
            if stripped != ours:
                chosen_elsewhere = True
            else:
                continue
        kept.append(line)
    if desktop_file is not None and not chosen_elsewhere:
        if default_at is None:
            kept += ["[Default Applications]"] if not kept else ["", "[Default Applications]"]
            default_at = len(kept) - 1
        kept.insert(default_at + 1, ours)
    if kept or mimeapps.exists():
        mimeapps.parent.mkdir(parents=True, exist_ok=True)
        mimeapps.write_text("\n".join(kept) + "\n", encoding="utf-8")
