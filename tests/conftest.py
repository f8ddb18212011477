"""Test set-up: Qt offscreen, the test data the project keeps (tests/data), a PostgreSQL server."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest
from pg_server import PgServer, find_bindir

PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: Every file a test reads lives here, in the project (see the READMEs beside the files).
TEST_DATA = Path(__file__).resolve().parent / "data"
#: The public page of the seed event.
SEED_PAGE = TEST_DATA / "seed-event-page.txt"


@pytest.fixture(autouse=True)
def _qt_objects_end_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that made Qt objects, its garbage is collected here, on the main thread.

    A Qt object in a reference cycle lives until the garbage collector next runs, and a
    collection runs on whichever thread allocates at that moment: in a later test often a
    stream server's or a worker's. A QObject destroyed there, away from the thread its
    timers belong to, crashed the main thread's event loop (a segmentation fault in
    ``test_stream_pages``, after a collection on its server's thread had freed what
    ``test_stream_app`` left behind).
    """
    yield
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        gc.collect()


@pytest.fixture
def seed_page_text() -> str:
    """The public page of the seed event."""
    return SEED_PAGE.read_text(encoding="utf-8")


# -- PostgreSQL: a throw-away server for the session, a fresh database per test ----------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of the test session's own, on 127.0.0.1 and a free port.

    Skipped where no server binaries are installed, except under CI (``$CI`` set), where
    that fails: CI must run the PostgreSQL tests (``.ci/run`` installs the server).
    """
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: looked at "
            "$MODERATOR_PG_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/*/bin and PATH "
            "(Debian: apt-get install postgresql)"
        )
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"CI is set but {reason}", pytrace=False)
        pytest.skip(reason)
    server = PgServer(bindir)
    try:
        server.init()
        server.start()
        server.create_password_role()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty database (the superuser's), dropped after the test."""
    # A test may have left the server stopped (a restart test that failed half-way).
    pg_server.ensure_running()
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.ensure_running()
    pg_server.drop_database(name)
