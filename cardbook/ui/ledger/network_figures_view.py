"""What the network chosen on the Networks page brought over the period, figure by figure, each with what it
rests on: events attended, cards collected, the mutual rate with how many exchanges were not recorded, one-way
givers met, referrals received and given (count and value), business value against the yearly cost, the cost
per mutual contact and per referral, and the people met there who became prescribers.

A view: it is handed a NetworkFigures and the library's currency, and never reads (the naming rule in
cardbook/ui/__init__.py).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from cardbook.ui.common.formatting import count_text
from cardbook.ui.common.style import SPACING, make_muted
from cardbook.ui.ledger.event_detail_view import Figure
from cardbook.ui.ledger.networks_model import NetworkFigures, referrals_text, value_for_cost_text
from cardbook.ui.ledger.words import amount_text, percent_text, recorded_text

COLUMNS = 5


class NetworkFiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        self.heading = make_muted(QLabel(self))
        column.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        column.addLayout(grid)
        self.events = Figure(self.tr("events attended"), self)
        self.cards = Figure(self.tr("cards collected"), self)
        self.mutual = Figure(self.tr("mutual exchanges"), self)
        self.one_way = Figure(self.tr("one-way givers met"), self)
        self.prescribers = Figure(self.tr("met there, became referrers"), self)
        self.received = Figure(self.tr("referrals received"), self)
        self.given = Figure(self.tr("referrals given"), self)
        self.value = Figure(self.tr("business value"), self)
        self.per_mutual = Figure(self.tr("cost per mutual contact"), self)
        self.per_referral = Figure(self.tr("cost per referral"), self)
        self.figures = [
            self.events, self.cards, self.mutual, self.one_way, self.prescribers,
            self.received, self.given, self.value, self.per_mutual, self.per_referral,
        ]  # fmt: skip
        for i, figure in enumerate(self.figures):
            grid.addWidget(figure, i // COLUMNS, i % COLUMNS)
        self.show_figures(None, "", "")

    def show_figures(self, figures: NetworkFigures | None, currency: str, period: str) -> None:
        """`period`: in words ("last 12 months"); None shows dashes (no network chosen)."""
        if figures is None:
            self.heading.setText(self.tr("Choose a network to see what it brought."))
            for figure in self.figures:
                figure.set_value("—")
            return
        loc, v = QLocale(), figures.value
        self.heading.setText(
            self.tr("What “%1” brought, %2:").replace("%1", figures.network.name).replace("%2", period)
        )
        self.events.set_value(count_text(v.events_attended, loc))
        self.cards.set_value(count_text(v.cards_collected, loc))
        self.mutual.set_value(percent_text(v.mutual_rate, loc), recorded_text(v.exchanges))
        self.one_way.set_value(count_text(v.one_way_givers, loc))
        self.prescribers.set_value(count_text(v.prescribers, loc))
        self.received.set_value(referrals_text(v.received, currency, loc))
        self.given.set_value(referrals_text(v.given, currency, loc))
        cost = amount_text(v.yearly_cost, currency, loc)
        worth = amount_text(v.business_value, currency, loc)
        if v.yearly_cost is None:
            against = self.tr("business value (no yearly cost noted)")
        else:
            against = (
                self.tr("business value, for %1 a year (%2)")
                .replace("%1", cost)
                .replace("%2", value_for_cost_text(v, loc))
            )
        self.value.set_value(worth, against)
        self.per_mutual.set_value(amount_text(v.cost_per_mutual_contact, currency, loc))
        self.per_referral.set_value(amount_text(v.cost_per_referral, currency, loc))
