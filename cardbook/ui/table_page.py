"""A page with a heading and a table, or an empty state when the table has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QVBoxLayout, QWidget

from cardbook.ui.empty_state import EmptyState
from cardbook.ui.icons import Icon
from cardbook.ui.style import HALF, SPACING, caption_label, heading_label

CELL_INSET = HALF


def configure_table(table: QTableView) -> None:
    """The look every list of the window shares: whole rows, no grid, no row numbers, fixed row height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move within it), as in every address book
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + SPACING)
    # Room on both sides of every cell, so a right-aligned number never touches the next column: a style sheet
    # rule rather than a Python delegate, so that no Python runs for each painted cell. The left inset lines the
    # cell texts up with the header labels.
    table.setStyleSheet(f"QTableView::item {{ padding-left: 1px; padding-right: {CELL_INSET}px; }}")
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class TablePage(QWidget):
    def __init__(
        self,
        title: str,
        caption: str,
        model: QAbstractItemModel,
        empty_title: str,
        empty_body: str,
        *,
        symbol: Icon = Icon.INFO,
        stretch_column: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, SPACING)
        column.setSpacing(SPACING)
        self.heading = heading_label(title, self)
        self.caption = caption_label(caption, self)
        column.addWidget(self.heading)
        column.addWidget(self.caption)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        configure_table(self.table)
        self.table.setSortingEnabled(False)
        self._stretch_column = stretch_column
        self.empty = EmptyState(empty_title, empty_body, symbol=symbol, parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        column.addWidget(self.stack, 1)
        model.modelReset.connect(self._update)
        self._update()

    def _update(self) -> None:
        """Fit the columns to these few rows; one column (the name) takes the spare width."""
        has_rows = self.table.model().rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.table.model().columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch if column == self._stretch_column else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)
            if column != self._stretch_column:
                self.table.resizeColumnToContents(column)
