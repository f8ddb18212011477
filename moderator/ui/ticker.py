"""The repaint timer: fires just after each boundary at which the display changes.

The countdown is derived from instants, so the timer only decides *when* to repaint. It
re-arms itself as a single-shot ``PreciseTimer`` for the next boundary: the next whole
second of the countdown, or of the wall clock in the status line, whichever comes first.
A late or missed tick costs nothing; the next one shows the right value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

#: Fire this long after the boundary, so that the value read is already the new one even
#: when the timer fires a hair early (the delays are rounded up to whole milliseconds too).
SLACK_MS = 1


def ms_to_next_boundary(now: datetime, remaining: timedelta | None) -> int:
    """Milliseconds until the wall clock or the countdown next shows a different second."""
    wall_micro = 1_000_000 - now.microsecond
    candidates = [wall_micro]
    if remaining is not None:
        micro = (remaining // timedelta(microseconds=1)) % 1_000_000
        # A countdown shown as whole seconds changes when its fractional part wraps.
        candidates.append(micro or 1_000_000)
    return -(-min(candidates) // 1000) + SLACK_MS


class SecondTicker(QObject):
    """Emits ``ticked`` right after every display boundary.

    Signals:
        ticked(): repaint now.
    """

    ticked = Signal()

    def __init__(
        self,
        boundary: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._boundary = boundary
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)

    def start(self) -> None:
        self._timer.start(self._boundary())

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self.ticked.emit()
        self._timer.start(self._boundary())
