"""Turn a straightened colour card into the grey image Tesseract reads best.

Measured on real cards (see ``benchmark``/``evaluate``): Tesseract misses light-on-dark text and tiny
letters. So regions whose paper is dark are inverted locally (a white-on-navy band becomes navy-on-white
without touching the rest of the card), and the card is rescaled so that a typical letter is about
``target_letter_px`` high. Global binarisation is left to Tesseract: our own thresholding lost thin grey
text in tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.types import BgrImage, GreyImage, as_u8, rescale


@dataclass(frozen=True, slots=True)
class PrepareOptions:
    # Chosen by measurement (python -m cardbook.ocr.evaluate --letter-px … --max-letter-px …): upscaling
    # letters to 20-30 px did not lower the error rate on our cards, while bringing letters larger than
    # 16 px down to 14 px lowered it (0.20 → 0.175, Tesseract alone) and Tesseract's time grows with the
    # pixel count. Letters between 11 and 16 px are left as they are.
    target_letter_px: float = 14.0
    min_letter_px: float = 11.0
    max_letter_px: float = 16.0
    max_upscale: float = 2.0
    max_long_side: int = 2600  # beyond this Tesseract only gets slower
    invert_dark_regions: bool = True
    flatten: bool = True
    clahe: bool = False


@dataclass(frozen=True, slots=True)
class PreparedImage:
    grey: GreyImage
    scale: float  # prepared pixels per card pixel
    inverted_share: float  # share of the card treated as light-on-dark


# Contrast evened out locally before RapidOCR reads a photographed card whose print barely stands out
# (`even_contrast`), with OpenCV's usual clip limit and tiles (not tuned). Only below EVEN_CONTRAST_BELOW: the
# print contrast (the 90th minus the 2nd percentile of grey, as image_quality.measure counts it) of dark print on
# dark cards and pale print on white ones lies under 60 on the synthetic photos of tune seed 1, that of plain
# cards over 70, and on well-contrasted small print the evened tiles bred letter errors (an "e" read "o").
EVEN_CONTRAST_BELOW = 60.0
EVEN_CONTRAST_CLIP = 2.0
EVEN_CONTRAST_TILES = (8, 8)


# Long side of the copy `print_contrast` measures: a photographed card's crop is millions of pixels, and sorting
# them for two percentiles cost more than the reading step it decides (a batch of photos 18 % slower).
_CONTRAST_SIDE = 1000


def print_contrast(card: BgrImage) -> float:
    """How far the darkest print stands from the paper, in grey levels (90th minus 2nd percentile)."""
    factor = _CONTRAST_SIDE / max(card.shape[:2])
    small = rescale(card, factor, cv2.INTER_AREA) if factor < 1.0 else card
    ink, paper = np.percentile(to_grey(small), [2, 90])
    return float(paper - ink)


def even_contrast(card: BgrImage) -> BgrImage:
    """`card` with its lightness evened out tile by tile (CLAHE on the L of Lab, colours kept) when its print
    barely stands out — pale grey on white, dark grey on black, washed out further by a phone's exposure —,
    else `card` itself."""
    if print_contrast(card) >= EVEN_CONTRAST_BELOW:
        return card
    lab = cv2.cvtColor(card, cv2.COLOR_BGR2LAB)
    clahe = cv2.createCLAHE(clipLimit=EVEN_CONTRAST_CLIP, tileGridSize=EVEN_CONTRAST_TILES)
    lab[:, :, 0] = clahe.apply(np.ascontiguousarray(lab[:, :, 0]))
    return np.ascontiguousarray(cv2.cvtColor(lab, cv2.COLOR_LAB2BGR))


def to_grey(card: BgrImage) -> GreyImage:
    return np.ascontiguousarray(cv2.cvtColor(card, cv2.COLOR_BGR2GRAY))


def dark_paper_mask(grey: GreyImage) -> GreyImage:
    """255 where the local paper (not the ink) is dark: the local median brightness is low."""
    height, width = grey.shape[:2]
    factor = 128.0 / max(height, width)
    small = rescale(grey, factor, cv2.INTER_AREA)
    paper = cv2.medianBlur(small, 9)
    mask_small = np.where(paper < 110, 255, 0).astype(np.uint8)
    # Bold light letters pull the median up and punch holes in a dark band: close them, then drop
    # specks smaller than a band could be.
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    mask_small = as_u8(cv2.morphologyEx(mask_small, cv2.MORPH_CLOSE, kernel))
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    mask_small = as_u8(cv2.morphologyEx(mask_small, cv2.MORPH_OPEN, opening))
    return as_u8(cv2.resize(mask_small, (width, height), interpolation=cv2.INTER_NEAREST))


def flatten_background(grey: GreyImage) -> GreyImage:
    """Divide by the local paper brightness: shadows, gradients and tinted paper become white, and
    faint print regains contrast (Tesseract's global Otsu threshold then keeps it)."""
    height, width = grey.shape[:2]
    factor = 200.0 / max(height, width)
    small = rescale(grey, factor, cv2.INTER_AREA)
    # Paper is the brightest thing around any letter: a max filter wider than a letter, then smoothing.
    paper = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 7)
    paper = cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)
    ratio = grey.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    return as_u8(np.clip(ratio * 255.0, 0, 255))


