"""The architecture stays visible: the layers of the import-linter contracts in
pyproject.toml (the domain, persistence, importers, exporters and the command line never
import Qt), the types mypy checks, and the test data the project keeps."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is a test dependency"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_types_check() -> None:
    """mypy over the package, as configured in pyproject.toml: no error, no stale ignore."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_importers_and_exporters_never_import_each_others_private_names() -> None:
    """What one format shares with another is public (import-linter sees modules only)."""
    import ast

    found = []
    for package in ("importers", "exporters"):
        for path in sorted((ROOT / "moderator" / package).glob("*.py")):
            own = f"moderator.{package}.{path.stem}"
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ImportFrom) or node.module in (None, own):
                    continue
                if node.module.startswith(("moderator.importers", "moderator.exporters")):
                    found += [f"{own}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert found == []


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from moderator.cli import run_command; "
        f"run_command(['export', {str(tmp_path / 'none.moderator')!r}, '--format', 'json']); "
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_a_local_event_never_loads_the_postgresql_driver(tmp_path: Path) -> None:
    """psycopg costs a third of a second to import: only shared events may pay for it."""
    from helpers import make_event_file

    path = make_event_file(tmp_path)
    probe = (
        "import sys; from moderator.cli import run_command; "
        f"run_command(['ask', {str(path)!r}, 'Eine Frage?']); "
        f"run_command(['status', {str(path)!r}]); "
        "import moderator.ui.event_session, moderator.ui.main_window; "
        "print(any(name.startswith('psycopg') for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stdout + result.stderr


#: What the cockpit's first paint must not wait for (issue 18): the writer and its
#: SQLAlchemy, the importers and their libraries, the stream server, the PostgreSQL
#: driver, asyncio, the windows and dialogs nobody has opened yet (the co-hosts' too), the
#: readiness board (hidden when the cockpit opens: built right after the first paint), the
#: look at the mount table (an event file on a network share is warned of right after it), the
#: operations a key press, a drag or the editor builds (the app's, the queue's and the run
#: sheet's: loaded right after the first paint), the duplicate search and the run sheet's
#: findings (the paste dialog's and the editor's), and html's entity table (queue
#: tooltips). (uuid, and platform with it, load only on the very first start, which makes
#: the instance's id.)
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy", "sqlmodel", "alembic", "psycopg", "icalendar", "openpyxl", "odf", "aiohttp",
    "qasync", "asyncio", "subprocess", "hashlib",
    "moderator.persistence.writer", "moderator.persistence.journal", "moderator.importers",
    "moderator.exporters", "moderator.stream", "moderator.ui.import_dialogs",
    "moderator.ui.import_flow", "moderator.ui.stream_panel", "moderator.ui.audience_panel",
    "moderator.ui.report_dialog", "moderator.ui.followups_dialog", "moderator.ui.editor",
    "moderator.ui.queue_dialogs", "moderator.ui.rehearsal_dialog", "moderator.ui.series_dialog",
    "moderator.ui.shortcuts_dialog", "moderator.ui.speaker_view", "moderator.ui.print_export",
    "moderator.ui.cohosts_dialogs", "moderator.ui.readiness_panel", "moderator.domain.readiness",
    "moderator.persistence.network_fs",
    "moderator.app.operations", "moderator.domain.queue_ops", "moderator.domain.run_sheet_ops",
    "moderator.domain.duplicates", "moderator.domain.run_sheet_findings", "html",
)
#: What ``_after_first_paint`` executes, so that the first key press does not wait for it.
RIGHT_AFTER_FIRST_PAINT = (
    "moderator.app.operations", "moderator.domain.queue_ops", "moderator.domain.run_sheet_ops",
    "moderator.ui.readiness_panel",  # the board's dock, hidden when the cockpit opens
)


def test_the_cockpit_paints_first_and_loads_the_rest_later(tmp_path: Path) -> None:
    """The real start (the platform check, ``build_app`` on an event file, Qt's loop until
    the window's first paint, as ``run_app`` does) loads none of the heavy modules; right
    after the first paint the operations a key press builds are loaded."""
    from helpers import make_event_file

    path = make_event_file(tmp_path)
    probe = (
        "import sys; from moderator.platform_check import startup_problem; startup_problem(); "
        "from moderator.ui import app; "
        f"built = app.build_app([{str(path)!r}]); app._until_first_paint(built.window); "
        f"heavy = {NOT_BEFORE_FIRST_PAINT!r}; "
        # A module bound by moderator.lazy is in sys.modules before it is executed.
        "from moderator.lazy import is_loaded; "
        "print(sorted(n for n in list(sys.modules) if is_loaded(n) and (n in heavy or n.startswith(tuple(h + '.' for h in heavy))))); "
        "app._after_first_paint(built); "
        f"print([n for n in {RIGHT_AFTER_FIRST_PAINT!r} if not is_loaded(n)])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.strip().splitlines()[-2:] == ["[]", "[]"], result.stdout + result.stderr


#: The store's writes: only the application service (and persistence itself) call them.
STORE_WRITES = frozenset(
    {
        "change_live", "change_queue", "change_run_sheet", "change_control",
        "add_question", "add_questions", "heartbeat", "leave", "writer",
    }
)
#: Where a write may start: the one road, and the store that carries it out.
WRITERS = ("moderator/app/", "moderator/persistence/")


def _store_writes(path: Path) -> list[str]:
    """``store.<write>(...)`` calls (any receiver whose name mentions a store) in one module."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in STORE_WRITES:
            receiver = ast.unparse(node.value)
            if "store" in receiver.lower():
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {receiver}.{node.attr}")
    return found


def test_every_write_goes_through_the_application_service() -> None:
    """The cockpit, the editor, the co-host panel and the command line change an event only
    by running an operation (moderator.app); none of them writes to the store itself."""
    offenders = [
        hit
        for path in sorted((ROOT / "moderator").rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(WRITERS)
        for hit in _store_writes(path)
    ]
    assert offenders == []


def test_the_write_check_sees_a_write() -> None:
    """The check above would find a client that wrote to the store itself."""
    sample = ROOT / "moderator" / "ui" / "event_session.py"
    assert _store_writes(sample) == []  # the adapter reads only
    source = "def f(session):\n    session.store.change_live(lambda s, r: None)\n"
    import ast

    tree = ast.parse(source)
    calls = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in STORE_WRITES]
    assert calls == ["change_live"]


def test_the_tests_read_only_the_data_the_project_keeps() -> None:
    """A fresh clone runs every test: no test reads from outside the project (tests/data)."""
    outside = ('"shared"', "'shared'", "../shared", "shared/corpus", "shared/product")
    found = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path != Path(__file__).resolve()
        for needle in outside
        if needle in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_reading_an_event_file_loads_no_database_library(tmp_path: Path) -> None:
    """The cockpit's first paint, ``status`` and ``export`` read with plain sqlite3: the
    typed read interface (moderator/persistence/reader.py) loads no SQLAlchemy, no
    SQLModel and no psycopg, which cost most of a second to import."""
    from helpers import make_event_file

    path = make_event_file(tmp_path)
    probe = (
        "import sys; from moderator.persistence import EventStore; "
        f"store = EventStore.open({str(path)!r}); store.snapshot(); store.delta(0, 0); "
        "store.question(1); store.close(); "
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'sqlalchemy', 'sqlmodel', 'psycopg'}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
