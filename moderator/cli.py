"""The command line: organisers' scripts, co-hosts' chat bots and stream-deck buttons.

Headless commands never import Qt. Exit status 0 on success; on bad input 2, with one line
on stderr naming the file and the problem. An unexpected failure writes its traceback to
the log file and prints one line that says where it is: no traceback reaches the user.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from moderator.domain.errors import UserError, fill

if TYPE_CHECKING:  # argparse and json load with a command: opening the app needs neither
    import argparse

    from moderator.app.operations import Operation
    from moderator.app.service import EventService
    from moderator.persistence import EventStore

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

COMMANDS = (
    "new", "export", "ask", "status", "control", "publish", "report", "followups", "serve",
    "install-desktop", "uninstall-desktop",
)




class CommandFailed(UserError):
    """A command-line problem that is not about a file's content."""

    context = "cli"
    #: True where the message already names the file at fault (the source of ``new
    #: --from``), so that the event file's name is not put before it.
    names_its_file = False


class SourceFailed(CommandFailed):
    """The source of ``new --from`` could not be read or imported; names the source."""

    names_its_file = True


def _shown(text: object) -> str:
    """``text`` safe to print on one line of any terminal: an undecodable byte of a file
    name (kept by Python as a lone surrogate), a line break or another control character
    in a name or an argument is shown as an escape ("\\udcff", "\\n"), not raised as
    UnicodeEncodeError nor printed as a second line or a terminal command."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        for ch in text
    )


def _undecodable_argument(args: argparse.Namespace) -> str | None:
    """The name of the first text argument that is not valid UTF-8 (Python keeps the bytes
    of such an argument as lone surrogates, which no text field may hold), or None.
    File names are exempt: the file system takes any bytes."""
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in ("file", "source", "output"):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _parser() -> argparse.ArgumentParser:
    import argparse

    from moderator.app.control import CONTROL_ACTIONS

    class _Parser(argparse.ArgumentParser):
        """argparse that reports usage errors with our exit status and one line."""

        def error(self, message: str) -> None:  # type: ignore[override]
            self.exit(EXIT_BAD_INPUT, f"{self.prog}: {_shown(message)}\n")

    parser = _Parser(prog="moderator", description="The moderator's cockpit for a live event.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = sub.add_parser("new", help="create an event file, optionally from an agenda")
    new.add_argument("file", type=Path)
    new.add_argument(
        "--from", dest="source",
        help="import from agenda text, event JSON, iCalendar, a frab/pretalx schedule (XML or "
        "JSON), CSV or xlsx; the format is recognised by content ('-' reads stdin)",
    )
    new.add_argument("--tz", help="IANA time zone, e.g. Europe/Berlin")
    new.add_argument("--date", type=date.fromisoformat, help="the event's date, YYYY-MM-DD")
    new.add_argument("--title", help="title of an empty event")
    new.add_argument("--day", help="schedules with several days: the day's number or date")
    new.add_argument("--room", help="schedules with several rooms: the room's name")
    new.add_argument(
        "--like",
        help="the next event of a series: copy this event file's run sheet (or a template's, by its "
        "name in the templates folder) to --date, without live state, log or questions",
    )
    new.add_argument("--start", type=_clock_time, help="with --like: the new start time, HH:MM")
    new.add_argument("--without-people", action="store_true", help="with --like: leave the people out")

    export = sub.add_parser("export", help="write the event in another format")
    export.add_argument("file", type=_location, help=EVENT_HELP)
    export.add_argument("--format", choices=["json", "ics", "csv", "html", "pdf"], required=True)
    export.add_argument("-o", "--output", type=Path, help="output file (default: stdout; pdf needs -o)")
    export.add_argument("--lang", choices=["de", "en"], help="language of html and pdf (default: the event's)")

    report = sub.add_parser("report", help="the after-show report: planned against actual, talk time, questions")
    report.add_argument("file", type=_location, help=EVENT_HELP)
    report.add_argument("--format", choices=["html", "pdf", "md", "csv"], required=True)
    report.add_argument("-o", "--output", type=Path, help="output file (default: stdout; pdf needs -o)")
    report.add_argument("--lang", choices=["de", "en"], help="language of the report (default: the event's)")

    followups = sub.add_parser(
        "followups", help="the questions left open, with owner and due date: CSV, iCalendar tasks or texts"
    )
    followups.add_argument("file", type=_location, help=EVENT_HELP)
    followups.add_argument("--format", choices=["csv", "ics", "txt"], default="txt")
    followups.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    followups.add_argument("--lang", choices=["de", "en"], help="language of the texts (default: the event's)")
    followups.add_argument(
        "--question", type=int, metavar="ID",
        help="first change this question's follow-up: with --owner and/or --due",
    )
    followups.add_argument("--owner", help="with --question: the owner (a name or person id)")
    followups.add_argument("--due", type=date.fromisoformat, help="with --question: the due date, YYYY-MM-DD")

    ask = sub.add_parser("ask", help="append an audience question to the queue")
    ask.add_argument("file", type=_location, help=EVENT_HELP)
    ask.add_argument("text")
    ask.add_argument("--by", default="", help="who asked")
    ask.add_argument("--org", default="", help="their municipality or organisation")
    ask.add_argument("--to", default="", help="the person it is addressed to (name or id)")
    ask.add_argument(
        "--source", default="live", choices=["chat", "email", "qa_tool", "live", "audience"],
        help="where the question came from",
    )
    ask.add_argument("--host", default="", help="which co-host entered it")

    status = sub.add_parser("status", help="print the live state of the show")
    status.add_argument("file", type=_location, help=EVENT_HELP)
    status.add_argument("--json", action="store_true", help="machine-readable output")

    control = sub.add_parser("control", help="perform a live action (for scripts and stream decks)")
    control.add_argument("file", type=_location, help=EVENT_HELP)
    control.add_argument(
        "action",
        choices=CONTROL_ACTIONS,
    )
    control.add_argument(
        "value",
        nargs="?",
        help="goto: the slot id; add: seconds (negative removes); "
        "handoff: a name, or the person's number in the current slot (0: nobody); "
        "onair, answered, dismiss, move: the question id",
    )
    control.add_argument("position", nargs="?", help="move: the new place in the queue, 1 is the top")
    control.add_argument("--json", action="store_true", help="print the new state as JSON")

    serve = sub.add_parser(
        "serve",
        help="serve the overlay pages for OBS and the control API for stream decks (no screen needed)",
    )
    serve.add_argument("file", type=_location, help=EVENT_HELP)
    serve.add_argument("--port", type=int, help="HTTP and WebSocket port (default: the event's set-up, else 8765)")
    serve.add_argument("--osc-port", type=int, help="OSC (UDP) port (default: the event's set-up, else 8766)")
    serve.add_argument(
        "--lan", action="store_true",
        help="offer it on the local network (every request then needs the token the command prints)",
    )

    publish = sub.add_parser(
        "publish", help="share an event file with co-hosts on other machines through PostgreSQL"
    )
    publish.add_argument("file", type=Path)
    publish.add_argument(
        "database", help="an empty PostgreSQL database: postgresql://user@host:port/dbname (no password)"
    )

    sub.add_parser(
        "install-desktop",
        help="for this user: a menu entry, the icon, and event files that open moderator on a "
        "double-click (freedesktop; under XDG_DATA_HOME)",
    )
    sub.add_parser("uninstall-desktop", help="remove what install-desktop installed")
    return parser


EVENT_HELP = (
    "an event file, or a shared event's address (postgresql://user@host:port/dbname); "
    "the password comes from PGPASSWORD or ~/.pgpass"
)


def _with_password(action: Callable[[str | None], _T]) -> _T:
    """Run ``action``; if the database wants a password and a person is at the terminal, ask."""
    from moderator.persistence.postgres import PasswordNeeded

    password: str | None = None
    for _attempt in range(3):
        try:
            return action(password)
        except PasswordNeeded as needed:
            if not sys.stdin.isatty():
                raise
            import getpass

            password = getpass.getpass(f"{needed.message} Password: ")
    return action(password)


def _open(location: Path | str, *, read_only: bool = False) -> EventStore:
    """Open an event file or a shared event (asking for a password on a terminal)."""
    from moderator.persistence import EventStore

    return _with_password(lambda password: EventStore.open(location, read_only=read_only, password=password))


def _location(text: str) -> Path | str:
    """An event file, or (kept as text) the address of a shared event in PostgreSQL."""
    lowered = text.lower()
    if lowered.startswith(("postgresql://", "postgres://")):
        return text
    return Path(text)


def _read_source_bytes(source: str) -> bytes:
    """The bytes of ``new --from``'s source, never more than an importer accepts (a larger
    file is refused from its size, before it is read)."""
    from moderator.importers.limits import MAX_BYTES, TOO_LARGE

    shown = _source_name(source)
    too_large = SourceFailed(
        "%1: %2", path=shown, reason=fill(TOO_LARGE, limit=MAX_BYTES // 1024 // 1024)
    )
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise too_large
        return data
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SourceFailed("%1: no such file.", path=shown) from None
    except OSError as error:
        raise SourceFailed("%1: %2", path=shown, reason=error.strerror) from None
    if len(data) > MAX_BYTES:
        raise too_large
    return data


def _source_name(source: str) -> str:
    return "stdin" if source == "-" else _shown(source)


def _zone_argument(name: str) -> str:
    """``--tz`` as an IANA zone name, or CommandFailed: "Europe" is a folder of the zone
    database, not a zone (ZoneInfo raises IsADirectoryError for it)."""
    from zoneinfo import ZoneInfoNotFoundError

    try:
        if len(name) > 64 or not name.isprintable():
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise CommandFailed(
            "Unknown time zone \u201c%1\u201d.", zone=_shown(name[:64])
        ) from None
    return name


def _clock_time(text: str) -> time:
    import argparse

    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time of day: {text!r} (HH:MM)") from None


def _template_location(name: str) -> Path:
    """An event file given by path, or a template given by its name in the templates folder."""
    from moderator.paths import templates_dir
    from moderator.persistence import EXTENSION

    path = Path(name)
    if path.exists() or path.suffix == EXTENSION or "/" in name:
        return path
    candidate = templates_dir() / f"{name}{EXTENSION}"
    if candidate.exists():
        return candidate
    raise CommandFailed(
        "No event file or template \u201c%2\u201d (templates are in %1).",
        name=name, folder=str(templates_dir()),
    )


def cmd_new(args: argparse.Namespace) -> int:
    from moderator.persistence import EventStore

    if args.tz is not None:
        _zone_argument(args.tz)
    if args.like and args.source:
        raise CommandFailed("--like and --from exclude each other: one event to start from.")
    if args.like:
        from moderator.domain.series import next_in_series

        if args.date is None:
            raise CommandFailed("--like needs --date YYYY-MM-DD: the day of the new event.")
        # Not read-only: a template of an older format is brought up to date (with a backup).
        old = _open(_template_location(args.like))
        try:
            snapshot = old.snapshot()
        finally:
            old.close()
        draft = next_in_series(
            snapshot, args.date, title=args.title, start=args.start, keep_people=not args.without_people
        )
        guesses: tuple[tuple[int, str], ...] = ()
    elif args.source:
        from moderator.importers.any_format import import_any

        data = _read_source_bytes(args.source)
        try:
            imported = import_any(
                data, timezone=args.tz, date=args.date, day=args.day, room=args.room
            )
        except UserError as error:
            # The source is at fault, not the event file that was to be made from it.
            raise SourceFailed(
                "%1: %2", path=_source_name(args.source), reason=error.message
            ) from None
        draft, guesses = imported.draft, imported.guessed_lines
    else:
        from moderator.domain.model import Event, EventDraft

        zone_name = args.tz or "Europe/Berlin"
        day = args.date or date.today()
        start = datetime.combine(day, datetime.min.time().replace(hour=14), ZoneInfo(zone_name))
        draft = EventDraft(Event(title=args.title or "", start=start, end=start, timezone=zone_name))
        guesses = ()
    store = EventStore.create(args.file, draft)
    store.close()
    for note in draft.notes:
        print(f"moderator: note: {note}", file=sys.stderr)
    for line_number, reason in guesses:
        print(
            f"moderator: line {line_number} was split by a guess, please check: {reason}",
            file=sys.stderr,
        )
    print(f"{_shown(args.file)}: {len(draft.slots)} slots, {len(draft.people)} people")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args.file, read_only=True)
    try:
        snapshot = store.snapshot()
        language = args.lang or ("de" if snapshot.event.language.startswith("de") else "en")
        if args.format == "pdf":
            if args.output is None:
                raise CommandFailed("PDF needs an output file: add -o FILE.pdf.")
            from moderator.exporters.html_export import translator_for
            from moderator.ui.print_export import export_pdf

            export_pdf(snapshot, args.output, language=language, texts=translator_for(language))
            return EXIT_OK
        data: bytes
        if args.format == "json":
            from moderator.exporters.json_export import export_json

            data = export_json(snapshot, store.log(), store.handoffs()).encode("utf-8")
        elif args.format == "ics":
            from moderator.exporters.ics_export import export_ics

            data = export_ics(snapshot)
        elif args.format == "csv":
            from moderator.exporters.csv_export import export_csv

            data = export_csv(snapshot).encode("utf-8")
        else:
            from moderator.exporters.html_export import export_html

            data = export_html(snapshot, language=language).encode("utf-8")
    finally:
        store.close()
    _write_output(data, args.output)
    return EXIT_OK


def _write_output(data: bytes, output: Path | None) -> None:
    """Write ``data`` to ``output``, or to stdout without one."""
    if output:
        try:
            output.write_bytes(data)
        except OSError as error:
            raise CommandFailed("%1: %2", path=str(output), reason=error.strerror) from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def cmd_report(args: argparse.Namespace) -> int:
    from moderator.exporters.html_export import translator_for
    from moderator.exporters.report import build_report

    store = _open(args.file, read_only=True)
    try:
        snapshot = store.snapshot()
        report = build_report(snapshot, store.log(), store.handoffs(), now=_now())
    finally:
        store.close()
    language = args.lang or ("de" if snapshot.event.language.startswith("de") else "en")
    texts = translator_for(language)
    if args.format == "pdf":
        if args.output is None:
            raise CommandFailed("PDF needs an output file: add -o FILE.pdf.")
        from moderator.ui.report_print import export_report_pdf

        export_report_pdf(report, args.output, language=language, texts=texts)
        return EXIT_OK
    if args.format == "html":
        from moderator.exporters.report_html import export_report_html

        text = export_report_html(report, texts=texts, language=language)
    elif args.format == "md":
        from moderator.exporters.report_text import export_report_markdown

        text = export_report_markdown(report, texts=texts, language=language)
    else:
        from moderator.exporters.report_text import export_report_csv

        text = export_report_csv(report)
    _write_output(text.encode("utf-8"), args.output)
    return EXIT_OK


def cmd_followups(args: argparse.Namespace) -> int:
    from moderator.domain.followups import FollowUpChoice, follow_ups
    from moderator.exporters.html_export import translator_for

    if args.question is None and (args.owner or args.due):
        raise CommandFailed("--owner and --due need --question ID: the question to change.")
    store = _open(args.file, read_only=args.question is None)
    try:
        if args.question is not None:
            from moderator.domain.people import find_person

            current = store.followups().get(args.question, FollowUpChoice(args.question))
            owner_id = find_person(store.people(), args.owner).id if args.owner else current.owner_id
            from moderator.app import operations as ops

            choice = FollowUpChoice(args.question, owner_id=owner_id, due=args.due or current.due)
            _service(store).run(ops.SetFollowUp(choice))
        snapshot = store.snapshot()
        items = follow_ups(snapshot, store.followups())
    finally:
        store.close()
    language = args.lang or ("de" if snapshot.event.language.startswith("de") else "en")
    texts = translator_for(language)
    if args.format == "csv":
        from moderator.exporters.followups_export import export_followups_csv

        data = export_followups_csv(items).encode("utf-8")
    elif args.format == "ics":
        from moderator.exporters.followups_export import export_followups_ics

        data = export_followups_ics(items, snapshot.event, texts=texts, language=language)
    else:
        from moderator.exporters.followups_export import export_followups_text

        data = export_followups_text(items, snapshot.event, texts=texts, language=language).encode("utf-8")
    _write_output(data, args.output)
    return EXIT_OK


def _service(store: EventStore, name: str = "") -> EventService:
    """The one road for a command's changes: the application service, as the command line."""
    from moderator.app.service import EventService
    from moderator.domain.timesource import SystemClock

    return EventService.for_command_line(store, SystemClock(), name=name)


