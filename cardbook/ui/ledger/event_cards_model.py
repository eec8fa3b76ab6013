"""The cards collected at one event, with their exchange tags editable in place (a combo box per tag).

The model never writes: an edit becomes `tagsRequested(encounter ids, offered_by, reciprocated)` and the
controller saves it (one transaction, one undo step) and hands the fresh rows back with `update_cards`, which
keeps the selection when the same cards come back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.storage.ledger.events import EventCard
from cardbook.ui.common.row_table_model import ROW_ROLE
from cardbook.ui.ledger.words import earlier_meetings_text, offered_word, outcome_text, reciprocated_word

Index = QModelIndex | QPersistentModelIndex


class EventCardsModel(QAbstractTableModel):
    NAME, COMPANY, BEFORE, OFFERED, RECIPROCATED, EXCHANGE = range(6)
    tagsRequested = Signal(list, object, object)  # encounter ids, OfferedBy | None, Reciprocated | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[EventCard] = []

    def _titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Before"),
            self.tr("Who offered first"),
            self.tr("Reciprocated"),
            self.tr("Exchange"),
        ]

    def update_cards(self, cards: Sequence[EventCard]) -> None:
        """New rows; the same cards in the same order are updated in place (the selection survives)."""
        same = [c.encounter.id for c in cards] == [c.encounter.id for c in self._cards]
        if same and cards:
            self._cards = list(cards)
            last = self.index(len(self._cards) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card_at(self, row: int) -> EventCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in (self.OFFERED, self.RECIPROCATED):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None:
            return None
        column = index.column()
        encounter, person = card.encounter, card.person
        if role == ROW_ROLE:
            return card
        if role == Qt.ItemDataRole.EditRole:
            if column == self.OFFERED:
                return encounter.offered_by.value
            if column == self.RECIPROCATED:
                return encounter.reciprocated.value
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            texts = (
                person.name,
                person.company or "",
                earlier_meetings_text(person.earlier_meetings),
                offered_word(encounter.offered_by),
                # No card was offered, so none was answered: "No" would read as a refusal.
                "—" if encounter.offered_by is OfferedBy.NOBODY else reciprocated_word(encounter.reciprocated),
                outcome_text(encounter.outcome),  # "→ ? they offered first": what is known, never less
            )
            return texts[column] if 0 <= column < len(texts) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.OFFERED, self.RECIPROCATED):
                return self.tr("Double-click or press F2 to change; select several rows to tag them at once.")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.BEFORE:
            return self.tr("How many times you had met this person before this event")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None or role != Qt.ItemDataRole.EditRole or card.encounter.id is None:
            return False
        try:
            if index.column() == self.OFFERED:
                self.tagsRequested.emit([card.encounter.id], OfferedBy(value), None)
            elif index.column() == self.RECIPROCATED:
                self.tagsRequested.emit([card.encounter.id], None, Reciprocated(value))
            else:
                return False
        except ValueError:
            return False
        return True


class TagDelegate(QStyledItemDelegate):
    """A combo box of the tag's words for the two exchange columns."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        if index.column() == EventCardsModel.OFFERED:
            for offered in OfferedBy:
                combo.addItem(offered_word(offered), offered.value)
        else:
            for answered in Reciprocated:
                combo.addItem(reciprocated_word(answered), answered.value)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
