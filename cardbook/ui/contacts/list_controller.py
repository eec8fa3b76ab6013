"""Behaviour of the contact list: which filter, which search text, which order — and the ids that follow.

On a big library a query can take a few hundred milliseconds (a one-letter search, a long exchange list), and
no storage read may run on the GUI thread (issue 12): every query runs on the list's own worker thread and the
newest answer wins. Typing waits for a pause first; a click on a list or a column header, Enter in the search
box and a refresh after a change query at once. Whoever must act on the list once it is there (select a
contact, go to the first match) hands `when_listed` what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from cardbook.app.errors import describe
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import ContactSummary
from cardbook.storage.contacts.search_index import tokens
from cardbook.storage.library import Library
from cardbook.ui.common.name_choices import NameSort
from cardbook.ui.common.runner import TaskRunner
from cardbook.ui.contacts.filters import ALL_CONTACTS, ContactFilter, filter_ids
from cardbook.ui.contacts.order import SortKey, ordered_ids
from cardbook.ui.contacts.table_model import ContactTableModel

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a search
SEARCH_LIMIT = 1000  # best matches kept; the list says when there were more


class ContactListController(QObject):
    """Owns the list's query; the model only holds its result."""

    resultsChanged = Signal()
    queryFailed = Signal(str)  # why the list could not be read (the list shown stays)

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
        self._timer.timeout.connect(self.search_later)
        # The list's own worker thread: a search never waits behind other background work (the sidebar's
        # counts, a ledger page, card images), which can hold the shared pool's threads for a while on a big
        # library. One thread: queries run one after the other; the runner skips those overtaken (newest wins).
        self._runner = TaskRunner(self, threads=1)
        # Unsearched lists read since the library last changed, by (filter, order): clearing the search box
        # or clicking back to a list shows them at once. Any refresh (the library changed) forgets them.
        # Their first rows are kept too: the list is painted at once, without a page read.
        self._lists: dict[tuple[ContactFilter, SortKey, bool, NameSort], ListAnswer] = {}
        self.querying = False
        self._then: list[Callable[[], object]] = []  # what to do once the list on its way is shown
        model.sortRequested.connect(self.sort_by)
        self._name_sort = model.names.sort  # by first or family name (ui/common/name_choices.py)
        model.names.changed.connect(self._names_changed)

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
        """Show another list; it is queried in the background (a long exchange list takes a moment on a big
        library): `when_listed` acts on it once it is there."""
        if contact_filter != self._filter:
            self._filter = contact_filter
            if self._active:
                self._query_later()

    def when_listed(self, then: Callable[[], object]) -> None:
        """Run `then` once the list is shown: now when no query is on its way (nor a search waiting for the pause
        in typing, which is started now), else after the answer is shown."""
        if self.search_waiting:
            self.search_later()
        if self.querying:
            self._then.append(then)
        else:
            then()

    def set_search_text(self, text: str) -> None:
        """Search once typing pauses; an emptied box shows the whole list again at once when it was read
        before (reading and ordering 100,000 contacts takes 0.1-0.3 s: in the background otherwise)."""
        self._text = text
        if not self._active:
            return
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._query_later()

    @property
    def search_waiting(self) -> bool:
        """Whether a search waits for the pause in typing (its query has not started yet)."""
        return self._timer.isActive()

    def sort_by(self, key: SortKey, descending: bool) -> None:
        """Another order (a click on a column header); the rows follow their contacts, selection included.
        Ordering a whole big library takes 0.1-0.3 s, so the new order is read in the background."""
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        if self._active:
            self._query_later(reorder=True)

    @property
    def name_sort(self) -> NameSort:
        return self._name_sort

    def _names_changed(self) -> None:
        """Sorted by the other name: a list in name order is read again in it (in the background)."""
        sort = self._model.names.sort
        if sort == self._name_sort:
            return
        self._name_sort = sort
        if self._active and self._sort_key is SortKey.NAME:
            self._query_later(reorder=True)

    def refresh(self) -> None:
        """Query now (in the background: `when_listed` acts on the answer). The library may have changed:
        nothing read before is reused."""
        self.refresh_later()

    def refresh_later(self) -> None:
        """Query on a worker thread; the list changes when the answer arrives (if no newer query was asked).
        The library may have changed: nothing read before is reused."""
        self._lists.clear()
        self._query_later()

    def search_later(self) -> None:
        """What a pause in typing starts: the current list queried in the background (lists read since the
        library last changed are reused)."""
        self._query_later()

    def _state(self) -> ListState:
        return ListState(self._filter, self._text, self._sort_key, self._descending, self._name_sort)

    def _query_later(self, *, reorder: bool = False) -> None:
        self._active = True
        self._timer.stop()
        self._runner.supersede(_QUERY)
        state = self._state()
        known = self._lists.get(state.list_key) if not state.searching else None
        if known is not None:  # the whole list (or a smart list) as read a moment ago: no need to wait
            self.querying = False
            self._show(known, reorder=reorder)
            return
        self.querying = True
        library = self._library

        def arrived(result: object, error: BaseException | None) -> None:
            self.querying = False
            if error is not None or not isinstance(result, ListAnswer):
                waiting, self._then = self._then, []
                self.queryFailed.emit(describe(error)[0] if error is not None else "")
                _run(waiting)
                return
            self._show(result, reorder=reorder)

        self._runner.run(_QUERY, lambda: query_list(library, state), arrived, self)

    def _show(self, answer: ListAnswer, *, reorder: bool) -> None:
        # What waited for this answer. Whatever is asked while it is shown (a handler of the reset or of
        # resultsChanged starting another query) waits for the next answer, not this one.
        waiting, self._then = self._then, []
        self.limited = answer.limited
        state = self._state()
        if not state.searching:
            self._lists[state.list_key] = answer
            while len(self._lists) > _LISTS_KEPT:
                del self._lists[next(iter(self._lists))]
        if reorder:
            self._model.reorder(answer.ids, first_rows=answer.first_rows)
        else:
            self._model.set_ids(answer.ids, first_rows=answer.first_rows)
        self.resultsChanged.emit()
        _run(waiting)


