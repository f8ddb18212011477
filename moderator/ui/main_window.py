"""The cockpit: the window the moderator glances at during the live show.

Big countdown in the phase colour, the slot on air, the run sheet with actual and expected
times, and a status line with the wall clock, the drift and the projected end. Every live
action is a QAction with one key (see :mod:`moderator.ui.actions`).
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.domain import clock
from moderator.domain import handoffs as floor
from moderator.domain import queue
from moderator.domain.clock import ClockReading, Phase
from moderator.domain.errors import UserError, fill
from moderator.domain.model import Question, QuestionSource, QuestionStatus
from moderator.domain.replan import apply_cuts
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
    format_countdown,
    format_duration,
    tabular_font,
)
from moderator.ui.event_session import EventSession
from moderator.ui.people_panel import BalanceView, NowSpeakingCard, UpNextCard
from moderator.ui.banner import Banner
from moderator.ui.cohosts_panel import CohostController
from moderator.ui.queue_model import COLUMN_TEXT
from moderator.ui.queue_panel import CaptureBar, OnAirCard, QueuePanel
from moderator.ui.run_sheet_model import RunSheetModel, kind_name
from moderator.ui.settings import Settings
from moderator.ui.shortcuts_dialog import ShortcutsDialog
from moderator.ui.speaker_view import SpeakerView
from moderator.ui.theme import Theme
from moderator.ui.ticker import SecondTicker, ms_to_next_boundary

#: Only suggest re-planning when the show is at least this late.
SUGGEST_AFTER = timedelta(seconds=30)


def short_title(title: str, limit: int = 24) -> str:
    """A slot's name for a one-line list: up to its first colon, or cut with an ellipsis."""
    head = title.split(":", 1)[0].strip()
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


