"""What to look at before the show: the findings of
:func:`~moderator.domain.run_sheet_findings.validate`, one line each, updated after every
edit; a click selects the slot it is about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from moderator.domain.errors import fill
from moderator.domain.run_sheet_findings import Finding
from moderator.ui.accessibility import describe
from moderator.ui.editor.icons import finding_icon, ok_icon
from moderator.ui.editor.texts import finding_text


class FindingsPanel(QWidget):
    """The findings list with a heading that counts them.

    Signals:
        slot_chosen(int): the user clicked a finding about this slot.
    """

    slot_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()
        # As tall as its findings: the table above takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.icon = QLabel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("panel_heading")
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setObjectName("findings")
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = tuple(findings)
        self.list.clear()
        for finding in self._findings:
            item = QListWidgetItem(finding_icon(finding.kind), finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.slot_id)
            item.setToolTip(finding_text(finding))
            self.list.addItem(item)
        count = len(self._findings)
        # As tall as the findings (up to six lines), and no empty box when there are none.
        self.list.setVisible(bool(count))
        if count:
            row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6, 22)
            self.list.setFixedHeight(row * min(count, 6) + 2 * self.list.frameWidth() + 2)
        if count:
            self.heading.setText(fill(self.tr("To check before the show (%1)"), count=count))
            self.icon.setPixmap(finding_icon(self._findings[0].kind).pixmap(18, 18))
        else:
            self.heading.setText(self.tr("Nothing to check: no overlaps, gaps or empty slots."))
            self.icon.setPixmap(ok_icon().pixmap(18, 18))

    def retranslate(self) -> None:
        self.set_findings(self._findings)
        describe(self.list, self.tr("To check before the show"), self.tr("Overlaps, gaps and empty slots; Enter or a double-click selects the slot."))

    def _chosen(self, item: QListWidgetItem) -> None:
        slot_id = item.data(Qt.ItemDataRole.UserRole)
        if slot_id is not None:
            self.slot_chosen.emit(int(slot_id))
