"""The library's default region: the country of phone numbers on cards (and in contact files) that name none.

Chosen in the window's preferences and used by the window's imports and, when a library is opened, by the
command line's ``--region`` default. Until the user chooses, it is the system locale's country
(``cardbook.ocr.region.default_region``), so a new library behaves as the CLI without a library does.
"""

from __future__ import annotations

import phonenumbers

from cardbook.domain.scanned import CardRegion
from cardbook.ocr.region import default_region
from cardbook.storage.contacts.cards import card_region_of
from cardbook.storage.library import Library
from cardbook.storage.settings import DEFAULT_REGION_KEY, get_setting, set_setting


def is_region(code: str) -> bool:
    """A country phonenumbers knows (ISO 3166-1 alpha-2, upper case)."""
    return code in phonenumbers.SUPPORTED_REGIONS


def get_default_region(library: Library) -> str:
    stored = (get_setting(library, DEFAULT_REGION_KEY) or "").strip().upper()
    return stored if is_region(stored) else default_region()


def set_default_region(library: Library, code: str) -> str:
    """Store ``code`` (any case); ValueError for a code that is no country phone numbers can be read in."""
    value = code.strip().upper()
    if not is_region(value):
        raise ValueError(f"not a country code: {code!r}")
    set_setting(library, DEFAULT_REGION_KEY, value)
    return value


def phone_region_of(library: Library, contact_id: int | None) -> tuple[CardRegion | None, str]:
    """What a contact's phone numbers are read in when edited: the region of their newest card that has one
    (as the review used), and the library's default region for when none has (or for a new contact)."""
    card = card_region_of(library, contact_id) if contact_id is not None else None
    return card, get_default_region(library)
