"""Text is what it says: bidi overrides and invisible characters are taken out of
questions and imported fields, wherever they are shown, printed or exported; Arabic and
Hebrew stay readable, isolated from the text around them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers import seed_like_draft
from hypothesis import given
from hypothesis import strategies as st

from moderator.domain.questions import clean_field, clean_question_text
from moderator.domain.text import isolate, neutralised
from moderator.exporters.html_export import export_html
from moderator.exporters.json_export import export_json
from moderator.importers.any_format import import_any
from moderator.persistence import EventStore

NOW = datetime(2021, 6, 9, 12, 0, tzinfo=timezone.utc)
RLO, PDF, ZWSP, FSI, PDI = "\u202e", "\u202c", "\u200b", "\u2068", "\u2069"
HIDDEN = [RLO, PDF, ZWSP, "\u2066", "\u2067", "\u2069", "\u200e", "\u200f", "\ufeff", "\u2060", "\u00ad", "\U000e0041", "\x1b"]


def test_a_question_that_reads_reversed_is_shown_as_typed() -> None:
    """The issue's case: "abc\u202etxt.exe" shows as "abcexe.txt" on the moderator's screen."""
    assert clean_question_text(f"abc{RLO}txt.exe") == "abctxt.exe"
    assert clean_field(f"Anna{ZWSP} Müller{RLO}") == "Anna Müller"


@pytest.mark.parametrize("text", ["שלום, מה שלומך?", "مرحبا، كيف حالك؟", "Frage von سارة: wie?", "👩‍💻 ok?", "نمی‌خواهم"])
def test_right_to_left_text_and_joiners_that_shape_it_stay(text: str) -> None:
    assert clean_question_text(text) == text


def test_right_to_left_text_is_isolated_where_it_stands_inside_other_text() -> None:
    assert isolate("سارة") == f"{FSI}سارة{PDI}"
    assert isolate("Sarah") == "Sarah"


@given(st.text(alphabet=st.sampled_from([*HIDDEN, "a", "ä", "ש", " ", "\n", "\ud800"]), max_size=40))
def test_no_hidden_character_survives(text: str) -> None:
    cleaned = neutralised(text)
    assert not any(ch in cleaned for ch in HIDDEN)
    cleaned.encode("utf-8")  # no lone surrogate left: every file and database takes it


def test_imported_fields_lose_overrides_and_invisible_characters() -> None:
    agenda = (
        f"Lounge am 9. Juni 2021\n14:00 Begr{ZWSP}üßung{RLO}exe.txt – Anna{ZWSP} Müller (Stadt{RLO} Köln)\n"
        "15:00 Ende\n"
    ).encode()
    draft = import_any(agenda).draft
    texts = [draft.event.title, *(s.title for s in draft.slots), *(p.name for p in draft.people),
             *(p.organisation for p in draft.people)]  # fmt: skip
    assert not any(ch in text for text in texts for ch in HIDDEN), texts
    assert "Anna Müller" in [p.name for p in draft.people]


def _old_file_with_hidden_text(path: Path) -> Path:
    """An event file written before text was cleaned on entry."""
    store = EventStore.create(path, seed_like_draft())
    store.add_question("Wie geht das?", now=NOW)
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE question SET text = ?", (f"abc{RLO}txt.exe",))
        db.execute("UPDATE slot SET title = ? WHERE position = 1", (f"Begr{ZWSP}üßung",))
        db.execute("UPDATE person SET name = ? WHERE name = 'Adriana Groh'", ("אדריאנה גרו",))
    db.close()
    return path


def test_an_older_file_shows_prints_and_exports_what_it_says(tmp_path: Path) -> None:
    store = EventStore.open(_old_file_with_hidden_text(tmp_path / "old.moderator"), read_only=True)
    try:
        snapshot = store.snapshot()
        exported = export_json(snapshot, store.log(), store.handoffs())
        printed = export_html(snapshot, language="de")
    finally:
        store.close()
    assert snapshot.questions[0].text == "abctxt.exe"
    assert "Begrüßung" in [slot.title for slot in snapshot.slots]
    for text in (exported, printed):
        assert RLO not in text and ZWSP not in text
    assert f"{FSI}אדריאנה גרו{PDI}" in printed  # readable, and isolated from its line
