"""A contact's encounters with their exchange tags editable (symbol + word), and the owed-card actions.

Hosted by the contact pane: `ExchangeSection(library, contact_id)`, then `show_contact(id)` on selection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.storage.ledger import encounters
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.common.undo import own_stack
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_editor import ExchangeEditor
from cardbook.ui.ledger.exchange_tag_button import ExchangeTagButton


class ExchangeSection(ContactSection):
    def __init__(
        self,
        library: Library,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(self.tr("Encounters and exchanges"), library, parent)
        self.editor = ExchangeEditor(library, own_stack(self, undo_stack), self)
        self.editor.changed.connect(self._on_changed)
        self.editor.statusMessage.connect(self.statusMessage)
        self.exchange_actions = ExchangeActions(library, self, editor=self.editor, today=today)
        self.exchange_actions.statusMessage.connect(self.statusMessage)
        self.body.addWidget(self.exchange_actions)
        self.tag_buttons: list[ExchangeTagButton] = []
        if contact_id is not None:
            self.show_contact(contact_id)

    def reload(self) -> None:
        rows = self.fresh_rows()
        self.tag_buttons = []
        if self.contact_id is None:
            self.exchange_actions.set_line(None)
            return
        met = encounters.encounters_of(self.library, self.contact_id)
        if not met:
            rows.add_note(self.tr("No meeting recorded yet. Meetings are added when you import their card."))
        events = {e.id: e.name for e in ledger_events.list_events(self.library)} if met else {}
        for encounter in met:
            event = events.get(encounter.event_id) if encounter.event_id is not None else None
            where = event or encounter.place or self.tr("Met outside any recorded event")
            if event and encounter.place:
                where += f" — {encounter.place}"
            lines: list[QWidget] = [value_label(where, rows)]
            details = labels.encounter_exchange_details(encounter)
            if encounter.reciprocated_on:
                details += " " + self.tr("(on %1)").replace("%1", medium_date(encounter.reciprocated_on))
            if details:
                lines.append(value_label(details, rows, muted=True))
            if encounter.note.strip():
                lines.append(value_label(encounter.note.strip(), rows))
            button = ExchangeTagButton(encounter, where, rows)
            button.tagChosen.connect(self._on_tag_chosen)
            self.tag_buttons.append(button)
            rows.add_row(medium_date(encounter.date), lines, button)
        self.exchange_actions.show_contact(self.contact_id)

    def _on_tag_chosen(self, encounter_id: int, offered: object, answered: object) -> None:
        self.editor.set_tags(
            [encounter_id],
            offered_by=offered if isinstance(offered, OfferedBy) else None,
            reciprocated=answered if isinstance(answered, Reciprocated) else None,
        )

    def _on_changed(self, contact_ids: list[int]) -> None:
        if self.contact_id is not None and self.contact_id in contact_ids:
            self.reload()
            self.changed.emit(self.contact_id)
