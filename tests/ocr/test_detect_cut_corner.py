"""A card past two edges of the frame near one of its corners (``detect_cut._short_card_sides``): the short piece
of its side left in view is a card side, square to the next one, so the part in view is outlined; a rounded
corner's chord, at 45°, is still no side. Real OpenCV on drawn regions."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_cut import SHORT_SIDE, cut_outline
from cardbook.ocr.geometry import quad_area

WIDTH, HEIGHT = 640, 480
# A card turned upright (long side down the frame) past the frame's top and left edges: of its top side only
# the piece near its top-right corner is in view, under ``SHORT_SIDE`` of its long side.
CARD = np.array([[-300, 60], [40, 10], [185, 460], [-155, 510]], np.float32)


def _in_frame(corners: np.ndarray) -> np.ndarray:
    frame = np.array([[0, 0], [WIDTH - 1, 0], [WIDTH - 1, HEIGHT - 1], [0, HEIGHT - 1]], np.float32)
    _, part = cv2.intersectConvexConvex(corners.astype(np.float32), frame)
    return np.round(part).astype(np.int32).reshape(-1, 1, 2)


def _sides(contour: np.ndarray) -> list[float]:
    points = contour.reshape(-1, 2).astype(np.float64)
    return [float(np.linalg.norm(points[index] - points[index - 1])) for index in range(len(points))]


def test_the_short_piece_of_a_side_in_view_is_a_card_side() -> None:
    contour = _in_frame(CARD)
    lengths = _sides(contour)
    assert min(length for length in lengths if length > 5) < SHORT_SIDE * max(lengths)  # the case in question
    found = cut_outline(contour, WIDTH, HEIGHT)
    assert found is not None
    quad, across = found
    assert across  # three card sides in view: its top piece, its right side, its bottom
    assert quad_area(quad) >= 0.97 * cv2.contourArea(contour)
    assert min(float(np.linalg.norm(corner - CARD[1])) for corner in quad) <= 4.0  # the corner in view


def test_a_rounded_corner_is_still_no_side() -> None:
    """The same part in view with its corner cut at 45° instead (a rounded corner, a thumb over it): the chord
    is not square to its neighbours, and two card sides meeting at a corner stay refused."""
    corner, after, before = CARD[1], CARD[2], CARD[0]
    cut = 25.0
    down = (after - corner) / np.linalg.norm(after - corner)
    back = (before - corner) / np.linalg.norm(before - corner)
    chorded = np.array([CARD[0], corner + cut * back, corner + cut * down, CARD[2], CARD[3]], np.float32)
    frame = np.array([[0, 0], [WIDTH - 1, 0], [WIDTH - 1, HEIGHT - 1], [0, HEIGHT - 1]], np.float32)
    _, part = cv2.intersectConvexConvex(chorded, frame)
    contour = np.round(part).astype(np.int32).reshape(-1, 1, 2)
    assert cut_outline(contour, WIDTH, HEIGHT) is None
