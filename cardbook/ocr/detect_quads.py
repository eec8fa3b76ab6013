"""From a candidate region to a scored card outline: fit four sides, then weigh the evidence.

A region's outline is fitted as four straight sides (lines through the middle of each side, so rounded
corners and a thumb over one corner do not pull the corners in) and scored by what distinguishes a card
from a desk blob or a logo: a card's shape (long/short ≈ 1.55–1.75, near-right angles in mild
perspective), a colour step along every side that lies inside the frame, the region filling its outline,
and print inside it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.detect_cut import cut_outline, touches_frame
from cardbook.ocr.geometry import aspect_fit, aspect_ratio, corner_angles_ok, order_corners, quad_area
from cardbook.ocr.types import GreyImage, Points, as_u8

# A region must fill this much of its fitted outline: a card is convex, a desk blob or two merged
# regions are not.
MIN_FILL = 0.85
# Side points this far along a side (either end) are left out of the line fit: rounded corners.
SIDE_MARGIN = 0.15
# Contour points within this share of the side's length from the side belong to it when refitting.
SIDE_BAND = 0.05
# Corners that move more than this share of the diagonal when refitted were a bad fit: keep the old ones.
MAX_REFIT_SHIFT = 0.12
# Contour points kept (evenly) for refitting the sides: plenty for a line, and fitting stays cheap.
FIT_POINTS = 400
# Lab distance (OpenCV 8-bit units) between just inside and just outside a side that counts as an edge:
# a white card on white paper in shade still steps by ~6, JPEG noise on a blurred desk by ~2.
EDGE_STEP = 5.0
# Samples along each side when measuring its edge.
SIDE_SAMPLES = 24
# Every side inside the frame must show an edge over at least this share (a thumb, glare or shadow can
# hide the rest), and the whole outline over at least MIN_SUPPORT.
MIN_SIDE_SUPPORT = 0.35
MIN_SUPPORT = 0.6
# A finger, a thumb or a pen lying across a side hides it: there the colour is the same on both sides of the
# side and unlike the card's own. Such samples are no evidence either way (as beyond the frame), so a card
# held between fingers keeps the support of the rest of that side. Only a side that fails without this is
# looked at again so (``side_supports(covered=True)``). Lab distance from the card's median colour that
# makes a sample "not the card": on the generated user photos (``photo_set --kind user``, seed 1) a finger
# over a card measured 100 or more, a card's own margin under strong vignetting up to ~45 (such samples
# only count as covered where they also show no step); and the share of a side's samples that must stay
# visible for that side to count at all.
OCCLUDER_DISTANCE = 30.0
MIN_VISIBLE = 0.3
# Trust lost per side of the outline lying on the frame's edge: a card cut by the frame is plausible,
# but so is a strip of desk.
FRAME_SIDE_PENALTY = 0.75
# Print covering this share of a region is what a card typically shows; a blank desk patch has none.
FULL_TEXT_DENSITY = 0.03
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
# Frame margin (pixels of the work copy) within which a corner counts as on the frame's edge.
FRAME_MARGIN = 3.0


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate outline (work-copy pixels) and its score (0..1), with the evidence behind it."""

    quad: Points
    score: float
    support: float
    frame_sides: int
    cut: bool = False  # the part in view of a card running past the frame (``detect_cut``)


