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


def print_marks(grey: GreyImage) -> GreyImage:
    """Every small mark that stands out from its surroundings (dark on light or light on dark)."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    contrast = cv2.max(
        cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(grey, cv2.MORPH_TOPHAT, kernel)
    )
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


def text_line_mask(binary: GreyImage) -> GreyImage:
    """Of ``print_marks``, the blobs shaped like words or lines of print (horizontal or vertical);
    round specks (the dots of a cloth, JPEG noise) and frame-wide rules are left out."""
    short, longest = min(binary.shape[:2]), max(binary.shape[:2])
    keep_pixels = np.zeros(binary.shape, dtype=bool)
    for join in ((7, 3), (3, 7)):  # letters join into words along a line, either way up
        joined = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, join))
        _count, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
        w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
        thin, long = np.minimum(w, h), np.maximum(w, h)
        keep = (
            (thin >= TEXT_MIN_HEIGHT * short) & (thin <= TEXT_MAX_HEIGHT * short) & (long <= TEXT_MAX_LENGTH * longest)
            & ((long >= TEXT_ELONGATION * thin) | (thin >= TEXT_BLOCK * short)) & (area >= 0.2 * w * h)
        )  # fmt: skip
        keep[0] = False
        keep_pixels |= keep[labels]
    return as_u8(np.where(keep_pixels & (binary > 0), 255, 0))
