"""The cockpit's co-host parts: who controls the clock, who else is here, the connection.

A thin adapter over :class:`~moderator.ui.event_session.EventSession` and the rules of
:mod:`moderator.domain.cohosts`. It adds to the cockpit:

- a strip under the banner that says who controls the clock and who else has the event
  open (hidden while nobody else is there and the event is not shared, so a moderator
  working alone sees nothing new);
- the Co-hosts menu: this instance's name and role, handing control over, taking it from
  an instance that has gone quiet (after a confirmation), sharing the event with co-hosts
  on other machines and joining a shared event;
- the red banner while the shared event cannot be reached, and the dialog that shows both
  versions when an edit met a co-host's change.

Dialogs open with ``open()`` and report through signals; the tests drive them directly.
They live in :mod:`moderator.ui.cohosts_dialogs`, loaded when the first one opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from moderator.domain.cohosts import HostRole, Instance
from moderator.domain.errors import UserError, fill
from moderator.domain.queue import EditConflict
from moderator.lazy import lazy_module
from moderator.ui.actions import ActionId
from moderator.ui.messages import translate_error
from moderator.ui.theme import set_style_state

if TYPE_CHECKING:
    from moderator.domain import queue_ops
    from moderator.ui import cohosts_dialogs as dialogs
    from moderator.ui.actions import ActionCollection
    from moderator.ui.event_session import Changes, EventSession
    from moderator.ui.settings import Settings
else:  # the queue's operations load after the first paint, the dialogs when one first opens
    queue_ops = lazy_module("moderator.domain.queue_ops")
    dialogs = lazy_module("moderator.ui.cohosts_dialogs")


class CohostHost(Protocol):
    """What the co-host parts need of the window they live in (the cockpit gives it)."""

    @property
    def actions_(self) -> ActionCollection: ...

    def show_message(self, text: str, *, error: bool = True, seconds: int = 8) -> None:
        """A banner message (``seconds=0``: it stands until cleared)."""

    def clear_standing_message(self) -> None: ...

    def add_cohost_strip(self, strip: QWidget) -> None:
        """Place the strip that says who controls the clock (its place keeps its size)."""

    def add_cohost_menu(self, menu: QMenu) -> None: ...

    def dialog_parent(self) -> QWidget: ...

    def close(self) -> bool: ...


def role_name(role: HostRole) -> str:
    return QCoreApplication.translate("Cohosts", "moderator") if role is HostRole.MODERATOR else QCoreApplication.translate("Cohosts", "co-host")


class CohostStrip(QFrame):
    """One line: who controls the clock, who else is here; a button to take control."""

    take_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohost_strip")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.control_label = QLabel(self)
        self.control_label.setObjectName("cohost_control")
        self.control_label.setTextFormat(Qt.TextFormat.PlainText)
        self.others_label = QLabel(self)
        self.others_label.setObjectName("cohost_others")
        self.others_label.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton(self)
        self.take_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.take_button.clicked.connect(self.take_requested)
        row.addWidget(self.control_label)
        row.addWidget(self.others_label, 1)
        row.addWidget(self.take_button)
        self.setStyleSheet(
            "#cohost_strip { background: #f1f3f5; border-radius: 4px; }"
            "#cohost_strip[state=\"mine\"] { background: #e6fcf5; }"
            "#cohost_strip[state=\"quiet\"] { background: #fff4e6; }"
            "#cohost_control { font-size: 12pt; font-weight: 600; color: #212529; }"
            "#cohost_others { font-size: 11pt; color: #495057; padding-left: 12px; }"
        )
        self.take_button.hide()
        self.hide()
        self._session: EventSession | None = None

    def show_session(self, session: EventSession) -> None:
        self._session = session
        self._render()

    def _render(self) -> None:
        session = self._session
        if session is None:
            return
        others = session.others()
        self.setVisible(session.store.shared or bool(others))
        self.take_button.setText(QCoreApplication.translate("Cohosts", "Take control…"))
        controller = session.controller()
        name = controller.label if controller else (session.control.name or QCoreApplication.translate("Cohosts", "another instance"))
        if session.is_controller:
            state, text = "mine", QCoreApplication.translate("Cohosts", "The clock is controlled here")
        elif session.control.instance_id is None:
            state, text = "nobody", QCoreApplication.translate("Cohosts", "Nobody controls the clock; the first clock action takes it")
        elif session.controller_quiet():
            state, text = "quiet", fill(QCoreApplication.translate("Cohosts", "%1 controls the clock but has gone quiet"), name=name)
        else:
            state, text = "following", fill(QCoreApplication.translate("Cohosts", "Following the clock of %1"), name=name)
        set_style_state(self, "state", state)
        self.control_label.setText(text)
        self.take_button.setVisible(state == "quiet" and not session.read_only and session.online)
        if others:
            names = ", ".join(f"{i.label} ({role_name(i.role)})" for i in others)
            self.others_label.setText(fill(QCoreApplication.translate("Cohosts", "Also here: %1"), names=names))
        else:
            self.others_label.setText(QCoreApplication.translate("Cohosts", "Nobody else is here yet"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


class CohostController(QObject):
    """Wires the co-host parts into a cockpit window.

    Signals:
        open_requested(str, object): open this event file or shared event's address in
            the cockpit, with the password the user typed for it (or None).
    """

    open_requested = Signal(str, object)

    def __init__(self, host: CohostHost, session: EventSession, settings: Settings) -> None:
        parent = host.dialog_parent()
        super().__init__(parent)
        self.host = host
        self.session = session
        self.settings = settings
        self.strip = CohostStrip(parent)
        host.add_cohost_strip(self.strip)
        self.strip.take_requested.connect(self.confirm_take_control)
        self.menu = QMenu(parent)
        actions = host.actions_
        self.menu.addAction(actions[ActionId.COHOST_IDENTITY])
        self.menu.addSeparator()
        self.hand_over_menu = self.menu.addMenu("")
        self.hand_over_menu.aboutToShow.connect(self._fill_hand_over_menu)
        self.menu.addAction(actions[ActionId.TAKE_CONTROL])
        self.menu.addSeparator()
        self.menu.addAction(actions[ActionId.PUBLISH_EVENT])
        self.menu.addAction(actions[ActionId.JOIN_SHARED_EVENT])
        host.add_cohost_menu(self.menu)
        actions.connect(ActionId.COHOST_IDENTITY, self.edit_identity)
        actions.connect(ActionId.TAKE_CONTROL, self.confirm_take_control)
        actions.connect(ActionId.PUBLISH_EVENT, self.ask_publish)
        actions.connect(ActionId.JOIN_SHARED_EVENT, self.ask_join)
        session.changed.connect(self._on_changed)
        session.conflict.connect(self.show_conflict)
        self.dialog: QDialog | None = None
        self._close_confirmed = False
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("Cohosts", "Co-&hosts"))
        self.hand_over_menu.setTitle(QCoreApplication.translate("Cohosts", "Hand over control to"))
        self.strip.show_session(self.session)

    def update(self) -> None:
        s = self.session
        self.host.actions_[ActionId.TAKE_CONTROL].setEnabled(
            not s.read_only and s.online and not s.is_controller
        )
        self.host.actions_[ActionId.PUBLISH_EVENT].setEnabled(not s.store.shared and not s.read_only)
        self.strip.show_session(s)

    # -- connection ------------------------------------------------------------------------

    def _offline_text(self) -> str:
        waiting = len(self.session.pending)
        text = QCoreApplication.translate("Cohosts", "The connection to the shared event is lost; trying again. The clock keeps counting.")
        if waiting:
            text += " " + fill(QCoreApplication.translate("Cohosts", "Questions to send when it is back: %1."), count=waiting)
        return text

    def _on_connection(self, online: bool) -> None:
        if online:
            self.host.clear_standing_message()
            self.host.show_message(QCoreApplication.translate("Cohosts", "Connected to the shared event again."), error=False, seconds=6)
        else:
            self.host.show_message(self._offline_text(), seconds=0)
        self.update()

    def _on_changed(self, changes: Changes) -> None:
        if changes.connection:
            self._on_connection(self.session.online)
        elif changes.presence:
            self.update()
        if changes.snapshot and not changes.connection and not self.session.online:
            self.host.show_message(self._offline_text(), seconds=0)

    def may_close(self) -> bool:
        """Whether the window may close now; questions not yet sent are not lost silently.

        With questions waiting for the connection, asks first (without blocking the show)
        and closes the window once the user confirms. Questions kept on disk (the app's
        journal) wait for the next start instead: nothing to ask then.
        """
        from PySide6.QtWidgets import QMessageBox

        if not self.session.pending or self._close_confirmed or self.session.service.keeps_on_disk:
            return True
        box = QMessageBox(self.host.dialog_parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Cohosts", "Questions not sent"))
        box.setText(
            fill(QCoreApplication.translate(
                "Cohosts",
                "Questions entered while the connection was lost and not sent yet: %1. Closing loses them. Close anyway?",
            ), count=len(self.session.pending))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._closing(result == QMessageBox.StandardButton.Close))
        self.dialog = box
        box.open()
        return False

    def _closing(self, confirmed: bool) -> None:
        self.dialog = None
        if confirmed:
            self._close_confirmed = True
            self.host.close()

    # -- control ---------------------------------------------------------------------------

    def _fill_hand_over_menu(self) -> None:
        self.hand_over_menu.clear()
        others = self.session.others()
        if not self.session.is_controller or not others:
            empty = self.hand_over_menu.addAction(
                QCoreApplication.translate("Cohosts", "Nobody else is here") if not others else QCoreApplication.translate("Cohosts", "Only the instance that controls the clock can hand it over")
            )
            empty.setEnabled(False)
            return
        for instance in others:
            action = self.hand_over_menu.addAction(f"{instance.label} ({role_name(instance.role)})")
            action.triggered.connect(lambda _checked=False, target=instance: self.hand_over(target))

    def hand_over(self, target: Instance) -> None:
        if self.session.hand_over(target.id):
            self.host.show_message(
                fill(QCoreApplication.translate("Cohosts", "%1 controls the clock now."), name=target.label), error=False
            )

    def confirm_take_control(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        s = self.session
        if s.is_controller:
            return
        controller = s.controller()
        name = controller.label if controller else s.control.name
        box = QMessageBox(self.host.dialog_parent())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Cohosts", "Take control of the clock"))
        box.setText(
            fill(QCoreApplication.translate("Cohosts", "%1 has gone quiet. Take control of the clock here? It goes on exactly where it is."), name=name)
            if s.controller_quiet() or s.control.instance_id is None
            else fill(QCoreApplication.translate("Cohosts", "%1 is still active. Ask for a hand-over instead."), name=name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._took(result == QMessageBox.StandardButton.Yes))
        self.dialog = box
        box.open()

    def _took(self, confirmed: bool) -> None:
        self.dialog = None
        if confirmed and self.session.take_control():
            self.host.show_message(QCoreApplication.translate("Cohosts", "The clock is controlled here now."), error=False)

    # -- identity --------------------------------------------------------------------------

    def edit_identity(self) -> None:
        dialog = dialogs.IdentityDialog(self.session.me.name, self.session.me.role, self.host.dialog_parent())
        dialog.accepted.connect(lambda: self._set_identity(*dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def _set_identity(self, name: str, role: HostRole) -> None:
        self.settings.display_name = name
        self.settings.role = role.value
        self.session.set_identity(name, role)
        self.update()

    # -- sharing ---------------------------------------------------------------------------

    def warn_network_share(self) -> None:
        """The event file lies on a network share: say why that is risky, offer PostgreSQL."""
        from PySide6.QtWidgets import QMessageBox

        text = fill(QCoreApplication.translate(
            "App",
            "%1 is on a network share, where several instances can damage it. "
            "To work with co-hosts on other machines, use Co-hosts → Share with co-hosts on other machines.",
        ), path=self.session.store.location)
        self.host.show_message(text, seconds=0)
        box = QMessageBox(self.host.dialog_parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Cohosts", "Event file on a network share"))
        box.setText(text)
        share = box.addButton(
            QCoreApplication.translate("Cohosts", "Share through PostgreSQL…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("Cohosts", "Go on here"), QMessageBox.ButtonRole.RejectRole)
        box.setModal(False)
        box.buttonClicked.connect(lambda button: self.ask_publish() if button is share else None)
        self.dialog = box
        box.show()

    def _named_first(self, then: Callable[[], None]) -> bool:
        """Ask this instance's name once, before it is first shared or joined (co-hosts
        see it beside every change); False if it is being asked now (``then`` follows)."""
        if self.settings.display_name:
            return True
        dialog = dialogs.IdentityDialog("", self.session.me.role, self.host.dialog_parent())

        def named() -> None:
            name, role = dialog.chosen()
            if name:
                self._set_identity(name, role)
                then()

        dialog.accepted.connect(named)
        self.dialog = dialog
        dialog.open()
        return False

    def ask_publish(self) -> None:
        if not self._named_first(self.ask_publish):
            return
        dialog = dialogs.AddressDialog(
            QCoreApplication.translate("Cohosts", "Share with co-hosts on other machines"),
            QCoreApplication.translate("Cohosts", 
                "The event is copied into an empty PostgreSQL database, and this event file "
                "then opens the shared event there. Give the database's address (without a "
                "password); co-hosts open this event file, or the same address."
            ),
            self.host.dialog_parent(),
        )
        dialog.accepted.connect(lambda: self.publish(dialog.address.text().strip()))
        self.dialog = dialog
        dialog.open()

    def publish(self, address: str, password: str | None = None) -> bool:
        """Publish the open event file to ``address`` and open the shared event."""
        from moderator.persistence.postgres import PasswordNeeded, is_address
        from moderator.persistence.publish import publish

        path = self.session.store.path
        if path is None or not address:
            return False
        if not is_address(address):
            self.host.show_message(
                fill(QCoreApplication.translate("Cohosts", "%1 is not a PostgreSQL address (postgresql://user@host:port/dbname)."), address=address)
            )
            return False
        try:
            shown = publish(path, address, now=self.session.clock.now(), password=password)
        except PasswordNeeded as needed:
            self._ask_password(address, needed.wrong, lambda typed: self.publish(address, typed))
            return False
        except UserError as error:  # the database, or the event file while reading or recording
            self.host.show_message(translate_error(error))
            return False
        self.open_requested.emit(str(path), password)
        self.host.show_message(fill(QCoreApplication.translate("Cohosts", "Shared at %1."), address=shown), error=False)
        return True

    def _ask_password(self, address: str, wrong: bool, then: object) -> None:
        dialog = dialogs.PasswordDialog(address, wrong, self.host.dialog_parent())
        dialog.accepted.connect(lambda: then(dialog.password.text()))  # type: ignore[operator]
        self.dialog = dialog
        dialog.open()

    def ask_join(self) -> None:
        if not self._named_first(self.ask_join):
            return
        dialog = dialogs.AddressDialog(
            QCoreApplication.translate("Cohosts", "Join a shared event"),
            QCoreApplication.translate("Cohosts", "The address of the shared event's PostgreSQL database (without a password):"),
            self.host.dialog_parent(),
        )
        dialog.accepted.connect(lambda: self.open_requested.emit(dialog.address.text().strip(), None))
        self.dialog = dialog
        dialog.open()

    # -- conflicts -------------------------------------------------------------------------

    def show_conflict(self, conflict: EditConflict, op: object) -> None:
        mine = op.text if isinstance(op, queue_ops.Edit) and op.text is not None else ""
        dialog = dialogs.ConflictDialog(conflict, mine, self.host.dialog_parent())
        dialog.accepted.connect(
            lambda: self.session.edit_question(
                conflict.current.id or 0, dialog.mine.toPlainText(), based_on=dialog.current
            )
        )
        self.dialog = dialog
        # Not modal: the cockpit's keys keep working while the moderator compares.
        dialog.setModal(False)
        dialog.show()
