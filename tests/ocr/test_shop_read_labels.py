"""Titles and addresses of print-shop cards as OCR reads them on phone photos (issue 10, SHOPREAD): a dash
OCR read with one of its spaces between the name and the title, a craft's rank cut from its trade, and the
address shapes of Brazilian planned cities and US mailboxes (``tests/ocr/shop_address_data.py``)."""

from __future__ import annotations

import pytest

from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.shared_line import split_name_title

from .line_cards import stacked_lines


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Gilvan Rodrigues Cavalcanti- Técnico Responsável", "Gilvan Rodrigues Cavalcanti", "Técnico Responsável"),
        ("Maria Silva -Proprietária", "Maria Silva", "Proprietária"),
        ("Dave Carter- Owner", "Dave Carter", "Owner"),
    ],
)
def test_a_dash_read_with_one_space_still_parts_the_name_and_the_title(line: str, name: str, title: str) -> None:
    assert split_name_title(line) == (name, title)


@pytest.mark.parametrize("line", ["Ana Lima- Souza", "Jean -Marc Dupont"])
def test_a_name_with_a_half_spaced_dash_stays_whole(line: str) -> None:
    assert split_name_title(line) is None


@pytest.mark.parametrize(
    ("rank", "trade"), [("Master", "Plumber"), ("Master", "Electrician"), ("Journeyman", "Electrician")]
)
def test_a_crafts_rank_cut_from_its_trade_joins_it(rank: str, trade: str) -> None:
    rows = [("Harbor Pipe Works", 60), ("Dave Carter", 40), (rank, 26), (trade, 26)]
    rows += [("455 Elm Street", 24), ("Springfield, IL 62704", 24), ("(217) 555-0145", 24)]
    fields = parse_lines(stacked_lines(rows), "US")
    assert fields.name is not None and fields.name.value == "Dave Carter"
    assert fields.title is not None and fields.title.value == f"{rank} {trade}"
