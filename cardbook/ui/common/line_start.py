"""A value wider than its field is shown from its beginning, and typing after the program put the focus there
still adds to its end.

`QLineEdit.setText` leaves the cursor at the end, so a long e-mail address or company name filled in by the
reader shows its last letters ("…elene.leroy@quadrant-ingenierie.fr"). `show_start` puts the cursor at the
start instead. A user's click places the cursor where they click and Tab selects the whole value (Qt does both),
but focus given by the program (`setFocus()`: a shortcut back to the fields, a page that focuses its first
field) would leave the cursor at the start, and the first letters typed would go before the value: the filter
moves it to the end then, as `setText` would have.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit


class _EndOnProgramFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() == Qt.FocusReason.OtherFocusReason
            and isinstance(watched, QLineEdit)
            and watched.cursorPosition() == 0
            and not watched.hasSelectedText()
        ):
            watched.end(False)
        return False


def show_start(edit: QLineEdit) -> None:
    """Show `edit`'s value from its beginning (call after `setText`)."""
    edit.setCursorPosition(0)
    if edit.property("showsStart") is None:
        edit.setProperty("showsStart", True)
        edit.installEventFilter(_EndOnProgramFocus(edit))  # parented to the edit: lives and dies with it
