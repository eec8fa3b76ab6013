"""Address lines that name a block, a lot, a road's kilometre, a unit or a district instead of a house on a street:
how Brazilian planned cities and roadside businesses and US mailboxes print them.

``address_lines.flags_for`` knows a street by its street word and its number. Brazil's planned cities (Goiânia,
Brasília, Palmas) number blocks and lots ("Qd. 12 Lt. 3", "Quadra 104 Sul, Lote 5"), a business on a road gives
its kilometre ("Rodovia BR-153, Km 12"), a place without a number prints "s/n" (sem número); a district is a
"Setor", "Residencial", "Distrito Industrial" as often as a "Bairro"; a US card's unit stands alone on its line
("# 406"). No line of these said "address" to the flags: the block lost them, or the name or the firm took them.

No maintained list of these words ships offline (libpostal, which has them, is not installable here; Google's
address data names the parts of an address, not their words), so they are short lists, per language, of the
words the two countries' postal conventions use, written from those conventions (Correios' and USPS's), not from
any card.
"""

from __future__ import annotations

import re

from cardbook.ocr.postcodes import STATE_ZIP, us_postal_state

# Block, lot, house, shed, stall and road kilometre before their number ("Qd. 12", "Lt 3", "Quadra 104", "Km 12",
# "Galpão 2"): a building line of a Brazilian address. The number is needed: "Casa Verde" is a shop.
_BR_UNIT = re.compile(
    r"\b(?:qd|quadra|lt|lote|casa|galp[aã]o|box|ch[aá]cara|km|gleba|m[oó]dulo)\.?\s*(?:n[º°.]?\s*)?\d+[a-z]?\b",
    re.IGNORECASE,
)
# "s/n", "S/N", "s/nº": sem número, a street's number where it has none ("Rua Bahia, s/n").
_NO_NUMBER = re.compile(r"(?:^|[\s,\-–])s\s?/\s?n[º°]?(?=$|[\s,\-–.])", re.IGNORECASE)
# A district's opening word ("Setor Bueno", "Residencial Aldeia do Vale", "Distrito Industrial", "Zona Rural",
# "Parque São Jorge", "Vila Nova"), then a capitalised word: the district line between the street and the town.
_BR_DISTRICT = re.compile(
    r"^\s*(?:bairro|jd\.?|jardim|setor|residencial|distrito|zona|parque|loteamento|conjunto|conj\.|n[uú]cleo|"
    r"vila|ch[aá]caras)\s+(?:d[aeo]s?\s+)?[A-ZÀ-Þ]",
    re.IGNORECASE,
)
# A district line holds at most this many words: a longer line opening so is a firm or a sentence ("Parque
# Aquático Águas Quentes e Hotel"). Chosen, not tuned: the districts Correios lists have up to five.
MAX_DISTRICT_WORDS = 5
# A unit alone on its line after the US number sign ("# 406", "#12B"): the street line's unit printed under it.
_UNIT_NUMBER_ALONE = re.compile(r"^\s*#\s?\d{1,5}[A-Za-z]?\s*$")


def unit_line(text: str) -> bool:
    """A block, lot, unit or road kilometre with its number, or a street "s/n": part of an address."""
    return bool(_BR_UNIT.search(text) or _NO_NUMBER.search(text) or _UNIT_NUMBER_ALONE.match(text))


def district_line(text: str) -> bool:
    """A Brazilian district named by its kind ("Setor Bueno", "Distrito Industrial"), short, no digits."""
    return (
        bool(_BR_DISTRICT.match(text))
        and len(text.split()) <= MAX_DISTRICT_WORDS
        and not any(ch.isdigit() or ch == "@" for ch in text)
    )


# A US house number opening a line ("19842 N Central Expy, PMB 690"): five digits and words read as a French
# postcode and its town, so the street over a "City, ST 12345" line looked like a second address's postal line.
_HOUSE_NUMBER = re.compile(r"^\s*\d{1,5}\s+\w")


def us_house_over_state(upper: str, seed: str) -> bool:
    """``upper`` opens with a house number and holds no state and ZIP of its own, right over ``seed``, a US
    town with its state and ZIP: the street of that address, not another address's postcode and town."""
    state = STATE_ZIP.search(seed)
    return (
        state is not None
        and us_postal_state(state.group(1))
        and bool(_HOUSE_NUMBER.match(upper))
        and STATE_ZIP.search(upper) is None
    )
