"""A card past three edges of the frame, one of its sides in view (``detect_one_side``): the part in view is the
frame beyond that side, not the whole photo; a side cutting a frame's corner off gives no such outline. Real
OpenCV on drawn photos and points, no mocks."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_around_print import MAX_FRAME_SIDES
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_fallback import card_like
from cardbook.ocr.detect_one_side import frame_beyond_side
from cardbook.ocr.geometry import quad_area

from .photo_set import _paste
from .render import FRENCH_CARD, render


def _card_past_three_edges(paper: float, card_tint: float, turn: float) -> tuple[np.ndarray, np.ndarray]:
    """A portrait photo (BGR) of the rendered card, its paper ``card_tint`` lighter than a sheet of ``paper``
    (a white card on white paper: no region view closes it), turned by ``turn`` degrees and so large that it
    runs past the left, right and bottom edges: only its top side is in view. And the card's corners."""
    width, height = 900, 1600
    photo = np.full((height, width, 3), paper, np.float32)
    card = render(FRENCH_CARD).astype(np.float32)
    card = np.clip(card - (255 - paper - card_tint), 0, 255)
    card_h, card_w = card.shape[:2]
    scale = 1.25 * width / card_w
    angle = math.radians(turn)
    local = np.array([[-card_w, -card_h], [card_w, -card_h], [card_w, card_h], [-card_w, card_h]], np.float32) / 2
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    centre = np.array([width / 2 + 40, height - 0.3 * card_h * scale], np.float32)
    corners = np.asarray(local * scale @ rotation.T + centre, np.float32)
    _paste(photo, card, corners, 0)
    noise = np.random.default_rng(7).normal(0, 2.0, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8), corners


@pytest.mark.parametrize(("paper", "tint", "turn"), [(228, 8, -6), (215, 10, 4)])
def test_card_past_three_edges_is_outlined_not_kept_whole(paper: float, tint: float, turn: float) -> None:
    photo, corners = _card_past_three_edges(paper, tint, turn)
    height, width = photo.shape[:2]
    assert (corners[:, 0].min() < 0) and (corners[:, 0].max() > width) and (corners[:, 1].max() > height)
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image and not quads[0].text_region
    assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU


def test_the_frame_beyond_a_side_across_it() -> None:
    width, height = 640, 480
    # Across the width, the print below the side: the frame's lower part.
    quad = frame_beyond_side(np.array([100.0, 200.0]), np.array([500.0, 240.0]), np.array([320.0, 400.0]), 640, 480)
    assert quad is not None
    # The side's line meets the left edge at y = 190 and the right edge (x = 639) at y = 253.9.
    assert quad_area(quad) == pytest.approx(639 * ((height - 1) - (190.0 + 253.9) / 2), rel=0.01)
    assert float(quad[:, 1].max()) == pytest.approx(height - 1)
    # Down the height, the print to the left: the frame's left part.
    quad = frame_beyond_side(np.array([400.0, 50.0]), np.array([380.0, 400.0]), np.array([100.0, 240.0]), 640, 480)
    assert quad is not None
    assert float(quad[:, 0].min()) == pytest.approx(0.0) and float(quad[:, 0].max()) < 410.0
    assert cv2.pointPolygonTest(quad.reshape(-1, 1, 2), (100.0, 240.0), False) > 0
    # A side cutting off a corner of the frame: five sides in view, no quadrilateral.
    corner_cut = frame_beyond_side(np.array([0.0, 300.0]), np.array([200.0, 479.0]), np.array([50, 450]), width, height)
    assert corner_cut is None


def test_the_frame_beyond_a_side_leaves_no_print_out() -> None:
    """Beyond the one side of a card in view lies the surface; print there (a coloured band's name in a scan,
    beyond the band's edge) refuses the outline."""
    text = np.zeros((480, 640), np.uint8)
    for y in range(260, 420, 20):  # the card's lines, below its side
        cv2.rectangle(text, (100, y), (500, y + 5), 255, -1)
    quad = frame_beyond_side(np.array([0.0, 200.0]), np.array([639.0, 220.0]), np.array([320.0, 340.0]), 640, 480)
    assert quad is not None
    assert card_like(quad, MAX_FRAME_SIDES + 1, text)
    cv2.rectangle(text, (100, 80), (300, 110), 255, -1)  # a name beyond the side
    assert not card_like(quad, MAX_FRAME_SIDES + 1, text)
