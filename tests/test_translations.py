"""The German translation that ships with the app is complete, compiled and current.

When a test here fails after you added or changed a text in the code, run

    uv run python resources/translations/update.py

and add the German for the texts it lists to ``resources/translations/de.py``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from moderator.ui.i18n import Translations

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
HOW_TO_FIX = "run `uv run python resources/translations/update.py` and translate the new texts in de.py"


def _load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS_DIR / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update_script()


def _describe(keys: Iterable[tuple[str, str, str]]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source, _comment in sorted(keys))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[Translations]:
    """The app in German; English again afterwards, whatever the test did."""
    translations = Translations(qapp)
    translations.install("de")
    yield translations
    translations.install("en")


def test_every_text_has_a_german_translation_with_the_same_fields() -> None:
    shipped = update.messages(update.TS)
    assert shipped, "the .ts holds no messages"

    untranslated = [key for key, forms in shipped.items() if not forms or not all(form.strip() for form in forms)]
    assert not untranslated, f"texts without German ({HOW_TO_FIX}):\n{_describe(untranslated)}"

    wrong_fields = [
        key for key, forms in shipped.items()
        if any(update.placeholders(form) != update.placeholders(key[1]) for form in forms)
    ]
    assert not wrong_fields, f"translations that lose or add a {{field}}:\n{_describe(wrong_fields)}"


def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "moderator_de.qm"
    update.lrelease(update.TS, fresh)

    assert update.QM.exists(), f"{update.QM.name} is missing: {HOW_TO_FIX}"
    assert fresh.read_bytes() == update.QM.read_bytes(), f"{update.QM.name} is older than the .ts: {HOW_TO_FIX}"


def test_every_text_in_the_code_is_in_the_ts_and_no_other(tmp_path: Path) -> None:
    fresh = tmp_path / "moderator_de.ts"
    update.lupdate(fresh)

    in_code = set(update.messages(fresh))
    shipped = set(update.messages(update.TS))
    assert not in_code - shipped, f"texts in the code missing from the .ts ({HOW_TO_FIX}):\n{_describe(in_code - shipped)}"
    assert not shipped - in_code, f"texts in the .ts the code no longer has ({HOW_TO_FIX}):\n{_describe(shipped - in_code)}"


def test_a_moderator_who_picks_german_sees_german_and_english_comes_back(german: Translations) -> None:
    assert QCoreApplication.translate("actions", "Next slot") == "Nächster Programmpunkt"
    assert QCoreApplication.translate("kinds", "Q&A") == "Fragerunde"
    assert QCoreApplication.translate("CockpitWindow", "+{drift} behind").format(drift="3:20") == "+3:20 hinter Plan"

    german.install("en")

    assert QCoreApplication.translate("actions", "Next slot") == "Next slot"
    assert QCoreApplication.translate("kinds", "Q&A") == "Q&A"


def test_the_speaker_is_asked_to_wrap_up_in_the_words_of_the_product_brief(german: Translations) -> None:
    assert QCoreApplication.translate("CockpitWindow", "Please wrap up") == "Bitte zum Schluss kommen"


def test_an_error_from_the_qt_free_domain_is_shown_in_german(german: Translations) -> None:
    from moderator.domain.clock import ClockError, NOT_STARTED
    from moderator.ui.messages import translate_error

    assert translate_error(ClockError(NOT_STARTED)) == "Die Sendung hat noch nicht begonnen."
