"""What the contact pane's ledger sections share: the contact shown, a list of dated rows rebuilt on reload,
and an "Add…" button under it that mirrors a window-wide action."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.pane_parts import Section
from cardbook.ui.ledger.dated_rows import DatedRows, clear_layout_widget


class ContactSection(Section):
    changed = Signal(int)  # contact id: what the section shows changed in the library (refresh what depends on it)
    statusMessage = Signal(str)

    def __init__(self, title: str, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.library = library
        self.contact_id: int | None = None
        self._holder = QVBoxLayout()
        self._holder.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._holder)
        self.rows: DatedRows | None = None

    def show_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def fresh_rows(self) -> DatedRows:
        """Replace the rows with an empty list (a reload rebuilds them from the library)."""
        clear_layout_widget(self._holder, self.rows)
        self.rows = DatedRows(self)
        self._holder.addWidget(self.rows)
        return self.rows

    def add_button_bar(self, action: QAction, text: str) -> QPushButton:
        """A push button under the rows doing what `action` does (the action carries the shortcut)."""
        button = QPushButton(text, self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        bar = QHBoxLayout()
        bar.addWidget(button)
        bar.addStretch(1)
        self.body.addLayout(bar)
        return button
