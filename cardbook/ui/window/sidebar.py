"""The sidebar: the lists of contacts (all, awaiting review, the exchange), recent events and networks."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTreeView, QWidget

from cardbook.ui.common.style import SPACING
from cardbook.ui.contacts.filters import ContactFilter
from cardbook.ui.window.sidebar_data import SidebarData
from cardbook.ui.window.sidebar_model import ENTRY_ROLE, SidebarEntry, SidebarModel


class Sidebar(QTreeView):
    entryChosen = Signal(object)  # SidebarEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Lists"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(2 * SPACING)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(False)  # section titles are taller than entries
        self.setMinimumWidth(22 * SPACING)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A sidebar sits on the window's colour, not on the white of a document.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        self.selectionModel().selectionChanged.connect(self._on_selection)
        self._quiet = False

    def populate(self, data: SidebarData) -> None:
        """Fill (or refill) the lists, keeping the chosen entry selected when it still exists."""
        chosen = self.current_entry()
        self._quiet = True
        try:
            self.sidebar_model.populate(data)
            self.expandAll()
            if chosen is not None:
                self._select(self.sidebar_model.index_of(chosen))
        finally:
            self._quiet = False

    def current_entry(self) -> SidebarEntry | None:
        rows = self.selectionModel().selectedRows(0)
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, SidebarEntry) else None

    def select_entry(self, entry: SidebarEntry, *, notify: bool = False) -> bool:
        """Show `entry` as chosen; without `notify` nobody is told (the caller already acted on it)."""
        index = self.sidebar_model.index_of(entry)
        self._quiet = not notify
        try:
            self._select(index)
        finally:
            self._quiet = False
        return index.isValid()

    def select_filter(self, contact_filter: ContactFilter) -> bool:
        return self.select_entry(SidebarEntry(contact_filter))

    def clear_choice(self) -> None:
        self._quiet = True
        try:
            self.selectionModel().clearSelection()
        finally:
            self._quiet = False

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
        else:
            self.selectionModel().clearSelection()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet or selected.isEmpty():
            return
        entry = self.current_entry()
        if entry is not None:
            self.entryChosen.emit(entry)
