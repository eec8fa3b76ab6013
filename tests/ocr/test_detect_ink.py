"""A surface's soft marks are no scan's print (``detect_ink``): a card on a grained desk is not taken for a scan
because the grain's streaks lie on the desk's colour, while a scan's crisp print still makes it one. Real OpenCV
on drawn images and masks."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import looks_like_one_card
from cardbook.ocr.detect_ink import INK_CONTRAST, ink_print
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_print import local_contrast
from cardbook.ocr.types import as_u8

SIZE = (360, 640)
DESK = (90, 140, 185)  # BGR: a mid brown
GRAIN = (70, 118, 160)  # the grain's streaks: some 20 grey levels darker, well below ``INK_CONTRAST``
PAPER = (246, 248, 248)
INK = (30, 30, 30)


def _grained_desk() -> tuple[np.ndarray, np.ndarray]:
    """A brown desk whose grain's streaks, in pieces, pass as lines of print: the image and its print mask."""
    image = np.full((*SIZE, 3), DESK, np.uint8)
    text = np.zeros(SIZE, np.uint8)
    for y in range(10, SIZE[0] - 10, 14):
        for x in range(0, SIZE[1], 60):
            cv2.rectangle(image, (x, y), (x + 40, y + 2), GRAIN, -1)
            cv2.rectangle(text, (x, y), (x + 40, y + 2), 255, -1)
    return image, text


def _print_lines(image: np.ndarray, text: np.ndarray, left: int, right: int, colour: tuple[int, int, int]) -> None:
    for y in range(70, 300, 24):
        cv2.rectangle(image, (left + 15, y), (right - 20, y + 4), colour, -1)
        cv2.rectangle(text, (left + 15, y), (right - 20, y + 4), 255, -1)


def _grey(image: np.ndarray) -> np.ndarray:
    return as_u8(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))


def test_a_card_on_a_grained_desk_is_not_taken_for_a_scan() -> None:
    """A white card along the frame's edge on a grained desk: counted with the grain, the print lies mostly on
    the desk's colour, the border's, and the photo passes for a scan; its ink alone lies on the card."""
    image, text = _grained_desk()
    image[40:320, 0:150] = PAPER
    text[40:320, 0:150] = 0
    _print_lines(image, text, 0, 150, INK)
    lab = smooth_lab(image)
    assert looks_like_one_card(lab, text)  # the cause: the grain counted as print on the border's colour
    ink = ink_print(text, local_contrast(_grey(image)))
    assert np.count_nonzero(ink) < np.count_nonzero(text)
    assert not looks_like_one_card(lab, ink)


def test_a_scan_stays_one_card() -> None:
    """Crisp print on white paper reaching the frame: all of it is ink, and the image is one card."""
    image = np.full((*SIZE, 3), PAPER, np.uint8)
    text = np.zeros(SIZE, np.uint8)
    _print_lines(image, text, 100, 540, INK)
    ink = ink_print(text, local_contrast(_grey(image)))
    assert np.count_nonzero(ink) == np.count_nonzero(text)
    assert looks_like_one_card(smooth_lab(image), ink)


def test_print_without_ink_is_taken_whole() -> None:
    """A card printed in a pale colour only (no mark stepping by ``INK_CONTRAST``): its print is kept whole,
    as the one-card test took it before."""
    image = np.full((*SIZE, 3), PAPER, np.uint8)
    text = np.zeros(SIZE, np.uint8)
    pale = tuple(value - INK_CONTRAST // 2 for value in PAPER)
    _print_lines(image, text, 100, 540, (pale[0], pale[1], pale[2]))
    assert np.array_equal(ink_print(text, local_contrast(_grey(image))), text)
