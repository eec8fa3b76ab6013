"""Which regions the card finder has scored already: several views of a photo often trace the same region.

``detect.find_cards`` scores each region once across all its views (edges at several sensitivities, the
desk's colours, brightness). A region used to count as seen when its bounding box matched one scored
before (to ``SAME_OUTLINE`` pixels). Two different regions can share a bounding box, though: a card held in
the fingers traced by a fine edge view as the card with the fingers' notches cut into it (its outline fails),
and by a coarser view as the whole card (a clean outline). The first one's failure then hid the second
(``crowded_photo_set``, tune seed 1: the clean outline scored 0.71, IoU 0.99 with the truth, and the photo
fell back to a text crop). The key therefore holds the region's area too, in steps of ``SAME_AREA``.

A region scored only because its area differs from an earlier one of the same box is a second trace of the same
place: its outline must also not cut through a line of print (``detect_straddle``), which a card's edge never
does (on a scan of the shared cards' tune half such a region had closed into a skewed outline across the
card's largest line), and it joins the candidates only where no first trace outlines the same place
(``with_second_traces``): the finder's answer changes only for cards no view had outlined.
"""

from __future__ import annotations

import math
from enum import Enum

import cv2
import numpy as np

from cardbook.ocr.detect_nesting import SAME_OUTLINE
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import intersection_over_smaller, quad_area

# Areas within this ratio are one region traced twice. The same region's trace in two views differs by a
# pixel or so along its border: on the work copy a card-sized region (~300 x 180 px, border ~1000 px) moves
# by ~2-4 % of its area. The notched region that hid the card on the tune seed covered 84 % of the clean
# one's area. A step of 10 % sits between; an area near a step's edge may be scored twice (time only).
SAME_AREA = 1.1
# A second trace's outline is the same as a first trace's when each covers this much of the other (by the
# smaller's share and the areas' ratio): then the first one's stands, and the answer for a card some view traced
# cleanly stays what it was. Without this, eight found cards of the tune and held-out sets moved by a pixel or so
# (IoU 0.99 before and after), and four of them read differently (crowded tune seed 3: macro-F1 0.697 -> 0.681 on
# sub-pixel moves alone). Set, not swept: of the tune photos only the two cards no first trace outlined changed.
SAME_TRACE = 0.9

RegionKey = tuple[int, int, int, int, int]


def region_key(contour: np.ndarray, box: tuple[int, int, int, int]) -> RegionKey:
    """The region's bounding box ``box`` to ``SAME_OUTLINE`` pixels and its area in ``SAME_AREA`` steps."""
    x, y, w, h = box
    area = max(1.0, float(cv2.contourArea(contour)))
    step = int(math.log(area) / math.log(SAME_AREA))
    return (x // SAME_OUTLINE, y // SAME_OUTLINE, w // SAME_OUTLINE, h // SAME_OUTLINE, step)


class Visit(Enum):
    """What ``SeenRegions.visit`` found: the region scored before, a new one, or a new one in a box seen before."""

    SEEN = "seen"
    NEW = "new"
    NEW_IN_SEEN_BOX = "new in a seen box"


class SeenRegions:
    """The regions scored so far in one photo, over all its views (``region_key``), and their boxes."""

    def __init__(self) -> None:
        self._regions: set[RegionKey] = set()
        self._boxes: set[tuple[int, int, int, int]] = set()
        self.second_traces: list[Scored] = []  # outlines of regions new in a box seen before

    def visit(self, contour: np.ndarray, box: tuple[int, int, int, int]) -> Visit:
        """Marks the region of ``contour`` (bounding box ``box``) as scored, and says whether it was before."""
        key = region_key(contour, box)
        if key in self._regions:
            return Visit.SEEN
        self._regions.add(key)
        box_key = key[:4]
        if box_key in self._boxes:
            return Visit.NEW_IN_SEEN_BOX
        self._boxes.add(box_key)
        return Visit.NEW


def with_second_traces(first: list[Scored], seen: SeenRegions) -> list[Scored]:
    """``first`` and the second traces gathered in ``seen`` since last asked that outline no place a first trace
    outlines already (``SAME_TRACE``): where a view traced the card cleanly, its outline is kept as before."""
    second, seen.second_traces = seen.second_traces, []
    return first + [card for card in second if not any(_same_trace(card.quad, other.quad) for other in first)]


def _same_trace(a: np.ndarray, b: np.ndarray) -> bool:
    areas = sorted((quad_area(a), quad_area(b)))
    return areas[1] > 0 and areas[0] >= SAME_TRACE * areas[1] and intersection_over_smaller(a, b) >= SAME_TRACE
