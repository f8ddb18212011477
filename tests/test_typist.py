"""A scripted typist drives the real app under Xvfb with xdotool (see ``tests/typist.py``).

German sentences typed with the focus moved by clicks, F2, Esc, Enter and Ctrl+Z between
them change no clock, hand-off or speaker-view state the typist did not ask for; the
live keys pressed on purpose do what they say. Skipped only where no X server can start
(``.ci/run`` installs Xvfb and xdotool). The display is ``MODERATOR_TYPIST_DISPLAY`` (85).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from typist import NoDisplay, run_typist


def test_the_typist_changes_nothing_live_it_did_not_ask_for(tmp_path: Path) -> None:
    display = int(os.environ.get("MODERATOR_TYPIST_DISPLAY", "85"))
    try:
        run = run_typist(display, workdir=tmp_path)
    except NoDisplay as error:
        pytest.skip(f"no X server: {error}")
    report = "\n".join(f"{step.keys}: asked {step.asked}, got {step.gained}" for step in run.stray)
    assert not run.stray, report
    assert run.questions == (
        "Wie viel kostet das Portal? (bitte kurz) - und wer zahlt?",
        "Bitte kurz: Open Data für Bürger in kleinen Gemeinden",
    )
    # The slip (→) and its undo are both in the history.
    assert run.log.count("live_undone") == 1
