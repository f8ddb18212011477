"""The after-show report as one self-contained HTML page, with its charts as inline SVG.

What a series organiser sends to the panel the next morning: the show planned against
actual (a timeline chart and a table, the total drift and where it came from), talk time
per person (a bar chart, with each panel's shares), the questions (counts, by source and
addressee, the answered ones with their answer times, the open ones) and the log of live
actions with rehearsals left out.

The same HTML is laid out by Qt's ``QTextDocument`` for the PDF
(:mod:`moderator.ui.report_print`). Qt does not draw inline SVG, so with
``charts="images"`` each chart becomes an ``<img src="chart:NAME">`` that the PDF side
fills with the same SVG (:func:`chart_svgs`) drawn through Qt's SVG renderer. Everything
that came from users (titles, names, questions, log details) is escaped, in the SVG too.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from moderator.exporters import report_labels as L
from moderator.exporters.html_export import (
    Translate,
    as_of,
    format_date,
    primary_language,
    translator_for,
)
from moderator.exporters.report import ZERO, PanelShare, Report

Charts = Literal["inline", "images"]

#: Width of every chart in CSS pixels (the A4 text width at 96 dpi is about 680).
CHART_WIDTH = 680
_LABEL_WIDTH = 210
_ROW = 26
_AXIS = 28
#: Colours: the plan in grey, actual on plan or shorter in green, longer in red.
_PLANNED = "#c5cbd3"
_ON_PLAN = "#2e7d32"
_OVER = "#c62828"
_BAR = "#1f5f99"
_PANEL_COLOURS = ("#1f5f99", "#e07b00", "#2e7d32", "#8e44ad", "#c62828", "#00838f", "#6d4c41", "#5d6d7e")

_STYLE = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       font-size: 11pt; color: #111111; background-color: #ffffff; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 14pt; font-weight: bold; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
h2, h3 { page-break-after: avoid; break-after: avoid; }
p { margin-top: 0; margin-bottom: 4px; }
.series { font-size: 10pt; color: #555555; margin-bottom: 2px; }
.when { font-size: 12pt; margin-bottom: 10px; }
.drift { font-size: 13pt; font-weight: bold; }
table { border-collapse: collapse; margin-bottom: 6px; }
th { font-size: 9pt; font-weight: bold; color: #555555; text-align: left;
     padding: 2px 8px 3px 0; border-bottom: 2px solid #111111; }
td { font-size: 10pt; vertical-align: top; padding: 3px 8px 3px 0; border-bottom: 1px solid #bbbbbb; }
td.num, th.num { text-align: right; }
td.over { color: #c62828; font-weight: bold; }
td.under { color: #2e7d32; }
tr { page-break-inside: avoid; break-inside: avoid; }
.note { font-size: 10pt; color: #555555; }
.chart { margin-top: 6px; margin-bottom: 8px; }
td.chart { border-bottom: none; padding: 0; }
table.log td { font-size: 9pt; padding: 1px 6px 1px 0; }
.footer { font-size: 9pt; color: #555555; margin-top: 16px; }
@media only screen { body { max-width: 190mm; margin: 10mm auto; padding: 0 5mm; } }
"""


def _e(text: object) -> str:
    """User text (or anything) as HTML text, escaped, on one line."""
    return html.escape(" ".join(str(text).split()))


