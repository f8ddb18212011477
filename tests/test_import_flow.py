"""An organiser makes a new event from a run sheet file, in the app.

Real files (tests/data, a generated calendar for the long imports) go through the real
importers on a worker thread into real event files in ``tmp_path``. Nobody clicks: the file dialogs are replaced by a chooser that answers with
the paths the story needs, and the flow's own windows (busy, picker, preview) are pressed
through their buttons. Nothing sleeps; the tests wait for the flow's signals.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import TEST_DATA
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from moderator.domain.timesource import FakeClock
from moderator.persistence import EXTENSION, EventStore
from moderator.ui.actions import ActionId
from moderator.ui.app import App
from moderator.ui.i18n import Translations
from moderator.ui.import_dialogs import ImportPreviewDialog, ScheduleChoiceDialog, translate_note
from moderator.ui.import_flow import DialogFileChooser, ImportFlow, read_and_import
from moderator.ui.settings import Settings

from helpers import make_event_file

#: Long enough that a 5 ms timer fires many times while it is read, short enough for a test
#: (icalendar reads some 600 such events a second).
LONG_CALENDAR_EVENTS = 1400  # about 14,000 content lines


# --- helpers ---------------------------------------------------------------------------------


@dataclass
class ScriptedChooser:
    """Answers the file dialogs with prepared paths (None: the organiser cancels), a moment
    later, as a real dialog does."""

    source: Path | None
    targets: list[Path | None] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)

    def choose_source(self, parent: QWidget | None, chosen: Callable[[Path | None], None]) -> None:
        QTimer.singleShot(0, lambda: chosen(self.source))

    def choose_target(self, parent: QWidget | None, suggested: Path, chosen: Callable[[Path | None], None]) -> None:
        self.suggested.append(suggested)
        answer = self.targets.pop(0)
        QTimer.singleShot(0, lambda: chosen(answer))


def copy_into(folder: Path, source: Path) -> Path:
    """A copy of ``source`` in the test's folder (the flow suggests saving beside it)."""
    return Path(shutil.copy(source, folder / source.name))


def event_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob(f"*{EXTENSION}"))


def start_flow(qtbot: QtBot, chooser: ScriptedChooser) -> ImportFlow:
    flow = ImportFlow(None, chooser, busy_delay_ms=0)
    flow.start()
    return flow


def wait_for_preview(qtbot: QtBot, flow: ImportFlow, timeout_ms: int = 20_000) -> ImportPreviewDialog:
    with qtbot.waitSignal(flow.preview_shown, timeout=timeout_ms) as blocker:
        pass
    preview = blocker.args[0]
    assert isinstance(preview, ImportPreviewDialog)
    return preview


def create(qtbot: QtBot, flow: ImportFlow, preview: ImportPreviewDialog) -> Path:
    with qtbot.waitSignal(flow.created, timeout=20_000) as blocker:
        preview.create_button.click()
    path = blocker.args[0]
    assert isinstance(path, Path)
    return path


def long_calendar(events: int) -> bytes:
    """A calendar of ``events`` VEVENTs in Europe/Berlin, twenty a day, each with people."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//moderator tests//EN",
        "X-WR-CALNAME:Fachtage Verwaltung", "X-WR-TIMEZONE:Europe/Berlin",
    ]
    first = datetime(2025, 3, 3, 9, 0)
    for number in range(events):
        day, slot = divmod(number, 20)
        start = first + timedelta(days=day, minutes=30 * slot)
        end = start + timedelta(minutes=25)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{number}@tests.example",
            "DTSTAMP:20250101T120000Z",
            f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/Berlin:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:Vortrag {number + 1}: Digitale Verwaltung",
            "DESCRIPTION:Erfahrungen aus Bund\\, Ländern und Kommunen.\\nMit Fragen aus dem Publikum.",
            f'ATTENDEE;CN="Dr. Anna Müller";ROLE=CHAIR:mailto:anna{number % 7}@example.org',
            f'ATTENDEE;CN="Jonas Becker (Stadt Musterhausen)";ROLE=REQ-PARTICIPANT:mailto:jonas{number % 5}@example.org',
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.fixture(scope="module")
def long_calendar_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "fachtage.ics"
    path.write_bytes(long_calendar(LONG_CALENDAR_EVENTS))
    return path


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path) -> Iterator[App]:
    """The app over a seed-like event file, with settings of its own, in English."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    app = App(qapp, settings, FakeClock(datetime.now().astimezone()))
    (tmp_path / "open").mkdir()
    assert app.open_file(make_event_file(tmp_path / "open", "lounge.moderator"))
    yield app
    if app.window is not None:
        app.window.close()


