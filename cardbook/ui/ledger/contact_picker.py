"""A searchable contact chooser: type a few letters (accent-blind, any field) and pick a person from the list.

It searches the library's full-text index (storage.contacts.search) as the user types, after a short pause, so
it works the same on 12 contacts or 12 000 — on a worker thread (the shared runner), the newest search winning, so
typing never waits for the library. The chosen contact's id is `contact_id()`; typing again clears it.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import ContactSummary
from cardbook.storage.library import Library
from cardbook.ui.common.runner import shared_runner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
PAUSE_MS = 150
LIMIT = 20


class ContactPicker(QLineEdit):
    contactChosen = Signal(int)
    searched = Signal(int)  # a search's answer is shown: how many were found

    def __init__(self, library: Library, exclude: set[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.exclude = exclude or set()
        self._chosen: int | None = None
        self.setPlaceholderText(self.tr("Type a name, a company or a town…"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self._completer = QCompleter(self.matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(self)
        # The overload that hands over the model index (hence the id), not the text shown.
        cast(Any, self._completer.activated)[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(lambda: self.search_now(self.text()))
        self.textEdited.connect(self._on_edited)

    def contact_id(self) -> int | None:
        return self._chosen

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        self._chosen = contact_id
        self.setText(name if contact_id is not None else "")

    def _on_edited(self, _text: str) -> None:
        self._chosen = None
        self._timer.start()

    def search_now(self, text: str) -> None:
        """Search now (no pause) in the background; the list fills and shows when the answer comes
        (`searched` then says how many were found)."""
        library, exclude = self.library, set(self.exclude)

        def search() -> list[ContactSummary]:
            if not text.strip():
                return []
            return [s for s in contacts.search(library, text, limit=LIMIT) if s.id not in exclude]

        shared_runner().run((id(self), "search"), search, lambda found, _e: self._show_matches(found or []), self)

    def _show_matches(self, found: list[ContactSummary]) -> None:
        self.matches.clear()
        for summary in found:
            label = (
                f"{summary.name} — {summary.company}"
                if summary.company and summary.company != summary.name
                else summary.name
            )
            item = QStandardItem(label)
            item.setData(summary.id, ID_ROLE)
            item.setData(summary.name, NAME_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if found and self.hasFocus():
            self._completer.complete()
        self.searched.emit(len(found))

    def choose_row(self, row: int) -> None:
        self._on_activated(self.matches.index(row, 0))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        contact_id = index.data(ID_ROLE)
        if contact_id is None:
            return
        self.set_contact(int(contact_id), index.data(NAME_ROLE) or index.data())
        self.contactChosen.emit(int(contact_id))
