"""Behaviour of the review's exchange panel: each answer is written at once to the card's meeting, as one undo
step, and announced through the one change notice (the exchange lists' counts change).

Why at once rather than on Accept: the answer is what the user said about the exchange, whatever they decide
about the card's fields — Skip, "met again" or leaving the review keep it. Undo and redo put the panel back
when the card is still on screen.

"Ask me for each card" (set at import): a card whose exchange nothing records yet comes up with no answer
marked and the question asked; Accept waits for an answer ("not recorded" is one), nothing is assumed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cardbook.domain.enums import ExchangeOutcome, OfferedBy
from cardbook.domain.exchange import Encounter
from cardbook.storage.ledger import exchanges as ledger_exchanges
from cardbook.storage.ledger.exchanges import ExchangeChange
from cardbook.ui.common.services import AppServices, LibraryChange
from cardbook.ui.common.undo import RECOVERABLE, push_done
from cardbook.ui.importing.exchange_answers import ExchangeAnswer, answer_of
from cardbook.ui.importing.review_exchange_view import ExchangePanel


class ExchangeRecorder(QObject):
    message = Signal(str)

    def __init__(self, services: AppServices, panel: ExchangePanel, parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._panel = panel
        self._encounter_id: int | None = None
        self._name = ""
        self._answer: ExchangeAnswer | None = None
        self._ask = False  # the card's batch said "ask me for each card"
        self.asking = False  # the review waits for an answer before Accept
        panel.firstChosen.connect(self.record_first)  # "did you give yours?" goes through the review (next card)

    def show(self, encounter: Encounter | None, name: str, *, ask: bool) -> None:
        """The card's meeting on screen; `ask`: the batch said "ask me for each card"."""
        self._encounter_id = encounter.id if encounter is not None else None
        self._name = name
        self._answer = (
            answer_of(encounter.offered_by, encounter.reciprocated, encounter.why_no_card)
            if encounter is not None
            else None
        )
        self._ask = ask
        self.asking = ask and self._answer is not None and not self._answer.recorded
        self._panel.show_answer(self._answer, asking=self.asking)

    def hold(self) -> None:
        """The next card is on its way: answers wait for it rather than go to the card leaving."""
        self._encounter_id, self._answer, self.asking = None, None, False

    def changes(self, gave: ExchangeOutcome) -> bool:
        """Whether answering `gave` would write anything (else it only answers the question)."""
        return self._answer is not None and self._answer.with_gave(gave) != self._answer

    def record_gave(self, gave: ExchangeOutcome) -> bool:
        """Record the answer to "did you give yours?"; False when it could not be (no meeting, refused)."""
        return self._answer is not None and self._write(self._answer.with_gave(gave))

    def record_first(self, first: OfferedBy) -> None:
        if self._answer is not None:
            self._write(self._answer.with_first(first))

    def _write(self, answer: ExchangeAnswer) -> bool:
        """Store `answer` on the meeting (when it changes anything) as one undo step; False when refused."""
        encounter_id, library = self._encounter_id, self._services.library
        if encounter_id is None:
            return False
        self.asking = False
        if answer == self._answer:  # the same answer again: nothing to write, but the question is answered
            self._panel.show_answer(answer, asking=False)
            return True
        offered, reciprocated, why = answer.facts()
        try:
            change = ledger_exchanges.set_exchange(
                library, [encounter_id], offered_by=offered, reciprocated=reciprocated, why_no_card=why
            )
        except RECOVERABLE as error:  # the meeting was deleted meanwhile
            self.message.emit(self.tr("Could not record the exchange: %1").replace("%1", str(error)))
            return False
        self._answer = answer
        self._panel.show_answer(answer, asking=False)
        text = self.tr("Exchange with %1").replace("%1", self._name or self.tr("this card"))
        push_done(
            self._services.undo_stack, text, change,
            lambda done: ledger_exchanges.undo_exchange_change(library, done),
            lambda undone: ledger_exchanges.undo_exchange_change(library, undone),
            after=self._replayed, report=self.message.emit, owner=self,
        )  # fmt: skip
        return True

    def _replayed(self, change: ExchangeChange | None) -> None:
        """After the write, its undo and its redo: say so once, and show the meeting as it now is."""
        self._services.changed(LibraryChange(ledger=True))
        if change is None:
            return
        for state in change.after:
            if state.encounter_id == self._encounter_id:
                self._answer = answer_of(state.offered_by, state.reciprocated, state.why_no_card)
                # An answer taken back (undo) to nothing recorded is asked again, as before it was given.
                self.asking = self._ask and not self._answer.recorded
                self._panel.show_answer(self._answer, asking=self.asking)
