"""Occupations no word list holds, recognised by the suffix that forms them (title_evidence.TITLE_SUFFIXES)."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_text
from cardbook.ocr.title_evidence import title_score


@pytest.mark.parametrize("title", ["Eletricista", "Fonoaudióloga", "Kinesiologist", "Pediatra", "Ortodontista"])
def test_a_name_over_an_occupation_outside_the_lexicon(title: str) -> None:
    fields = parse_text(f"Wendell Quaresma\n{title}\n(31) 99876-1234", "BR")
    assert fields.name is not None and fields.name.value == "Wendell Quaresma"
    assert fields.title is not None and fields.title.value == title
    assert fields.company is None


@pytest.mark.parametrize("text", ["Pizzaria Paulista", "Lindqvist", "Maria Batista", "Studio"])
def test_shops_surnames_and_names_sharing_the_suffix_are_no_titles(text: str) -> None:
    assert title_score(text) == 0.0
