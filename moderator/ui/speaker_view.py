"""The speaker view: a second window, full screen on the screen the moderator picks.

It shows the countdown, the slot title and a message line ("Bitte zum Schluss kommen" or
free text from the moderator); it can blink and black out. It mirrors the cockpit: the
main window hands it every reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from moderator.ui.countdown import FLASH_STYLE, PhaseStyle, CountdownDisplay
from moderator.ui.identity import app_icon


class SpeakerView(QWidget):
    """Full-screen countdown for the person speaking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("speaker_view")
        # Its own icon, too: on a second screen's task bar it is a window of its own.
        self.setWindowIcon(app_icon())
        self.retranslate()
        self._stack = QStackedLayout(self)
        content = QWidget(self)
        content.setObjectName("speaker_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        self.title = QLabel(content)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setObjectName("speaker_title")
        self.countdown = CountdownDisplay(content)
        self.message = QLabel(content)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("speaker_message")
        self.speaker = QLabel(content)
        self.speaker.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker.setObjectName("speaker_name")
        self.rehearsal = QLabel(content)
        self.rehearsal.setObjectName("speaker_rehearsal")
        self.rehearsal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal.hide()
        layout.addWidget(self.rehearsal)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.speaker)
        self.question = QLabel(content)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.question.setObjectName("speaker_question")
        self.question.hide()
        layout.addWidget(self.countdown, 6)
        layout.addWidget(self.question, 2)
        layout.addWidget(self.message, 2)
        self._black = QWidget(self)
        self._black.setAutoFillBackground(True)
        palette = self._black.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self._black.setPalette(palette)
        self._stack.addWidget(content)
        self._stack.addWidget(self._black)
        self.setStyleSheet(
            "#speaker_content { background: #111; }"
            "#speaker_title { color: #dee2e6; font-size: 28pt; }"
            "#speaker_name { color: #ffffff; font-size: 26pt; font-weight: bold; }"
            "#speaker_question { color: #f1f3f5; font-size: 24pt; }"
            "#speaker_message { color: #ffd43b; font-size: 40pt; font-weight: bold; }"
            "#speaker_rehearsal { color: #ffffff; background: #7048e8; font-size: 26pt; font-weight: bold; padding: 6px; letter-spacing: 4px; }"
        )
        self._blink_timer = QTimer(self)
        self._blink_timer.setInterval(250)
        self._blink_timer.timeout.connect(self._blink_step)
        self._blinks_left = 0
        self._style: PhaseStyle | None = None
        self._text = ""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Speaker view"))

    @property
    def blacked_out(self) -> bool:
        return self._stack.currentWidget() is self._black

    def show_reading(self, title: str, text: str, style: PhaseStyle) -> None:
        self.title.setText(title)
        self._text, self._style = text, style
        if not self._blinks_left:
            self.countdown.show_value(text, style)

    def set_rehearsal(self, mark: str) -> None:
        """The rehearsal mark ("" hides it): nobody takes a practice run for the show."""
        if self.rehearsal.text() != mark:
            self.rehearsal.setText(mark)
        self.rehearsal.setVisible(bool(mark))

    def set_speaker(self, name: str) -> None:
        """The current speaker's name (empty when nobody speaks)."""
        if self.speaker.text() != name:
            self.speaker.setText(name)
        self.speaker.setVisible(bool(name))

    def set_question(self, text: str) -> None:
        """The question on air, shown to the panel (empty hides it)."""
        self.question.setText(text)
        self.question.setVisible(bool(text))

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def set_blackout(self, black: bool) -> None:
        self._stack.setCurrentIndex(self._stack.indexOf(self._black) if black else 0)

    def blink(self, times: int = 6) -> None:
        """Flash the countdown a few times to catch the speaker's eye."""
        self._blinks_left = times * 2
        self._blink_timer.start()

    def _blink_step(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left <= 0 or self._style is None:
            self._blink_timer.stop()
            self._blinks_left = 0
            if self._style is not None:
                self.countdown.show_value(self._text, self._style)
            return
        style = FLASH_STYLE if self._blinks_left % 2 else self._style
        self.countdown.show_value(self._text, style)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the second screen if there is one)."""
        if screen is None:
            screens = QGuiApplication.screens()
            screen = screens[1] if len(screens) > 1 else QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
