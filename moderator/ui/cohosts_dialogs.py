"""The co-host dialogs: name and role, a shared event's address, its password, and the two
versions of a question when an edit met a co-host's change.

Apart from :mod:`moderator.ui.cohosts_panel` because nobody needs them to start: the
cockpit's first paint does not wait for them and their Qt types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.cohosts import HostRole
from moderator.domain.errors import fill
from moderator.domain.queue import EditConflict
from moderator.ui.accessibility import describe

class IdentityDialog(QDialog):
    """This instance's display name and role."""

    def __init__(self, name: str, role: HostRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Cohosts", "Your name and role"))
        self.setMinimumWidth(380)
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(QCoreApplication.translate("Cohosts", "as the co-hosts see you"))
        self.role = QComboBox(self)
        self.role.addItem(QCoreApplication.translate("Cohosts", "Moderator"), HostRole.MODERATOR.value)
        self.role.addItem(QCoreApplication.translate("Cohosts", "Co-host"), HostRole.COHOST.value)
        self.role.setCurrentIndex(0 if role is HostRole.MODERATOR else 1)
        form.addRow(QCoreApplication.translate("Cohosts", "Name"), self.name)
        form.addRow(QCoreApplication.translate("Cohosts", "Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, HostRole]:
        return self.name.text().strip(), HostRole(self.role.currentData())


class AddressDialog(QDialog):
    """Asks for a PostgreSQL address (never a password), for sharing or joining."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(text)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql://user@host:5432/dbname")
        describe(self.address, QCoreApplication.translate("Cohosts", "Address of the shared event"), explanation)
        column.addWidget(self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


class PasswordDialog(QDialog):
    """Asks for the database password once; it is kept in memory only."""

    def __init__(self, address: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Cohosts", "Password"))
        column = QVBoxLayout(self)
        text = QLabel(
            fill((QCoreApplication.translate("Cohosts", "The password for %1 was not accepted; try again.") if wrong
             else QCoreApplication.translate("Cohosts", "Password for %1:")), address=address),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        column.addWidget(text)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.password, QCoreApplication.translate("Cohosts", "Password"), text.text())
        column.addWidget(self.password)
        hint = QLabel(QCoreApplication.translate("Cohosts", "It is not stored. To skip this question, put it in ~/.pgpass or PGPASSWORD."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #495057;")
        column.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


class ConflictDialog(QDialog):
    """An edit met a co-host's change to the same question: both versions, and a choice."""

    def __init__(self, conflict: EditConflict, mine: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Cohosts", "Changed by someone else"))
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate("Cohosts", "Someone else changed this question while you were editing it. Nothing was overwritten; choose which wording to keep."),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(QLabel(QCoreApplication.translate("Cohosts", "Their version (saved):"), self))
        self.theirs = QPlainTextEdit(conflict.current.text, self)
        self.theirs.setReadOnly(True)
        self.theirs.setMaximumHeight(90)
        column.addWidget(self.theirs)
        column.addWidget(QLabel(QCoreApplication.translate("Cohosts", "Your version (not saved):"), self))
        self.mine = QPlainTextEdit(mine, self)
        self.mine.setMaximumHeight(90)
        column.addWidget(self.mine)
        buttons = QDialogButtonBox(self)
        self.keep_theirs = buttons.addButton(QCoreApplication.translate("Cohosts", "Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_mine = buttons.addButton(QCoreApplication.translate("Cohosts", "Save mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.current = conflict.current
