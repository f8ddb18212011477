"""A person's details: name, title, function, organisation, intro, pronunciation, contact.

Opens with ``open()`` and reports through ``submitted``; the window stores the person and
either closes the dialog or shows, inside it, why the store refused (a missing name, a
second person of the same name). An edit stores only the fields the user changed, based
on the person as the dialog opened with them (:meth:`PersonDialog.changes`), so that a
co-host's change to another field stays and one to the same field is reported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from moderator.domain.model import Person

#: The details the dialog edits, as named in ``Person`` and ``EditPerson``.
FIELDS = ("name", "academic_title", "function", "organisation", "intro", "pronunciation", "contact")


class PersonDialog(QDialog):
    """Add a person (``person`` is ``None``) or edit one.

    Signals:
        submitted(object): the ``Person`` as filled in (``id`` is the edited person's, or
            ``None`` for a new one).
    """

    submitted = Signal(object)

    def __init__(self, person: Person | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_dialog")
        self.person_id = person.id if person is not None else None
        #: The person as the dialog opened with them: the base of the edit.
        self.base = person
        self.setWindowTitle(self.tr("Edit person") if person is not None else self.tr("New person"))
        self.resize(580, 470)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.academic_title = QLineEdit(self)
        self.academic_title.setPlaceholderText(self.tr("e.g. Dr., Prof."))
        self.function = QLineEdit(self)
        self.function.setPlaceholderText(self.tr("e.g. Head of Digital Affairs"))
        self.organisation = QLineEdit(self)
        self.pronunciation = QLineEdit(self)
        self.pronunciation.setPlaceholderText(self.tr("How to say the name, e.g. GÖSS-mann"))
        self.intro = QPlainTextEdit(self)
        self.intro.setPlaceholderText(self.tr("A few sentences the moderator can read out to introduce the person."))
        self.intro.setTabChangesFocus(True)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Phone or e-mail, for the organisers"))
        form.addRow(self.tr("&Title:"), self.academic_title)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Pronunciation:"), self.pronunciation)
        form.addRow(self.tr("&Intro:"), self.intro)
        form.addRow(self.tr("&Contact:"), self.contact)
        layout.addLayout(form, 1)
        self.message = QLabel(self)
        self.message.setObjectName("dialog_error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if person is not None:
            self.name.setText(person.name)
            self.academic_title.setText(person.academic_title)
            self.function.setText(person.function)
            self.organisation.setText(person.organisation)
            self.pronunciation.setText(person.pronunciation)
            self.intro.setPlainText(person.intro)
            self.contact.setText(person.contact)
        self.name.setFocus()

    def person(self) -> Person:
        """The person as filled in."""
        return Person(
            name=self.name.text(),
            id=self.person_id,
            academic_title=self.academic_title.text(),
            function=self.function.text(),
            organisation=self.organisation.text(),
            intro=self.intro.toPlainText(),
            pronunciation=self.pronunciation.text(),
            contact=self.contact.text(),
        )

    def changes(self) -> dict[str, str]:
        """The details the user changed (every filled-in one for a new person)."""
        filled = self.person()
        return {
            name: getattr(filled, name)
            for name in FIELDS
            if self.base is None or getattr(filled, name) != getattr(self.base, name)
        }

    def show_error(self, text: str) -> None:
        """Why the person was not stored; the dialog stays open to fix it."""
        self.message.setText(text)
        self.message.show()
        self.name.setFocus()

    def _submit(self) -> None:
        self.message.hide()
        self.submitted.emit(self.person())
