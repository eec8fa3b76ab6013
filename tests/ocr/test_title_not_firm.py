"""A partnership's wordmark holds a title's word ("& Partner"): once the company restates it, it is no title
(title_not_firm), and the person's title is looked for again."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.title_not_firm import names_the_firm

from .line_cards import stacked_lines


def test_a_partnerships_wordmark_is_the_firm_not_the_title() -> None:
    lines = stacked_lines(
        [
            ("Brenner & Partner", 34),
            ("Dana Whitlow", 26),
            ("Sachbearbeiter Logistik", 18),
            ("dana@brenner.ch", 16),
            ("Brenner & Partner - Handelsregister Basel - CHE-123.456.789 MWST", 12),
        ]
    )
    fields = parse_lines(lines, "CH")
    assert fields.company is not None and fields.company.value == "Brenner & Partner"
    assert fields.title is not None and fields.title.value == "Sachbearbeiter Logistik"


def test_one_word_or_other_words_do_not_name_the_firm() -> None:
    assert names_the_firm("Brenner & Partner", "Brenner & Partner AG")
    assert not names_the_firm("Partner", "Partner Consulting GmbH")
    assert not names_the_firm("Managing Partner", "Brenner & Partner")
