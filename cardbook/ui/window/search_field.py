"""The search box of the toolbar: a search icon, a clear button, Esc to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import SPACING


class SearchField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setPlaceholderText(self.tr("Search people, notes, events…"))
        self.setClearButtonEnabled(True)
        self.addAction(icon(Icon.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(self.tr("Find contacts by name, company, contact details, events or notes"))
        self.setToolTip(self.tr("Search people, notes, events (Ctrl+F)"))
        width = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 8 * SPACING
        self.setMinimumWidth(max(36 * SPACING, width))
        self.setMaximumWidth(60 * SPACING)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
