"""People whose names the first-name data does not hold, or holds in another order: the family name
printed first ("Tanaka Hiroshi"), and a firm named after its owner ("Nascimento Reformas" under the
owner's name), made up from the generated layouts' pools (tests/ocr/layout_set.py)."""

from __future__ import annotations

import itertools

from cardbook.ocr.parse_card import parse_text

from .layout_set import FIRST, LAST, TRADES

# First names the shipped names data does not hold (weight 0 in names_data).
OUTSIDE_THE_DATA = ["Thiago", "Wanderley", "Cleiton", "Dayane", "Siddharth", "Lucimar"]


def test_family_name_first_in_title_case() -> None:
    fields = parse_text("Tanaka Hiroshi\nSasaki Design Office\n03-1234-5678", "JP")
    assert fields.name is not None and fields.name.value == "Tanaka Hiroshi"
    assert fields.company is not None and fields.company.value == "Sasaki Design Office"


def test_a_wordmark_in_capitals_ending_with_a_short_name_is_no_person() -> None:
    fields = parse_text("BRIGHT ORCHARD ANA\n12 Alder Street\nSalem, MA 01970\n(978) 555-0142", "US")
    assert fields.name is None


def test_firm_named_after_its_owner_under_the_owners_name() -> None:
    """First names of the pools and outside the names data, family names and trades of each language,
    in both orders of lines: 423 of 1296 right before the family-name rule."""
    wrong = []
    cards = 0
    for lang in FIRST:
        firsts = FIRST[lang][:3] + OUTSIDE_THE_DATA
        for first, last, trade in itertools.product(firsts, LAST[lang][:4], TRADES[lang][:3]):
            person, firm = f"{first} {last}", f"{last} {trade}"
            for lines in ((person, firm), (firm, person)):
                cards += 1
                fields = parse_text("\n".join((*lines, "Tel. 555 201 3344")), "US")
                got = (fields.name.value if fields.name else None, fields.company.value if fields.company else None)
                if got != (person, firm):
                    wrong.append((lines, got))
    assert not wrong, (len(wrong), cards, wrong[:10])
