"""From a candidate region to a scored card outline: the fitted sides (``detect_fit``) weighed by what
distinguishes a card from a desk blob or a logo: a card's shape (long/short ≈ 1.55–1.75, near-right angles in
mild perspective), a colour step along every side that lies inside the frame (``detect_sides``), the region
filling its outline, and print inside it (``detect_print``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.detect_cut import cut_outline, touches_frame
from cardbook.ocr.detect_fit import MIN_FILL, fit_quad
from cardbook.ocr.detect_print import TEXT_CONTRAST
from cardbook.ocr.detect_sides import MIN_SIDE_SUPPORT, MIN_SUPPORT, frame_sides, side_supports
from cardbook.ocr.geometry import aspect_fit, aspect_ratio, card_view_angles_ok, quad_area
from cardbook.ocr.types import GreyImage, Points, as_u8

# Trust lost per side of the outline lying on the frame's edge: a card cut by the frame is plausible,
# but so is a strip of desk.
FRAME_SIDE_PENALTY = 0.75
# Print covering this share of a region is what a card typically shows; a blank desk patch has none.
FULL_TEXT_DENSITY = 0.03


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate outline (work-copy pixels) and its score (0..1), with the evidence behind it."""

    quad: Points
    score: float
    support: float
    frame_sides: int
    cut: bool = False  # the part in view of a card running past the frame (``detect_cut``)


def score_outline(contour: np.ndarray, lab: np.ndarray, text: GreyImage, min_area: float) -> Scored | None:
    """The contour as a card outline with its score, or None when it is not card-like at all. When its
    outline fails, a corner cut off (a thumb over it) is restored from the four longest sides, and that
    outline scored a little lower (``REBUILT``): where a clean outline of the same card exists, it wins."""
    scored = _score_fitted(fit_quad(contour), lab, text, min_area)
    if scored is None:
        rebuilt = _score_fitted(fit_quad(contour, cut_corner=True), lab, text, min_area)
        if rebuilt is not None:
            return Scored(rebuilt.quad, rebuilt.score * REBUILT, rebuilt.support, rebuilt.frame_sides)
        height, width = lab.shape[:2]
        if touches_frame(contour, width, height):
            return _score_cut(contour, lab, text, min_area)
    return scored


# A card cut by the frame shows less of itself than a whole one: its shape says less (the part in view
# may have any proportions), so its outline counts as this good a card shape (``aspect_fit``) — below a
# whole card's, so that a whole outline of the same card from another view wins.
CUT_FIT = 0.7
# …and it must hold print: a cut card without print in view is nothing to read, and without this the
# visible part of a phone, a book or a sheet running off the frame passes for one. Share of the outline's
# area covered by marks of print (``FULL_TEXT_DENSITY`` is a card's typical share).
CUT_MIN_TEXT = 0.3 * FULL_TEXT_DENSITY


def _score_cut(contour: np.ndarray, lab: np.ndarray, text: GreyImage, min_area: float) -> Scored | None:
    """A region running past the frame scored as the part of a card in view (``detect_cut``)."""
    height, width = lab.shape[:2]
    found = cut_outline(contour, width, height)
    if found is None:
        return None
    quad, across = found
    in_frame = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(in_frame, np.round(quad).astype(np.int32), 255)
    area = float(np.count_nonzero(in_frame))  # the part of the outline inside the frame
    if area < min_area:
        return None
    fill = min(float(cv2.contourArea(contour)), float(cv2.contourArea(cv2.convexHull(contour)))) / area
    fit = CUT_FIT if across else CUT_FIT * aspect_fit(aspect_ratio(quad))
    if fill < MIN_FILL or fit == 0.0:
        return None
    supports = side_supports(lab, quad)
    if len(supports) < 2 or min(supports) < MIN_SIDE_SUPPORT:
        return None
    support = float(np.mean(supports))
    if support < MIN_SUPPORT:
        return None
    density = int(np.count_nonzero(cv2.bitwise_and(text, in_frame))) / area
    if inner_print(lab, text, in_frame) < CUT_MIN_TEXT:
        return None
    text_term = 0.5 + 0.5 * min(1.0, density / FULL_TEXT_DENSITY)
    size_term = 0.5 + 0.5 * min(1.0, math.sqrt(area / (width * height) / 0.25))
    touching = frame_sides(quad, width, height)
    score = fit * support * text_term * size_term * FRAME_SIDE_PENALTY**touching
    return Scored(quad, score, support, touching, cut=True)


