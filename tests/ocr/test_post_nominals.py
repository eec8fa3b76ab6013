"""A credential in mixed case after the name's comma ("ChFC", "MArch") keeps the line a name."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.parse_people import name_score


@pytest.mark.parametrize("printed", ["Dana Whitlow, ChFC", "Dana Whitlow, MArch", "Dana Whitlow, BEng, CPA"])
def test_a_mixed_case_credential_after_the_comma_is_part_of_the_name(printed: str) -> None:
    card = f"NORVALE INSURANCE AGENCY\n{printed}\nAccount Executive\n(415) 555-0155\ndana@norvale.com"
    fields = parse_text(card, "US")
    assert fields.name is not None and fields.name.value == printed


@pytest.mark.parametrize("text", ["Dana ChFC Whitlow", "ChFC, Dana Whitlow", "Dana Whitlow, Chief"])
def test_only_an_abbreviation_after_the_comma_counts(text: str) -> None:
    assert name_score(text, []) == 0.0
