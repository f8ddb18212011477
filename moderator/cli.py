"""The command line: organisers' scripts, co-hosts' chat bots and stream-deck buttons.

Headless commands never import Qt. Exit status 0 on success; on bad input 2, with one line
on stderr naming the file and the problem. An unexpected failure writes its traceback to
the log file and prints one line that says where it is: no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from moderator.domain.errors import UserError

if TYPE_CHECKING:
    from moderator.persistence import EventStore

_T = TypeVar("_T")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2

COMMANDS = ("new", "export", "ask", "status", "control", "publish")




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


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors with our exit status and one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {_shown(message)}\n")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _parser() -> argparse.ArgumentParser:
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

    export = sub.add_parser("export", help="write the event in another format")
    export.add_argument("file", type=_location, help=EVENT_HELP)
    export.add_argument("--format", choices=["json", "ics", "csv", "html", "pdf"], required=True)
    export.add_argument("-o", "--output", type=Path, help="output file (default: stdout; pdf needs -o)")
    export.add_argument("--lang", choices=["de", "en"], help="language of html and pdf (default: the event's)")

    ask = sub.add_parser("ask", help="append an audience question to the queue")
    ask.add_argument("file", type=_location, help=EVENT_HELP)
    ask.add_argument("text")
    ask.add_argument("--by", default="", help="who asked")
    ask.add_argument("--org", default="", help="their municipality or organisation")
    ask.add_argument("--to", default="", help="the person it is addressed to (name or id)")
    ask.add_argument(
        "--source", default="live", choices=["chat", "email", "qa_tool", "live"],
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
        choices=[
            "start", "next", "previous", "goto", "pause", "resume", "add", "end", "handoff",
            "onair", "answered", "dismiss", "move",
        ],
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

    publish = sub.add_parser(
        "publish", help="share an event file with co-hosts on other machines through PostgreSQL"
    )
    publish.add_argument("file", type=Path)
    publish.add_argument(
        "database", help="an empty PostgreSQL database: postgresql://user@host:port/dbname (no password)"
    )
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
        "{path}: {reason}", path=shown, reason=TOO_LARGE.format(limit=MAX_BYTES // 1024 // 1024)
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
        raise SourceFailed("{path}: no such file.", path=shown) from None
    except OSError as error:
        raise SourceFailed("{path}: {reason}", path=shown, reason=error.strerror) from None
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
            "Unknown time zone \u201c{zone}\u201d.", zone=_shown(name[:64])
        ) from None
    return name


def cmd_new(args: argparse.Namespace) -> int:
    from moderator.persistence import EventStore

    if args.tz is not None:
        _zone_argument(args.tz)
    if args.source:
        from moderator.importers.any_format import import_any

        data = _read_source_bytes(args.source)
        try:
            imported = import_any(
                data, timezone=args.tz, date=args.date, day=args.day, room=args.room
            )
        except UserError as error:
            # The source is at fault, not the event file that was to be made from it.
            raise SourceFailed(
                "{path}: {reason}", path=_source_name(args.source), reason=error.message
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
    if args.output:
        try:
            args.output.write_bytes(data)
        except OSError as error:
            raise CommandFailed(
                "{path}: {reason}", path=str(args.output), reason=error.strerror
            ) from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    from moderator.domain.model import QuestionSource
    from moderator.domain.people import find_person

    store = _open(args.file)
    addressed_to = find_person(store.people(), args.to).id if args.to else None
    question = store.add_question(
        args.text,
        now=_now(),
        asked_by=args.by,
        organisation=args.org,
        addressed_to=addressed_to,
        source=QuestionSource(args.source),
        created_by=args.host,
    )
    store.close()
    print(question.id)
    return EXIT_OK


def _status(store: object, as_json: bool) -> str:
    from moderator.domain import clock
    from moderator.persistence import EventStore

    from moderator.domain import handoffs as floor

    assert isinstance(store, EventStore)
    snapshot = store.snapshot()
    log = store.log()
    records = store.handoffs()
    now = _now()
    reading = clock.read(snapshot.live, snapshot.slots, now, clock.actual_starts(log))
    zone = ZoneInfo(snapshot.event.timezone)
    slot = reading.slot
    pauses = floor.paused_spans(log)
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


def cmd_status(args: argparse.Namespace) -> int:
    store = _open(args.file, read_only=True)
    print(_status(store, args.json))
    store.close()
    return EXIT_OK


def cmd_control(args: argparse.Namespace) -> int:
    from moderator.domain import clock
    from moderator.domain.live import after_clock, floor_change

    store = _open(args.file)
    now = _now()
    action = args.action
    if action in ("onair", "answered", "dismiss", "move"):
        _control_queue(store, action, args.value, args.position, now)
        print(_status(store, args.json))
        store.close()
        return EXIT_OK
    slots = store.slots()
    if action in ("goto", "add"):
        try:
            value = int(args.value)
        except (TypeError, ValueError):
            raise CommandFailed(
                "{action} needs a whole number, e.g. \u201c{example}\u201d.",
                action=action,
                example="goto 3" if action == "goto" else "add -60",
            ) from None
    transitions = {
        "start": lambda state: clock.start_show(state, slots, now),
        "next": lambda state: clock.next_slot(state, slots, now),
        "previous": lambda state: clock.previous_slot(state, slots, now),
        "goto": lambda state: clock.goto_slot(state, slots, value, now),
        "pause": lambda state: clock.pause(state, now),
        "resume": lambda state: clock.resume(state, now),
        "add": lambda state: clock.add_time(state, timedelta(seconds=value), now),
        "end": lambda state: clock.end_show(state, now),
    }

    if action == "handoff":
        store.change_live(lambda state, records: floor_change(_handoff(store, state, records, args.value, now)))
    else:
        store.change_live(
            lambda state, records: after_clock(state, transitions[action](state), records, now)
        )
    print(_status(store, args.json))
    store.close()
    return EXIT_OK


def _whole_number(value: str | None, what: str, example: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise CommandFailed(
            "{what} must be a whole number, e.g. \u201c{example}\u201d.", what=what, example=example
        ) from None


def _control_queue(store: object, action: str, value: str | None, position: str | None, now: datetime) -> None:
    """``control FILE onair|answered|dismiss|move QUESTION_ID [POSITION]``."""
    from moderator.domain import queue
    from moderator.domain.model import QuestionStatus
    from moderator.persistence import EventStore

    assert isinstance(store, EventStore)
    question_id = _whole_number(value, "QUESTION_ID", f"{action} 17")
    op: queue.QueueOp
    if action == "move":
        rank = _whole_number(position, "POSITION", "move 17 1")
        if rank < 1:
            raise CommandFailed("POSITION counts from 1 (the top of the queue).")
        op = queue.MoveToRank(question_id, rank)
    else:
        status = {
            "onair": QuestionStatus.ON_AIR,
            "answered": QuestionStatus.ANSWERED,
            "dismiss": QuestionStatus.DISMISSED,
        }[action]
        op = queue.SetStatus(question_id, status)
    store.change_queue(op, now=now, slot_id=store.live().current_slot_id)


def _handoff(store: object, state: object, records: object, value: str | None, now: datetime) -> object:
    """The hand-off that ``control FILE handoff PERSON`` asks for."""
    from moderator.domain import clock
    from moderator.domain import handoffs as floor
    from moderator.domain.model import Handoff, LiveState
    from moderator.domain.people import find_person
    from moderator.persistence import EventStore

    assert isinstance(store, EventStore) and isinstance(state, LiveState)
    assert isinstance(records, tuple) and all(isinstance(r, Handoff) for r in records)
    if state.show_started_at is None or state.show_ended_at is not None:
        raise clock.ClockError(clock.NOT_STARTED)
    if not value:
        raise CommandFailed("handoff needs a person: a name, or their number in the slot.")
    current = floor.current_handoff(records)
    if value.strip() == "0":
        return floor.close_floor(current, now)
    slot = next((s for s in store.slots() if s.id == state.current_slot_id), None)
    if value.strip().isdigit() and slot is not None:
        person_id = floor.person_for_digit(slot, int(value))
        if person_id is None:
            raise CommandFailed(
                "The current slot has no person {number}.", number=value.strip()
            )
    else:
        person_id = find_person(store.people(), value).id
    assert person_id is not None
    return floor.hand_off(current, person_id, state.current_slot_id, now)


HANDLERS = {
    "publish": cmd_publish,
    "new": cmd_new,
    "export": cmd_export,
    "ask": cmd_ask,
    "status": cmd_status,
    "control": cmd_control,
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
                "The argument {name} is not valid UTF-8 text.",
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
    """Open the app (the only path from the command line into Qt)."""
    from moderator.ui.app import run_app

    return run_app(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
