"""The networks table of the ledger: what each network brought over a period against what it costs.

The figures are the network report's (storage/reports.network_report, domain/reports.NetworkValue) over the period
chosen — the last 12 months, what a yearly cost is compared with, or all time — so the page, the report and
`cardbook networks --json` always agree. Amounts carry the library's currency (storage/settings.currency), laid
out for the interface's language. Archived networks read muted *and* say "archived": colour is never the only
sign.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from cardbook.domain.network import Network
from cardbook.domain.reports import ExchangeCounts, NetworkValue, Period, ReferralFigures
from cardbook.storage import settings
from cardbook.storage.ledger import events as ledger_events
from cardbook.storage.ledger import networks, reports
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import count_text
from cardbook.ui.common.row_table_model import RowTableModel, TableColumn
from cardbook.ui.common.style import muted_color
from cardbook.ui.ledger.words import amount_text, percent_text, recorded_text


@dataclass(frozen=True, slots=True)
class NetworkFigures:
    network: Network
    value: NetworkValue  # what it brought over the period read
    events: int = 0  # events recorded in this network, with cards or not: one or more and it cannot be deleted

    @property
    def events_attended(self) -> int:
        return self.value.events_attended

    @property
    def cards_collected(self) -> int:
        return self.value.cards_collected

    @property
    def mutual_rate(self) -> float | None:
        return self.value.mutual_rate


@dataclass(frozen=True, slots=True)
class NetworksList:
    """What the Networks page shows: its rows, whether there is any network at all (archived ones too), every
    network's name (a new one must not repeat one) and the library's currency."""

    rows: list[NetworkFigures]
    any_network: bool
    names: list[str] = field(default_factory=list)
    currency: str = settings.DEFAULT_CURRENCY


def _nothing(network: Network) -> NetworkValue:
    return NetworkValue(network, 0, 0, ExchangeCounts(), 0, 0, 0, ReferralFigures(), ReferralFigures())


def load_network_figures(
    library: Library, *, include_archived: bool = True, period: Period | None = None
) -> list[NetworkFigures]:
    """Every network by name (archived ones when asked), with what it brought over `period` (all time when None).
    Runs on any thread (its own sessions); on a big library the report behind it takes ~0.3 s, so the page reads
    it on a worker thread (read_networks)."""
    values = {v.network.id: v for v in reports.network_report(library, period) if v.network is not None}
    events = Counter(e.network_id for e in ledger_events.list_events(library) if e.network_id is not None)
    return [
        NetworkFigures(network, values.get(network.id) or _nothing(network), events[network.id] if network.id else 0)
        for network in networks.list_networks(library, include_archived=include_archived)
    ]


def read_networks(library: Library, *, include_archived: bool, period: Period | None = None) -> NetworksList:
    rows = load_network_figures(library, include_archived=include_archived, period=period)
    names = [n.name for n in networks.list_networks(library)]
    return NetworksList(rows, bool(names), names, settings.currency(library))


def referrals_text(figures: ReferralFigures, currency: str, locale: QLocale | None = None) -> str:
    """ "3 (€4,500 won)": how many, and what the won ones were worth (nothing after the count when none was won).
    Said in words: "3 · 12 950 €", as it read before, is one long number in French, where a space groups digits."""
    count = count_text(figures.count, locale)
    if not figures.won:
        return count
    text = QCoreApplication.translate("Networks", "%1 (%2 won)", "referrals: how many; what the won ones were worth")
    return text.replace("%1", count).replace("%2", amount_text(figures.won_value, currency, locale))


class NetworksModel(RowTableModel[NetworkFigures]):
    NAME, COST, EVENTS, CARDS, RATE, RECEIVED, GIVEN, VALUE = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = settings.DEFAULT_CURRENCY

    def columns(self) -> list[TableColumn[NetworkFigures]]:
        loc, code = QLocale(), self.currency

        def name(r: NetworkFigures) -> str:
            return self.tr("%1 (archived)").replace("%1", r.network.name) if r.network.archived else r.network.name

        def cost(r: NetworkFigures) -> str:
            return amount_text(r.network.yearly_cost, code, loc)

        return [
            TableColumn(self.tr("Network"), name),
            TableColumn(self.tr("Yearly cost"), cost, numeric=True),
            TableColumn(
                self.tr("Events"),
                lambda r: count_text(r.events_attended, loc),
                numeric=True,
                tooltip=self.tr("Events of this network where you recorded at least one card"),
            ),
            TableColumn(self.tr("Cards"), lambda r: count_text(r.cards_collected, loc), numeric=True),
            TableColumn(
                self.tr("Mutual"),
                lambda r: percent_text(r.mutual_rate, loc),
                numeric=True,
                tooltip=self.tr("Share of the exchanges recorded there where cards went both ways"),
            ),
            TableColumn(
                self.tr("Referrals in"),
                lambda r: referrals_text(r.value.received, code, loc),
                numeric=True,
                tooltip=self.tr("Business sent to you by people first met there, and what the won ones were worth"),
            ),
            TableColumn(
                self.tr("Referrals out"),
                lambda r: referrals_text(r.value.given, code, loc),
                numeric=True,
                tooltip=self.tr("Business you sent to people first met there"),
            ),
            TableColumn(
                self.tr("Value for cost"),
                lambda r: value_for_cost_text(r.value, loc),
                numeric=True,
                tooltip=self.tr("Business value received ÷ yearly cost: ×2 means it brought twice what it cost"),
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
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.RATE:
            line = self.row_at(index.row())  # what the rate rests on: "mutual 2 of 2 recorded, 12 not recorded"
            return recorded_text(line.value.exchanges) if line is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            line = self.row_at(index.row()) if index.isValid() else None
            if line is not None and line.network.archived:
                return muted_color(QGuiApplication.palette())
            return None
        return super().data(index, role)


def value_for_cost_text(value: NetworkValue, locale: QLocale | None = None) -> str:
    """ "×3.8" (business value ÷ yearly cost); "—" without a cost."""
    ratio = value.value_for_cost
    if ratio is None:
        return "—"
    return "×" + (locale or QLocale()).toString(ratio, "f", 1)
