"""The after-show report as one self-contained HTML page, with its charts as inline SVG.

What a series organiser sends to the panel the next morning (the blocks of
:func:`moderator.exporters.report_blocks.report_blocks`): the show planned against actual
(a timeline chart and a table, the total drift and where it came from), talk time per
person (a bar chart, with each panel's shares), the questions and the log of live actions
with rehearsals left out. Everything that came from users is escaped, in the SVG too.
"""

from __future__ import annotations

import html

from moderator.exporters.html_export import Translate, primary_language, translator_for
from moderator.exporters.report import Report
from moderator.exporters.report_blocks import Block, Cell, Chart, Heading, Paragraph, Table, report_blocks
from moderator.exporters.report_labels import REPORT, label

_STYLE = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: "Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
       font-size: 11pt; color: #111111; background-color: #ffffff;
       max-width: 190mm; margin: 10mm auto; padding: 0 5mm; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 14pt; font-weight: bold; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
h2, h3 { page-break-after: avoid; break-after: avoid; }
p { margin-top: 0; margin-bottom: 4px; }
p.series { font-size: 10pt; color: #555555; margin-bottom: 2px; }
p.when { font-size: 12pt; margin-bottom: 10px; }
p.summary { font-size: 13pt; font-weight: bold; }
p.note { font-size: 10pt; color: #555555; }
p.footer { font-size: 9pt; color: #555555; margin-top: 16px; }
table { border-collapse: collapse; margin-bottom: 6px; width: 100%; }
th { font-size: 9pt; font-weight: bold; color: #555555; text-align: left;
     padding: 2px 8px 3px 0; border-bottom: 2px solid #111111; }
td { font-size: 10pt; vertical-align: top; padding: 3px 8px 3px 0; border-bottom: 1px solid #bbbbbb; }
.num { text-align: right; }
.over { color: #c62828; font-weight: bold; }
.under { color: #2e7d32; }
.bold { font-weight: bold; }
tr { page-break-inside: avoid; break-inside: avoid; }
table.log td { font-size: 9pt; padding: 1px 6px 1px 0; }
div.chart { margin-top: 6px; margin-bottom: 8px; }
"""


def _e(text: str) -> str:
    """Text as HTML text, escaped, on one line."""
    return html.escape(" ".join(text.split()))


def _cell(tag: str, cell: Cell, numeric: bool) -> str:
    classes = " ".join(c for c in ("num" if numeric else "", cell.tone) if c)
    attribute = f' class="{classes}"' if classes else ""
    return f"<{tag}{attribute}>{_e(cell.text)}</{tag}>"


def _table(table: Table) -> list[str]:
    css = f' class="{table.style}"' if table.style else ""
    head = "".join(_cell("th", Cell(c.label), c.numeric) for c in table.columns)
    numeric = [c.numeric for c in table.columns]
    lines = [f"<table{css}>", f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    lines.extend(
        "<tr>" + "".join(_cell("td", cell, numeric[i]) for i, cell in enumerate(row)) + "</tr>" for row in table.rows
    )
    lines.extend(["</tbody>", "</table>"])
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"<h{block.level}>{_e(block.text)}</h{block.level}>"]
    if isinstance(block, Paragraph):
        css = f' class="{block.style}"' if block.style else ""
        return [f"<p{css}>{_e(block.text)}</p>"]
    if isinstance(block, Chart):
        return [f'<div class="chart">{block.svg}</div>']
    return _table(block)


def export_report_html(report: Report, *, texts: Translate | None = None, language: str = "en") -> str:
    """The after-show report as one self-contained HTML5 document (see the module)."""
    lang = primary_language(language)
    translate = texts if texts is not None else translator_for(lang)
    blocks = report_blocks(report, translate, lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="generator" content="moderator">',
        f"<title>{_e(label(translate, REPORT))}: {_e(report.event.title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
    ]
    for block in blocks:
        parts.extend(_block(block))
    parts.extend(["</body>", "</html>"])
    return "\n".join(parts) + "\n"
