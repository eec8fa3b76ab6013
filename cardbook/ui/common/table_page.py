"""The look every table of the window shares (the contact list, the ledger's events and networks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from cardbook.ui.common.style import HALF, SPACING

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
