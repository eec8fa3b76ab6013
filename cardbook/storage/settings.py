"""Library settings that are not the user's card: the currency amounts are shown in (€ unless set).

Why in the library rather than the window's preferences: a network's yearly cost and a referral's value were
typed in that currency; the command line, the window and the reports must all read them the same way.
"""

from __future__ import annotations

from cardbook.storage.contacts import ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import SettingRow

CURRENCY_KEY = "currency"
DEFAULT_CURRENCY = "EUR"


def get_setting(library: Library, key: str, default: str | None = None) -> str | None:
    with library.session() as session:
        row = session.get(SettingRow, key)
        return row.value if row is not None else default


def set_setting(library: Library, key: str, value: str) -> None:
    with library.writing() as session:
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value


def currency(library: Library) -> str:
    """The library's currency as an ISO 4217 code (EUR by default)."""
    return get_setting(library, CURRENCY_KEY) or DEFAULT_CURRENCY


def set_currency(library: Library, code: str) -> str:
    clean = code.strip().upper()
    if len(clean) != 3 or not clean.isalpha():
        raise ValidationError(f"invalid currency '{code}' (a three-letter code such as EUR, USD, CHF)")
    set_setting(library, CURRENCY_KEY, clean)
    return clean