class _Writer:
    """Builds the report's HTML (a class only to share the translator, zone and language)."""

    def __init__(self, report: Report, texts: Translate, language: str, charts: Charts) -> None:
        self.report = report
        self.texts = texts
        self.language = language
        self.charts = charts
        self.zone = ZoneInfo(report.event.timezone)

    def tr(self, source: str, **fields: object) -> str:
        return html.escape(L.label(self.texts, source, **fields))

    def table(self, header: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]], css: str = "") -> list[str]:
        """A table; ``header`` is (label, numeric) per column, cells are ready HTML."""
        numeric = [num for _label, num in header]
        num_class = ' class="num"'
        head = "".join(f"<th{num_class if num else ''}>{self.tr(text)}</th>" for text, num in header)
        table_class = f' class="{css}"' if css else ""
        lines = [f'<table{table_class} width="100%" cellspacing="0">', f"<thead><tr>{head}</tr></thead>", "<tbody>"]
        for row in rows:
            cells = []
            for index, cell in enumerate(row):
                classes = "num" if numeric[index] else ""
                if cell.startswith("\x00"):  # a marker for a cell class, see _delta_cell
                    extra, cell = cell[1:].split("\x00", 1)
                    classes = f"{classes} {extra}".strip()
                cells.append(f'<td class="{classes}">{cell}</td>' if classes else f"<td>{cell}</td>")
            lines.append("<tr>" + "".join(cells) + "</tr>")
        lines.extend(["</tbody>", "</table>"])
        return lines

    def chart(self, name: str, svg: str) -> str:
        if self.charts == "inline":
            return f'<div class="chart">{svg}</div>'
        width, height = _svg_size(svg)
        # A table of its own: the PDF moves a table that would cross a page to the next
        # one together with the heading before it (``print_export.keep_together``).
        return (
            f'<table class="chart" width="100%" cellspacing="0"><tr><td class="chart">'
            f'<img src="chart:{name}" width="{width}" height="{height}"></td></tr></table>'
        )

    # -- the document -----------------------------------------------------------------------

    def document(self) -> str:
        report = self.report
        title = f"{self.tr(L.REPORT)}: {_e(report.event.title)}"
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(self.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="generator" content="moderator">',
            f"<title>{title}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *self.header(),
            *self.planned_and_actual(),
            *self.talk_time(),
            *self.questions(),
            *self.log(),
            f'<p class="footer">{html.escape(as_of(report.made_at, self.zone, self.texts, self.language))}</p>',
            "</body>",
            "</html>",
        ]
        return "\n".join(parts) + "\n"

    def header(self) -> list[str]:
        event = self.report.event
        series = f"{_e(event.series)} · " if event.series.strip() else ""
        day = format_date(event.start.astimezone(self.zone).date(), self.language)
        return [
            f'<p class="series">{series}{self.tr(L.REPORT)}</p>',
            f"<h1>{_e(event.title)}</h1>",
            f'<p class="when">{html.escape(day)}</p>',
            *(f'<p class="drift">{html.escape(line)}</p>' for line in summary_lines(self.report, self.texts)),
        ]

    def planned_and_actual(self) -> list[str]:
        report = self.report
        lines = [f"<h2>{self.tr(L.PLANNED_AND_ACTUAL)}</h2>"]
        if any(s.ran for s in report.slots):
            lines.append(self.chart("timeline", timeline_svg(report, self.texts)))
        rows = []
        for slot in report.slots:
            actual = L.clock(slot.actual_start, self.zone) if slot.actual_start else self.tr(L.NOT_RUN)
            rows.append(
                [
                    _e(slot.title),
                    L.clock(slot.planned_start, self.zone),
                    actual,
                    L.length(slot.planned_length),
                    L.length(slot.actual_length) if slot.ran else "",
                    _delta_cell(slot.over),
                ]
            )
        lines.extend(
            self.table(
                [(L.SLOT, False), (L.PLANNED_START, True), (L.ACTUAL_START, True), (L.PLANNED_LENGTH, True),
                 (L.ACTUAL_LENGTH, True), (L.DIFFERENCE, True)],
                rows,
            )
        )
        if report.drift_sources:
            lines.append(f"<h3>{self.tr(L.DRIFT_SOURCES)}</h3>")
            rows = [[self.tr(L.CAUSES[s.cause], slot=s.slot_title), _delta_cell(s.amount)] for s in report.drift_sources]
            assert report.drift is not None
            rows.append([f"<b>{self.tr(L.TOTAL)}</b>", _delta_cell(report.drift)])
            lines.extend(self.table([(L.CAUSE, False), (L.DIFFERENCE, True)], rows))
        return lines

    def talk_time(self) -> list[str]:
        report = self.report
        lines = [f"<h2>{self.tr(L.TALK_TIME)}</h2>"]
        if not report.talk:
            return lines + [f'<p class="note">{self.tr(L.NOBODY_SPOKE)}</p>']
        lines.append(self.chart("talk", talk_svg(report, self.texts)))
        lines.extend(
            self.table(
                [(L.PERSON, False), (L.TALK_TIME, True), (L.SHARE, True)],
                ([_e(_with_org(row.name, row.organisation)), L.length(row.talk_time), L.percent(row.share)] for row in report.talk),
            )
        )
        for index, panel in enumerate(report.panels):
            lines.append(f"<h3>{self.tr(L.PANEL_BALANCE, slot=panel.slot_title)}</h3>")
            lines.append(self.chart(f"panel{index}", panel_svg(panel.rows, self.texts)))
            lines.extend(
                self.table(
                    [(L.PERSON, False), (L.TALK_TIME, True), (L.SHARE, True)],
                    (
                        [self.tr(L.MODERATING, name=row.name) if row.moderating else _e(row.name),
                         L.length(row.talk_time), L.percent(row.share)]
                        for row in panel.rows
                    ),
                )
            )
        return lines

    def questions(self) -> list[str]:
        report, counts = self.report, self.report.counts
        lines = [f"<h2>{self.tr(L.QUESTIONS)}</h2>"]
        lines.extend(
            self.table(
                [(L.QUESTIONS, False), (L.COUNT, True)],
                [
                    [self.tr(L.ASKED), str(counts.asked)],
                    [self.tr(L.ACCEPTED), str(counts.accepted)],
                    [self.tr(L.ANSWERED), str(counts.answered)],
                    [self.tr(L.DISMISSED), str(counts.dismissed)],
                    [self.tr(L.MERGED), str(counts.merged)],
                    [self.tr(L.LEFT_OPEN), str(counts.open)],
                ],
            )
        )
        if report.by_source:
            lines.append(f"<h3>{self.tr(L.BY_SOURCE)}</h3>")
            lines.extend(
                self.table([(L.SOURCE, False), (L.COUNT, True)], ([self.tr(L.SOURCES[s]), str(n)] for s, n in report.by_source))
            )
        if report.by_addressee:
            lines.append(f"<h3>{self.tr(L.BY_ADDRESSEE)}</h3>")
            lines.extend(
                self.table(
                    [(L.ADDRESSED_TO, False), (L.COUNT, True)],
                    ([_e(name) if name else self.tr(L.NOBODY_IN_PARTICULAR), str(n)] for name, n in report.by_addressee),
                )
            )
        lines.append(f"<h3>{self.tr(L.ANSWERED_QUESTIONS)}</h3>")
        if report.answered:
            lines.extend(
                self.table(
                    [(L.QUESTION, False), (L.ASKED_BY, False), (L.ANSWERED_BY, False), (L.ON_AIR, True), (L.ANSWER_TIME, True)],
                    (
                        [
                            _e(q.text),
                            _e(_with_org(q.asked_by, q.organisation)),
                            _e(", ".join(q.answered_by)),
                            L.clock(q.on_air_at, self.zone) if q.on_air_at else "",
                            L.length(q.answer_time) if q.answer_time is not None else "",
                        ]
                        for q in report.answered
                    ),
                )
            )
        else:
            lines.append(f'<p class="note">{self.tr(L.NONE)}</p>')
        lines.append(f"<h3>{self.tr(L.OPEN_QUESTIONS)}</h3>")
        if report.open_questions:
            lines.extend(
                self.table(
                    [(L.QUESTION, False), (L.ASKED_BY, False), (L.ADDRESSED_TO, False), (L.VOTES, True)],
                    (
                        [_e(q.text), _e(_with_org(q.asked_by, q.organisation)),
                         _e(q.addressee) if q.addressee else self.tr(L.NOBODY_IN_PARTICULAR), str(q.votes)]
                        for q in report.open_questions
                    ),
                )
            )
        else:
            lines.append(f'<p class="note">{self.tr(L.NONE)}</p>')
        return lines

    def log(self) -> list[str]:
        report = self.report
        lines = [f"<h2>{self.tr(L.LOG)}</h2>"]
        if report.rehearsal_entries:
            lines.append(f'<p class="note">{self.tr(L.REHEARSAL_LEFT_OUT, count=report.rehearsal_entries)}</p>')
        if not report.log:
            return lines + [f'<p class="note">{self.tr(L.NONE)}</p>']
        action_names: dict[str, str] = {}
        rows = []
        for entry in report.log:
            name = action_names.get(entry.action)
            if name is None:
                name = action_names[entry.action] = html.escape(L.action_label(self.texts, entry.action))
            rows.append(
                [L.clock(entry.at, self.zone, seconds=True), name, _e(entry.slot_title), _e(entry.person),
                 _e(entry.detail), _e(entry.by)]
            )
        lines.extend(
            self.table(
                [(L.TIME, False), (L.ACTION, False), (L.SLOT, False), (L.PERSON, False), (L.DETAIL, False), (L.BY, False)],
                rows,
                css="log",
            )
        )
        return lines


