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
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from moderator.exporters.csv_export import CSV_BOM, guard_formula
from moderator.exporters.html_export import Translate, primary_language, translator_for
from moderator.exporters.report import Report
from moderator.exporters.report_blocks import Heading, Paragraph, Table, report_blocks

#: What Markdown (and the HTML it may carry) could read as markup anywhere in a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
#: What it reads as markup at the start of a line: a heading, a list, a quote.
_MD_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def md(text: str) -> str:
    """User text as Markdown text: one line, every character Markdown could read escaped."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MD_LINE_START.sub(r"\\\1", escaped)


def _md_table(table: Table) -> list[str]:
    header = [md(c.label) for c in table.columns]
    align = ["---:" if c.numeric else "---" for c in table.columns]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    for row in table.rows:
        cells = [f"**{md(cell.text)}**" if cell.tone == "bold" and cell.text else md(cell.text) for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def export_report_markdown(report: Report, *, texts: Translate | None = None, language: str = "en") -> str:
    """The after-show report as Markdown (see the module); the charts are left out."""
    lang = primary_language(language)
    translate = texts if texts is not None else translator_for(lang)
    out: list[str] = []
    for block in report_blocks(report, translate, lang):
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + md(block.text), ""]
        elif isinstance(block, Paragraph):
            text = md(block.text)
            out += [f"**{text}**" if block.style == "summary" else f"_{text}_" if block.style == "footer" else text, ""]
        elif isinstance(block, Table):
            out += _md_table(block)
    return "\n".join(out)


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
        writer.writerow([guard_formula(cells.get(column, "")) for column in CSV_COLUMNS])

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
    return CSV_BOM + buffer.getvalue()
