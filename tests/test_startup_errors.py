"""A new user on a bare desktop Linux gets one line that says what to install, not Qt's abort.

The plugins are real shared libraries built here with the system's C compiler: one that
needs a library that does not exist, and one that needs nothing. Without a compiler (or
off Linux) these tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moderator.platform_check import (
    describe_missing,
    display_problem,
    missing_libraries,
    startup_problem,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux")

CC = shutil.which("cc") or shutil.which("gcc")


def _build_plugin(folder: Path, *, needs: str | None) -> Path:
    """A ``libqxcb.so`` in ``folder``; with ``needs``, linked against a library then removed."""
    if CC is None:
        pytest.skip("no C compiler to build a stand-in plugin")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "plugin.c"
    link: list[str] = []
    if needs is not None:
        (folder / "dep.c").write_text("int dep_symbol(void) { return 1; }\n")
        dep = folder / f"lib{needs}.so"
        subprocess.run(
            [CC, "-shared", "-fPIC", f"-Wl,-soname,lib{needs}.so.1", "-o", str(dep), str(folder / "dep.c")],
            check=True,
        )
        source.write_text("int dep_symbol(void);\nint plugin_symbol(void) { return dep_symbol(); }\n")
        link = [f"-L{folder}", f"-l{needs}"]
    else:
        source.write_text("int plugin_symbol(void) { return 0; }\n")
    plugin = folder / "libqxcb.so"
    subprocess.run([CC, "-shared", "-fPIC", "-o", str(plugin), str(source), *link], check=True)
    if needs is not None:
        (folder / f"lib{needs}.so").unlink()  # now the plugin needs a library that is gone
    return plugin


def _free_display() -> str:
    """An X display number that no server serves on this machine."""
    for number in range(99, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    pytest.skip("no free display number")


def _run_gui(env_changes: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "moderator"], env=env, capture_output=True, text=True, timeout=60
    )


def test_a_plugin_whose_library_is_missing_names_the_library(tmp_path: Path) -> None:
    plugin = _build_plugin(tmp_path / "platforms", needs="moderator-test-gone")

    assert missing_libraries(plugin) == ["libmoderator-test-gone.so.1"]


def test_a_plugin_that_loads_needs_nothing(tmp_path: Path) -> None:
    plugin = _build_plugin(tmp_path / "platforms", needs=None)

    assert missing_libraries(plugin) == []


def test_the_message_names_the_debian_and_fedora_packages() -> None:
    line = describe_missing(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])

    assert "\n" not in line
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4 are missing" in line
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in line
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in line


def test_an_unknown_library_gets_a_way_to_find_its_package() -> None:
    line = describe_missing(["libfoo.so.3"])

    assert "libfoo.so.3 is missing" in line
    assert "apt-file search" in line and "dnf provides" in line


def test_a_display_with_no_server_is_named() -> None:
    display = _free_display()

    problem = display_problem(display)

    assert problem is not None and f"cannot open the display {display}" in problem
    assert display_problem("") is not None  # DISPLAY not set at all


def test_offscreen_and_wayland_are_left_to_qt() -> None:
    assert startup_problem({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ""}) is None
    assert startup_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_the_app_exits_with_one_line_when_the_plugin_cannot_load(tmp_path: Path) -> None:
    _build_plugin(tmp_path / "platforms", needs="moderator-test-gone")

    result = _run_gui({"QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path / "platforms"), "DISPLAY": ":0"})

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("moderator: the Qt platform plugin xcb cannot load: libmoderator-test-gone.so.1 is missing")
    assert "Traceback" not in result.stderr


def test_the_app_exits_with_one_line_when_the_display_cannot_be_opened(tmp_path: Path) -> None:
    _build_plugin(tmp_path / "platforms", needs=None)
    display = _free_display()

    result = _run_gui({"QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path / "platforms"), "DISPLAY": display})

    assert result.returncode == 2
    assert result.stderr == (
        f"moderator: cannot open the display {display}: no X server answers there, or it refuses "
        "this user; start moderator from the desktop session, or set DISPLAY to a running one.\n"
    )
