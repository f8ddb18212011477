"""The after-show report as a sequence of plain blocks: headings, paragraphs, charts, tables.

One function decides what the report says and in which order (:func:`report_blocks`);
the HTML page, the Markdown text and the PDF (drawn by Qt in
:mod:`moderator.ui.report_print`) only render these blocks, each escaping user text the
way its format needs. Texts here are plain, never escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from moderator.exporters import report_labels as L
from moderator.exporters.html_export import Translate, as_of, format_date
from moderator.exporters.report import Report
from moderator.exporters.report_charts import panel_svg, talk_svg, timeline_svg


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    #: "series", "when", "summary", "note" or "footer": how prominent it is.
    style: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    name: str
    svg: str


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    numeric: bool = False
    #: Share of the table's width, relative to the other columns.
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    #: "over" (red), "under" (green), "bold" or "".
    tone: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: "log" for the dense log table, else "".
    style: str = ""


Block = Heading | Paragraph | Chart | Table


def _with_org(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if name and organisation else name or organisation


def _delta(delta: timedelta | None, *, bold: bool = False) -> Cell:
    """A signed difference, red when over and green when under."""
    if delta is None:
        return Cell("")
    seconds = round(delta.total_seconds())
    tone = "over" if seconds > 0 else "under" if seconds < 0 else ("bold" if bold else "")
    return Cell(L.signed(delta), tone)


def _table(columns: Iterable[Column], rows: Iterable[Iterable[Cell | str]], style: str = "") -> Table:
    return Table(
        tuple(columns),
        tuple(tuple(cell if isinstance(cell, Cell) else Cell(cell) for cell in row) for row in rows),
        style,
    )


def summary_lines(report: Report, texts: Translate) -> list[str]:
    """The report's first lines: planned and actual times, and the total drift."""
    zone = ZoneInfo(report.event.timezone)
    planned = f"{L.clock(report.planned_start, zone)}–{L.clock(report.planned_end, zone)}"
    started = next((s.actual_start for s in report.slots if s.actual_start), None)
    if report.drift is None or started is None:
        return [L.label(texts, L.NOT_STARTED)]
    end = report.show_ended_at
    actual = f"{L.clock(started, zone)}–{L.clock(end, zone)}" if end else f"{L.clock(started, zone)}–"
    lines = [L.label(texts, L.SUMMARY, planned=planned, actual=actual)]
    drift = round(report.drift.total_seconds())
    amount = L.length(report.drift)
    if end is None:
        lines.append(L.label(texts, L.RUNNING_LATE if drift >= 0 else L.RUNNING_EARLY, drift=amount))
    elif drift == 0:
        lines.append(L.label(texts, L.ENDED_ON_TIME))
    else:
        lines.append(L.label(texts, L.ENDED_LATE if drift > 0 else L.ENDED_EARLY, drift=amount))
    return lines


