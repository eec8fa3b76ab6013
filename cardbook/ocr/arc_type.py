"""Words printed along an arc (a round logo, a stamp) straightened, so that their end letters can be read.

A round logo prints the firm's name along the upper or lower part of a ring. Both engines read a line as a
straight band: the middle of the arc comes back, its ends (which bend away above or below the band) are
lost (a word read without its first and last letters). Widening the crop does not help; the letters are not
beside the band but turned and lifted off it.

So the letters around a large line are found as ink components of one size, a circle is fitted through their
centres, and when they lie on a clear arc (``MIN_SAG_LETTERS``) the band of the ring they stand on is
unrolled into a straight strip (each column one angle, each row one radius; the letters of an upper arc
upright with their tops outwards, those of a lower arc with their tops inwards). ``large_type`` reads the
strip with both engines as one more reading of the line, kept by its rules (every letter of the first
reading in order, letters added, confident). Figures: docs/MEASURING.md, "Letters lost at the ends of
large words".
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.types import Box, GreyImage

# The letters searched around the line's box: this many of its heights beyond each side and above and below
# (a round logo's ends rise or fall about a letter beyond the band the first reading found).
SEARCH_HEIGHTS = 0.6
# Components are letters of the line when their height lies within this share of the median letter's:
# a ring, a picture or a monogram beside the words is far larger, specks far smaller.
LETTER_SIZE_SPREAD = (0.55, 1.6)
# At least this many letters make an arc (fewer fit any circle).
MIN_ARC_LETTERS = 5
# The letters' centres rise (or fall) from the arc's middle to its ends by at least this many letter
# heights: below it the line is straight enough for the band reading, and unrolling only costs time.
MIN_SAG_LETTERS = 0.5
# A letter whose centre lies farther than this many letter heights from the fitted circle is no letter of
# the arc (a mark of the logo, a letter of the other arc on the same ring): dropped, and the circle fitted
# again. After the second fit, the letters must all lie within it.
MAX_OFF_CIRCLE = 0.35
# The unrolled band: this many letter heights either side of the circle through the letters' centres, and
# this many beyond the first and last letter along it (the ends' lost letters lie inside the found ones'
# span, but a letter cut by the search box lies just beyond it).
BAND_HALF_LETTERS = 0.8
END_MARGIN_LETTERS = 2.0
# The unrolled strip is scaled so that its letters are this high (pixels): the engines' best letter size.
STRIP_LETTER_PX = 40


@dataclass(frozen=True, slots=True)
class Arc:
    cx: float
    cy: float
    radius: float
    letter: float  # the letters' median height (pixels)
    start: float  # angles (radians, image axes) of the first and last letter, in reading order
    end: float
    upper: bool  # the letters stand on the upper part of the ring (tops outwards)


def _fit_circle(points: np.ndarray) -> tuple[float, float, float]:
    """Least-squares circle through ``points`` (x, y): centre and radius (Kåsa's algebraic fit)."""
    x, y = points[:, 0], points[:, 1]
    a = np.column_stack([x, y, np.ones_like(x)])
    b = x * x + y * y
    (p, q, r), *_ = np.linalg.lstsq(a, b, rcond=None)
    cx, cy = p / 2, q / 2
    return float(cx), float(cy), float(np.sqrt(max(r + cx * cx + cy * cy, 0.0)))


def _letters(grey: GreyImage, region: Box, others: list[Box], light: bool) -> tuple[np.ndarray, float]:
    """The centres of the letter-like components of ``region`` (the print dark, or ``light``) outside the
    ``others`` boxes, and their median height."""
    crop = np.ascontiguousarray(grey[region.top : region.bottom, region.left : region.right])
    mode = cv2.THRESH_BINARY if light else cv2.THRESH_BINARY_INV
    _, ink = cv2.threshold(crop, 0, 255, mode + cv2.THRESH_OTSU)
    count, _, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    found: list[tuple[float, float, int]] = []
    for index in range(1, count):
        left, top, width, height, area = (int(v) for v in stats[index])
        if height < 6 or width > 3 * height or area < 0.1 * width * height:
            continue  # specks, rules, outlines
        x, y = float(centres[index][0]) + region.left, float(centres[index][1]) + region.top
        if any(box.left <= x <= box.right and box.top <= y <= box.bottom for box in others):
            continue  # a letter of another line
        # A component touching the region's edge is cut, or is the ring or picture around the words.
        if left == 0 or top == 0 or left + width >= crop.shape[1] or top + height >= crop.shape[0]:
            continue
        found.append((x, y, height))
    if len(found) < MIN_ARC_LETTERS:
        return np.empty((0, 2)), 0.0
    heights = np.array([h for _, _, h in found], dtype=np.float64)
    median = float(np.median(heights))
    keep = (heights >= LETTER_SIZE_SPREAD[0] * median) & (heights <= LETTER_SIZE_SPREAD[1] * median)
    points = np.array([(x, y) for x, y, _ in found], dtype=np.float64)[keep]
    return points, float(np.median(heights[keep])) if keep.any() else 0.0


def find_arc(grey: GreyImage, box: Box, others: list[OcrWord]) -> Arc | None:
    """The arc the letters around ``box`` (a line's box) stand on, or None when they stand on a line."""
    reach = round(SEARCH_HEIGHTS * box.height)
    height, width = grey.shape[:2]
    left, top = max(0, box.left - reach), max(0, box.top - reach)
    right, bottom = min(width, box.right + reach), min(height, box.bottom + reach)
    if right - left < 10 or bottom - top < 10:
        return None
    region = Box(left, top, right - left, bottom - top)
    other_boxes = [word.box for word in others]
    best: Arc | None = None
    for light in (False, True):  # dark print on paper, or light print on a ring or band
        points, letter = _letters(grey, region, other_boxes, light)
        arc = _arc_through(points, letter, box)
        # The other polarity finds the letters' counters (the holes of "O", "A"), always smaller than them.
        if arc is not None and (best is None or arc.letter > best.letter):
            best = arc
    return best


def _arc_through(points: np.ndarray, letter: float, box: Box) -> Arc | None:
    if len(points) < MIN_ARC_LETTERS or letter <= 0:
        return None
    # The letters on the same side of the centre as the line's box: a ring's other arc is left out.
    for _ in range(2):
        cx, cy, radius = _fit_circle(points)
        if not np.isfinite(radius) or radius < 2 * letter:
            return None
        upper = cy > (box.top + box.bottom) / 2
        off = np.abs(np.hypot(points[:, 0] - cx, points[:, 1] - cy) - radius)
        side = points[:, 1] < cy if upper else points[:, 1] > cy
        keep = (off <= MAX_OFF_CIRCLE * letter) & side
        if keep.sum() < MIN_ARC_LETTERS:
            return None
        points = points[keep]
    cx, cy, radius = _fit_circle(points)
    off = np.abs(np.hypot(points[:, 0] - cx, points[:, 1] - cy) - radius)
    if not np.isfinite(radius) or radius < 2 * letter or off.max() > MAX_OFF_CIRCLE * letter:
        return None
    ys = points[:, 1]
    if float(ys.max() - ys.min()) < MIN_SAG_LETTERS * letter:
        return None  # straight enough: the band reading sees it all
    upper = cy > float(ys.mean())
    angles = np.arctan2(points[:, 1] - cy, points[:, 0] - cx)
    if not upper:
        # Below the centre the letters run left to right as the angle falls from pi towards 0.
        angles = -angles
    start, end = float(angles.min()), float(angles.max())
    return Arc(cx, cy, radius, letter, start, end, upper)


def runs_through(arc: Arc, box: Box) -> bool:
    """Whether the unrolled band's middle (the circle through the letters, with the end margins) crosses
    ``box``: another line's words the strip would read again."""
    margin = END_MARGIN_LETTERS * arc.letter / arc.radius
    angles = np.linspace(arc.start - margin, arc.end + margin, 64)
    theta = angles if arc.upper else -angles
    xs, ys = arc.cx + arc.radius * np.cos(theta), arc.cy + arc.radius * np.sin(theta)
    inside = (xs >= box.left) & (xs <= box.right) & (ys >= box.top) & (ys <= box.bottom)
    return bool(inside.any())


def unrolled(grey: GreyImage, arc: Arc) -> GreyImage:
    """The band of the ring ``arc``'s letters stand on, as a straight strip of upright letters."""
    scale = STRIP_LETTER_PX / arc.letter
    margin = END_MARGIN_LETTERS * arc.letter / arc.radius
    start, end = arc.start - margin, arc.end + margin
    half = BAND_HALF_LETTERS * arc.letter
    columns = max(1, round((end - start) * arc.radius * scale))
    rows = max(1, round(2 * half * scale))
    angle = start + (np.arange(columns, dtype=np.float32) + 0.5) / scale / arc.radius
    offset = (np.arange(rows, dtype=np.float32) + 0.5) / scale
    if arc.upper:
        radius = (arc.radius + half) - offset  # the strip's top row on the outside of the ring
        theta = angle
    else:
        radius = (arc.radius - half) + offset  # the strip's top row on the inside of the ring
        theta = -angle
    map_x = (arc.cx + radius[:, None] * np.cos(theta[None, :])).astype(np.float32)
    map_y = (arc.cy + radius[:, None] * np.sin(theta[None, :])).astype(np.float32)
    strip = cv2.remap(grey, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return np.ascontiguousarray(strip, dtype=np.uint8)


def strip_box(strip: GreyImage) -> Box:
    """The whole strip as one line's box."""
    return Box(0, 0, strip.shape[1], strip.shape[0])
