"""The print of a photo's work copy: every mark standing out from its surroundings, less the ruled lines of a
notebook or a form, and of those the blobs shaped like words or lines of print. Outlines are scored by the
print inside them, and the block of print is the crop when no outline holds."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.types import GreyImage, as_u8

# Print is a local step of at least this many grey levels against its surroundings.
TEXT_CONTRAST = 25
# A ruled line (notebook, form) is one mark at least this share of the work copy's long side, whose pixels
# lie within this spread (standard deviation across its axis, work-copy pixels) of a straight line. Set on
# the generated photos (tests/ocr/photo_set.py, seed 1): pieces of rules on paper measured 0.0-0.9 px across
# (most 0.5), marks of print inside cards 1.5 px or more (the two straighter marks inside cards were a
# printed rule and a colour band's edge, not print); checked on seed 2, which no threshold saw.
RULE_MIN_LENGTH = 0.06
RULE_MAX_SPREAD = 0.9
# Words or lines of print: thickness between these shares of the image's short side, no longer than
# TEXT_MAX_LENGTH of the long side (frame-wide rules), at least TEXT_ELONGATION times longer than thick (specks).
TEXT_MIN_HEIGHT = 0.004
TEXT_MAX_HEIGHT = 0.3
TEXT_MAX_LENGTH = 0.9
TEXT_ELONGATION = 1.8
# Blobs at least this thick (share of the short side) are blocks of several lines: no elongation asked.
TEXT_BLOCK = 0.03
# Blobs refused by their upright box are measured again along their own slant when at least this many pixels
# (work copy): a word of print is larger; the many specks of a texture are not worth the measuring.
SLANT_MIN_AREA = 40
# A blob thicker than TEXT_MAX_HEIGHT is a block of print run together when its marks fill at least this share of
# its rotated rectangle. Measured on the tune seeds (``photo_set`` classic and more, seeds 1 and 3;
# ``photo_design_set`` seed 1): such blocks on the card filled 0.27-0.67 of it, the rings of a card's frame or
# edge joined into one blob 0.04-0.16, a patch of cloth beside the card 0.06. Set between the groups.
THICK_BLOCK_FILL = 0.22


def local_contrast(grey: GreyImage) -> GreyImage:
    """How far each pixel steps from its surroundings over a letter-sized window, dark on light or light on dark."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    return as_u8(
        cv2.max(cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, kernel))
    )


def print_marks(grey: GreyImage, contrast: GreyImage | None = None) -> GreyImage:
    """Every small mark that stands out from its surroundings (dark on light or light on dark); ``contrast``:
    ``local_contrast(grey)`` when the caller has it already (the one-card test reuses it)."""
    if contrast is None:
        contrast = local_contrast(grey)
    _, binary = cv2.threshold(contrast, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return _without_rules(as_u8(np.where(contrast > TEXT_CONTRAST, binary, 0)))


def _without_rules(marks: GreyImage) -> GreyImage:
    """``marks`` less the ruled lines of a notebook or a form under the card: each an unbroken hairline,
    straight at any slant, where a mark of print (a letter, or a word whose letters ran together) spreads
    over the letters' height. Left in, a card on ruled paper looks like a panel of a page full of print,
    and is refused."""
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(marks)
    length = np.hypot(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
    long_enough = length >= RULE_MIN_LENGTH * max(marks.shape[:2])
    long_enough[0] = False
    rules = []
    for index in np.flatnonzero(long_enough):
        x, y, w, h = (int(v) for v in stats[index, :4])
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == index)
        spread = np.linalg.eigvalsh(np.cov(np.stack([xs, ys]).astype(np.float64)))
        if np.sqrt(max(spread[0], 0.0)) <= RULE_MAX_SPREAD:  # the narrow axis: a hairline
            rules.append(index)
    if not rules:
        return marks
    return as_u8(np.where(np.isin(labels, rules), 0, marks))


def text_line_mask(binary: GreyImage, slanted: bool = False) -> GreyImage:
    """Of ``print_marks``, the blobs shaped like words or lines of print (horizontal or vertical); round specks
    (the dots of a cloth, JPEG noise) and frame-wide rules are left out. ``slanted``: blobs refused by their
    upright box are measured along their own slant too (``_slanted_print``), for the crop made from the print
    when no outline holds. Outlines are scored without them: counted there, the tilted print of the lit part
    of a card split by a phone's shadow outscored the whole card's outline (``tests/ocr/test_detect_shade``)."""
    height, width = binary.shape[:2]
    short = min(height, width)
    kept: list[np.ndarray] = []
    for join in ((7, 3), (3, 7)):  # letters join into words along a line, either way up
        joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, join))
        _count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
        w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
        # Frame-wide: across the frame's own extent in the blob's direction (a ruled line spans the short
        # side of a portrait photo, which the long side's share would let pass).
        within = (w <= TEXT_MAX_LENGTH * width) & (h <= TEXT_MAX_LENGTH * height)
        keep = _print_shaped(np.minimum(w, h), np.maximum(w, h), area, short) & within
        keep[0] = False
        for index in np.flatnonzero(~keep & within & (area >= SLANT_MIN_AREA)) if slanted else ():
            keep[index] = _slanted_print(labels, stats[index], int(index), short)
        # Each pixel's blob kept or not, as 255 or 0 straight away: one byte-wide gather of the labels, then
        # OpenCV's bitwise steps (before: two bool gathers, ``np.where`` into a 64-bit image, then bytes).
        kept.append(np.take(np.where(keep, 255, 0).astype(np.uint8), np.asarray(labels, dtype=np.int32)))
    marked = cv2.threshold(binary, 0, 255, cv2.THRESH_BINARY)[1]  # 255 wherever ``binary`` is not 0
    return as_u8(cv2.bitwise_and(cv2.bitwise_or(kept[0], kept[1]), marked))


def _print_shaped(thin: np.ndarray, long: np.ndarray, area: np.ndarray, short: int) -> np.ndarray:
    """Whether blobs of these thickness, length and area (pixels, of a box around each) are words, lines
    or blocks of print in an image whose short side is ``short``."""
    box = np.maximum(thin * long, 1)
    shaped: np.ndarray = (
        (thin >= TEXT_MIN_HEIGHT * short) & (thin <= TEXT_MAX_HEIGHT * short)
        & ((long >= TEXT_ELONGATION * thin) | (thin >= TEXT_BLOCK * short)) & (area >= 0.2 * box)
    )  # fmt: skip
    return shaped


def _slanted_print(labels: np.ndarray, stats: np.ndarray, index: int, short: int) -> bool:
    """Whether the blob ``index``, refused by its upright box, is print measured along its own slant (its
    rotated rectangle): a line of a card photographed askew spans an upright box as thick as it is long, and
    a tilted block of lines one thicker than ``TEXT_MAX_HEIGHT``."""
    x, y, w, h = (int(v) for v in stats[:4])
    ys, xs = np.nonzero(labels[y : y + h, x : x + w] == index)
    (_cx, _cy), (side_a, side_b), _angle = cv2.minAreaRect(np.stack([xs, ys], axis=1).astype(np.float32))
    thin, long = max(1.0, min(side_a, side_b)), max(1.0, side_a, side_b)
    if thin > TEXT_MAX_HEIGHT * short:
        # Small or blurred print of a card filling much of the photo runs together into one block thicker than
        # a line: print when it fills its rectangle as a block of lines does (a card's frame or outline joined
        # into a ring of marks fills little of it).
        return len(xs) >= THICK_BLOCK_FILL * thin * long
    return bool(_print_shaped(np.array([thin]), np.array([long]), np.array([len(xs)]), short)[0])
