"""The dialog that records a meeting without a new card: with the contact shown (the pane's "Record a meeting…",
Ctrl+M), or with several people picked at once on an event's page ("Add people I met here…"). docs/MEETINGS.md.

It asks what app/meetings.MeetingRequest holds — the event ("No event" or one of the library's), the date (the
event's by default, else today), the place, the exchange (one choice per outcome, each with the event table's key;
"no cards this time" first and chosen: they are in the library already) and a note — and hands the request to its
caller (`requested`), which saves it off the GUI thread and then calls `saved()` or `failed(message)`: the dialog
stays open with everything typed until the meeting is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.app.meetings import MeetingRequest
from cardbook.domain.enums import ExchangeOutcome
from cardbook.domain.network import Event
from cardbook.storage.contacts.records import summaries
from cardbook.storage.ledger.events import list_events
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import medium_date, qdate
from cardbook.ui.common.room import field_room
from cardbook.ui.ledger.contact_picker import ContactPicker
from cardbook.ui.ledger.event_detail_view import OUTCOMES
from cardbook.ui.ledger.widgets import FormDialog, date_edit, pydate
from cardbook.ui.ledger.words import outcome_key, outcome_sentence

# The dialog's exchange choices: "no cards this time" first (the default), then the event table's order.
CHOICES = (ExchangeOutcome.NO_CARDS, *(outcome for outcome in OUTCOMES if outcome is not ExchangeOutcome.NO_CARDS))


@dataclass(frozen=True, slots=True)
class MeetingChoices:
    """What the dialog offers, read off the GUI thread before it opens."""

    events: list[Event] = field(default_factory=list)  # newest first
    names: dict[int, str] = field(default_factory=dict)  # the contacts the meeting is for, when given


def read_choices(library: Library, contact_ids: Sequence[int]) -> MeetingChoices:
    names = {s.id: s.name for s in summaries(library, list(contact_ids))} if contact_ids else {}
    return MeetingChoices(list_events(library), names)


class ExchangeChoices(QWidget):
    """One radio button per outcome, its key beside it; the key typed while a button has focus chooses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.group = QButtonGroup(self)
        self.buttons: dict[ExchangeOutcome, QRadioButton] = {}
        self.keys: dict[str, ExchangeOutcome] = {}
        for outcome in CHOICES:
            key = outcome_key(outcome)
            button = QRadioButton(f"{key}  {outcome_sentence(outcome)}", self)
            button.setAccessibleName(outcome_sentence(outcome))
            button.installEventFilter(self)
            self.group.addButton(button)
            self.buttons[outcome] = button
            self.keys[key.casefold()] = outcome
            column.addWidget(button)
        self.choose(ExchangeOutcome.NO_CARDS)
        self.setFocusProxy(self.buttons[ExchangeOutcome.NO_CARDS])

    def choose(self, outcome: ExchangeOutcome) -> None:
        self.buttons[outcome].setChecked(True)

    def value(self) -> ExchangeOutcome:
        return next((o for o, b in self.buttons.items() if b.isChecked()), ExchangeOutcome.NO_CARDS)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            outcome = self.keys.get(event.text().casefold())
            if outcome is not None:
                self.choose(outcome)
                self.buttons[outcome].setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


