"""The after-show report's charts, as SVG: planned against actual, talk time, panel shares.

The HTML page inlines them; the PDF draws the same SVG through Qt's SVG renderer
(:mod:`moderator.ui.report_print`), so both show one drawing. Only shapes and text that
SVG Tiny 1.2 (what Qt renders) knows are used. Text from users (slot titles, names) is
escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from moderator.exporters import report_labels as L
from moderator.exporters.html_export import Translate
from moderator.exporters.report import ZERO, PanelShare, Report

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


def svg_size(svg: str) -> tuple[int, int]:
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
