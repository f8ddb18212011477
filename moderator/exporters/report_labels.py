"""The words of the after-show report, shared by its HTML, Markdown, CSV and PDF forms.

English source texts marked with ``QT_TRANSLATE_NOOP`` (context ``after_show_report``); the
caller's translator (``QCoreApplication.translate`` in the app,
:func:`moderator.exporters.html_export.translator_for` on the command line) turns them into
German. Durations and times are written here too, so that every form says "+3:20" the
same way.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from moderator.domain.clock import ClockAction
from moderator.domain.errors import QT_TRANSLATE_NOOP, fill
from moderator.domain.handoffs import HandoffAction
from moderator.domain.model import QuestionSource
from moderator.domain.queue import QueueAction
from moderator.exporters.html_export import Translate
from moderator.exporters.report import DriftCause

CONTEXT = "after_show_report"

REPORT = QT_TRANSLATE_NOOP("after_show_report", "After-show report")
PLANNED_AND_ACTUAL = QT_TRANSLATE_NOOP("after_show_report", "Planned and actual")
TIMELINE = QT_TRANSLATE_NOOP("after_show_report", "Timeline")
SLOT = QT_TRANSLATE_NOOP("after_show_report", "Slot")
PLANNED_START = QT_TRANSLATE_NOOP("after_show_report", "Planned start")
ACTUAL_START = QT_TRANSLATE_NOOP("after_show_report", "Actual start")
PLANNED_LENGTH = QT_TRANSLATE_NOOP("after_show_report", "Planned length")
ACTUAL_LENGTH = QT_TRANSLATE_NOOP("after_show_report", "Actual length")
DIFFERENCE = QT_TRANSLATE_NOOP("after_show_report", "Over/under")
NOT_RUN = QT_TRANSLATE_NOOP("after_show_report", "not run")
PLANNED = QT_TRANSLATE_NOOP("after_show_report", "planned")
ACTUAL = QT_TRANSLATE_NOOP("after_show_report", "actual")
LONGER = QT_TRANSLATE_NOOP("after_show_report", "longer than planned")
CAUSE = QT_TRANSLATE_NOOP("after_show_report", "Cause")
SUMMARY = QT_TRANSLATE_NOOP("after_show_report", "Planned %2; on air %1.")
ENDED_LATE = QT_TRANSLATE_NOOP("after_show_report", "The show ended %1 later than planned.")
ENDED_EARLY = QT_TRANSLATE_NOOP("after_show_report", "The show ended %1 earlier than planned.")
ENDED_ON_TIME = QT_TRANSLATE_NOOP("after_show_report", "The show ended on time.")
RUNNING_LATE = QT_TRANSLATE_NOOP("after_show_report", "The show is still running, %1 behind the plan.")
RUNNING_EARLY = QT_TRANSLATE_NOOP("after_show_report", "The show is still running, %1 ahead of the plan.")
NOT_STARTED = QT_TRANSLATE_NOOP("after_show_report", "The show has not taken place yet.")
DRIFT_SOURCES = QT_TRANSLATE_NOOP("after_show_report", "Where the drift came from")
CAUSES = {
    DriftCause.LATE_START: QT_TRANSLATE_NOOP("after_show_report", "Start of “%1” against the plan"),
    DriftCause.OVERRUN: QT_TRANSLATE_NOOP("after_show_report", "“%1” ran over or under"),
    DriftCause.SKIPPED: QT_TRANSLATE_NOOP("after_show_report", "“%1” was skipped"),
    DriftCause.PLAN_SLACK: QT_TRANSLATE_NOOP("after_show_report", "Slack in the plan (gaps between slots, a re-plan)"),
    DriftCause.OTHER: QT_TRANSLATE_NOOP("after_show_report", "Other"),
}
TOTAL = QT_TRANSLATE_NOOP("after_show_report", "Total")
TALK_TIME = QT_TRANSLATE_NOOP("after_show_report", "Talk time")
PERSON = QT_TRANSLATE_NOOP("after_show_report", "Person")
SHARE = QT_TRANSLATE_NOOP("after_show_report", "Share")
NOBODY_SPOKE = QT_TRANSLATE_NOOP("after_show_report", "No hand-offs were recorded.")
PANEL_BALANCE = QT_TRANSLATE_NOOP("after_show_report", "Panel balance: %1")
MODERATING = QT_TRANSLATE_NOOP("after_show_report", "%1 (moderation)")
QUESTIONS = QT_TRANSLATE_NOOP("after_show_report", "Questions")
ASKED = QT_TRANSLATE_NOOP("after_show_report", "Asked")
ACCEPTED = QT_TRANSLATE_NOOP("after_show_report", "Accepted into the queue")
ANSWERED = QT_TRANSLATE_NOOP("after_show_report", "Answered")
DISMISSED = QT_TRANSLATE_NOOP("after_show_report", "Dismissed")
MERGED = QT_TRANSLATE_NOOP("after_show_report", "Merged as duplicates")
LEFT_OPEN = QT_TRANSLATE_NOOP("after_show_report", "Left open")
BY_SOURCE = QT_TRANSLATE_NOOP("after_show_report", "By source")
BY_ADDRESSEE = QT_TRANSLATE_NOOP("after_show_report", "By addressee")
NOBODY_IN_PARTICULAR = QT_TRANSLATE_NOOP("after_show_report", "the whole panel")
COUNT = QT_TRANSLATE_NOOP("after_show_report", "Count")
ANSWERED_QUESTIONS = QT_TRANSLATE_NOOP("after_show_report", "Answered questions")
OPEN_QUESTIONS = QT_TRANSLATE_NOOP("after_show_report", "Questions left open")
QUESTION = QT_TRANSLATE_NOOP("after_show_report", "Question")
ASKED_BY = QT_TRANSLATE_NOOP("after_show_report", "Asked by")
ADDRESSED_TO = QT_TRANSLATE_NOOP("after_show_report", "To")
ANSWERED_BY = QT_TRANSLATE_NOOP("after_show_report", "Answered by")
ON_AIR = QT_TRANSLATE_NOOP("after_show_report", "On air")
ANSWER_TIME = QT_TRANSLATE_NOOP("after_show_report", "Answer time")
VOTES = QT_TRANSLATE_NOOP("after_show_report", "Votes")
NONE = QT_TRANSLATE_NOOP("after_show_report", "None.")
LOG = QT_TRANSLATE_NOOP("after_show_report", "Log of live actions")
TIME = QT_TRANSLATE_NOOP("after_show_report", "Time")
ACTION = QT_TRANSLATE_NOOP("after_show_report", "Action")
DETAIL = QT_TRANSLATE_NOOP("after_show_report", "Detail")
BY = QT_TRANSLATE_NOOP("after_show_report", "By")
REHEARSAL_LEFT_OUT = QT_TRANSLATE_NOOP(
    "after_show_report", "%1 log entries before the last restart of the show (a rehearsal) are left out."
)
SOURCE = QT_TRANSLATE_NOOP("after_show_report", "Source")

SOURCES = {
    QuestionSource.CHAT: QT_TRANSLATE_NOOP("after_show_report", "Chat"),
    QuestionSource.EMAIL: QT_TRANSLATE_NOOP("after_show_report", "E-mail"),
    QuestionSource.QA_TOOL: QT_TRANSLATE_NOOP("after_show_report", "Q&A tool"),
    QuestionSource.LIVE: QT_TRANSLATE_NOOP("after_show_report", "Live"),
}
ACTIONS = {
    ClockAction.SHOW_STARTED.value: QT_TRANSLATE_NOOP("after_show_report", "Show started"),
    ClockAction.SLOT_STARTED.value: QT_TRANSLATE_NOOP("after_show_report", "Slot started"),
    ClockAction.PAUSED.value: QT_TRANSLATE_NOOP("after_show_report", "Paused"),
    ClockAction.RESUMED.value: QT_TRANSLATE_NOOP("after_show_report", "Resumed"),
    ClockAction.TIME_ADDED.value: QT_TRANSLATE_NOOP("after_show_report", "Time added or removed"),
    ClockAction.SHOW_ENDED.value: QT_TRANSLATE_NOOP("after_show_report", "Show ended"),
    ClockAction.SHOW_REOPENED.value: QT_TRANSLATE_NOOP("after_show_report", "Show taken up again"),
    ClockAction.SHOW_RESET.value: QT_TRANSLATE_NOOP("after_show_report", "Show restarted"),
    HandoffAction.HANDOFF.value: QT_TRANSLATE_NOOP("after_show_report", "Hand-off"),
    HandoffAction.HANDOFF_UNDONE.value: QT_TRANSLATE_NOOP("after_show_report", "Hand-off undone"),
    HandoffAction.FLOOR_CLOSED.value: QT_TRANSLATE_NOOP("after_show_report", "Nobody speaks"),
    QueueAction.MOVED.value: QT_TRANSLATE_NOOP("after_show_report", "Question moved"),
    QueueAction.STATUS.value: QT_TRANSLATE_NOOP("after_show_report", "Question status"),
    QueueAction.VOTED.value: QT_TRANSLATE_NOOP("after_show_report", "Vote"),
    QueueAction.EDITED.value: QT_TRANSLATE_NOOP("after_show_report", "Question edited"),
    QueueAction.MERGED.value: QT_TRANSLATE_NOOP("after_show_report", "Questions merged"),
    QueueAction.UNMERGED.value: QT_TRANSLATE_NOOP("after_show_report", "Merge taken back"),
    QueueAction.UNDO.value: QT_TRANSLATE_NOOP("after_show_report", "Queue: undo"),
    QueueAction.REDO.value: QT_TRANSLATE_NOOP("after_show_report", "Queue: redo"),
    "control": QT_TRANSLATE_NOOP("after_show_report", "Clock control"),
}


def label(texts: Translate, source: str, **fields: object) -> str:
    """The translated label with its fields filled in (plain text, not escaped).

    A translation whose fields do not match the source's falls back to the source, so a
    slip in a translation costs a German word, not the report.
    """
    text = texts(CONTEXT, source)
    try:
        return fill(text, **fields)
    except (KeyError, IndexError, ValueError):
        return fill(source, **fields)


def action_label(texts: Translate, action: str) -> str:
    """A log action's name for people; an action this version does not know stays as it is."""
    source = ACTIONS.get(action)
    return texts(CONTEXT, source) if source is not None else action


def length(value: timedelta) -> str:
    """A length as "12:30" (minutes and seconds) or "1:02:03" from an hour on."""
    seconds = round(abs(value.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def signed(value: timedelta) -> str:
    """A difference as "+3:20", "−1:10" (a real minus sign) or "±0:00"."""
    seconds = round(value.total_seconds())
    if seconds == 0:
        return "±0:00"
    return ("+" if seconds > 0 else "−") + length(value)


def clock(value: datetime, zone: ZoneInfo, *, seconds: bool = False) -> str:
    """A time of day in the event's zone: "14:03", with seconds where there are some
    ("14:37:30") or always with ``seconds``."""
    local = value.astimezone(zone)
    return f"{local:%H:%M:%S}" if seconds or local.second else f"{local:%H:%M}"


def percent(share: float) -> str:
    """A share as a whole percentage: "23 %" (the space as both languages print it)."""
    return f"{round(share * 100)} %"
