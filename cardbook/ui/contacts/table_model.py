"""The contact list's model: it holds only the ordered ids and reads the rows it is asked for, a page at a time.

A library of 100,000 contacts costs a list of 100,000 ints here; rows are read with
`cardbook.storage.contacts.records.summaries` when the view first paints them, and a bounded number of pages is
kept. Sorting asks the owner (`sortRequested`) for the ids in a new order instead of loading every row.

Qt asks `data()` for a cell synchronously, but no storage read may run on the GUI thread (issue 12): a cell of
a page not read yet is empty, its page (and, from its second half on, the next one) is read on the model's own
worker thread, and `dataChanged` repaints the page's rows when it arrives. Rows, selection and sorting never
wait for it: they hang on the ids, which the model always has. A page read for an older list or before a
change (`generation`) is dropped on arrival.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from cardbook.domain.enums import ContactStatus
from cardbook.storage.contacts import records as contacts
from cardbook.storage.contacts.records import ContactSummary
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import count_text, short_date
from cardbook.ui.common.name_choices import NameChoices, NameSort
from cardbook.ui.common.runner import TaskRunner
from cardbook.ui.contacts.order import SortKey

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    MET = 2
    LAST_MET = 3
    EXCHANGE = 4

    @property
    def sort_key(self) -> SortKey:
        return _SORT_KEYS[self]


_SORT_KEYS = {
    Column.NAME: SortKey.NAME,
    Column.COMPANY: SortKey.COMPANY,
    Column.MET: SortKey.MEETINGS,
    Column.LAST_MET: SortKey.LAST_MET,
    Column.EXCHANGE: SortKey.EXCHANGE,
}
_NUMERIC = {Column.MET}
_FIRST_CLICK_DESCENDING = {Column.MET, Column.LAST_MET}  # most met and most recent first


class ContactTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    MAX_PAGES = 40  # at most 4,000 summaries kept

    sortRequested = Signal(object, bool)  # (SortKey, descending)
    pagesArrived = Signal()  # a page read in the background arrived (dataChanged was emitted for its rows)

    def __init__(self, library: Library, parent: Any = None, names: NameChoices | None = None) -> None:
        """`names`: how names are sorted and shown (the window's, remembered; None: the defaults, here only)."""
        super().__init__(parent)
        self._library = library
        self.names = names if names is not None else NameChoices(None, self)
        self._name_order = self.names.order
        self.names.changed.connect(self._names_changed)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ContactSummary | None]] = OrderedDict()
        self._asked: set[int] = set()  # pages on their way
        self._stale: dict[int, list[ContactSummary | None]] = {}  # pages read before a change, shown meanwhile
        self._generation = 0  # bumped when the ids or the rows change: older pages on their way are dropped
        # A thread of its own: a page the user scrolled to never waits behind other background work.
        self._runner = TaskRunner(self, threads=1)
        self._locale = QLocale()
        self._italic = QFont()
        self._italic.setItalic(True)
        self.pages_read = 0  # how many pages were read from the library (the tests watch laziness with it)

    @property
    def library(self) -> Library:
        """The library the rows are read from (the card wall reads its pictures from it too)."""
        return self._library

    # ---- what the owner sets -------------------------------------------------------------------------------

    def set_ids(self, ids: list[int], first_rows: Sequence[ContactSummary] = ()) -> None:
        """`first_rows`: list lines already read for the first ids (by a worker thread), kept as page 0."""
        self.beginResetModel()
        self._ids = list(ids)
        self._forget_pages()
        self._seed_first_page(first_rows)
        self._locale = QLocale()
        self.endResetModel()

    def reorder(self, ids: list[int], first_rows: Sequence[ContactSummary] = ()) -> None:
        """The same contacts in a new order: selections and current rows follow their contacts."""
        if sorted(ids) != sorted(self._ids):
            self.set_ids(ids, first_rows)
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {contact_id: row for row, contact_id in enumerate(ids)}
        old = self.persistentIndexList()
        moved = [self.index(new_row[self._ids[i.row()]], i.column()) for i in old]
        self._ids = list(ids)
        self._forget_pages()
        self._seed_first_page(first_rows)
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def _seed_first_page(self, rows: Sequence[ContactSummary]) -> None:
        """Rows read for the first page's ids (a contact deleted meanwhile has none: it shows as deleted, as
        when the page is read here); rows of other ids (an older list) are ignored."""
        ids = self._ids[: self.PAGE_SIZE]
        found = {row.id: row for row in rows}
        if found and found.keys() <= set(ids):
            self._pages[0] = [found.get(i) for i in ids]

    def _names_changed(self) -> None:
        """Names shown in another order: the name column repaints (the rows read are the same)."""
        if self.names.order == self._name_order:
            return
        self._name_order = self.names.order
        if self._ids:
            self.dataChanged.emit(self.index(0, Column.NAME), self.index(len(self._ids) - 1, Column.NAME))

    def shown_name(self, summary: ContactSummary) -> str:
        """The contact's name as the user chose to see names ("Jean Dupont", "DUPONT Jean", or as written)."""
        return summary.shown_name(self._name_order)

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._asked.clear()
        self._stale = {}
        self._generation += 1

    def refresh_rows(self) -> None:
        """Forget the rows read so far (contacts changed) and repaint what is shown (read again meanwhile: the
        rows shown keep their old text until then rather than blinking empty)."""
        stale = {**self._stale, **self._pages}
        self._forget_pages()
        self._stale = stale
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    # ---- lookups ---------------------------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def summary_at(self, row: int) -> ContactSummary | None:
        """The row's list line; None while its page is on its way (asked for now) or when the contact is gone
        (see `is_loaded`)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page[offset]
        self._ask(page_no)
        if offset >= self.PAGE_SIZE // 2:  # scrolling on: the next page is there before it is painted
            self._ask(page_no + 1)
        old = self._stale.get(page_no)  # rows changed: the old line until the new one arrives
        return old[offset] if old is not None and offset < len(old) and old[offset] is not None else None

    def is_loaded(self, row: int) -> bool:
        """Whether the row's line has been read (False while its page is on its way)."""
        return row // self.PAGE_SIZE in self._pages if 0 <= row < len(self._ids) else True

    @property
    def loading(self) -> bool:
        """Whether pages are on their way."""
        return bool(self._asked)

    def _ask(self, page_no: int) -> None:
        """Read a page on the model's thread, unless it is known or on its way."""
        if page_no in self._pages or page_no in self._asked or page_no * self.PAGE_SIZE >= len(self._ids):
            return
        self._asked.add(page_no)
        ids = self._ids[page_no * self.PAGE_SIZE : (page_no + 1) * self.PAGE_SIZE]
        library, generation = self._library, self._generation
        self._runner.run(
            ("page", page_no),
            lambda: read_page(library, ids),
            lambda page, error: self._arrived(generation, page_no, page, error),
            self,
        )

    def _arrived(
        self, generation: int, page_no: int, page: list[ContactSummary | None] | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:  # an older list, or rows read before a change
            return
        self._asked.discard(page_no)
        if error is not None or page is None:  # the library went away: the cells stay empty, asked again later
            self.pagesArrived.emit()
            return
        self.pages_read += 1
        self._pages[page_no] = page
        self._stale.pop(page_no, None)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page_no * self.PAGE_SIZE
        last = min(first + len(page), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        self.pagesArrived.emit()

    # ---- QAbstractTableModel -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):
            return None
        summary = self.summary_at(index.row())
        if summary is None:
            deleted = role == Qt.ItemDataRole.DisplayRole and column is Column.NAME and self.is_loaded(index.row())
            return self.tr("(deleted)") if deleted else None  # else empty until its page arrives
        if role == Qt.ItemDataRole.FontRole:
            review = summary.status is ContactStatus.AWAITING_REVIEW and column is Column.NAME
            return self._italic if review else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        return self._display(summary, column)

    def _display(self, s: ContactSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                name = self.shown_name(s) or self.tr("(no name)")
                if s.status is ContactStatus.AWAITING_REVIEW:
                    return self.tr("%1 (to review)").replace("%1", name)
                return name
            case Column.COMPANY:
                return s.company or ""
            case Column.MET:
                return count_text(s.meeting_count, self._locale)
            case Column.LAST_MET:
                return short_date(s.last_met, self._locale) or "—"
            case Column.EXCHANGE:
                return labels.reciprocity_text(s.reciprocity)

    def _tooltip(self, s: ContactSummary, column: Column) -> str | None:
        if column is Column.EXCHANGE:
            return labels.reciprocity_explanation(s.reciprocity)
        if column is Column.NAME and s.status is ContactStatus.AWAITING_REVIEW:
            return self.tr("%1 — awaiting review").replace("%1", self.shown_name(s))
        if column is Column.LAST_MET and s.last_met is None:
            return self.tr("Never met in person")
        if column in (Column.NAME, Column.COMPANY):
            return self._display(s, column) or None  # the whole text, which a narrow column cuts ("Horizon Distri…")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            titles = {
                Column.NAME: self.tr("Name"),
                Column.COMPANY: self.tr("Company"),
                Column.MET: self.tr("Met"),
                Column.LAST_MET: self.tr("Last met"),
                Column.EXCHANGE: self.tr("Exchange"),
            }
            return titles[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.MET:
                return self.tr("How many times you met")
            if column is Column.EXCHANGE:
                return self.tr(
                    "⇄ mutual · → they offered, got nothing back · ← I offered, got nothing back · ? unknown"
                )
            if column is Column.NAME:
                if self.names.sort is NameSort.FAMILY:
                    return self.tr("Sorted by family name (right-click to change)")
                return self.tr("Sorted by first name (right-click to change)")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            descending = column in _FIRST_CLICK_DESCENDING
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(Column):
            self.sortRequested.emit(Column(column).sort_key, order == Qt.SortOrder.DescendingOrder)


def read_page(library: Library, ids: list[int]) -> list[ContactSummary | None]:
    """The list lines of `ids`, None for a contact deleted since. Runs on the model's worker thread."""
    found = {s.id: s for s in contacts.summaries(library, ids)}
    return [found.get(i) for i in ids]
