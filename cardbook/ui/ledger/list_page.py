"""A ledger page that is one list read in the background (Prescribers, Introductions I could make): a heading,
a caption, a bar of buttons, "Loading…", the table or an empty state.

A subclass names its page (`PAGE`) and fills the hooks: `make_model()`, `texts()`, `empty_texts()`,
`page_actions()`, `read(library)` (plain data, run on a worker thread through page_loader.PageLoader, the newest
read winning) and `show_rows`. It rereads itself when the window's one change notice names its page (a change made
here, its undo or its redo); other changes reach it through the window, which rereads a page when it is next
shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QStackedWidget, QTableView, QToolButton, QWidget

from cardbook.storage.library import Library
from cardbook.ui.common.empty_state import EmptyState
from cardbook.ui.common.icons import Icon
from cardbook.ui.common.page_loader import LoadingLine, PageLoader
from cardbook.ui.common.row_table_model import RowTableModel
from cardbook.ui.common.style import SPACING, make_muted
from cardbook.ui.ledger.ledger_page import LedgerPage
from cardbook.ui.ledger.widgets import list_table, make_action, page_column

WIDEST_COLUMN = 36  # in SPACING units: a long text column leaves room for the others


class ListPage(LedgerPage, QWidget):
    statusMessage = Signal(str)
    dataShown = Signal()  # what was read in the background is shown
    STRETCH_COLUMN: int | None = None  # the column that takes the room left; None: the last one

    def build(self) -> None:
        services = self.services
        self.model = model = self.make_model()
        heading, caption, loading, failed = self.texts()
        actions = self.page_actions()
        self.back_action = make_action(
            self, self.tr("Networks"), symbol=Icon.NETWORKS, slot=lambda: services.show_page("networks"),
            tip=self.tr("Back to your networks"),
        )  # fmt: skip
        self.actions_shown = actions
        column, bar, buttons = page_column(self, heading, caption, [self.back_action, *actions])
        self.buttons: list[QToolButton] = buttons
        column.addLayout(bar)
        self.loading_line = LoadingLine(self)
        column.addWidget(self.loading_line)
        self.table = QTableView(self)
        list_table(self.table, model, heading, self._context_menu, self.activate, self._current_changed)
        self.empty = EmptyState(*self.empty_texts(), symbol=Icon.REPORTS, parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        column.addWidget(self.stack, 1)
        # The current row in full (a long reason does not fit a table cell at 1280 px).
        self.detail = make_muted(QLabel(self))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        column.addWidget(self.detail)
        self.loader = PageLoader(self, self.loading_line, loading, failed)
        self.loader.shown.connect(self.dataShown)
        self.update_actions()

    # ---- the hooks ---------------------------------------------------------------------------------------

    def make_model(self) -> RowTableModel[Any]:
        raise NotImplementedError

    def texts(self) -> tuple[str, str, str, str]:
        """Heading, caption, "Loading…", "Could not read …: %1"."""
        raise NotImplementedError

    def empty_texts(self) -> tuple[str, str]:
        """The empty state's title and body."""
        raise NotImplementedError

    def page_actions(self) -> list[QAction]:
        """The bar's buttons after "Networks" (which leads back), also the rows' context menu."""
        return []

    @staticmethod
    def read(library: Library) -> Any:
        raise NotImplementedError

    def show_rows(self, data: Any) -> None:
        raise NotImplementedError

    def activate(self) -> None:
        """Enter or a double-click on a row."""

    def update_actions(self) -> None:
        """The current row changed (or the rows did)."""

    def detail_text(self, row: Any) -> str:
        """The current row said in full under the table ("" shows nothing)."""
        return ""

    # ---- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        read, library = self.read, self.library
        self.loader.fetch(lambda: read(library), self._arrived)

    def _arrived(self, data: Any) -> None:
        self.show_rows(data)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST_COLUMN * SPACING))
        if self.STRETCH_COLUMN is None:
            header.setStretchLastSection(True)
        else:  # a column of text takes the room left, so the figures after it stay together at the right
            header.setSectionResizeMode(self.STRETCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._current_changed()

    def _current_changed(self) -> None:
        text = self.detail_text(self.current_row()) if self.current_row() is not None else ""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
        self.update_actions()

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        menu = QMenu(self)
        menu.addActions(self.actions_shown)
        menu.popup(self.table.viewport().mapToGlobal(pos))
