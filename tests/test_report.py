"""The after-show report: the seed event run through on a fake clock, then reported.

The scenario (``show_scenario``): a rehearsal, then the show starts late, the first
impulse runs over, the rest is re-planned, the third impulse ends early, and of seven
audience questions five are answered and two left open. Every expected number below is
computed from the scenario's own values, not typed in.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from moderator.domain.model import QuestionSource
from moderator.exporters.html_export import translator_for
from moderator.exporters.report import DriftCause, Report, build_report
from moderator.exporters.report_html import export_report_html
from moderator.exporters.report_labels import length, signed
from moderator.exporters.report_text import CSV_COLUMNS, export_report_csv, export_report_markdown, md
from moderator.persistence import EventStore

from show_scenario import ANSWER_LENGTH, ANSWERED, IMPULSE_1_OVER, IMPULSE_3_UNDER, LATE_START, QUESTIONS, ShowRun, run_seed_show


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> ShowRun:
    return run_seed_show(tmp_path_factory.mktemp("show"))


@pytest.fixture(scope="module")
def report(show: ShowRun) -> Report:
    store = EventStore.open(show.path, read_only=True)
    try:
        return build_report(store.snapshot(), store.log(), store.handoffs(), now=show.ended_at)
    finally:
        store.close()


def test_every_slot_is_reported_planned_against_actual(show: ShowRun, report: Report) -> None:
    planned = show.replanned
    assert [s.title for s in report.slots] == [s.title for s in planned]
    for outcome, slot in zip(report.slots, planned, strict=True):
        assert slot.id is not None
        assert outcome.planned_start == slot.start
        assert outcome.planned_length == slot.duration
        assert outcome.actual_start == show.actual_starts[slot.id]
        assert outcome.actual_length == show.actual_lengths[slot.id]
        assert outcome.over == show.actual_lengths[slot.id] - slot.duration
    # The one overrun and the early end are where the scenario put them.
    overs = {o.title: o.over for o in report.slots if o.over}
    assert overs == {planned[2].title: IMPULSE_1_OVER, planned[4].title: -IMPULSE_3_UNDER}


def test_the_total_drift_and_its_sources_add_up(show: ShowRun, report: Report) -> None:
    assert show.ended_at is not None
    planned_end = max(s.end for s in show.replanned)
    assert report.drift == show.ended_at - planned_end
    assert sum((s.amount for s in report.drift_sources), start=timedelta(0)) == report.drift

    by_cause = {(s.cause, s.slot_title): s.amount for s in report.drift_sources}
    first = show.replanned[0]
    assert by_cause[(DriftCause.LATE_START, first.title)] == LATE_START
    assert by_cause[(DriftCause.OVERRUN, show.replanned[2].title)] == IMPULSE_1_OVER
    assert by_cause[(DriftCause.OVERRUN, show.replanned[4].title)] == -IMPULSE_3_UNDER
    # The re-plan shortened what followed: the time it took out is the plan's slack.
    taken_out = sum((a.duration for a in show.planned_before_replan), start=timedelta(0)) - sum(
        (b.duration for b in show.replanned), start=timedelta(0)
    )
    assert by_cause[(DriftCause.PLAN_SLACK, "")] == -taken_out
    assert DriftCause.OTHER not in {s.cause for s in report.drift_sources}


def test_the_rehearsal_is_left_out(show: ShowRun, report: Report) -> None:
    assert report.rehearsal_entries >= show.rehearsal_entries
    assert show.show_started_at is not None
    assert all(line.at >= show.show_started_at for line in report.log)
    # The rehearsal's hand-off does not count as talk time: the host's time is the show's.
    store = EventStore.open(show.path, read_only=True)
    try:
        rehearsal_turns = [h for h in store.handoffs() if h.started_at < show.show_started_at]
    finally:
        store.close()
    # The scenario's rehearsal handed off once; the restart cleared that hand-off with it.
    assert rehearsal_turns == []
    total = sum((row.talk_time for row in report.talk), start=timedelta(0))
    show_length = show.ended_at - show.actual_starts[show.replanned[1].id or 0]  # type: ignore[operator]
    assert total == show_length  # someone spoke from the welcome to the end, nobody twice


def test_questions_are_counted_and_the_answers_timed(show: ShowRun, report: Report) -> None:
    counts = report.counts
    assert counts.asked == len(QUESTIONS)
    assert counts.accepted == len(QUESTIONS)
    assert counts.answered == ANSWERED
    assert counts.open == len(QUESTIONS) - ANSWERED
    assert counts.dismissed == 0 and counts.merged == 0

    sources: dict[QuestionSource, int] = {}
    for *_rest, source in QUESTIONS:
        sources[source] = sources.get(source, 0) + 1
    assert dict(report.by_source) == sources

    assert [q.question_id for q in report.answered] == show.answered_ids
    store = EventStore.open(show.path, read_only=True)
    try:
        names = {p.id: p.display_name for p in store.people()}
    finally:
        store.close()
    for row, (question_id, answerer, on_air, answered_at) in zip(report.answered, show.answers, strict=True):
        assert row.question_id == question_id
        assert row.answered_by == (names[answerer],)
        assert row.on_air_at == on_air and row.answered_at == answered_at
        assert row.answer_time == ANSWER_LENGTH
    assert [q.question_id for q in report.open_questions] == show.open_ids


def test_the_panel_balance_shares_add_up(report: Report) -> None:
    (panel,) = report.panels
    floor_rows = [row for row in panel.rows if not row.moderating]
    assert sum(row.share for row in floor_rows) == pytest.approx(1.0)
    floor_total = sum((row.talk_time for row in floor_rows), start=timedelta(0))
    assert floor_total == ANSWER_LENGTH * ANSWERED


def test_the_html_page_draws_its_charts_and_escapes_user_text(show: ShowRun, report: Report) -> None:
    page = export_report_html(report, language="en")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg ") == 3  # timeline, talk time, the panel's shares
    assert not re.search(r"<script|<link|src=", page, flags=re.I)
    # A question with markup in it stays text, in the tables and in the charts.
    assert "<b>für</b>" not in page
    assert html.escape("Vorbilder <b>für</b> Landkreise") in page
    # The numbers the page shows are the report's.
    assert f"+{length(IMPULSE_1_OVER)}" in page
    assert signed(report.drift or timedelta(0)) in page


def test_the_report_reads_in_german(report: Report) -> None:
    page = export_report_html(report, language="de", texts=translator_for("de"))
    assert '<html lang="de">' in page
    for german in ("Bericht nach der Sendung", "Geplant und tatsächlich", "Redezeit", "Offen gebliebene Fragen", "Mittwoch, 9. Juni 2021"):
        assert german in page
    text = export_report_markdown(report, language="de", texts=translator_for("de"))
    assert report.drift is not None and report.drift < timedelta(0)  # the scenario ends early
    assert f"Die Sendung endete {length(report.drift)} früher als geplant." in text


def test_markdown_keeps_user_text_from_becoming_markup(report: Report) -> None:
    text = export_report_markdown(report)
    assert r"Vorbilder \<b\>für\</b\> Landkreise" in text
    assert md("a | b * c") == r"a \| b \* c"
    assert md("# not a heading") == r"\# not a heading"
    # Every table row has as many cells as its header.
    for block in text.split("\n\n"):
        rows = [line for line in block.splitlines() if line.startswith("| ")]
        if rows:
            widths = {len(re.split(r"(?<!\\)\|", row)) for row in rows}
            assert len(widths) == 1, block


def test_csv_has_one_row_per_slot_person_question_and_log_entry(report: Report) -> None:
    text = export_report_csv(report)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    sections = [row["section"] for row in rows]
    assert sections.count("slot") == len(report.slots)
    assert sections.count("talk") == len(report.talk)
    assert sections.count("question") == len(QUESTIONS)
    assert sections.count("log") == len(report.log)
    impulse_1 = next(row for row in rows if row["section"] == "slot" and row["title"] == report.slots[2].title)
    assert int(impulse_1["difference_seconds"]) == IMPULSE_1_OVER.total_seconds()


def test_the_pdf_has_pages_that_poppler_renders(report: Report, tmp_path: Path, qapp: object) -> None:
    from moderator.ui.report_print import export_report_pdf

    path = tmp_path / "report.pdf"
    pages = export_report_pdf(report, path, language="en", texts=translator_for("en"))
    assert pages >= 2
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler's pdftoppm is not installed")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    # The first page shows the timeline: some of its pixels are the actual bars' green.
    greens = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).green() > 100 and image.pixelColor(x, y).red() < 80
    )
    assert greens > 50
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "After-show report" in text and "Planned and actual" in text


def test_the_command_line_writes_every_format(show: ShowRun, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "moderator", "report", str(show.path), *args],
            capture_output=True, text=True, timeout=120,
        )

    for fmt in ("html", "md", "csv", "pdf"):
        out = tmp_path / f"report.{fmt}"
        result = run("--format", fmt, "-o", str(out), "--lang", "de")
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    assert "Bericht nach der Sendung" in (tmp_path / "report.md").read_text(encoding="utf-8")
    to_stdout = run("--format", "md", "--lang", "en")
    assert to_stdout.stdout.startswith("Innovators Lounge digital · After-show report\n\n# Open Government")

    refused = run("--format", "pdf")
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
