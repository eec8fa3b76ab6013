"""Cheap measures of how a straightened card was captured: sensor noise, sharpness, uneven light, letter
size, contrast — a few milliseconds on a card, before any OCR.

They tell a flat scan (clean paper, sharp steps from paper to ink, even light) from a phone photo (grain,
soft edges, light falling off across the card, JPEG ringing), which is what ``engine_choice`` needs to
send a card to the engine that reads it best. Every measure is made on a copy scaled so that the card's
long side is ``_WORK_SIDE`` pixels, so they compare across image sizes.

Every card pays for ``measure`` before its reading, so its percentiles and median are taken from histograms
(grey levels and the noise filter's integer responses) or a partial sort, not by sorting the copy, and the
letter height comes from the orientation guess when it has counted it on the same copy: the same values as
NumPy's ``percentile`` and ``median`` (``tests/ocr/test_image_quality.py``) for a fraction of the time
(docs/MEASURING.md, "Where a scan's time goes").
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from cardbook.ocr.loading import reading_photo
from cardbook.ocr.paper_light import UNKNOWN, light_fall
from cardbook.ocr.prepare import median_letter_height, to_grey
from cardbook.ocr.types import BgrImage, GreyImage, rescale

_WORK_SIDE = 1000  # long side of the copy measured: a card's letters stay several pixels high


@dataclass(frozen=True, slots=True)
class ImageQuality:
    noise: float  # sensor/JPEG noise, grey levels (Immerkær's estimate on the working copy)
    sharpness: float  # strongest edge steps per grey level of contrast (1: a one-pixel step; blur: lower)
    unevenness: float  # (brightest - darkest) / brightest of the paper's local brightness
    letter_px: float  # typical letter height in the card's own pixels (0: none found)
    contrast: float  # paper brightness minus ink brightness (grey levels)
    glare: float = 0.0  # share of the card under a specular spot (``glare_share``)
    light_fall: float = UNKNOWN  # fall of the light across the dominant paper, grey levels (``paper_light``)
    print_contrast: float = 255.0  # paper minus the ink beside the print's edges (``ink_beside_edges``)

    def describe(self) -> str:
        return (
            f"noise {self.noise:.1f} sharp {self.sharpness:.2f} uneven {self.unevenness:.2f} "
            f"letter {self.letter_px:.0f}px contrast {self.contrast:.0f} glare {self.glare:.2f} "
            f"light fall {self.light_fall:.0f} print contrast {self.print_contrast:.0f}"
        )


def noise_sigma(grey: GreyImage) -> float:
    """Immerkær (1996): the noise standard deviation from a Laplacian-difference filter that cancels
    smooth image structure; print edges add a little, the same on scans and photos."""
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
    # The filter's responses on 8-bit grey are whole numbers (|r| ≤ 16 × 255): counted, not sorted, by
    # OpenCV's histogram of their absolute values (the same counts as NumPy's bincount, in under half its time).
    response = np.abs(cv2.filter2D(grey, cv2.CV_16S, kernel)[1:-1, 1:-1]).astype(np.uint16)
    # Median instead of the mean: print edges are a minority of pixels and would dominate a mean.
    return _median_of_counts(level_counts(response, _NOISE_LEVELS)) * math.sqrt(math.pi / 2.0) / 6.0 * 1.4826


# The noise filter's largest response on 8-bit grey: 16 × 255 (its weights' absolute sum times the range).
_NOISE_LEVELS = 16 * 255 + 1


def level_counts(values: np.ndarray, levels: int = 256) -> np.ndarray:
    """How many of ``values`` (8- or 16-bit unsigned whole numbers below ``levels``) hold each level:
    ``numpy.bincount``'s counts, by OpenCV's histogram (exact below 2**24 values per level, far above a
    card's 1000-px copy)."""
    histogram = cv2.calcHist([np.ascontiguousarray(values)], [0], None, [levels], [0, levels])
    return np.rint(histogram.ravel()).astype(np.int64)


def _lerp(low: Any, high: Any, weight: Any) -> Any:
    """NumPy's linear interpolation between two neighbouring order statistics (``numpy.percentile``'s), in
    the type of its arguments (NumPy interpolates a float32 sample in float32)."""
    diff = high - low
    return high - diff * (1.0 - weight) if weight >= 0.5 else low + diff * weight


def _order_statistics(cumulative: np.ndarray, ranks: tuple[int, int]) -> tuple[float, float]:
    """The values of ``ranks`` (0-based) in the sorted sample whose running counts per value are ``cumulative``."""
    found = np.searchsorted(cumulative, np.asarray(ranks), side="right")
    return float(found[0]), float(found[1])


def percentile_of_counts(counts: np.ndarray, percent: float) -> float:
    """``numpy.percentile`` of the sample of whole numbers whose count per value is ``counts``."""
    cumulative = np.cumsum(counts)
    total = int(cumulative[-1])
    quantile = percent / 100.0
    virtual = (total - 1) * quantile  # NumPy's index for its default ("linear") method
    below = math.floor(virtual)
    low, high = _order_statistics(cumulative, (below, min(below + 1, total - 1)))
    return float(_lerp(low, high, virtual - below))


def _median_of_counts(counts: np.ndarray) -> float:
    """``numpy.median`` of the sample of whole numbers whose count per value is ``counts``."""
    cumulative = np.cumsum(counts)
    total = int(cumulative[-1])
    low, high = _order_statistics(cumulative, ((total - 1) // 2, total // 2))
    return (low + high) / 2.0


def paper_brightness(grey: GreyImage) -> GreyImage:
    """The paper's local brightness (a max filter wider than a letter, then smoothing)."""
    small = rescale(grey, 200.0 / max(grey.shape[:2]), cv2.INTER_AREA)
    return np.asarray(cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 7), dtype=np.uint8)


# A specular spot on glossy stock: paper near white (GLARE_LEVEL) and far brighter than the card's own paper
# (GLARE_RISE over its median), where print washes out and Tesseract reads what is left with high confidence.
# Only on paper of a tint or colour (median at least GLARE_PAPER_FROM: below, a dark card's light print and
# border look the same, and dark cards go to RapidOCR anyway; on white paper no spot can rise 40 levels).
# Set on the generated photos of seed 1 (tests/ocr/photo_set.py): tinted cards with glare 0.18-0.20 of the
# card, without 0.00-0.05 (docs/MEASURING.md, "Glare, photos without EXIF, and Portuguese and Spanish accents").
GLARE_LEVEL = 235.0
GLARE_RISE = 40.0
GLARE_PAPER_FROM = 110.0


def glare_share(paper: np.ndarray) -> float:
    """The share of the card under a specular spot, from its paper's local brightness (``paper_brightness``)."""
    median = float(np.median(paper))
    if median < GLARE_PAPER_FROM:
        return 0.0
    spot = (paper >= GLARE_LEVEL) & (paper >= median + GLARE_RISE)
    return float(np.count_nonzero(spot)) / max(1, spot.size)


def squared_gradient(grey: GreyImage) -> np.ndarray:
    """Sobel's gradient length per pixel, squared, as whole numbers (int32). Sobel's sums of 8-bit grey levels
    are whole numbers (|g| ≤ 4 × 255, exact in int16) and their squares' sum fits int32 exactly, so ordering
    the squares orders the lengths: the strongest edges are found without a square root per pixel, and the
    lengths are the same on every call (``cv2.magnitude`` rounded some pixels differently from one call to
    the next, which moved the sharpness by one unit in the last place)."""
    gx = cv2.Sobel(grey, cv2.CV_16S, 1, 0, ksize=3).astype(np.int32)
    gy = cv2.Sobel(grey, cv2.CV_16S, 0, 1, ksize=3).astype(np.int32)
    return np.asarray(gx * gx + gy * gy, dtype=np.int32)


def strongest_edge(squared: np.ndarray, percent: float = 99.5) -> float:
    """``numpy.percentile`` of the gradient's lengths (the square roots of ``squared``), interpolated in
    float64 as NumPy interpolates the float64 lengths: the two neighbouring order statistics are the same
    pixels (the square root keeps the order) and their roots are the same correctly rounded doubles. A
    partial sort of the two neighbours instead of NumPy's full sort; the weight stays a Python float, as
    NumPy keeps it (cast to float32 first, it differed in the last place on a few samples)."""
    flat = squared.ravel()
    total = flat.size
    virtual = (total - 1) * (percent / 100.0)
    below = math.floor(virtual)
    above = min(below + 1, total - 1)
    parted = np.partition(flat, (below, above))
    low, high = math.sqrt(float(parted[below])), math.sqrt(float(parted[above]))
    return float(_lerp(low, high, virtual - below))


def measure(card: BgrImage, letter_px: float = -1.0) -> ImageQuality:
    """The capture measures of one straightened card (colour, any size). ``letter_px``: its letter height
    as this measure counts it, when already counted (``OrientationGuess.capture_letter_px``; -1: count it)."""
    grey_full = to_grey(card)
    factor = _WORK_SIDE / max(grey_full.shape[:2])
    grey = rescale(grey_full, factor, cv2.INTER_AREA) if factor < 1.0 else grey_full
    paper_levels = paper_brightness(grey)
    paper = paper_levels.astype(np.float32)
    bright, dark = float(np.percentile(paper, 95)), float(np.percentile(paper, 5))
    unevenness = (bright - dark) / max(bright, 1.0)
    levels = level_counts(grey)
    ink = percentile_of_counts(levels, 2)
    paper_level = percentile_of_counts(levels, 90)
    contrast = paper_level - ink
    squared = squared_gradient(grey)
    # Sobel of a one-pixel step of height c peaks at 4c: the strongest edges over 4 × contrast is 1 on a
    # sharp scan and falls as blur spreads each step over more pixels.
    strongest = strongest_edge(squared, 99.5)
    sharpness = strongest / max(4.0 * contrast, 1.0)
    if letter_px < 0:
        counted = median_letter_height(grey)
        letter_px = counted / max(factor, 1e-6) if factor < 1.0 else counted
    glare = glare_share(paper)
    fall = light_fall(paper_levels)
    printed = paper_level - ink_beside_edges(grey, squared, strongest)
    return ImageQuality(noise_sigma(grey), sharpness, unevenness, letter_px, contrast, glare, fall, printed)


# The ink's level where the print is, for ``ImageQuality.print_contrast``: the card's 2nd percentile is the
# ink only when ink covers more than 2 % of the card; on a sparse card (a few short lines on much paper, as
# corporate cards often are) it falls on paper or the letters' anti-aliased rims, and the card measured as
# "low contrast" although its letters are black on white. Beside the print's strong edges (at least
# ``_EDGE_SHARE`` of the strongest, the 99.5th percentile) about half the pixels are ink: their
# ``_INK_PERCENT``-th percentile is the ink's level whatever the share of the card the print covers.
_EDGE_SHARE = 0.5
_INK_PERCENT = 10.0


def ink_beside_edges(grey: GreyImage, squared: np.ndarray, strongest: float) -> float:
    """The ink's grey level next to the print's strongest edges (``squared``: ``squared_gradient``; an edge
    is at least ``_EDGE_SHARE`` of ``strongest`` long)."""
    edges = (squared >= (_EDGE_SHARE * strongest) ** 2).astype(np.uint8)
    beside = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    counts = cv2.calcHist([grey], [0], beside, [256], [0, 256]).ravel()
    if counts.sum() == 0:
        return 255.0
    return percentile_of_counts(np.rint(counts).astype(np.int64), _INK_PERCENT)


_CAMERA_TAGS = (0x010F, 0x0110)  # EXIF Make, Model: set by cameras and phones; scanners rarely fill both
_EXPOSURE_TAGS = (0x829A, 0x829D, 0x8827)  # ExposureTime, FNumber, ISO: only a camera measures light


def camera_exif(path: str | os.PathLike[str]) -> bool:
    """The file says a camera took it (Make and Model, or exposure settings). Reads the header only."""
    try:
        with reading_photo(path), Image.open(path) as image:
            exif = image.getexif()
            if all(exif.get(tag) for tag in _CAMERA_TAGS):
                return True
            details = exif.get_ifd(0x8769)  # the Exif sub-directory holds the exposure settings
            return any(details.get(tag) for tag in _EXPOSURE_TAGS)
    except (OSError, ValueError, SyntaxError):
        return False


# The frames phone and camera sensors write (4:3, 3:2, 16:9; not square: square cards exist), long side over
# short side. A whole image of one of these shapes in which the card finder saw no card outline and no scan
# (``CardQuad.unsure``) is a photo whose EXIF was dropped (messaging apps and screenshots strip it): it is read
# as a photo, in colour (pale coloured print fades in grey). Scans are cut to the card by hand or by the
# scanner's own crop, to no such exact ratio: the shared scans the finder was unsure of measured 1.48-1.70.
CAMERA_FRAMES = (4 / 3, 3 / 2, 16 / 9)
# How close a frame's ratio must be (relative): a phone's frames are exact to the pixel, a resized copy
# to within a few pixels of 1000-4000.
CAMERA_FRAME_TOLERANCE = 0.005


def camera_frame(width: int, height: int) -> bool:
    """The image has the exact shape of a camera's frame (either way up)."""
    if min(width, height) <= 0:
        return False
    ratio = max(width, height) / min(width, height)
    return any(abs(ratio - frame) <= CAMERA_FRAME_TOLERANCE * frame for frame in CAMERA_FRAMES)
