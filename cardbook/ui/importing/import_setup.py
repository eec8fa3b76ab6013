"""Before reading a batch: the event the cards come from (chosen or new) and the batch's exchange tags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.network import Event, Network
from cardbook.ui.common.formatting import medium_date, qdate
from cardbook.ui.common.style import SPACING, caption_label


@dataclass(frozen=True, slots=True)
class ImportSettings:
    event: Event | None  # with an id: an existing event; without: one to create; None: no event
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN


def _choice(parent: QWidget, options: list[tuple[str, object]], chosen: object) -> tuple[QHBoxLayout, QButtonGroup]:
    row = QHBoxLayout()
    row.setSpacing(2 * SPACING)
    group = QButtonGroup(parent)
    for number, (text, value) in enumerate(options):
        button = QRadioButton(text, parent)
        button.setProperty("value", value)
        button.setChecked(value == chosen)
        group.addButton(button, number)
        row.addWidget(button)
    row.addStretch(1)
    return row, group


class ImportSetupDialog(QDialog):
    def __init__(self, files: int, events: list[Event], networks: list[Network], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import cards"))
        self._events = events
        intro = caption_label(
            self.tr("%Ln photo(s) to read.", "", files)
            + " "
            + self.tr("Where did these cards come from? What you set here applies to every card; you can change it "
            "for each card during the review."),
            self,
        )  # fmt: skip
        self.event_name = QComboBox(self)
        self.event_name.setEditable(True)
        self.event_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.event_name.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Name of the event, or leave empty"))
        self.event_name.addItem(self.tr("(No event)"), None)
        for event in events:
            label = f"{event.name} — {medium_date(event.date)}" if event.date else event.name
            self.event_name.addItem(label, event.id)
        self.event_name.setCurrentIndex(-1)
        self.event_name.setEditText("")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(qdate(dt.date.today()))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Optional: the town or the venue"))
        self.network = QComboBox(self)
        self.network.addItem(self.tr("(None)"), None)
        for network in networks:
            self.network.addItem(network.name, network.id)
        self.existing_note = caption_label("", self)
        event_box = QGroupBox(self.tr("Event"), self)
        form = QFormLayout(event_box)
        form.addRow(self.tr("&Name"), self.event_name)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Net&work"), self.network)
        form.addRow(self.existing_note)

        exchange_box = QGroupBox(self.tr("The exchange, for the whole batch"), self)
        exchange = QFormLayout(exchange_box)
        offered_row, self.offered = _choice(
            exchange_box,
            [(self.tr("They offered"), OfferedBy.THEM), (self.tr("I offered"), OfferedBy.ME),
             (self.tr("Not recorded"), OfferedBy.UNKNOWN)],
            OfferedBy.THEM,
        )  # fmt: skip
        answered_row, self.answered = _choice(
            exchange_box,
            [(self.tr("Yes"), Reciprocated.YES), (self.tr("No"), Reciprocated.NO),
             (self.tr("Unknown"), Reciprocated.UNKNOWN)],
            Reciprocated.UNKNOWN,
        )  # fmt: skip
        exchange.addRow(QLabel(self.tr("Who offered a card first?"), exchange_box), offered_row)
        exchange.addRow(QLabel(self.tr("Did the other side give theirs?"), exchange_box), answered_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        read = buttons.addButton(self.tr("Read the cards"), QDialogButtonBox.ButtonRole.AcceptRole)
        read.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(2 * SPACING)
        column.addWidget(intro)
        column.addWidget(event_box)
        column.addWidget(exchange_box)
        column.addWidget(buttons)
        self.event_name.currentTextChanged.connect(self._event_text)
        self.date.dateChanged.connect(self._event_text)
        self.setMinimumWidth(70 * SPACING)

    def _picked(self) -> Event | None:
        """The event chosen from the list (its label shows its date), if the text is one of the list's."""
        index = self.event_name.findText(self.event_name.currentText().strip(), Qt.MatchFlag.MatchExactly)
        if index > 0:
            return next((e for e in self._events if e.id == self.event_name.itemData(index)), None)
        return None

    def _existing(self) -> Event | None:
        """The recorded event these cards go to: the one picked, or the one with the name typed on the date set
        (`Event.is_same_as`, the rule `cardbook scan --event --date` follows too)."""
        picked = self._picked()
        if picked is not None:
            return picked
        text = self.event_name.currentText().strip()
        when = self.date.date()
        day = dt.date(when.year(), when.month(), when.day())
        return next((e for e in self._events if e.is_same_as(text, day)), None)

    def _event_text(self, _changed: object = None) -> None:
        existing = self._existing()
        self.date.setEnabled(self._picked() is None)
        for field in (self.place, self.network):
            field.setEnabled(existing is None)
        if existing is not None:
            if existing.date:
                self.date.setDate(qdate(existing.date))
            self.place.setText(existing.place or "")
            self.network.setCurrentIndex(max(0, self.network.findData(existing.network_id)))
            self.existing_note.setText(self.tr("An event you already recorded: the cards are added to it."))
        else:
            self.existing_note.setText("")

    def settings(self) -> ImportSettings:
        existing = self._existing()
        name = self.event_name.currentText().strip()
        if existing is not None:
            event: Event | None = existing
        elif name and self.event_name.currentIndex() != 0:
            when: QDate = self.date.date()
            event = Event(
                name=name,
                date=dt.date(when.year(), when.month(), when.day()),
                place=self.place.text().strip() or None,
                network_id=self.network.currentData(),
            )
        else:
            event = None
        offered = self.offered.checkedButton()
        answered = self.answered.checkedButton()
        return ImportSettings(
            event,
            OfferedBy(offered.property("value")) if offered else OfferedBy.UNKNOWN,
            Reciprocated(answered.property("value")) if answered else Reciprocated.UNKNOWN,
        )
