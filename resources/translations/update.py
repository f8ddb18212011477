"""Bring the German translation up to date with the code.

    uv run python resources/translations/update.py

1. ``pyside6-lupdate`` extracts every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` text from
   the .py files under ``moderator/`` into ``moderator_de.ts`` (texts the code no longer
   has are dropped).
2. The German from ``de.py`` (and ``de_*.py``) is written into the .ts; a text with no German there is
   listed as a warning and stays unfinished (the tests then fail).
3. ``pyside6-lrelease`` compiles the .ts into ``moderator_de.qm``, which the app loads.

To translate a new text, add it to ``de.py`` and run this script again. The functions here
are also used by ``tests/test_translations.py``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "moderator"
TS = HERE / "moderator_de.ts"
QM = HERE / "moderator_de.qm"

#: A str.format field as the code uses them: ``{path}``, ``{drift}``.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

Key = tuple[str, str, str]  # context, source, disambiguation comment ("" if none)


def tool(name: str) -> str:
    """The path of a PySide6 tool: beside this Python (the venv), else on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the project's Python (uv run python ...)")
    return found


def source_files() -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(ts: Path) -> None:
    """Extract the texts of the code into ``ts`` (created or merged; obsolete texts dropped)."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    subprocess.run(
        [
            tool("pyside6-lupdate"), *files,
            "-ts", str(ts),
            "-no-obsolete",
            # Relative line numbers keep the .ts diff small when code moves around.
            "-locations", "relative",
            "-source-language", "en",
            "-target-language", "de",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[Key, list[str]]:
    """The .ts's messages and their translations (one form, or one per plural form).

    An unfinished translation comes back as an empty list.
    """
    result: dict[Key, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: list[str] = []
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            result[(name, message.findtext("source") or "", message.findtext("comment") or "")] = forms
    return result


def placeholders(text: str) -> list[str]:
    """The ``{fields}`` of a text, sorted (a translation may reorder them)."""
    return sorted(_PLACEHOLDER.findall(text))


def load_translations() -> dict[str, dict[Any, Any]]:
    """``TRANSLATIONS`` from ``de.py`` and every ``de_*.py`` beside this script, merged.

    Each area of the app (the run-sheet editor, the importers, co-hosting) may keep its
    German in a file of its own; a context may appear in several files.
    """
    merged: dict[str, dict[Any, Any]] = {}
    for path in [HERE / "de.py", *sorted(HERE.glob("de_*.py"))]:
        spec = importlib.util.spec_from_file_location(f"moderator_translations_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for context, texts in module.TRANSLATIONS.items():
            merged.setdefault(context, {}).update(texts)
    return merged


def fill(ts: Path, translations: dict[str, dict[Any, Any]]) -> tuple[list[Key], list[Key]]:
    """Write the German of ``translations`` into ``ts``.

    Returns the messages with no German (left as they were, so unfinished) and the
    entries of ``translations`` that no message uses any more.
    """
    tree = ET.parse(ts)
    missing: list[Key] = []
    used: set[tuple[str, Any]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = translations.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            key: Any = (source, comment) if comment else source
            german = table.get(key)
            translation = message.find("translation")
            if german is None or translation is None:
                missing.append((name, source, comment))
                continue
            used.add((name, key))
            if message.get("numerus") == "yes":
                forms = [german] if isinstance(german, str) else list(german)
                for element in list(translation):
                    translation.remove(element)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = german
            translation.attrib.pop("type", None)
    unused = [
        (name, key if isinstance(key, str) else key[0], "" if isinstance(key, str) else key[1])
        for name, table in translations.items()
        for key in table
        if (name, key) not in used
    ]
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")
    return missing, unused


def _describe(key: Key) -> str:
    context, source, comment = key
    return f"  [{context}] {source!r}" + (f" ({comment})" if comment else "")


def main() -> int:
    lupdate(TS)
    missing, unused = fill(TS, load_translations())
    # Once more, so the file is in lupdate's own layout and the next run changes nothing.
    lupdate(TS)
    lrelease(TS, QM)
    found = messages(TS)
    wrong_fields = [
        key for key, forms in found.items()
        if forms and any(placeholders(form) != placeholders(key[1]) for form in forms)
    ]
    print(f"{TS.relative_to(ROOT)}: {len(found)} messages, {len(found) - len(missing)} translated")
    print(f"{QM.relative_to(ROOT)} written")
    if missing:
        print(f"WARNING: {len(missing)} text(s) have no German in de.py:", file=sys.stderr)
        print("\n".join(_describe(key) for key in missing), file=sys.stderr)
    if wrong_fields:
        print("WARNING: these translations do not keep the {fields} of their source:", file=sys.stderr)
        print("\n".join(_describe(key) for key in wrong_fields), file=sys.stderr)
    if unused:
        print(f"note: {len(unused)} entr(y/ies) of de.py match no text in the code any more:", file=sys.stderr)
        print("\n".join(_describe(key) for key in unused), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
