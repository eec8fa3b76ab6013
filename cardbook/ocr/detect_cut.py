"""The visible part of a card that runs past the frame's edge.

A card photographed too close, or slid to one side, leaves the frame: its region in the masks of
``detect_masks`` (closed by the frame's border) is the card cut by the frame, whose shape is no card's.
Its outline is read off the region's simplified hull: the sides lying on the frame's edge are the
frame's, the others the card's. The crop straightens what is in view and no more, its corners on the
frame's edge where the card leaves it:

- three card sides (two opposite ones and the one joining them): the two card corners in view and the
  points where the opposite sides leave the frame;
- two opposite card sides (cut at both ends): where they meet the frame;
- four card sides (a corner cut off by the frame, or a large tilted card past two opposite edges): the
  card's corners where they meet, beyond the frame.

Two sides meeting at a card corner in view (a card slid into a corner of the frame) are not enough: a
band of a scan along two of its edges shows the same, and on the generated photos of seed 1 (0-199) it
found no card the other views missed. Every side inside the frame must still be a card's side:
``detect_score`` weighs the colour step along it and the print inside, as for any outline.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from cardbook.ocr.geometry import MAX_ASPECT, corner_angles_ok, order_corners, quad_area
from cardbook.ocr.types import Points

# Work pixels from the frame's edge within which a hull point lies on the frame (as
# ``detect_sides.FRAME_MARGIN``, plus the pixel the masks' closing adds).
ON_FRAME = 4.0
# Simplification of the region's hull, as shares of its perimeter: the first that leaves the card's sides
# as long straight sides (a rounded corner or a thumb leaves a short one, dropped below).
APPROX_EPSILONS = (0.01, 0.02, 0.03)
# A hull side shorter than this share of the longest one is a rounded corner or a nick, not a side.
SHORT_SIDE = 0.15
# Two card sides are opposite when their directions differ by at most this (degrees: mild perspective,
# as ``detect_lines.PARALLEL``)…
PARALLEL = 15.0
# …and the side joining them meets each within this of a right angle (as ``geometry.corner_angles_ok``).
SQUARE = 25.0
# The part in view must reach at least this share of the joining side's length into the frame: a thinner
# strip is an edge of something (a shadow's band, a book's spine), and holds too little of a card to read.
MIN_DEPTH = 0.3


def touches_frame(contour: np.ndarray, width: int, height: int) -> bool:
    """Whether the region reaches the frame's edge (so it may be a card running past it)."""
    points = contour.reshape(-1, 2)
    return bool(
        (points[:, 0] <= ON_FRAME).any()
        or (points[:, 1] <= ON_FRAME).any()
        or (points[:, 0] >= width - 1 - ON_FRAME).any()
        or (points[:, 1] >= height - 1 - ON_FRAME).any()
    )


def cut_outline(contour: np.ndarray, width: int, height: int) -> tuple[Points, bool] | None:
    """The card's outline for a region cut by the frame, and whether it is cut across (three card sides:
    the far corners lie on the frame's edge) rather than at a corner (four card sides: a corner lies
    beyond the frame). None when the region's sides are not those of a card cut by the frame."""
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    if perimeter <= 0:
        return None
    for epsilon in APPROX_EPSILONS:
        polygon = cv2.approxPolyDP(hull, epsilon * perimeter, True).reshape(-1, 2).astype(np.float32)
        found = _outline_of(polygon, width, height)
        if found is not None:
            return found
    return None


def _outline_of(polygon: np.ndarray, width: int, height: int) -> tuple[Points, bool] | None:
    count = len(polygon)
    if count < 4 or count > 8:
        return None
    sides = [(polygon[index], polygon[(index + 1) % count]) for index in range(count)]
    on_frame = [on_frame_edge(a, b, width, height) for a, b in sides]
    if not any(on_frame):
        return None
    # Round the hull from just after a frame side: the card's sides in view must be one run (short sides,
    # rounded corners or nicks, are skipped), and the frame's sides the rest.
    start = on_frame.index(True)
    order = [(start + step) % count for step in range(1, count + 1)]
    lengths = [float(np.linalg.norm(b - a)) for a, b in sides]
    longest = max(lengths)
    kinds = [
        "frame" if on_frame[index] else "card" if lengths[index] >= SHORT_SIDE * longest else "short" for index in order
    ]
    kinds = _short_card_sides(kinds, [sides[index] for index in order])
    card_positions = [position for position, kind in enumerate(kinds) if kind == "card"]
    if not card_positions:
        return None
    card = [sides[order[position]] for position in card_positions]
    if "frame" in kinds[card_positions[0] : card_positions[-1] + 1]:
        # Card sides on both sides of a frame side: a card cut at both ends shows two opposite sides
        # between frame sides, a large tilted one its four sides; anything else is two things.
        if len(card) == 4:  # a large tilted card past two edges: its four sides, each partly in view
            return _cut_corner(card)
        return _cut_twice(card, width, height) if len(card) == 2 else None
    if len(card) == 3:
        return _cut_across(card, width, height)
    if len(card) == 4:
        return _cut_corner(card)
    return None


