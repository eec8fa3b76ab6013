"""The networks table: name, kind, what it costs a year and how many of its events were attended."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cardbook.ui import labels
from cardbook.ui.formatting import count_text, money_text
from cardbook.ui.page_data import NetworkLine
from cardbook.ui.row_table_model import RowTableModel, TableColumn


class NetworksTableModel(RowTableModel[NetworkLine]):
    def columns(self) -> list[TableColumn[NetworkLine]]:
        loc = QLocale()

        def name(r: NetworkLine) -> str:
            archived = self.tr("%1 (archived)").replace("%1", r.network.name)
            return archived if r.network.archived else r.network.name

        def cost(r: NetworkLine) -> str:
            value = r.network.yearly_cost
            if value is None:
                return "—"
            return money_text(value, loc)

        return [
            TableColumn(self.tr("Network"), name),
            TableColumn(self.tr("Kind"), lambda r: labels.network_kind_word(r.network.kind)),
            TableColumn(self.tr("Yearly cost"), cost, numeric=True),
            TableColumn(self.tr("Events attended"), lambda r: count_text(r.events, loc), numeric=True),
        ]
