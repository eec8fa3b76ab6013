"""A crop that cut through the card's print: most lines read up to one of its sides (``cut_print``)."""

from __future__ import annotations

from cardbook.ocr.cut_print import MIN_CUT_LINES, cut_through_print
from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.types import Box

_WIDTH = 600


def _page(lefts: list[int], texts: list[str]) -> OcrPage:
    """One word a line, 12 px a letter and 24 px high, starting at ``lefts``."""
    words = [
        OcrWord(text, 0.95, Box(left, 30 + 50 * number, min(12 * len(text), _WIDTH - left), 24), (number,))
        for number, (left, text) in enumerate(zip(lefts, texts, strict=True))
    ]
    return OcrPage(tuple(words), _WIDTH, 400, "rapidocr")


# Made-up lines of a card, their starts cut off by a crop ("...ovations Marel", "...ne 44 12").
_CUT = ["ovationsMarel", "lieTorvand", "ne4412", "torvand@renov.fr", "ue des Aulnes"]


def test_lines_cut_at_the_left_side_mean_the_crop_cut_the_print() -> None:
    assert cut_through_print(_page([0, 1, 2, 40, 0], _CUT))


def test_a_whole_card_with_margins_or_one_line_to_the_edge_is_not_cut() -> None:
    assert not cut_through_print(_page([40, 40, 60, 40, 40], _CUT))
    assert not cut_through_print(_page([0, 40, 60, 40, 40], _CUT))  # a band's firm printed to the edge
    # Lines reaching the right side count as well as the left.
    right = [_WIDTH - 12 * len(text) for text in _CUT]
    assert cut_through_print(_page(right, _CUT))
    # Too few lines to tell a cut from a layout.
    assert not cut_through_print(_page([0] * (MIN_CUT_LINES - 1), _CUT[: MIN_CUT_LINES - 1]))
