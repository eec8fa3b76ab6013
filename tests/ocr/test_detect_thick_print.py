"""Photos the finder used to give their own edges as the card's corners (issue 10): a card's small or blurred
print run together into one slanted block thicker than a line, ruled lines across the short side of a portrait
photo taken for print, a card filling the width of a photo of a card's proportions taken for a cut scan, and a
white card on ruled paper running past the frame. Real OpenCV on drawn photos, no mocks."""

from __future__ import annotations

import math

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards, work_copy
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_fallback import print_block_crop
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_print import TEXT_MAX_HEIGHT, print_marks, text_line_mask
from cardbook.ocr.types import as_u8

from .photo_set import _paste
from .render import FRENCH_CARD, render


def _card_photo(
    size: tuple[int, int],
    card_width: float,
    centre: tuple[float, float],
    turn: float,
    desk: float,
    blur: float,
) -> tuple[np.ndarray, np.ndarray]:
    """A photo (BGR, ``size`` = width, height) of the rendered card ``card_width`` of the photo's width wide,
    centred at ``centre`` (shares of the photo), turned by ``turn`` degrees on a plain desk of grey ``desk``,
    blurred by ``blur`` pixels; and the card's corners."""
    width, height = size
    photo = np.full((height, width, 3), desk, np.float32)
    card = render(FRENCH_CARD).astype(np.float32)
    card_h, card_w = card.shape[:2]
    scale = card_width * width / card_w
    angle = math.radians(turn)
    local = np.array([[-card_w, -card_h], [card_w, -card_h], [card_w, card_h], [-card_w, card_h]], np.float32) / 2
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    middle = np.array([centre[0] * width, centre[1] * height], np.float32)
    corners = np.asarray(local * scale @ rotation.T + middle, np.float32)
    _paste(photo, card, corners, 0)
    if blur:
        photo = cv2.GaussianBlur(photo, (0, 0), blur)
    noise = np.random.default_rng(3).normal(0, 2.0, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8), corners


def _work_print(photo: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """The finder's marks and lines of print on its work copy of ``photo`` (as its crop counts them when no
    outline holds: slanted too), and the copy's scale."""
    small, factor = work_copy(photo)
    marks = print_marks(as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)))
    return marks, text_line_mask(marks, slanted=True), factor


def test_a_slanted_block_of_blurred_print_thicker_than_a_line_is_print() -> None:
    """A card filling most of a portrait photo, turned by 35°, its print blurred into one block: measured by its
    upright box the block was thicker than ``TEXT_MAX_HEIGHT`` and dropped, leaving no print at all."""
    photo, corners = _card_photo((900, 1600), 0.95, (0.5, 0.45), 35.0, 120.0, 3.0)
    marks, text, factor = _work_print(photo)
    inside = np.zeros(marks.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.round(corners * factor).astype(np.int32), 255)
    on_card = np.count_nonzero(marks[inside > 0])
    # The case this test is about: the card's marks run together into a block thicker than a line.
    _count, _labels, stats, _ = cv2.connectedComponentsWithStats(
        cv2.morphologyEx(marks, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 3)))
    )
    thickest = int(np.minimum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]).max())
    assert thickest > TEXT_MAX_HEIGHT * min(marks.shape)
    assert np.count_nonzero(text[inside > 0]) >= 0.8 * on_card


def test_a_hollow_ring_of_marks_is_no_print() -> None:
    """A card's edge or frame joined into a ring of marks as thick as a block is not taken for one."""
    marks = np.zeros((360, 640), np.uint8)
    cv2.rectangle(marks, (150, 60), (450, 300), 255, 3)
    assert np.count_nonzero(text_line_mask(marks, slanted=True)) == 0