# --- from a calendar to the cockpit -----------------------------------------------------------


def test_an_ics_becomes_a_new_event_that_opens_in_the_cockpit(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given an organiser with an event open and an invitation-style calendar of four talks
    source = copy_into(tmp_path, TEST_DATA / "ics" / "issue_722_timezone_transition_ambiguity.ics")
    chooser = ScriptedChooser(source, targets=[tmp_path / "winter.moderator"])
    monkeypatch.setattr("moderator.ui.import_flow.DialogFileChooser", lambda: chooser)
    window = app.window
    assert window is not None

    # When they choose "New event from file…" and the file
    window.actions_[ActionId.NEW_FROM_FILE].trigger()
    flow = app.import_flow
    assert flow is not None
    preview = wait_for_preview(qtbot, flow)

    # Then the preview tells what will be created
    assert preview.heading.text() == "This event is clearly in winter"
    assert preview.slot_count.text() == "4"
    assert preview.table.rowCount() == 4
    assert preview.table.item(0, 2).text() == "This event is clearly in winter"

    # And creating it makes the file, suggested under the event's title, and opens it
    path = create(qtbot, flow, preview)
    assert chooser.suggested == [tmp_path / f"This event is clearly in winter{EXTENSION}"]
    assert path == tmp_path / "winter.moderator"
    qtbot.waitUntil(lambda: app.window is not window)
    assert app.window is not None
    assert app.window.session.store.path == path
    assert len(app.window.session.slots) == 4
    assert app.import_flow is None


def test_the_action_sits_in_the_file_menu_right_after_open(app: App) -> None:
    window = app.window
    assert window is not None
    actions = window.file_menu.actions()
    position = actions.index(window.actions_[ActionId.OPEN])
    assert actions[position + 1] is window.actions_[ActionId.NEW_FROM_FILE]
    assert window.actions_[ActionId.NEW_FROM_FILE].text() == "New event from file…"


def test_real_calendars_import_into_event_files(qtbot: QtBot, tmp_path: Path) -> None:
    calendar = TEST_DATA / "ics" / "issue_313_globally_unique_tzid.ics"
    flow = start_flow(qtbot, ScriptedChooser(calendar, targets=[tmp_path / "evolution"]))
    preview = wait_for_preview(qtbot, flow)
    shown = int(preview.slot_count.text())
    path = create(qtbot, flow, preview)
    # The extension is added to a name typed without it.
    assert path == tmp_path / f"evolution{EXTENSION}"
    store = EventStore.open(path)
    try:
        assert len(store.slots()) == shown == 3
    finally:
        store.close()


# --- a conference schedule: which day, which room ---------------------------------------------


SCHEDULES = [
    pytest.param(TEST_DATA / "schedules" / "31c3-piece.xml", id="31c3-piece"),
    pytest.param(TEST_DATA / "schedules" / "31c3-schedule.xml", id="31c3-whole"),
]


@pytest.mark.parametrize("schedule", SCHEDULES)
def test_a_multi_day_schedule_asks_which_day_and_room_and_imports_that_one(
    qtbot: QtBot, tmp_path: Path, schedule: Path
) -> None:
    # Given the congress schedule, four days in the full file, two in the piece
    source = copy_into(tmp_path, schedule)
    chooser = ScriptedChooser(source, targets=[tmp_path / "day4-saal-g.moderator"])
    flow = ImportFlow(None, chooser, busy_delay_ms=0)
    with qtbot.waitSignal(flow.picker_shown, timeout=20_000) as blocker:
        flow.start()
    picker = blocker.args[0]
    assert isinstance(picker, ScheduleChoiceDialog)

    # Then the picker lists the days with their dates and number of talks
    days = [picker.days.item(row).text() for row in range(picker.days.count())]
    assert days[0].startswith("Day 1 · Saturday, 27 December 2014 · ")
    assert days[-1].startswith("Day 4 · Tuesday, 30 December 2014 · ")
    assert all(text.endswith(" talks") for text in days)
    # And, for the chosen day, only the rooms that have talks on it
    picker.select(4, "Saal G")
    rooms = [picker.rooms.item(row).text() for row in range(picker.rooms.count())]
    assert "Saal G · 3 talks" in rooms or "Saal G · 2 talks" in rooms
    assert picker.selected_day == 4 and picker.selected_room == "Saal G"

    # When the organiser imports that day
    with qtbot.waitSignal(flow.preview_shown, timeout=20_000) as shown:
        picker.import_button.click()
    preview = shown.args[0]
    assert flow.picker is None
    shown = int(preview.slot_count.text())

    # Then the chosen day's room lands in the new event
    path = create(qtbot, flow, preview)
    store = EventStore.open(path)
    try:
        assert store.event().subtitle == "Saal G – 2014-12-30"
        assert {slot.start.date() for slot in store.slots()} == {date(2014, 12, 30)}
        assert len(store.slots()) == shown
    finally:
        store.close()
    assert chooser.suggested[0].name == f"31. Chaos Communication Congress – Saal G – 2014-12-30{EXTENSION}"


def test_cancelling_the_picker_creates_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    source = copy_into(tmp_path, TEST_DATA / "schedules" / "camp2019-piece.json")
    chooser = ScriptedChooser(source)
    flow = ImportFlow(None, chooser, busy_delay_ms=0)
    with qtbot.waitSignal(flow.picker_shown, timeout=20_000) as blocker:
        flow.start()
    picker = blocker.args[0]
    with qtbot.waitSignal(flow.cancelled):
        picker.reject()
    assert flow.over and flow.preview is None
    assert event_files(tmp_path) == []
    assert chooser.suggested == []


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken_ical.ics", "The event “An Event with too many semicolons” has a line that cannot be read."),
        ("big_bad_calendar.ics", "The calendar file is incomplete: it ends before END:VCALENDAR."),
        ("example.ics", "The calendar holds only all-day events; a run sheet needs start times."),
    ],
)
def test_a_broken_file_says_why_in_one_line_and_creates_nothing(
    qtbot: QtBot, tmp_path: Path, name: str, expected: str
) -> None:
    source = copy_into(tmp_path, TEST_DATA / "ics" / name)
    chooser = ScriptedChooser(source)
    flow = ImportFlow(None, chooser, busy_delay_ms=0)
    with qtbot.waitSignal(flow.failed, timeout=20_000) as blocker:
        flow.start()
    message = blocker.args[0]
    assert message == expected
    assert "\n" not in message and "Traceback" not in message
    assert flow.over and flow.preview is None and flow.busy is None
    assert event_files(tmp_path) == []


