"""The cockpit: the window the moderator glances at during the live show.

Big countdown in the phase colour, the slot on air, the run sheet with actual and expected
times, and a status line with the wall clock, the drift and the projected end. Every live
action is a QAction with one key (see :mod:`moderator.ui.actions`).

The window only lays out and paints: what it shows is a frozen
:class:`~moderator.app.cockpit_view.CockpitView` that the presenter computes from the
service's state and the clock reading, each second and after every change.
"""

from __future__ import annotations

import functools
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.app import cockpit_view as cv
from moderator.app.cockpit_view import CockpitPresenter, CockpitView, Text, render
from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.clock import ClockReading, Phase, remaining_at, until_phase_changes
from moderator.domain.errors import UserError, fill
from moderator.domain.live_undo import LiveStep, StepKind
from moderator.domain.model import Question, QuestionSource, QuestionStatus
from moderator.lazy import lazy_module
from moderator.ui.accessibility import describe
from moderator.ui.actions import HANDOFF_DIGITS, ActionCollection, ActionId
from moderator.ui.messages import translate_error
from moderator.ui.countdown import (
    FLASH_STYLE,
    PAUSED_STYLE,
    PHASE_STYLES,
    CountdownDisplay,
    SlotProgress,
    PhaseStyle,
    tabular_font,
)
from moderator.ui.event_session import Changes, EventSession
from moderator.ui.key_routing import LiveKeyShield
from moderator.ui.keys_indicator import KeysIndicator
from moderator.ui.live_line import LiveLine
from moderator.ui.speaker_badge import SpeakerBadge
from moderator.ui.people_panel import BalanceView, NowSpeakingCard, UpNextCard
from moderator.ui.banner import Banner
from moderator.ui.clock_label import ClockLabel, OpaqueElidedLabel
from moderator.ui.cohosts_panel import CohostController
from moderator.ui.elide import ElidedLabel, fit_label
from moderator.ui.screen import fit_to_screen
from moderator.ui.queue_model import COLUMN_TEXT
from moderator.ui.queue_panel import CaptureBar, OnAirCard, QueuePanel
from moderator.ui.run_sheet_model import RunSheetModel, kind_name
from moderator.ui.settings import Settings
from moderator.ui.theme import Theme, set_style_state
from moderator.ui.ticker import SecondTicker, ms_to_next_boundary

if TYPE_CHECKING:  # loaded on first use: a window the first paint does not need
    from pathlib import Path

    from moderator.app import operations as ops
    from moderator.domain import queue_ops
    from moderator.ui.readiness_panel import ReadinessPanel
    from moderator.ui.speaker_view import SpeakerView
else:  # the operations load after the first paint (see moderator.lazy)
    ops = lazy_module("moderator.app.operations")
    queue_ops = lazy_module("moderator.domain.queue_ops")


#: The cockpit's look; :class:`~moderator.ui.theme.Theme` applies it (scaled with the system
#: font, and with the high-contrast theme's overrides) once the first refresh has set the
#: widgets' texts and state properties.
COCKPIT_STYLE = (
    "#slot_kind { color: #495057; font-size: 12pt; text-transform: uppercase; }"
    "#slot_title { font-size: 19pt; font-weight: bold; color: #111; }"
    "#elapsed { font-size: 13pt; color: #343a40; }"
    "#paused_badge { font-size: 13pt; font-weight: bold; color: #ffffff; background: #495057; padding: 2px 10px; border-radius: 4px; }"
    "#rehearsal_badge { font-size: 12pt; font-weight: bold; color: #ffffff; background: #7048e8; padding: 3px 12px; border-radius: 4px; letter-spacing: 2px; }"
    "#show_date { font-size: 12pt; font-weight: bold; color: #5c2d00; background: #fff4e6; padding: 3px 10px; border-radius: 4px; }"
    "#rehearse_button { font-size: 11pt; padding: 3px 10px; }"
    "#cue { background: #e7f5ff; color: #1c3d5a; border-left: 4px solid #339af0; padding: 4px 10px; font-size: 13pt; }"
    "#now_card, #next_card, #balance { background: #f8f9fa; border: 1px solid #dee2e6; border-radius: 4px; }"
    "#card_heading { color: #495057; font-size: 10pt; text-transform: uppercase; }"
    "#now_name { font-size: 16pt; font-weight: bold; color: #111; }"
    "#next_name { font-size: 14pt; font-weight: bold; color: #1c3d5a; }"
    "#card_details { font-size: 11pt; color: #343a40; }"
    "#pronunciation { font-size: 11pt; color: #5f3dc4; }"
    "#intro { font-size: 11pt; color: #212529; }"
    "#answer_time { font-size: 12pt; color: #343a40; }"
    "#answer_time[over=\"true\"] { color: #c92a2a; font-weight: bold; }"
    "#person_button { text-align: left; padding: 1px 8px; font-size: 11pt; }"
    "#person_button[speaking=\"true\"] { background: #d3f9d8; font-weight: bold; border: 1px solid #2b8a3e; }"
    "#person_button[due=\"true\"] { border: 2px solid #f08c00; }"
    "#balance_hint { font-size: 11pt; color: #5c2d00; font-weight: bold; }"
    "#digit { color: #868e96; font-size: 11pt; }"
    "#talk_time { font-size: 11pt; min-width: 4em; }"
    "#on_air { background: #fff5f5; border: 2px solid #c92a2a; border-radius: 4px; }"
    "#on_air[shown_empty=\"true\"] { background: #f8f9fa; border: 1px solid #dee2e6; }"
    "#on_air[shown_empty=\"true\"] #on_air_text { font-size: 11pt; font-weight: normal; color: #868e96; }"
    "#on_air_text { color: #111; }"
    "#on_air_who { font-size: 11pt; color: #343a40; }"
    "#budget { font-size: 11pt; color: #1c3d5a; padding-left: 12px; }"
    "#capture { background: #f1f3f5; border-top: 1px solid #dee2e6; }"
    "#suggestion { background: #fff4e6; border: 1px solid #ffa94d; border-radius: 4px; }"
    "#suggestion QLabel { font-size: 11pt; color: #5c2d00; }"
    "#run_sheet { font-size: 12pt; }"
    # No box for the wall clock (a padding is one): Qt fills its ground only without (see
    # clock_label.fill_ground); it keeps the same room by its contents margins.
    "QStatusBar QLabel { font-size: 13pt; }"
    "#drift, #projected_end, #read_only_badge, #live_line { padding: 0 12px; }"
    "#drift[late=\"true\"] { color: #c92a2a; font-weight: bold; }"
    "#drift[late=\"false\"] { color: #2b8a3e; font-weight: bold; }"
    "QStatusBar QLabel#live_line { font-size: 11pt; color: #868e96; }"
    "QStatusBar QLabel#live_line[bright=\"true\"] { color: #1c3d5a; }"
    "QStatusBar QLabel#keys_indicator { font-size: 11pt; color: #495057; border: 1px solid #ced4da; border-radius: 4px; padding: 1px 8px; }"
    "QStatusBar QLabel#keys_indicator[keys=\"text\"], QStatusBar QLabel#keys_indicator[keys=\"edit_open\"] { color: #5f3dc4; border-color: #9775fa; background: #f3f0ff; }"
    "#speaker_badge { font-size: 12pt; font-weight: bold; padding: 2px 10px; border-radius: 4px; color: #5c2d00; background: #fff4e6; }"
    "#speaker_badge[alarm=\"black\"] { color: #ffffff; background: #212529; }"
    "#speaker_badge[alarm=\"closed\"] { color: #c92a2a; background: #fff5f5; border: 1px solid #c92a2a; }"
)

