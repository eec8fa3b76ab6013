"""Where a card's right column starts, from the other lines' boxes: the cut of a line read across two columns
when no street shape marks it.

``parse_columns`` cuts "Ana Lima 120 Oak St" where the street plainly starts. A name followed by a town, a note
or a phone whose label OCR cut ("Ana Lima Vila Nova - PR - CEP …", "Ana Lima Próximo ao Posto", "Ana Lima el (46)
9…") shows no such shape, yet the card says where its right column is: the lines above and below the merged one
start at one left edge inside its box. Evidence, each part needed:

- a left edge shared (within ``ALIGN_TOLERANCE`` letter heights) by ``MIN_COLUMN_LINES`` other lines, one of
  which has a line beside it (in the same row) wholly left of that edge: the card has a left column;
- that edge lies inside the merged line's box, at least ``MIN_COLUMN_OFFSET`` of its width from its left end, and
  the column's lines run above and below it, near (``NEAR_LINES`` letter heights): a wordmark or a heading over
  both columns is not in one;
- the cut is at a word gap whose left part is a name, a title or a firm's line alone (``parse_columns`` judges
  it) and whose right part, set in the column's type, fills the merged box from the edge to its end: the right
  part starts at the edge and ends the box, while the left part's end is followed by the gap between the
  columns (and is often in larger type), so only the right part's width is known. The column's own lines give
  its type's width per letter; the gap whose right part misses that room the least, by ``FIT_SLACK`` of it at
  most, is the cut.

OCR gives no word boxes to the parser, so the right part's width is estimated from its characters. A centred card
has no two lines side by side, so it is never cut; a line that tops the right column (nothing of it above) is not
cut either.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.types import Box

# Lines of one column start within this many letter heights of each other: a scan's straightened column is
# aligned to a few pixels, a phone photo's to about a third of a letter (smallbiz_set seed 1 photos: 1-3 px of
# 20-30 px letters). Chosen, not tuned.
ALIGN_TOLERANCE = 0.5
# Two other lines at least make a column: one line starting there is chance.
MIN_COLUMN_LINES = 2
# The right column starts this share of the merged line's width from its left end at least: a column's edge
# closer than that leaves no room for a name of two words. Chosen, not tuned.
MIN_COLUMN_OFFSET = 0.25
# One of the column's lines lies within this many letter heights of the merged line (above or below): the
# column runs beside it, not in another part of the card. Chosen: a column's line spacing is one to two heights.
NEAR_LINES = 4.0
# The right part's estimated width may miss the room from the edge to the box's end by this share of it. Set on
# smallbiz_set seed 1 (tune): the right cuts missed by 0.01 to 0.07, the next word gap either side by 0.28 or more;
# seed 2 (held out) gave 0.03 and 0.07 against 0.19 or more.
FIT_SLACK = 0.2
_SEPARATORS = " ,;:-–|•·"


def column_edge(line: CardLine, lines: Sequence[CardLine]) -> tuple[int, float] | None:
    """The left edge of a column of other ``lines`` that starts inside ``line``'s box (see the module's
    docstring) and the width its lines give a character (``_character_width``), or None."""
    box = line.box
    if box is None or box.width <= 0:
        return None
    tolerance = ALIGN_TOLERANCE * max(line.height, 1.0)
    others = [other for other in lines if other is not line and other.box is not None]
    lowest = box.left + MIN_COLUMN_OFFSET * box.width
    starts = {other.box.left for other in others if other.box and lowest <= other.box.left < box.right - tolerance}
    for edge in sorted(starts):
        column = [other for other in others if other.box and abs(other.box.left - edge) <= tolerance]
        boxes = [other.box for other in column if other.box]
        near = [other for other in boxes if box_vertical_gap(box, other) <= NEAR_LINES * max(line.height, 1.0)]
        if len(column) < MIN_COLUMN_LINES or not near:
            continue
        # The merged line runs inside the column (a wordmark or a heading over two columns does not) ...
        above = any(other.bottom <= box.center_y for other in near)
        if not (above and any(other.top >= box.center_y for other in near)):
            continue
        # ... and another line stands beside one of the column's, wholly left of its edge: a left column.
        if any(_beside(other, left.box) and left.box.right <= edge for other in boxes for left in others if left.box):
            return edge, _character_width(column)
    return None


def _character_width(column: Sequence[CardLine]) -> float:
    """The width of a small letter in the column's type (the median over its lines of box width / letters)."""
    widths = [line.box.width / _letters_width(line.text) for line in column if line.box and line.text.strip()]
    return statistics.median(widths) if widths else 0.0


def box_vertical_gap(first: Box, second: Box) -> float:
    """The height between the two boxes, 0 when they share some (``role_lines.vertical_gap`` measures between
    two lines' letters instead)."""
    return max(0, max(first.top, second.top) - min(first.bottom, second.bottom))


def _beside(first: Box, second: Box) -> bool:
    """The two boxes share some height (one row of the card)."""
    return min(first.bottom, second.bottom) > max(first.top, second.top)


def cut_at_edge(line: CardLine, edge: int, character: float, alone: Callable[[str], bool]) -> int | None:
    """Where the right column starts in ``line``'s text (the index of its first character), for a column edge
    ``edge`` in the line's box whose lines give a small letter ``character`` pixels: of the word gaps whose left
    part ``alone`` accepts, the one whose right part, set in the column's type, fills the line's box from the
    edge to its end the closest, within ``FIT_SLACK`` of that width; None when no gap fits."""
    assert line.box is not None
    text = line.text
    room = line.box.right - edge
    best: tuple[float, int] | None = None
    for position, char in enumerate(text):
        if char != " " or position == 0 or text[position + 1 : position + 2] in ("", " "):
            continue
        start = position + 1
        left = text[:position].strip(_SEPARATORS)
        if not left or not alone(left):
            continue
        miss = abs(_letters_width(text[start:]) * character - room) / room
        if miss <= FIT_SLACK and (best is None or miss < best[0]):
            best = (miss, start)
    return best[1] if best else None


# A capital is this much wider than a small letter (DejaVu Sans: 0.68 against 0.55 em on average; a space is
# narrower, 0.32, but counted as a letter: OCR's spaces stand for wider gaps). From the font's metrics, not tuned.
CAPITAL_WIDTH = 1.25


def _letters_width(text: str) -> float:
    return sum(CAPITAL_WIDTH if ch.isupper() else 1.0 for ch in text) or 1.0
