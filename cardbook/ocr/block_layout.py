"""Whether two neighbouring lines can print one block (a firm's name or a title on two lines): never across
another printed line, never across the card's columns.

A card split in two panels (the firm's name on the left, the person's block on the right) or printed in two
columns puts lines of different blocks side by side or one just under the other: "Firm Name" on the left
and, a little higher or lower, the person's title heading the right column. Their boxes touch, their type
may match, so the firm's block took the title as its second line ("… University Professor"). A line of
another column shows it: other lines of the card start at its left edge (the column it heads or belongs
to), while no line of the block is aligned with it, neither by the left, the centre nor the right edge
(a centred or right-aligned name on two lines keeps one of them). A two-word wordmark OCR read as two
items is on one row and its second word starts no column; the first piece of a row (a firm's name before
its legal form read apart) starts where its column starts, and is no other column's.
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.column_edges import ALIGN_TOLERANCE, MIN_COLUMN_LINES, NEAR_LINES, box_vertical_gap
from cardbook.ocr.fields import CardLine
from cardbook.ocr.role_lines import letter_band
from cardbook.ocr.types import Box


def line_between(first: CardLine, second: CardLine, printed: Sequence[CardLine]) -> bool:
    """Another printed line lies between the two, over both (a list of services between the firm's name
    and the owner's): a name never continues across it."""
    if first.box is None or second.box is None:
        return False
    upper, lower = (first, second) if first.box.center_y <= second.box.center_y else (second, first)
    assert upper.box is not None and lower.box is not None
    # Between the letters, not the boxes: a tilted line's box is as tall as its slope (``letter_band``).
    above, below = letter_band(upper)[1], letter_band(lower)[0]
    for line in printed:
        box = line.box
        if line.index in (first.index, second.index) or box is None:
            continue
        middle = box.top + box.height / 2
        if (
            above <= middle <= below
            and min(box.right, upper.box.right) > max(box.left, upper.box.left)
            and min(box.right, lower.box.right) > max(box.left, lower.box.left)
        ):
            return True
    return False


def in_another_column(line: CardLine, block: Sequence[CardLine], printed: Sequence[CardLine]) -> bool:
    """``line`` belongs to a column of the card the ``block``'s lines are not in (see the module's docstring):
    at least ``column_edges.MIN_COLUMN_LINES`` other printed lines, one of them within
    ``column_edges.NEAR_LINES`` letter heights, start at its left edge (within
    ``column_edges.ALIGN_TOLERANCE`` letter heights, the columns' alignment on scans and photos alike), and no
    line of the block is aligned with it. False when a box is unknown (plain text has no columns)."""
    box = line.box
    members = [member.box for member in block if member.box is not None]
    if box is None or not members:
        return False
    tolerance = ALIGN_TOLERANCE * max(line.height, 1.0)
    if any(_aligned(box, member, tolerance) for member in members):
        return False
    if any(same_row(box, member) and box.left < member.left for member in members):
        return False  # a row's first piece ("Firm Name" before its "Ltda" read apart) starts where its column does
    apart = {line.index, *(member.index for member in block)}
    column = [
        other.box
        for other in printed
        if other.box is not None and other.index not in apart and abs(other.box.left - box.left) <= tolerance
    ]
    near = NEAR_LINES * max(line.height, 1.0)
    return len(column) >= MIN_COLUMN_LINES and any(box_vertical_gap(box, other) <= near for other in column)


def _aligned(first: Box, second: Box, tolerance: float) -> bool:
    """The two boxes share their left edge, their centre or their right edge."""
    return (
        abs(first.left - second.left) <= tolerance
        or abs((first.left + first.right) / 2 - (second.left + second.right) / 2) <= tolerance
        or abs(first.right - second.right) <= tolerance
    )


# Two boxes are pieces of one row when they share more than this share of the smaller one's height: half, set
# by hand for a two-word wordmark read as two items (``parse_company``), used by every module that imports it.
SAME_ROW_SHARE = 0.5


def same_row(first: Box, second: Box) -> bool:
    """The two boxes are pieces of one printed row."""
    shared = min(first.bottom, second.bottom) - max(first.top, second.top)
    return shared > SAME_ROW_SHARE * min(first.height, second.height)
