"""Four straight sides fitted to a candidate region: a card's outline, even with rounded corners or a thumb
over one corner.

The sides are lines through the middle of each side's contour points (so rounded corners and a thumb over a
corner do not pull the corners in); a five- or six-sided outline (a corner cut off) is rebuilt from its four
longest sides. ``detect_score`` then weighs the outline's evidence.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from cardbook.ocr.geometry import aspect_fit, aspect_ratio, card_view_angles_ok, order_corners, quad_area
from cardbook.ocr.types import Points

# A region must fill this much of its fitted outline: a card is convex, a desk blob or two merged
# regions are not.
MIN_FILL = 0.85
# Side points this far along a side (either end) are left out of the line fit: rounded corners.
SIDE_MARGIN = 0.15
# Contour points within this share of the side's length from the side belong to it when refitting.
SIDE_BAND = 0.05
# Corners that move more than this share of the diagonal when refitted were a bad fit: keep the old ones.
MAX_REFIT_SHIFT = 0.12
# Contour points kept (evenly) for refitting the sides: plenty for a line, and fitting stays cheap.
FIT_POINTS = 400


def fit_quad(contour: np.ndarray, cut_corner: bool = False) -> tuple[Points, float] | None:
    """Four-corner outline of a contour (sides refitted as lines) and the share of it the contour fills;
    ``cut_corner``: the outline rebuilt from its four longest sides (None when it has not five or six)."""
    hull = cv2.convexHull(contour)
    hull_area = float(cv2.contourArea(hull))
    if hull_area <= 0:
        return None
    perimeter = cv2.arcLength(hull, True)
    quad: Points | None = None
    if cut_corner:
        quad = _quad_from_longest_sides(cv2.approxPolyDP(hull, 0.02 * perimeter, True), hull_area)
        if quad is None:
            return None
    for epsilon in () if quad is not None else (0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            quad = order_corners(approx.reshape(4, 2).astype(np.float32))
            break
    if quad is None:  # rounded corners, a notch or a corner out of frame: the tightest rotated rectangle
        quad = order_corners(cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32))
    area = quad_area(quad)
    if area <= 0:
        return None
    fill = min(float(cv2.contourArea(contour)), hull_area) / area
    if fill < MIN_FILL or aspect_fit(aspect_ratio(quad)) == 0.0:
        return quad, fill  # rejected anyway: not worth refitting
    points = contour.reshape(-1, 2).astype(np.float32)
    step = max(1, len(points) // FIT_POINTS)
    quad = refit_sides(points[::step], quad)
    area = quad_area(quad)
    return (quad, min(float(cv2.contourArea(contour)), hull_area) / area) if area > 0 else None


def _quad_from_longest_sides(polygon: np.ndarray, hull_area: float) -> Points | None:
    """A card whose corner a thumb covers, or whose rounded corner the approximation kept, has a five- or
    six-sided outline: its four longest sides are the card's, and where their lines meet are its corners
    (simplifying to four points instead cuts the corner off along a diagonal). None when the outline has
    not five or six sides or the corners so found are not a card's (the quad must hold the region and not
    be much larger: ``CUT_CORNER_GROWTH``)."""
    points = polygon.reshape(-1, 2).astype(np.float32)
    if not 5 <= len(points) <= 6:
        return None
    lengths = [float(np.linalg.norm(points[(index + 1) % len(points)] - points[index])) for index in range(len(points))]
    sides = sorted(sorted(range(len(points)), key=lambda index: -lengths[index])[:4])
    dropped = [lengths[index] for index in range(len(points)) if index not in sides]
    if max(dropped) > CUT_SIDE * min(lengths[index] for index in sides):
        return None  # not a corner cut off: two shapes joined (a card on a sheet of its own colour)
    lines = [
        (points[index], (points[(index + 1) % len(points)] - points[index]) / max(lengths[index], 1e-6))
        for index in sides
    ]
    corners = [intersect(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    quad = order_corners(np.array(corners, np.float32))
    area = quad_area(quad)
    holds_region = HOLDS_REGION * hull_area <= area <= CUT_CORNER_GROWTH * hull_area
    if not holds_region or not card_view_angles_ok(quad):
        return None
    return quad


# A quad rebuilt from the four longest sides may exceed the region by the corner it restores (a thumb over a
# corner hides a few per cent of a card); more than this and the "sides" were not a card's.
CUT_CORNER_GROWTH = 1.1
# …and the sides left out (the cut across a corner) are short beside the card's own: at most this share of
# the shortest kept side (a thumb covers a fraction of a card's short side; two shapes joined, such as a
# card on a sheet of its own colour, leave out sides as long as the card's).
CUT_SIDE = 0.4
HOLDS_REGION = 0.95  # …and must cover the region's hull but for the slack of the simplified outline (2 %)
MIN_SIDE_PX = 8  # a side shorter than this (work-copy pixels) has no direction worth refitting

SidePoints = Callable[[np.ndarray, np.ndarray, np.ndarray, float], Points | None]


def refit_quad(quad: Points, side_points: SidePoints, distance: int, max_shift: float) -> Points:
    """Each side refitted as the line through the points ``side_points(a, b, direction, length)`` gives for it
    (the side as it is when it gives None), and the corners where those lines cross. ``quad`` is kept when a
    side is too short, two sides are parallel, or a corner would move more than ``max_shift`` pixels."""
    lines: list[tuple[np.ndarray, np.ndarray]] = []
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        length = float(np.hypot(*(b - a)))
        if length < MIN_SIDE_PX:
            return quad
        direction = (b - a) / length
        found = side_points(a, b, direction, length)
        if found is None:
            lines.append((a, direction))
            continue
        vx, vy, x0, y0 = cv2.fitLine(found, distance, 0, 0.01, 0.01).ravel()
        lines.append((np.array([x0, y0], np.float32), np.array([vx, vy], np.float32)))
    corners = [intersect(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return quad
    refitted = np.array(corners, dtype=np.float32)
    if float(np.abs(refitted - quad).max()) > max_shift:
        return quad
    return refitted


def refit_sides(points: Points, quad: Points) -> Points:
    """Corners as intersections of lines fitted to the middle of each side's contour points."""

    def middle_of_side(a: np.ndarray, _b: np.ndarray, direction: np.ndarray, length: float) -> Points | None:
        relative = points - a
        along = relative @ direction / length
        across = np.abs(relative[:, 0] * direction[1] - relative[:, 1] * direction[0])
        near = points[(along > SIDE_MARGIN) & (along < 1 - SIDE_MARGIN) & (across < SIDE_BAND * length)]
        return near if len(near) >= 6 else None

    diagonal = float(np.linalg.norm(quad[0] - quad[2]))
    return refit_quad(quad, middle_of_side, cv2.DIST_L2, MAX_REFIT_SHIFT * diagonal)


def intersect(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    (p, r), (q, s) = first, second
    cross = float(r[0] * s[1] - r[1] * s[0])
    if abs(cross) < 1e-6:
        return None
    t = float((q - p)[0] * s[1] - (q - p)[1] * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float32)
