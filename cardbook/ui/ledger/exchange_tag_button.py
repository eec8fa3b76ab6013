"""A button that shows one encounter's exchange ("⇄ mutual ▾", "→ ? they offered first ▾": what is known, never
less) and changes its two tags from a menu."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.ui.ledger.words import offered_sentence, outcome_text, reciprocated_sentence


class ExchangeTagButton(QPushButton):
    tagChosen = Signal(int, object, object)  # encounter id, OfferedBy | None, Reciprocated | None

    def __init__(self, encounter: Encounter, where: str, parent: QWidget | None = None) -> None:
        super().__init__(outcome_text(encounter.outcome), parent)
        self.encounter = encounter
        self.setFlat(True)
        self.setToolTip(self.tr("Change who offered a card first and whether it was reciprocated"))
        self.setAccessibleName(
            self.tr("Exchange at %1: %2. Change").replace("%1", where).replace("%2", outcome_text(encounter.outcome))
        )
        menu = QMenu(self)
        menu.addSection(self.tr("Who offered first"))
        offered_group = QActionGroup(menu)
        for value in OfferedBy:
            action = menu.addAction(offered_sentence(value))
            action.setCheckable(True)
            action.setChecked(encounter.offered_by is value)
            offered_group.addAction(action)
            action.triggered.connect(lambda _c=False, v=value: self._choose(v, None))
        menu.addSection(self.tr("Did they answer?"))
        answered_group = QActionGroup(menu)
        for answer in Reciprocated:
            action = menu.addAction(reciprocated_sentence(answer))
            action.setCheckable(True)
            action.setChecked(encounter.reciprocated is answer)
            answered_group.addAction(action)
            action.triggered.connect(lambda _c=False, v=answer: self._choose(None, v))
        self.setMenu(menu)

    def _choose(self, offered: OfferedBy | None, answered: Reciprocated | None) -> None:
        if self.encounter.id is not None:
            self.tagChosen.emit(self.encounter.id, offered, answered)
