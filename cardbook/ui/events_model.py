"""The events table: date, name, place, network and how many cards were collected there."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cardbook.ui.formatting import count_text, short_date
from cardbook.ui.page_data import EventLine
from cardbook.ui.row_table_model import RowTableModel, TableColumn


class EventsTableModel(RowTableModel[EventLine]):
    def columns(self) -> list[TableColumn[EventLine]]:
        loc = QLocale()
        return [
            TableColumn(self.tr("Date"), lambda r: short_date(r.event.date, loc) or "—"),
            TableColumn(self.tr("Event"), lambda r: r.event.name),
            TableColumn(self.tr("Place"), lambda r: r.event.place or ""),
            TableColumn(self.tr("Network"), lambda r: r.network_name),
            TableColumn(
                self.tr("Cards collected"),
                lambda r: count_text(r.people, loc),
                numeric=True,
                tooltip=self.tr("People met at this event"),
            ),
        ]
