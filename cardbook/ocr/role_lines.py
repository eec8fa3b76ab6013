"""The lines the role pickers (``parse_roles``, ``parse_company``) weigh, and the layout they share.

A ``RoleLine`` is one free-text line with its letter height against the card's median and the line
classifier's role probabilities; ``neighbours`` and ``same_block`` say which lines print one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbook.ocr.fields import CardLine

Assignment = tuple[str, tuple[int, ...], float]

# Neighbouring lines are one block when the gap between them is under this many letter heights; they may
# overlap by this much (tall capitals and descenders make boxes overlap).
NEIGHBOUR_GAP_LETTERS = 1.5
NEIGHBOUR_OVERLAP_LETTERS = 0.3
# A name printed on two lines keeps its type size within these ratios.
BLOCK_HEIGHT_RATIOS = (0.72, 1.4)
# The learned line classifier's probability that counts as neither for nor against a role (see
# ``parse_roles``'s CLASSIFIER_* weights).
CLASSIFIER_CENTRE = 0.5


@dataclass(slots=True)
class RoleLine:
    line: CardLine
    text: str
    height_ratio: float
    roles: dict[str, float] | None = None  # the classifier's probabilities, when it ran

    def learned(self, role: str, weight: float) -> float:
        """The classifier's evidence for ``role``, 0 when it did not run."""
        if self.roles is None:
            return 0.0
        return weight * (self.roles.get(role, 0.0) - CLASSIFIER_CENTRE)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def letter_band(line: CardLine) -> tuple[float, float]:
    """The top and bottom of a line's letters: its box's middle, one letter height high. A line on a tilted or
    bowed card (a phone photo) has a box far taller than its letters, as high as the slope it runs along;
    boxes of consecutive such lines overlap though their letters do not, and gaps measured between the boxes
    took them for one line or for lines apart. Straight lines' boxes are their letters' height already."""
    assert line.box is not None
    middle = line.box.top + line.box.height / 2
    half = (min(line.box.height, line.height) if line.height > 0 else line.box.height) / 2
    return middle - half, middle + half


def vertical_gap(upper: CardLine, lower: CardLine) -> float:
    """The gap between the letters of two lines with boxes, ``upper`` above (negative: they overlap)."""
    return letter_band(lower)[0] - letter_band(upper)[1]


def neighbours(a: CardLine, b: CardLine, order: list[int]) -> bool:
    """Directly above/below each other (geometry when known, else consecutive lines)."""
    if a.box is None or b.box is None:
        return abs(order.index(a.index) - order.index(b.index)) == 1
    upper, lower = (a, b) if a.box.center_y <= b.box.center_y else (b, a)
    assert upper.box is not None and lower.box is not None
    gap = vertical_gap(upper, lower)
    letter = max(upper.height, lower.height, 1.0)
    overlap = min(upper.box.right, lower.box.right) - max(upper.box.left, lower.box.left)
    return -NEIGHBOUR_OVERLAP_LETTERS * letter <= gap <= NEIGHBOUR_GAP_LETTERS * letter and overlap > -letter


def same_block(a: CardLine, b: CardLine, order: list[int]) -> bool:
    """Neighbours set in similar type: two lines of one printed name."""
    low, high = BLOCK_HEIGHT_RATIOS
    similar = a.height <= 0 or b.height <= 0 or low <= a.height / b.height <= high
    return similar and neighbours(a, b, order)


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:•·|-–")
