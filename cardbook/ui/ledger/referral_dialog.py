"""The dialog that records a referral seen from one contact: received from them, given to them, or sent by them
to someone else (a contact chosen with the search picker, or a name outside the library)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from cardbook.domain.enums import ReferralDirection, ReferralOutcome
from cardbook.domain.referral import Referral
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.room import dialog_width
from cardbook.ui.common.style import SPACING
from cardbook.ui.ledger.contact_picker import ContactPicker
from cardbook.ui.ledger.widgets import AmountBox, FormDialog, OptionalDate


class ReferralDialog(FormDialog):
    def __init__(
        self,
        library: Library,
        contact_id: int,
        contact_name: str,
        referral: Referral | None,
        save: Callable[[Referral], Referral],
        *,
        other_name: str = "",
        parent: QWidget | None = None,
        currency: str = "EUR",
    ) -> None:
        editing = referral is not None and referral.id is not None
        super().__init__(self.tr("Edit referral") if editing else self.tr("New referral"), parent)
        self.contact_id = contact_id
        self._original = referral or Referral(from_contact_id=contact_id, date=dt.date.today())
        self._save = save
        self.saved: Referral | None = None

        self.received = QRadioButton(self.tr("%1 sent business my way").replace("%1", contact_name), self)
        self.given = QRadioButton(self.tr("I sent business to %1").replace("%1", contact_name), self)
        self.between = QRadioButton(self.tr("%1 sent business to someone else").replace("%1", contact_name), self)
        self.direction = QButtonGroup(self)
        directions = QVBoxLayout()
        directions.setSpacing(SPACING // 2)
        for button, value in ((self.received, 0), (self.given, 1), (self.between, 2)):
            self.direction.addButton(button, value)
            directions.addWidget(button)

        self.other = ContactPicker(library, {contact_id}, self)
        self.other.setAccessibleName(self.tr("Other contact"))
        self.outside = QLineEdit(self)
        self.outside.setPlaceholderText(self.tr("or the name of someone outside your contacts"))
        self.outside.setAccessibleName(self.tr("Name of someone outside your contacts"))
        other_column = QVBoxLayout()
        other_column.setSpacing(SPACING // 2)
        other_column.setContentsMargins(0, 0, 0, 0)
        other_column.addWidget(self.other)
        other_column.addWidget(self.outside)
        self.other_holder = QWidget(self)
        self.other_holder.setLayout(other_column)

        self.date = OptionalDate(self.tr("Date"), self._original.date, self, unknown_text=self.tr("No date"))
        self.note = QLineEdit(self._original.note, self)
        self.note.setPlaceholderText(self.tr("What it was about: client, project…"))
        self.outcome = QComboBox(self)
        for outcome in ReferralOutcome:
            self.outcome.addItem(labels.outcome_word(outcome).capitalize(), outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(self._original.outcome.value))
        self.value = AmountBox(self.tr("Not known"), self._original.value, self, currency=currency)

        self.form.addRow(self.tr("Direction:"), directions)
        self.form.addRow(self.tr("&To:"), self.other_holder)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        self.form.addRow(self.tr("&Value:"), self.value)
        dialog_width(self, 80)
        self._load(other_name)
        self.direction.idToggled.connect(lambda _id, _on: self._update())
        self.ok_button_text(self.tr("Save") if editing else self.tr("Add referral"))
        self.submit = self._submit

    def _load(self, other_name: str) -> None:
        r = self._original
        direction = r.direction
        if direction is ReferralDirection.GIVEN:
            self.given.setChecked(True)
        elif direction is ReferralDirection.BETWEEN_CONTACTS:
            self.between.setChecked(True)
            if r.to_contact_id is not None:
                self.other.set_contact(r.to_contact_id, other_name)
            self.outside.setText(r.to_name or "")
        else:
            self.received.setChecked(True)
        self._update()

    def _update(self) -> None:
        between = self.between.isChecked()
        self.other_holder.setEnabled(between)
        label = self.form.labelForField(self.other_holder)
        if label is not None:
            label.setEnabled(between)

    def value_referral(self) -> Referral:
        """The referral as typed: which ends it joins follows the direction chosen."""
        if self.given.isChecked():
            return self._with_ends(None, self.contact_id, None)
        if self.between.isChecked():
            chosen = self.other.contact_id()
            outside = self.outside.text().strip() or None
            return self._with_ends(self.contact_id, chosen, outside if chosen is None else None)
        return self._with_ends(self.contact_id, None, None)

    def _with_ends(self, from_id: int | None, to_id: int | None, to_name: str | None) -> Referral:
        return Referral(
            id=self._original.id,
            from_contact_id=from_id,
            to_contact_id=to_id,
            to_name=to_name,
            date=self.date.value(),
            note=self.note.text().strip(),
            outcome=ReferralOutcome(self.outcome.currentData()),
            value=self.value.amount(),
        )

    def check(self) -> str | None:
        if self.between.isChecked() and self.other.contact_id() is None and not self.outside.text().strip():
            self.other.setFocus()
            if self.other.text().strip():
                return self.tr(
                    "Pick the person from the list that appears as you type, or write the name in the second box "
                    "if they are not among your contacts."
                )
            return self.tr("Say to whom: pick one of your contacts, or write the name of someone outside them.")
        return None

    def _submit(self) -> None:
        self.saved = self._save(self.value_referral())
