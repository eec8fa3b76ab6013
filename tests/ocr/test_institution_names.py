"""Universities in their own languages' spellings name the organisation, the Scandinavian "<place>
universitet" in lower case too; a tagline ending in such a word stays none."""

from __future__ import annotations

import pytest

from cardbook.ocr.firm_evidence import company_score
from cardbook.ocr.parse_card import parse_text


@pytest.mark.parametrize(
    "name", ["Norrby universitet", "Uniwersytet Wrocławski", "Universität Halden", "Hogeschool Brakel"]
)
def test_a_university_in_its_own_language_is_an_organisation(name: str) -> None:
    assert company_score(name, [], 1.0) > 0
    card = f"{name}\nDr. Dana Whitlow\nAssociate Professor\ndana.whitlow@norvale.example\n+46 8 123 456 78"
    fields = parse_text(card, "SE")
    assert fields.company is not None and fields.company.value == name


@pytest.mark.parametrize("tagline", ["Your local bank", "The university"])
def test_a_tagline_ending_with_an_institution_is_none(tagline: str) -> None:
    assert company_score(tagline, [], 1.0) == 0