# Score kept by an outline rebuilt around a hidden part (a corner restored, fingers cut off, a side partly
# covered): such outlines are a few per cent less exact, so they give way to a clean outline of the same
# card from another view. At 0.9 some still won over the clean one (classic photos, seed 1: corner errors
# of 2-4 % instead of 0.2 %); at 0.8 those did not.
REBUILT = 0.8


def _score_fitted(
    fitted: tuple[Points, float] | None, lab: np.ndarray, text: GreyImage, min_area: float
) -> Scored | None:
    if fitted is None:
        return None
    quad, fill = fitted
    height, width = lab.shape[:2]
    area = quad_area(quad)
    fit = aspect_fit(aspect_ratio(quad))
    if fill < MIN_FILL or fit == 0.0 or area < min_area or not card_view_angles_ok(quad, (width, height)):
        return None
    touching = frame_sides(quad, width, height)
    supports = side_supports(lab, quad)
    trust = 1.0
    failing = sum(1 for support in supports if support < MIN_SIDE_SUPPORT)
    if len(supports) == 4 and failing == 1:
        # One side partly covered (fingers holding the card)? Only for an outline wholly in the frame whose
        # other three sides hold: leaving out more made a keyboard's or a desk's expanse pass for a card
        # (generated user photos, seed 1, indices 42-83).
        supports, trust = side_supports(lab, quad, covered=True), REBUILT
    if len(supports) < 2 or min(supports) < MIN_SIDE_SUPPORT:
        return None
    support = float(np.mean(supports))
    if support < MIN_SUPPORT:
        return None
    mask = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(mask, np.round(quad).astype(np.int32), 255)
    density = int(np.count_nonzero(cv2.bitwise_and(text, mask))) / max(1.0, area)
    text_term = 0.5 + 0.5 * min(1.0, density / FULL_TEXT_DENSITY)
    size_term = 0.5 + 0.5 * min(1.0, math.sqrt(area / (width * height) / 0.25))
    score = fit * support * text_term * size_term * FRAME_SIDE_PENALTY**touching * trust
    return Scored(quad, score, support, touching)


# Share of an outline's short side taken off its sides before looking for print inside it.
INNER_MARGIN = 0.06


def inner_print(lab: np.ndarray, text: GreyImage, region: GreyImage) -> float:
    """Share of ``region``'s inner part (away from its sides: the card's own edge, a white border or a
    shadow along a side are steps too, but no print) covered by print: the lines of ``text``, or else
    marks standing out by at least ``TEXT_CONTRAST`` from their surroundings (``print_marks`` sets its
    threshold over the whole image, where a card's white border or a bright desk can set it above the
    card's own faint print)."""
    x, y, w, h = cv2.boundingRect(region)
    if w < 3 or h < 3:
        return 0.0
    margin = max(1, int(INNER_MARGIN * min(w, h)))
    kernel = np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)
    # Eroded from the frame's edge as well (a constant zero border): the region fills its bounding box.
    inner = cv2.erode(region[y : y + h, x : x + w], kernel, borderType=cv2.BORDER_CONSTANT, borderValue=0) > 0
    area = int(np.count_nonzero(inner))
    if not area:
        return 0.0
    lines = int(np.count_nonzero(text[y : y + h, x : x + w][inner])) / area
    if lines >= CUT_MIN_TEXT:
        return lines
    lightness = as_u8(np.clip(lab[y : y + h, x : x + w, 0], 0, 255))
    letter = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    contrast = cv2.max(
        cv2.morphologyEx(lightness, cv2.MORPH_BLACKHAT, letter), cv2.morphologyEx(lightness, cv2.MORPH_TOPHAT, letter)
    )
    return max(lines, int(np.count_nonzero((contrast > TEXT_CONTRAST) & inner)) / area)
