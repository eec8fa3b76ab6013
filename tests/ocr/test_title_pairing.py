"""On a card of two people, the first person's title is the one beside their name that the other person's name
does not touch (title_pairing): above the name on title-first cards, below it on name-first ones."""

from __future__ import annotations

from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.title_evidence import title_score

from .line_cards import stacked_lines

FIRST_TITLE = "Office Manager"
SECOND_TITLE = "Managing Director"  # the better-scored title word: the second person's


def test_the_titles_differ_in_evidence() -> None:
    assert 0 < title_score(FIRST_TITLE) < title_score(SECOND_TITLE)


def test_on_a_title_first_card_the_title_above_the_first_name_is_its_own() -> None:
    lines = stacked_lines(
        [
            ("Norvale Systems GmbH", 34),
            (FIRST_TITLE, 16),
            ("Dana Whitlow", 26),
            (SECOND_TITLE, 16),
            ("Marta Olsen", 26),
            ("dana@norvale.de", 16),
            ("marta@norvale.de", 16),
        ]
    )
    fields = parse_lines(lines, "DE")
    assert fields.name is not None and fields.name.value == "Dana Whitlow"
    assert fields.title is not None and fields.title.value == FIRST_TITLE


def test_on_a_name_first_card_the_title_below_the_first_name_is_its_own() -> None:
    lines = stacked_lines(
        [
            ("Norvale Systems GmbH", 34),
            ("Dana Whitlow", 26),
            (FIRST_TITLE, 16),
            ("Marta Olsen", 26),
            (SECOND_TITLE, 16),
            ("dana@norvale.de", 16),
            ("marta@norvale.de", 16),
        ]
    )
    fields = parse_lines(lines, "DE")
    assert fields.name is not None and fields.name.value == "Dana Whitlow"
    assert fields.title is not None and fields.title.value == FIRST_TITLE
