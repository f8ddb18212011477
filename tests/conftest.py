"""Test set-up: Qt offscreen, paths to the shared corpus and the seed page."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
SEED_PAGE = SHARED / "product" / "seed-event-page.txt"
CORPUS = SHARED / "corpus"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_page_text() -> str:
    """The public page of the seed event (a copy is kept under tests/data)."""
    path = SEED_PAGE if SEED_PAGE.exists() else TEST_DATA / "seed-event-page.txt"
    return path.read_text(encoding="utf-8")
