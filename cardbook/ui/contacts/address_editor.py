"""Postal addresses in their parts, each with its kind (work, home, other): the addresses beyond the first that an
address book export brings (a contact's first address is the card's line, edited as printed in the form).

Each address is a small block of fields in vCard's order of use (street, complement, postcode and city, region,
country, PO box) with its kind and a remove button; an empty block is no address.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardbook.domain.contact import ADDRESS_KINDS, PostalAddress
from cardbook.ui.common import labels
from cardbook.ui.common.icons import Icon, icon
from cardbook.ui.common.style import HALF, SPACING

PARTS = ("street", "extended", "postcode", "city", "region", "country", "po_box")


def kind_box(parent: QWidget, accessible: str) -> QComboBox:
    """A list of the address kinds, "work" first (what a card prints)."""
    box = QComboBox(parent)
    box.setAccessibleName(accessible)
    for kind in ADDRESS_KINDS:
        box.addItem(labels.place_kind_word(kind), kind)
    return box


class AddressBlock(QFrame):
    changed = Signal()
    removeRequested = Signal(object)  # the block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        titles = {
            "street": self.tr("Street"),
            "extended": self.tr("Building, floor"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "region": self.tr("Region or state"),
            "country": self.tr("Country"),
            "po_box": self.tr("PO box"),
        }
        self.kind = kind_box(self, self.tr("Kind of address"))
        self.kind.activated.connect(lambda _index: self.changed.emit())
        remove = QToolButton(self)
        remove.setIcon(icon(Icon.REMOVE))
        remove.setAccessibleName(self.tr("Remove this address"))
        remove.setToolTip(self.tr("Remove this address"))
        remove.clicked.connect(lambda: self.removeRequested.emit(self))
        top = QHBoxLayout()
        top.setSpacing(HALF)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(remove)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING)
        form.setVerticalSpacing(HALF)
        self.parts: dict[str, QLineEdit] = {}
        for key, title in titles.items():
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setAccessibleName(title)
            edit.textChanged.connect(self.changed)
            self.parts[key] = edit
            form.addRow(title, edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(HALF, HALF, HALF, HALF)
        column.setSpacing(HALF)
        column.addLayout(top)
        column.addLayout(form)

    def set_address(self, address: PostalAddress) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(address.kind), 0))
        for key, edit in self.parts.items():
            edit.setText(getattr(address, key))

    def address(self) -> PostalAddress:
        values = {key: edit.text().strip() for key, edit in self.parts.items()}
        return PostalAddress(kind=str(self.kind.currentData()), **values)


class AddressEditor(QWidget):
    """Blocks of addresses with an "Add" button; `addresses()` skips empty blocks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[AddressBlock] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(HALF)
        self.add_button = QPushButton("+ " + self.tr("Add an address"), self)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self._add_empty)
        self._column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_empty(self) -> None:
        self.add_block(PostalAddress(kind="home")).parts["street"].setFocus()

    def add_block(self, address: PostalAddress) -> AddressBlock:
        block = AddressBlock(self)
        block.set_address(address)
        block.changed.connect(self.changed)
        block.removeRequested.connect(self._remove)
        self._column.insertWidget(len(self.blocks), block)
        self.blocks.append(block)
        self.changed.emit()
        return block

    def _remove(self, block: AddressBlock) -> None:
        self.blocks.remove(block)
        block.hide()
        block.deleteLater()
        self.changed.emit()

    def set_addresses(self, addresses: list[PostalAddress]) -> None:
        for block in list(self.blocks):
            self._remove(block)
        for address in addresses:
            self.add_block(address)

    def addresses(self) -> list[PostalAddress]:
        return [a for block in self.blocks if not (a := block.address()).is_empty()]

    def editors(self) -> list[QLineEdit]:
        return [edit for block in self.blocks for edit in block.parts.values()]
