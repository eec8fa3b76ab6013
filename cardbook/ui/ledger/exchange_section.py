"""A contact's encounters with their exchange editable (what is known, never less: "→ ? they offered first"),
and the owed-card actions.

Hosted by the contact pane: `ExchangeSection(services, contact_id)`, then `show_contact(id)` on selection. What it
shows is read in the background (contact_section.ContactSection).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter
from cardbook.storage.ledger import encounters, exchanges
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger.exchanges import ExchangeLine
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import medium_date
from cardbook.ui.common.pane_parts import value_label
from cardbook.ui.ledger.contact_section import ContactSection
from cardbook.ui.ledger.exchange_actions import ExchangeActions
from cardbook.ui.ledger.exchange_editor import ExchangeEditor
from cardbook.ui.ledger.exchange_tag_button import ExchangeTagButton
from cardbook.ui.ledger.meeting_recorder import MeetingRecorder
from cardbook.ui.ledger.widgets import make_action


@dataclass(frozen=True, slots=True)
class ContactExchanges:
    encounters: list[Encounter]
    events: dict[int, str]  # event id -> name, for the encounters' events
    line: ExchangeLine | None  # their line of "Cards I owe" / "One-way givers", when their card came one way


def read_exchanges(library: Library, contact_id: int, today: dt.date) -> ContactExchanges:
    # This computer's member's meetings (all of them in a library without members); the others' are the "Also met
    # by" section's.
    met = encounters.encounters_of(library, contact_id, viewpoint(library))
    wanted = {e.event_id for e in met if e.event_id is not None}
    events = {e.id: e.name for e in ledger_events.list_events(library) if e.id in wanted} if wanted else {}
    # From this machine's point of view: a team member sees the buttons for the cards they owe themselves.
    one_way = exchanges.came_one_way(library, contact_id)
    lines = exchanges.exchange_lines(library, [contact_id]) if one_way else []
    return ContactExchanges(met, events, lines[0] if lines else None)


class ExchangeSection(ContactSection):
    read = staticmethod(read_exchanges)

    def section_title(self) -> str:
        return self.tr("Encounters and exchanges")

    def build(self) -> None:
        # A meeting again without a new card (docs/MEETINGS.md): the window-wide Ctrl+M while the pane shows them.
        self.recorder = MeetingRecorder(self.services, self, today=self.today)
        self.recorder.statusMessage.connect(self.statusMessage)
        self.record_action = make_action(
            self, self.tr("Record a &meeting…"), shortcut="Ctrl+M", context=Qt.ShortcutContext.WindowShortcut,
            tip=self.tr("You met them again: record it, with or without cards changing hands"),
            slot=self.record_meeting,
        )  # fmt: skip
        self.record_button = self.add_button_bar(self.record_action, self.tr("Record a meeting…"))
        self.editor = ExchangeEditor(self.services, self)
        self.editor.statusMessage.connect(self.statusMessage)
        self.exchange_actions = ExchangeActions(self.editor, self, today=self.today)
        self.exchange_actions.statusMessage.connect(self.statusMessage)
        self.body.addWidget(self.exchange_actions)
        self.tag_buttons: list[ExchangeTagButton] = []

    def show_data(self, data: ContactExchanges | None) -> None:
        rows = self.fresh_rows()
        self.tag_buttons = []
        self.record_action.setEnabled(data is not None)
        self.record_button.setEnabled(data is not None)
        if data is None:
            self.exchange_actions.set_line(None)
            return
        if not data.encounters:
            # "Record a meeting…" (Ctrl+M) is right under this note.
            rows.add_note(self.tr("No meeting recorded yet. Import their card, or record a meeting you had (Ctrl+M)."))
        for encounter in data.encounters:
            event = data.events.get(encounter.event_id) if encounter.event_id is not None else None
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
            rows.add_row(medium_date(encounter.date), lines, below=button)
        self.exchange_actions.set_line(data.line)

    def record_meeting(self) -> None:
        """Open the dialog for this contact (its events read first, off the GUI thread)."""
        if self.contact_id is not None:
            self.recorder.open([self.contact_id])

    def _on_tag_chosen(self, encounter_id: int, offered: object, answered: object) -> None:
        self.editor.set_tags(
            [encounter_id],
            offered_by=offered if isinstance(offered, OfferedBy) else None,
            reciprocated=answered if isinstance(answered, Reciprocated) else None,
        )
