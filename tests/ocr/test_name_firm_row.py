"""A person's name and the firm's name read as one row, the firm's words spelling the card's domain
(name_firm_row, parse_columns)."""

from __future__ import annotations

from cardbook.ocr.name_firm_row import card_labels, firm_cut
from cardbook.ocr.parse_card import parse_lines

from .line_cards import stacked_lines


def test_the_row_is_cut_where_the_domains_words_start() -> None:
    lines = stacked_lines(
        [
            ("Dana von der Whitlow Norvale Systems", 22),
            ("Account Director", 18),
            ("dana@norvale-systems.com", 16),
            ("www.norvalesystems.com", 16),
        ]
    )
    fields = parse_lines(lines, "US")
    assert fields.name is not None and fields.name.value == "Dana von der Whitlow"
    assert fields.company is not None and fields.company.value == "Norvale Systems"


def test_no_cut_without_a_known_name_before_or_with_the_domain_in_part() -> None:
    labels = card_labels(stacked_lines([("info@norvalesystems.com", 16)]))
    assert labels == {"norvalesystems"}
    assert firm_cut("Dana Whitlow Norvale Systems", labels) == len("Dana Whitlow ")
    assert firm_cut("Premium Quality Norvale Systems", labels) is None  # no person before the firm
    assert firm_cut("Dana Whitlow Systems", labels) is None  # the domain spelled in part only
    town = card_labels(stacked_lines([("www.brossac.fr", 16)]))
    assert firm_cut("Ville de Brossac", town) is None  # a joining word ends no name: the firm's own words
