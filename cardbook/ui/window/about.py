"""Help ▸ About Cardbook."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

import cardbook
from cardbook.storage.library import Library


def show_about(parent: QWidget, library: Library) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("MainWindow", "About Cardbook"), about_text(library))


def about_text(library: Library) -> str:
    """What Cardbook is, and where the library is: a team library is not "on this computer"."""
    if library.is_server:
        where = (
            QCoreApplication.translate(
                "MainWindow",
                "<p>A team library on the server %1 (shown without its password). This computer keeps its "
                "card images and unsaved edits in %2.</p>",
            )
            .replace("%1", html.escape(library.location))
            .replace("%2", html.escape(str(library.root)))
        )
    else:
        where = QCoreApplication.translate(
            "MainWindow", "<p>Everything stays on this computer. Library: %1</p>"
        ).replace("%1", html.escape(str(library.root)))
    return (
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Cardbook %1</h3><p>Turn paper business cards into contacts, and keep the story of each "
            "exchange: where you met, who offered a card, who sent business your way.</p>",
        ).replace("%1", cardbook.__version__)
        + where
    )