class MeetingDialog(FormDialog):
    requested = Signal(object)  # MeetingRequest: save it, then call saved() or failed(message)

    def __init__(
        self,
        choices: MeetingChoices,
        today: dt.date,
        *,
        contact_ids: Sequence[int] = (),
        event_id: int | None = None,
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`contact_ids`: the people met (the pane's contact); none with `library`: pick them, searching as you
        type (an event's page). `event_id`: the event chosen at first."""
        picking = not contact_ids
        names = ", ".join(choices.names.get(i, "") or f"#{i}" for i in contact_ids)
        title = self.tr("Record a meeting with %1").replace("%1", names)
        if picking:
            title = self.tr("Add people I met here")
        super().__init__(title, parent)
        self.today = today
        self.contact_ids = list(contact_ids)
        self.events = {e.id: e for e in choices.events if e.id is not None}
        self.picker: ContactPicker | None = None
        self.people: QListWidget | None = None
        if picking and library is not None:
            self.picker = ContactPicker(library, parent=self)
            self.picker.setAccessibleName(self.tr("Find a contact to add"))
            self.picker.contactChosen.connect(self._add_person)
            self.people = QListWidget(self)
            self.people.setAccessibleName(self.tr("People met"))
            self.people.setMaximumHeight(8 * self.fontMetrics().height())
            remove = QPushButton(self.tr("Remove from the list"), self)
            remove.clicked.connect(self._remove_selected)
            box = QVBoxLayout()
            box.addWidget(self.picker)
            box.addWidget(self.people)
            box.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
            # A row of a layout gets no buddy from addRow, and its "&" would show: the label points at the search.
            people_label = QLabel(self.tr("&People:"), self)
            people_label.setBuddy(self.picker)
            self.form.addRow(people_label, box)
        self.event_box = QComboBox(self)
        self.event_box.setAccessibleName(self.tr("Event"))
        self.event_box.addItem(self.tr("No event"), None)
        for event in choices.events:
            when = medium_date(event.date) if event.date else self.tr("no date")
            self.event_box.addItem(f"{event.name} — {when}", event.id)
        self.date = date_edit(self, today)
        self.date.setMaximumDate(qdate(today))  # a meeting cannot be in the future (a mistyped year)
        self.date.setAccessibleName(self.tr("Date"))
        self._date_typed = False
        self.date.dateChanged.connect(self._on_date_edited)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. their office, a café, a trade fair stand"))
        field_room(self.place, 40)
        self.exchange = ExchangeChoices(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What you talked about"))
        field_room(self.note, 50)
        self.form.addRow(self.tr("&Event:"), self.event_box)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("P&lace:"), self.place)
        self.form.addRow(self.tr("E&xchange:"), self.exchange)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.event_box.currentIndexChanged.connect(lambda _i: self._follow_event())
        if event_id is not None and self.event_box.findData(event_id) >= 0:
            self.event_box.setCurrentIndex(self.event_box.findData(event_id))
        self._follow_event()
        self.ok_button_text(self.tr("Record meeting"))
        self.saving = False

    # ---- the people (an event's page) ---------------------------------------------------------------------

    def _add_person(self, contact_id: int) -> None:
        if self.people is None or self.picker is None or contact_id in self.contact_ids:
            return
        self.contact_ids.append(contact_id)
        item = QListWidgetItem(self.picker.text())
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.people.addItem(item)
        self.picker.exclude.add(contact_id)
        self.picker.set_contact(None)
        self.error.clear_error()

    def _remove_selected(self) -> None:
        if self.people is None or self.picker is None:
            return
        for item in self.people.selectedItems():
            contact_id = int(item.data(Qt.ItemDataRole.UserRole))
            self.contact_ids.remove(contact_id)
            self.picker.exclude.discard(contact_id)
            self.people.takeItem(self.people.row(item))

    # ---- the date follows the event, until typed ---------------------------------------------------------

    def _chosen_event(self) -> Event | None:
        event_id = self.event_box.currentData()
        return self.events.get(event_id) if event_id is not None else None

    def _follow_event(self) -> None:
        if self._date_typed:
            return
        event = self._chosen_event()
        day = event.date if event is not None and event.date is not None else self.today
        self.date.blockSignals(True)
        self.date.setDate(qdate(min(day, self.today)))
        self.date.blockSignals(False)

    def _on_date_edited(self) -> None:
        self._date_typed = True

    # ---- saving ------------------------------------------------------------------------------------------

    def request(self) -> MeetingRequest:
        event = self._chosen_event()
        return MeetingRequest(
            contact_ids=tuple(self.contact_ids),
            event=event.id if event is not None else None,
            date=pydate(self.date.date()),
            place=self.place.text(),
            outcome=self.exchange.value(),
            note=self.note.text(),
        )

    def check(self) -> str | None:
        if not self.contact_ids:
            if self.picker is not None:
                self.picker.setFocus()
            return self.tr("Add the people you met: type a name, then pick them in the list.")
        return None

    def accept(self) -> None:
        """Hand the request over; the dialog closes once it is saved (`saved`), stays open on an error."""
        if self.saving:
            return
        problem = self.check()
        if problem is not None:
            self.error.show_error(problem)
            self.adjustSize()
            return
        self.error.clear_error()
        self._set_saving(True)
        self.requested.emit(self.request())

    def saved(self) -> None:
        self._set_saving(False)
        QDialog.accept(self)

    def failed(self, message: str) -> None:
        self._set_saving(False)
        self.error.show_error(message)
        self.adjustSize()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not saving)
