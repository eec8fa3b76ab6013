"""A name read on a card split with the first names the reader knows, where the name itself says nothing
(ocr/card_name_parts.py), and the scanned contact carrying those parts."""

from __future__ import annotations

import pytest

from cardbook.app.scanned_card import contact_from_fields
from cardbook.domain.person_names import NameParts
from cardbook.ocr.card_name_parts import card_name_parts
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.parse_card import parse_text


@pytest.fixture(autouse=True)
def _names_data() -> None:
    assert first_name_weight("Jean") > 0, "the first-name data (gender_guesser) is installed by the bootstrap"


@pytest.mark.parametrize(
    ("printed", "parts"),
    [
        ("Dupont Jean", NameParts("Jean", "Dupont")),  # family first, no capitals: Jean is the known first name
        ("Lefebvre Marie", NameParts("Marie", "Lefebvre")),
        ("Tanaka Hiroshi", NameParts("Hiroshi", "Tanaka")),
        ("Jean Dupont", None),  # the domain's last word is right
        ("Martin Pierre", None),  # both are first names: nothing tells, the domain's rule stands
        ("DUPONT Jean", None),  # capitals decide in the domain
        ("Ana da Silva", None),  # so do particles
        ("Dupont, Jean", None),  # and the comma
        ("Dupont Jean Marc", None),  # three words: not guessed
        ("Madonna", None),
        ("", None),
    ],
)
def test_first_names_decide_only_a_name_without_evidence(printed: str, parts: NameParts | None) -> None:
    assert card_name_parts(printed) == parts


def test_a_scanned_card_carries_the_parts_the_reader_decided() -> None:
    card = "{}\nMenuisier\nAtelier Bois & Co\n02 99 12 34 56\njean@atelier-bois.fr"
    fields = parse_text(card.format("Dupont Jean"), "FR")
    assert fields.name is not None and fields.name.value == "Dupont Jean"
    contact = contact_from_fields(fields)
    assert (contact.given_name, contact.family_name) == ("Jean", "Dupont")
    other = contact_from_fields(parse_text(card.format("Jean DUPONT"), "FR"))
    assert other.full_name == "Jean DUPONT" and (other.given_name, other.family_name) == (None, None)  # storage fills
