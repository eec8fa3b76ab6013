"""Country names for the window: the preferences' list of countries and "Numbers read as Brazil (+55)".

Names come from pycountry (ISO 3166-1), translated with its own gettext catalogues into the language the
interface speaks (``QLocale()``, set from the UI language at start), so no country name is kept in Cardbook's
translation files. Only countries whose phone numbers can be read (phonenumbers' regions) are offered.
"""

from __future__ import annotations

import gettext
from functools import cache

import phonenumbers
import pycountry
from PySide6.QtCore import QCollator, QLocale


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _language() -> str:
    return QLocale().name().split("_")[0] or "en"


def country_name(code: str) -> str:
    """The country's common name in the interface's language ("Brésil"), else the code itself."""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code.upper()
    english = getattr(country, "common_name", None) or country.name
    translated = _catalogue(_language()).gettext(english)
    if translated == english and english != country.name:  # catalogues translate the official short name
        translated = _catalogue(_language()).gettext(country.name)
    return translated


def calling_code(code: str) -> int:
    """+55 for "BR" (0 when phonenumbers knows no plan for it)."""
    return phonenumbers.country_code_for_region(code.upper())


def phone_countries() -> list[tuple[str, str]]:
    """(code, name) of every country whose numbers can be read, sorted by name as the user's language sorts."""
    collator = QCollator(QLocale())
    known = (code for code in phonenumbers.SUPPORTED_REGIONS if pycountry.countries.get(alpha_2=code) is not None)
    found = [(code, country_name(code)) for code in known]
    return sorted(found, key=lambda item: collator.sortKey(item[1]))
