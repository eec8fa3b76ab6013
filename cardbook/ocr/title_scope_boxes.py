"""A title's scope line whose OCR box is far taller than its letters: one block with the title all the same.

``title_scope`` joins the line right under a title that says what the title covers ("Vice President" /
"Business Development") only when the two lines are one block in similar type (``role_lines.same_block``:
letter heights within ``BLOCK_HEIGHT_RATIOS``, a gap under a letter and a half). On flatbed scans Tesseract
often gives the second of two closely set lines a box two or three times its letters' height (it takes in
the line above's descenders or the next line's ascenders: "Business Development" 70 px high under a 27 px
"Vice President", the same type), so the height ratio fails and the lines are taken for two blocks; the
scope was lost on a quarter of the two-line titles of the fresh_scan tune seeds.

A box's height is what OCR measured; its width per letter is the type's: an inflated box keeps its width. So
two lines are still one block when their letters are as wide (closer than ``firm_evidence.letters_as_wide``
asks: ``SAME_TYPE_WIDTH_RATIO``), they start or centre in one column (``title_scope_plain``'s test), and the
lower one's box starts below the title's top and within ``role_lines.NEIGHBOUR_GAP_LETTERS`` letters of its
bottom, a letter measured by the smaller of the two heights (an inflated box only grows). ``title_scope``'s
own checks on the line's words still apply.
"""

from __future__ import annotations

from cardbook.ocr.role_lines import NEIGHBOUR_GAP_LETTERS, RoleLine
from cardbook.ocr.title_scope_plain import aligned

# The letters of one face measured on two lines (box width over characters) differ by up to a fifth (capitals,
# "m" and "i" in different shares): lines closer than this are set in one type. Stricter than
# ``firm_evidence.MIN_LETTER_WIDTH_RATIO`` (0.65, which also lets a title under a wordmark pass) because here
# the width stands in for the height the box lost. Chosen from that reasoning, not tuned; the tune seeds' lost
# scopes measured 0.89-1.0.
SAME_TYPE_WIDTH_RATIO = 0.8


def _letter_width(item: RoleLine) -> float:
    assert item.line.box is not None
    return item.line.box.width / max(len(item.text.strip()), 1)


def stacked_in_one_type(title: RoleLine, item: RoleLine) -> bool:
    """``item`` is printed right under ``title`` in the same type, though OCR measured their heights apart."""
    upper, lower = title.line, item.line
    if upper.box is None or lower.box is None or not title.text.strip() or not item.text.strip():
        return False
    widths = sorted((_letter_width(title), _letter_width(item)))
    if widths[0] < SAME_TYPE_WIDTH_RATIO * widths[1] or not aligned(title, item):
        return False
    heights = [height for height in (upper.height, lower.height) if height > 0]
    letter = min(heights) if heights else float(min(upper.box.height, lower.box.height))
    gap = lower.box.top - upper.box.bottom
    return lower.box.top > upper.box.top and gap <= NEIGHBOUR_GAP_LETTERS * letter
