"""The run sheet as iCalendar (.ics): one VEVENT per slot, for the common calendar programs.

Organisers and speakers put the show into their own calendars (Thunderbird, Outlook, Apple
Calendar, Google Calendar); :mod:`moderator.importers.ics` reads the file back into the same
run sheet. What a calendar program shows comes from the standard properties:

- the calendar's name (``NAME`` and ``X-WR-CALNAME``), description (``X-WR-CALDESC``) and
  zone (``X-WR-TIMEZONE``), and the event's ``VTIMEZONE``, generated from the IANA zone for
  the years the show covers (an event in UTC is written with ``Z`` times instead);
- per slot: ``SUMMARY`` (title), ``DESCRIPTION`` (notes), ``DTSTART``/``DTEND`` in the
  event's zone (in UTC in the hour that repeats when daylight saving time ends),
  ``LOCATION`` (the meeting link), ``CATEGORIES`` (the kind, in English);
- the slot's people as ``ATTENDEE`` with ``CN`` = the name with academic title, the
  moderator with ``ROLE=CHAIR``, speakers, panelists and hosts as ``REQ-PARTICIPANT``;
  the event's moderator (else its first host) as ``ORGANIZER``, because :rfc:`5545`
  wants an organizer wherever there are attendees.

What only this app reads is kept in ``X-MODERATOR-*`` properties and parameters, so that the
round trip is exact: the slot kind, whether the slot is pinned, its warning and final
phase, each person's exact role, name, academic title, organisation, function and a
contact that is not an e-mail address, and the event's series, subtitle, language, links
and stated start and end. Calendar programs keep or drop them; they never show them.

People need a calendar address (a URI) to be attendees at all. A person whose contact is
an e-mail address gets ``mailto:`` that address; everyone else gets an address under the
reserved ``.invalid`` domain (:rfc:`2606`), which no mail ever reaches and which the
importer does not take for a contact.

Not carried: the live state, the question queue, people who are in no slot, a person's
intro and pronunciation hint (the JSON export has everything). Times are written to the
second.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, vCalAddress, vText
from icalendar import Event as VEvent

from moderator.domain.model import EventSnapshot, Person, Role, Slot, SlotKind

__all__ = ["PRODID", "export_ics"]

PRODID = "-//moderator//run sheet//EN"

# --- The X-properties and X-parameters of this format (read by moderator.importers.ics) ----

X_KIND = "X-MODERATOR-KIND"
X_PINNED = "X-MODERATOR-PINNED"
X_WARNING = "X-MODERATOR-WARNING"  # seconds
X_FINAL = "X-MODERATOR-FINAL"  # seconds
X_SERIES = "X-MODERATOR-SERIES"
X_SUBTITLE = "X-MODERATOR-SUBTITLE"
X_LANGUAGE = "X-MODERATOR-LANGUAGE"
X_STREAM_LINK = "X-MODERATOR-STREAM-LINK"
X_REGISTRATION_LINK = "X-MODERATOR-REGISTRATION-LINK"
X_START = "X-MODERATOR-START"  # the event's stated start, UTC, 20210609T120000Z
X_END = "X-MODERATOR-END"
# Parameters on ATTENDEE and ORGANIZER.
X_ROLE = "X-MODERATOR-ROLE"  # a Role value, or ORGANIZER_ONLY on the ORGANIZER line
X_NAME = "X-MODERATOR-NAME"
X_TITLE = "X-MODERATOR-TITLE"
X_ORG = "X-MODERATOR-ORG"
X_FUNCTION = "X-MODERATOR-FUNCTION"
X_CONTACT = "X-MODERATOR-CONTACT"

ORGANIZER_ONLY = "organizer"
"""``X-MODERATOR-ROLE`` of an ORGANIZER that is not a participant of this slot."""

PLACEHOLDER_DOMAIN = "moderator.invalid"
"""The domain of the addresses given to people without an e-mail address (RFC 2606)."""

UTC_TIME_FORMAT = "%Y%m%dT%H%M%SZ"

_UTC_ZONES = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}
)

# What a calendar program shows for a slot's kind: plain English words, as categories are
# free text (the exact kind travels in X-MODERATOR-KIND).
_CATEGORY = {
    SlotKind.PRE_SHOW: "Pre-show",
    SlotKind.WELCOME: "Welcome",
    SlotKind.TALK: "Talk",
    SlotKind.PANEL: "Panel",
    SlotKind.QA: "Q&A",
    SlotKind.BREAK: "Break",
    SlotKind.CLOSING: "Closing",
    SlotKind.OTHER: "Other",
}

# RFC 5545 ROLE: the moderator chairs; everyone else on stage takes part.
_ICAL_ROLE = {
    Role.MODERATOR: "CHAIR",
    Role.SPEAKER: "REQ-PARTICIPANT",
    Role.PANELIST: "REQ-PARTICIPANT",
    Role.HOST: "REQ-PARTICIPANT",
}

_EMAIL = re.compile(r"^(?:mailto:)?([^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:]+)$", re.I)
# Control characters are not allowed in iCalendar text (RFC 5545 3.3.11); tabs and line
# breaks are.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def export_ics(snapshot: EventSnapshot, *, stamp: datetime | None = None) -> bytes:
    """The event's run sheet as an iCalendar file (UTF-8, CRLF line ends).

    ``stamp`` is the ``DTSTAMP`` of every VEVENT (when the file was made); it defaults to
    now and is a parameter so that tests get the same bytes twice.
    """
    event = snapshot.event
    zone_name = event.timezone
    zone = ZoneInfo(zone_name)
    in_utc = zone_name in _UTC_ZONES
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    people = {person.id: person for person in snapshot.people}
    organizer = _organizer(snapshot)

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("NAME", ics_text(event.title))
    _add_text(calendar, "X-WR-CALNAME", event.title)
    # Always written, even empty, so that the importer knows the calendar has its own
    # description and does not take a slot's notes for it.
    _add_text(calendar, "X-WR-CALDESC", event.description)
    calendar.add("X-WR-TIMEZONE", zone_name)
    for name, value in (
        (X_SERIES, event.series),
        (X_SUBTITLE, event.subtitle),
        (X_LANGUAGE, event.language),
        (X_STREAM_LINK, event.stream_link),
        (X_REGISTRATION_LINK, event.registration_link),
    ):
        if value:
            _add_text(calendar, name, value)
    calendar.add(X_START, _utc_text(event.start))
    calendar.add(X_END, _utc_text(event.end))
    if not in_utc and snapshot.slots:
        calendar.add_component(_vtimezone(zone_name, snapshot.slots))

    uid_base = _uid_base(snapshot)
    for index, slot in enumerate(snapshot.slots):
        calendar.add_component(
            _vevent(
                slot, index, uid_base, stamp, zone, in_utc, event.meeting_link, people, organizer
            )
        )
    data: bytes = calendar.to_ical()
    return data


def _vevent(
    slot: Slot,
    index: int,
    uid_base: str,
    stamp: datetime,
    zone: ZoneInfo,
    in_utc: bool,
    meeting_link: str,
    people: dict[int | None, Person],
    organizer: Person | None,
) -> VEvent:
    """One slot as a VEVENT."""
    start = slot.start.replace(microsecond=0)
    end = slot.end.replace(microsecond=0)
    vevent = VEvent()
    slot_id = slot.id if slot.id is not None else index
    vevent.add("UID", f"slot-{slot_id}-{uid_base}@moderator")
    vevent.add("DTSTAMP", stamp)
    vevent.add("DTSTART", _local(start, zone, in_utc))
    vevent.add("DTEND", _local(end, zone, in_utc))
    vevent.add("SUMMARY", ics_text(slot.title))
    if slot.notes:
        vevent.add("DESCRIPTION", ics_text(slot.notes))
    if meeting_link:
        vevent.add("LOCATION", ics_text(meeting_link))
    vevent.add("CATEGORIES", [_CATEGORY[slot.kind]])
    if organizer is not None:
        vevent.add("ORGANIZER", _address(organizer, None))
    for participant in slot.participants:
        person = people.get(participant.person_id)
        if person is not None:
            vevent.add("ATTENDEE", _address(person, participant.role))
    vevent.add(X_KIND, slot.kind.value)
    if slot.pinned:
        vevent.add(X_PINNED, "TRUE")
    vevent.add(X_WARNING, str(round(slot.warning.total_seconds())))
    vevent.add(X_FINAL, str(round(slot.final.total_seconds())))
    return vevent


def _local(instant: datetime, zone: ZoneInfo, in_utc: bool) -> datetime:
    """An instant in the event's zone, or in UTC where the zone's wall time is ambiguous.

    In the hour that repeats when daylight saving ends, a local time names two instants and
    RFC 5545 reads the first; UTC names the right one.
    """
    if in_utc:
        return instant.astimezone(UTC)
    local = instant.astimezone(zone)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return instant.astimezone(UTC)
    return local


def _address(person: Person, role: Role | None) -> vCalAddress:
    """A person as a calendar address: ATTENDEE with ``role``, or ORGANIZER for None."""
    email_match = _EMAIL.match(person.contact.strip())
    email = email_match.group(1) if email_match else f"person-{person.id}@{PLACEHOLDER_DOMAIN}"
    params: dict[str, str] = {"CN": _param(person.display_name)}
    if role is not None:
        params.update(
            {
                "CUTYPE": "INDIVIDUAL",
                "ROLE": _ICAL_ROLE[role],
                # A run sheet is no invitation: nobody is asked to reply.
                "RSVP": "FALSE",
                X_ROLE: role.value,
            }
        )
    else:
        params[X_ROLE] = ORGANIZER_ONLY
    params[X_NAME] = _param(person.name)
    for name, value in (
        (X_TITLE, person.academic_title),
        (X_ORG, person.organisation),
        (X_FUNCTION, person.function),
        (X_CONTACT, "" if email_match else person.contact),
    ):
        if value.strip():
            params[name] = _param(value)
    return vCalAddress(f"mailto:{email}", params=params)


def _organizer(snapshot: EventSnapshot) -> Person | None:
    """The event's moderator (the first person moderating a slot), else its first host."""
    for role in (Role.MODERATOR, Role.HOST):
        for slot in snapshot.slots:
            for participant in slot.participants:
                if participant.role is role:
                    person = snapshot.person(participant.person_id)
                    if person is not None:
                        return person
    return None