#: The run sheet always shows the slot on air and this many after it.
RUN_SHEET_ROWS_AHEAD = 2
#: The question on air: this many lines, then "…" (the whole question is its tooltip and
#: is in the queue); three lines pushed the queue itself down to one row at 768 pixels.
ON_AIR_LINES = 2

# The parts of the view each part of the window shows. A second of the show paints a part
# again only when what it shows changed (the labels' texts are translated, fitted and
# elided on every paint).
_MARKS = attrgetter("rehearsal", "show_date", "offer_rehearsal")
_SLOT_NAME = attrgetter("heading", "kind", "title", "paused")
_PEOPLE = attrgetter("now", "next", "cue", "balance", "speaker_name")
_ON_AIR = attrgetter("on_air", "budget")


def _translate(template: str) -> str:
    return QCoreApplication.translate(cv.CONTEXT, template)


def _show(value: str | Text | None) -> str:
    return "" if value is None else render(value, _translate)


class CockpitWindow(QMainWindow):
    """The moderator's main window over one open event.

    Signals:
        open_requested(): the user asked to open another event file.
        new_from_file_requested(): the user asked to make a new event from a run sheet file.
        language_requested(str): the user picked a UI language ("de" or "en").
        stream_requested(): the user asked for the overlays' addresses (the stream server).
        audience_requested(): the user asked for the audience page's link and switches.
    """

    open_requested = Signal()
    new_from_file_requested = Signal()
    language_requested = Signal(str)
    stream_requested = Signal()
    audience_requested = Signal()

    def __init__(self, session: EventSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setObjectName("cockpit")
        fit_to_screen(self, 1280, 800)
        self.actions_ = ActionCollection(settings, self)
        self.speaker_view: SpeakerView | None = None
        self.cohosts: CohostController | None = None
        self.presenter = CockpitPresenter(session.service.question_changes)
        self.view: CockpitView | None = None
        self._last_phase: Phase | None = None
        self._last_slot_index: int | None = None
        self._questions_from: object = None
        self._people_from: object = None
        self._slots_from: object = None
        self._reading: ClockReading | None = None
        #: What the user chose that the view shows (read again after a change of settings).
        self._shown_settings: cv.Settings | None = None
        self._known_questions = {q.id for q in session.snapshot.questions}
        self._counted_from = session.snapshot.questions
        self._unseen_questions = 0
        self._balance_height = 0
        self._announced_step: LiveStep | None = None
        #: The banner's offer of the after-show report, withdrawn if the end is undone.
        self._report_offer = ""
        self._blink_seen: object = None
        self._build()
        self._build_menus()
        self._connect()
        self.cohosts = CohostController(self, session, settings)
        #: The readiness board's dock, hidden at the start: built right after the first
        #: paint (:meth:`after_first_paint`) or when first asked for.
        self._readiness_panel: ReadinessPanel | None = None
        self.retranslate()  # ends with a refresh: the first reading, which the ticker aims from
        # The style sheet comes last: it styles each widget once, in the state the first
        # refresh gave it (a state property such as [late="true"] changed after the sheet
        # would need a second styling of the widget, and Python's view of QStyle, ~6 ms).
        self.theme = Theme(self, settings, COCKPIT_STYLE)
        self.ticker = SecondTicker(self._ms_to_next_boundary, self)
        self.ticker.ticked.connect(self.tick)
        self.ticker.start()

    # -- what the co-host parts may use (see moderator.ui.cohosts_panel.CohostHost) -------------

    def show_message(self, text: str, *, error: bool = True, seconds: int = 8) -> None:
        self.banner.show_message(text, error=error, seconds=seconds)

    def clear_standing_message(self) -> None:
        self.banner.clear_standing()

    def add_cohost_strip(self, strip: QWidget) -> None:
        strip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.info_row.insertWidget(self.info_row.indexOf(self.banner), strip)

    def add_cohost_menu(self, menu: QMenu) -> None:
        self.menuBar().insertMenu(self.view_menu.menuAction(), menu)

    def dialog_parent(self) -> QWidget:
        return self

    @property
    def readiness_panel(self) -> ReadinessPanel:
        """The readiness board, docked on the right and hidden (View → Readiness board, F7)."""
        if self._readiness_panel is None:
            from moderator.ui.readiness_panel import attach_readiness_panel

            panel = attach_readiness_panel(
                self, self.session, self.show_error, lambda text: self.banner.show_message(text, error=False, seconds=8)
            )
            if panel.toggle_action is not None:
                self.view_menu.addAction(panel.toggle_action)
            self._readiness_panel = panel
        return self._readiness_panel

    def after_first_paint(self) -> None:
        """What the window's first paint need not wait for; the app calls this right after
        it: the readiness board's dock (hidden when the cockpit opens) and, for an event
        file on a network share, the warning and the offer to share it through PostgreSQL."""
        self.readiness_panel  # noqa: B018 - the first read builds it
        store = self.session.store
        if not store.shared and not store.read_only and _on_network_share(store.path):
            self.cohost_controller.warn_network_share()

    @property
    def cohost_controller(self) -> CohostController:
        """The co-host side of the cockpit (made right after the window's own parts)."""
        assert self.cohosts is not None
        return self.cohosts

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        central.setObjectName("cockpit_panel")
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)
        # One row of fixed height on top: the rehearsal mark, the show's date, messages and
        # the co-hosts. Whatever shows or hides there, nothing below it moves.
        info = QWidget(central)
        info.setObjectName("info_row")
        self.info_row = QHBoxLayout(info)
        self.info_row.setContentsMargins(0, 0, 0, 0)
        self.rehearsal_badge = QLabel(info)
        self.rehearsal_badge.setObjectName("rehearsal_badge")
        self.show_date = QLabel(info)
        self.show_date.setObjectName("show_date")
        self.rehearse_button = QPushButton(info)
        self.rehearse_button.setObjectName("rehearse_button")
        self.rehearse_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.banner = Banner(info)
        for widget in (self.rehearsal_badge, self.show_date, self.rehearse_button):
            self.info_row.addWidget(widget)
        self.info_row.addWidget(self.banner, 1)
        self.info_row.addStretch(0)
        info.setFixedHeight(34)
        outer.addWidget(info)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left = QWidget(splitter)
        left.setObjectName("left_column")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.slot_kind = QLabel(left)
        self.slot_kind.setObjectName("slot_kind")
        self.slot_title = QLabel(left)
        self.slot_title.setObjectName("slot_title")
        self.slot_title.setTextFormat(Qt.TextFormat.PlainText)
        self.slot_title.setWordWrap(True)
        # Two lines at most; a longer title is cut with "…" (its whole is the tooltip).
        self.slot_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.countdown = CountdownDisplay(left)
        self.progress = SlotProgress(left)
        self.elapsed = OpaqueElidedLabel(left)  # changes every second: repaints alone
        self.elapsed.setObjectName("elapsed")
        self.paused_badge = QLabel(left)
        self.paused_badge.setObjectName("paused_badge")
        self.speaker_badge = SpeakerBadge(left)
        elapsed_row = QHBoxLayout()
        elapsed_row.addWidget(self.elapsed)
        elapsed_row.addWidget(self.speaker_badge, 1)
        elapsed_row.addWidget(self.paused_badge)
        self.suggestion = QFrame(left)
        self.suggestion.setObjectName("suggestion")
        suggestion_row = QHBoxLayout(self.suggestion)
        suggestion_row.setContentsMargins(8, 4, 8, 4)
        self.suggestion_text = QLabel(self.suggestion)
        self.suggestion_text.setObjectName("suggestion_text")
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.suggestion_button = QPushButton(self.suggestion)
        self.suggestion_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        suggestion_row.addWidget(self.suggestion_text, 1)
        suggestion_row.addWidget(self.suggestion_button)
        self.suggestion.hide()
        self.cue = ElidedLabel(left)
        self.cue.setObjectName("cue")
        self.cue.hide()
        cards = QHBoxLayout()
        self.now_card = NowSpeakingCard(left)
        self.next_card = UpNextCard(left)
        cards.addWidget(self.now_card, 1)
        cards.addWidget(self.next_card, 1)
        column.addWidget(self.slot_kind)
        column.addWidget(self.slot_title)
        column.addWidget(self.countdown, 1)
        column.addWidget(self.progress)
        column.addLayout(elapsed_row)
        column.addWidget(self.cue)
        column.addLayout(cards)

        self.run_sheet_model = RunSheetModel(self)
        self.run_sheet = QTableView()
        self.run_sheet.setObjectName("run_sheet")
        self.run_sheet.setModel(self.run_sheet_model)
        self.run_sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.run_sheet.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.run_sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.run_sheet.verticalHeader().hide()
        # One line a slot, cut with "…" (the whole title and all people are in the tooltip):
        # rows of one height, so the slot on air and the next two always fit.
        self.run_sheet.setWordWrap(False)
        self.run_sheet.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.run_sheet.setAlternatingRowColors(False)
        self.run_sheet.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Whole rows only: a half-scrolled row at the top reads as a different slot.
        self.run_sheet.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        header = self.run_sheet.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.run_sheet.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # The right column: the re-planning suggestion above the run sheet it would change
        # (not in the countdown's column: it comes and goes without the countdown shrinking),
        # then the run sheet, the queue and the balance.
        right_column = QWidget(splitter)
        right_layout = QVBoxLayout(right_column)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        self.suggestion.setParent(right_column)
        right_layout.addWidget(self.suggestion)
        right = QSplitter(Qt.Orientation.Vertical, right_column)
        right_layout.addWidget(right, 1)
        right.setChildrenCollapsible(False)
        self.right_splitter = right
        right.addWidget(self.run_sheet)
        queue_column = QWidget(right)
        queue_layout = QVBoxLayout(queue_column)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.setSpacing(4)
        self.on_air = OnAirCard(queue_column)
        self.queue_panel = QueuePanel(queue_column)
        queue_layout.addWidget(self.on_air)
        queue_layout.addWidget(self.queue_panel, 1)
        right.addWidget(queue_column)
        self.balance = BalanceView(right)
        right.addWidget(self.balance)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setStretchFactor(2, 0)
        splitter.addWidget(left)
        splitter.addWidget(right_column)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 700])
        self.capture = CaptureBar(central)
        outer.addWidget(self.capture)
        self.setCentralWidget(central)

        self.wall_clock = ClockLabel("00:00:00", self)
        self.drift = QLabel(self)
        self.projected_end = QLabel(self)
        self.read_only_badge = QLabel(self)
        self.wall_clock.setObjectName("wall_clock")
        self.wall_clock.setContentsMargins(12, 0, 12, 0)  # as the others' padding
        self.drift.setObjectName("drift")
        self.projected_end.setObjectName("projected_end")
        self.read_only_badge.setObjectName("read_only_badge")
        for label in (self.wall_clock, self.elapsed):
            label.setFont(tabular_font(bold=False))
        status = self.statusBar()
        status.addWidget(self.wall_clock)
        status.addWidget(self.drift)
        status.addWidget(self.projected_end)
        self.live_line = LiveLine(self)
        status.addWidget(self.live_line, 1)
        self.keys_indicator = KeysIndicator(self, self.queue_panel.view, self._edit_open, self)
        status.addPermanentWidget(self.keys_indicator)
        status.addPermanentWidget(self.read_only_badge)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a[ActionId.OPEN])
        self.file_menu.addAction(a[ActionId.NEW_FROM_FILE])
        self.file_menu.addAction(a[ActionId.NEW_FROM_THIS])
        self.file_menu.addAction(a[ActionId.EDIT_RUN_SHEET])
        self.file_menu.addAction(a[ActionId.AFTER_SHOW_REPORT])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a[ActionId.QUIT])
        self.show_menu = bar.addMenu("")
        for action_id in (
            ActionId.LIVE_UNDO, None,
            ActionId.START_PAUSE, ActionId.NEXT_SLOT, ActionId.PREVIOUS_SLOT, ActionId.GOTO_SLOT,
            None, ActionId.ADD_MINUTE, ActionId.REMOVE_MINUTE, ActionId.ADD_10_SECONDS,
            ActionId.REMOVE_10_SECONDS, None, ActionId.APPLY_COMPRESSION, None,
            ActionId.END_SHOW, ActionId.RESET_SHOW, None, ActionId.REHEARSE,
        ):
            if action_id is None:
                self.show_menu.addSeparator()
            else:
                self.show_menu.addAction(a[action_id])
        self.people_menu = bar.addMenu("")
        for action_id in (ActionId.HANDOFF_NEXT, ActionId.FLOOR_CLOSED, ActionId.UNDO_HANDOFF, None, *HANDOFF_DIGITS, None, ActionId.ANSWER_TIMER):
            if action_id is None:
                self.people_menu.addSeparator()
            else:
                self.people_menu.addAction(a[action_id])
        self.questions_menu = bar.addMenu("")
        for action_id in (
            ActionId.NEW_QUESTION, ActionId.PASTE_TRANSCRIPT, ActionId.FIND_QUESTION, None,
            ActionId.QUESTION_ON_AIR, ActionId.QUESTION_ANSWERED, ActionId.QUESTION_QUEUE,
            ActionId.QUESTION_DISMISS, ActionId.QUESTION_VOTE, None, ActionId.QUESTION_UP,
            ActionId.QUESTION_DOWN, ActionId.QUESTION_TOP, ActionId.QUESTION_EDIT, ActionId.QUESTION_ROUTE,
            ActionId.QUESTION_MERGE, None, ActionId.QUEUE_UNDO, ActionId.QUEUE_REDO, None,
            ActionId.QUESTION_ON_SPEAKER_VIEW, None, ActionId.AUDIENCE_PAGE,
        ):
            if action_id is None:
                self.questions_menu.addSeparator()
            else:
                self.questions_menu.addAction(a[action_id])
        self.speaker_menu = bar.addMenu("")
        for action_id in (
            ActionId.SPEAKER_VIEW, ActionId.SPEAKER_MESSAGE, ActionId.SPEAKER_WRAP_UP,
            ActionId.SPEAKER_BLINK, ActionId.SPEAKER_BLACKOUT,
        ):
            self.speaker_menu.addAction(a[action_id])
        self.speaker_menu.addSeparator()
        self.screen_menu = self.speaker_menu.addMenu("")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(a[ActionId.FOCUS_COCKPIT])
        self.view_menu.addAction(a[ActionId.TOGGLE_FLASH])
        self.view_menu.addAction(a[ActionId.TOGGLE_SOUND])
        self.view_menu.addAction(a[ActionId.STREAM_OVERLAYS])
        self.view_menu.addAction(a[ActionId.HIGH_CONTRAST])
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(a[ActionId.LANGUAGE_DE])
        self.language_menu.addAction(a[ActionId.LANGUAGE_EN])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a[ActionId.SHORTCUTS])

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("live_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action_id in (
            ActionId.START_PAUSE, ActionId.PREVIOUS_SLOT, ActionId.NEXT_SLOT,
            ActionId.REMOVE_MINUTE, ActionId.ADD_MINUTE, ActionId.SPEAKER_VIEW,
        ):
            self.toolbar.addAction(a[action_id])
        a[ActionId.ANSWER_TIMER].setChecked(self.settings.answer_limit_seconds > 0)
        a[ActionId.TOGGLE_FLASH].setChecked(self.settings.flash)
        a[ActionId.TOGGLE_SOUND].setChecked(self.settings.sound)
        a[ActionId.HIGH_CONTRAST].setChecked(self.settings.high_contrast)
        language = self.settings.language or QApplication.instance().property("moderator_language") or "en"  # type: ignore[union-attr]
        a[ActionId.LANGUAGE_DE].setChecked(language == "de")
        a[ActionId.LANGUAGE_EN].setChecked(language != "de")

    def _connect(self) -> None:
        a = self.actions_
        s = self.session
        a.connect(ActionId.LIVE_UNDO, self.undo_live)
        a.connect(ActionId.START_PAUSE, s.toggle)
        a.connect(ActionId.NEXT_SLOT, s.next_slot)
        a.connect(ActionId.PREVIOUS_SLOT, s.previous_slot)
        a.connect(ActionId.GOTO_SLOT, self.goto_selected_slot)
        a.connect(ActionId.ADD_MINUTE, lambda: s.add_time(60))
        a.connect(ActionId.REMOVE_MINUTE, lambda: s.add_time(-60))
        a.connect(ActionId.ADD_10_SECONDS, lambda: s.add_time(10))
        a.connect(ActionId.REMOVE_10_SECONDS, lambda: s.add_time(-10))
        a.connect(ActionId.END_SHOW, s.end_show)
        a.connect(ActionId.END_SHOW, self.offer_after_show_report)
        a.connect(ActionId.AFTER_SHOW_REPORT, self.open_after_show_report)
        a.connect(ActionId.NEW_FROM_THIS, self.new_event_from_this)
        a.connect(ActionId.RESET_SHOW, self.confirm_reset)
        a.connect(ActionId.APPLY_COMPRESSION, self.apply_suggestion)
        a.connect(ActionId.REHEARSE, self.toggle_rehearsal)
        a.connect(ActionId.QUESTION_ROUTE, self.route_selected)
        self.rehearse_button.clicked.connect(self.toggle_rehearsal)
        self.queue_panel.view.clicked.connect(lambda _index: self.seen_new_questions())
        a.connect(ActionId.SPEAKER_VIEW, self.toggle_speaker_view)
        a.connect(ActionId.SPEAKER_MESSAGE, self.ask_speaker_message)
        a.connect(ActionId.SPEAKER_WRAP_UP, self.toggle_wrap_up)
        a.connect(ActionId.SPEAKER_BLINK, self.blink_speaker_view)
        a.connect(ActionId.SPEAKER_BLACKOUT, self.toggle_blackout)
        a.connect(ActionId.FOCUS_COCKPIT, self.focus_cockpit)
        a.connect(ActionId.SHORTCUTS, self.show_shortcuts)
        a.connect(ActionId.OPEN, self.open_requested.emit)
        a.connect(ActionId.STREAM_OVERLAYS, self.stream_requested.emit)
        a.connect(ActionId.AUDIENCE_PAGE, self.audience_requested.emit)
        a.connect(ActionId.EDIT_RUN_SHEET, self.edit_run_sheet)
        a.connect(ActionId.NEW_FROM_FILE, self.new_from_file_requested.emit)
        a.connect(ActionId.QUIT, self.close)
        a.connect(ActionId.LANGUAGE_DE, lambda: self.language_requested.emit("de"))
        a.connect(ActionId.LANGUAGE_EN, lambda: self.language_requested.emit("en"))
        a.connect(ActionId.TOGGLE_FLASH, lambda: setattr(self.settings, "flash", a[ActionId.TOGGLE_FLASH].isChecked()))
        a.connect(ActionId.TOGGLE_SOUND, lambda: setattr(self.settings, "sound", a[ActionId.TOGGLE_SOUND].isChecked()))
        a.connect(ActionId.HIGH_CONTRAST, lambda: setattr(self.settings, "high_contrast", a[ActionId.HIGH_CONTRAST].isChecked()))
        for digit, action_id in enumerate(HANDOFF_DIGITS, start=1):
            a.connect(action_id, functools.partial(s.hand_off_digit, digit))
        a.connect(ActionId.HANDOFF_NEXT, s.hand_off_next)
        a.connect(ActionId.FLOOR_CLOSED, s.close_floor)
        a.connect(ActionId.UNDO_HANDOFF, s.undo_handoff)
        a.connect(
            ActionId.ANSWER_TIMER,
            lambda: setattr(self.settings, "answer_limit_seconds", 120 if a[ActionId.ANSWER_TIMER].isChecked() else 0),
        )
        self.balance.person_clicked.connect(s.hand_off)
        a.connect(ActionId.QUESTION_ON_AIR, self.question_on_air)
        a.connect(ActionId.QUESTION_ANSWERED, lambda: self._status_of_selected(QuestionStatus.ANSWERED, on_air_default=True))
        a.connect(ActionId.QUESTION_DISMISS, lambda: self._status_of_selected(QuestionStatus.DISMISSED))
        a.connect(ActionId.QUESTION_QUEUE, lambda: self._status_of_selected(QuestionStatus.QUEUED))
        a.connect(ActionId.QUESTION_VOTE, self.vote_selected)
        a.connect(ActionId.QUESTION_UP, lambda: self.move_selected(-1))
        a.connect(ActionId.QUESTION_DOWN, lambda: self.move_selected(+1))
        a.connect(ActionId.QUESTION_TOP, self.move_selected_to_top)
        a.connect(ActionId.QUESTION_EDIT, self.edit_selected)
        # The queue's letters act only while the queue has the focus (see actions.py).
        from moderator.ui.actions import SPECS

        self.queue_panel.view.addActions([a[i] for i, spec in SPECS.items() if spec.scope == "queue"])
        # Text fields keep every key of a live action (Ctrl+E in a question is not the end of the show).
        self.key_shield = LiveKeyShield(self, [a[i] for i, spec in SPECS.items() if spec.live])
        delegate = self.queue_panel.view.itemDelegateForColumn(COLUMN_TEXT) or self.queue_panel.view.itemDelegate()
        delegate.closeEditor.connect(self._editor_closed)
        a.connect(ActionId.QUESTION_MERGE, self.merge_selected)
        a.connect(ActionId.QUEUE_UNDO, s.undo_queue)
        a.connect(ActionId.QUEUE_REDO, s.redo_queue)
        a.connect(ActionId.NEW_QUESTION, lambda: self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.connect(ActionId.FIND_QUESTION, lambda: self.queue_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.connect(ActionId.PASTE_TRANSCRIPT, self.paste_transcript)
        a.connect(ActionId.QUESTION_ON_SPEAKER_VIEW, self.refresh)
        self.capture.submitted.connect(self.capture_question)
        self.queue_panel.model.move_requested.connect(s.move_question)
        self.queue_panel.model.moves_requested.connect(s.move_questions)
        self.queue_panel.model.edit_requested.connect(lambda qid, text, base: s.edit_question(qid, text, based_on=base))
        self.suggestion_button.clicked.connect(self.apply_suggestion)
        # Enter or a double click on a slot (QAbstractItemView's "activated").
        self.run_sheet.activated.connect(lambda index: self.goto_slot_row(index.row()))
        # The Apply button names the re-planning key, which the user may change.
        self.settings.changed.connect(self._setting_changed)
        s.changed.connect(self._on_changed)
        s.failed.connect(self.show_error)
        if s.read_only:
            for action_id, action in a.actions.items():
                from moderator.ui.actions import SPECS

                if SPECS[action_id].live:
                    action.setEnabled(False)

    # -- translation --------------------------------------------------------------------------

    def _fix_widths(self) -> None:
        """Labels whose digits change get the width of their widest text, so a change of
        digits never re-lays out the window (the wall clock is a ClockLabel of its own)."""
        for label, template in (
            (self.projected_end, fill(self.tr("ends %1"), time="00:00")),
            (self.drift, max(fill(self.tr("+%1 behind"), drift="0:00:00"), fill(self.tr("−%1 ahead"), drift="0:00:00"), key=len)),
        ):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(template) + 30)

    def retranslate(self) -> None:
        if self.cohosts is not None:
            self.cohosts.retranslate()
        event = self.session.snapshot.event
        title = event.title or self.tr("Untitled event")
        self.setWindowTitle(fill(self.tr("%1 — moderator"), title=title))
        self.file_menu.setTitle(self.tr("&File"))
        self.show_menu.setTitle(self.tr("&Show"))
        self.people_menu.setTitle(self.tr("Pe&ople"))
        self.questions_menu.setTitle(self.tr("&Questions"))
        self.capture.retranslate()
        self.queue_panel.retranslate()
        self.speaker_menu.setTitle(self.tr("S&peaker"))
        self.screen_menu.setTitle(self.tr("Speaker view on screen"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Live actions"))
        keys = self.actions_[ActionId.APPLY_COMPRESSION].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.suggestion_button.setText(fill(self.tr("Apply (%1)"), keys=keys) if keys else self.tr("Apply"))
        self.read_only_badge.setText(self.tr("Read-only") if self.session.read_only else "")
        self.keys_indicator.retranslate()
        undo_keys = self.actions_[ActionId.LIVE_UNDO].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.live_line.set_undo_keys(undo_keys or self.tr("Show → Undo"))
        central = self.centralWidget()
        if central is not None:
            describe(central, self.tr("Cockpit"), self.tr("The live keys act here: Space starts or pauses, the arrows change the slot, F1 lists every key."))
        describe(self.run_sheet, self.tr("Run sheet"), self.tr("The event's slots; Enter jumps to the selected slot."))
        self._fix_widths()
        self.actions_.retranslate()
        self.run_sheet_model.invalidate()
        self.run_sheet_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.run_sheet_model.columnCount() - 1)
        if self.speaker_view is not None:
            self.speaker_view.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the repaint --------------------------------------------------------------------------

    def _ms_to_next_boundary(self) -> int:
        reading = self._reading
        now = self.session.clock.now()
        remaining = remaining_at(reading, now) if reading is not None and not reading.paused else None
        return ms_to_next_boundary(now, remaining)

    def tick(self) -> None:
        """A display boundary passed: a new second of the countdown, or of the wall clock.

        The countdown and the wall clock change a second at different moments. When only
        the wall clock's second turned, only its label changes: the clock is not read
        again, the time left is foretold from the last reading (every action refreshes at
        once). Everything else follows the countdown's second, and of that only the parts
        that changed are shown again.
        """
        last, view = self._reading, self.view
        if last is not None and view is not None:
            now = self.session.clock.now()
            phase_ahead = until_phase_changes(last)
            if cv.format_countdown(remaining_at(last, now)) == cv.format_countdown(last.remaining) and (
                phase_ahead is None or now - last.now < phase_ahead
            ):
                wall = now.astimezone(self._zone())
                self.wall_clock.setText(f"{wall.hour:02d}:{wall.minute:02d}:{wall.second:02d}")
                self._show_speaker_state(now)
                return
        self.refresh(self.session.reading(), before=view)

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.session.snapshot.event.timezone)

    def _on_changed(self, changes: Changes) -> None:
        if changes.history:
            self._update_undo_texts()
        if changes.questions:
            self._count_new_questions(mine=changes.mine)
        if changes.mine:
            self._announce_step(changes)
        if changes.snapshot:
            self.refresh()

    def _view_settings(self) -> cv.Settings:
        """What the user chose that the view shows: read once, and again after a change."""
        if self._shown_settings is None:
            key = self.actions_[ActionId.HANDOFF_NEXT].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._shown_settings = cv.Settings(
                answer_limit_seconds=self.settings.answer_limit_seconds,
                cue_seconds=self.settings.cue_seconds,
                flash=self.settings.flash,
                handoff_key=key,
            )
        return self._shown_settings

    def _setting_changed(self, key: str) -> None:
        self._shown_settings = None
        if key.startswith("shortcuts/"):
            # The Apply button and the hints name keys the user may change.
            self.retranslate()

    def _announce_step(self, changes: Changes) -> None:
        """Name this instance's live action as it happens, or the one just undone."""
        last = self.session.live_history.last
        if isinstance(changes.result, LiveStep):
            self.live_line.show_undone(changes.result)
            if changes.result.kind is StepKind.END:
                self.banner.withdraw(self._report_offer)  # the show runs again: no report yet
        elif last is not None and last is not self._announced_step:
            self.live_line.show_done(last)
        self._announced_step = last

    def undo_live(self) -> None:
        """Ctrl+Z: take back this instance's last live action, whatever it was."""
        if not self.session.live_history.can_undo:
            self.live_line.show_note(self.tr("Nothing to undo."))
            return
        self.session.undo_live()

    def _back_from_dialog(self) -> None:
        """A dialog closed: the cockpit window takes the keyboard again, and keys go to the show.

        NOTE: without a window manager (seen under Xvfb) the X input focus does not come
        back to the main window by itself when a dialog closes, and the next key is lost.
        """
        self.activateWindow()
        self._keys_to_the_show()

    def _keys_to_the_show(self) -> None:
        """Put the keyboard focus on the cockpit itself: keys go to the show."""
        central = self.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_open(self) -> bool:
        """Whether a question is being edited in place in the queue."""
        try:
            return self.queue_panel.view.state() == QAbstractItemView.State.EditingState
        except RuntimeError:  # the window is being torn down
            return False

    def _editor_closed(self, _editor: QWidget, hint: object) -> None:
        # Enter or Esc in an in-place edit: back to the one place keys go to the show.
        # A click elsewhere (no hint) leaves the focus where the click put it.
        if hint != QAbstractItemDelegate.EndEditHint.NoHint:
            self._keys_to_the_show()
        self.keys_indicator.update_state()

    def refresh(self, reading: ClockReading | None = None, *, before: CockpitView | None = None) -> None:
        """Show everything (read the clock unless given). Each second and after every change.

        ``before``: the view shown until now, when only time passed since (a second of the
        show): the parts of the window that show the same as before are left as they are.
        """
        if reading is None:
            reading = self.session.reading()
        self._reading = reading
        service = self.session.service
        inputs = cv.Inputs(
            snapshot=self.session.snapshot,
            reading=reading,
            slots=service.plan,
            handoffs=self.session.handoffs,
            pauses=tuple(self.session.pauses),
            rehearsing=service.rehearsal is not None,
            replan_cuts=service.replan_suggestion(reading),
            read_only=self.session.read_only,
        )
        view = self.presenter.present(inputs, self._view_settings())
        self.view = view
        self._paint(view, reading, before)

    def _paint(self, view: CockpitView, reading: ClockReading, before: CockpitView | None = None) -> None:
        if before is None or _MARKS(view) != _MARKS(before):
            self._paint_marks(view)
        if before is None or _SLOT_NAME(view) != _SLOT_NAME(before):
            self._paint_slot(view)
        else:
            # The title is fitted again only when its room changed (a splitter moved).
            fit_label(self.slot_title, _show(view.title), 2)
            self._paint_slot_time(view)
        style = self._countdown_style(view)
        countdown = _show(view.countdown)
        self.countdown.show_value(countdown, style)
        if self.speaker_view is not None:
            self.speaker_view.show_reading(_show(view.title) if view.kind is not None else "", countdown, style)
            self.speaker_view.set_rehearsal(self.tr("REHEARSAL") if view.rehearsal else "")
        self._paint_status(view)
        if before is None or _PEOPLE(view) != _PEOPLE(before):
            self._paint_people(view)
        self._paint_questions(view, on_air=before is None or _ON_AIR(view) != _ON_AIR(before))
        self.run_sheet_model.update_from(self.session.service.plan_snapshot, reading)
        self._paint_suggestion(view)
        self._show_speaker_state(reading.now)
        if reading.slot_index != self._last_slot_index:
            self._last_slot_index = reading.slot_index
            self._keep_slot_in_view()
        if reading.phase != self._last_phase:
            if reading.phase is Phase.OVERTIME and self._last_phase is not None and self.settings.sound:
                QApplication.beep()
            self._last_phase = reading.phase

    def _keep_slot_in_view(self) -> None:
        """The slot before, the slot on air and the next ones at the top of the run sheet."""
        index = self._last_slot_index
        if index is None or self.run_sheet_model.rowCount() == 0:
            self.run_sheet.scrollToTop()
            return
        top = max(0, index - 1)
        self.run_sheet.scrollTo(self.run_sheet_model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _share_right_column(self) -> None:
        """The run sheet gets its rows (the slot before, the one on air, the next two), the
        balance its people; the queue takes the rest. Again at every resize and when the
        balance comes or goes, so a panel of six never squeezes the queue to one row."""
        total = self.right_splitter.height()
        if total <= 0:
            return
        # On a tall screen the run sheet shows more of the show (whole rows of it).
        row = self.run_sheet.verticalHeader().defaultSectionSize()
        sheet = self.run_sheet.minimumHeight() + int(max(0, total - 700) * 0.4) // row * row
        balance = self.balance.minimumHeight() if self.balance.isVisibleTo(self) else 0
        self.right_splitter.setSizes([sheet, max(total - sheet - balance, 0), balance])

    def _countdown_style(self, view: CockpitView) -> PhaseStyle:
        if view.phase is Phase.ENDED:
            return PHASE_STYLES[Phase.ENDED]
        if view.paused:
            return PAUSED_STYLE
        return FLASH_STYLE if view.flash else PHASE_STYLES[view.phase]

    def _paint_marks(self, view: CockpitView) -> None:
        self.rehearsal_badge.setText(self.tr("REHEARSAL"))
        self.rehearsal_badge.setVisible(view.rehearsal)
        self.show_date.setText(_show(view.show_date))
        self.show_date.setVisible(view.show_date is not None)
        self.rehearse_button.setText(self.tr("End rehearsal…") if view.rehearsal else self.tr("Rehearse now…"))
        self.rehearse_button.setVisible((view.offer_rehearsal or view.rehearsal) and not self.session.read_only)
        self.actions_[ActionId.REHEARSE].setEnabled(view.offer_rehearsal or view.rehearsal)

    def _paint_slot(self, view: CockpitView) -> None:
        if view.heading is not None:
            kind = _show(view.heading)
        elif view.kind is not None:
            kind = kind_name(view.kind)
        else:
            kind = ""
        self.slot_kind.setText(kind)
        fit_label(self.slot_title, _show(view.title), 2)
        self.paused_badge.setText(self.tr("PAUSED"))
        self.paused_badge.setVisible(view.paused)
        self._paint_slot_time(view)

    def _paint_slot_time(self, view: CockpitView) -> None:
        self.progress.set_fraction(view.progress)
        self.elapsed.setText(_show(view.elapsed))

    def _paint_status(self, view: CockpitView) -> None:
        self.wall_clock.setText(view.wall_clock)
        text, late = _show(view.drift), "true" if view.late else "false"
        if self.drift.text() != text:
            self.drift.setText(text)
        set_style_state(self.drift, "late", late)
        self.projected_end.setText(_show(view.projected_end))

    def _paint_people(self, view: CockpitView) -> None:
        now, nxt = view.now, view.next
        self.now_card.show_text(_show(now.heading), _show(now.name), now.details, _show(now.note), now.over)
        self.next_card.show_text(_show(nxt.heading), _show(nxt.name), nxt.details, _show(nxt.note), nxt.intro)
        if view.cue is not None:
            self.cue.setText(_show(view.cue))
            self.cue.show()
        else:
            self.cue.hide()
        balance = view.balance
        if balance is not None:
            people = {p.id: p for p in self.session.snapshot.people if p.id is not None}
            self.balance.heading.setText(self.tr("Talk time in this slot (click to hand off)"))
            self.balance.show_balance(
                balance.rows, people, balance.speaking, dict(balance.show_totals), self.tr("not yet"), self.tr("whole show: %1")
            )
            self.balance.show_hints(balance.due, balance.waiting, _show(balance.hint), self.tr("%1 waiting"))
            if not self.balance.isVisibleTo(self) or self.balance.minimumHeight() != self._balance_height:
                self.balance.show()
                self._balance_height = self.balance.minimumHeight()
                self._share_right_column()
        elif self.balance.isVisibleTo(self):
            self.balance.hide()
            self._share_right_column()
        if self.speaker_view is not None:
            self.speaker_view.set_speaker(view.speaker_name)

    # -- questions ---------------------------------------------------------------------------

    def _paint_questions(self, view: CockpitView, *, on_air: bool = True) -> None:
        """The queue (when the questions changed) and, with ``on_air``, the card of the
        question on air and the time budget."""
        snapshot = self.session.snapshot
        if snapshot is not self._questions_from:
            self._questions_from = snapshot
            model = self.queue_panel.model
            if snapshot.people is not self._people_from or snapshot.slots is not self._slots_from:
                self._people_from, self._slots_from = snapshot.people, snapshot.slots
                model.set_people(snapshot.people)
                model.set_slot_titles({slot.id: slot.title for slot in snapshot.slots if slot.id is not None}, self._zone())
                self.capture.set_people(snapshot.people)
            model.set_questions(
                snapshot.questions, view.askers, self.session.service.question_changes(model.questions, snapshot.questions)
            )
        current = view.on_air
        shown, lines = (
            (self.tr("No question on air. O puts the next one on air."), 1) if current is None else (current.text, ON_AIR_LINES)
        )
        if not on_air:
            # Fitted again only when its room changed (a splitter moved): cheap when not.
            fit_label(self.on_air.text, shown, lines)
            return
        self.on_air.heading.setText(self.tr("On air") if current is None else self.tr("Question on air"))
        fit_label(self.on_air.text, shown, lines)
        self.on_air.who.setText("" if current is None else " · ".join(_show(part) for part in current.who))
        self.on_air.who.setVisible(current is not None and bool(current.who))
        # The selector styles the card and its text: both are restyled.
        if set_style_state(self.on_air, "shown_empty", current is None, self.on_air.text):
            fit_label(self.on_air.text, shown, lines)
        if self.speaker_view is not None:
            show = self.actions_[ActionId.QUESTION_ON_SPEAKER_VIEW].isChecked()
            self.speaker_view.set_question(current.text if show and current is not None else "")
        self.queue_panel.budget.setText(_show(view.budget))

    def _count_new_questions(self, *, mine: bool) -> None:
        """A question a co-host or the command line added: a calm count on the queue."""
        questions = self.session.snapshot.questions
        changes = self.session.service.question_changes(self._counted_from, questions)
        if changes is not None:  # only the changed questions, not a set of thousands of ids
            new_ids = {new.id for old, new in changes if old is None} - self._known_questions
            self._known_questions |= new_ids
            added = len(new_ids)
        else:
            ids = {q.id for q in questions}
            added = len(ids - self._known_questions)
            self._known_questions = ids
        self._counted_from = questions
        if added and not mine:
            self._unseen_questions += added
            self.queue_panel.show_new_count(fill(self.tr("+%1 new"), count=self._unseen_questions))

    def seen_new_questions(self) -> None:
        self._unseen_questions = 0
        self.queue_panel.show_new_count("")

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack
        self.actions_[ActionId.QUEUE_UNDO].setEnabled(stack.can_undo and not self.session.read_only)
        self.actions_[ActionId.QUEUE_REDO].setEnabled(stack.can_redo and not self.session.read_only)

    def _selected_question(self) -> Question | None:
        return self.queue_panel.current_question()

    def question_on_air(self) -> None:
        question = self._selected_question()
        if question is None or question.status not in (QuestionStatus.NEW, QuestionStatus.QUEUED):
            question = queue.next_up(self.session.snapshot.questions)
        if question is None or question.id is None:
            self.banner.show_message(self.tr("No question is waiting."), error=False, seconds=4)
            return
        self.session.set_question_status(question.id, QuestionStatus.ON_AIR)

    def _status_of_selected(self, status: QuestionStatus, *, on_air_default: bool = False) -> None:
        ids = self.queue_panel.selected_ids()
        if not ids and on_air_default:
            current = queue.on_air(self.session.snapshot.questions)
            ids = [current.id] if current is not None and current.id is not None else []
        for question_id in ids:
            self.session.set_question_status(question_id, status)

    def vote_selected(self) -> None:
        for question_id in self.queue_panel.selected_ids():
            self.session.vote(question_id)

    def move_selected(self, step: int) -> None:
        question = self._selected_question()
        if question is None or question.id is None:
            return
        model = self.queue_panel.model
        row = model.row_of(question.id)
        if row is None:
            return
        # Only the neighbours' ids: the view may show 100,000 questions.
        if step < 0 and row > 0:
            self.session.move_question(question.id, model.id_at(row - 1))
        elif step > 0 and row + 1 < model.rowCount():
            self.session.move_question(question.id, model.id_at(row + 2))
        self.queue_panel.select(question.id)

    def move_selected_to_top(self) -> None:
        question = self._selected_question()
        first = self.queue_panel.model.id_at(0)
        if question is None or question.id is None or first is None:
            return
        self.session.move_question(question.id, first)
        self.queue_panel.select(question.id)

    def edit_selected(self) -> None:
        """F2: edit the selected question, else the first one shown; with none, the
        capture field. F2 always opens a text field, so what is typed next is text."""
        question = self._selected_question()
        first = self.queue_panel.model.id_at(0)
        if (question is None or question.id is None) and first is not None:
            self.queue_panel.select(first)
            question = self._selected_question()
        row = self.queue_panel.model.row_of(question.id) if question is not None and question.id is not None else None
        if row is None:
            self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        view = self.queue_panel.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        view.edit(self.queue_panel.model.index(row, COLUMN_TEXT))

    def merge_selected(self) -> None:
        ids = self.queue_panel.selected_ids()
        if len(ids) < 2:
            self.banner.show_message(self.tr("Select two or more questions to merge."), error=False, seconds=4)
            return
        from moderator.ui.queue_dialogs import MergeDialog

        questions = {q.id: q for q in self.session.snapshot.questions}
        dialog = MergeDialog([questions[i] for i in ids if i in questions], self)
        dialog.merge_chosen.connect(lambda keep, wording: self.session.merge_questions(keep, tuple(i for i in ids if i != keep), wording))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()

    def capture_question(self, text: str, asked_by: str, organisation: str, addressed_to: object, source: str) -> None:
        changes = self.session.run(
            ops.AddQuestion(
                text, asked_by, organisation, addressed_to if isinstance(addressed_to, int) else None, QuestionSource(source)
            )
        )
        # Sent, or kept to send when the shared event is back: either way it is taken,
        # so the field clears (Enter again would make a duplicate) and the keys go back
        # to the show. A refused question (empty, too long) stays to be fixed.
        if changes is not None:
            self.capture.clear_after_add()
            self._keys_to_the_show()

    def edit_run_sheet(self) -> None:
        """Open the run-sheet editor; one per cockpit, kept so that its undo survives closing it."""
        from moderator.ui.editor import RunSheetEditor  # loads with its first use, not at start-up

        editor = getattr(self, "run_sheet_editor", None)
        if editor is None:
            editor = self.run_sheet_editor = RunSheetEditor(self.session, self)
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def open_after_show_report(self) -> None:
        """File → After-show report…: a non-modal window (loaded with its first use)."""
        from moderator.ui.report_dialog import SessionReportSource, open_report_dialog

        open_report_dialog(SessionReportSource(self.session.service, self.session.clock.now), self)

    def new_event_from_this(self) -> None:
        """File → New event from this one…: the next event of a series; the new file opens here."""
        from moderator.ui.series_dialog import NewFromThisDialog

        dialog = NewFromThisDialog(self.session.snapshot, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The app opens an event file asked for through the co-hosts panel's signal.
        dialog.created.connect(lambda path: self.cohost_controller.open_requested.emit(path, None))
        dialog.show()

    def offer_after_show_report(self) -> None:
        from moderator.ui.report_dialog import offer_after_end

        def offer(text: str) -> None:
            self._report_offer = text
            self.banner.show_message(text, error=False, seconds=12)

        offer_after_end(lambda: self.session.snapshot.live.show_ended_at is not None, offer)

    def paste_transcript(self) -> None:
        # The chat reader loads when a chat is pasted, not at start-up.
        from moderator.ui.queue_dialogs import TranscriptDialog

        dialog = TranscriptDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()

    def _paint_suggestion(self, view: CockpitView) -> None:
        if view.suggestion is None:
            if self.suggestion.isVisibleTo(self):
                self.suggestion.hide()
                self._share_right_column()
            return
        if not self.suggestion.isVisibleTo(self):
            self.suggestion.show()
            self._share_right_column()
        fit_label(self.suggestion_text, _show(view.suggestion), 2)

    # -- rehearsal and routing ---------------------------------------------------------------

    def toggle_rehearsal(self) -> None:
        """Rehearse now (the show is on another day), or end the rehearsal that runs."""
        if self.session.service.rehearsal is not None:
            self.confirm_end_rehearsal()
        else:
            self.ask_rehearsal_start()

    def ask_rehearsal_start(self) -> None:
        from moderator.ui.rehearsal_dialog import RehearsalDialog

        dialog = RehearsalDialog(self.session.clock.now(), self._zone(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.session.run(ops.StartRehearsal(dialog.plan_start())))
        # Enter or Esc: the keys go back to the show (found with a real keyboard: without
        # this the first Space after the dialog went nowhere).
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()
        self._rehearsal_box: QDialog = dialog

    def confirm_end_rehearsal(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loaded when first asked

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the rehearsal?"),
            self.tr("The real show comes back as it was. Keep the questions collected in the rehearsal?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        drop = box.addButton(self.tr("End, drop its questions"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("End, keep its questions"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(drop)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked in (drop, keep):
                self.session.run(ops.EndRehearsal(keep_questions=clicked is keep))

        box.finished.connect(finished)
        box.finished.connect(lambda _result: self._back_from_dialog())
        box.open()
        self._rehearsal_box = box

    def route_selected(self) -> None:
        """Address the selected question to one of the slot's people: a menu, a digit picks."""
        question = self._selected_question()
        if question is None or question.id is None:
            self.banner.show_message(self.tr("Select a question to address."), error=False, seconds=4)
            return
        slot = self.session.current_slot() or (self.session.slots[0] if self.session.slots else None)
        people = {p.id: p for p in self.session.snapshot.people}
        order = floor.floor_order(slot) if slot is not None else ()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question_id = question.id
        for number, participant in enumerate(order, start=1):
            person = people.get(participant.person_id)
            if person is None:
                continue
            prefix = f"&{number} " if number < 10 else ""
            action = menu.addAction(prefix + person.display_name)
            action.setCheckable(True)
            action.setChecked(question.addressed_to == participant.person_id)
            action.triggered.connect(lambda _checked=False, pid=participant.person_id: self._route(question_id, pid))
        menu.addSeparator()
        nobody = menu.addAction(self.tr("&0 Nobody in particular"))
        nobody.triggered.connect(lambda _checked=False: self._route(question_id, None))
        row = self.queue_panel.model.row_of(question_id)
        view = self.queue_panel.view
        rect = view.visualRect(self.queue_panel.model.index(row, COLUMN_TEXT)) if row is not None else view.rect()
        menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))
        self.route_menu = menu

    def _route(self, question_id: int, person_id: int | None) -> None:
        self.session.run(ops.ChangeQueue(queue_ops.Edit(question_id, addressed_to=person_id)))

    # -- actions -------------------------------------------------------------------------------

    def show_error(self, error: object) -> None:
        text = translate_error(error) if isinstance(error, UserError) else str(error)
        self.banner.show_message(text)

    def goto_selected_slot(self) -> None:
        rows = self.run_sheet.selectionModel().selectedRows()
        if rows:
            self.goto_slot_row(rows[0].row())

    def goto_slot_row(self, row: int) -> None:
        slot = self.run_sheet_model.slot_at(row)
        if slot is not None and slot.id is not None:
            self.session.goto_slot(slot.id)

    def apply_suggestion(self) -> None:
        if self.session.run(ops.Replan()) is None:
            return
        self.banner.show_message(self.tr("The remaining slots were shortened to end on time."), error=False, seconds=5)

    def confirm_reset(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loaded when first asked

        # The only question the cockpit asks: a restart throws the live state away.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restart the show?"),
            self.tr("The clock goes back to before the show. The log keeps what happened."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restart = box.addButton(self.tr("Restart"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.session.reset_show() if box.clickedButton() is restart else None)
        box.finished.connect(lambda _result: self._back_from_dialog())
        box.open()
        self._reset_box = box

    def focus_cockpit(self) -> None:
        # Esc leaves any text field (capture, search, an edit in the queue) for the cockpit.
        self.queue_panel.view.closePersistentEditor(self.queue_panel.view.currentIndex())
        central = self.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        from moderator.ui.shortcuts_dialog import ShortcutsDialog  # loaded when first opened

        dialog = ShortcutsDialog(self.actions_, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.open()

    def _ensure_speaker_view(self) -> SpeakerView:
        if self.speaker_view is None:
            from moderator.ui.speaker_view import SpeakerView  # loaded when first shown

            view = SpeakerView()
            view.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            # The keys stay with the moderator: the speaker view does not take the focus
            # when it opens, and if it is clicked, the live keys work there as well.
            view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            view.addActions(list(self.actions_.actions.values()))
            # With the speaker view's own focus its letters need no Alt.
            for key, action_id in (("M", ActionId.SPEAKER_MESSAGE), ("W", ActionId.SPEAKER_WRAP_UP), ("B", ActionId.SPEAKER_BLINK), ("K", ActionId.SPEAKER_BLACKOUT)):
                plain = QAction(view)
                plain.setShortcut(QKeySequence(key))
                plain.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                plain.triggered.connect(lambda _checked=False, i=action_id: self.actions_[i].trigger())
                view.addAction(plain)
            self.speaker_view = view
            self.refresh()
        return self.speaker_view

    def toggle_speaker_view(self) -> None:
        view = self._ensure_speaker_view()
        if view.isVisible():
            view.hide()
        else:
            wanted = self.settings.speaker_screen
            screen = next((s for s in QGuiApplication.screens() if s.name() == wanted), None)
            view.show_on(screen)
            self.activateWindow()
        self.actions_[ActionId.SPEAKER_VIEW].setChecked(view.isVisible())
        self._show_speaker_state(None)

    def _fill_screen_menu(self) -> None:
        """One entry per connected screen; the choice is kept in the settings."""
        self.screen_menu.clear()
        chosen = self.settings.speaker_screen
        entries = [("", self.tr("The second screen, if there is one"))]
        entries += [
            (
                screen.name(),
                fill(self.tr("Screen %3: %2 (%4×%1)"),
                    number=number, name=screen.name(), width=screen.size().width(), height=screen.size().height()
                ),
            )
            for number, screen in enumerate(QGuiApplication.screens(), start=1)
        ]
        for name, label in entries:
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.triggered.connect(lambda _checked=False, n=name: self._choose_screen(n))

    def _choose_screen(self, name: str) -> None:
        self.settings.speaker_screen = name
        view = self.speaker_view
        if view is not None and view.isVisible():
            screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
            view.show_on(screen)
            self.activateWindow()

    def ask_speaker_message(self) -> None:
        # Qt types are made on first use, with their Python enums: not before the first paint.
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Message to the speaker"))
        dialog.setLabelText(self.tr("Shown big on the speaker view (empty clears it):"))
        dialog.setTextValue(self.session.speaker.message)
        dialog.textValueSelected.connect(self.session.speaker_message)
        # Enter or Esc: the keys go back to the show.
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def toggle_wrap_up(self) -> None:
        self.session.speaker_wrap_up(self.actions_[ActionId.SPEAKER_WRAP_UP].isChecked())
        self._show_speaker_state(None)

    def blink_speaker_view(self) -> None:
        self.session.speaker_blink()

    def toggle_blackout(self) -> None:
        self.session.speaker_blackout(self.actions_[ActionId.SPEAKER_BLACKOUT].isChecked())
        self._show_speaker_state(None)

    def _show_speaker_state(self, now: datetime | None) -> None:
        """What the speaker sees beyond the clock, as stored: on the speaker view, in the
        checked state of its actions, and in the cockpit's badge (as of ``now``, the
        clock's time unless given)."""
        state = self.session.speaker
        if now is None:
            now = self.session.clock.now()
        a = self.actions_
        for action_id, on in ((ActionId.SPEAKER_WRAP_UP, state.wrap_up), (ActionId.SPEAKER_BLACKOUT, state.blackout)):
            if a[action_id].isChecked() != on:
                a[action_id].setChecked(on)
        view = self.speaker_view
        if view is not None:
            message = self.tr("Please wrap up") if state.wrap_up else state.message
            if view.message.text() != message:
                view.set_message(message)
            if view.blacked_out != state.blackout:
                view.set_blackout(state.blackout)
            if state.blink_until != self._blink_seen:
                self._blink_seen = state.blink_until
                if state.blinking(now):
                    view.blink()
        self.speaker_badge.show_state(state, now, view is not None and view.isVisible())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit_countdown()
        super().resizeEvent(event)

    def _fit_countdown(self) -> None:
        """The countdown is read from two metres: at least a quarter of the window, in
        every phase (the column's other parts are cut to their lines so that it fits)."""
        self.countdown.setMinimumHeight(self.height() // 4 + 2)
        # The slot on air and the next ones: the run sheet never gets shorter than that.
        rows = 2 + RUN_SHEET_ROWS_AHEAD  # the slot before too: where the show comes from
        row_height = self.run_sheet.verticalHeader().defaultSectionSize()
        header = self.run_sheet.horizontalHeader().sizeHint().height()
        self.run_sheet.setMinimumHeight(header + row_height * rows + 2 * self.run_sheet.frameWidth())
        self._share_right_column()
        if self.view is not None:
            self._paint_slot(self.view)
        self._keep_slot_in_view()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_countdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.cohost_controller.may_close():
            event.ignore()  # questions not yet sent: the user is asked first
            return
        self.ticker.stop()
        if self.speaker_view is not None:
            self.speaker_view.close()
        self.session.close()
        super().closeEvent(event)


def _on_network_share(path: Path | None) -> bool:
    """Whether the event file ``path`` lies on a network share (the mount table is read
    right after the first paint, which need not wait for it)."""
    from moderator.persistence.network_fs import is_network_path

    return path is not None and is_network_path(path) is True