def test_ruled_lines_across_a_portrait_photo_are_no_print() -> None:
    """Rules spanning the short side of a portrait photo (too blurred and speckled for the rule filter) were
    shorter than ``TEXT_MAX_LENGTH`` of the long side and counted as print; lines of print beside them stay."""
    marks = np.zeros((640, 360), np.uint8)
    rng = np.random.default_rng(5)
    for y in range(20, 620, 40):
        cv2.line(marks, (0, y), (359, y + 2), 255, 3)
        marks[y - 3 : y + 5][rng.random((8, 360)) < 0.15] = 255  # the paper's speckle along the rule
    for row in range(4):  # four lines of print between two rules
        cv2.rectangle(marks, (60, 228 + 7 * row), (200, 230 + 7 * row), 255, -1)
    text = text_line_mask(marks)
    assert np.count_nonzero(text[:, 300:]) == 0  # no rule kept beyond the print
    assert np.count_nonzero(text[226:256, 60:201]) >= 0.8 * np.count_nonzero(marks[226:256, 60:201])


def test_a_card_across_a_card_shaped_photo_is_outlined_not_read_as_a_cut_scan() -> None:
    """No region outline: the card's print spans most of a 16:9 photo (the card fills its width) and its largest
    group covers a scan's share of it, which made the photo a scan cut at the card's edge, kept whole. The
    card's edges against the desk around its print now frame it."""
    photo, corners = _card_photo((1600, 900), 0.73, (0.5, 0.5), -3.0, 70.0, 1.0)
    marks, text, factor = _work_print(photo)
    small = work_copy(photo)[0]
    quads = print_block_crop(text, factor, 1600, 900, smooth_lab(as_u8(small)), marks)
    assert len(quads) == 1 and not quads[0].whole_image
    assert clipped_iou(quads[0].corners, corners, 1600, 900) >= FOUND_IOU


def test_a_scan_cut_at_the_card_edge_stays_whole() -> None:
    """The same card filling a card-shaped image to its edges (a scan): no edge around its print, read whole."""
    card = render(FRENCH_CARD)
    marks, text, factor = _work_print(card)
    small = work_copy(card)[0]
    height, width = card.shape[:2]
    quads = print_block_crop(text, factor, width, height, smooth_lab(as_u8(small)), marks)
    assert len(quads) == 1 and quads[0].whole_image


def _white_card_past_the_top(rules: int) -> tuple[np.ndarray, np.ndarray]:
    """A white card a few levels lighter than a sheet of white paper (ruled every ``rules`` pixels), its top past
    the frame, under light falling off across the photo; and the card's corners."""
    width, height, paper = 1600, 1200, 228.0
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    photo = np.full((height, width, 3), paper, np.float32)
    for y in range(rules // 2, height, rules) if rules else ():
        cv2.line(photo, (0, y), (width - 1, y), (paper - 20, paper - 45, paper - 60), 2)
    card = np.clip(render(FRENCH_CARD).astype(np.float32) - (255 - paper - 6), 0, 255)
    card_h, card_w = card.shape[:2]
    scale, angle = 0.55 * width / card_w, math.radians(5.0)
    local = np.array([[-card_w, -card_h], [card_w, -card_h], [card_w, card_h], [-card_w, card_h]], np.float32) / 2
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    corners = np.asarray(local * scale @ rotation.T + np.array([width / 2, 0.2 * height], np.float32), np.float32)
    _paste(photo, card, corners, 0)
    photo = photo * (1.0 - 0.18 * (xs / width) * 0.7 - 0.18 * (ys / height) * 0.3)[:, :, None]
    noise = np.random.default_rng(7).normal(0, 2.0, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8), corners


def test_a_white_card_on_ruled_paper_past_the_frame_is_outlined() -> None:
    """A white card on white (ruled) paper in shade, its top past the frame: the one-card test takes the photo
    for a scan (white paper to the frame, the print on white), and the outline from the print was asked four
    sides inside the frame; with the card's three sides and its proportions it is now the card."""
    for rules in (0, 48):
        photo, corners = _white_card_past_the_top(rules)
        height, width = photo.shape[:2]
        quads = find_cards(photo)
        assert quads and not quads[0].whole_image
        assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU
