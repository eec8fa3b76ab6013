"""Behaviour of the contact list: which filter, which search text, which order — and the ids that follow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from cardbook.storage import contacts
from cardbook.storage.library import Library
from cardbook.storage.search_index import tokens
from cardbook.ui.contact_filter import ALL_CONTACTS, ContactFilter, filter_ids
from cardbook.ui.contact_order import SortKey, ordered_ids
from cardbook.ui.contact_table_model import ContactTableModel

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a search
SEARCH_LIMIT = 1000  # best matches kept; the list says when there were more


class ContactListController(QObject):
    """Owns the list's query; the model only holds its result."""

    resultsChanged = Signal()

    def __init__(self, library: Library, model: ContactTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._model = model
        self._filter = ALL_CONTACTS
        self._text = ""
        self._sort_key = SortKey.NAME
        self._descending = False
        self.limited = False  # the search hit SEARCH_LIMIT: more contacts match than are shown
        self._active = False  # nothing is queried before the first refresh (the window's data load)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        model.sortRequested.connect(self.sort_by)

    @property
    def filter(self) -> ContactFilter:
        return self._filter

    @property
    def search_text(self) -> str:
        return self._text

    @property
    def searching(self) -> bool:
        return bool(tokens(self._text))

    @property
    def sort_key(self) -> SortKey:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, contact_filter: ContactFilter) -> None:
        if contact_filter != self._filter:
            self._filter = contact_filter
            if self._active:
                self.refresh()

    def set_search_text(self, text: str) -> None:
        """Search once typing pauses; an emptied box shows the whole list again at once."""
        self._text = text
        if not self._active:
            return
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.refresh()

    def sort_by(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        if not self._active:
            return
        self._model.reorder(self._query_ids())
        self.resultsChanged.emit()

    def refresh(self) -> None:
        self._active = True
        self._timer.stop()
        self._model.set_ids(self._query_ids())
        self.resultsChanged.emit()

    def _query_ids(self) -> list[int]:
        base = filter_ids(self._library, self._filter, dt.date.today())
        self.limited = False
        subset: list[int] | None = base
        if self.searching:
            hits = [s.id for s in contacts.search(self._library, self._text, limit=SEARCH_LIMIT)]
            self.limited = len(hits) >= SEARCH_LIMIT
            if base is not None:
                keep = set(base)
                hits = [i for i in hits if i in keep]
            subset = hits
        return ordered_ids(self._library, subset, self._sort_key, self._descending)
