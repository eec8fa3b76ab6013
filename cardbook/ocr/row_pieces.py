"""The pieces of one printed row that OCR gave as separate items ("Consejero" and "Delegado" side by side).

OCR splits a row at a wider word gap (a justified or letter-spaced line, a photo's perspective) and hands the
parser two lines with boxes on one row, a word's gap apart. A title then lost its last words ("Director
Financiero, Consejero" for "… Consejero Delegado"): the piece on the right continues the piece on its left.
Two columns side by side are several letters apart, and a column's line is aligned with other lines of its
column, which a piece continuing a row is not (``block_layout.in_another_column``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.block_layout import in_another_column, same_row
from cardbook.ocr.fields import CardLine
from cardbook.ocr.role_lines import BLOCK_HEIGHT_RATIOS, RoleLine

# A piece continues the row when the gap before it is at most this many letter heights: a word space is a
# third to half a letter, the gap between two columns several letters. Chosen, not tuned.
ROW_PIECE_GAP_LETTERS = 1.0


def right_pieces(items: list[RoleLine]) -> list[list[int]]:
    """For each item (by its position in ``items``), the positions of the items continuing its printed row
    (``right_piece``), in ``items``' order: every pair tested once, for all the row questions of one card."""
    printed = [item.line for item in items]
    return [[position for position, right in enumerate(items) if right_piece(left, right, printed)] for left in items]


def right_piece(left: RoleLine, right: RoleLine, printed: Sequence[CardLine]) -> bool:
    """``right`` continues ``left``'s printed row: on the same row, starting a word's gap after it, in the same
    type, and no other column's line (``printed``: the card's lines)."""
    a, b = left.line, right.line
    if a.box is None or b.box is None or a.height <= 0 or b.height <= 0:
        return False
    if not same_row(a.box, b.box):
        return False
    gap = b.box.left - a.box.right
    low, high = BLOCK_HEIGHT_RATIOS
    if not (0 <= gap <= ROW_PIECE_GAP_LETTERS * max(a.height, b.height) and low <= a.height / b.height <= high):
        return False
    return not in_another_column(b, [a], printed)


def row_rest(item: RoleLine, items: list[RoleLine], excluded: set[int], right_of: list[list[int]]) -> list[RoleLine]:
    """The pieces continuing ``item``'s row to its right, in order (none of ``excluded``); ``right_of``:
    ``right_pieces(items)``."""
    rest: list[RoleLine] = []
    current = next(position for position, other in enumerate(items) if other is item)
    while True:
        found = next(
            (
                position
                for position, other in enumerate(items)
                if other is not items[current]
                and other.line.index not in excluded
                and other not in rest
                and position in right_of[current]
            ),
            None,
        )
        if found is None or items[found] is item:
            return rest
        rest.append(items[found])
        current = found
