"""An installed moderator (a wheel, as `uv tool install .` and `pipx install .` build it) has
its sample event, translations, icon and desktop files inside the package, and both commands.

Builds the real wheel and installs it into a fresh virtual environment with uv (from uv's
cache where it can); skipped where uv is not on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv")

pytestmark = pytest.mark.skipif(UV is None, reason="uv is needed to build and install the wheel")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=600, check=True, env=env)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    assert UV is not None
    _run(UV, "build", "--wheel", "--quiet", "--out-dir", str(out), str(ROOT))
    (built,) = out.glob("moderator-*.whl")
    return built


def test_the_wheel_carries_what_the_app_reads_at_run_time(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    for needed in (
        "moderator/resources/sample/innovators-lounge-2021-06-09.json",
        "moderator/resources/translations/moderator_de.qm",
        "moderator/resources/translations/moderator_en.qm",
        "moderator/resources/icons/moderator.svg",
        "moderator/resources/icons/moderator-16.png",
        "moderator/resources/icons/moderator-512.png",
        "moderator/resources/desktop/moderator.desktop",
        "moderator/resources/desktop/moderator-mime.xml",
    ):
        assert needed in names, needed
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "moderator = moderator.cli:main" in text
    assert "moderator-gui = moderator.cli:gui_main" in text


def test_installed_from_the_wheel_the_commands_work_and_speak_german(wheel: Path, tmp_path: Path) -> None:
    assert UV is not None
    venv = tmp_path / "venv"
    _run(UV, "venv", "--quiet", str(venv))
    _run(UV, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel))
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}

    assert (venv / "bin" / "moderator-gui").is_file()
    event = tmp_path / "seed.moderator"
    sample = venv / "lib"  # the sample inside the installed package, not the checkout's
    (json_file,) = sample.glob("python3*/site-packages/moderator/resources/sample/*.json")
    created = _run(str(venv / "bin" / "moderator"), "new", str(event), "--from", str(json_file), env=env)
    assert created.stdout.strip() == f"{event}: 6 slots, 7 people"
    german = _run(
        str(venv / "bin" / "python"), "-c",
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from moderator.ui.i18n import Translations\n"
        "app = QApplication([])\n"
        "Translations(app).install('de')\n"
        "print(QCoreApplication.translate('actions', 'Next slot'))\n",
        env=env,
    )
    assert german.stdout.strip() == "Nächster Programmpunkt"
