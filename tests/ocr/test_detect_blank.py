"""A blank patch of a card's shape beside a card (a lighter patch of desk, a wedge of cloth, the blank part of a
picture) is no second card (``detect_blank``), nor is one crossing into the card over blank desk; two cards
with print are still two. Real OpenCV on drawn
photos, no mocks."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_blank import without_blank_outlines
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_print import local_contrast, print_marks, text_line_mask
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.types import as_u8

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


def _crossing_case(print_beyond: bool) -> tuple[list[Scored], np.ndarray, np.ndarray]:
    """On a work-sized copy of ``_photo``: the card's outline and a worse one crossing into its right half
    and running onto the desk beyond it (the desk there blank, or holding a line of print of its own)."""
    photo = _photo(print_on_right=False)
    if print_beyond:
        cv2.putText(photo, "Other Firm", (860, 900), cv2.FONT_HERSHEY_SIMPLEX, 1.6, (235, 235, 235), 3)
    small = as_u8(cv2.resize(photo, (WIDTH // 2, HEIGHT // 2), interpolation=cv2.INTER_AREA))
    grey = as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    text = text_line_mask(print_marks(grey, local_contrast(grey)))
    card = Scored(LEFT_CARD / 2, 0.9, 1.0, 0)
    crossing = Scored(np.array([[150, 225], [600, 225], [600, 500], [150, 500]], np.float32), 0.4, 0.8, 0)
    return [card, crossing], text, smooth_lab(small)


def test_an_outline_crossing_into_the_card_over_blank_desk_is_no_second_card() -> None:
    chosen, text, lab = _crossing_case(print_beyond=False)
    assert without_blank_outlines(chosen, text, lab) == chosen[:1]


def test_an_outline_crossing_into_the_card_with_print_of_its_own_stays() -> None:
    chosen, text, lab = _crossing_case(print_beyond=True)
    assert without_blank_outlines(chosen, text, lab) == chosen
