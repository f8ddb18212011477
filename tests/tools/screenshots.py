"""Screenshots of the cockpit and the speaker view, for looking at after a UI change.

Runs offscreen with a fake clock on a fresh copy of the sample event:

    uv run python tests/tools/screenshots.py [--lang de|en] [--out DIR] [--size 1366x768]

Writes one PNG per phase (before the show, normal, warning, final, overtime, paused,
late with a re-planning suggestion), one of the speaker view, and the run-sheet editor
with its paste-agenda check and a person's details.

The layout test writes the cockpit in every phase at 1366×768 and 1920×1080, English and
German (``MODERATOR_SCREENSHOTS=DIR uv run pytest tests/test_cockpit_layout.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from moderator.domain.model import QuestionStatus
from moderator.domain.timesource import FakeClock
from moderator.ui.main_window import CockpitWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="de", choices=["de", "en"])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="1366x768", help="the cockpit's size, WIDTHxHEIGHT")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast theme (file names end in -hc)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="moderator-shots-"))
    os.environ["XDG_DATA_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home)
    from moderator.ui.app import build_app

    berlin = ZoneInfo("Europe/Berlin")
    fake = FakeClock(datetime(2021, 6, 9, 13, 42, 10, tzinfo=berlin))
    app = build_app(["--lang", args.lang], time_source=fake)
    window = app.window
    assert window is not None
    window.resize(width, height)
    session = window.session
    if args.high_contrast:
        app.settings.high_contrast = True
    theme = "-hc" if args.high_contrast else ""
    window.resize(1366, 768)  # a common laptop screen

    def shot(name: str) -> None:
        window.refresh()
        # Two passes: a change of minimum sizes in nested layouts settles in the second.
        QApplication.processEvents()
        QApplication.processEvents()
        window.grab().save(str(args.out / f"cockpit-{name}-{args.size}-{args.lang}{theme}.png"))

    shot("before-show")
    fake.set(datetime(2021, 6, 9, 13, 50, 5, tzinfo=berlin))
    session.toggle()  # start: pre-show
    fake.advance(timedelta(minutes=10, seconds=20))
    session.next_slot()  # welcome, 20 s late
    fake.advance(timedelta(minutes=10))
    session.next_slot()  # Impuls 1
    session.hand_off_next()  # Haselbeck
    fake.advance(timedelta(minutes=8, seconds=13))
    shot("normal")
    fake.advance(timedelta(minutes=10, seconds=30))
    shot("warning")
    session.hand_off_next()  # Schade
    fake.advance(timedelta(seconds=50))
    shot("cue")
    fake.advance(timedelta(seconds=30))
    shot("final")
    fake.advance(timedelta(minutes=3, seconds=5))
    shot("overtime-late")
    session.toggle()
    fake.advance(timedelta(seconds=40))
    shot("paused")
    session.toggle()
    session.goto_slot(session.slots[-1].id or 0)  # the panel
    for digit in (1, 6, 2, 6, 3, 6, 1):
        session.hand_off_digit(digit)
        fake.advance(timedelta(seconds=75 + 20 * digit))
    asked = [
        ("Wie können kleine Gemeinden ohne eigene IT-Abteilung mit Open Data anfangen?", "Maria Weber", "Gemeinde Ebsdorfergrund"),
        ("Gibt es Förderprogramme des Bundes für kommunale Beteiligungsplattformen?", "Jens Albrecht", "Stadt Marburg"),
        ("<b>Wichtig:</b> <a href='http://x'>Link</a> <table><tr><td>HTML bleibt Text</td></tr></table>", "Chat-Gast", ""),
        ("Welche Rolle spielt der Nationale Aktionsplan für Landkreise?", "Petra Hofmann", "Landkreis Gießen"),
    ]
    for text, who, org in asked:
        session.add_question(text, asked_by=who, organisation=org)
    first = session.snapshot.questions[0].id or 0
    session.set_question_status(first, QuestionStatus.ON_AIR)
    fake.advance(timedelta(seconds=100))
    session.vote(session.snapshot.questions[1].id or 0)
    shot("panel")
    window.toggle_speaker_view()
    view = window.speaker_view
    assert view is not None
    session.speaker_wrap_up(True)  # stored, as the W key does; the view shows it
    view.resize(1280, 720)
    window.refresh()
    QApplication.processEvents()
    view.grab().save(str(args.out / f"speaker-view-{args.lang}.png"))
    editor_shots(window, args.out, args.lang)
    print(f"screenshots in {args.out}")
    window.close()
    view.close()
    return 0


def editor_shots(window: CockpitWindow, out: Path, lang: str) -> None:
    """The run-sheet editor on the sample event: a pinned panel that an impulse runs
    into (an overlap to check), notes on a slot, the paste-agenda check and a person."""
    from moderator.domain.run_sheet_ops import SetDuration, SetPinned, SetSlotFields
    from moderator.ui.editor.paste_dialog import PasteAgendaDialog

    window.edit_run_sheet()
    editor = window.run_sheet_editor
    editor.resize(1440, 860)
    slots = editor.session.sheet.slots
    impulse_2, panel = slots[3], slots[5]
    assert impulse_2.id is not None and panel.id is not None
    editor.apply(SetPinned(panel.id, True))
    editor.apply(SetDuration(impulse_2.id, timedelta(minutes=20)))
    editor.apply(SetSlotFields(impulse_2.id, notes="Folien vorab im Technik-Check testen.\nOECD-Zahlen nur bis 2020."))
    editor.select_slot(impulse_2.id)
    for _ in range(3):  # layouts ask for another pass after the rows found their heights
        QApplication.processEvents()
    editor.grab().save(str(out / f"editor-{lang}.png"))

    dialog = editor.open_paste_dialog()
    page = Path(__file__).resolve().parents[1] / "data" / "seed-event-page.txt"
    text = page.read_text(encoding="utf-8").replace("15:30\tEnde", "15:30\tAbschluss mit Verena Wiesmüller Bernau")
    dialog.text.setPlainText(text)
    assert isinstance(dialog, PasteAgendaDialog) and dialog.read()
    QApplication.processEvents()
    dialog.grab().save(str(out / f"editor-paste-{lang}.png"))
    dialog.reject()

    editor.people.select(editor.session.sheet.people[0].id or 0)
    person = editor.open_person_dialog(editor.session.sheet.people[0])
    QApplication.processEvents()
    person.grab().save(str(out / f"editor-person-{lang}.png"))
    person.reject()
    editor.close()


if __name__ == "__main__":
    sys.exit(main())
