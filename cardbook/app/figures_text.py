"""Amounts with their currency and rates with what was not recorded, in the user's language — the two ways a
figure of the exchange can mislead when shown bare.

- An amount always carries the library's currency (storage/settings.currency, € by default): "1 200 €" in
  French, "€1,200" in English. A bare "1,200" on a network's cost says nothing to a user abroad.
- A mutual rate always says how many encounters it rests on: "mutual 2 of 2 recorded, 12 not recorded" —
  never a bare "100 %" (or the "0 %" an untagged batch used to show).
"""

from __future__ import annotations

from cardbook.domain.reports import ExchangeCounts

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "CAD": "CA$", "XOF": "FCFA", "MAD": "MAD"}
_PREFIXED_IN_ENGLISH = {"USD", "GBP", "EUR", "JPY", "CAD"}


def number_text(value: float | None, lang: str, decimals: int = 0) -> str:
    """1,234.50 in English, 1 234,50 in French (a narrow no-break space groups thousands); "—" when unknown."""
    if value is None:
        return "—"
    if decimals == 0 and value != round(value):
        decimals = 2
    text = f"{value:,.{decimals}f}"
    if lang.startswith("fr"):
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def money_text(value: float | None, lang: str, currency: str = "EUR", decimals: int = 0) -> str:
    """1 200 € in French, €1,200 in English (CHF 1,200 for a code without a prefixed symbol); "—" when unknown.
    `decimals` only when the amount has cents: a whole amount shows none, as the window shows it
    (ui/common/formatting.money_text) — "€600.00" in a report beside "€600" on screen read as two figures."""
    if value is None:
        return "—"
    if float(value).is_integer():
        decimals = 0
    code = currency.upper()
    symbol = SYMBOLS.get(code, code)
    number = number_text(value, lang, decimals)
    if lang.startswith("fr"):
        return f"{number}\u00a0{symbol}"
    if code in _PREFIXED_IN_ENGLISH:
        return f"{symbol}{number}"
    return f"{symbol}\u00a0{number}"


def recorded_text(counts: ExchangeCounts, lang: str) -> str:
    """ "mutual 2 of 2 recorded, 12 not recorded" / "mutuels : 2 sur 2 notés, 12 non notés"; meetings without
    cards (out of the rate: docs/MEETINGS.md) are said last, "3 without cards" / "3 sans cartes"."""
    if lang.startswith("fr"):
        text = f"mutuels : {counts.mutual} sur {counts.recorded} notés"
        text += f", {counts.unrecorded} non notés" if counts.unrecorded else ""
        return text + (f", {counts.no_cards} sans cartes" if counts.no_cards else "")
    text = f"mutual {counts.mutual} of {counts.recorded} recorded"
    text += f", {counts.unrecorded} not recorded" if counts.unrecorded else ""
    return text + (f", {counts.no_cards} without cards" if counts.no_cards else "")


def rate_text(counts: ExchangeCounts, lang: str) -> str:
    """The rate with what it rests on: "100% (mutual 2 of 2 recorded, 12 not recorded)"; "—" with nothing
    recorded, followed by how many were not."""
    if counts.recorded == 0:
        fr = lang.startswith("fr")
        said = []
        if counts.unrecorded:
            said.append(f"{counts.unrecorded} non notés" if fr else f"{counts.unrecorded} not recorded")
        if counts.no_cards:
            said.append(f"{counts.no_cards} sans cartes" if fr else f"{counts.no_cards} without cards")
        return f"— ({', '.join(said)})" if said else "—"
    rate = round(100 * counts.mutual / counts.recorded)
    percent = f"{rate}\u202f%" if lang.startswith("fr") else f"{rate}%"
    return f"{percent} ({recorded_text(counts, lang)})"