# The two thresholds of the print, dark on light and light on dark, from which letters are counted here and by
# ``orientation`` (the same binaries: the orientation guess hands its components on, see ``letter_height_of``).
LETTER_THRESHOLDS = ((cv2.THRESH_BINARY_INV, 12), (cv2.THRESH_BINARY, -12))
LETTER_BLOCK = 31


def print_components(grey: GreyImage) -> tuple[np.ndarray, np.ndarray]:
    """The connected components' stats (x, y, w, h, area; background first) of each ``LETTER_THRESHOLDS``
    binary of ``grey``."""
    found: list[np.ndarray] = []
    for mode, c in LETTER_THRESHOLDS:
        binary = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, mode, LETTER_BLOCK, c)
        _, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
        found.append(np.asarray(stats))
    return found[0], found[1]


def letter_height_of(components: tuple[np.ndarray, np.ndarray], short: int) -> float:
    """Typical letter height in pixels from ``print_components`` of an image whose short side is ``short``."""
    heights: list[np.ndarray] = []
    for stats in components:
        w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
        keep = (h >= 6) & (h <= 0.2 * short) & (w <= 3 * h) & (h <= 5 * w) & (area >= 0.15 * w * h)
        heights.append(h[keep])
    joined = np.concatenate(heights)
    return float(np.median(joined)) if len(joined) >= 8 else 0.0


def median_letter_height(grey: GreyImage) -> float:
    """Typical letter height in pixels from connected components (both polarities)."""
    return letter_height_of(print_components(grey), min(grey.shape[:2]))


def prepare_for_ocr(
    card: BgrImage,
    options: PrepareOptions | None = None,
    letter_height: float = 0.0,
    dark_mask: GreyImage | None = None,
) -> PreparedImage:
    """``letter_height``: typical letter height if already measured (0: measure it here); ``dark_mask``: the
    card's ``dark_paper_mask`` if already computed (the reader's dark-card check has it)."""
    options = options or PrepareOptions()
    grey = to_grey(card)
    inverted_share = 0.0
    if options.invert_dark_regions:
        mask = dark_paper_mask(grey) if dark_mask is None else dark_mask
        inverted_share = float(np.count_nonzero(mask)) / mask.size
        if inverted_share > 0:
            grey = np.where(mask > 0, 255 - grey, grey).astype(np.uint8)
    if options.flatten:
        grey = flatten_background(grey)
    if options.clahe:
        grey = as_u8(cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(grey))
    scale = 1.0
    letter = letter_height or median_letter_height(grey)
    if letter > 0 and not options.min_letter_px <= letter <= options.max_letter_px:
        scale = min(options.max_upscale, options.target_letter_px / letter)
    longest = max(grey.shape[:2])
    scale = min(scale, options.max_long_side / longest)
    if (scale > 1.0 and longest * scale > longest + 8) or scale < 0.9:
        interpolation = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
        grey = rescale(grey, scale, interpolation)
    else:
        scale = 1.0
    return PreparedImage(np.ascontiguousarray(grey), scale, inverted_share)
