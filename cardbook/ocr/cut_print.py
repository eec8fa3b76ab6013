"""Whether the card's crop cut through its print: lines read up to the crop's left or right side.

A card's print keeps a margin from the card's edges, so on a crop that holds the whole card no line of
text reaches its sides. When the finder's outline is sure but wrong (a band's or a gradient's edge taken for
the card's side, a card held in fingers), the crop cuts every line at the same side and each reading of it
starts or ends mid-word ("stalação", "esidente"), while the engine's confidences stay high: the crop's
reading then is doubtful and the whole photo's reading is its competitor (``pipeline``), as for an outline
the finder itself doubted.
"""

from __future__ import annotations

from cardbook.ocr.engine import OcrPage
from cardbook.ocr.layout import group_lines

# A line reaches a side when its text lies within this share of the crop's width of it: a recogniser's box
# stops a pixel or two from the letters it reads, and a whole card's margin is several per cent of its width.
SIDE_SHARE = 0.01
# The crop cut the print when at least this many lines, and this share of the card's lines, reach one side:
# one line reaching a side is a line printed to the edge (a band's firm, a bleed); a cut crop cuts most.
MIN_CUT_LINES = 3
MIN_CUT_SHARE = 0.4


def cut_through_print(page: OcrPage) -> bool:
    """Most lines of ``page`` (a crop's reading, in the coordinates of ``page``'s size) reach the same side."""
    lines = [line for line in group_lines(page.words) if sum(ch.isalnum() for ch in line.text) >= 3]
    if len(lines) < MIN_CUT_LINES or page.width <= 0:
        return False
    margin = SIDE_SHARE * page.width
    left = sum(line.box.left <= margin for line in lines)
    right = sum(line.box.right >= page.width - margin for line in lines)
    cut = max(left, right)
    return cut >= MIN_CUT_LINES and cut >= MIN_CUT_SHARE * len(lines)
