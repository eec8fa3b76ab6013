"""Behaviour of the contact list: which filter, which search text, which order — and the ids that follow.

On a big library a query can take a few hundred milliseconds (a one-letter search, a long exchange list), so
typing and the refreshes after a change query on a worker thread (`refresh_later`); the newest answer wins.
A click on a list or a column header, and Enter in the search box, query at once (`refresh`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from cardbook.storage import contacts
from cardbook.storage.library import Library
from cardbook.storage.search_index import tokens
from cardbook.ui.contact_filter import ALL_CONTACTS, ContactFilter, filter_ids
from cardbook.ui.contact_order import SortKey, ordered_ids
from cardbook.ui.contact_table_model import ContactTableModel
from cardbook.ui.tasks import run_task

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
        self._timer.timeout.connect(self.refresh_later)
        self._generation = 0  # answers of older background queries are dropped
        self.querying = False
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

    def set_filter(self, contact_filter: ContactFilter, *, now: bool = False) -> None:
        """Show another list; it is queried in the background (a long exchange list takes a moment on a big
        library) unless `now` is asked (a caller that needs the ids at once)."""
        if contact_filter != self._filter:
            self._filter = contact_filter
            if self._active:
                self.refresh() if now else self.refresh_later()

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
        """Query now, on this thread."""
        self._active = True
        self._timer.stop()
        self._generation += 1
        self.querying = False
        ids, self.limited = query_ids(self._library, self._filter, self._text, self._sort_key, self._descending)
        self._model.set_ids(ids)
        self.resultsChanged.emit()

    def refresh_later(self) -> None:
        """Query on a worker thread; the list changes when the answer arrives (if no newer query was asked)."""
        self._active = True
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.querying = True
        library, state = self._library, (self._filter, self._text, self._sort_key, self._descending)

        def arrived(result: object, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self.querying = False
            if error is not None or not isinstance(result, tuple):
                self.refresh()  # a failure in the background: ask again here, where an error is reported
                return
            ids, self.limited = result
            self._model.set_ids(ids)
            self.resultsChanged.emit()

        run_task(lambda: query_ids(library, *state), arrived, self)

    def _query_ids(self) -> list[int]:
        ids, self.limited = query_ids(self._library, self._filter, self._text, self._sort_key, self._descending)
        return ids


def query_ids(
    library: Library, contact_filter: ContactFilter, text: str, key: SortKey, descending: bool
) -> tuple[list[int], bool]:
    """The list's ids in order, and whether the search hit its limit. Runs on any thread (own sessions)."""
    base = filter_ids(library, contact_filter, dt.date.today())
    limited = False
    subset: list[int] | None = base
    if tokens(text):
        hits = contacts.search_ids(library, text, limit=SEARCH_LIMIT)
        limited = len(hits) >= SEARCH_LIMIT
        if base is not None:
            keep = set(base)
            hits = [i for i in hits if i in keep]
        subset = hits
    return ordered_ids(library, subset, key, descending), limited
