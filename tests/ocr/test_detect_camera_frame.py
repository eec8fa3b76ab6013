"""A photo in a camera's frame that looks like one card (a white card on a surface of its own colour, its edges
lost) and where no outline holds is cropped to its print, never kept whole with the photo's own edges as the
card's corners (issue 10); an image cut to a card's shape (a scan) is still the card."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards


def _print_on_pale(width: int, height: int) -> np.ndarray:
    """A pale surface with a card's lines of print in a block in its middle, no card edge to be seen."""
    photo = np.full((height, width, 3), 238, np.uint8)
    left, top = int(0.35 * width), int(0.38 * height)
    lines = ("Firm and Sons", "Jane Doe, Manager", "+1 555 010 2030", "jane@firm.example", "12 Main St, Town")
    for line, text in enumerate(lines):
        scale = 0.9 if line == 0 else 0.6
        cv2.putText(photo, text, (left, top + 34 * line), cv2.FONT_HERSHEY_SIMPLEX, scale, (40, 40, 40), 2)
    noise = np.random.default_rng(7).normal(0.0, 2.0, photo.shape)
    return np.clip(photo.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def test_a_camera_frame_with_no_outline_is_cropped_to_its_print() -> None:
    quads = find_cards(_print_on_pale(1280, 960))
    assert len(quads) == 1
    assert not quads[0].whole_image and quads[0].unsure
    xs, ys = quads[0].corners[:, 0], quads[0].corners[:, 1]
    # The crop holds the block of print and leaves most of the photo out.
    assert xs.min() < 0.35 * 1280 and ys.min() < 0.38 * 960 - 20
    assert (xs.max() - xs.min()) * (ys.max() - ys.min()) < 0.5 * 1280 * 960


def test_an_image_of_a_card_s_shape_is_still_the_card() -> None:
    quads = find_cards(_print_on_pale(1000, 600))
    assert len(quads) == 1 and quads[0].whole_image


def test_a_scan_of_a_camera_frame_s_shape_with_print_across_it_stays_whole_and_sure() -> None:
    """A scan cut to exactly 16:9 whose print spans it: the whole image, not marked unsure (read as a photo)."""
    scan = np.full((608, 1080, 3), 240, np.uint8)
    for line in range(9):
        text = "Firm and Sons  +1 555 010 2030  jane@firm.example"
        cv2.putText(scan, text, (40, 60 + 60 * line), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (40, 40, 40), 2)
    quads = find_cards(scan)
    assert len(quads) == 1 and quads[0].whole_image and not quads[0].unsure
