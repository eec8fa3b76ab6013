"""The exchange controller: tag encounters, "I sent my card", "No card owed" — each undoable, each announced.

Every exchange service returns an ExchangeChange, and undoing one returns its inverse, so a single pair of calls
undoes and redoes any of them (storage/ledger/exchanges.py). The widgets that show exchanges (the event page, the
contact's encounters, the "cards I owe" lines) share this one controller shape and listen to `changed`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.storage.contacts.records import NotFoundError, ValidationError
from cardbook.storage.ledger import exchanges
from cardbook.storage.ledger.exchanges import ExchangeChange
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.undo import push_done
from cardbook.ui.ledger.words import offered_sentence, reciprocated_sentence


class ExchangeEditor(QObject):
    changed = Signal(list)  # the ids of the contacts whose exchanges changed (after a change, an undo or a redo)
    statusMessage = Signal(str)

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack

    def _record(self, text: str, run: Callable[[], ExchangeChange], done_message: str) -> ExchangeChange | None:
        try:
            change = run()
        except (NotFoundError, ValidationError) as exc:
            self.statusMessage.emit(self.tr("Nothing changed: %1").replace("%1", str(exc)))
            return None
        if change.count == 0:
            self.statusMessage.emit(self.tr("Nothing to change: it was already so."))
            return change
        ids = change.contact_ids
        push_done(
            self.undo_stack, text, change,
            lambda c: exchanges.undo_exchange_change(self.library, c),
            lambda c: exchanges.undo_exchange_change(self.library, c),
            owner=self, after=lambda _v: self.changed.emit(ids), report=self.statusMessage.emit,
        )  # fmt: skip
        self.statusMessage.emit(done_message + " " + self.tr("(Ctrl+Z to undo)"))
        return change

    def set_tags(
        self,
        encounter_ids: Sequence[int],
        *,
        offered_by: OfferedBy | None = None,
        reciprocated: Reciprocated | None = None,
    ) -> ExchangeChange | None:
        """Tag every encounter at once, in one transaction and one undo step."""
        if not encounter_ids or (offered_by is None and reciprocated is None):
            return None
        parts = [offered_sentence(offered_by)] if offered_by is not None else []
        if reciprocated is not None:
            parts.append(reciprocated_sentence(reciprocated))
        what = ", ".join(p[:1].lower() + p[1:] for p in parts)
        n = len(encounter_ids)
        text = self.tr("Tag %Ln card(s): %1", "", n).replace("%1", what)
        return self._record(
            text,
            lambda: exchanges.set_exchange(
                self.library, encounter_ids, offered_by=offered_by, reciprocated=reciprocated
            ),
            text + ".",
        )

    def send_card(self, contact_id: int, name: str, on: dt.date) -> ExchangeChange | None:
        """ "I sent my card" on `on`: their one-way cards become mutual exchanges."""
        text = self.tr("I sent my card to %1").replace("%1", name)
        message = self.tr("Marked as sent to %1 on %2.").replace("%1", name).replace("%2", medium_date(on))
        return self._record(text, lambda: exchanges.send_card(self.library, contact_id, on), message)

    def dismiss_owed(self, contact_id: int, name: str) -> ExchangeChange | None:
        """ "No card owed": they stay a one-way giver but leave "Cards I owe"."""
        text = self.tr("No card owed to %1").replace("%1", name)
        message = self.tr("%1 left the cards you owe.").replace("%1", name)
        return self._record(text, lambda: exchanges.dismiss_owed_card(self.library, contact_id), message)

    def card_received(self, contact_id: int, name: str, on: dt.date) -> ExchangeChange | None:
        """They sent their card after all: my one-way cards to them become mutual exchanges."""
        text = self.tr("%1 sent their card").replace("%1", name)
        message = self.tr("Marked %1's card as received on %2.").replace("%1", name).replace("%2", medium_date(on))
        return self._record(text, lambda: exchanges.card_received(self.library, contact_id, on), message)
