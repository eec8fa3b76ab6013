"""A firm's block never takes a line of another column (block_layout.in_another_column): the split card's
left panel names the firm, the right column's first line beside it is the person's, not the firm's."""

from __future__ import annotations

from cardbook.ocr.block_layout import in_another_column
from cardbook.ocr.fields import CardLine
from cardbook.ocr.parse_card import parse_lines
from cardbook.ocr.types import Box

LETTER = 24  # the body's letter height in pixels


def _line(index: int, text: str, left: int, top: int, height: float = LETTER) -> CardLine:
    return CardLine(index, text, Box(left, top, int(0.55 * height * len(text)), int(height * 1.2)), height)


def _split_card(firm: str, role: str) -> list[CardLine]:
    """A two-panel card: the firm's name in large type on the left, beside the right column's second line
    (``role``, a little higher), one letter apart; the person's block and contacts down the right column."""
    right = 420
    return [
        _line(0, "Dana Whitlow", right, 60, 34),
        _line(1, role, right, 110, 28),
        _line(2, firm, 60, 110, 34),
        _line(3, "Mob. +358 40 123 4567", right, 160),
        _line(4, "dana@norvale.fi", right, 200),
        _line(5, "norvale.fi", right, 240),
    ]


def test_the_right_columns_line_beside_the_firms_name_is_no_part_of_it() -> None:
    # Words no list holds, in type close to the firm's line: only the layout tells them apart.
    fields = parse_lines(_split_card("Norvale Akademie", "Kvantor Lomavesti Ossa"), "FI")
    assert fields.company is not None and fields.company.value == "Norvale Akademie"


def test_a_line_starting_a_column_with_nothing_of_the_block_aligned_is_in_another_column() -> None:
    lines = _split_card("Norvale Akademie", "Kvantor Lomavesti Ossa")
    assert in_another_column(lines[1], [lines[2]], lines)
    assert not in_another_column(lines[3], [lines[1]], lines)  # aligned with the block's line: same column


def test_a_centred_name_on_two_lines_keeps_its_second_line() -> None:
    """A centred firm's second line is aligned with the first by its centre, whatever lines share its left edge."""
    first = CardLine(0, "BLUE HARBOR", Box(300, 40, 240, 40), 36)
    second = CardLine(1, "SEAFOOD GRILL", Box(290, 90, 260, 40), 36)
    below = [CardLine(2 + i, text, Box(290, 150 + 40 * i, 200, 28), LETTER) for i, text in enumerate(("a", "b"))]
    assert not in_another_column(second, [first], [first, second, *below])
