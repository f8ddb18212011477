"""Keep the German translation in step with the code, the Qt way.

    uv run python resources/translations/update.py

``moderator_de.ts`` is the source of the German. This script

1. runs ``pyside6-lupdate``: every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` text of the
   .py files under ``moderator/`` goes into the .ts; a new text comes in unfinished, a text
   the code no longer has is dropped, the German of the others is kept as it is;
2. runs ``pyside6-lrelease``: the .ts is compiled into ``moderator_de.qm``, which the app
   loads; the same for ``moderator_en.ts``, which holds only the English forms of the
   plural texts (``self.tr("%n slot(s)", "", count)`` -> "1 slot", "2 slots");
3. lists the texts that still need German.

Translate them in Qt Linguist (``uv run pyside6-linguist resources/translations/moderator_de.ts``:
it shows each text's place in the code and checks that a translation keeps the ``%1``
placeholders and the punctuation), save, and run this script again to compile.

Texts take values as numbered ``%1``, ``%2`` (see ``moderator.domain.errors.fill``); a
translation may put them in another order but must keep each one. The functions here are
also used by ``tests/test_translations.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "moderator"
TS = HERE / "moderator_de.ts"
QM = HERE / "moderator_de.qm"
#: English needs a catalogue only for its plural texts: "%n slot(s)" -> "1 slot", "2 slots".
TS_EN = HERE / "moderator_en.ts"
QM_EN = HERE / "moderator_en.qm"

#: A Qt placeholder: ``%1`` … ``%99``, or ``%n`` in a plural text.
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")
#: A str.format field, which the texts no longer use (Linguist cannot check it).
FORMAT_FIELD = re.compile(r"\{[A-Za-z_]\w*\}")

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


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the package, in a stable order."""
    package = root / "moderator"
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def lupdate(ts: Path, root: Path = ROOT, *, english: bool = False) -> None:
    """Bring ``ts`` in line with the code under ``root`` (created if missing; translations
    kept). ``english``: the English catalogue, which holds the plural texts only."""
    files = [str(path.relative_to(root)) for path in source_files(root)]
    subprocess.run(
        [
            tool("pyside6-lupdate"), *files,
            "-ts", str(ts),
            "-no-obsolete",
            # Relative line numbers keep the .ts diff small when code moves around.
            "-locations", "relative",
            "-source-language", "en",
            "-target-language", "en" if english else "de",
            *(["-pluralonly"] if english else []),
            "-silent",
        ],
        cwd=root,
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
    """The ``%1``/``%n`` placeholders of a text, sorted (a translation may reorder them)."""
    return sorted(set(_PLACEHOLDER.findall(text)))


def _describe(key: Key) -> str:
    context, source, comment = key
    return f"  [{context}] {source!r}" + (f" ({comment})" if comment else "")


def main() -> int:
    lupdate(TS)
    lrelease(TS, QM)
    lupdate(TS_EN, english=True)
    lrelease(TS_EN, QM_EN)
    found = {**messages(TS), **{("en " + key[0], *key[1:]): forms for key, forms in messages(TS_EN).items()}}
    missing = [key for key, forms in found.items() if not forms or not all(form.strip() for form in forms)]
    wrong = [
        key for key, forms in found.items()
        if forms and any(placeholders(form) != placeholders(key[1]) for form in forms)
    ]
    print(f"{TS.relative_to(ROOT)}: {len(found)} messages, {len(found) - len(missing)} translated")
    print(f"{QM.relative_to(ROOT)} and {QM_EN.relative_to(ROOT)} (English plurals) written")
    if missing:
        print(f"TO TRANSLATE ({len(missing)}), e.g. in pyside6-linguist {TS.relative_to(ROOT)}:", file=sys.stderr)
        print("\n".join(_describe(key) for key in missing), file=sys.stderr)
    if wrong:
        print("These translations do not keep the %1 placeholders of their source:", file=sys.stderr)
        print("\n".join(_describe(key) for key in wrong), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