def _run(steps: list[Callable[[], object]]) -> None:
    for step in steps:
        step()


_QUERY = "list"  # the runner's key of the list's query
_LISTS_KEPT = 4  # unsearched lists (filter × order) kept for an emptied search box or a return to a list


@dataclass(frozen=True, slots=True)
class ListState:
    """What the list shows: plain values, handed to a worker thread."""

    contact_filter: ContactFilter
    text: str
    key: SortKey
    descending: bool
    name_sort: NameSort = NameSort.FIRST

    @property
    def searching(self) -> bool:
        return bool(tokens(self.text))

    @property
    def list_key(self) -> tuple[ContactFilter, SortKey, bool, NameSort]:
        return (self.contact_filter, self.key, self.descending, self.name_sort)


@dataclass(frozen=True, slots=True)
class ListAnswer:
    ids: list[int]
    limited: bool  # the search hit SEARCH_LIMIT
    # The list lines of the first rows, read on the worker thread too: the view paints them at once
    # instead of reading them on the GUI thread.
    first_rows: tuple[ContactSummary, ...]


def query_list(library: Library, state: ListState) -> ListAnswer:
    """Runs on any thread (own sessions)."""
    ids, limited = query_ids(library, state.contact_filter, state.text, state.key, state.descending, state.name_sort)
    first = contacts.summaries(library, ids[: ContactTableModel.PAGE_SIZE])
    return ListAnswer(ids, limited, tuple(first))


def query_ids(
    library: Library,
    contact_filter: ContactFilter,
    text: str,
    key: SortKey,
    descending: bool,
    name_sort: NameSort = NameSort.FIRST,
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
    return ordered_ids(library, subset, key, descending, name_sort), limited