def _vtimezone(zone_name: str, slots: tuple[Slot, ...]) -> Timezone:
    """The event's VTIMEZONE, with the transitions of the years the slots cover.

    Limited to those years (plus the year after) to keep the file small; calendar programs
    that know the IANA name use their own rules anyway.
    """
    first = min(slot.start for slot in slots).astimezone(ZoneInfo(zone_name)).year
    last = max(slot.end for slot in slots).astimezone(ZoneInfo(zone_name)).year
    return Timezone.from_tzid(
        zone_name, first_date=date(first, 1, 1), last_date=date(last + 1, 1, 1)
    )


def _uid_base(snapshot: EventSnapshot) -> str:
    """A short digest of the event's title and day, so that slot UIDs stay stable across
    exports of the same event and differ between events."""
    event = snapshot.event
    day = event.start.astimezone(ZoneInfo(event.timezone)).date().isoformat()
    return hashlib.sha256(f"{event.title}\n{day}".encode()).hexdigest()[:12]


def _add_text(component: Calendar, name: str, value: str) -> None:
    """An X-property holding text, escaped as TEXT (icalendar would write a plain string
    verbatim, line breaks and all)."""
    component.add(name, vText(ics_text(value)))


def _utc_text(value: datetime) -> str:
    """An instant as iCalendar UTC date-time text."""
    return value.astimezone(UTC).strftime(UTC_TIME_FORMAT)


def ics_text(text: str) -> str:
    """Text without the control characters iCalendar does not allow."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _param(text: str) -> str:
    """A parameter value: one line (parameters cannot hold line breaks portably)."""
    return " ".join(ics_text(text).split())

