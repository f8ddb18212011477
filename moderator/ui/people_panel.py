"""The people of the show in the cockpit: who speaks now, who is next, the panel balance.

Thin widgets: what they show is computed by :mod:`moderator.domain.handoffs`; clicking a
person asks the window to hand off, which the domain decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QSizePolicy,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import fill
from moderator.domain.handoffs import BalanceRow
from moderator.domain.model import Person
from moderator.app.cockpit_view import format_duration
from moderator.ui.elide import ElidedLabel, fit_label
from moderator.ui.theme import set_style_state


def person_line(person: Person) -> str:
    """Function and organisation, as one line under the name."""
    return " · ".join(part for part in (person.function, person.organisation) if part)


def _plain(label: QLabel, name: str, wrap: bool = True) -> QLabel:
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class NowSpeakingCard(QFrame):
    """The person on the floor, with the time of their answer so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("now_card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.heading = _plain(QLabel(self), "card_heading", wrap=False)
        self.name = _plain(QLabel(self), "now_name")
        self.details = _plain(QLabel(self), "card_details")
        self.answer = _plain(QLabel(self), "answer_time", wrap=False)
        for widget in (self.heading, self.name, self.details, self.answer):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_text(self, heading: str, name: str, details: str, answer: str, over: bool) -> None:
        """Show what the presenter decided (see :class:`moderator.app.cockpit_view.PersonCard`)."""
        self.heading.setText(heading)
        self.name.setText(name)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.answer.setText(answer)
        self.answer.setVisible(bool(answer))
        set_style_state(self.answer, "over", over)

    def show_person(self, heading: str, person: Person | None, empty_text: str, answer: str, over: bool) -> None:
        self.heading.setText(heading)
        if person is None:
            self.name.setText(empty_text)
            self.details.setText("")
        else:
            self.name.setText(person.display_name)
            self.details.setText(person_line(person))
        self.answer.setText(answer)
        set_style_state(self.answer, "over", over)


#: The up-next intro's lines; a longer intro is cut with "…" (the whole is the tooltip).
INTRO_LINES = 3


class UpNextCard(QFrame):
    """The next person: what the moderator reads out to introduce them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.heading = _plain(QLabel(self), "card_heading", wrap=False)
        self.name = _plain(QLabel(self), "next_name")
        self.details = _plain(QLabel(self), "card_details")
        self.pronunciation = _plain(QLabel(self), "pronunciation")
        self.intro = _plain(QLabel(self), "intro")
        self.intro.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._intro = ""
        for widget in (self.heading, self.name, self.details, self.pronunciation, self.intro):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_text(self, heading: str, name: str, details: str, pronunciation: str, intro: str) -> None:
        """Show what the presenter decided; a long intro is cut to its lines with "…"."""
        self.heading.setText(heading)
        self.name.setText(name)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.pronunciation.setText(pronunciation)
        self.pronunciation.setVisible(bool(pronunciation))
        self._intro = intro
        fit_label(self.intro, intro, INTRO_LINES)
        self.intro.setVisible(bool(intro))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_label(self.intro, self._intro, INTRO_LINES)

    def show_person(self, heading: str, person: Person | None, pronunciation: str) -> None:
        self.heading.setText(heading)
        self.name.setText(person.display_name if person else "—")
        self.details.setText(person_line(person) if person else "")
        self.pronunciation.setText(pronunciation)
        self.pronunciation.setVisible(bool(pronunciation))
        self.intro.setText(person.intro if person else "")
        self.intro.setVisible(bool(person and person.intro))


class BalanceView(QFrame):
    """Talk time of each person in the slot: a key, a button to hand off, a share bar.

    Signals:
        person_clicked(int): the user clicked a person (hand the floor to them).
    """

    person_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balance")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 2, 6, 2)
        outer.setSpacing(1)
        self.heading = _plain(QLabel(self), "card_heading", wrap=False)
        outer.addWidget(self.heading)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(2, 1)
        outer.addWidget(self._grid_host)
        self.hint = ElidedLabel(self)
        self.hint.setObjectName("balance_hint")
        outer.addWidget(self.hint)
        outer.addStretch(1)
        self._people: tuple[int, ...] = ()
        self._waiting: dict[int, QLabel] = {}
        self._rows: dict[int, tuple[QPushButton, QProgressBar, QLabel]] = {}

    @property
    def people(self) -> tuple[int, ...]:
        return self._people

    def show_balance(
        self,
        rows: Sequence[BalanceRow],
        people: dict[int, Person],
        speaking: int | None,
        show_total: dict[int, timedelta],
        not_yet: str,
        total_tip: str,
    ) -> None:
        wanted = tuple(row.person_id for row in rows)
        if wanted != self._people:
            self._rebuild(rows, people)
        for row in rows:
            button, bar, time = self._rows[row.person_id]
            bar.setValue(round(row.share * 1000))
            time.setText(format_duration(row.talk_time) if row.has_spoken else not_yet)
            time.setToolTip(fill(total_tip, total=format_duration(show_total.get(row.person_id, timedelta(0)))))
            on = row.person_id == speaking
            set_style_state(button, "speaking", on)

    def _rebuild(self, rows: Sequence[BalanceRow], people: dict[int, Person]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # NOTE: deleteLater only acts on the next event-loop turn; hide it now so
                # that the old rows never paint under the new ones.
                widget.hide()
                widget.deleteLater()
        self._rows.clear()
        self._waiting.clear()
        for index, row in enumerate(rows):
            person = people.get(row.person_id)
            key = QLabel(str(index + 1) if index < 9 else "", self._grid_host)
            key.setObjectName("digit")
            button = QPushButton(person.display_name if person else "?", self._grid_host)
            button.setObjectName("person_button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(person_line(person) if person else "")
            button.clicked.connect(lambda _checked=False, pid=row.person_id: self.person_clicked.emit(pid))
            bar = QProgressBar(self._grid_host)
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            time = QLabel(self._grid_host)
            time.setObjectName("talk_time")
            self._grid.addWidget(key, index, 0)
            self._grid.addWidget(button, index, 1)
            self._grid.addWidget(bar, index, 2)
            self._grid.addWidget(time, index, 3)
            waiting = QLabel(self._grid_host)
            waiting.setObjectName("waiting")
            self._grid.addWidget(waiting, index, 4)
            self._waiting[row.person_id] = waiting
            self._rows[row.person_id] = (button, bar, time)
        self._people = tuple(row.person_id for row in rows)
        # Every person stays visible: a panel of five must not need scrolling.
        # The hint's line is kept whether it shows or not, so that it never moves the rest.
        row_height = max((self._rows[pid][0].sizeHint().height() for pid in self._rows), default=0) + 2
        line = self.heading.fontMetrics().lineSpacing() + 4
        self.setMinimumHeight(2 * line + row_height * len(rows) + 8)

    def show_hints(self, due: Sequence[int], waiting: Mapping[int, int], hint: str, waiting_text: str) -> None:
        """Mark who should get the floor next, count the questions waiting for each person,
        and say the hint in one line (cut with "…")."""
        for person_id, (button, _bar, _time) in self._rows.items():
            on = person_id in due
            set_style_state(button, "due", on)
            count = waiting.get(person_id, 0)
            self._waiting[person_id].setText(fill(waiting_text, count=count) if count else "")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
