"""The events table of the ledger: date, name, place, network, cards collected there and the mutual rate."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cardbook.storage.ledger.events import EventOverview
from cardbook.ui.common.formatting import count_text, short_date
from cardbook.ui.common.row_table_model import RowTableModel, TableColumn
from cardbook.ui.ledger.words import percent_text


class EventsModel(RowTableModel[EventOverview]):
    DATE, NAME, PLACE, NETWORK, CARDS, RATE = range(6)

    def columns(self) -> list[TableColumn[EventOverview]]:
        loc = QLocale()
        return [
            TableColumn(self.tr("Date"), lambda r: short_date(r.event.date, loc) or "—"),
            TableColumn(self.tr("Event"), lambda r: r.event.name),
            TableColumn(self.tr("Place"), lambda r: r.event.place or ""),
            TableColumn(self.tr("Network"), lambda r: r.network_name or ""),
            TableColumn(
                self.tr("Cards collected"),
                lambda r: count_text(r.cards_collected, loc),
                numeric=True,
                tooltip=self.tr("Cards recorded at this event, one per person met"),
            ),
            TableColumn(
                self.tr("Mutual exchanges"),
                lambda r: percent_text(r.mutual_rate, loc),
                numeric=True,
                tooltip=self.tr("Share of the exchanges noted there where cards went both ways"),
            ),
        ]

    def event_id_at(self, row: int) -> int | None:
        line = self.row_at(row)
        return line.event.id if line is not None else None

    def row_of(self, event_id: int) -> int:
        for row in range(self.rowCount()):
            if self.event_id_at(row) == event_id:
                return row
        return -1