def test_a_damaged_schedule_and_a_missing_file_say_why(qtbot: QtBot, tmp_path: Path) -> None:
    damaged = tmp_path / "schedule.xml"
    damaged.write_bytes((TEST_DATA / "schedules" / "31c3-piece.xml").read_bytes()[:5000])
    for source, expected in (
        (damaged, "The schedule XML cannot be read: "),
        (tmp_path / "gone.ics", "gone.ics cannot be read: No such file or directory"),
    ):
        flow = ImportFlow(None, ScriptedChooser(source), busy_delay_ms=0)
        with qtbot.waitSignal(flow.failed, timeout=20_000) as blocker:
            flow.start()
        assert blocker.args[0].startswith(expected)
        assert "\n" not in blocker.args[0]
    assert event_files(tmp_path) == []


def test_an_import_error_shows_in_the_cockpit_banner(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = copy_into(tmp_path, TEST_DATA / "ics" / "broken_dtstart.ics")
    monkeypatch.setattr("moderator.ui.import_flow.DialogFileChooser", lambda: ScriptedChooser(source))
    window = app.window
    assert window is not None
    app.new_event_from_file()
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    assert window.banner.text() == "The event “test-123” has an unreadable start time."
    assert app.window is window
    assert event_files(tmp_path) == [tmp_path / "open" / "lounge.moderator"]


# --- never replacing a file -------------------------------------------------------------------


def test_an_existing_file_is_never_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    # Given an event file already where the organiser wants to save
    taken = make_event_file(tmp_path, "taken.moderator")
    before = taken.read_bytes()
    source = copy_into(tmp_path, TEST_DATA / "ics" / "alarm_google_future.ics")
    chooser = ScriptedChooser(source, targets=[taken, tmp_path / "free.moderator"])
    flow = start_flow(qtbot, chooser)
    preview = wait_for_preview(qtbot, flow)

    # When they choose its name, the preview says so and stays open
    preview.create_button.click()
    qtbot.waitUntil(lambda: not preview.error.isHidden())
    assert preview.error.text() == f"{taken} already exists; choose another name."
    assert taken.read_bytes() == before
    assert not flow.over

    # And another name works
    path = create(qtbot, flow, preview)
    assert path == tmp_path / "free.moderator"
    assert taken.read_bytes() == before


def test_the_suggested_name_is_free(qtbot: QtBot, tmp_path: Path) -> None:
    source = copy_into(tmp_path, TEST_DATA / "ics" / "alarm_google_future.ics")
    make_event_file(tmp_path, f"event with alarms{EXTENSION}")
    chooser = ScriptedChooser(source, targets=[None])
    flow = start_flow(qtbot, chooser)
    preview = wait_for_preview(qtbot, flow)
    preview.create_button.click()
    qtbot.waitUntil(lambda: bool(chooser.suggested))
    assert chooser.suggested == [tmp_path / f"event with alarms (2){EXTENSION}"]
    # Cancelling the save dialog goes back to the preview.
    assert not flow.over and preview.isVisible()
    with qtbot.waitSignal(flow.cancelled):
        preview.reject()


# --- cancelling and staying responsive --------------------------------------------------------


def test_cancelling_a_running_import_discards_its_result(
    qtbot: QtBot, tmp_path: Path, long_calendar_file: Path
) -> None:
    chooser = ScriptedChooser(long_calendar_file, targets=[tmp_path / "never.moderator"])
    flow = ImportFlow(None, chooser, busy_delay_ms=0)
    previews: list[object] = []
    flow.preview_shown.connect(previews.append)
    with qtbot.waitSignal(flow.busy_shown) as blocker:
        flow.start()
    busy = blocker.args[0]
    task = flow.task
    assert task is not None and task.running

    with qtbot.waitSignal(flow.cancelled):
        busy.cancel_button.click()
    assert flow.busy is None and not busy.isVisible()
    # The worker reads on to its end; what it read is dropped.
    with qtbot.waitSignal(task.ended, timeout=30_000):
        pass
    assert previews == [] and flow.preview is None and flow.imported is None
    assert chooser.suggested == []
    assert event_files(tmp_path) == []


def test_the_gui_thread_keeps_working_during_a_long_import(
    qtbot: QtBot, tmp_path: Path, long_calendar_file: Path
) -> None:
    # Given a timer on the GUI thread, as the cockpit's countdown has
    ticks_while_importing: list[int] = []
    timer = QTimer()
    timer.setInterval(5)

    flow = ImportFlow(None, ScriptedChooser(long_calendar_file), busy_delay_ms=0)

    def tick() -> None:
        if flow.task is not None and flow.task.running:
            ticks_while_importing.append(1)

    timer.timeout.connect(tick)
    timer.start()
    try:
        # When a calendar of hundreds of events is imported
        flow.start()
        preview = wait_for_preview(qtbot, flow, timeout_ms=60_000)
    finally:
        timer.stop()

    # Then the timer kept firing all along (on the GUI thread it could not fire at all)
    assert len(ticks_while_importing) >= 20
    assert preview.slot_count.text() == str(LONG_CALENDAR_EVENTS)
    assert preview.table.rowCount() == 5  # the first few slots; the rest is counted
    with qtbot.waitSignal(flow.cancelled):
        preview.reject()


def test_a_conference_calendar_of_thousands_of_events_becomes_a_whole_event_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a conference's calendar of 2,500 events (25,000 content lines: more than a
    # calendar of a few events may have, within what each event adds)
    source = tmp_path / "fachtage.ics"
    source.write_bytes(long_calendar(2_500))
    chooser = ScriptedChooser(source, targets=[tmp_path / "fachtage.moderator"])

    # When it goes through the whole flow
    flow = start_flow(qtbot, chooser)
    preview = wait_for_preview(qtbot, flow, timeout_ms=60_000)
    assert preview.slot_count.text() == "2500"
    path = create(qtbot, flow, preview)

    # Then the event file holds every slot in order, with its chair and its speaker
    store = EventStore.open(path)
    try:
        slots, people = store.slots(), store.people()
    finally:
        store.close()
    assert [slot.title for slot in slots] == [f"Vortrag {number + 1}: Digitale Verwaltung" for number in range(2_500)]
    assert [slot.position for slot in slots] == list(range(2_500))
    names = {person.id: person.display_name for person in people}
    assert len(people) == 2  # the same name is the same person, whatever the address
    assert {names[participant.person_id] for participant in slots[-1].participants} == {
        "Dr. Anna Müller", "Jonas Becker",
    }
    assert all(len(slot.participants) == 2 for slot in slots)


def test_read_and_import_refuses_a_huge_file_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from moderator.ui import import_flow
    from moderator.ui.import_flow import SourceFileError

    monkeypatch.setattr(import_flow, "MAX_SOURCE_BYTES", 10)
    big = tmp_path / "film.mp4"
    big.write_bytes(b"\x00" * 2_000_000)
    with pytest.raises(SourceFileError) as raised:
        read_and_import(big)
    assert raised.value.message == "film.mp4 is too large for a run sheet (1 MB)."


# --- in German --------------------------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.install("de")
    yield
    translations.install("en")


def test_in_german_the_picker_and_the_preview_speak_german(qtbot: QtBot, tmp_path: Path, german: None) -> None:
    flow = ImportFlow(None, ScriptedChooser(copy_into(tmp_path, TEST_DATA / "schedules" / "31c3-piece.xml")), busy_delay_ms=0)
    with qtbot.waitSignal(flow.picker_shown, timeout=20_000) as blocker:
        flow.start()
    picker = blocker.args[0]
    assert picker.days.item(0).text() == "Tag 1 · Samstag, 27. Dezember 2014 · 6 Programmpunkte"
    assert picker.import_button.text() == "&Importieren"
    picker.select(1, "Saal 2")
    with qtbot.waitSignal(flow.preview_shown, timeout=20_000) as shown:
        picker.import_button.click()
    preview = shown.args[0]
    assert preview.date_value.text() == "Samstag, 27. Dezember 2014"
    assert preview.create_button.text() == "Veranstaltungsdatei &anlegen…"
    with qtbot.waitSignal(flow.cancelled):
        preview.reject()


def test_notes_filled_in_by_an_importer_are_translated_too(german: None) -> None:
    note = "The schedule names no time zone; used Europe/Berlin, which matches its UTC offsets."
    assert translate_note(note) == "Das Programm nennt keine Zeitzone; verwendet wurde Europe/Berlin, passend zu seinen UTC-Abständen."
    mismatch = "The schedule names the time zone Europe/London, but its times are in Europe/Berlin; used Europe/Berlin."
    assert translate_note(mismatch) == (
        "Das Programm nennt die Zeitzone Europe/London, seine Zeiten liegen aber in Europe/Berlin; verwendet wurde Europe/Berlin."
    )
    assert translate_note("Repeating events were read as their first occurrence only.") == (
        "Wiederkehrende Termine wurden nur mit ihrem ersten Vorkommen übernommen."
    )
    assert translate_note("Something no importer says.") == "Something no importer says."


# --- the app's own file dialogs -----------------------------------------------------------------


def _file_dialog(qapp: QApplication) -> QFileDialog:
    dialogs = [widget for widget in qapp.topLevelWidgets() if isinstance(widget, QFileDialog) and widget.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_file_dialogs_answer_with_the_chosen_paths(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    source = copy_into(tmp_path, TEST_DATA / "ics" / "alarm_google_future.ics")
    chooser = DialogFileChooser()
    chosen: list[Path | None] = []

    chooser.choose_source(None, chosen.append)
    dialog = _file_dialog(qapp)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.nameFilters()[0] == "Run sheets (*.ics *.xml *.json *.csv *.xlsx *.txt)"
    dialog.selectFile(str(source))
    dialog.accept()
    assert chosen == [source]

    suggested = tmp_path / f"Lounge{EXTENSION}"
    chooser.choose_target(None, suggested, chosen.append)
    dialog = _file_dialog(qapp)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    # Never "replace it?": an existing name is refused by the flow instead.
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert Path(dialog.selectedFiles()[0]) == suggested
    dialog.accept()
    assert chosen[-1] == suggested

    chooser.choose_target(None, suggested, chosen.append)
    _file_dialog(qapp).reject()
    assert chosen[-1] is None


def test_a_quick_import_does_not_flash_the_busy_window(qtbot: QtBot, tmp_path: Path) -> None:
    flow = ImportFlow(None, ScriptedChooser(copy_into(tmp_path, TEST_DATA / "ics" / "alarm_google_future.ics")))
    shown: list[object] = []
    flow.busy_shown.connect(shown.append)
    flow.start()
    preview = wait_for_preview(qtbot, flow)
    # The import took less than BUSY_DELAY_MS; its busy window is gone without being shown
    # (deleting it cancels its delayed show).
    assert shown == [] and flow.busy is None
    with qtbot.waitSignal(flow.cancelled):
        preview.reject()


def test_the_flow_keeps_the_apps_objects_out_of_garbage_collections_only_while_it_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A full collection walks every object while holding the interpreter; during the flow
    # the objects the app had before it are left out (see moderator.ui.background).
    assert gc.get_freeze_count() == 0
    flow = start_flow(qtbot, ScriptedChooser(copy_into(tmp_path, TEST_DATA / "ics" / "alarm_google_future.ics")))
    preview = wait_for_preview(qtbot, flow)
    assert gc.get_freeze_count() > 0
    with qtbot.waitSignal(flow.cancelled):
        preview.reject()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


# --- the calendar importer's speed work keeps its results -------------------------------------


def test_the_calendar_is_split_into_the_same_content_lines_piece_by_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    # moderator.importers.ics splits big calendars into content lines in pieces, so that
    # the GUI thread gets a turn during the import; tiny pieces give icalendar's own lines.
    from icalendar.parser.content_line import Contentlines

    from moderator.importers import ics

    monkeypatch.setattr(ics, "_PIECE", 8)
    files = sorted((TEST_DATA / "ics").glob("*.ics"))
    texts = [path.read_bytes().decode("utf-8", "replace") for path in files]
    texts += [long_calendar(30).decode(), "A:1\r\n\r\n B\r\nC:2\r\r\nD:3\r\n\n\tE\nF:4\r", "X:1\n\n  y\r\nZ:2\r\n\r\n" * 20]
    for text in texts:
        lines = ics._content_lines(text)  # a text no longer than a piece is left whole
        assert list(Contentlines.from_ical(lines) if isinstance(lines, str) else lines) == list(Contentlines.from_ical(text))
