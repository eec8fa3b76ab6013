"""The dialog that creates or edits a network: name, kind, yearly cost, membership dates, notes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cardbook.domain.enums import NetworkKind
from cardbook.domain.network import Network
from cardbook.ui.common import labels
from cardbook.ui.common.room import field_room, lines_high
from cardbook.ui.ledger.widgets import AmountBox, FormDialog, OptionalDate


class NetworkDialog(FormDialog):
    def __init__(
        self,
        network: Network | None,
        save: Callable[[Network], Network],
        other_names: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        currency: str = "EUR",
    ) -> None:
        editing = network is not None and network.id is not None
        super().__init__(self.tr("Edit network") if editing else self.tr("New network"), parent)
        self._original = network or Network()
        self._save = save
        self._taken = {n.casefold() for n in other_names}
        self.saved: Network | None = None

        self.name = QLineEdit(self._original.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Club des Entrepreneurs Lyonnais"))
        field_room(self.name, 50)
        self.kind = QComboBox(self)
        for kind in NetworkKind:
            self.kind.addItem(labels.network_kind_word(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self._original.kind.value))
        self.cost = AmountBox(self.tr("Free or unknown"), self._original.yearly_cost, self, currency=currency)
        self.since = OptionalDate(self.tr("Member since"), self._original.member_since, self)
        self.until = OptionalDate(self.tr("Member until"), self._original.member_until, self)
        self.notes = QPlainTextEdit(self._original.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(lines_high(self.notes, 3))

        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Yearly cost:"), self.cost)
        self.form.addRow(self.tr("Membership:"), self.since)
        self.form.addRow("", self.until)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.ok_button_text(self.tr("Save") if editing else self.tr("Create network"))
        self.submit = self._submit
        self.name.setFocus()

    def network(self) -> Network:
        return replace(
            self._original,
            name=" ".join(self.name.text().split()),
            kind=NetworkKind(self.kind.currentData()),
            yearly_cost=self.cost.amount(),
            member_since=self.since.value(),
            member_until=self.until.value(),
            notes=self.notes.toPlainText().strip(),
        )

    def check(self) -> str | None:
        network = self.network()
        if not network.name:
            self.name.setFocus()
            return self.tr("Give the network a name.")
        if network.name.casefold() in self._taken:
            self.name.setFocus()
            return self.tr("You already have a network named “%1”. Choose another name.").replace("%1", network.name)
        if network.member_since and network.member_until and network.member_until < network.member_since:
            self.until.setFocus()
            return self.tr("The membership cannot end before it starts: check the two dates.")
        return None

    def _submit(self) -> None:
        self.saved = self._save(self.network())
