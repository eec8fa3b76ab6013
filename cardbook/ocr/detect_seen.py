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
does. On a scan of the shared cards' tune half such a region had closed into a skewed outline across the
card's largest line.
"""

from __future__ import annotations

import math
from enum import Enum

import cv2
import numpy as np

from cardbook.ocr.detect_nesting import SAME_OUTLINE

# Areas within this ratio are one region traced twice. The same region's trace in two views differs by a
# pixel or so along its border: on the work copy a card-sized region (~300 x 180 px, border ~1000 px) moves
# by ~2-4 % of its area. The notched region that hid the card on the tune seed covered 84 % of the clean
# one's area. A step of 10 % sits between; an area near a step's edge may be scored twice (time only).
SAME_AREA = 1.1

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
