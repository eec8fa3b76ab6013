"""The pages beside the contacts page: events, networks, and the honest placeholder for the reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbook.ui.empty_state import EmptyState
from cardbook.ui.events_model import EventsTableModel
from cardbook.ui.icons import Icon
from cardbook.ui.networks_model import NetworksTableModel
from cardbook.ui.table_page import TablePage


def _t(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def events_page(model: EventsTableModel) -> TablePage:
    return TablePage(
        _t("Events"),
        _t("Where cards changed hands. Double-click an event to see the people you met there."),
        model,
        _t("No events yet"),
        _t("Events are created when you import the cards collected at one."),
        symbol=Icon.EVENTS,
    )


def networks_page(model: NetworksTableModel) -> TablePage:
    return TablePage(
        _t("Networks"),
        _t("The clubs, chambers and associations you belong to. Double-click one to see the people met through it."),
        model,
        _t("No networks yet"),
        _t("Add the clubs and associations you belong to, to see what each one brings you."),
        symbol=Icon.NETWORKS,
        stretch_column=0,
    )


def reports_page() -> EmptyState:
    return EmptyState(
        _t("Reports are on their way"),
        _t(
            "Here you will see what each event brought (cards, mutual exchanges, people met again) and what each "
            "network is worth against its yearly cost: referrals, repeat contacts, reciprocity."
        ),
        symbol=Icon.REPORTS,
    )
