"""``detect_camera_frame``: a photo in a camera's frame that looks like one card (a pale card on paper of its
colour) and where no outline closed: a crop on the card (the outline found outwards from its print, or the block
of its print when that walk ran to the frame: ``detect_faint_print``) replaces the whole photo, so the photo's own
edges are not stored as the card's corners (issue 10); a scan of a camera frame's shape stays the card."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_eval import clipped_iou
from cardbook.ocr.geometry import intersection_over_smaller, whole_image_quad

from .photo_set import scene, styled_card


def test_a_pale_card_on_paper_in_a_camera_frame_is_cropped_on_the_card_not_to_the_frame() -> None:
    """No outline closes around this pale card on ruled paper. The walk out from its print ran past the card to
    three edges of the frame (session 18, ``detect_faint_print``): the crop is now the block of its print, lying
    on the card, reaching no edge of the frame, and nearer the card than the whole photo."""
    card, _ = styled_card(9, np.random.default_rng(9), "pale")
    photo, placed = scene([card], "paper", 9, share=0.3)  # 1000 x 750: a 4:3 camera frame
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    assert len(quads) == 1 and not quads[0].whole_image
    assert quads[0].unsure  # a guess: the reader reads the whole photo too
    corners = quads[0].corners
    margin = 1.0  # the old walk's corners lay on the frame's edges (0 and 998)
    assert corners[:, 0].min() > margin and corners[:, 1].min() > margin
    assert corners[:, 0].max() < width - 1 - margin and corners[:, 1].max() < height - 1 - margin
    assert intersection_over_smaller(corners, placed[0]) > 0.6  # mostly on the card
    frame = whole_image_quad(width, height)
    assert clipped_iou(corners, placed[0], width, height) > clipped_iou(frame, placed[0], width, height)


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
