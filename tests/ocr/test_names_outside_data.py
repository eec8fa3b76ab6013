"""People whose names the first-name data does not hold, or holds in another order: the family name
printed first ("Tanaka Hiroshi"), and a firm named after its owner ("Nascimento Reformas" under the
owner's name), made up from the generated layouts' pools (tests/ocr/layout_set.py)."""

from __future__ import annotations

import itertools

from cardbook.ocr.lexicon import fold
from cardbook.ocr.names_data import first_name_weight, gender_guesser_names, is_first_name
from cardbook.ocr.parse_card import parse_text

from .layout_set import FIRST, LAST, TRADES

# First names the shipped names data does not hold (weight 0 in names_data: checked below).
OUTSIDE_THE_DATA = ["Gilvan", "Wanderley", "Cleiton", "Dayane", "Hrithik", "Lucimar"]


def test_the_names_said_to_be_outside_the_data_are() -> None:
    assert [name for name in OUTSIDE_THE_DATA if first_name_weight(name) > 0] == []


def test_first_names_only_faker_lists_count_and_their_particles_do_not() -> None:
    """Given names common in Brazil today that the 2008 data file lacks, whole and as parts of a compound."""
    only_faker = ["Thiago", "Matheus", "Murilo", "Luiz"]
    assert [name for name in only_faker if fold(name) in gender_guesser_names()] == []
    assert all(is_first_name(name) for name in only_faker)
    assert is_first_name("João Pedro") and is_first_name("joao-pedro")
    assert not is_first_name("das") and not is_first_name("dos")


def test_a_name_only_faker_lists_leads_a_two_word_line_as_a_person() -> None:
    fields = parse_text("Thiago Medeiros\nConsertos e Reformas\n(81) 3325-4410", "BR")
    assert fields.name is not None and fields.name.value == "Thiago Medeiros"


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
