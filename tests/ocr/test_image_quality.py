"""``image_quality.measure`` takes its percentiles from histograms and a partial sort, and its letter height
from the orientation guess: the same figures, to the last bit, as NumPy's ``percentile`` and ``median`` and
as counting the letters again (a card's engine hangs on thresholds of these figures)."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from cardbook.ocr.image_quality import measure, noise_sigma, percentile_of_counts, strongest_edge
from cardbook.ocr.orientation import guess_orientation
from cardbook.ocr.prepare import median_letter_height, to_grey
from cardbook.ocr.types import rescale

from .render import ENGLISH_CARD, photograph, render


def _cards() -> list[np.ndarray]:
    card = render(ENGLISH_CARD)
    rng = np.random.default_rng(7)
    grainy = np.clip(card.astype(np.float64) + rng.normal(0, 6, card.shape), 0, 255).astype(np.uint8)
    blurred = cv2.GaussianBlur(card, (0, 0), 2.5)
    large = cv2.resize(card, None, fx=1.9, fy=1.9, interpolation=cv2.INTER_CUBIC)  # measured on a reduced copy
    return [card, grainy, blurred, large, photograph(card, seed=3)]


@pytest.mark.parametrize("percent", [0.0, 2.0, 5.0, 50.0, 90.0, 99.5, 100.0])
def test_percentiles_of_counts_are_numpys(percent: float) -> None:
    rng = np.random.default_rng(int(percent * 10))
    for size in (1, 2, 7, 1000, 100_001):
        sample = rng.integers(0, 256, size).astype(np.uint8)
        counts = np.bincount(sample, minlength=256)
        assert percentile_of_counts(counts, percent) == float(np.percentile(sample, percent))


def test_the_strongest_edge_is_numpys_percentile_of_the_lengths() -> None:
    """Random whole-number squared lengths of many sizes: the percentile of their square roots, interpolated
    as NumPy does on the float64 lengths, to the last bit."""
    rng = np.random.default_rng(11)
    differing = []
    for _ in range(3000):
        size = int(rng.integers(2, 5000))
        squared = rng.integers(0, 2 * 1020**2 + 1, size).astype(np.int32)
        percent = float(rng.choice([2.0, 37.3, 50.0, 90.0, 99.5]))
        if strongest_edge(squared, percent) != float(np.percentile(np.sqrt(squared.astype(np.float64)), percent)):
            differing.append((size, percent))
    assert differing == []


def test_each_measure_equals_the_sorted_one() -> None:
    for card in _cards():
        grey_full = to_grey(card)
        factor = 1000 / max(grey_full.shape[:2])
        grey = rescale(grey_full, factor, cv2.INTER_AREA) if factor < 1 else grey_full
        quality = measure(card)
        ink, paper = np.percentile(grey, 2), np.percentile(grey, 90)
        assert quality.contrast == float(paper) - float(ink)
        gx = cv2.Sobel(grey.astype(np.float32), cv2.CV_32F, 1, 0, ksize=3).astype(np.float64)
        gy = cv2.Sobel(grey.astype(np.float32), cv2.CV_32F, 0, 1, ksize=3).astype(np.float64)
        gradient = np.sqrt(gx * gx + gy * gy)  # whole-number sums, exact squares: the same bits on every call
        assert quality.sharpness == float(np.percentile(gradient, 99.5)) / max(4.0 * quality.contrast, 1.0)
        kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
        response = np.abs(cv2.filter2D(grey.astype(np.float32), -1, kernel))[1:-1, 1:-1]
        assert noise_sigma(grey) == float(np.median(response)) * math.sqrt(math.pi / 2.0) / 6.0 * 1.4826
        counted = median_letter_height(grey)
        assert quality.letter_px == (counted / factor if factor < 1 else counted)
        assert quality.letter_px > 0


def test_the_orientation_guess_hands_on_the_same_letter_height() -> None:
    for card in _cards():
        guess = guess_orientation(to_grey(card))
        assert guess.capture_letter_px == measure(card).letter_px
        assert measure(card, guess.capture_letter_px) == measure(card)