def cmd_ask(args: argparse.Namespace) -> int:
    from moderator.app import operations as ops
    from moderator.domain.model import Question, QuestionSource
    from moderator.domain.people import find_person

    store = _open(args.file)
    service = _service(store, args.host)
    try:
        addressed_to = find_person(store.people(), args.to).id if args.to else None
        changes = service.run(
            ops.AddQuestion(args.text, args.by, args.org, addressed_to, QuestionSource(args.source))
        )
    finally:
        service.close(leave=False)
    assert isinstance(changes.result, Question)
    print(changes.result.id)
    return EXIT_OK


def _status(store: object, as_json: bool) -> str:
    from moderator.domain import clock
    from moderator.persistence import EventStore

    from moderator.domain import handoffs as floor

    assert isinstance(store, EventStore)
    snapshot = store.snapshot()
    from moderator.domain import rehearsal as rehearsals

    log = store.log()
    records = store.handoffs()
    now = _now()
    # During a rehearsal the clock reads the plan laid on today and the rehearsal's log.
    running = rehearsals.current(log)
    slots = rehearsals.shifted_slots(snapshot.slots, running.offset) if running is not None else snapshot.slots
    history = rehearsals.live_log(log)
    reading = clock.read(snapshot.live, slots, now, clock.actual_starts(history))
    zone = ZoneInfo(snapshot.event.timezone)
    slot = reading.slot
    pauses = floor.paused_spans(history)
    current = floor.current_handoff(records)
    speaker = snapshot.person(current.person_id) if current is not None else None
    slot_times = floor.talk_times(records, pauses, now, slot.id) if slot is not None else {}
    show_times = floor.talk_times(records, pauses, now)
    from moderator.domain.queue import on_air as question_on_air

    on_air = question_on_air(snapshot.questions)
    data = {
        "event": snapshot.event.title,
        "phase": reading.phase.value,
        "paused": reading.paused,
        "rehearsal": running is not None,
        "slot": None if slot is None else {"id": slot.id, "title": slot.title, "kind": slot.kind.value},
        "remaining_seconds": round(reading.remaining.total_seconds(), 3),
        "elapsed_seconds": round(reading.elapsed.total_seconds(), 3),
        "drift_seconds": round(reading.drift.total_seconds(), 3),
        "projected_end": reading.projected_end.astimezone(zone).isoformat(),
        "now": reading.now.astimezone(zone).isoformat(),
        "speaker": None
        if speaker is None or current is None
        else {
            "person_id": speaker.id,
            "name": speaker.display_name,
            "organisation": speaker.organisation,
            "since": current.started_at.astimezone(zone).isoformat(),
        },
        "question_on_air": None
        if on_air is None
        else {
            "id": on_air.id,
            "text": on_air.text,
            "asked_by": on_air.asked_by,
            "organisation": on_air.organisation,
            "addressed_to": on_air.addressed_to,
            "since": on_air.on_air_at.astimezone(zone).isoformat() if on_air.on_air_at else None,
        },
        "talk_time": [
            {
                "person_id": person.id,
                "name": person.display_name,
                "slot_seconds": round(slot_times.get(person.id or 0, timedelta(0)).total_seconds(), 3),
                "show_seconds": round(show_times.get(person.id or 0, timedelta(0)).total_seconds(), 3),
            }
            for person in snapshot.people
            if person.id in show_times
        ],
    }
    if as_json:
        import json

        return json.dumps(data, ensure_ascii=False, indent=2)
    title = slot.title if slot is not None else "-"
    if speaker is not None:
        title += f" | speaking: {speaker.display_name}"
    remaining = int(reading.remaining.total_seconds())
    sign = "-" if remaining < 0 else ""
    minutes, seconds = divmod(abs(remaining), 60)
    drift = int(reading.drift.total_seconds())
    return (
        f"{reading.phase.value}{' (paused)' if reading.paused else ''}: {title} | "
        f"remaining {sign}{minutes}:{seconds:02d} | drift {drift:+d} s | "
        f"ends {reading.projected_end.astimezone(zone):%H:%M:%S}"
    )


