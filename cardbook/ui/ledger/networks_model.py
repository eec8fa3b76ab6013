"""The networks table of the ledger: name, kind, yearly cost, member since, events attended, mutual rate.

The figures are the network report's, over all time (storage/reports.network_report), so the page and the report
always agree. Archived networks read muted *and* say "archived": the colour is never the only sign.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from cardbook.domain.network import Network
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks, reports
from cardbook.storage.library import Library
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import count_text, money_text, short_date
from cardbook.ui.common.row_table_model import RowTableModel, TableColumn
from cardbook.ui.common.style import muted_color
from cardbook.ui.ledger.words import percent_text


@dataclass(frozen=True, slots=True)
class NetworkFigures:
    network: Network
    events_attended: int
    cards_collected: int
    mutual_rate: float | None
    events: int = 0  # events recorded in this network, with cards or not: one or more and it cannot be deleted


@dataclass(frozen=True, slots=True)
class NetworksList:
    """What the Networks page shows: its rows, and whether there is any network at all (archived ones too)."""

    rows: list[NetworkFigures]
    any_network: bool


def load_network_figures(library: Library, *, include_archived: bool = True) -> list[NetworkFigures]:
    """Every network by name (archived ones when asked), with what it brought over all time. Runs on any thread
    (its own sessions); on a big library the report behind it takes ~0.3 s, so the page reads it on a
    worker thread (read_networks)."""
    values = {v.network.id: v for v in reports.network_report(library) if v.network is not None}
    events = Counter(e.network_id for e in ledger_events.list_events(library) if e.network_id is not None)
    rows = []
    for network in networks.list_networks(library, include_archived=include_archived):
        value = values.get(network.id)
        rows.append(
            NetworkFigures(
                network,
                value.events_attended if value else 0,
                value.cards_collected if value else 0,
                value.mutual_rate if value else None,
                events[network.id] if network.id is not None else 0,
            )
        )
    return rows


def read_networks(library: Library, *, include_archived: bool) -> NetworksList:
    rows = load_network_figures(library, include_archived=include_archived)
    return NetworksList(rows, bool(rows) or bool(networks.list_networks(library)))


class NetworksModel(RowTableModel[NetworkFigures]):
    NAME, KIND, COST, SINCE, EVENTS, RATE = range(6)

    def columns(self) -> list[TableColumn[NetworkFigures]]:
        loc = QLocale()

        def name(r: NetworkFigures) -> str:
            return self.tr("%1 (archived)").replace("%1", r.network.name) if r.network.archived else r.network.name

        def cost(r: NetworkFigures) -> str:
            return "—" if r.network.yearly_cost is None else money_text(r.network.yearly_cost, loc)

        return [
            TableColumn(self.tr("Network"), name),
            TableColumn(self.tr("Kind"), lambda r: labels.network_kind_word(r.network.kind)),
            TableColumn(self.tr("Yearly cost"), cost, numeric=True),
            TableColumn(self.tr("Member since"), lambda r: short_date(r.network.member_since, loc) or "—"),
            TableColumn(
                self.tr("Events attended"),
                lambda r: count_text(r.events_attended, loc),
                numeric=True,
                tooltip=self.tr("Events of this network where you recorded at least one card"),
            ),
            TableColumn(
                self.tr("Mutual exchanges"),
                lambda r: percent_text(r.mutual_rate, loc),
                numeric=True,
                tooltip=self.tr("Share of the cards collected there where cards went both ways (when noted)"),
            ),
        ]

    def network_at(self, row: int) -> Network | None:
        line = self.row_at(row)
        return line.network if line is not None else None

    def events_at(self, row: int) -> int:
        """How many events the network holds (0 for a row that is not there)."""
        line = self.row_at(row)
        return line.events if line is not None else 0

    def row_of(self, network_id: int) -> int:
        for row in range(self.rowCount()):
            network = self.network_at(row)
            if network is not None and network.id == network_id:
                return row
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            line = self.row_at(index.row()) if index.isValid() else None
            if line is not None and line.network.archived:
                return muted_color(QGuiApplication.palette())
            return None
        return super().data(index, role)
