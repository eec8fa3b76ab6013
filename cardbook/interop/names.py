"""Given and family names for formats that need them (vCard N, CSV first/last) when only a full name is known.

The rule is the domain's (cardbook/domain/person_names.py): the list's family-name sort and the files written
split a name the same way.
"""

from __future__ import annotations

from cardbook.domain.person_names import name_parts, split_name


def split_full_name(full_name: str) -> tuple[str, str]:
    """(given, family) from a printed name: "DUPONT Jean-François" -> ("Jean-François", "DUPONT"); a single word
    is taken as the given name (how address books show "Madonna")."""
    parts = split_name(full_name)
    return parts.given, parts.family


def structured_name(full_name: str, given: str | None, family: str | None) -> tuple[str, str]:
    """The (given, family) to write: the stored ones when the user has them, else derived from the full name."""
    parts = name_parts(full_name, given, family)
    return parts.given, parts.family