def cmd_publish(args: argparse.Namespace) -> int:
    from moderator.persistence import EventStore
    from moderator.persistence.publish import publish

    store = EventStore.open(args.file, local=True)  # checks the file, migrates an older one
    store.close()
    address = _with_password(lambda password: publish(args.file, args.database, now=_now(), password=password))
    print(f"{_shown(args.file)}: shared at {address}; co-hosts open this file or the address")
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from moderator import desktop

    files = desktop.DesktopFiles(desktop.xdg_data_home(), desktop.xdg_config_home())
    notes = desktop.install_desktop(files)
    print(
        f"moderator: installed {files.applications / desktop.DESKTOP_FILE}, the icon and the "
        f"{desktop.MIME_TYPE} type; event files now open in moderator"
    )
    for note in notes:
        print(f"moderator: note: {note}", file=sys.stderr)
    return EXIT_OK


def cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from moderator import desktop

    files = desktop.DesktopFiles(desktop.xdg_data_home(), desktop.xdg_config_home())
    notes = desktop.uninstall_desktop(files)
    print(f"moderator: removed the desktop entry, the icon and the {desktop.MIME_TYPE} type")
    for note in notes:
        print(f"moderator: note: {note}", file=sys.stderr)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    store = _open(args.file, read_only=True)
    print(_status(store, args.json))
    store.close()
    return EXIT_OK


