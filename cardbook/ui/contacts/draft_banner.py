"""A notice above the contact pane: unsaved changes from the last session, with Restore and Discard (layout only).

It is not modal: the user may go on working and answer it later, or never (the draft stays until answered)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cardbook.ui.common.icons import Icon
from cardbook.ui.common.pane_parts import Banner
from cardbook.ui.common.style import HALF, SPACING


class DraftBanner(Banner):
    restoreRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", Icon.WARNING, parent)
        self.setObjectName("draftBanner")
        self.setAccessibleName(self.tr("Unsaved changes from your last session"))
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Open the editor with the changes typed in the last session"))
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setToolTip(self.tr("Forget the changes typed in the last session"))
        self.row.removeWidget(self.label)  # the text, then its buttons under it: the pane may be narrow
        column = QVBoxLayout()
        column.setSpacing(HALF)
        column.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.row.addLayout(column, 1)
        self.restore_button.clicked.connect(self.restoreRequested)
        self.discard_button.clicked.connect(self.discardRequested)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.show()
