"""Regions sharing a bounding box are scored apart (``detect_seen``): a card's region with a notch cut into it
(the edges of fingers holding it, traced by a fine edge view) fails as an outline and must not hide the clean
region of the same card traced by another view."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import MIN_AREA, _score_new, work_copy
from cardbook.ocr.detect_eval import FOUND_IOU, clipped_iou
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_print import local_contrast, print_marks, text_line_mask
from cardbook.ocr.detect_seen import SeenRegions, region_key, with_second_traces
from cardbook.ocr.types import as_u8

from .photo_set import scene, styled_card


def _outline(points: np.ndarray) -> np.ndarray:
    """A closed contour through ``points`` (OpenCV's layout), every pixel along its sides as traced."""
    mask = np.zeros((800, 1000), np.uint8)
    cv2.fillPoly(mask, [np.round(points).astype(np.int32)], 255)
    return max(cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0], key=cv2.contourArea)


def _notched(corners: np.ndarray, width: float, depth: float) -> np.ndarray:
    """``corners`` (TL, TR, BR, BL) with a notch ``width`` of the bottom side wide and ``depth`` of the card deep
    cut up into it from the middle of its bottom side: what the edges of two fingers across that side cut off."""
    top_left, top_right, bottom_right, bottom_left = corners
    start = bottom_left + (bottom_right - bottom_left) * (0.5 - width / 2)
    end = bottom_left + (bottom_right - bottom_left) * (0.5 + width / 2)
    up = (top_left - bottom_left) * depth
    return np.array([top_left, top_right, bottom_right, end, end + up, start + up, start, bottom_left])


def _held_card() -> tuple[np.ndarray, np.ndarray, np.ndarray, float, tuple[int, int]]:
    """A colourful generated card on a dark desk, as the finder sees it: its corners in the work copy, the work
    copy's smoothed Lab and print lines, the least outline area, and the work copy's (height, width)."""
    card, _ = styled_card(3, np.random.default_rng(3), "colourful")
    photo, placed = scene([card], "dark_desk", 3, share=0.3)
    small, factor = work_copy(photo)
    corners = placed[0] * factor
    grey = as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    lab = smooth_lab(as_u8(small))
    text = text_line_mask(print_marks(grey, local_contrast(grey)))
    return corners, lab, text, MIN_AREA * small.shape[0] * small.shape[1], small.shape[:2]


def test_a_notched_region_does_not_hide_the_card_traced_by_another_view() -> None:
    corners, lab, text, min_area, (height, width) = _held_card()
    notched, clean = _outline(_notched(corners, 0.4, 0.5)), _outline(corners)
    assert cv2.boundingRect(notched) == cv2.boundingRect(clean)
    # The notched region alone is no card outline (it fills too little of its quad)…
    assert not [
        card
        for card in _score_new([notched], lab, text, min_area, SeenRegions())
        if clipped_iou(card.quad, corners, width, height) >= FOUND_IOU
    ]
    # …and scored first, it still leaves the clean region to be scored.
    seen = SeenRegions()
    found = with_second_traces(_score_new([notched, clean], lab, text, min_area, seen), seen)
    assert any(clipped_iou(card.quad, corners, width, height) >= FOUND_IOU for card in found)


def test_the_same_region_traced_twice_has_one_key() -> None:
    corners = np.array([[100, 100], [400, 120], [390, 300], [95, 280]], np.float32)
    first, again = _outline(corners), _outline(corners + 0.4)
    assert region_key(first, cv2.boundingRect(first)) == region_key(again, cv2.boundingRect(again))
    notched = _outline(_notched(corners, 0.4, 0.5))
    assert region_key(notched, cv2.boundingRect(notched)) != region_key(first, cv2.boundingRect(first))


def test_a_second_trace_of_an_outlined_card_leaves_the_first_outline() -> None:
    corners, lab, text, min_area, _ = _held_card()
    clean = _outline(corners)
    # The same card traced again in the same box with a finger's nick (an eighth of its area): the fit is the
    # same outline, a second trace, not a second answer.
    slimmer = _outline(_notched(corners, 0.3, 0.4))
    seen = SeenRegions()
    first = _score_new([clean, slimmer], lab, text, min_area, seen)
    assert len(first) == 1 and len(seen.second_traces) == 1
    assert with_second_traces(first, seen) == first
