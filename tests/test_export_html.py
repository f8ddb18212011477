"""The printable run sheet as HTML: what the moderator holds on paper during the show.

Given the bundled sample event (the Innovators Lounge of 9 June 2021, with intros,
pronunciation hints and notes), the page lists every slot with its times and every person
with what to read out, in the language asked for; whatever came from users is escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from moderator.domain import model
from moderator.domain.model import Event, EventSnapshot, LiveState, Participant, Person, Role, Slot, SlotKind
from moderator.exporters import html_export
from moderator.exporters.html_export import export_html, format_date, translator_for
from moderator.importers.json_event import parse_event_json
from moderator.paths import sample_event_source
from moderator.persistence import EventStore

BERLIN = ZoneInfo("Europe/Berlin")
#: The footer's "as of": the evening before the show, 18:05 in Berlin.
EXPORTED_AT = datetime(2021, 6, 8, 16, 5, tzinfo=timezone.utc)

@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> EventSnapshot:
    """The bundled sample event, read back from a real event file (so it has ids)."""
    draft = parse_event_json(sample_event_source().read_text(encoding="utf-8"))
    store = EventStore.create(tmp_path_factory.mktemp("sample") / "lounge.moderator", draft)
    try:
        return store.snapshot()
    finally:
        store.close()


def visible_text(page: str) -> str:
    """The page's body text as a reader sees it: no tags, entities decoded."""
    body = re.sub(r"<head>.*?</head>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_the_page_is_one_self_contained_html5_document_for_a4(sample: EventSnapshot) -> None:
    page = export_html(sample, exported_at=EXPORTED_AT)

    assert page.startswith("<!DOCTYPE html>\n")
    assert '<html lang="en">' in page
    assert '<meta charset="utf-8">' in page
    assert "<title>Run sheet: Open Government – das können wir?!</title>" in page
    assert "@page { size: A4;" in page
    assert "page-break-inside: avoid" in page
    # Nothing fetched from elsewhere: no scripts, style sheets or images to load.
    assert not re.search(r"<script|<link|<img|src=", page, flags=re.I)
    assert page.rstrip().endswith("</html>")


def test_every_slot_is_listed_with_its_times_kind_and_length(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    for slot in sample.slots:
        assert slot.title in text
    for start, end, length in [
        ("13:50", "14:00", "10 min"),
        ("14:00", "14:10", "10 min"),
        ("14:10", "14:30", "20 min"),
        ("14:30", "14:45", "15 min"),
        ("14:45", "15:00", "15 min"),
        ("15:00", "15:30", "30 min"),
    ]:
        assert f"{start} to {end} {length}" in text
    for kind in ("Pre-show", "Welcome", "Talk", "Panel"):
        assert kind in text
    # In the order of the run sheet.
    positions = [text.index(slot.title) for slot in sample.slots]
    assert positions == sorted(positions)


def test_the_header_names_series_date_time_range_and_zone(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    assert text.startswith("Innovators Lounge digital · Run sheet Open Government – das können wir?!")
    assert "Wednesday, 9 June 2021 · 14:00–15:30 (Europe/Berlin, UTC+2)" in text
    assert text.endswith("As of 8 June 2021, 18:05")


def test_the_moderators_notes_are_on_their_slot(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    pre_show = text.index("Einwahl und Technik-Check")
    welcome = text.index("Begrüßung & Einführung")
    note = text.index("Note: Technik prüfen, Stream läuft ab 13:55 mit Standbild.")
    assert pre_show < note < welcome
    assert "Note: Fragen der Bürgermeister:innen und Landrät:innen aus dem Chat einbinden." in text


def test_each_person_is_under_their_slot_with_role_function_intro_and_pronunciation(
    sample: EventSnapshot,
) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    welcome = text[text.index("Begrüßung & Einführung") : text.index("Impuls 1:")]
    assert (
        "Alexander Handschuh Pronunciation: HANT-schuh Host · Leiter Innovators Club "
        "Alexander Handschuh leitet den Innovators Club" in welcome
    )
    assert "Dr. Tobias Plate Pronunciation: PLAH-teh Host · Bundeskanzleramt Dr. Tobias Plate ist" in welcome
    impuls_1 = text[text.index("Impuls 1:") : text.index("Impuls 2:")]
    assert "Sebastian Haselbeck Pronunciation: HAH-sel-beck Speaker · Bundeskanzleramt" in impuls_1
    assert "Dr. Kristina Schade Pronunciation: SCHAH-deh Speaker · Bundesinnenministerium" in impuls_1
    for person in sample.people:
        assert person.intro in text


def test_an_intro_is_printed_once_and_later_slots_point_back_to_it(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    for person in sample.people:
        assert text.count(person.intro) == 1
    panel = text[text.index("Moderiertes Gespräch") : text.index("Who's who")]
    assert "David Goessmann Pronunciation: GÖSS-mann Panelist · OECD Intro at 14:30" in panel
    assert "Alexander Handschuh Pronunciation: HANT-schuh Moderator · Leiter Innovators Club Intro at 14:00" in panel
    # Adriana Groh is on only in the panel: her intro is there in full.
    assert "Adriana Groh von der Open Knowledge Foundation bringt" in panel


def test_whos_who_lists_everyone_once_with_when_they_are_on(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, exported_at=EXPORTED_AT))

    whos_who = text[text.index("Who's who") :]
    assert whos_who.startswith("Who's who Name Function, organisation On at Alexander Handschuh")
    assert "Dr. Tobias Plate Pronunciation: PLAH-teh Bundeskanzleramt 14:00, 15:00" in whos_who
    assert "Adriana Groh Pronunciation: GROH Open Knowledge Foundation 15:00" in whos_who
    # No one in the sample has a contact: no empty column for it.
    assert "Contact" not in whos_who


def test_a_contact_gets_its_column(sample: EventSnapshot) -> None:
    people = tuple(
        replace(p, contact="+49 170 1234567") if p.name == "Adriana Groh" else p for p in sample.people
    )
    text = visible_text(export_html(replace(sample, people=people), exported_at=EXPORTED_AT))

    assert "Contact" in text
    assert "Open Knowledge Foundation 15:00 +49 170 1234567" in text


HOSTILE = "<script>alert(1)</script>"


def test_text_from_users_is_shown_literally_never_as_markup(sample: EventSnapshot) -> None:
    event = replace(sample.event, title=HOSTILE, series=f"{HOSTILE} & Co")
    people = tuple(
        replace(p, name=HOSTILE, intro=f"Intro {HOSTILE}", pronunciation='"<b>', function="<i>x</i>")
        if p.id == sample.slots[1].participants[0].person_id
        else p
        for p in sample.people
    )
    slots = tuple(
        replace(s, title=f"Slot {HOSTILE}", notes="<img src=x onerror=alert(1)>") if s.position == 0 else s
        for s in sample.slots
    )
    page = export_html(EventSnapshot(event, people, slots, (), LiveState()), exported_at=EXPORTED_AT)

    assert "<script>" not in page
    assert "<img" not in page
    assert "<i>x</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = visible_text(page)
    assert f"Run sheet {HOSTILE} & Co" not in page  # the series' "&" is escaped too
    assert f"{HOSTILE} & Co · Run sheet {HOSTILE}" in text
    assert f"Slot {HOSTILE}" in text
    assert "Note: <img src=x onerror=alert(1)>" in text
    assert f'{HOSTILE} Pronunciation: "<b> Host · <i>x</i>, Innovators Club Intro {HOSTILE}' in text


def test_line_breaks_in_notes_and_intros_are_kept(sample: EventSnapshot) -> None:
    slots = tuple(replace(s, notes="Erstens\nZweitens") if s.position == 0 else s for s in sample.slots)

    page = export_html(replace(sample, slots=slots), exported_at=EXPORTED_AT)

    assert "Note: Erstens<br>Zweitens" in page


def test_german_dates_are_written_out_without_the_machines_locale() -> None:
    assert format_date(date(2021, 6, 9), "de") == "Mittwoch, 9. Juni 2021"
    assert format_date(date(2021, 3, 1), "de_DE") == "Montag, 1. März 2021"
    assert format_date(date(2021, 12, 26), "de-AT", weekday=False) == "26. Dezember 2021"
    assert format_date(date(2021, 6, 9), "en") == "Wednesday, 9 June 2021"
    assert format_date(date(2021, 5, 2), "en", weekday=False) == "2 May 2021"
    # A language without day and month names gets the English ones.
    assert format_date(date(2021, 6, 13), "fr") == "Sunday, 13 June 2021"


def test_a_german_page_has_german_labels_dates_and_slot_kinds(sample: EventSnapshot) -> None:
    page = export_html(sample, language="de", texts=translator_for("de"), exported_at=EXPORTED_AT)
    text = visible_text(page)

    assert '<html lang="de">' in page
    assert "<title>Ablaufplan: Open Government – das können wir?!</title>" in page
    assert "Mittwoch, 9. Juni 2021 · 14:00–15:30 Uhr (Europe/Berlin, UTC+2)" in text
    assert "Zeit Programmpunkt 13:50 bis 14:00 10 Min. Vorprogramm Einwahl und Technik-Check" in text
    assert "14:10 bis 14:30 20 Min. Impuls Impuls 1:" in text
    assert "15:00 bis 15:30 30 Min. Podium Moderiertes Gespräch" in text
    assert "Hinweis: Technik prüfen" in text
    assert "Alexander Handschuh Aussprache: HANT-schuh Gastgeber:in · Leiter Innovators Club" in text
    assert "Podiumsgast · OECD Vorgestellt um 14:30" in text
    assert "Mitwirkende Name Funktion, Organisation Auftritt" in text
    assert text.endswith("Stand: 8. Juni 2021, 18:05 Uhr")


def test_every_label_is_a_text_marked_for_translation(sample: EventSnapshot) -> None:
    asked: set[tuple[str, str]] = set()

    def recording(context: str, source: str) -> str:
        asked.add((context, source))
        return source

    pinned = tuple(replace(s, pinned=True) if s.position == 5 else s for s in sample.slots)
    people = tuple(replace(p, contact="x") for p in sample.people)
    export_html(replace(sample, slots=pinned, people=people), texts=recording, exported_at=EXPORTED_AT)

    # The page's own texts, and the kinds' names (one list for the app and the page).
    source = "".join(Path(module.__file__ or "").read_text(encoding="utf-8") for module in (html_export, model))
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\("(\w+)", "((?:[^"\\]|\\.)*)"\)', source))
    assert asked <= marked, f"labels not marked for translation: {asked - marked}"
    # The page uses every text it marks, but the page footer, which only the PDF prints.
    assert marked - asked == {(html_export.CONTEXT, html_export.PAGE_OF)} | {
        ("kinds", name) for kind, name in model.KIND_NAMES.items() if kind not in {s.kind for s in sample.slots}
    }


def test_translator_for_reads_the_shipped_german_without_qt() -> None:
    german = translator_for("de")

    assert german("kinds", "Talk") == "Impuls"
    assert german("kinds", "Q&A") == "Fragerunde"
    # A text with no German (or no such text) stays as it is, as in Qt.
    assert german("kinds", "No such text") == "No such text"
    assert german("no such context", "Talk") == "Talk"
    assert translator_for("de_DE")("kinds", "Panel") == "Podium"
    assert translator_for("de") is german  # read once


def test_english_and_languages_without_a_translation_are_the_source_text() -> None:
    assert translator_for("en")("kinds", "Talk") == "Talk"
    assert translator_for("xx")("kinds", "Talk") == "Talk"


def test_without_a_translator_the_page_uses_the_shipped_texts_of_its_language(sample: EventSnapshot) -> None:
    text = visible_text(export_html(sample, language="de", exported_at=EXPORTED_AT))

    assert "Mittwoch, 9. Juni 2021" in text
    assert "Vorprogramm Einwahl und Technik-Check" in text
    assert "Podium Moderiertes Gespräch" in text


def small_event(slots: tuple[Slot, ...], people: tuple[Person, ...] = ()) -> EventSnapshot:
    start = datetime(2021, 10, 30, 22, 0, tzinfo=BERLIN)
    event = Event("Nachtschicht", start, start + timedelta(hours=4), "Europe/Berlin")
    return EventSnapshot(event, people, slots, (), LiveState())


def test_times_are_in_the_events_zone_and_a_new_day_gets_its_date() -> None:
    # Across midnight into the night the clocks go back (31 October 2021, 03:00 CEST → 02:00 CET).
    first = Slot("Spät", datetime(2021, 10, 30, 21, 30, tzinfo=timezone.utc), timedelta(minutes=45), id=1)
    second = Slot("Früh", datetime(2021, 10, 31, 0, 30, tzinfo=timezone.utc), timedelta(minutes=7, seconds=30), id=2)

    # German dates, English labels: this story is about the times, not the words.
    text = visible_text(
        export_html(small_event((first, second)), language="de", texts=lambda _context, source: source, exported_at=EXPORTED_AT)
    )

    assert "23:30 to 00:15 45 min" in text
    assert "Sonntag, 31. Oktober 2021 02:30 to 02:37 7:30 min" in text


def test_a_pinned_slot_says_its_start_is_fixed() -> None:
    slot = Slot("Schalte nach Brüssel", datetime(2021, 10, 30, 22, 0, tzinfo=BERLIN), timedelta(minutes=5), pinned=True)

    text = visible_text(export_html(small_event((slot,)), exported_at=EXPORTED_AT))

    assert "22:00 to 22:05 5 min fixed start" in text


def test_a_slot_without_people_and_a_person_without_details_print_plainly() -> None:
    anna = Person("Anna Beispiel", id=1)
    slots = (
        Slot("Pause", datetime(2021, 10, 30, 22, 0, tzinfo=BERLIN), timedelta(minutes=10), SlotKind.BREAK, id=1),
        Slot(
            "Gespräch", datetime(2021, 10, 30, 22, 10, tzinfo=BERLIN), timedelta(minutes=10), id=2,
            participants=(Participant(1, Role.SPEAKER), Participant(99, Role.PANELIST)),
        ),
    )

    text = visible_text(export_html(small_event(slots, (anna,)), exported_at=EXPORTED_AT))

    assert "22:00 to 22:10 10 min Break Pause 22:10" in text
    assert "Other Gespräch Anna Beispiel Speaker Who's who" in text
    assert "Pronunciation" not in text
