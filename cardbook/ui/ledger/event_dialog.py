"""The dialog that creates or edits an event: name, date (with a calendar), place, network, notes.

It opens at once; the networks to choose from are read in the background by its page and handed over with
`set_networks` (until then the list holds "No network" alone, and the event's own network is kept)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cardbook.domain.network import Event, Network
from cardbook.ui.common.room import field_room, lines_high
from cardbook.ui.ledger.widgets import FormDialog, OptionalDate


class EventDialog(FormDialog):
    def __init__(
        self,
        event: Event | None,
        network_choices: Sequence[Network] | None,
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
        field_room(self.name, 50)  # an event's name runs long ("Matinale de la CCI : « Financer sa croissance »")
        self.date = OptionalDate(self.tr("Date"), self._original.date, self, unknown_text=self.tr("No date"))
        self.place = QLineEdit(self._original.place or "", self)
        self.place.setPlaceholderText(self.tr("Venue, town"))
        self.network = QComboBox(self)
        self.networks_read = False
        self.set_networks(network_choices or [])
        self.networks_read = network_choices is not None
        self.notes = QPlainTextEdit(self._original.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(lines_high(self.notes, 3))

        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("Net&work:"), self.network)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.ok_button_text(self.tr("Save") if editing else self.tr("Create event"))
        self.submit = self._submit
        self.name.setFocus()

    def set_networks(self, choices: Sequence[Network]) -> None:
        """The networks to choose from (archived ones only if the event is in one); the choice made is kept."""
        wanted = self.network.currentData() if self.networks_read else self._original.network_id
        self.networks_read = True
        self.network.clear()
        self.network.addItem(self.tr("No network"), None)
        for network in choices:
            if network.archived and network.id != self._original.network_id:
                continue
            text = network.name
            if network.archived:
                text = self.tr("%1 (archived)").replace("%1", network.name)
            self.network.addItem(text, network.id)
        self.network.setCurrentIndex(max(0, self.network.findData(wanted)))

    def value(self) -> Event:
        """The event as typed."""
        return replace(
            self._original,
            name=" ".join(self.name.text().split()),
            date=self.date.value(),
            place=self.place.text().strip() or None,
            # networks not read yet: the event keeps its network
            network_id=self.network.currentData() if self.networks_read else self._original.network_id,
            notes=self.notes.toPlainText().strip(),
        )

    def check(self) -> str | None:
        if not self.value().name:
            self.name.setFocus()
            return self.tr("Give the event a name, for example the club and the occasion.")
        return None

    def _submit(self) -> None:
        self.saved = self._save(self.value())
