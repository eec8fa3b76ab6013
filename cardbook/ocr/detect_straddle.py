"""Whether an outline's side runs through a line of print: a card's edge never does (its print lies inside it).

Used on the regions ``detect_seen`` lets the finder score beside another region of the same bounding box: on
a scan of the shared cards' tune half such a region (a picture's panel joined to part of the card's margin)
closed into a skewed outline whose side cut through the card's largest line, and it replaced the whole image,
which was right. The cards held in the fingers that the same change let through (``crowded_photo_set``, tune
seeds 1 and 3) have all their print inside their outlines.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.types import GreyImage, Points

# A blob of line-shaped print (``detect_print.text_line_mask``) with more than this share of its pixels on each
# side of the outline is a line the outline cuts. Measured on the work copy: the skewed scan outline above left
# 3 % and 6 % of two lines' blobs outside it (a side through their last word); the outlines this check applies to
# on the tune seeds held every blob wholly inside or wholly outside (shares 1.0 or 0.0). Set just above a
# pixel's nick, under the scan's cut; not swept (one case each way).
STRADDLE = 0.02
# Blobs smaller than this share of the work copy are specks or letters of a surface's texture, not a line.
MIN_LINE = 0.0005


def cuts_print(quad: Points, text: GreyImage) -> bool:
    """Whether a line of print (a blob of ``text`` of at least ``MIN_LINE``) lies across a side of ``quad``,
    more than ``STRADDLE`` of its pixels on each side."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(text)
    if count < 2:
        return False
    inside = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.round(quad).astype(np.int32), 1)
    sizes = stats[:, cv2.CC_STAT_AREA].astype(np.float64)
    within = np.bincount(labels[inside > 0].ravel(), minlength=count).astype(np.float64)
    lines = sizes >= MIN_LINE * text.size
    lines[0] = False
    share = np.divide(within, sizes, out=np.zeros(count), where=sizes > 0)
    return bool(np.any(lines & (share > STRADDLE) & (share < 1.0 - STRADDLE)))