def _short_card_sides(kinds: list[str], sides: list[tuple[np.ndarray, np.ndarray]]) -> list[str]:
    """``kinds`` with each short side that meets its neighbouring card sides at right angles (``SQUARE``)
    counted as a card side: the end of a card cut by the frame near its corner, a side shorter than
    ``SHORT_SIDE`` of the longest. A rounded corner's chord or a thumb across a corner, which that share is for,
    meets its neighbours near 45°. Left short, a card past two edges of the frame near a corner kept two sides
    meeting at a corner, which ``_outline_of`` refuses, and the photo's own edges were its corners."""
    count = len(kinds)
    counted = list(kinds)
    for position, kind in enumerate(kinds):
        if kind != "short":
            continue
        neighbours = [(position + step) % count for step in (-1, 1)]
        card_neighbours = [index for index in neighbours if kinds[index] == "card"]
        direction = _direction(sides[position])
        if (
            card_neighbours
            and all(abs(90.0 - _angle(direction, _direction(sides[index]))) <= SQUARE for index in card_neighbours)
            and all(kinds[index] in ("card", "frame") for index in neighbours)
        ):
            counted[position] = "card"
    return counted


def on_frame_edge(a: np.ndarray, b: np.ndarray, width: int, height: int) -> bool:
    """Whether the side from ``a`` to ``b`` lies along one edge of the frame."""
    return bool((_frame_edges(a, width, height) & _frame_edges(b, width, height)).any())


def _frame_edges(point: np.ndarray, width: int, height: int) -> np.ndarray:
    """Which frame edges (left, top, right, bottom) the point lies on."""
    x, y = float(point[0]), float(point[1])
    return np.array([x <= ON_FRAME, y <= ON_FRAME, x >= width - 1 - ON_FRAME, y >= height - 1 - ON_FRAME])


def _direction(side: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    a, b = side
    vector = b - a
    return np.asarray(vector / max(float(np.linalg.norm(vector)), 1e-6), np.float32)


def _angle(first: np.ndarray, second: np.ndarray) -> float:
    """Angle between two undirected directions, degrees in [0, 90]."""
    cosine = abs(float(np.dot(first, second)))
    return math.degrees(math.acos(min(1.0, cosine)))


def _cut_across(card: list[tuple[np.ndarray, np.ndarray]], width: int, height: int) -> tuple[Points, bool] | None:
    """Two opposite card sides and the one joining them: the corners in view, and where the opposite
    sides leave the frame."""
    first, joining, last = card
    d_first, d_join, d_last = _direction(first), _direction(joining), _direction(last)
    if _angle(d_first, d_last) > PARALLEL:
        return None
    if abs(90.0 - _angle(d_first, d_join)) > SQUARE or abs(90.0 - _angle(d_last, d_join)) > SQUARE:
        return None
    near_first = _meet(first, joining)
    near_last = _meet(joining, last)
    if near_first is None or near_last is None:
        return None
    # Along each opposite side, away from the joining side, to where it leaves the frame.
    far_first = _exit(near_first, -d_first, width, height)
    far_last = _exit(near_last, d_last, width, height)
    if far_first is None or far_last is None:
        return None
    quad = order_corners(np.array([near_first, near_last, far_last, far_first], np.float32))
    across = float(np.linalg.norm(near_last - near_first))
    depth = max(float(np.linalg.norm(far_first - near_first)), float(np.linalg.norm(far_last - near_last)))
    if across <= 0 or not MIN_DEPTH * across <= depth <= MAX_ASPECT * across:
        return None
    if quad_area(quad) <= 0:
        return None
    return quad, True


def _cut_twice(card: list[tuple[np.ndarray, np.ndarray]], width: int, height: int) -> tuple[Points, bool] | None:
    """Two opposite card sides running from frame edge to frame edge (a card cut at both ends, or turned
    and filling the frame's height): the corners are where they meet the frame."""
    first, last = card
    if _angle(_direction(first), _direction(last)) > PARALLEL:
        return None
    ends = []
    for side in card:  # each side's line extended to the frame both ways: the corners lie on its edge
        middle, direction = (side[0] + side[1]) / 2, _direction(side)
        ends += [_exit(middle, direction, width, height), _exit(middle, -direction, width, height)]
    if any(end is None for end in ends):
        return None
    quad = order_corners(np.array(ends, np.float32))
    middle = (first[0] + first[1]) / 2
    direction = _direction(last)
    across = abs(float((middle - last[0])[0] * direction[1] - (middle - last[0])[1] * direction[0]))
    depth = min(float(np.linalg.norm(first[1] - first[0])), float(np.linalg.norm(last[1] - last[0])))
    if across <= 0 or not MIN_DEPTH * across <= depth <= MAX_ASPECT * across or quad_area(quad) <= 0:
        return None
    return quad, True


def _cut_corner(card: list[tuple[np.ndarray, np.ndarray]]) -> tuple[Points, bool] | None:
    """Four card sides around a corner the frame cuts off: the card's corners where they meet."""
    corners = [_meet(card[index - 1], card[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    quad = order_corners(np.array(corners, np.float32))
    if quad_area(quad) <= 0 or not corner_angles_ok(quad):
        return None
    return quad, False


def _meet(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    """Where the lines through two sides cross (None when parallel)."""
    p, r = first[0], first[1] - first[0]
    q, s = second[0], second[1] - second[0]
    cross = float(r[0] * s[1] - r[1] * s[0])
    if abs(cross) < 1e-6:
        return None
    t = float((q - p)[0] * s[1] - (q - p)[1] * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float32)


def _exit(start: np.ndarray, direction: np.ndarray, width: int, height: int) -> np.ndarray | None:
    """Where the ray from ``start`` (inside or on the frame) along ``direction`` leaves the frame."""
    limits: list[float] = []
    for axis, size in ((0, width - 1), (1, height - 1)):
        step = float(direction[axis])
        if abs(step) < 1e-9:
            continue
        bound = size if step > 0 else 0.0
        limits.append((bound - float(start[axis])) / step)
    if not limits:
        return None
    reach = min(limits)
    if reach <= 0:
        return None
    return np.asarray(start + reach * direction, dtype=np.float32)
