"""Quadrilateral helpers: ordering corners, measuring a card's shape, warping it flat."""

from __future__ import annotations

import math

import cv2
import numpy as np

from cardbook.ocr.types import BgrImage, Points

# Business-card shapes (long side / short side): ISO 85×55 mm ≈ 1.55, US 3.5×2 in = 1.75, Japanese
# 91×55 ≈ 1.65, credit-card format 1.59. Photos foreshorten the card, hence the wide accepted band.
CARD_ASPECTS = (1.55, 1.59, 1.65, 1.75)
MIN_ASPECT = 1.25
MAX_ASPECT = 2.1


def order_corners(points: Points) -> Points:
    """Four points as top-left, top-right, bottom-right, bottom-left (clockwise from top-left)."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    center = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - center[1], pts[:, 0] - center[0])
    ordered = pts[np.argsort(angles)]  # clockwise in image coordinates, starting near -180° (left)
    # Rotate so that the first corner is the one with the smallest x + y (top-left).
    start = int(np.argmin(ordered.sum(axis=1)))
    return np.roll(ordered, -start, axis=0).astype(np.float32)


def side_lengths(quad: Points) -> tuple[float, float]:
    """(width, height) of an ordered quad: the longer of each pair of opposite sides."""
    tl, tr, br, bl = quad
    width = max(float(np.linalg.norm(tr - tl)), float(np.linalg.norm(br - bl)))
    height = max(float(np.linalg.norm(bl - tl)), float(np.linalg.norm(br - tr)))
    return width, height


def aspect_ratio(quad: Points) -> float:
    width, height = side_lengths(quad)
    short = min(width, height)
    return max(width, height) / short if short > 0 else math.inf


def aspect_fit(ratio: float) -> float:
    """1.0 for a card shape, falling to 0 outside the accepted band."""
    if not MIN_ASPECT <= ratio <= MAX_ASPECT:
        return 0.0
    distance = min(abs(ratio - aspect) for aspect in CARD_ASPECTS)
    return max(0.2, 1.0 - distance / 0.5)


def corner_angles_ok(quad: Points, tolerance_degrees: float = 25.0) -> bool:
    """Every interior angle within ``tolerance`` of 90° (a perspective view of a rectangle)."""
    for index in range(4):
        a, b, c = quad[index - 1], quad[index], quad[(index + 1) % 4]
        v1, v2 = a - b, c - b
        norm = float(np.linalg.norm(v1) * np.linalg.norm(v2))
        if norm == 0:
            return False
        angle = math.degrees(math.acos(max(-1.0, min(1.0, float(np.dot(v1, v2)) / norm))))
        if abs(angle - 90.0) > tolerance_degrees:
            return False
    return True


# A card tilted away from the camera about one of its axes (shot at a steep angle across a desk or a counter)
# is seen as a trapezoid: its sides along the tilt axis stay nearly parallel while the other two converge
# towards their vanishing point, so its corners leave 90° by more the shorter its far side is (a far side at
# half to two thirds of the near one puts them 20-35° off, beyond ``corner_angles_ok``'s 25° on the steeper
# ones). Such a quad is a card's view when one pair of its opposite sides lies within ``PARALLEL_SIDES`` of
# parallel and every corner within ``STEEP_ANGLES`` of 90°. Chosen from that geometry (a card seen 1.67:1
# with its far side at half the near one passes, at a third it fails; a kite and a parallelogram leaning 45°
# fail), then checked on ``photo_design_set --trait perspective`` seed 1: the sides of a card photographed
# that way lie a few degrees off parallel (its corners rounded, the fit), hence not 2-3°.
PARALLEL_SIDES = 8.0
STEEP_ANGLES = 40.0
FRAME_MARGIN = 2.0  # pixels: a corner this close to the frame's edge lies on it


def card_view_angles_ok(quad: Points, frame: tuple[int, int] | None = None) -> bool:
    """Corners a card's view can show: within 25° of right angles (mild perspective, ``corner_angles_ok``),
    or a card tilted steeply about one axis (``PARALLEL_SIDES``, ``STEEP_ANGLES``). ``frame`` (width,
    height): the steep view only for an outline wholly inside it; one with a side on the frame's edge is
    the frame's cut through the desk as often (a trapezoid of paper beside a hand, seed 1)."""
    if corner_angles_ok(quad):
        return True
    if frame is not None:
        width, height = frame
        inside = (quad[:, 0] > FRAME_MARGIN) & (quad[:, 0] < width - 1 - FRAME_MARGIN)
        inside &= (quad[:, 1] > FRAME_MARGIN) & (quad[:, 1] < height - 1 - FRAME_MARGIN)
        if not inside.all():
            return False
    if not corner_angles_ok(quad, STEEP_ANGLES):
        return False
    return any(_side_angle(quad, first) <= PARALLEL_SIDES for first in (0, 1))


