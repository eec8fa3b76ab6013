"""``detect_faint_print``: a camera's photo where no outline holds (a white card on a white table, over-exposed, both
clipped to white) is cropped to its print, faint lines included, not answered with the photo's own edges (issue
10); a textured surface's weave is not taken for print."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_faint_print import surface_marks
from cardbook.ocr.detect_print import local_contrast
from cardbook.ocr.geometry import quad_area

LINES = ("Firm and Sons", "Jane Doe, Manager", "+1 555 010 2030", "jane@firm.example", "12 Main Street, Town")


def _over_exposed_photo(seed: int) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A 4:3 photo of a white card on a white table, both clipped to white: no edge between them, a bold first
    line and pale lower ones. Returns the photo and the box (left, top, right, bottom) of the card's print."""
    rng = np.random.default_rng(seed)
    photo = np.full((900, 1200, 3), 255, np.uint8)
    left, top = int(rng.integers(250, 400)), int(rng.integers(200, 320))
    cv2.putText(photo, LINES[0], (left, top), cv2.FONT_HERSHEY_DUPLEX, 1.4, (60, 40, 30), 3)
    for row, line in enumerate(LINES[1:], start=1):
        pale = int(rng.integers(200, 225))  # a light body type washed out by the exposure
        cv2.putText(photo, line, (left, top + 55 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (pale, pale, pale), 2)
    ys, xs = np.nonzero(photo.min(axis=2) < 250)
    noise = rng.normal(0.0, 1.5, photo.shape)  # the sensor's noise, clipped with the rest
    photo = np.clip(photo.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    return photo, (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))


def test_an_over_exposed_white_card_on_white_is_cropped_to_all_its_print() -> None:
    for seed in (1, 2, 3):
        photo, (left, top, right, bottom) = _over_exposed_photo(seed)
        quads = find_cards(photo)
        assert len(quads) == 1
        quad = quads[0]
        assert not quad.whole_image and quad.text_region and quad.unsure  # read beside the whole photo
        xs, ys = quad.corners[:, 0], quad.corners[:, 1]
        # Every line of print inside, the pale ones too (a block of the bold line alone would stop above them).
        assert xs.min() <= left and ys.min() <= top and xs.max() >= right and ys.max() >= bottom
        assert quad_area(quad.corners) < 0.5 * photo.shape[0] * photo.shape[1]


def test_a_surface_s_weave_is_no_print_but_a_fainter_line_on_clipped_paper_is() -> None:
    rng = np.random.default_rng(4)
    cloth = np.clip(128 + 30 * np.sin(np.arange(640) / 3.0)[None, :] + rng.normal(0, 6, (480, 640)), 0, 255)
    marks = surface_marks(local_contrast(cloth.astype(np.uint8)))
    assert np.count_nonzero(marks) < 0.01 * marks.size  # the weave steps as much everywhere: none of it is print
    paper = np.full((480, 640), 255, np.uint8)
    cv2.putText(paper, "pale line", (200, 240), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 230, 1)  # 25 levels under white
    marks = surface_marks(local_contrast(paper))
    assert np.count_nonzero(marks[220:250, 195:330]) > 30 and np.count_nonzero(marks) == np.count_nonzero(
        marks[220:250, 195:330]
    )
