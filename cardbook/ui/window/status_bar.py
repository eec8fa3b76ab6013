"""The window's status bar: passing messages, and the count of contacts kept on its right. A part of MainWindow
(window_parts.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from cardbook.ui.common.style import SPACING
from cardbook.ui.window.window_parts import WindowParts

STATUS_MS = 6000


class WindowStatusBar(WindowParts):
    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setContentsMargins(SPACING, 0, SPACING, 0)

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)
