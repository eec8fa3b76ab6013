"""Before reading a batch: the event the cards come from (chosen or new) and the batch's exchange, in one step.

The exchange is one choice for the whole batch — or "ask me for each card", the default: then every card is
stored with nothing assumed and the review asks for each (review_exchange). The dialog opens at once; the events
and networks to choose from are read in the background (the controller hands them over with `set_choices`).
"Front and back" pairs the photos: each second one is the back of the card before it (app.scanning).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated
from cardbook.domain.exchange import outcome_fields
from cardbook.domain.network import Event, Network
from cardbook.ui.common.formatting import medium_date, qdate
from cardbook.ui.common.room import dialog_width
from cardbook.ui.common.style import SPACING, caption_label


@dataclass(frozen=True, slots=True)
class ImportSettings:
    event: Event | None  # with an id: an existing event; without: one to create; None: no event
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN
    why_no_card: NoCardReason | None = None  # they gave, I did not: why
    ask_each: bool = False  # "ask me for each card": nothing stored is assumed, the review asks
    two_sided: bool = False  # the photos are pairs, front then back: each 2nd photo joins the card before it

    @staticmethod
    def of(event: Event | None, outcome: ExchangeOutcome | None, *, two_sided: bool = False) -> ImportSettings:
        """The batch's settings for one choice of the dialog; None: ask for each card."""
        if outcome is None:
            return ImportSettings(event, ask_each=True, two_sided=two_sided)
        return ImportSettings(event, *outcome_fields(outcome), two_sided=two_sided)


ASK = "ask"  # the dialog's value for "ask me for each card"


class ImportSetupDialog(QDialog):
    def __init__(self, files: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import cards"))
        self._events: list[Event] = []
        count = self.tr("%Ln photo(s) to read.", "", files) + " " if files else ""  # 0: photos still to come
        intro = caption_label(
            count
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
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(qdate(dt.date.today()))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Optional: the town or the venue"))
        self.network = QComboBox(self)
        self.existing_note = caption_label("", self)
        self.set_choices([], [])
        self.loading = True  # the events and networks are on their way (set_choices)
        event_box = QGroupBox(self.tr("Event"), self)
        form = QFormLayout(event_box)
        form.addRow(self.tr("&Name"), self.event_name)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Net&work"), self.network)
        form.addRow(self.existing_note)

        exchange_box = QGroupBox(self.tr("The exchange, for the whole batch"), self)
        exchange = QVBoxLayout(exchange_box)
        exchange.setSpacing(SPACING // 2)
        options: list[tuple[str, ExchangeOutcome | None]] = [
            (self.tr("Ask me for each card, during the review (one key per card)"), None),
            (self.tr("We exchanged cards"), ExchangeOutcome.MUTUAL),
            (self.tr("They gave theirs and did not ask for mine"), ExchangeOutcome.THEY_DID_NOT_ASK),
            (self.tr("They gave theirs; I had none, or forgot mine"), ExchangeOutcome.I_HAD_NONE),
            (self.tr("They offered first; the rest not recorded"), ExchangeOutcome.THEY_OFFERED_FIRST),
            (self.tr("Not recorded"), ExchangeOutcome.UNKNOWN),
        ]
        self.exchange = QButtonGroup(self)
        for number, (text, value) in enumerate(options):
            button = QRadioButton(text, exchange_box)
            button.setProperty("value", value.value if value is not None else ASK)
            button.setChecked(value is None)
            self.exchange.addButton(button, number)
            exchange.addWidget(button)

        # Front and back photographed one after the other: each pair becomes one contact with both images.
        self.two_sided = QCheckBox(self.tr("&Front and back: every second photo is the back of the one before"), self)
        self.two_sided.setToolTip(
            self.tr("Take each card's front, then its back. The back's fields are added to the front's contact and "
            "both photos are kept. One card alone can also be joined during the review (Ctrl+B).")
        )  # fmt: skip

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
        column.addWidget(self.two_sided)
        column.addWidget(buttons)
        self.event_name.currentTextChanged.connect(self._event_text)
        self.date.dateChanged.connect(self._event_text)
        dialog_width(self, 80)  # the event's name and the exchange's sentences

    def set_choices(self, events: list[Event], networks: list[Network]) -> None:
        """The recorded events and networks, read in the background: listed without touching what is typed."""
        self.loading = False
        self._events = events
        typed, network = self.event_name.currentText(), self.network.currentData()
        self.event_name.blockSignals(True)
        self.event_name.clear()
        self.event_name.addItem(self.tr("(No event)"), None)
        for event in events:
            label = f"{event.name} — {medium_date(event.date)}" if event.date else event.name
            self.event_name.addItem(label, event.id)
        self.event_name.setCurrentIndex(-1)
        self.event_name.setEditText(typed)
        self.event_name.blockSignals(False)
        self.network.clear()
        self.network.addItem(self.tr("(None)"), None)
        for item in networks:
            self.network.addItem(item.name, item.id)
        self.network.setCurrentIndex(max(0, self.network.findData(network)))
        if typed:
            self._event_text()

    def choices_read(self, found: object, error: BaseException | None) -> None:
        """The runner's answer: (events, networks), or the error (then the lists stay empty and say so)."""
        if isinstance(found, tuple) and error is None:
            self.set_choices(*found)
        else:
            self.loading = False
            self.existing_note.setText(self.tr("Could not read the events: %1").replace("%1", str(error)))

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
        chosen = self.exchange.checkedButton()
        value = chosen.property("value") if chosen is not None else ASK
        outcome = None if value == ASK else ExchangeOutcome(value)
        return ImportSettings.of(event, outcome, two_sided=self.two_sided.isChecked())
