"""Start-up checks that run before Qt: a missing system library or an unreachable display.

When Qt's platform plugin cannot load, Qt aborts the process with "could not load the Qt
platform plugin xcb" and a list of plugins, and nothing says which package to install. This
module looks first (without importing Qt, so it costs a few milliseconds) and returns one
line a person can act on: the libraries that are missing and the Debian/Ubuntu and Fedora
packages that bring them; or the display that cannot be opened.

Only the X11 (xcb) plugin is checked: it is the one Qt picks on a Linux desktop without
Wayland, and the one whose libraries distributions leave out (``libxcb-cursor0`` is not
installed by default on Ubuntu). Other platforms (Windows, macOS, Wayland, ``offscreen``)
bring their libraries with Qt or the desktop.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ctypes loads for the X11 checks only (not offscreen, Wayland, macOS or Windows)
    import ctypes

#: The shared libraries Qt's xcb plugin needs that a desktop may lack: soname → the package
#: that brings it on Debian/Ubuntu and on Fedora.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}

# What ldd and ctypes say of a missing library (patterns: read only when one is missing).
_NOT_FOUND = r"(?m)^\s*(\S+)\s+=>\s+not found"
_CTYPES_MISSING = r"^(\S+?): cannot open shared object file"


def startup_problem(environ: dict[str, str] | None = None) -> str | None:
    """One line saying why the GUI cannot start here, or None if nothing stands in the way."""
    env = dict(os.environ if environ is None else environ)
    if not sys.platform.startswith("linux") or _platform(env) != "xcb":
        return None
    plugin = xcb_plugin(env)
    if plugin is None:
        return None  # a Qt without the plugin: Qt's own message names what it has
    missing = missing_libraries(plugin)
    if missing:
        return describe_missing(missing)
    return display_problem(env.get("DISPLAY", ""))


def _platform(env: dict[str, str]) -> str:
    """The platform plugin Qt will load first (the same choice Qt makes)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    # Qt 6 prefers Wayland in a Wayland session and falls back to xcb by itself.
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def xcb_plugin(env: dict[str, str]) -> Path | None:
    """Qt's xcb platform plugin, where Qt will look for it (without importing Qt)."""
    folders: list[Path] = []
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    for entry in env.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            folders.append(Path(entry) / "platforms")
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    for folder in folders:
        candidate = folder / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs (directly or through others) that cannot be found.

    First loads the plugin with ctypes: when that works (the usual case) nothing is missing,
    and it costs about a millisecond, as Qt loads the same libraries a moment later anyway.
    When it fails, asks the dynamic linker through ``ldd`` (which follows the plugin's
    RUNPATH into Qt's own folder and lists every missing library at once, ~80 ms); without
    ``ldd``, the ctypes error names the first missing library.
    """
    import ctypes

    try:
        ctypes.CDLL(str(library))
        return []
    except OSError as error:
        first = re.match(_CTYPES_MISSING, str(error))
    import subprocess  # here only: the usual start (nothing missing) does not pay for it

    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            result = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            result = None
        if result is not None and result.returncode == 0:
            return list(dict.fromkeys(re.findall(_NOT_FOUND, result.stdout)))
    return [first.group(1)] if first else []


def describe_missing(missing: list[str]) -> str:
    """One line: what is missing and the command that installs it on Debian/Ubuntu and Fedora."""
    debian = list(dict.fromkeys(PACKAGES[name][0] for name in missing if name in PACKAGES))
    fedora = list(dict.fromkeys(PACKAGES[name][1] for name in missing if name in PACKAGES))
    unknown = [name for name in missing if name not in PACKAGES]
    line = (
        f"the Qt platform plugin xcb cannot load: {', '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} missing"
    )
    if debian:
        line += (
            f"; install with `sudo apt install {' '.join(debian)}` (Debian/Ubuntu)"
            f" or `sudo dnf install {' '.join(fedora)}` (Fedora)"
        )
    if unknown:
        line += f"; find the package for {', '.join(unknown)} with `apt-file search` or `dnf provides`"
    return line + "."


def _load_xcb() -> ctypes.CDLL | None:
    """libxcb, by its soname; searched for only where that fails (``find_library`` runs
    ``ldconfig`` in a subprocess, which a start should not wait for)."""
    import ctypes

    try:
        return ctypes.CDLL("libxcb.so.1")
    except OSError:
        pass
    from ctypes.util import find_library

    name = find_library("xcb")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def display_problem(display: str) -> str | None:
    """Why the X display ``display`` cannot be opened, or None if it can."""
    if not display:
        return (
            "no display to open (DISPLAY is not set): start moderator from a desktop session; "
            "the commands in `moderator --help` work without one."
        )
    xcb = _load_xcb()
    if xcb is None:
        return None  # cannot ask; Qt will
    import ctypes

    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    connection = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
    try:
        failed = connection is None or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # also frees a connection in the error state
    if failed:
        return (
            f"cannot open the display {display}: no X server answers there, or it refuses this "
            "user; start moderator from the desktop session, or set DISPLAY to a running one."
        )
    return None