def _side_angle(quad: Points, first: int) -> float:
    """Degrees between side ``first`` (from corner ``first`` to the next) and its opposite side."""
    one = quad[(first + 1) % 4] - quad[first]
    other = quad[(first + 3) % 4] - quad[(first + 2) % 4]  # the opposite side, the same way round
    norm = float(np.linalg.norm(one) * np.linalg.norm(other))
    if norm == 0:
        return 180.0
    return math.degrees(math.acos(max(-1.0, min(1.0, -float(np.dot(one, other)) / norm))))


def quad_area(quad: Points) -> float:
    return float(cv2.contourArea(quad.reshape(-1, 1, 2).astype(np.float32)))


def warp_quad(image: BgrImage, quad: Points, max_long_side: int | None = None) -> BgrImage:
    """The region inside ``quad`` as a flat rectangle, at the resolution the photo holds."""
    width, height = side_lengths(quad)
    scale = 1.0
    if max_long_side is not None and max(width, height) > max_long_side:
        scale = max_long_side / max(width, height)
    out_w, out_h = max(8, round(width * scale)), max(8, round(height * scale))
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    warped = cv2.warpPerspective(
        image,
        matrix,
        (out_w, out_h),
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.ascontiguousarray(warped, dtype=np.uint8)


def whole_image_quad(width: int, height: int) -> Points:
    return np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)


def rotate_quarter(image: BgrImage, quarter_turns: int) -> BgrImage:
    """Rotate counter-clockwise by 90° × ``quarter_turns`` (0..3)."""
    turns = quarter_turns % 4
    if turns == 0:
        return image
    codes = {1: cv2.ROTATE_90_COUNTERCLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_CLOCKWISE}
    return np.ascontiguousarray(cv2.rotate(image, codes[turns]))


def unrotate_points(points: Points, quarter_turns: int, width: int, height: int) -> Points:
    """``points`` of an image turned by ``rotate_quarter(image, quarter_turns)`` taken back to the
    ``width`` × ``height`` image it was turned from."""
    sizes = [(width, height)]
    for _ in range(quarter_turns % 4):
        sizes.append((sizes[-1][1], sizes[-1][0]))
    result = points.astype(np.float32).copy()
    for step in range(quarter_turns % 4, 0, -1):
        before_width = sizes[step - 1][0]
        # One counter-clockwise quarter turn sends (x, y) to (y, width - 1 - x): undo it.
        result = np.stack([before_width - 1 - result[:, 1], result[:, 0]], axis=1).astype(np.float32)
    return result


def intersection_over_smaller(a: Points, b: Points) -> float:
    """Overlap of two convex quads as a share of the smaller one (1.0 = one inside the other)."""
    area, _ = cv2.intersectConvexConvex(a.astype(np.float32), b.astype(np.float32))
    smaller = min(quad_area(a), quad_area(b))
    return float(area) / smaller if smaller > 0 else 0.0
