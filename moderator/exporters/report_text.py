"""The after-show report as Markdown (to paste into a wiki or an e-mail) and as CSV.

Markdown: the same sections as the HTML, without charts; user text is escaped so that a
question with ``*``, ``|`` or ``<b>`` in it stays text and never breaks a table.

CSV: one table for spreadsheets, one row per slot, person, question and log entry, told
apart by the first column (``section``); written like the run sheet's CSV
(:mod:`moderator.exporters.csv_export`: ``;``, a BOM, formula-guarded cells). Durations
are whole seconds, instants ISO 8601 in the event's zone, so that a spreadsheet can add
them up.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from moderator.exporters import report_labels as L
from moderator.exporters.csv_export import _BOM, _guarded
from moderator.exporters.html_export import Translate, as_of, format_date, primary_language, translator_for
from moderator.exporters.report import Report
from moderator.exporters.report_html import summary_lines

#: What Markdown (and the HTML it may carry) could read as markup anywhere in a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
#: What it reads as markup at the start of a line: a heading, a list, a quote.
_MD_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def md(text: str) -> str:
    """User text as Markdown text: one line, every character Markdown could read escaped."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MD_LINE_START.sub(r"\\\1", escaped)


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool] = ()) -> list[str]:
    align = ["---:" if (numeric[i] if i < len(numeric) else False) else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines + [""]


def export_report_markdown(report: Report, *, texts: Translate | None = None, language: str = "en") -> str:
    """The after-show report as Markdown (see the module)."""
    lang = primary_language(language)
    tr = texts if texts is not None else translator_for(lang)
    zone = ZoneInfo(report.event.timezone)

    def t(source: str, **fields: str) -> str:
        # Our own words stay as they are; the user text filled into them is escaped.
        return L.label(tr, source, **{name: md(value) for name, value in fields.items()})

    event = report.event
    out = [f"# {t(L.REPORT)}: {md(event.title)}", ""]
    if event.series.strip():
        out += [md(event.series), ""]
    out += [md(format_date(event.start.astimezone(zone).date(), lang)), ""]
    out += [f"**{line}**  " for line in summary_lines(report, tr)] + [""]

    out += [f"## {t(L.PLANNED_AND_ACTUAL)}", ""]
    out += _md_table(
        [t(L.SLOT), t(L.PLANNED_START), t(L.ACTUAL_START), t(L.PLANNED_LENGTH), t(L.ACTUAL_LENGTH), t(L.DIFFERENCE)],
        (
            [
                md(s.title), L.clock(s.planned_start, zone),
                L.clock(s.actual_start, zone) if s.actual_start else t(L.NOT_RUN),
                L.length(s.planned_length), L.length(s.actual_length) if s.ran else "",
                L.signed(s.over) if s.over is not None else "",
            ]
            for s in report.slots
        ),
        (False, True, True, True, True, True),
    )
    if report.drift_sources and report.drift is not None:
        out += [f"### {t(L.DRIFT_SOURCES)}", ""]
        out += _md_table(
            [t(L.CAUSE), t(L.DIFFERENCE)],
            [[t(L.CAUSES[s.cause], slot=s.slot_title), L.signed(s.amount)] for s in report.drift_sources]
            + [[f"**{t(L.TOTAL)}**", f"**{L.signed(report.drift)}**"]],
            (False, True),
        )

    out += [f"## {t(L.TALK_TIME)}", ""]
    if report.talk:
        out += _md_table(
            [t(L.PERSON), t(L.TALK_TIME), t(L.SHARE)],
            ([md(r.name), L.length(r.talk_time), L.percent(r.share)] for r in report.talk),
            (False, True, True),
        )
    else:
        out += [t(L.NOBODY_SPOKE), ""]
    for panel in report.panels:
        out += [f"### {t(L.PANEL_BALANCE, slot=panel.slot_title)}", ""]
        out += _md_table(
            [t(L.PERSON), t(L.TALK_TIME), t(L.SHARE)],
            (
                [t(L.MODERATING, name=r.name) if r.moderating else md(r.name), L.length(r.talk_time), L.percent(r.share)]
                for r in panel.rows
            ),
            (False, True, True),
        )

    c = report.counts
    out += [f"## {t(L.QUESTIONS)}", ""]
    out += _md_table(
        [t(L.QUESTIONS), t(L.COUNT)],
        [[t(L.ASKED), str(c.asked)], [t(L.ACCEPTED), str(c.accepted)], [t(L.ANSWERED), str(c.answered)],
         [t(L.DISMISSED), str(c.dismissed)], [t(L.MERGED), str(c.merged)], [t(L.LEFT_OPEN), str(c.open)]],
        (False, True),
    )
    if report.by_source:
        out += [f"### {t(L.BY_SOURCE)}", ""]
        out += _md_table([t(L.SOURCE), t(L.COUNT)], ([t(L.SOURCES[s]), str(n)] for s, n in report.by_source), (False, True))
    if report.by_addressee:
        out += [f"### {t(L.BY_ADDRESSEE)}", ""]
        out += _md_table(
            [t(L.ADDRESSED_TO), t(L.COUNT)],
            ([md(name) if name else t(L.NOBODY_IN_PARTICULAR), str(n)] for name, n in report.by_addressee),
            (False, True),
        )
    out += [f"### {t(L.ANSWERED_QUESTIONS)}", ""]
    if report.answered:
        out += _md_table(
            [t(L.QUESTION), t(L.ASKED_BY), t(L.ANSWERED_BY), t(L.ON_AIR), t(L.ANSWER_TIME)],
            (
                [md(q.text), md(_with_org(q.asked_by, q.organisation)), md(", ".join(q.answered_by)),
                 L.clock(q.on_air_at, zone) if q.on_air_at else "",
                 L.length(q.answer_time) if q.answer_time is not None else ""]
                for q in report.answered
            ),
            (False, False, False, True, True),
        )
    else:
        out += [t(L.NONE), ""]
    out += [f"### {t(L.OPEN_QUESTIONS)}", ""]
    if report.open_questions:
        out += _md_table(
            [t(L.QUESTION), t(L.ASKED_BY), t(L.ADDRESSED_TO), t(L.VOTES)],
            (
                [md(q.text), md(_with_org(q.asked_by, q.organisation)),
                 md(q.addressee) if q.addressee else t(L.NOBODY_IN_PARTICULAR), str(q.votes)]
                for q in report.open_questions
            ),
            (False, False, False, True),
        )
    else:
        out += [t(L.NONE), ""]

    out += [f"## {t(L.LOG)}", ""]
    if report.rehearsal_entries:
        out += [t(L.REHEARSAL_LEFT_OUT, count=str(report.rehearsal_entries)), ""]
    if report.log:
        out += _md_table(
            [t(L.TIME), t(L.ACTION), t(L.SLOT), t(L.PERSON), t(L.DETAIL), t(L.BY)],
            (
                [L.clock(e.at, zone, seconds=True), L.action_label(tr, md(e.action)), md(e.slot_title),
                 md(e.person), md(e.detail), md(e.by)]
                for e in report.log
            ),
        )
    else:
        out += [t(L.NONE), ""]
    out += [f"_{as_of(report.made_at, zone, tr, lang)}_", ""]
    return "\n".join(out)


def _with_org(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if name and organisation else name or organisation


CSV_COLUMNS = (
    "section", "id", "title", "person", "planned_start", "actual_start", "planned_seconds",
    "actual_seconds", "difference_seconds", "share", "status", "source", "asked_by",
    "organisation", "addressed_to", "answered_by", "on_air_at", "answered_at", "detail", "by",
)


def export_report_csv(report: Report) -> str:
    """The after-show report as one CSV table (see the module); column names in English.

    The column names are the same in every language, so that a spreadsheet built on one
    report reads the next; the sections are ``slot``, ``talk``, ``panel``, ``question``
    and ``log``.
    """
    zone = ZoneInfo(report.event.timezone)

    def when(value: datetime | None) -> str:
        return value.astimezone(zone).isoformat() if value is not None else ""

    def seconds(value: timedelta | None) -> str:
        return "" if value is None else str(round(value.total_seconds()))

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_COLUMNS)

    def row(**cells: str) -> None:
        writer.writerow([_guarded(cells.get(column, "")) for column in CSV_COLUMNS])

    for s in report.slots:
        row(section="slot", id=str(s.slot_id or ""), title=s.title, planned_start=when(s.planned_start),
            actual_start=when(s.actual_start), planned_seconds=seconds(s.planned_length),
            actual_seconds=seconds(s.actual_length) if s.ran else "", difference_seconds=seconds(s.over),
            status=s.kind.value)
    for t in report.talk:
        row(section="talk", id=str(t.person_id), person=t.name, organisation=t.organisation,
            actual_seconds=seconds(t.talk_time), share=f"{t.share:.4f}")
    for panel in report.panels:
        for p in panel.rows:
            row(section="panel", id=str(p.person_id), title=panel.slot_title, person=p.name,
                actual_seconds=seconds(p.talk_time), share=f"{p.share:.4f}",
                status="moderating" if p.moderating else "")
    for q in report.answered:
        row(section="question", id=str(q.question_id or ""), title=q.text, status="answered",
            asked_by=q.asked_by, organisation=q.organisation, addressed_to=q.addressee,
            answered_by=", ".join(q.answered_by), on_air_at=when(q.on_air_at), answered_at=when(q.answered_at),
            actual_seconds=seconds(q.answer_time), detail=q.slot_title)
    for o in report.open_questions:
        row(section="question", id=str(o.question_id or ""), title=o.text, status=o.status.value,
            source=o.source.value, asked_by=o.asked_by, organisation=o.organisation, addressed_to=o.addressee)
    for e in report.log:
        row(section="log", title=e.slot_title, person=e.person, actual_start=when(e.at), status=e.action,
            detail=e.detail, by=e.by)
    return _BOM + buffer.getvalue()
