"""Small per-library settings kept in the ``settings`` table as text (the user's own card lives there too, in
storage/contacts/interchange.py): the country of phone numbers on cards that name none, and the currency amounts are
shown in (€ unless set).

Why in the library rather than the window's preferences: they belong to the library, not to the machine. A
library moved to another computer keeps its country; a network's yearly cost and a referral's value were typed
in that currency, and the command line, the window and the reports must all read them the same way.
"""

from __future__ import annotations

from cardbook.storage.errors import ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import SettingRow

DEFAULT_REGION_KEY = "default_region"
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
