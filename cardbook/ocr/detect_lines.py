"""Card outlines from straight edges: line fitting for a card whose outline never closes as a region.

The region views of ``detect_masks`` need the card's outline to close: a white card on white or ruled
paper, a hand holding it or a shadow across it leave a faint step that breaks here and there, and the
region leaks into the desk (its fill fails) or into the hand. The card's sides are still long straight
steps between two colours, so this view finds straight edge segments (Canny, probabilistic Hough), joins
the collinear ones, keeps the lines with a colour step across them (a notebook's rules, the weave of a
cloth and the print are lines of one colour on one paper: no step), and makes a quadrilateral of every two
pairs of near-parallel lines roughly at right angles. Each becomes a candidate contour that
``detect_score.score_outline`` weighs like any other (card shape, a colour step along each side, print
inside), so a quadrilateral made of a card side and a desk edge loses to the card's own.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import cv2
import numpy as np

from cardbook.ocr.types import GreyImage

# Canny thresholds on the smoothed grey copy: the sensitive pair of ``detect_masks.EDGE_LEVELS``, for a
# white card on white paper (a step of a few grey levels); Hough keeps only the long straight runs.
CANNY = (8.0, 24.0)
# Segments shorter than this share of the image's short side are print, weave or grain, not a card side
# (a card filling 20 % of a photo has sides of ~30 % of its short side).
MIN_SEGMENT = 0.08
# Hough votes and the gap bridged along a side, as shares of the short side (a thumb, glare or a shadow's
# edge interrupts a side for a few per cent of its length).
VOTES = 0.05
MAX_GAP = 0.03
# Segments are the same line when their directions differ by less than this (degrees) and their distances
# from the origin by less than SAME_OFFSET work pixels.
SAME_ANGLE = 2.5
SAME_OFFSET = 3.0
# A joined line shorter than this share of the short side cannot be a card's side.
MIN_LINE = 0.15
# Lines kept (longest first) once the step test has run: two cards have eight sides; a few more for the
# edges of a phone, a book or the desk, which the scoring then refuses.
MAX_LINES = 14
# Colour step across a line (Lab units, as ``detect_sides.EDGE_STEP``) over at least this share of its
# samples: a side between card and desk; a ruled line or a line of print has the same paper both sides.
EDGE_STEP = 5.0
MIN_STEP_SHARE = 0.5
STEP_SAMPLES = 16
# Opposite sides of a card photographed in mild perspective are within this many degrees of parallel…
PARALLEL = 15.0
# …and the two pairs within this many degrees of a right angle.
SQUARE = 25.0
# Opposite sides closer than this share of the short side make no card (a card filling 20 % of the photo
# is ~30 % of its short side across).
MIN_SEPARATION = 0.1
# Corners may lie this share of the short side beyond the frame: the regions of ``detect_masks`` (closed
# by the frame's border) find cards running off the frame; this view looks for whole ones.
FRAME_SLACK = 0.02


@dataclass(slots=True)
class Line:
    angle: float  # direction, radians in [0, π)
    offset: float  # signed distance of the line from the origin along its normal
    length: float  # summed length of its segments
    points: np.ndarray  # segment end points, one a row (for refitting and the step test)


def line_quads(grey: GreyImage, lab: np.ndarray) -> list[np.ndarray]:
    """Candidate card outlines (int32 contours of four points) from pairs of straight stepped edges."""
    height, width = grey.shape[:2]
    short = min(height, width)
    edges = cv2.Canny(grey, CANNY[0], CANNY[1], L2gradient=True)
    segments = cv2.HoughLinesP(
        edges,
        1,
        math.pi / 180,
        max(10, int(VOTES * short)),
        minLineLength=MIN_SEGMENT * short,
        maxLineGap=MAX_GAP * short,
    )
    if segments is None:
        return []
    lines = [line for line in _join(segments.reshape(-1, 4)) if line.length >= MIN_LINE * short]
    lines.sort(key=lambda line: -line.length)
    # The step test only until MAX_LINES pass (the same lines as testing all, then keeping the first ones).
    lines = list(itertools.islice((line for line in lines if _has_step(line, lab)), MAX_LINES))
    pairs = [
        (first, second)
        for index, first in enumerate(lines)
        for second in lines[index + 1 :]
        if _angle_between(first.angle, second.angle) <= PARALLEL
        and abs(_distance_between(first, second)) >= MIN_SEPARATION * short
    ]
    slack = FRAME_SLACK * short
    quads: list[np.ndarray] = []
    for index, (a, b) in enumerate(pairs):
        for c, d in pairs[index + 1 :]:
            if abs(90.0 - _angle_between(_mean_angle(a, b), _mean_angle(c, d))) > SQUARE:
                continue
            corners = [_cross(a, c), _cross(c, b), _cross(b, d), _cross(d, a)]
            if any(corner is None for corner in corners):
                continue
            quad = np.array(corners, dtype=np.float32)
            if (quad[:, 0] < -slack).any() or (quad[:, 1] < -slack).any():
                continue
            if (quad[:, 0] > width - 1 + slack).any() or (quad[:, 1] > height - 1 + slack).any():
                continue
            hull = cv2.convexHull(quad)
            if len(hull) != 4:
                continue  # crossed sides: the pairs meet outside the segments' order
            quads.append(np.round(hull).astype(np.int32))
    return quads


def _join(segments: np.ndarray) -> list[Line]:
    """Collinear segments (a side broken by a thumb, glare or a shadow) joined into one line each.

    Longest first, each segment joins the first line founded before it that it matches (direction within
    ``SAME_ANGLE``, its first end within ``SAME_OFFSET`` of the line as founded), else founds a line. Each
    line, as it is founded, takes at once all the later segments it matches that no earlier line took (the
    same outcome): one NumPy test per line instead of a Python test per segment and line, which took
    0.2-0.5 s holding the GIL on a photo of many edges (docs/MEASURING.md, "jobs=2 as a user times it").
    The same arithmetic in the same order as ``_angle_between`` and ``_offset``: the same lines to the bit."""
    order = np.argsort(-np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1]))
    ordered = segments[order].astype(np.float64)
    rows = ordered.tolist()
    lengths = [math.hypot(x2 - x1, y2 - y1) for x1, y1, x2, y2 in rows]
    directions = [math.atan2(y2 - y1, x2 - x1) % math.pi for x1, y1, x2, y2 in rows]
    angles = np.array(directions)
    starts_x, starts_y = ordered[:, 0], ordered[:, 1]
    owner = np.full(len(rows), -1)  # the line each segment joined
    found: list[Line] = []
    for index, (x1, y1, _, _) in enumerate(rows):
        if owner[index] >= 0:
            continue
        angle = directions[index]
        offset = _offset(angle, x1, y1)
        later = slice(index + 1, None)
        difference = np.abs(angle - angles[later]) % math.pi
        same_direction = np.degrees(np.minimum(difference, math.pi - difference)) <= SAME_ANGLE
        close = np.abs(-starts_x[later] * math.sin(angle) + starts_y[later] * math.cos(angle) - offset) <= SAME_OFFSET
        members = index + 1 + np.flatnonzero(same_direction & close & (owner[later] < 0))
        owner[members] = len(found)
        length = lengths[index]
        for member in members.tolist():  # summed in the segments' order, as they joined
            length += lengths[member]
        points = ordered[np.concatenate(([index], members))].reshape(-1, 2)  # each segment's two ends
        found.append(Line(angle, offset, length, points))
    for line in found:  # refit each joined line through all its end points
        if len(line.points) > 2:
            vx, vy, x0, y0 = cv2.fitLine(np.array(line.points, np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
            line.angle = math.atan2(float(vy), float(vx)) % math.pi
            line.offset = _offset(line.angle, float(x0), float(y0))
    return found


def _offset(angle: float, x: float, y: float) -> float:
    return -x * math.sin(angle) + y * math.cos(angle)


def _angle_between(first: float, second: float) -> float:
    """Angle between two undirected directions, degrees in [0, 90]."""
    difference = abs(first - second) % math.pi
    return math.degrees(min(difference, math.pi - difference))


def _mean_angle(first: Line, second: Line) -> float:
    """The mean direction of two near-parallel lines (directions near 0 and π are the same)."""
    a, b = first.angle, second.angle
    if abs(a - b) > math.pi / 2:
        b += math.pi if b < a else -math.pi
    return ((a + b) / 2) % math.pi


def _distance_between(first: Line, second: Line) -> float:
    """Distance between two near-parallel lines, measured at the middle of the first's points."""
    middle = np.mean(first.points, axis=0)
    return _offset(second.angle, float(middle[0]), float(middle[1])) - second.offset


