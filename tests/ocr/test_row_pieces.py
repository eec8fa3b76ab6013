"""A title's row OCR read as two items side by side keeps its last words (row_pieces, title_lines)."""

from __future__ import annotations

from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box


def _card(second_piece_left: int) -> list[CardLine]:
    return [
        CardLine(0, "Norvale Systems S.L.", Box(40, 30, 420, 40), 34),
        CardLine(1, "Dana Whitlow", Box(40, 100, 260, 32), 28),
        CardLine(2, "Director Financiero", Box(40, 145, 250, 24), 20),
        CardLine(3, "Consejero", Box(40, 180, 125, 24), 20),
        CardLine(4, "Delegado", Box(second_piece_left, 180, 118, 25), 20),
        CardLine(5, "dana@norvale.es", Box(40, 215, 220, 24), 20),
    ]


def test_the_rows_second_piece_ends_the_title() -> None:
    fields = parse_lines(_card(second_piece_left=176), "ES")
    assert fields.title is not None and fields.title.value == "Director Financiero, Consejero Delegado"


def test_a_piece_far_to_the_right_is_another_columns() -> None:
    fields = parse_lines(_card(second_piece_left=600), "ES")
    assert fields.title is not None and "Delegado" not in fields.title.value
