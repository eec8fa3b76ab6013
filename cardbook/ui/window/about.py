"""Help ▸ About Cardbook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

import cardbook
from cardbook.storage.library import Library


def show_about(parent: QWidget, library: Library) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Cardbook"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Cardbook %1</h3><p>Turn paper business cards into contacts, and keep the story of each "
            "exchange: where you met, who offered a card, who sent business your way.</p>"
            "<p>Everything stays on this computer. Library: %2</p>",
        )
        .replace("%1", cardbook.__version__)
        .replace("%2", str(library.root)),
    )
