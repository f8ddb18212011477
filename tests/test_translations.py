"""The German translation that ships with the app is complete, compiled and current.

``resources/translations/moderator_de.ts`` is the source of the German. When a test here
fails after you added or changed a text in the code, run

    uv run python resources/translations/update.py

translate the texts it lists in Qt Linguist (``uv run pyside6-linguist
resources/translations/moderator_de.ts``) and run the script again to compile the .qm.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from moderator.domain.errors import fill
from moderator.ui.i18n import Translations

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
HOW_TO_FIX = (
    "run `uv run python resources/translations/update.py`, translate the new texts in "
    "resources/translations/moderator_de.ts (pyside6-linguist) and run it again"
)


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


CATALOGUES = [
    pytest.param(update.TS, update.QM, False, id="de"),
    pytest.param(update.TS_EN, update.QM_EN, True, id="en-plurals"),
]


@pytest.mark.parametrize(("ts", "qm", "english"), CATALOGUES)
def test_every_text_is_translated_with_the_same_placeholders(ts: Path, qm: Path, english: bool) -> None:
    shipped = update.messages(ts)
    assert shipped, "the .ts holds no messages"

    untranslated = [key for key, forms in shipped.items() if not forms or not all(form.strip() for form in forms)]
    assert not untranslated, f"texts without a translation in {ts.name} ({HOW_TO_FIX}):\n{_describe(untranslated)}"

    wrong_fields = [
        key for key, forms in shipped.items()
        if any(update.placeholders(form) != update.placeholders(key[1]) for form in forms)
    ]
    assert not wrong_fields, f"translations that lose or add a %1 placeholder:\n{_describe(wrong_fields)}"


def test_texts_take_values_as_numbered_placeholders_not_format_fields() -> None:
    """Linguist checks ``%1``, not ``{name}``: a text with a str.format field slipped in."""
    shipped = update.messages(update.TS)

    with_fields = [
        key for key, forms in shipped.items()
        if update.FORMAT_FIELD.search(key[1]) or any(update.FORMAT_FIELD.search(form) for form in forms)
    ]
    assert not with_fields, (
        "texts with {field}s: write %1, %2 … (numbered in the alphabetical order of the "
        f"names given to moderator.domain.errors.fill):\n{_describe(with_fields)}"
    )


@pytest.mark.parametrize(("ts", "qm", "english"), CATALOGUES)
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path, ts: Path, qm: Path, english: bool) -> None:
    fresh = tmp_path / qm.name
    update.lrelease(ts, fresh)

    assert qm.exists(), f"{qm.name} is missing: {HOW_TO_FIX}"
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: {HOW_TO_FIX}"


@pytest.mark.parametrize(("ts", "qm", "english"), CATALOGUES)
def test_the_ts_round_trips_through_lupdate_unchanged(tmp_path: Path, ts: Path, qm: Path, english: bool) -> None:
    """The .ts is in lupdate's own form: running lupdate over it changes nothing (so what
    Linguist saves and what the code says never fight), and it holds every text of the code."""
    root = tmp_path / "checkout"
    shutil.copytree(update.PACKAGE, root / "moderator", ignore=shutil.ignore_patterns("__pycache__"))
    copy = root / "resources" / "translations" / ts.name
    copy.parent.mkdir(parents=True)
    shutil.copyfile(ts, copy)

    update.lupdate(copy, root=root, english=english)

    assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), f"lupdate changes {ts.name}: {HOW_TO_FIX}"


def test_plural_texts_count_in_both_languages(german: Translations) -> None:
    assert QCoreApplication.translate("RunSheetEditor", "%n slot(s)", "", 1) == "1 Programmpunkt"
    assert QCoreApplication.translate("RunSheetEditor", "%n slot(s)", "", 3) == "3 Programmpunkte"

    german.install("en")

    assert QCoreApplication.translate("RunSheetEditor", "%n slot(s)", "", 1) == "1 slot"
    assert QCoreApplication.translate("RunSheetEditor", "%n person(s)", "", 7) == "7 people"


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
    assert fill(QCoreApplication.translate("CockpitWindow", "+%1 behind"), drift="3:20") == "+3:20 hinter Plan"

    german.install("en")

    assert QCoreApplication.translate("actions", "Next slot") == "Next slot"
    assert QCoreApplication.translate("kinds", "Q&A") == "Q&A"


def test_the_speaker_is_asked_to_wrap_up_in_the_words_of_the_product_brief(german: Translations) -> None:
    assert QCoreApplication.translate("CockpitWindow", "Please wrap up") == "Bitte zum Schluss kommen"


def test_an_error_from_the_qt_free_domain_is_shown_in_german(german: Translations) -> None:
    from moderator.domain.clock import ClockError, NOT_STARTED
    from moderator.ui.messages import translate_error

    assert translate_error(ClockError(NOT_STARTED)) == "Die Sendung hat noch nicht begonnen."


def test_values_fill_the_numbers_in_the_alphabetical_order_of_their_names(german: Translations) -> None:
    # "{elapsed} of {allotted} elapsed" became "%2 of %1 elapsed": allotted < elapsed.
    text = QCoreApplication.translate("CockpitWindow", "%2 of %1 elapsed")

    assert fill(text, elapsed="18:43", allotted="20:00") == "18:43 von 20:00 vergangen"


def test_fill_numbers_the_values_alphabetically_in_one_pass() -> None:
    from moderator.domain.errors import TextFieldsWarning, arg

    assert fill("%2 of %1 elapsed", elapsed="3:00", allotted="20:00") == "3:00 of 20:00 elapsed"
    assert arg("%1 and %2", "%2", "b") == "%2 and b"  # a value's own %2 is left alone
    with pytest.warns(TextFieldsWarning):
        fill("%1 only", one="a", two="b")  # an extra field would shift the numbers


def test_a_refused_calendar_counts_its_lines_as_the_language_writes_numbers(german: Translations) -> None:
    from moderator.importers.errors import ImportFailed
    from moderator.importers.ics import parse_ics
    from moderator.ui.messages import translate_error

    # More than the line limit of a calendar without a single whole event.
    calendar = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"X-NOTE:padding\r\n" * 20_000 + b"END:VCALENDAR\r\n"
    with pytest.raises(ImportFailed) as refused:
        parse_ics(calendar)

    german_line = translate_error(refused.value)
    assert "16.000" in german_line, german_line
    assert "16,000" not in german_line
    german.install("en")
    assert "16,000" in translate_error(refused.value)
    assert "16,000" in refused.value.message  # the English line, e.g. on the command line
