"""A white card on white paper in uneven light: its outline found outwards from its print
(``detect_around_print``), where the region views close none and the one-card test takes the photo for a
scan. Real OpenCV on drawn photos, no mocks."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_fallback import print_block_crop

from .photo_set import _paste
from .render import FRENCH_CARD, render


def _white_on_white(paper: float, card_tint: float, turn: float, light: float) -> tuple[np.ndarray, np.ndarray]:
    """A photo (BGR) of the rendered card, its paper ``card_tint`` lighter than a sheet of ``paper``, turned
    by ``turn`` degrees, under light falling off by ``light`` across the photo; and the card's corners."""
    width, height = 1600, 1200
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    photo = np.full((height, width, 3), paper, np.float32)
    card = render(FRENCH_CARD).astype(np.float32)
    card = np.clip(card - (255 - paper - card_tint), 0, 255)  # the card's white just above the paper's
    card_h, card_w = card.shape[:2]
    scale = 0.55 * width / card_w
    angle = math.radians(turn)
    local = np.array([[-card_w, -card_h], [card_w, -card_h], [card_w, card_h], [-card_w, card_h]], np.float32) / 2
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    corners = np.asarray(local * scale @ rotation.T + np.array([width / 2, height / 2], np.float32), np.float32)
    _paste(photo, card, corners, 0)
    falloff = 1.0 - light * (xs / width) * 0.7 - light * (ys / height) * 0.3  # a lamp at the top left
    photo = photo * falloff[:, :, None]
    noise = np.random.default_rng(7).normal(0, 2.0, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8), corners


@pytest.mark.parametrize(("paper", "tint", "turn", "light"), [(228, 6, 7, 0.18), (220, 8, 3, 0.1)])
def test_white_card_on_white_paper_in_shade_is_outlined_not_kept_whole(
    paper: float, tint: float, turn: float, light: float
) -> None:
    """The card's paper a few levels off the sheet's; the light falls off across the photo by more than that
    step. The finder used to keep the whole photo (the paper reaches the frame and the print lies on paper
    of the border's colour, as in a scan)."""
    photo, corners = _white_on_white(paper=paper, card_tint=tint, turn=turn, light=light)
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image and not quads[0].text_region
    assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU


def _print_mask(width: int, height: int, block: float = 0.2, lines: int = 6) -> np.ndarray:
    """Work-copy print: a block of ``lines`` lines ``block`` of the image wide in the middle, and marks of a
    surface's pattern (short strokes) near the corners of the image, each group large enough to join the
    print block."""
    mask = np.zeros((height, width), np.uint8)
    for line in range(lines):
        y = int(0.5 * height) - lines * 5 + line * 10
        cv2.rectangle(mask, (int((0.5 - block / 2) * width), y), (int((0.5 + block / 2) * width), y + 4), 255, -1)
    for x, y in ((10, 10), (width - 80, 10), (10, height - 20), (width - 80, height - 20)):
        cv2.rectangle(mask, (x, y), (x + 60, y + 4), 255, -1)
    return mask


def test_print_spanning_a_photo_narrows_to_the_card_and_a_scan_stays_whole() -> None:
    """No outline: a block of print spanning a 4:3 or a 16:9 photo (a cloth's marks joined the card's print)
    is narrowed to the largest group, the card's, rather than the whole photo; in an image of a card's
    proportions whose own block of print is a card's (a scan cut at the card's edge: its lines across most
    of it) the print spanning it still makes it one card."""
    photo_mask = _print_mask(640, 480)
    quads = print_block_crop(photo_mask, 0.5, 1280, 960)
    assert len(quads) == 1 and quads[0].text_region and not quads[0].whole_image
    left, top = quads[0].corners.min(axis=0)
    right, bottom = quads[0].corners.max(axis=0)
    assert 0.3 * 1280 < left < 0.4 * 1280 and 0.6 * 1280 < right < 0.7 * 1280
    assert top > 0.3 * 960 and bottom < 0.7 * 960
    scan = print_block_crop(_print_mask(640, 390, block=0.6, lines=14), 0.5, 1280, 780)
    assert len(scan) == 1 and scan[0].whole_image
    wide_photo = print_block_crop(_print_mask(640, 360), 0.5, 1280, 720)  # a small card's print, 16:9
    assert len(wide_photo) == 1 and wide_photo[0].text_region and not wide_photo[0].whole_image


def test_the_walk_from_a_firm_line_alone_retries_from_all_the_print() -> None:
    """A pale card filling the width of a portrait photo, its firm's name in bold type (the largest group of
    print), the lines below it apart and fainter: the walk outwards from the firm's line alone stops at the
    next line (a band, no card), and the photo's own edges were answered. Walked from all the card's groups
    of print, it stops at the card's edges."""
    width, height = 360, 640
    left, top, right, bottom = 15, 230, 345, 420
    lab = np.zeros((height, width, 3), np.float32)
    lab[:, :, 0] = 150.0  # the paper
    lab[top:bottom, left:right, 0] = 160.0  # the card, a few levels lighter
    text = np.zeros((height, width), np.uint8)
    rows = [(245, 12, 30, 330)] + [(278 + 18 * line, 4, 30 + 20 * line, 330 - 20 * line) for line in range(5)]
    for y, thick, x0, x1 in rows:
        lab[y : y + thick, x0:x1, 0] = 110.0
        text[y : y + thick, x0:x1] = 255
    lab[:, :, 0] += np.random.default_rng(3).normal(0.0, 0.8, (height, width)).astype(np.float32)
    quads = print_block_crop(text, 1.0, width, height, lab)
    assert len(quads) == 1 and not quads[0].whole_image and not quads[0].text_region
    card = np.array([[left, top], [right, top], [right, bottom], [left, bottom]], np.float32)
    assert clipped_iou(quads[0].corners, card, width, height) >= FOUND_IOU
