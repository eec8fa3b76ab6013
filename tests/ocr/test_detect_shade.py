"""A phone's straight shadow across a pale card on paper (``detect_shade``), and the crop when a surface's
pattern joins the card's print (``detect_fallback.densest_print``). Real OpenCV on drawn photos, no mocks."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from cardbook.ocr import detect
from cardbook.ocr.detect import find_cards, work_copy
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_fallback import print_block_crop
from cardbook.ocr.detect_shade import shade_side

from .photo_real_scenes import REAL_SCENES, make_real_photo
from .photo_set import _paste
from .render import FRENCH_CARD, render

CREAM = np.array([188, 214, 236], np.float32)  # BGR: a cream table top


def _phone_shade_photo(index: int) -> tuple[np.ndarray, np.ndarray]:
    """A ``photo_set --kind real`` photo of the phone_shade scene (seed 1, the tuning seed): a white or pale
    card on white paper or a cream table, the hard-edged shadow of a phone across it; and its corners."""
    assert REAL_SCENES[index % len(REAL_SCENES)] == "phone_shade"
    data, truth = make_real_photo(index, np.random.default_rng([1, index]))
    photo = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    return photo, np.asarray(truth["cards"][0], np.float32)


@pytest.mark.parametrize("index", [0, 12])
def test_card_split_by_a_phones_shadow_is_found_whole(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shadow's edge crosses card and paper: the lit or the shaded part closed as the card, and still
    does without the second look at the relit photo."""
    photo, corners = _phone_shade_photo(index)
    height, width = photo.shape[:2]
    quads = find_cards(photo)
    assert quads and not quads[0].whole_image and not quads[0].unsure
    assert clipped_iou(quads[0].corners, corners, width, height) >= FOUND_IOU
    monkeypatch.setattr(detect, "_across_shade", lambda small, quad: None)
    part = find_cards(photo)
    assert not part or clipped_iou(part[0].corners, corners, width, height) < FOUND_IOU


def _card_on_cream(turn: float) -> tuple[np.ndarray, np.ndarray]:
    """A photo (BGR) of the rendered white card on a cream table, turned by ``turn`` degrees, and the card's
    corners."""
    width, height = 1600, 1200
    photo = np.ones((height, width, 3), np.float32) * CREAM
    card = render(FRENCH_CARD).astype(np.float32)
    card_h, card_w = card.shape[:2]
    scale = 0.5 * width / card_w
    angle = math.radians(turn)
    local = np.array([[-card_w, -card_h], [card_w, -card_h], [card_w, card_h], [-card_w, card_h]], np.float32) / 2
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    corners = np.asarray(local * scale @ rotation.T + np.array([width / 2, height / 2], np.float32), np.float32)
    _paste(photo, card, corners, 0)
    noise = np.random.default_rng(3).normal(0, 1.5, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8), corners


def test_card_edges_are_no_shadow() -> None:
    """A card without a shadow: none of its sides is taken for a shadow's edge (the table beyond its
    corners has one colour on both sides of each side's line)."""
    photo, corners = _card_on_cream(8)
    small, factor = work_copy(photo)
    assert shade_side(small, corners * factor) is None


def test_print_on_a_patterned_surface_narrows_to_where_it_is_densest() -> None:
    """No outline; a cloth's pattern (short strokes all over a 4:3 photo, close enough to join into one group
    of print with the card's) spans the photo, so the largest group of print does too. The crop is where the
    marks lie densest, the card's lines of print, not the photo's own edges."""
    width, height = 640, 480
    text = np.zeros((height, width), np.uint8)
    for y in range(10, height - 10, 22):
        for x in range(10 + (y % 44), width - 30, 44):
            cv2.rectangle(text, (x, y), (x + 14, y + 3), 255, -1)
    card = (slice(300, 400), slice(80, 240))  # a card's print: lines 4 px apart
    text[card] = 0
    for y in range(300, 400, 8):
        cv2.rectangle(text, (80, y), (230, y + 3), 255, -1)
    marks = text.copy()
    whole = print_block_crop(text, 0.5, 1280, 960)
    assert whole[0].whole_image  # the pattern joined the card's print: the photo was the crop
    quads = print_block_crop(text, 0.5, 1280, 960, marks=marks)
    assert len(quads) == 1 and quads[0].text_region and not quads[0].whole_image
    left, top = quads[0].corners.min(axis=0) * 0.5
    right, bottom = quads[0].corners.max(axis=0) * 0.5
    assert 40 < left < 80 and 230 < right < 290 and 250 < top < 300 and 400 < bottom < 450