def _cross(first: Line, second: Line) -> tuple[float, float] | None:
    """Where two lines meet (None when parallel)."""
    a1, b1, c1 = -math.sin(first.angle), math.cos(first.angle), first.offset
    a2, b2, c2 = -math.sin(second.angle), math.cos(second.angle), second.offset
    determinant = a1 * b2 - a2 * b1
    if abs(determinant) < 1e-6:
        return None
    return ((c1 * b2 - c2 * b1) / determinant, (a1 * c2 - a2 * c1) / determinant)


def _has_step(line: Line, lab: np.ndarray) -> bool:
    """Whether the two sides of the line differ in colour along most of its extent (a card's side)."""
    height, width = lab.shape[:2]
    direction = np.array([math.cos(line.angle), math.sin(line.angle)])
    normal = np.array([-direction[1], direction[0]])
    points = np.array(line.points)
    along = points @ direction
    origin = normal * line.offset
    ts = np.linspace(float(along.min()), float(along.max()), STEP_SAMPLES)
    centres = origin[None, :] + ts[:, None] * direction[None, :]
    reach = max(3.0, 0.008 * min(height, width))
    one = np.round(centres + normal * reach).astype(int)
    two = np.round(centres - normal * reach).astype(int)
    valid = (
        (one[:, 0] >= 0) & (one[:, 0] < width) & (one[:, 1] >= 0) & (one[:, 1] < height)
        & (two[:, 0] >= 0) & (two[:, 0] < width) & (two[:, 1] >= 0) & (two[:, 1] < height)
    )  # fmt: skip
    if valid.sum() < STEP_SAMPLES // 2:
        return False
    steps = np.sqrt(((lab[one[valid, 1], one[valid, 0]] - lab[two[valid, 1], two[valid, 0]]) ** 2).sum(axis=1))
    return float((steps >= EDGE_STEP).mean()) >= MIN_STEP_SHARE