def report_blocks(report: Report, texts: Translate, language: str) -> tuple[Block, ...]:
    """What the report says, in order (see the module)."""
    def t(source: str, **fields: object) -> str:
        return L.label(texts, source, **fields)

    zone = ZoneInfo(report.event.timezone)
    event = report.event
    blocks: list[Block] = []
    series = f"{event.series.strip()} · " if event.series.strip() else ""
    blocks.append(Paragraph(series + t(L.REPORT), "series"))
    blocks.append(Heading(1, event.title))
    blocks.append(Paragraph(format_date(event.start.astimezone(zone).date(), language), "when"))
    blocks.extend(Paragraph(line, "summary") for line in summary_lines(report, texts))

    # Planned and actual.
    blocks.append(Heading(2, t(L.PLANNED_AND_ACTUAL)))
    if any(s.ran for s in report.slots):
        blocks.append(Chart("timeline", timeline_svg(report, texts)))
    blocks.append(
        _table(
            (Column(t(L.SLOT), weight=3.2), Column(t(L.PLANNED_START), True), Column(t(L.ACTUAL_START), True),
             Column(t(L.PLANNED_LENGTH), True), Column(t(L.ACTUAL_LENGTH), True), Column(t(L.DIFFERENCE), True)),
            (
                (s.title, L.clock(s.planned_start, zone),
                 L.clock(s.actual_start, zone) if s.actual_start else t(L.NOT_RUN),
                 L.length(s.planned_length), L.length(s.actual_length) if s.ran else "", _delta(s.over))
                for s in report.slots
            ),
        )
    )
    if report.drift_sources and report.drift is not None:
        blocks.append(Heading(3, t(L.DRIFT_SOURCES)))
        rows: list[tuple[Cell | str, ...]] = [
            (t(L.CAUSES[s.cause], slot=s.slot_title), _delta(s.amount)) for s in report.drift_sources
        ]
        rows.append((Cell(t(L.TOTAL), "bold"), _delta(report.drift, bold=True)))
        blocks.append(_table((Column(t(L.CAUSE), weight=5), Column(t(L.DIFFERENCE), True)), rows))

    # Talk time.
    blocks.append(Heading(2, t(L.TALK_TIME)))
    if report.talk:
        blocks.append(Chart("talk", talk_svg(report, texts)))
        blocks.append(
            _table(
                (Column(t(L.PERSON), weight=4), Column(t(L.TALK_TIME), True), Column(t(L.SHARE), True)),
                ((_with_org(r.name, r.organisation), L.length(r.talk_time), L.percent(r.share)) for r in report.talk),
            )
        )
    else:
        blocks.append(Paragraph(t(L.NOBODY_SPOKE), "note"))
    for index, panel in enumerate(report.panels):
        blocks.append(Heading(3, t(L.PANEL_BALANCE, slot=panel.slot_title)))
        blocks.append(Chart(f"panel{index}", panel_svg(panel.rows, texts)))
        blocks.append(
            _table(
                (Column(t(L.PERSON), weight=4), Column(t(L.TALK_TIME), True), Column(t(L.SHARE), True)),
                (
                    (t(L.MODERATING, name=r.name) if r.moderating else r.name, L.length(r.talk_time), L.percent(r.share))
                    for r in panel.rows
                ),
            )
        )

    # Questions.
    c = report.counts
    blocks.append(Heading(2, t(L.QUESTIONS)))
    blocks.append(
        _table(
            (Column(t(L.QUESTIONS), weight=5), Column(t(L.COUNT), True)),
            ((t(L.ASKED), str(c.asked)), (t(L.ACCEPTED), str(c.accepted)), (t(L.ANSWERED), str(c.answered)),
             (t(L.DISMISSED), str(c.dismissed)), (t(L.MERGED), str(c.merged)), (t(L.LEFT_OPEN), str(c.open))),
        )
    )
    if report.by_source:
        blocks.append(Heading(3, t(L.BY_SOURCE)))
        blocks.append(
            _table(
                (Column(t(L.SOURCE), weight=5), Column(t(L.COUNT), True)),
                ((t(L.SOURCES[s]), str(n)) for s, n in report.by_source),
            )
        )
    if report.by_addressee:
        blocks.append(Heading(3, t(L.BY_ADDRESSEE)))
        blocks.append(
            _table(
                (Column(t(L.ADDRESSED_TO), weight=5), Column(t(L.COUNT), True)),
                ((name or t(L.NOBODY_IN_PARTICULAR), str(n)) for name, n in report.by_addressee),
            )
        )
    blocks.append(Heading(3, t(L.ANSWERED_QUESTIONS)))
    if report.answered:
        blocks.append(
            _table(
                (Column(t(L.QUESTION), weight=3.4), Column(t(L.ASKED_BY), weight=2), Column(t(L.ANSWERED_BY), weight=1.8),
                 Column(t(L.ON_AIR), True), Column(t(L.ANSWER_TIME), True)),
                (
                    (q.text, _with_org(q.asked_by, q.organisation), ", ".join(q.answered_by),
                     L.clock(q.on_air_at, zone) if q.on_air_at else "",
                     L.length(q.answer_time) if q.answer_time is not None else "")
                    for q in report.answered
                ),
            )
        )
    else:
        blocks.append(Paragraph(t(L.NONE), "note"))
    blocks.append(Heading(3, t(L.OPEN_QUESTIONS)))
    if report.open_questions:
        blocks.append(
            _table(
                (Column(t(L.QUESTION), weight=3.4), Column(t(L.ASKED_BY), weight=2), Column(t(L.ADDRESSED_TO), weight=1.8),
                 Column(t(L.VOTES), True, 0.7)),
                (
                    (q.text, _with_org(q.asked_by, q.organisation), q.addressee or t(L.NOBODY_IN_PARTICULAR), str(q.votes))
                    for q in report.open_questions
                ),
            )
        )
    else:
        blocks.append(Paragraph(t(L.NONE), "note"))

    # The log.
    blocks.append(Heading(2, t(L.LOG)))
    if report.rehearsal_entries:
        blocks.append(Paragraph(t(L.REHEARSAL_LEFT_OUT, count=report.rehearsal_entries), "note"))
    if report.log:
        names: dict[str, str] = {}
        blocks.append(
            _table(
                (Column(t(L.TIME), weight=0.9), Column(t(L.ACTION), weight=1.5), Column(t(L.SLOT), weight=2.4),
                 Column(t(L.PERSON), weight=1.6), Column(t(L.DETAIL), weight=1.2), Column(t(L.BY), weight=0.9)),
                (
                    (L.clock(e.at, zone, seconds=True),
                     names[e.action] if e.action in names else names.setdefault(e.action, L.action_label(texts, e.action)),
                     e.slot_title, e.person, e.detail, e.by)
                    for e in report.log
                ),
                style="log",
            )
        )
    else:
        blocks.append(Paragraph(t(L.NONE), "note"))
    blocks.append(Paragraph(as_of(report.made_at, zone, texts, language), "footer"))
    return tuple(blocks)