def fit_quad(contour: np.ndarray, cut_corner: bool = False) -> tuple[Points, float] | None:
    """Four-corner outline of a contour (sides refitted as lines) and the share of it the contour fills;
    ``cut_corner``: the outline rebuilt from its four longest sides (None when it has not five or six)."""
    hull = cv2.convexHull(contour)
    hull_area = float(cv2.contourArea(hull))
    if hull_area <= 0:
        return None
    perimeter = cv2.arcLength(hull, True)
    quad: Points | None = None
    if cut_corner:
        quad = _quad_from_longest_sides(cv2.approxPolyDP(hull, 0.02 * perimeter, True), hull_area)
        if quad is None:
            return None
    for epsilon in () if quad is not None else (0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            quad = order_corners(approx.reshape(4, 2).astype(np.float32))
            break
    if quad is None:  # rounded corners, a notch or a corner out of frame: the tightest rotated rectangle
        quad = order_corners(cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float32))
    area = quad_area(quad)
    if area <= 0:
        return None
    fill = min(float(cv2.contourArea(contour)), hull_area) / area
    if fill < MIN_FILL or aspect_fit(aspect_ratio(quad)) == 0.0:
        return quad, fill  # rejected anyway: not worth refitting
    points = contour.reshape(-1, 2).astype(np.float32)
    step = max(1, len(points) // FIT_POINTS)
    quad = refit_sides(points[::step], quad)
    area = quad_area(quad)
    return (quad, min(float(cv2.contourArea(contour)), hull_area) / area) if area > 0 else None


def _quad_from_longest_sides(polygon: np.ndarray, hull_area: float) -> Points | None:
    """A card whose corner a thumb covers, or whose rounded corner the approximation kept, has a five- or
    six-sided outline: its four longest sides are the card's, and where their lines meet are its corners
    (simplifying to four points instead cuts the corner off along a diagonal). None when the outline has
    not five or six sides or the corners so found are not a card's (the quad must hold the region and not
    be much larger: ``CUT_CORNER_GROWTH``)."""
    points = polygon.reshape(-1, 2).astype(np.float32)
    if not 5 <= len(points) <= 6:
        return None
    lengths = [float(np.linalg.norm(points[(index + 1) % len(points)] - points[index])) for index in range(len(points))]
    sides = sorted(sorted(range(len(points)), key=lambda index: -lengths[index])[:4])
    dropped = [lengths[index] for index in range(len(points)) if index not in sides]
    if max(dropped) > CUT_SIDE * min(lengths[index] for index in sides):
        return None  # not a corner cut off: two shapes joined (a card on a sheet of its own colour)
    lines = [
        (points[index], (points[(index + 1) % len(points)] - points[index]) / max(lengths[index], 1e-6))
        for index in sides
    ]
    corners = [intersect(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return None
    quad = order_corners(np.array(corners, np.float32))
    area = quad_area(quad)
    holds_region = HOLDS_REGION * hull_area <= area <= CUT_CORNER_GROWTH * hull_area
    if not holds_region or not corner_angles_ok(quad):
        return None
    return quad


# A quad rebuilt from the four longest sides may exceed the region by the corner it restores (a thumb over a
# corner hides a few per cent of a card); more than this and the "sides" were not a card's.
CUT_CORNER_GROWTH = 1.1
# …and the sides left out (the cut across a corner) are short beside the card's own: at most this share of
# the shortest kept side (a thumb covers a fraction of a card's short side; two shapes joined, such as a
# card on a sheet of its own colour, leave out sides as long as the card's).
CUT_SIDE = 0.4
HOLDS_REGION = 0.95  # …and must cover the region's hull but for the slack of the simplified outline (2 %)
MIN_SIDE_PX = 8  # a side shorter than this (work-copy pixels) has no direction worth refitting

SidePoints = Callable[[np.ndarray, np.ndarray, np.ndarray, float], Points | None]


def refit_quad(quad: Points, side_points: SidePoints, distance: int, max_shift: float) -> Points:
    """Each side refitted as the line through the points ``side_points(a, b, direction, length)`` gives for it
    (the side as it is when it gives None), and the corners where those lines cross. ``quad`` is kept when a
    side is too short, two sides are parallel, or a corner would move more than ``max_shift`` pixels."""
    lines: list[tuple[np.ndarray, np.ndarray]] = []
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        length = float(np.hypot(*(b - a)))
        if length < MIN_SIDE_PX:
            return quad
        direction = (b - a) / length
        found = side_points(a, b, direction, length)
        if found is None:
            lines.append((a, direction))
            continue
        vx, vy, x0, y0 = cv2.fitLine(found, distance, 0, 0.01, 0.01).ravel()
        lines.append((np.array([x0, y0], np.float32), np.array([vx, vy], np.float32)))
    corners = [intersect(lines[index - 1], lines[index]) for index in range(4)]
    if any(corner is None for corner in corners):
        return quad
    refitted = np.array(corners, dtype=np.float32)
    if float(np.abs(refitted - quad).max()) > max_shift:
        return quad
    return refitted


def refit_sides(points: Points, quad: Points) -> Points:
    """Corners as intersections of lines fitted to the middle of each side's contour points."""

    def middle_of_side(a: np.ndarray, _b: np.ndarray, direction: np.ndarray, length: float) -> Points | None:
        relative = points - a
        along = relative @ direction / length
        across = np.abs(relative[:, 0] * direction[1] - relative[:, 1] * direction[0])
        near = points[(along > SIDE_MARGIN) & (along < 1 - SIDE_MARGIN) & (across < SIDE_BAND * length)]
        return near if len(near) >= 6 else None

    diagonal = float(np.linalg.norm(quad[0] - quad[2]))
    return refit_quad(quad, middle_of_side, cv2.DIST_L2, MAX_REFIT_SHIFT * diagonal)


def intersect(first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray]) -> np.ndarray | None:
    (p, r), (q, s) = first, second
    cross = float(r[0] * s[1] - r[1] * s[0])
    if abs(cross) < 1e-6:
        return None
    t = float((q - p)[0] * s[1] - (q - p)[1] * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float32)


def grow(quad: Points, pixels: float) -> Points:
    """``quad`` with each side moved outwards by about ``pixels`` (corners pushed along the diagonals)."""
    centre = quad.mean(axis=0)
    away = quad - centre
    lengths = np.maximum(np.linalg.norm(away, axis=1, keepdims=True), 1e-6)
    return np.asarray(quad + away / lengths * pixels * math.sqrt(2.0), dtype=np.float32)


def frame_sides(quad: Points, width: int, height: int) -> int:
    """How many of the frame's four edges the outline touches."""
    xs, ys = quad[:, 0], quad[:, 1]
    return (
        int(xs.min() < FRAME_MARGIN)
        + int(ys.min() < FRAME_MARGIN)
        + int(xs.max() > width - 1 - FRAME_MARGIN)
        + int(ys.max() > height - 1 - FRAME_MARGIN)
    )


def side_supports(lab: np.ndarray, quad: Points, covered: bool = False) -> list[float]:
    """Per side inside the frame, the share of its length along which inside and outside colours differ;
    ``covered``: leaving out what a finger or an object over the side hides (``OCCLUDER_DISTANCE``)."""
    height, width = lab.shape[:2]
    offset = max(3.0, 0.008 * min(height, width))
    centre = quad.mean(axis=0)
    card_colour = _card_colour(lab, quad)
    supports: list[float] = []
    ts = np.linspace(0.1, 0.9, SIDE_SAMPLES, dtype=np.float32)[:, None]
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        side = b - a
        length = float(np.hypot(side[0], side[1]))
        if length < 1:
            continue
        normal = np.array([-side[1], side[0]], dtype=np.float32) / length
        if float(np.dot(centre - (a + b) / 2, normal)) < 0:
            normal = -normal  # point inwards
        points = a + side * ts
        inner = np.round(points + normal * offset).astype(int)
        outer = np.round(points - normal * offset).astype(int)
        valid = (
            (outer[:, 0] >= 0) & (outer[:, 0] < width) & (outer[:, 1] >= 0) & (outer[:, 1] < height)
            & (inner[:, 0] >= 0) & (inner[:, 0] < width) & (inner[:, 1] >= 0) & (inner[:, 1] < height)
        )  # fmt: skip
        if valid.sum() < SIDE_SAMPLES // 2:
            continue  # beyond the frame: no evidence either way
        inside = lab[inner[valid, 1], inner[valid, 0]]
        outside = lab[outer[valid, 1], outer[valid, 0]]
        steps = np.sqrt(((inside - outside) ** 2).sum(axis=1))
        edge = steps >= EDGE_STEP
        if not covered:
            supports.append(float(edge.mean()))
            continue
        hidden = ~edge & (np.sqrt(((inside - card_colour) ** 2).sum(axis=1)) > OCCLUDER_DISTANCE)
        visible = int((~hidden).sum())
        if visible < MIN_VISIBLE * SIDE_SAMPLES:
            continue  # covered by a hand or an object: no evidence either way
        supports.append(float(edge[~hidden].sum()) / visible)
    return supports


def _card_colour(lab: np.ndarray, quad: Points) -> np.ndarray:
    """The median Lab colour of the outline's inner part (a grid of points away from its sides)."""
    height, width = lab.shape[:2]
    steps = np.linspace(0.2, 0.8, 7, dtype=np.float32)
    u, v = (grid.ravel()[:, None] for grid in np.meshgrid(steps, steps))
    top = quad[0] + (quad[1] - quad[0]) * u
    bottom = quad[3] + (quad[2] - quad[3]) * u
    points = np.round(top + (bottom - top) * v).astype(int)
    points[:, 0] = np.clip(points[:, 0], 0, width - 1)
    points[:, 1] = np.clip(points[:, 1], 0, height - 1)
    return np.asarray(np.median(lab[points[:, 1], points[:, 0]], axis=0), np.float32)


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
    if _inner_print(lab, text, in_frame) < CUT_MIN_TEXT:
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
    if fill < MIN_FILL or fit == 0.0 or area < min_area or not corner_angles_ok(quad):
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


def _inner_print(lab: np.ndarray, text: GreyImage, region: GreyImage) -> float:
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