def summary_lines(report: Report, texts: Translate) -> list[str]:
    """The report's first lines: planned and actual times, and the total drift (plain text)."""
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


def _with_org(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if name and organisation else name or organisation


def _delta_cell(delta: timedelta | None) -> str:
    """A signed difference for a numeric cell, marked red when over and green when under."""
    if delta is None:
        return ""
    seconds = round(delta.total_seconds())
    css = "over" if seconds > 0 else "under" if seconds < 0 else ""
    text = L.signed(delta)
    return f"\x00{css}\x00{text}" if css else text


# -- charts (SVG) --------------------------------------------------------------------------------


def _svg_size(svg: str) -> tuple[int, int]:
    """The width and height attributes of a chart made here."""
    head = svg[: svg.index(">")]
    width = int(head.split('width="', 1)[1].split('"', 1)[0])
    height = int(head.split('height="', 1)[1].split('"', 1)[0])
    return width, height


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return "".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
            f"<title>{html.escape(title)}</title>",
            *body,
            "</svg>",
        ]
    )


def _short(text: str, limit: int = 34) -> str:
    """A chart label: one line, cut with "…" (the tables beside it have the full text)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = "#111111", weight: str = "") -> str:
    bold = ' font-weight="bold"' if weight else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{bold}>'
        f"{html.escape(text)}</text>"
    )


def _rect(x: float, y: float, w: float, h: float, fill: str) -> str:
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.5):.1f}" height="{h:.1f}" fill="{fill}"/>'


def timeline_svg(report: Report, texts: Translate) -> str:
    """Planned (grey) against actual (green, red when longer than planned) per slot."""
    zone = ZoneInfo(report.event.timezone)
    instants: list[datetime] = [report.planned_start, report.planned_end]
    for slot in report.slots:
        if slot.actual_start is not None:
            instants.extend((slot.actual_start, slot.actual_start + slot.actual_length))
    first, last = min(instants), max(instants)
    span = max((last - first).total_seconds(), 60.0)
    # Room on the right for the last tick's time, centred on its line.
    plot_left, plot_right = _LABEL_WIDTH, CHART_WIDTH - 22
    scale = (plot_right - plot_left) / span

    def x_of(at: datetime) -> float:
        return plot_left + (at - first).total_seconds() * scale

    height = _AXIS + _ROW * len(report.slots) + 24
    body: list[str] = []
    # Ticks every 5, 10, 15, 30 or 60 minutes: about eight across the chart.
    step = next((m for m in (5, 10, 15, 30, 60, 120) if span / (m * 60) <= 9), 240)
    local_first = first.astimezone(zone)
    tick = local_first.replace(minute=(local_first.minute // step) * step if step < 60 else 0, second=0, microsecond=0)
    while tick <= last:
        if tick >= first:
            x = x_of(tick)
            body.append(f'<line x1="{x:.1f}" y1="{_AXIS - 6}" x2="{x:.1f}" y2="{height - 24}" stroke="#e3e6ea"/>')
            body.append(_text(x, _AXIS - 10, f"{tick:%H:%M}", anchor="middle", fill="#555555"))
        tick += timedelta(minutes=step)
    for index, slot in enumerate(report.slots):
        top = _AXIS + index * _ROW
        body.append(_text(plot_left - 8, top + 16, _short(slot.title, 30), anchor="end"))
        body.append(_rect(x_of(slot.planned_start), top + 3, slot.planned_length.total_seconds() * scale, 8, _PLANNED))
        if slot.actual_start is not None:
            over = slot.over or ZERO
            colour = _OVER if over > timedelta(seconds=0.5) else _ON_PLAN
            body.append(_rect(x_of(slot.actual_start), top + 12, slot.actual_length.total_seconds() * scale, 9, colour))
    legend_y = height - 8
    body.append(_rect(plot_left, legend_y - 9, 14, 8, _PLANNED))
    body.append(_text(plot_left + 18, legend_y, L.label(texts, L.PLANNED), fill="#555555"))
    body.append(_rect(plot_left + 110, legend_y - 9, 14, 8, _ON_PLAN))
    body.append(_text(plot_left + 128, legend_y, L.label(texts, L.ACTUAL), fill="#555555"))
    body.append(_rect(plot_left + 220, legend_y - 9, 14, 8, _OVER))
    body.append(_text(plot_left + 238, legend_y, L.label(texts, L.LONGER), fill="#555555"))
    return _svg(CHART_WIDTH, height, body, L.label(texts, L.TIMELINE))


def talk_svg(report: Report, texts: Translate) -> str:
    """Talk time per person, longest first, with the time and the share of the show."""
    rows = report.talk
    longest = max((row.talk_time for row in rows), default=ZERO).total_seconds() or 1.0
    plot_left, plot_right = _LABEL_WIDTH, CHART_WIDTH - 90
    body: list[str] = []
    for index, row in enumerate(rows):
        top = 4 + index * _ROW
        width = row.talk_time.total_seconds() / longest * (plot_right - plot_left)
        body.append(_text(plot_left - 8, top + 15, _short(row.name, 30), anchor="end"))
        body.append(_rect(plot_left, top + 4, width, 14, _BAR))
        body.append(_text(plot_left + width + 6, top + 15, f"{L.length(row.talk_time)} · {L.percent(row.share)}", fill="#333333"))
    return _svg(CHART_WIDTH, 8 + _ROW * len(rows), body, L.label(texts, L.TALK_TIME))


def panel_svg(rows: Sequence[PanelShare], texts: Translate) -> str:
    """A panel's shares as one bar split by person (panelists only), with a legend below."""
    floor_rows = [row for row in rows if not row.moderating]
    body: list[str] = []
    left, width = 0.0, float(CHART_WIDTH - 2)
    x = left
    for index, row in enumerate(floor_rows):
        colour = _PANEL_COLOURS[index % len(_PANEL_COLOURS)]
        part = row.share * width
        if part > 0:
            body.append(_rect(x, 2, part, 18, colour))
            if part > 40:
                body.append(_text(x + part / 2, 15, L.percent(row.share), anchor="middle", fill="#ffffff", weight="bold"))
        x += part
    if x == left:
        body.append(_rect(left, 2, width, 18, _PLANNED))
    columns = 3
    for index, row in enumerate(floor_rows):
        colour = _PANEL_COLOURS[index % len(_PANEL_COLOURS)]
        cx = (index % columns) * (CHART_WIDTH / columns)
        cy = 30 + (index // columns) * 18
        body.append(_rect(cx, cy, 10, 10, colour))
        body.append(_text(cx + 14, cy + 9, f"{_short(row.name, 26)} {L.percent(row.share)}"))
    height = 30 + 18 * ((len(floor_rows) + columns - 1) // columns) + 4
    return _svg(CHART_WIDTH, height, body, L.label(texts, L.SHARE))


def chart_svgs(report: Report, texts: Translate) -> dict[str, str]:
    """The charts of the report by the names ``charts="images"`` refers to them by."""
    charts: dict[str, str] = {}
    if any(s.ran for s in report.slots):
        charts["timeline"] = timeline_svg(report, texts)
    if report.talk:
        charts["talk"] = talk_svg(report, texts)
    for index, panel in enumerate(report.panels):
        charts[f"panel{index}"] = panel_svg(panel.rows, texts)
    return charts


def export_report_html(
    report: Report,
    *,
    texts: Translate | None = None,
    language: str = "en",
    charts: Charts = "inline",
) -> str:
    """The after-show report as one self-contained HTML5 document (see the module)."""
    lang = primary_language(language)
    translate = texts if texts is not None else translator_for(lang)
    return _Writer(report, translate, lang, charts).document()
