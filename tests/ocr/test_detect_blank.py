"""A blank patch of a card's shape beside a card (a lighter patch of desk, a wedge of cloth, the blank part of a
picture) is no second card (``detect_blank``); two cards with print are still two. Real OpenCV on drawn
photos, no mocks."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou

WIDTH, HEIGHT = 1600, 1200
LEFT_CARD = np.array([[150, 350], [700, 350], [700, 680], [150, 680]], np.float32)
RIGHT_CARD = np.array([[900, 420], [1450, 420], [1450, 750], [900, 750]], np.float32)


def _photo(print_on_right: bool) -> np.ndarray:
    """A dark desk, a white card with lines of print on the left and, on the right, a pale patch of the same
    size: blank, or a second card with print of its own."""
    photo = np.full((HEIGHT, WIDTH, 3), 70, np.uint8)
    for quad, printed, shade in ((LEFT_CARD, True, 235), (RIGHT_CARD, print_on_right, 215)):
        cv2.fillConvexPoly(photo, quad.astype(np.int32), (shade, shade, shade))
        if printed:
            left, top = (int(value) for value in quad[0])
            for line, text in enumerate(("Firm and Sons", "Jane Doe, Manager", "+1 555 010 2030", "jane@firm.example")):
                scale = 1.4 if line == 0 else 1.0
                cv2.putText(
                    photo, text, (left + 40, top + 70 + 60 * line), cv2.FONT_HERSHEY_SIMPLEX, scale, (30, 30, 30), 2
                )
    noise = np.random.default_rng(5).normal(0.0, 3.0, photo.shape)
    return np.clip(photo.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def _found(quads: list[np.ndarray], truth: np.ndarray) -> bool:
    return any(clipped_iou(quad, truth, WIDTH, HEIGHT) >= FOUND_IOU for quad in quads)


def test_a_blank_patch_beside_a_card_is_no_second_card() -> None:
    quads = [quad.corners for quad in find_cards(_photo(print_on_right=False))]
    assert len(quads) == 1 and _found(quads, LEFT_CARD)


def test_two_cards_with_print_stay_two() -> None:
    quads = [quad.corners for quad in find_cards(_photo(print_on_right=True))]
    assert len(quads) == 2 and _found(quads, LEFT_CARD) and _found(quads, RIGHT_CARD)
