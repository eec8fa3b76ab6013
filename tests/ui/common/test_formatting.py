"""Dates, numbers and the exchange's words, in the user's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter
from cardbook.ui.common import labels
from cardbook.ui.common.formatting import count_text, day_month, medium_date, money_text, short_date

DAY = dt.date(2024, 11, 12)
FR, US = QLocale("fr_FR"), QLocale("en_US")


def test_dates_follow_the_locale() -> None:
    assert short_date(DAY, FR) == "12/11/2024"
    assert short_date(DAY, US) == "11/12/24"
    assert short_date(DAY, QLocale.c()) == "2024-11-12"  # the C locale's own form is three bare numbers
    assert medium_date(DAY, FR) == "12 nov. 2024"
    assert medium_date(DAY, US) == "Nov 12, 2024"
    assert day_month(DAY, FR) == "12 nov."
    assert short_date(None) == medium_date(None) == ""


def test_numbers_and_money_follow_the_locale() -> None:
    assert count_text(1284, FR) == "1\u202f284"
    assert money_text(1200, FR) == "1\u202f200\xa0€"
    assert money_text(99.5, US) == "$99.50"


def test_reciprocity_is_a_symbol_and_a_word(qapp) -> None:  # type: ignore[no-untyped-def]
    assert [labels.reciprocity_text(r) for r in Reciprocity] == [
        "⇄ mutual",
        "→ they offered",
        "← I offered",
        "? unknown",
        "∅ no cards this time",  # an encounter's only: a contact's never is (docs/MEETINGS.md)
    ]
    encounter = Encounter(offered_by=OfferedBy.ME, reciprocated=Reciprocated.NO)
    assert labels.encounter_exchange_details(encounter) == "you offered first · they did not give theirs"
    assert labels.contact_count(1) == "1 contact"