def cmd_control(args: argparse.Namespace) -> int:
    store = _open(args.file)
    service = _service(store)
    try:
        service.run(_control_operation(args.action, args.value, args.position))
        print(_status(store, args.json))
    finally:
        service.close(leave=False)
    return EXIT_OK


def _control_operation(action: str, value: str | None, position: str | None) -> Operation:
    """The operation ``control FILE ACTION [VALUE] [POSITION]`` names (one mapping for every
    remote control: :mod:`moderator.app.control`)."""
    from moderator.app.control import control_operation

    return control_operation(action, value, position)


def cmd_serve(args: argparse.Namespace) -> int:
    import asyncio
    from dataclasses import replace

    from moderator.stream.config import new_token, save_config
    from moderator.stream.headless import default_config, serve

    config = default_config(args.file)
    if args.port is not None:
        config = replace(config, port=args.port)
    if args.osc_port is not None:
        config = replace(config, osc_port=args.osc_port)
    if args.lan and not config.lan:
        config = replace(config, lan=True, token=config.token or new_token())
        save_config(config)  # the same token next time: the stream deck's buttons keep working
    store = _open(args.file)

    def ready(server: object) -> None:
        from moderator.stream.server import StreamServer

        assert isinstance(server, StreamServer)
        print(f"moderator: serving {args.file} as \u201cStream Deck\u201d (Ctrl+C stops)")
        for page, url in server.page_urls().items():
            print(f"  {page:12} {url}")
        print(f"  {'api':12} {server.base_url()}/api/state{server.token_query()}")
        if server.audience is not None:
            print(f"  {'audience':12} {server.audience.url()}")
        print(f"  {'osc':12} udp port {server.osc_port}, /moderator/{config.token + '/' if config.lan else ''}<action>")
        sys.stdout.flush()

    def problem(text: str) -> None:
        print(f"moderator: {text}", file=sys.stderr)

    try:
        asyncio.run(serve(store, config, ready=ready, problem=problem))
    except OSError as error:
        raise CommandFailed("Cannot serve: %1", reason=error.strerror or str(error)) from None
    except KeyboardInterrupt:
        pass
    return EXIT_OK


