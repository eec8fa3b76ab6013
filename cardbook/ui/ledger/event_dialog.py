"""The dialog that creates or edits an event: name, date (with a calendar), place, network, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cardbook.domain.network import Event, Network
from cardbook.ui.common.style import SPACING
from cardbook.ui.ledger.widgets import FormDialog, OptionalDate


class EventDialog(FormDialog):
    def __init__(
        self,
        event: Event | None,
        network_choices: Sequence[Network],
        save: Callable[[Event], Event],
        parent: QWidget | None = None,
    ) -> None:
        editing = event is not None and event.id is not None
        super().__init__(self.tr("Edit event") if editing else self.tr("New event"), parent)
        self._original = event or Event(date=dt.date.today())
        self._save = save
        self.saved: Event | None = None

        self.name = QLineEdit(self._original.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Club breakfast, Chamber of commerce evening"))
        self.name.setMinimumWidth(44 * SPACING)
        self.date = OptionalDate(self.tr("Date"), self._original.date, self, unknown_text=self.tr("No date"))
        self.place = QLineEdit(self._original.place or "", self)
        self.place.setPlaceholderText(self.tr("Venue, town"))
        self.network = QComboBox(self)
        self.network.addItem(self.tr("No network"), None)
        for network in network_choices:
            text = network.name
            if network.archived:
                text = self.tr("%1 (archived)").replace("%1", network.name)
            self.network.addItem(text, network.id)
        self.network.setCurrentIndex(max(0, self.network.findData(self._original.network_id)))
        self.notes = QPlainTextEdit(self._original.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(8 * SPACING)

        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("Net&work:"), self.network)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.ok_button_text(self.tr("Save") if editing else self.tr("Create event"))
        self.submit = self._submit
        self.name.setFocus()

    def value(self) -> Event:
        """The event as typed."""
        return replace(
            self._original,
            name=" ".join(self.name.text().split()),
            date=self.date.value(),
            place=self.place.text().strip() or None,
            network_id=self.network.currentData(),
            notes=self.notes.toPlainText().strip(),
        )

    def check(self) -> str | None:
        if not self.value().name:
            self.name.setFocus()
            return self.tr("Give the event a name, for example the club and the occasion.")
        return None

    def _submit(self) -> None:
        self.saved = self._save(self.value())
