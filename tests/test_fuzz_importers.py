"""A fuzz suite that stays: every importer, fed random bytes and mutations of realistic
files, answers with a draft or its own one-line error, and nothing else; the command
line, fed random arguments, exits 0 or 2 with one line on stderr, never 1.

Kept small enough for every CI run (about a minute); the long campaign is
tests/benchmarks/fuzz_campaign.py.
"""

from __future__ import annotations

import contextlib
import io
import random
from pathlib import Path

import pytest
from fuzzing import mutate
from helpers import seed_like_draft
from hostile import IMPORTERS, seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator import cli
from moderator.importers.any_format import import_any
from moderator.importers.errors import ImportFailed
from moderator.persistence import EventStore

SEEDS = seeds()
FUZZ = settings(
    max_examples=60, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip


def only_its_own_error(importer: str, data: bytes) -> None:
    try:
        IMPORTERS[importer](data)
    except ImportFailed as error:
        assert error.message and "\n" not in error.message


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_get_a_draft_or_one_line(importer: str, data: bytes) -> None:
    only_its_own_error(importer, data)


@pytest.mark.parametrize("importer", sorted(IMPORTERS))
@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_mutated_real_files_get_a_draft_or_one_line(importer: str, seed: int) -> None:
    rng = random.Random(seed)
    corpus = SEEDS[importer]
    data = mutate(rng.choice(corpus), rng, corpus, max_size=64 * 1024)
    only_its_own_error(importer, data)


@FUZZ
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_detection_and_import_of_any_mutated_file(seed: int) -> None:
    """What `new --from` does: recognise the format by content, then import."""
    rng = random.Random(seed)
    corpus = [data for datas in SEEDS.values() for data in datas]
    data = mutate(rng.choice(corpus), rng, corpus, max_size=64 * 1024)
    with contextlib.suppress(ImportFailed):
        import_any(data)


# --- The command line ---------------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=40
)  # surrogates too: undecodable bytes of an argument arrive as them
_WORDS = st.sampled_from(
    [
        "start", "next", "previous", "goto", "pause", "resume", "add", "end", "handoff", "onair",
        "answered", "dismiss", "move", "--json", "--by", "--org", "--to", "--source", "chat",
        "--host", "--format", "json", "ics", "csv", "html", "-o", "--lang", "de", "--tz",
        "Europe", "Europe/Berlin", "--date", "2021-06-09", "9999-12-31", "0001-01-01", "--from",
        "--title", "--day", "--room", "-1", "0", "1", "99999999999999999999", "1e400", "nan",
        "inf", "Dr.", "\u202e", "\udcff", "-", "--", "x" * 300,
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def event_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-fuzz")
    EventStore.create(folder / "show.moderator", seed_like_draft()).close()
    (folder / "agenda.txt").write_bytes(SEEDS["agenda_text"][0])
    return folder


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    command=st.sampled_from(["new", "export", "ask", "status", "control"]),
    rest=st.lists(st.one_of(_WORDS, _TEXT), max_size=6),
)
def test_random_arguments_exit_0_or_2_with_one_line(
    event_folder: Path, monkeypatch: pytest.MonkeyPatch, command: str, rest: list[str]
) -> None:
    monkeypatch.chdir(event_folder)
    monkeypatch.setenv("XDG_DATA_HOME", str(event_folder / "data"))
    # No network in a test: a database address would be tried for real.
    rest = [arg for arg in rest if "postgres" not in arg.lower() and arg not in ("pdf",)]
    target = "new.moderator" if command == "new" else "show.moderator"
    if command == "new":
        (event_folder / target).unlink(missing_ok=True)
        rest = [*rest, "--from", "agenda.txt"] if random.Random(len(rest)).random() < 0.5 else rest
    argv = [command, target, *rest]
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = cli.run_command(argv)
        except SystemExit as exit_:  # argparse: usage errors and --help
            status = int(exit_.code or 0)
    assert status in (0, 2), (argv, stderr.getvalue())
    if status == 2:
        assert len(stderr.getvalue().strip().splitlines()) == 1, (argv, stderr.getvalue())
