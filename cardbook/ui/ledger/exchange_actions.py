"""One-action answers to "Cards I owe" and "One-way givers": "I sent my card" (today, or another day) and
"No card owed", each undoable. A small row of buttons the contact pane, the event page and the lists host."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from cardbook.domain.enums import Reciprocity
from cardbook.storage.contacts import records as contacts
from cardbook.storage.ledger import exchanges
from cardbook.storage.ledger.exchanges import ExchangeLine
from cardbook.storage.library import Library
from cardbook.ui.common.style import SPACING
from cardbook.ui.common.undo import own_stack
from cardbook.ui.ledger.exchange_editor import ExchangeEditor
from cardbook.ui.ledger.widgets import FormDialog, date_edit, pydate


class SentOnDialog(FormDialog):
    """ "When did you send your card?" — a date with a calendar, today by default."""

    def __init__(self, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("I sent my card"), parent)
        self.date = date_edit(self, today)
        self.date.setMaximumDate(self.date.date())
        self.form.addRow(self.tr("Sent to %1 on:").replace("%1", name), self.date)
        self.ok_button_text(self.tr("Mark as sent"))

    def value(self) -> dt.date:
        return pydate(self.date.date())


class ExchangeActions(QWidget):
    """[I sent my card ▾] [No card owed] for one contact; hidden when nothing is owed or one-way."""

    resolved = Signal(int)  # contact id, after a change (and after its undo or redo)
    statusMessage = Signal(str)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        editor: ExchangeEditor | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.today = today
        self.editor = editor or ExchangeEditor(library, own_stack(self, undo_stack), self)
        self.editor.statusMessage.connect(self.statusMessage)
        self.editor.changed.connect(self._on_changed)
        self.line: ExchangeLine | None = None
        self._contact_id: int | None = None
        self.dialog: SentOnDialog | None = None

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        self.send_button = QToolButton(self)
        self.send_button.setText(self.tr("I sent my card"))
        self.send_button.setToolTip(self.tr("Mark their card as answered today: the exchange becomes mutual"))
        self.send_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.send_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.send_button.clicked.connect(self.send_today)
        menu = QMenu(self.send_button)
        menu.addAction(self.tr("Sent today"), self.send_today)
        menu.addAction(self.tr("Sent on another day…"), self.ask_date)
        self.send_button.setMenu(menu)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText(self.tr("No card owed"))
        self.dismiss_button.setToolTip(
            self.tr("You took their card and do not mean to answer it: remove them from the cards you owe")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.send_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        self.hide()

    def show_contact(self, contact_id: int) -> None:
        """Look the contact up in the exchange lists and offer what applies to them."""
        found = contacts.summaries(self.library, [contact_id])
        one_way = bool(found) and found[0].reciprocity is Reciprocity.FROM_THEM
        lines = exchanges.exchange_lines(self.library, [contact_id]) if one_way else []
        self.set_line(lines[0] if lines else None, contact_id)

    def set_line(self, line: ExchangeLine | None, contact_id: int | None = None) -> None:
        """Show the buttons for a line of "Cards I owe" / "One-way givers" (None hides them)."""
        self.line = line
        self._contact_id = line.contact_id if line is not None else contact_id
        if line is None:
            self.hide()
            return
        name = line.name
        self.send_button.setAccessibleName(self.tr("I sent my card to %1").replace("%1", name))
        self.dismiss_button.setAccessibleName(self.tr("No card owed to %1").replace("%1", name))
        self.dismiss_button.setVisible(line.owes_card)
        self.show()

    def send_today(self) -> None:
        self._send(self.today())

    def ask_date(self) -> SentOnDialog | None:
        if self.line is None:
            return None
        dialog = SentOnDialog(self.line.name, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submit = lambda: self._send(dialog.value())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _send(self, on: dt.date) -> None:
        if self.line is not None:
            self.editor.send_card(self.line.contact_id, self.line.name, on)

    def dismiss(self) -> None:
        if self.line is not None:
            self.editor.dismiss_owed(self.line.contact_id, self.line.name)

    def _on_changed(self, contact_ids: list[int]) -> None:
        contact_id = self._contact_id
        if contact_id is not None and contact_id in contact_ids:
            self.resolved.emit(contact_id)