class CockpitWindow(QMainWindow):
    """The moderator's main window over one open event.

    Signals:
        open_requested(): the user asked to open another event file.
        new_from_file_requested(): the user asked to make a new event from a run sheet file.
        language_requested(str): the user picked a UI language ("de" or "en").
    """

    open_requested = Signal()
    new_from_file_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, session: EventSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setObjectName("cockpit")
        self.resize(1280, 800)
        self.actions_ = ActionCollection(settings, self)
        self.speaker_view: SpeakerView | None = None
        self._last_phase: Phase | None = None
        self._last_slot_index: int | None = None
        self._questions_from: object = None
        self._budget_questions: tuple[Question, ...] = ()
        self._on_air_question: Question | None = None
        self._people_from: object = None
        self._slots_from: object = None
        self._reading: ClockReading | None = None
        self._zone = ZoneInfo(session.snapshot.event.timezone)
        self._build()
        self._build_menus()
        self._connect()
        self.cohosts = CohostController(self, session, settings)
        # After the style sheet is set: the theme scales it with the system font.
        self.theme = Theme(self, settings)
        self.retranslate()
        self.ticker = SecondTicker(self._ms_to_next_boundary, self)
        self.ticker.ticked.connect(self.tick)
        self.refresh()
        self.ticker.start()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        central.setObjectName("cockpit_panel")
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 8)
        self.banner = Banner(central)
        outer.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        outer.addWidget(splitter, 1)

        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.slot_kind = QLabel(left)
        self.slot_kind.setObjectName("slot_kind")
        self.slot_title = QLabel(left)
        self.slot_title.setObjectName("slot_title")
        self.slot_title.setTextFormat(Qt.TextFormat.PlainText)
        self.slot_title.setWordWrap(True)
        self.countdown = CountdownDisplay(left)
        self.progress = SlotProgress(left)
        self.elapsed = QLabel(left)
        self.elapsed.setObjectName("elapsed")
        self.paused_badge = QLabel(left)
        self.paused_badge.setObjectName("paused_badge")
        elapsed_row = QHBoxLayout()
        elapsed_row.addWidget(self.elapsed, 1)
        elapsed_row.addWidget(self.paused_badge)
        self.suggestion = QFrame(left)
        self.suggestion.setObjectName("suggestion")
        suggestion_row = QHBoxLayout(self.suggestion)
        suggestion_row.setContentsMargins(8, 6, 8, 6)
        self.suggestion_text = QLabel(self.suggestion)
        self.suggestion_text.setWordWrap(True)
        self.suggestion_text.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_button = QPushButton(self.suggestion)
        self.suggestion_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        suggestion_row.addWidget(self.suggestion_text, 1)
        suggestion_row.addWidget(self.suggestion_button)
        self.suggestion.hide()
        self.cue = QLabel(left)
        self.cue.setObjectName("cue")
        self.cue.setTextFormat(Qt.TextFormat.PlainText)
        self.cue.setWordWrap(True)
        self.cue.hide()
        cards = QHBoxLayout()
        self.now_card = NowSpeakingCard(left)
        self.next_card = UpNextCard(left)
        cards.addWidget(self.now_card, 1)
        cards.addWidget(self.next_card, 1)
        column.addWidget(self.slot_kind)
        column.addWidget(self.slot_title)
        column.addWidget(self.countdown, 3)
        column.addWidget(self.progress)
        column.addLayout(elapsed_row)
        self.on_air = OnAirCard(left)
        column.addWidget(self.cue)
        column.addLayout(cards)
        column.addWidget(self.on_air)
        column.addWidget(self.suggestion)

        self.run_sheet_model = RunSheetModel(self)
        self.run_sheet = QTableView()
        self.run_sheet.setObjectName("run_sheet")
        self.run_sheet.setModel(self.run_sheet_model)
        self.run_sheet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.run_sheet.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.run_sheet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.run_sheet.verticalHeader().hide()
        self.run_sheet.setWordWrap(True)
        self.run_sheet.setAlternatingRowColors(False)
        header = self.run_sheet.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Titles and panels are long: wrap them and let rows grow rather than cut names.
        self.run_sheet.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.run_sheet.setTextElideMode(Qt.TextElideMode.ElideNone)
        right = QSplitter(Qt.Orientation.Vertical, splitter)
        right.addWidget(self.run_sheet)
        self.queue_panel = QueuePanel(right)
        right.addWidget(self.queue_panel)
        self.balance = BalanceView(right)
        right.addWidget(self.balance)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 4)
        right.setStretchFactor(2, 1)
        right.setSizes([170, 400, 160])
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 660])
        self.capture = CaptureBar(central)
        outer.addWidget(self.capture)
        self.setCentralWidget(central)

        self.wall_clock = QLabel(self)
        self.drift = QLabel(self)
        self.projected_end = QLabel(self)
        self.read_only_badge = QLabel(self)
        for label in (self.wall_clock, self.drift, self.projected_end, self.read_only_badge):
            label.setObjectName(f"status_{id(label)}")
        self.wall_clock.setObjectName("wall_clock")
        self.drift.setObjectName("drift")
        self.projected_end.setObjectName("projected_end")
        for label in (self.wall_clock, self.elapsed):
            label.setFont(tabular_font(bold=False))
        status = self.statusBar()
        status.addWidget(self.wall_clock)
        status.addWidget(self.drift)
        status.addWidget(self.projected_end, 1)
        status.addPermanentWidget(self.read_only_badge)
        self.setStyleSheet(
            "#slot_kind { color: #495057; font-size: 13pt; text-transform: uppercase; }"
            "#slot_title { font-size: 22pt; font-weight: bold; color: #111; }"
            "#elapsed { font-size: 14pt; color: #343a40; }"
            "#paused_badge { font-size: 14pt; font-weight: bold; color: #ffffff; background: #495057; padding: 2px 10px; border-radius: 4px; }"
            "#cue { background: #e7f5ff; color: #1c3d5a; border-left: 4px solid #339af0; padding: 6px 10px; font-size: 14pt; }"
            "#now_card, #next_card, #balance { background: #f8f9fa; border: 1px solid #dee2e6; border-radius: 4px; }"
            "#card_heading { color: #495057; font-size: 10pt; text-transform: uppercase; }"
            "#now_name { font-size: 18pt; font-weight: bold; color: #111; }"
            "#next_name { font-size: 15pt; font-weight: bold; color: #1c3d5a; }"
            "#card_details { font-size: 11pt; color: #343a40; }"
            "#pronunciation { font-size: 11pt; color: #5f3dc4; }"
            "#intro { font-size: 11pt; color: #212529; }"
            "#answer_time { font-size: 12pt; color: #343a40; }"
            "#answer_time[over=\"true\"] { color: #c92a2a; font-weight: bold; }"
            "#person_button { text-align: left; padding: 3px 8px; font-size: 11pt; }"
            "#person_button[speaking=\"true\"] { background: #d3f9d8; font-weight: bold; border: 1px solid #2b8a3e; }"
            "#digit { color: #868e96; font-size: 11pt; }"
            "#talk_time { font-size: 11pt; min-width: 4em; }"
            "#on_air { background: #fff5f5; border: 2px solid #c92a2a; border-radius: 4px; }"
            "#on_air[shown_empty=\"true\"] { background: #f8f9fa; border: 1px solid #dee2e6; }"
            "#on_air[shown_empty=\"true\"] #on_air_text { font-size: 12pt; font-weight: normal; color: #868e96; }"
            "#on_air_text { color: #111; }"
            "#on_air_who { font-size: 12pt; color: #343a40; }"
            "#budget { font-size: 11pt; color: #1c3d5a; padding-left: 12px; }"
            "#capture { background: #f1f3f5; border-top: 1px solid #dee2e6; }"
            "#suggestion { background: #fff4e6; border: 1px solid #ffa94d; border-radius: 4px; }"
            "#suggestion QLabel { font-size: 12pt; color: #5c2d00; }"
            "#run_sheet { font-size: 12pt; }"
            "QStatusBar QLabel { font-size: 14pt; padding: 0 12px; }"
            "#drift[late=\"true\"] { color: #c92a2a; font-weight: bold; }"
            "#drift[late=\"false\"] { color: #2b8a3e; font-weight: bold; }"
        )

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a[ActionId.OPEN])
        self.file_menu.addAction(a[ActionId.NEW_FROM_FILE])
        self.file_menu.addAction(a[ActionId.EDIT_RUN_SHEET])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a[ActionId.QUIT])
        self.show_menu = bar.addMenu("")
        for action_id in (
            ActionId.START_PAUSE, ActionId.NEXT_SLOT, ActionId.PREVIOUS_SLOT, ActionId.GOTO_SLOT,
            None, ActionId.ADD_MINUTE, ActionId.REMOVE_MINUTE, ActionId.ADD_10_SECONDS,
            ActionId.REMOVE_10_SECONDS, None, ActionId.APPLY_COMPRESSION, None,
            ActionId.END_SHOW, ActionId.RESET_SHOW,
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
            ActionId.QUESTION_DOWN, ActionId.QUESTION_TOP, ActionId.QUESTION_EDIT,
            ActionId.QUESTION_MERGE, None, ActionId.QUEUE_UNDO, ActionId.QUEUE_REDO, None,
            ActionId.QUESTION_ON_SPEAKER_VIEW,
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
        a.connect(ActionId.START_PAUSE, s.toggle)
        a.connect(ActionId.NEXT_SLOT, s.next_slot)
        a.connect(ActionId.PREVIOUS_SLOT, s.previous_slot)
        a.connect(ActionId.GOTO_SLOT, self.goto_selected_slot)
        a.connect(ActionId.ADD_MINUTE, lambda: s.add_time(60))
        a.connect(ActionId.REMOVE_MINUTE, lambda: s.add_time(-60))
        a.connect(ActionId.ADD_10_SECONDS, lambda: s.add_time(10))
        a.connect(ActionId.REMOVE_10_SECONDS, lambda: s.add_time(-10))
        a.connect(ActionId.END_SHOW, s.end_show)
        a.connect(ActionId.RESET_SHOW, self.confirm_reset)
        a.connect(ActionId.APPLY_COMPRESSION, self.apply_suggestion)
        a.connect(ActionId.SPEAKER_VIEW, self.toggle_speaker_view)
        a.connect(ActionId.SPEAKER_MESSAGE, self.ask_speaker_message)
        a.connect(ActionId.SPEAKER_WRAP_UP, self.toggle_wrap_up)
        a.connect(ActionId.SPEAKER_BLINK, self.blink_speaker_view)
        a.connect(ActionId.SPEAKER_BLACKOUT, self.toggle_blackout)
        a.connect(ActionId.FOCUS_COCKPIT, self.focus_cockpit)
        a.connect(ActionId.SHORTCUTS, self.show_shortcuts)
        a.connect(ActionId.OPEN, self.open_requested.emit)
        a.connect(ActionId.EDIT_RUN_SHEET, self.edit_run_sheet)
        a.connect(ActionId.NEW_FROM_FILE, self.new_from_file_requested.emit)
        a.connect(ActionId.QUIT, self.close)
        a.connect(ActionId.LANGUAGE_DE, lambda: self.language_requested.emit("de"))
        a.connect(ActionId.LANGUAGE_EN, lambda: self.language_requested.emit("en"))
        a.connect(ActionId.TOGGLE_FLASH, lambda: setattr(self.settings, "flash", a[ActionId.TOGGLE_FLASH].isChecked()))
        a.connect(ActionId.TOGGLE_SOUND, lambda: setattr(self.settings, "sound", a[ActionId.TOGGLE_SOUND].isChecked()))
        a.connect(ActionId.HIGH_CONTRAST, lambda: setattr(self.settings, "high_contrast", a[ActionId.HIGH_CONTRAST].isChecked()))
        for digit, action_id in enumerate(HANDOFF_DIGITS, start=1):
            a.connect(action_id, lambda d=digit: s.hand_off_digit(d))
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
        a.connect(ActionId.QUESTION_MERGE, self.merge_selected)
        a.connect(ActionId.QUEUE_UNDO, s.undo_queue)
        a.connect(ActionId.QUEUE_REDO, s.redo_queue)
        a.connect(ActionId.NEW_QUESTION, lambda: self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.connect(ActionId.FIND_QUESTION, lambda: self.queue_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.connect(ActionId.PASTE_TRANSCRIPT, self.paste_transcript)
        a.connect(ActionId.QUESTION_ON_SPEAKER_VIEW, self.refresh)
        self.capture.submitted.connect(self.capture_question)
        self.queue_panel.model.move_requested.connect(s.move_question)
        self.queue_panel.model.edit_requested.connect(lambda qid, text, base: s.edit_question(qid, text, based_on=base))
        s.queue_changed.connect(self._update_undo_texts)
        self.suggestion_button.clicked.connect(self.apply_suggestion)
        # Enter or a double click on a slot (QAbstractItemView's "activated").
        self.run_sheet.activated.connect(lambda index: self.goto_slot_row(index.row()))
        # The Apply button names the re-planning key, which the user may change.
        self.settings.changed.connect(lambda key: self.retranslate() if key.startswith("shortcuts/") else None)
        s.snapshot_changed.connect(self.refresh)
        s.failed.connect(self.show_error)
        if s.read_only:
            for action_id, action in a.actions.items():
                from moderator.ui.actions import SPECS

                if SPECS[action_id].live:
                    action.setEnabled(False)

    # -- translation --------------------------------------------------------------------------

    def _fix_widths(self) -> None:
        """Labels that change every second get the width of their widest text, so a
        change of digits never re-lays out the window."""
        for label, template in (
            (self.wall_clock, "00:00:00"),
            (self.projected_end, fill(self.tr("ends %1"), time="00:00")),
            (self.drift, max(fill(self.tr("+%1 behind"), drift="0:00:00"), fill(self.tr("−%1 ahead"), drift="0:00:00"), key=len)),
        ):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(template) + 30)

    def retranslate(self) -> None:
        if hasattr(self, "cohosts"):
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
        describe(self.centralWidget(), self.tr("Cockpit"), self.tr("The live keys act here: Space starts or pauses, the arrows change the slot, F1 lists every key."))
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
        remaining = reading.remaining if reading is not None and not reading.paused else None
        return ms_to_next_boundary(self.session.clock.now(), remaining)

    def tick(self) -> None:
        """A display boundary passed: a new second of the countdown, or of the wall clock.

        The countdown and the wall clock change a second at different moments. When only
        the wall clock's second turned, only its label changes; everything else follows
        the countdown's second.
        """
        reading = self.session.reading()
        text, _style = self._countdown_value(reading)
        if self._reading is not None and text == self.countdown.text and reading.paused == self._reading.paused and reading.phase is self._reading.phase:
            # Keep the latest reading: the ticker aims its next shot from it.
            self._reading = reading
            self._show_wall_clock(reading)
            return
        self.refresh(reading)

    def refresh(self, reading: ClockReading | None = None) -> None:
        """Show everything (read the clock unless given). Each second and after every change."""
        if reading is None:
            reading = self.session.reading()
        self._reading = reading
        self._show_slot(reading)
        text, style = self._countdown_value(reading)
        self.countdown.show_value(text, style)
        if self.speaker_view is not None:
            title = reading.slot.title if reading.slot is not None else ""
            self.speaker_view.show_reading(title, text, style)
        self._show_status(reading)
        self._show_people(reading)
        self._show_questions(reading)
        self.run_sheet_model.update_from(self.session.snapshot, reading)
        self._show_suggestion(reading)
        if reading.slot_index != self._last_slot_index:
            self._last_slot_index = reading.slot_index
            if reading.slot_index is not None:
                self.run_sheet.scrollTo(
                    self.run_sheet_model.index(reading.slot_index, 0),
                    QAbstractItemView.ScrollHint.EnsureVisible,
                )
        if reading.phase != self._last_phase:
            if reading.phase is Phase.OVERTIME and self._last_phase is not None and self.settings.sound:
                QApplication.beep()
            self._last_phase = reading.phase

    def _countdown_value(self, reading: ClockReading) -> tuple[str, PhaseStyle]:
        text = format_countdown(reading.remaining)
        if reading.phase is Phase.ENDED:
            return self.tr("End"), PHASE_STYLES[Phase.ENDED]
        if reading.paused:
            return text, PAUSED_STYLE
        style = PHASE_STYLES[reading.phase]
        if self.settings.flash and reading.phase in (Phase.FINAL, Phase.OVERTIME):
            # Flash on the odd seconds: calm enough to read, impossible to miss.
            seconds = abs(reading.remaining) // timedelta(seconds=1)
            if reading.phase is Phase.FINAL and seconds % 2 == 1:
                style = FLASH_STYLE
            if reading.phase is Phase.OVERTIME and seconds < 10 and seconds % 2 == 1:
                style = FLASH_STYLE
        return text, style

    def _show_slot(self, reading: ClockReading) -> None:
        slot = reading.slot
        if reading.phase is Phase.ENDED:
            self.slot_kind.setText(self.tr("Show ended"))
            self.slot_title.setText(self.session.snapshot.event.title)
        elif slot is None:
            self.slot_kind.setText("")
            self.slot_title.setText(self.tr("The run sheet is empty."))
        elif reading.phase is Phase.BEFORE_SHOW:
            self.slot_kind.setText(self.tr("Before the show · starts with"))
            self.slot_title.setText(slot.title)
        else:
            self.slot_kind.setText(kind_name(slot.kind))
            self.slot_title.setText(slot.title)
        if reading.phase in (Phase.BEFORE_SHOW, Phase.ENDED):
            self.progress.set_fraction(0.0)
            self.elapsed.setText("")
        else:
            self.progress.set_fraction(reading.progress)
            self.elapsed.setText(
                fill(self.tr("%2 of %1 elapsed"),
                    elapsed=format_duration(reading.elapsed), allotted=format_duration(reading.allotted)
                )
            )
        self.paused_badge.setText(self.tr("PAUSED"))
        self.paused_badge.setVisible(reading.paused)

    def _show_wall_clock(self, reading: ClockReading) -> None:
        wall = reading.now.astimezone(self._zone)
        self.wall_clock.setText(f"{wall.hour:02d}:{wall.minute:02d}:{wall.second:02d}")

    def _show_status(self, reading: ClockReading) -> None:
        self._show_wall_clock(reading)
        drift = reading.drift
        if abs(drift) < timedelta(seconds=1):
            text, late = self.tr("on time"), "false"
        elif drift > timedelta(0):
            text, late = fill(self.tr("+%1 behind"), drift=format_duration(drift)), "true"
        else:
            text, late = fill(self.tr("−%1 ahead"), drift=format_duration(drift)), "false"
        if self.drift.text() != text or self.drift.property("late") != late:
            self.drift.setText(text)
            self.drift.setProperty("late", late)
            self.drift.style().unpolish(self.drift)
            self.drift.style().polish(self.drift)
        end = reading.projected_end.astimezone(self._zone)
        self.projected_end.setText(fill(self.tr("ends %1"), time=f"{end.hour:02d}:{end.minute:02d}"))

    def _show_people(self, reading: ClockReading) -> None:
        session = self.session
        people = {p.id: p for p in session.snapshot.people if p.id is not None}
        records = session.handoffs
        current = floor.current_handoff(records)
        slot = reading.slot if reading.phase not in (Phase.BEFORE_SHOW, Phase.ENDED) else None
        speaking = current.person_id if current is not None else None
        now = reading.now
        # Now speaking, or who is proposed at the start of a slot.
        answer, over = "", False
        if current is not None:
            elapsed = floor.answer_elapsed(current, session.pauses, now)
            limit = self.settings.answer_limit_seconds
            if limit:
                answer = fill(self.tr("Answer %1 of %2"),
                    elapsed=format_duration(elapsed), limit=format_duration(timedelta(seconds=limit))
                )
                over = elapsed > timedelta(seconds=limit)
            else:
                answer = fill(self.tr("Speaking for %1"), elapsed=format_duration(elapsed))
            self.now_card.show_person(self.tr("Now speaking"), people.get(current.person_id), "", answer, over)
        else:
            proposed = floor.proposed_speaker(slot, None) if slot is not None else None
            if proposed is not None:
                key = self.actions_[ActionId.HANDOFF_NEXT].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                self.now_card.show_person(
                    fill(self.tr("Proposed — press %1 to hand off"), key=key), people.get(proposed), "", "", False
                )
            else:
                self.now_card.show_person(self.tr("Now speaking"), None, self.tr("Nobody"), "", False)
        # Up next: what the moderator reads out.
        nxt = None
        if reading.phase is Phase.BEFORE_SHOW:
            nxt = floor.up_next(session.slots, 0, None, records) if session.slots else None
        elif reading.phase is not Phase.ENDED and reading.slot_index is not None:
            anchor = speaking if current is not None and slot is not None and current.slot_id == slot.id else None
            if anchor is None and slot is not None:
                # Nobody on the floor yet: the proposed first speaker is "now", so show who follows.
                anchor = floor.proposed_speaker(slot, None)
            nxt = floor.up_next(session.slots, reading.slot_index, anchor, records)
        person = people.get(nxt.person_id) if nxt is not None else None
        slot_title = ""
        if nxt is not None and nxt.in_next_slot:
            slot_title = next((s.title for s in session.slots if s.id == nxt.slot_id), "")
        heading = fill(self.tr("Up next in %1"), slot=short_title(slot_title)) if slot_title else self.tr("Up next")
        pronunciation = fill(self.tr("Say: %1"), hint=person.pronunciation) if person and person.pronunciation else ""
        self.next_card.show_person(heading, person, pronunciation)
        # The cue before the slot ends: visible, not alarming.
        cue_before = timedelta(seconds=self.settings.cue_seconds)
        opener = floor.next_slot_opener(session.slots, reading.slot_index)
        if opener is not None and reading.phase is not Phase.BEFORE_SHOW and floor.cue_due(reading, cue_before):
            next_slot, opener_id = opener
            who = people.get(opener_id) if opener_id is not None else None
            if who is not None:
                organisation = f", {who.organisation}" if who.organisation else ""
                text = fill(self.tr("Next: %3 — %1%2"),
                    slot=short_title(next_slot.title, 40), name=who.display_name, organisation=organisation
                )
            else:
                text = fill(self.tr("Next: %1"), slot=short_title(next_slot.title, 40))
            self.cue.setText(text)
            self.cue.show()
        else:
            self.cue.hide()
        # Talk time in this slot, and over the whole show in the tooltip.
        if slot is not None and slot.participants:
            rows = floor.balance(slot, records, session.pauses, now)
            totals = floor.talk_times(records, session.pauses, now)
            self.balance.heading.setText(self.tr("Talk time in this slot (click to hand off)"))
            self.balance.show_balance(
                rows, people, speaking, totals, self.tr("not yet"), self.tr("whole show: %1")
            )
            self.balance.show()
        else:
            self.balance.hide()
        if self.speaker_view is not None:
            name = people[speaking].display_name if speaking in people else ""
            self.speaker_view.set_speaker(name)

    # -- questions ---------------------------------------------------------------------------

    def _show_questions(self, reading: ClockReading) -> None:
        snapshot = self.session.snapshot
        if snapshot is not self._questions_from:
            self._questions_from = snapshot
            questions = snapshot.questions
            # One pass over the queue (it may hold thousands): who was merged into what,
            # the questions the budget needs (answered and on air), the one on air.
            merged: dict[int, list[str]] = {}
            budget: list[Question] = []
            on_air_now: Question | None = None
            closed = (QuestionStatus.ANSWERED, QuestionStatus.ON_AIR)
            for question in questions:
                if question.merged_into is not None and question.asked_by:
                    merged.setdefault(question.merged_into, []).append(question.asked_by)
                if question.status in closed:
                    budget.append(question)
                    if question.status is QuestionStatus.ON_AIR:
                        on_air_now = question
            by_id = {q.id: q for q in budget}
            askers = {}
            for keep_id, names in merged.items():
                kept = by_id.get(keep_id) or next((q for q in questions if q.id == keep_id), None)
                own = [kept.asked_by] if kept is not None and kept.asked_by else []
                askers[keep_id] = tuple(dict.fromkeys(own + names))
            self._budget_questions = tuple(budget)
            model = self.queue_panel.model
            if snapshot.people is not self._people_from or snapshot.slots is not self._slots_from:
                self._people_from, self._slots_from = snapshot.people, snapshot.slots
                model.set_people(snapshot.people)
                model.set_slot_titles({slot.id: slot.title for slot in snapshot.slots if slot.id is not None}, self._zone)
                self.capture.set_people(snapshot.people)
            model.set_questions(questions, askers)
            current = on_air_now
            people = {p.id: p for p in snapshot.people}
            if current is None:
                self.on_air.heading.setText(self.tr("On air"))
                self.on_air.text.setText(self.tr("No question on air. O puts the next one on air."))
                self.on_air.who.setText("")
            else:
                self.on_air.heading.setText(self.tr("Question on air"))
                self.on_air.text.setText(current.text)
                who = ", ".join(askers.get(current.id or 0, (current.asked_by,) if current.asked_by else ()))
                if current.organisation:
                    who = f"{who} ({current.organisation})" if who else current.organisation
                to = people.get(current.addressed_to)
                parts = [fill(self.tr("asked by %1"), who=who)] if who else []
                if to is not None:
                    parts.append(fill(self.tr("to %1"), name=to.display_name))
                self.on_air.who.setText(" · ".join(parts))
            if self.on_air.property("shown_empty") != (current is None):
                self.on_air.setProperty("shown_empty", current is None)
                # Three lines for a question on air; the empty card's note needs one.
                self.on_air.text.setMinimumHeight(0 if current is None else self.on_air.question_height)
                # NOTE: a property selector is only re-read on a re-polish, of each widget
                # it styles (the card and its text).
                for widget in (self.on_air, self.on_air.text):
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
            self._on_air_question = current
        if self.speaker_view is not None:
            current = self._on_air_question
            show = self.actions_[ActionId.QUESTION_ON_SPEAKER_VIEW].isChecked()
            self.speaker_view.set_question(current.text if show and current is not None else "")
        fit = queue.questions_that_fit(reading, self._budget_questions)
        self.queue_panel.budget.setText("" if fit is None else fill(self.tr("about %1 more fit"), count=fit))

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
        visible = model.visible_ids
        if step < 0 and row > 0:
            self.session.move_question(question.id, visible[row - 1])
        elif step > 0 and row + 1 < len(visible):
            after = row + 2
            self.session.move_question(question.id, visible[after] if after < len(visible) else None)
        self.queue_panel.select(question.id)

    def move_selected_to_top(self) -> None:
        question = self._selected_question()
        visible = self.queue_panel.model.visible_ids
        if question is None or question.id is None or not visible:
            return
        self.session.move_question(question.id, visible[0])
        self.queue_panel.select(question.id)

    def edit_selected(self) -> None:
        question = self._selected_question()
        if question is None or question.id is None:
            return
        row = self.queue_panel.model.row_of(question.id)
        if row is not None:
            self.queue_panel.view.edit(self.queue_panel.model.index(row, COLUMN_TEXT))

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
        dialog.open()

    def capture_question(self, text: str, asked_by: str, organisation: str, addressed_to: object, source: str) -> None:
        added = self.session.add_question(
            text, asked_by=asked_by, organisation=organisation,
            addressed_to=addressed_to if isinstance(addressed_to, int) else None,
            source=QuestionSource(source),
        )
        if added is not None:
            self.capture.clear_after_add()

    def edit_run_sheet(self) -> None:
        """Open the run-sheet editor; one per cockpit, kept so that its undo survives closing it."""
        from moderator.ui.editor import RunSheetEditor  # loads with its first use, not at start-up

        editor = getattr(self, "run_sheet_editor", None)
        if editor is None:
            editor = self.run_sheet_editor = RunSheetEditor(self.session, self)
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def paste_transcript(self) -> None:
        # The chat reader loads when a chat is pasted, not at start-up.
        from moderator.ui.queue_dialogs import TranscriptDialog

        dialog = TranscriptDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _suggestion_cuts(self, reading: ClockReading) -> tuple[tuple[int, timedelta], ...]:
        if reading.drift < SUGGEST_AFTER or self.session.read_only:
            return ()
        return clock.suggest_compression(reading, self.session.slots, self.session.snapshot.event.end)

    def _show_suggestion(self, reading: ClockReading) -> None:
        cuts = self._suggestion_cuts(reading)
        if not cuts:
            if self.suggestion.isVisibleTo(self):
                self.suggestion.hide()
                self._fit_countdown()
            return
        titles = {slot.id: slot for slot in self.session.slots}
        parts = [
            f"{short_title(titles[slot_id].title)} −{format_duration(titles[slot_id].duration - new)}"
            for slot_id, new in cuts
        ]
        self.suggestion_text.setText(
            fill(self.tr("Running %2 late. To end on time: %1"),
                drift=format_duration(reading.drift), cuts="; ".join(parts)
            )
        )
        if not self.suggestion.isVisibleTo(self):
            self.suggestion.show()
            self._fit_countdown()

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
        reading = self.session.reading()
        cuts = self._suggestion_cuts(reading)
        if not cuts:
            self.banner.show_message(self.tr("The show is on time; nothing to shorten."), error=False, seconds=4)
            return
        slots = apply_cuts(self.session.slots, cuts, self.session.snapshot.event.end)
        changed = [new for old, new in zip(self.session.slots, slots, strict=True) if old != new]
        try:
            self.session.store.update_slot_times(changed)
        except UserError as error:
            self.show_error(error)
            return
        self.session.refresh_if_changed()
        self.banner.show_message(self.tr("The remaining slots were shortened to end on time."), error=False, seconds=5)

    def confirm_reset(self) -> None:
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
        box.open()
        self._reset_box = box

    def focus_cockpit(self) -> None:
        # Esc leaves any text field (capture, search, an edit in the queue) for the cockpit.
        self.queue_panel.view.closePersistentEditor(self.queue_panel.view.currentIndex())
        self.centralWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.actions_, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _ensure_speaker_view(self) -> SpeakerView:
        if self.speaker_view is None:
            view = SpeakerView()
            view.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            # The keys stay with the moderator: the speaker view does not take the focus
            # when it opens, and if it is clicked, the live keys work there as well.
            view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            view.addActions(list(self.actions_.actions.values()))
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

    def _fill_screen_menu(self) -> None:
        """One entry per connected screen; the choice is kept in the settings."""
        self.screen_menu.clear()
        chosen = self.settings.speaker_screen
        entries = [("", self.tr("The second screen, if there is one"))]
        entries += [(screen.name(), f"{screen.name()} ({screen.size().width()}×{screen.size().height()})") for screen in QGuiApplication.screens()]
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
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Message to the speaker"))
        dialog.setLabelText(self.tr("Shown big on the speaker view (empty clears it):"))
        dialog.setTextValue(self._ensure_speaker_view().message.text())
        dialog.textValueSelected.connect(self._ensure_speaker_view().set_message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def toggle_wrap_up(self) -> None:
        on = self.actions_[ActionId.SPEAKER_WRAP_UP].isChecked()
        self._ensure_speaker_view().set_message(self.tr("Please wrap up") if on else "")

    def blink_speaker_view(self) -> None:
        self._ensure_speaker_view().blink()

    def toggle_blackout(self) -> None:
        self._ensure_speaker_view().set_blackout(self.actions_[ActionId.SPEAKER_BLACKOUT].isChecked())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit_countdown()
        super().resizeEvent(event)

    def _fit_countdown(self) -> None:
        """The countdown is read from two metres: at least a quarter of the window, or a
        fifth while the re-planning suggestion needs its room below it (so that nothing in
        the column has to overlap)."""
        share = 5 if self.suggestion.isVisibleTo(self) else 4
        self.countdown.setMinimumHeight(self.height() // share + 2)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.cohosts.may_close():
            event.ignore()  # questions not yet sent: the user is asked first
            return
        self.ticker.stop()
        if self.speaker_view is not None:
            self.speaker_view.close()
        self.session.close()
        super().closeEvent(event)
