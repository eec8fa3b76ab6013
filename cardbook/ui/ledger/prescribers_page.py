"""The Prescribers page ("Referrers" in English, *prescripteurs* in French): per person, the business they sent
me and the business I sent them — how many referrals, how many won, what the won ones were worth (in the
library's currency) — and the introductions I made for them. Those who sent the most won business first: the seed
post's *prescripteurs*, who make a network worth its cost. Enter opens the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from cardbook.storage import settings
from cardbook.storage.ledger import referrals
from cardbook.storage.ledger.referrals import ReferralBalance
from cardbook.storage.library import Library
from cardbook.ui.common.formatting import count_text
from cardbook.ui.common.row_table_model import RowTableModel, TableColumn
from cardbook.ui.ledger.list_page import ListPage
from cardbook.ui.ledger.widgets import make_action
from cardbook.ui.ledger.words import amount_text


@dataclass(frozen=True, slots=True)
class Prescribers:
    lines: list[ReferralBalance]
    currency: str


def read_prescribers(library: Library) -> Prescribers:
    return Prescribers(referrals.referral_balances(library), settings.currency(library))


class PrescribersModel(RowTableModel[ReferralBalance]):
    NAME, COMPANY, RECEIVED, RECEIVED_VALUE, GIVEN, GIVEN_VALUE, INTRODUCED = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = settings.DEFAULT_CURRENCY

    def columns(self) -> list[TableColumn[ReferralBalance]]:
        loc, code = QLocale(), self.currency

        def won(count: int, won: int) -> str:
            text = count_text(count, loc)
            return self.tr("%1 (%2 won)").replace("%1", text).replace("%2", count_text(won, loc)) if won else text

        return [
            TableColumn(self.tr("Name"), lambda b: b.name),
            TableColumn(self.tr("Company"), lambda b: b.company or ""),
            TableColumn(
                self.tr("Received"),
                lambda b: won(b.received, b.received_won),
                numeric=True,
                tooltip=self.tr("Referrals: business this person sent you"),
            ),
            TableColumn(self.tr("Value received"), lambda b: amount_text(b.received_value, code, loc), numeric=True),
            TableColumn(
                self.tr("Given"),
                lambda b: won(b.given, b.given_won),
                numeric=True,
                tooltip=self.tr("Referrals: business you sent this person"),
            ),
            TableColumn(self.tr("Value given"), lambda b: amount_text(b.given_value, code, loc), numeric=True),
            TableColumn(
                self.tr("Introductions"),
                lambda b: count_text(b.introduced, loc),
                numeric=True,
                tooltip=self.tr("Introductions you made between this person and another contact"),
            ),
        ]


class PrescribersPage(ListPage):
    PAGE = "prescribers"
    STRETCH_COLUMN = PrescribersModel.COMPANY  # the counts and values stay side by side, not spread apart

    def make_model(self) -> PrescribersModel:
        return PrescribersModel(self)

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Referrers"),
            self.tr(
                "The people who send you business, and those you send business to: what a network is worth comes "
                "from them. Enter opens the person."
            ),
            self.tr("Loading the referrers…"),
            self.tr("Could not read the referrers: %1"),
        )

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No referral yet"),
            self.tr(
                "When someone sends you business, or you send them some, note it on their page (Add referral…): "
                "they show here with what it was worth."
            ),
        )

    def page_actions(self) -> list[QAction]:
        self.open_action = make_action(self, self.tr("&Open contact"), shortcut="Ctrl+O", slot=self.activate)
        return [self.open_action]

    @staticmethod
    def read(library: Library) -> Prescribers:
        return read_prescribers(library)

    def show_rows(self, data: Prescribers) -> None:
        model = self.model
        assert isinstance(model, PrescribersModel)
        model.currency = data.currency
        model.set_rows(data.lines)

    def activate(self) -> None:
        line = self.current_row()
        if isinstance(line, ReferralBalance):
            self.services.show_view(f"contact:{line.contact_id}")

    def update_actions(self) -> None:
        self.open_action.setEnabled(self.current_row() is not None)
