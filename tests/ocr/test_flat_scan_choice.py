"""Flat scans keep Tesseract's path (``engine_choice``): a scanner's sharpening and 600 dpi make edges as
steep as a phone's, and a sparse card's contrast measured over the whole card is mostly paper; what tells a
photo is the light falling off across the card (``paper_light``) or a camera's frame."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from cardbook.ocr.engine_choice import LOW_CONTRAST_BELOW, PHOTO_LIGHT_FALL, SHARPENED_ABOVE, choose_engine
from cardbook.ocr.image_quality import measure
from cardbook.ocr.paper_light import UNKNOWN, light_fall
from cardbook.ocr.pipeline import ReadOptions, read_pixels

from .flatbed_scan import flatbed_scan
from .render import ENGLISH_CARD, Card, Text, render


def _sharpened(card: np.ndarray, amount: float = 1.5) -> np.ndarray:
    """Unsharp masking, as phones and scanner drivers apply it: edges overshoot."""
    soft = card.astype(np.float32)
    detail = soft - cv2.GaussianBlur(soft, (0, 0), 1.5)
    return np.clip(soft + amount * detail, 0, 255).astype(np.uint8)


def _lit_from_one_side(card: np.ndarray, fall: float) -> np.ndarray:
    """``card`` under a light falling off by ``fall`` (a share of the brightness) from left to right."""
    width = card.shape[1]
    light = 1.0 - fall * np.linspace(0.0, 1.0, width, dtype=np.float32)
    return np.clip(card.astype(np.float32) * light[None, :, None], 0, 255).astype(np.uint8)


def test_the_light_fall_follows_a_slope_and_leaves_out_a_panel() -> None:
    paper = np.full((120, 200), 240, np.uint8)
    assert light_fall(paper) == pytest.approx(0.0, abs=0.5)
    panelled = paper.copy()
    panelled[:, 140:] = 150  # a printed panel of another tint: a step, not a slope
    assert light_fall(panelled) == pytest.approx(0.0, abs=0.5)
    sloped = (np.linspace(250, 190, 200)[None, :] * np.ones((120, 1))).astype(np.uint8)
    assert light_fall(sloped) == pytest.approx(60.0, abs=3.0)
    noise = np.random.default_rng(3).integers(0, 256, (120, 200)).astype(np.uint8)
    assert light_fall(noise) == UNKNOWN  # no dominant paper


@pytest.mark.parametrize("dpi", [300, 600])
def test_a_sharpening_flatbed_scan_is_no_photo(dpi: int) -> None:
    for seed in (1, 2, 3):
        scan = flatbed_scan(render(ENGLISH_CARD), random.Random(seed), seed, dpi)
        quality = measure(scan)
        choice = choose_engine(quality)
        assert quality.sharpness > SHARPENED_ABOVE  # steep as a phone's edges: the case this test is about
        assert quality.light_fall < PHOTO_LIGHT_FALL
        assert not choice.photo and choice.engine == "tesseract", quality.describe()


def test_steep_edges_with_the_light_falling_off_or_a_camera_frame_are_a_photo() -> None:
    card = _sharpened(render(ENGLISH_CARD))
    even, lit = measure(card), measure(_lit_from_one_side(card, 0.3))
    assert even.sharpness > SHARPENED_ABOVE and lit.sharpness > SHARPENED_ABOVE
    assert lit.light_fall >= PHOTO_LIGHT_FALL > even.light_fall
    assert choose_engine(lit).photo
    assert not choose_engine(even).photo
    assert choose_engine(even, camera_shape=True).photo
    assert choose_engine(even, inside_photo=True).photo


def test_a_sparse_card_of_black_print_is_not_low_contrast() -> None:
    """Two short lines on a card otherwise blank: ink under 2 % of the card."""
    lines = [Text("Ada Moreau", 30, "DejaVuSans.ttf", (0, 0, 0)), Text("+33 1 23 45 67 89", 24)]
    sparse = Card(lines, size=(1400, 800))
    scan = flatbed_scan(render(sparse), random.Random(5), 5, 300)
    quality = measure(scan)
    assert quality.contrast < LOW_CONTRAST_BELOW <= quality.print_contrast, quality.describe()
    assert choose_engine(quality).reasons == ()
    # And the pipeline reads it with Tesseract.
    assert read_pixels(scan, ReadOptions())[0].engine.startswith("tesseract")


def test_a_card_of_light_grey_print_stays_low_contrast() -> None:
    pale = Card([Text(text.text, text.size, text.font, (205, 205, 205)) for text in ENGLISH_CARD.lines])
    quality = measure(render(pale))
    assert quality.print_contrast < LOW_CONTRAST_BELOW
    assert any(reason.startswith("low contrast") for reason in choose_engine(quality).reasons)
