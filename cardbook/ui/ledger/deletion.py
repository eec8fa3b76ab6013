"""Asking before an event or a network is deleted: what goes, what stays, in words and with the numbers.

The deletion is undoable (the window's Edit ▸ Undo), and the question says so. Pages keep the function they ask
with in an attribute (`confirm`), so tests can answer it without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

LINE_CHARACTERS = 56  # the explanation's width: a few readable lines rather than a narrow column of them


@dataclass(frozen=True, slots=True)
class Deletion:
    title: str  # the dialog's title: "Delete event"
    question: str  # "Delete “Salon des Entrepreneurs”?"
    details: str  # what happens to what it holds, and that Ctrl+Z undoes it
    button: str  # the button that deletes: "Delete event"


Confirm = Callable[[QWidget, Deletion], bool]


def ask_deletion(parent: QWidget, deletion: Deletion) -> bool:
    """The question in a message box whose default (Enter, Esc) is Cancel; True when the user chose to delete."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDeletionBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(deletion.title)
    box.setText(deletion.question)
    box.setInformativeText(deletion.details)
    details = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if details is not None:
        details.setMinimumWidth(details.fontMetrics().averageCharWidth() * LINE_CHARACTERS)
    delete = box.addButton(deletion.button, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    chosen = box.clickedButton() is delete
    box.deleteLater()
    return chosen
