"""The audience page in the app: its link and QR code to give people, and its two switches.

The page itself is served by the stream server (:mod:`moderator.stream.audience`); this
dialog shows its link (to paste into the chat) and a QR code (to hold up, or to put on the
stream with the overlay page ``/audience-qr``), and lets the organiser close the page for
new questions or stop listing accepted questions for votes. Both switches act at once on
every open page and are kept in the event's stream set-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.errors import fill
from moderator.ui.stream_panel import StreamHost, _copy, qr_pixmap


class AudienceDialog(QDialog):
    """The audience page's link, QR code and switches (non-modal; open())."""

    def __init__(self, host: StreamHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Audience page"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.link = QLineEdit()
        self.link.setObjectName("audience_link")
        self.link.setReadOnly(True)
        self.link.setMinimumWidth(420)
        self.overlay = QLineEdit()
        self.overlay.setObjectName("audience_qr_overlay")
        self.overlay.setReadOnly(True)
        for row, (name, field) in enumerate(
            ((self.tr("Link for the audience"), self.link), (self.tr("QR code as an OBS overlay"), self.overlay))
        ):
            copy = QPushButton(self.tr("Copy"))
            copy.clicked.connect(lambda _checked=False, source=field: _copy(source.text()))
            self.grid.addWidget(QLabel(name), row, 0)
            self.grid.addWidget(field, row, 1)
            self.grid.addWidget(copy, row, 2)
        self.qr = QLabel()
        self.qr.setObjectName("audience_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.qr)
        self.open_box = QCheckBox(self.tr("Take new questions from the audience"))
        self.open_box.setObjectName("audience_open")
        self.votes_box = QCheckBox(self.tr("Show accepted questions on the page, for votes"))
        self.votes_box.setObjectName("audience_votes")
        layout.addWidget(self.open_box)
        layout.addWidget(self.votes_box)
        self.note = QLabel(self.tr(
            "Questions from the page arrive in the queue as new, from \u201caudience page\u201d; "
            "only those you accept are shown there. To reach the page from outside this network, "
            "see \u201cThe audience page\u201d in the README."
        ))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_box.toggled.connect(lambda checked: self._set(is_open=checked))
        self.votes_box.toggled.connect(lambda checked: self._set(votes=checked))
        host.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        server = self.host.server
        page = server.audience if server is not None else None
        for widget in (self.link, self.overlay, self.open_box, self.votes_box):
            widget.setEnabled(page is not None)
        if server is None or page is None:
            self.status.setText(self.host.error or self.tr("The audience page is not served yet; it starts a moment after the cockpit."))
            self.link.clear()
            self.overlay.clear()
            self.qr.clear()
            return
        where = (
            self.tr("Phones on the local network reach it; from elsewhere, through your proxy or tunnel.")
            if server.config.lan or server.config.audience_public_url
            else self.tr("It is served on this computer only: turn on the local network in the overlays' set-up, or put a proxy or tunnel in front of it.")
        )
        self.status.setText(fill(self.tr("Give the audience this link (paste it into the chat) or show the QR code. %1"), where=where))
        self.link.setText(page.url())
        self.overlay.setText(f"{server.base_url()}/audience-qr{server.token_query()}")
        self.qr.setPixmap(qr_pixmap(page.url(), scale=5))
        for box, value in ((self.open_box, server.config.audience_open), (self.votes_box, server.config.audience_votes)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _set(self, *, is_open: bool | None = None, votes: bool | None = None) -> None:
        server = self.host.server
        if server is None or server.audience is None:
            return
        server.audience.set_options(is_open=is_open, votes=votes)
        self.host.config = server.config  # the overlays' dialog saves from this one