HANDLERS = {
    "serve": cmd_serve,
    "publish": cmd_publish,
    "report": cmd_report,
    "followups": cmd_followups,
    "new": cmd_new,
    "export": cmd_export,
    "ask": cmd_ask,
    "status": cmd_status,
    "control": cmd_control,
    "install-desktop": cmd_install_desktop,
    "uninstall-desktop": cmd_uninstall_desktop,
}


def _report_bug(error: BaseException) -> int:
    """Log an unexpected failure with its traceback; tell the user one line.

    The report itself never raises: arguments and messages may hold undecodable bytes
    (lone surrogates), the log folder may be unwritable, memory may be short.
    """
    where = "(the log file could not be written)"
    try:
        from moderator.paths import log_file

        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"{_now().isoformat()} {' '.join(map(_shown, sys.argv))}\n")
            handle.write("".join(traceback.format_exception(error)))
        where = _shown(path)
    except Exception:  # noqa: BLE001, S110 - the report of a bug must not become another
        pass
    try:
        print(
            f"moderator: internal error ({type(error).__name__}); details in {where}",
            file=sys.stderr,
        )
    except Exception:  # noqa: BLE001, S110 - stderr closed or broken: the status says it
        pass
    return EXIT_INTERNAL


def run_command(argv: Sequence[str]) -> int:
    """Run one headless command and return its exit status."""
    args = _parser().parse_args(list(argv))
    try:
        undecodable = _undecodable_argument(args)
        if undecodable is not None:
            raise CommandFailed(
                "The argument %1 is not valid UTF-8 text.",
                name=undecodable.upper() if undecodable in ("text", "value", "position") else f"--{undecodable}",
            )
        return HANDLERS[args.command](args)
    except UserError as error:
        message = _shown(error.message)
        file = _shown(getattr(args, "file", "") or "")
        if file and file not in message and not getattr(error, "names_its_file", False):
            message = f"{file}: {message}"
        print(f"moderator: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the one place that catches every bug
        return _report_bug(error)


def main(argv: Sequence[str] | None = None) -> int:
    """``moderator [FILE]`` opens the app; ``moderator COMMAND ...`` runs a command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run_command(args)
    if args and args[0] in ("-h", "--help"):
        _parser().print_help()
        print("\n  moderator [FILE]      open the app on FILE (default: the sample event)")
        return EXIT_OK
    return gui_main(args)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the app (the only path from the command line into Qt).

    First a look at what Qt needs from the system (its platform plugin's libraries, the
    display): without them Qt aborts with a message that names no package to install.
    """
    from moderator.platform_check import startup_problem

    problem = startup_problem()
    if problem is not None:
        print(f"moderator: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    import gc

    # Until the window's first paint the app creates mostly long-lived objects (classes,
    # Qt's enums, the widgets): the collector's ~80 passes over them cost ~10 ms of CPU that
    # the first paint need not wait for. run_app turns it back on right after that paint.
    gc.disable()
    try:
        from moderator.ui.app import run_app

        return run_app(list(sys.argv[1:] if argv is None else argv))
    finally:
        gc.enable()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
