"""What the contact pane's ledger sections share: the contact shown, what they show read off the GUI thread, a
list of dated rows rebuilt on each answer, and an "Add…" button under it that mirrors a window-wide action.

A section is built with the window's services (common.services.AppServices) and says what it is through three
hooks: `section_title()`, `read(library, contact_id, today)` — plain data, run on a worker thread by the runner,
the newest read winning — and `show_data(data)` on the GUI thread. A change made here is announced through the
one change notice as a change of this contact shown in place; every section showing that contact rereads itself
when it hears one (an undo too), so no section keeps a signal of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.page_loader import one_line
from cardbook.ui.common.pane_parts import Section
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.ledger.dated_rows import DatedRows, clear_layout_widget


class ContactSection(Section):
    statusMessage = Signal(str)
    shown = Signal()  # what was read in the background is shown

    def __init__(
        self,
        services: AppServices,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__("", parent)
        title = self.section_title()
        self.title.label.setText(title.upper())
        self.title.label.setAccessibleName(title)
        self.setAccessibleName(title)
        self.services = services
        self.library = services.library
        self.undo_stack = services.undo_stack
        self.today = today
        self.contact_id: int | None = None
        self._key = (id(self), "section")
        self._holder = QVBoxLayout()
        self._holder.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self._holder)
        self.rows: DatedRows | None = None
        self.build()
        services.notices.libraryChanged.connect(self._on_library_changed)
        if contact_id is not None:
            self.show_contact(contact_id)

    # ---- the hooks ---------------------------------------------------------------------------------------

    def section_title(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        """The section's own widgets (buttons, actions), made once before the first read."""

    @staticmethod
    def read(library: Library, contact_id: int, today: dt.date) -> Any:
        """What the section shows, as plain data; runs on a worker thread (never touch a widget here)."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """Show what `read` returned (None: no contact is shown)."""
        raise NotImplementedError

    # ---- reading -----------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.services.runner.pending(self._key)

    def show_contact(self, contact_id: int) -> None:
        self.contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        """Read the section again in the background; shown when the answer comes (the newest read wins)."""
        contact_id = self.contact_id
        if contact_id is None:
            self.services.runner.supersede(self._key)
            self.show_data(None)
            return
        read, library, today = self.read, self.library, self.today()
        self.services.runner.run(self._key, lambda: read(library, contact_id, today), self._arrived, self)

    def _arrived(self, data: Any, error: BaseException | None) -> None:
        if error is not None:
            self.fresh_rows().add_note(self.tr("Could not read this: %1").replace("%1", one_line(error)))
        else:
            self.show_data(data)
        self.shown.emit()

    def _on_library_changed(self, change: LibraryChange) -> None:
        """A change of this contact made in the pane (here or in a sibling section, or its undo): read again.
        A change made elsewhere reaches the pane through the window, which rereads the whole ledger block."""
        if change.in_place and self.contact_id is not None and self.contact_id in change.contact_ids:
            self.reload()

    def announce(self) -> None:
        """Say that this contact's ledger changed (after a change, its undo or its redo)."""
        if self.contact_id is not None:
            self.services.changed(LibraryChange((self.contact_id,), ledger=True, in_place=True))

    # ---- layout ------------------------------------------------------------------------------------------

    def fresh_rows(self) -> DatedRows:
        """Replace the rows with an empty list (each answer rebuilds them)."""
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
