"""Given and family names of a name read on a card, with the first names the reader knows.

The domain splits a name by the evidence it carries (domain/person_names.py: a comma, capitals, particles) and
otherwise takes its last word for the family name. A card that prints "Dupont Jean", family name first and
nothing in capitals, would then file Jean as the family name. The reader knows first names (names_data.py,
which only ocr/ may read): when a two-word name with no other evidence has a known first name last and an
unknown word first, the first word is the family name. A name whose both words are first names ("Martin
Pierre") stays with the domain's rule: nothing tells.
"""

from __future__ import annotations

from cardbook.domain.person_names import Evidence, NameParts, name_evidence, split_name
from cardbook.ocr.names_data import first_name_weight


def card_name_parts(full_name: str) -> NameParts | None:
    """(given, family) when the first names decide better than the last-word rule; None: the domain's split
    stands (storage fills the parts with it)."""
    if name_evidence(full_name) is not Evidence.LAST_WORD:
        return None
    parts = split_name(full_name)
    if " " in parts.given:  # three words or more: which one is the family name is anyone's guess
        return None
    if first_name_weight(parts.family) > 0 and first_name_weight(parts.given) == 0:
        return NameParts(parts.family, parts.given)
    return None
