"""A card past three edges of the frame: one of its sides in view, crossing the frame from edge to edge.

A card photographed close, or slid to one side of the frame and turned, leaves only one of its sides in view:
the line between the card and the surface, running from one edge of the frame to the opposite one, the card's
print on one side of it. The walk outwards from the print (``detect_around_print``) finds that side and meets
the frame on the three others; as a rectangle squared to the print, its corners on the frame fell short of the
frame's own corners and cut the card's print off, so such an outline was refused, and the photo's own edges
were the card's corners (issue 10). The part of the card in view is the frame beyond that side: the side's
two crossings with the frame and the frame's two corners on the print's side.
"""

from __future__ import annotations

import numpy as np

from cardbook.ocr.geometry import order_corners
from cardbook.ocr.types import Points

# A crossing this close to a frame corner (share of the frame's side) is taken as that corner: the line then
# cuts a corner off, and the part in view has five sides, which no quadrilateral holds. Chosen, not swept.
CORNER_REACH = 0.02


def frame_beyond_side(a: np.ndarray, b: np.ndarray, inside: np.ndarray, width: int, height: int) -> Points | None:
    """The part of the ``width`` × ``height`` frame on ``inside``'s side of the line through ``a`` and ``b``
    (TL, TR, BR, BL), when that line crosses two opposite edges of the frame; None otherwise."""
    direction = np.asarray(b, np.float64) - np.asarray(a, np.float64)
    if float(np.hypot(*direction)) < 1e-6:
        return None
    right, bottom = float(width - 1), float(height - 1)
    side = _side_of(a, direction, inside)
    if side == 0.0:
        return None
    if abs(direction[0]) >= abs(direction[1]):  # across the frame's width: crossing its left and right edges
        left_y = _at_x(a, direction, 0.0)
        right_y = _at_x(a, direction, right)
        reach = CORNER_REACH * bottom
        if not (reach < left_y < bottom - reach and reach < right_y < bottom - reach):
            return None
        corners_y = bottom if _side_of(a, direction, np.array([0.0, bottom])) == side else 0.0
        quad = np.array([[0.0, left_y], [right, right_y], [right, corners_y], [0.0, corners_y]], np.float32)
    else:  # down the frame's height: crossing its top and bottom edges
        top_x = _at_y(a, direction, 0.0)
        bottom_x = _at_y(a, direction, bottom)
        reach = CORNER_REACH * right
        if not (reach < top_x < right - reach and reach < bottom_x < right - reach):
            return None
        corners_x = right if _side_of(a, direction, np.array([right, 0.0])) == side else 0.0
        quad = np.array([[top_x, 0.0], [bottom_x, bottom], [corners_x, bottom], [corners_x, 0.0]], np.float32)
    return order_corners(quad)


def _side_of(a: np.ndarray, direction: np.ndarray, point: np.ndarray) -> float:
    """Which side of the line (``a``, ``direction``) ``point`` lies on: +1, -1, or 0 on it."""
    offset = np.asarray(point, np.float64) - np.asarray(a, np.float64)
    return float(np.sign(direction[0] * offset[1] - direction[1] * offset[0]))


def _at_x(a: np.ndarray, direction: np.ndarray, x: float) -> float:
    return float(a[1] + (x - a[0]) * direction[1] / direction[0])


def _at_y(a: np.ndarray, direction: np.ndarray, y: float) -> float:
    return float(a[0] + (y - a[1]) * direction[0] / direction[1])
