"""Rows with a date on the left, lines of text in the middle and room for buttons on the right.

The contact sections (encounters, referrals, follow-ups, timeline) share it, and share the pane's date column
width (pane_parts.widest_date), so their dates line up with the contact pane's own lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from cardbook.ui.common.pane_parts import value_label, widest_date
from cardbook.ui.common.style import SPACING, make_muted


class DatedRows(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(2 * SPACING)
        self._grid.setVerticalSpacing(SPACING)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnMinimumWidth(0, widest_date(self))
        self.rows = 0

    def add_row(
        self, when: str, lines: list[QWidget], trailing: QWidget | None = None, below: QWidget | None = None
    ) -> None:
        """``trailing`` sits right of the lines (short buttons); ``below`` under them at their natural width, for a
        control whose text is long (an exchange "→ received, reason not recorded ▾"): beside the lines it would
        squeeze them into a column a word wide in the narrow pane."""
        row = self.rows
        self.rows += 1
        date = make_muted(QLabel(when or "—", self))
        date.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(date, row, 0, Qt.AlignmentFlag.AlignTop)
        block = QVBoxLayout()
        block.setSpacing(2)
        for line in lines:
            block.addWidget(line)
        if below is not None:
            block.addWidget(below, 0, Qt.AlignmentFlag.AlignLeft)
        block.addStretch(1)  # lines stay together at the top when the buttons beside them are taller
        self._grid.addLayout(block, row, 1)
        if trailing is not None:
            self._grid.addWidget(trailing, row, 2, Qt.AlignmentFlag.AlignTop)

    def add_note(self, text: str) -> None:
        """A muted line across the rows: what to do when there is nothing to show."""
        self._grid.addWidget(value_label(text, self, muted=True), self.rows, 0, 1, 3)
        self.rows += 1


def clear_layout_widget(holder: QVBoxLayout, widget: QWidget | None) -> None:
    """Remove a rebuilt block from its layout and delete it later (the sections rebuild on every reload)."""
    if widget is not None:
        holder.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
