"""The line under a contact's phones that says which country their national numbers are read in, and why.

The review page and the contact pane both check phones in the card's own country (``CardRegion``, decided by
the reader from the card's postcodes, domains, prefixes…) and else in the user's default country, so a number
gets the same verdict in both; this caption makes that choice visible ("Numbers read as Brazil (+55): CEP
01310-100, .com.br") so a wrong guess can be noticed rather than silently producing wrong E.164 numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cardbook.domain.scanned import CardRegion
from cardbook.ui.common.countries import calling_code, country_name

MAX_CLUES = 3  # the strongest few: the caption is one line under the phones, not a report
_WEAK_KINDS = {"numbers valid there"}  # a consequence of the country rather than a clue a user can see


def _clue_words(kind: str, seen: str) -> str:
    if kind == "language":
        language = QLocale(seen).nativeLanguageName() or seen
        return QCoreApplication.translate("PhoneRegion", "words in %1").replace("%1", language)
    if kind == "street word":
        return f"“{seen}”"
    return seen


def region_phrase(code: str) -> str:
    """ "Brazil (+55)" in the interface's language."""
    plus = calling_code(code)
    return f"{country_name(code)} (+{plus})" if plus else country_name(code)


def region_note(card: CardRegion | None, default: str) -> tuple[str, str]:
    """The region to read the phones in, and the caption saying why (card's clues, or the default country)."""
    if card is not None and card.from_card:
        strong = [c for c in card.clues if c[0] not in _WEAK_KINDS] or list(card.clues)
        clues = ", ".join(_clue_words(kind, seen) for kind, seen in strong[:MAX_CLUES])
        text = QCoreApplication.translate("PhoneRegion", "Numbers read as %1, as the card shows: %2.")
        return card.code, text.replace("%1", region_phrase(card.code)).replace("%2", clues)
    code = default  # the card named no country: the user's current choice, not the one at reading time
    if card is not None:
        text = QCoreApplication.translate("PhoneRegion", "Numbers read as %1, your country: the card shows none.")
    else:
        text = QCoreApplication.translate("PhoneRegion", "Numbers read as %1, your country.")
    return code, text.replace("%1", region_phrase(code))
