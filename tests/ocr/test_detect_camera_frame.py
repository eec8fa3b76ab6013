"""``detect_camera_frame``: a photo in a camera's frame that looks like one card (a pale card on paper of its
colour) and where no outline closed: the card's outline found outwards from its print replaces the whole photo,
so the photo's own edges are not stored as the card's corners (issue 10); a scan of a camera frame's shape
stays the card."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.geometry import intersection_over_smaller

from .photo_set import scene, styled_card


def test_a_pale_card_on_paper_in_a_camera_frame_is_outlined_around_its_print() -> None:
    card, _ = styled_card(9, np.random.default_rng(9), "pale")
    photo, placed = scene([card], "paper", 9, share=0.3)  # 1000 x 750: a 4:3 camera frame
    quads = find_cards(photo)
    assert len(quads) == 1 and not quads[0].whole_image and not quads[0].text_region
    assert quads[0].unsure  # a guess: the reader reads the whole photo too
    assert intersection_over_smaller(quads[0].corners, placed[0]) > 0.9  # the card lies inside it


def _scan_16_9() -> np.ndarray:
    """A pale scan cut to exactly 16:9, its print spanning it."""
    photo = np.full((608, 1080, 3), 238, np.uint8)
    for line in range(9):
        text = "Firm and Sons  +1 555 010 2030  jane@firm.example"
        cv2.putText(photo, text, (40, 60 + 60 * line), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (40, 40, 40), 2)
    noise = np.random.default_rng(7).normal(0.0, 2.0, photo.shape)
    return np.clip(photo.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def test_a_scan_of_a_camera_frame_s_shape_with_print_across_it_stays_whole_and_sure() -> None:
    """A scan cut to exactly 16:9 whose print spans it: the whole image, not marked unsure (read as a photo)."""
    quads = find_cards(_scan_16_9())
    assert len(quads) == 1 and quads[0].whole_image and not quads[0].unsure
