"""A card's outline looked for outwards from its print, when no region or line view closed one.

A white card on white paper in shade, a pale card on a pale desk: the step at the card's edge is a few
grey levels, below what the region views close into an outline, and the light changes more than that
across the photo, so no global threshold separates card from desk. But the edge is straight and runs
parallel to the card's lines of print, and the step keeps its sign along the whole side, where the
desk's shading, grain or weave does not. So: turn the photo so that the print's block lies square,
then walk outwards from each side of the block and stop at the first line along which the lightness
steps the same way over most of the block's extent (the median step across the line, and the share of
rows or columns agreeing). The four lines so found make the outline, kept only when it has a card's
proportions (a side on the frame's edge aside). ``detect_sides``' colour step (``EDGE_STEP``) is not asked
of them: it is larger than such an edge's. Issue 10, item 1.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_one_side import frame_beyond_side
from cardbook.ocr.geometry import aspect_fit, aspect_ratio, order_corners, quad_area
from cardbook.ocr.types import GreyImage, Points

# Pixels (work copy) either side of a line between which its step is measured: the width of a blurred
# card edge on the 640-pixel work copy.
STEP_REACH = 2
# A card's edge steps the lightness (Lab L, 8-bit) by at least this much in the median along the block's
# extent, and at least STEP_AGREE of the rows (or columns) step the same way by at least half that. Set on
# drawn photos of a white card on white paper under falling light (``tests/ocr/test_detect_around_print``):
# the card's sides stepped by 3.2-3.8, the paper's shading by under 0.3 across the same 4 pixels; checked
# on the generated photos of seed 1 (classic 0-159, cases 0-71, user 0-41), where no outline moved.
MIN_STEP = 2.5
STEP_AGREE = 0.6
# The card's edge lies within this share of the block's longer side beyond the block (a card's margins
# are 5-20 % of its size; the block is the main group of print, which may leave a logo out).
MAX_MARGIN = 0.9
# Gap (work pixels) between the print's block and the first line tried: the print's own edge is a step.
PRINT_GAP = 3
# Sides that may be the frame's edge (the card running past it): two, a card slid into a frame's corner. One
# more, and the one side found crosses the frame: the outline is the frame beyond it (``detect_one_side``).
MAX_FRAME_SIDES = 2


def outline_around_print(lab: np.ndarray, print_mask: GreyImage, whole: bool = False) -> Points | None:
    """The card's outline (TL, TR, BR, BL, work-copy pixels) found outwards from ``print_mask`` (the
    print of one card), or None when a side was not found or the outline is no card's; ``whole``: only an
    outline whose four sides were found (none on the frame's edge)."""
    found = outline_and_frame_sides(lab, print_mask)
    if found is None or (whole and found[1] > 0):
        return None
    return found[0]


def outline_and_frame_sides(lab: np.ndarray, print_mask: GreyImage) -> tuple[Points, int] | None:
    """``outline_around_print``'s outline with how many of its sides are the frame's edge (at most
    ``MAX_FRAME_SIDES``, or one more for the frame beyond the one side found): a caller that would try the whole
    outline, then one on the frame, walks once."""
    points = cv2.findNonZero(print_mask)
    if points is None or len(points) < 20:
        return None
    (cx, cy), _size, angle = cv2.minAreaRect(points)
    lightness = np.ascontiguousarray(lab[:, :, 0])
    height, width = lightness.shape[:2]
    matrix = _squaring_rotation(points, (cx, cy), angle)
    turned = cv2.warpAffine(lightness, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=-1.0)
    valid = cv2.warpAffine(np.ones_like(lightness), matrix, (width, height), flags=cv2.INTER_NEAREST) > 0.5
    turned_points = cv2.transform(points.reshape(-1, 1, 2).astype(np.float32), matrix).reshape(-1, 2)
    left, top = turned_points.min(axis=0)
    right, bottom = turned_points.max(axis=0)
    reach = MAX_MARGIN * float(max(right - left, bottom - top))
    found = _sides(turned, valid, (float(left), float(top), float(right), float(bottom)), reach)
    if found is None:
        return None
    (x0, y0, x1, y1), edges = found
    on_frame = edges.count(False)
    inverse = cv2.invertAffineTransform(matrix)
    if on_frame == MAX_FRAME_SIDES + 1:
        # One side of the card in view, crossing the frame (``detect_one_side``): the frame beyond it.
        ends = {0: [[x0, y0], [x0, y1]], 1: [[x0, y0], [x1, y0]], 2: [[x1, y0], [x1, y1]], 3: [[x0, y1], [x1, y1]]}
        side = cv2.transform(np.array(ends[edges.index(True)], np.float32).reshape(-1, 1, 2), inverse).reshape(2, 2)
        beyond = frame_beyond_side(side[0], side[1], np.array([cx, cy]), width, height)
        return None if beyond is None else (beyond, on_frame)
    if on_frame > MAX_FRAME_SIDES:
        return None
    corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32).reshape(-1, 1, 2)
    quad = order_corners(cv2.transform(corners, inverse).reshape(4, 2).astype(np.float32))
    # A card cut by the frame may show any proportions (``detect_score.CUT_FIT``); a whole one a card's.
    if quad_area(quad) <= 0 or (not on_frame and aspect_fit(aspect_ratio(quad)) == 0.0):
        return None
    return quad, on_frame


def _squaring_rotation(points: np.ndarray, centre: tuple[float, float], angle: float) -> np.ndarray:
    """The rotation about ``centre`` that lays the print's rectangle square (OpenCV's angle convention has
    changed between versions: of the two turns, the one giving the tighter upright box)."""
    best: np.ndarray | None = None
    best_area = np.inf
    for turn in (angle, -angle):
        matrix = cv2.getRotationMatrix2D(centre, turn, 1.0)
        moved = cv2.transform(points.reshape(-1, 1, 2).astype(np.float32), matrix).reshape(-1, 2)
        span = moved.max(axis=0) - moved.min(axis=0)
        area = float(span[0] * span[1])
        if area < best_area:
            best, best_area = matrix, area
    assert best is not None
    return best


def _sides(
    turned: np.ndarray, valid: np.ndarray, block: tuple[float, float, float, float], reach: float
) -> tuple[tuple[float, float, float, float], list[bool]] | None:
    """(left, top, right, bottom) of the card around ``block`` in the squared image and, for each, whether it
    is the card's edge (False: the frame's, the card runs past it), or None when a side is found nowhere."""
    left, top, right, bottom = block
    rows = slice(max(0, int(top)), int(bottom) + 1)
    columns = slice(max(0, int(left)), int(right) + 1)
    # Horizontal steps along each column's band of rows, vertical steps along each row's band of columns.
    across_columns, valid_columns = turned[rows, :], valid[rows, :]
    across_rows, valid_rows = turned[:, columns].T, valid[:, columns].T
    found = [
        _first_edge(across_columns, valid_columns, int(left) - PRINT_GAP, reach, -1),
        _first_edge(across_rows, valid_rows, int(top) - PRINT_GAP, reach, -1),
        _first_edge(across_columns, valid_columns, int(right) + PRINT_GAP, reach, +1),
        _first_edge(across_rows, valid_rows, int(bottom) + PRINT_GAP, reach, +1),
    ]
    if any(side is None for side in found):
        return None
    sides = [side for side in found if side is not None]
    x0, y0, x1, y1 = (float(position) for position, _edge in sides)
    return (x0, y0, x1, y1), [edge for _position, edge in sides]


def _first_edge(
    band: np.ndarray, valid: np.ndarray, start: int, reach: float, direction: int
) -> tuple[int, bool] | None:
    """The first position from ``start`` outwards (``direction`` +1: increasing index) at which most lines of
    ``band`` (rows: positions along axis 1) step the same way between inside and outside, and True; the last
    position inside the photo and False when the frame comes first (the card runs past it); None when
    neither comes within ``reach``. Positions are measured ``_WALK_CHUNK`` at a time (one sort for all their
    medians): a position at a time, the medians' Python loop cost a scan 9 ms of its 60 ms of finding."""
    length = band.shape[1]
    stop = int(start + direction * reach)
    positions = np.arange(start, max(-1, min(length, stop)), direction)
    last = start
    for begin in range(0, len(positions), _WALK_CHUNK):
        chunk = positions[begin : begin + _WALK_CHUNK]
        inner, outer = chunk - direction * STEP_REACH, chunk + direction * STEP_REACH
        inside = (inner >= 0) & (inner < length) & (outer >= 0) & (outer < length)
        count = len(chunk) if inside.all() else int(np.argmin(inside))  # positions before the frame's edge
        inner, outer = inner[:count], outer[:count]
        ok = valid[:, inner] & valid[:, outer]
        ok_share = ok.mean(axis=0)
        steps = band[:, inner] - band[:, outer]
        medians = _masked_medians(steps, ok)
        signed = np.where(medians > 0, steps, -steps)
        agreeing = np.count_nonzero((signed >= 0.5 * MIN_STEP) & ok, axis=0) / np.maximum(ok.sum(axis=0), 1)
        for index in range(count):
            if ok_share[index] < 0.5:
                return last, False  # the frame's edge, turned
            last = int(chunk[index])
            if abs(float(medians[index])) < MIN_STEP:
                continue
            if float(agreeing[index]) >= STEP_AGREE:
                return _steepest(band, valid, last, direction), True
        if count < len(chunk):
            return last, False
    if 0 <= stop < length:
        return None
    return last, False


# Positions measured at once by ``_first_edge``: an edge is usually met within the first few.
_WALK_CHUNK = 8


def _masked_medians(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Each column's median over its kept rows, as ``np.median`` gives it (the mean of the two middle
    values, in the values' own type, for an even count); NaN for a column with none kept."""
    counts = keep.sum(axis=0)
    ordered = np.sort(np.where(keep, values, np.inf), axis=0)
    columns = np.arange(values.shape[1])
    low = ordered[np.maximum(counts - 1, 0) // 2, columns]
    high = ordered[np.minimum(counts // 2, values.shape[0] - 1), columns]
    middle = (low + high) / values.dtype.type(2)
    return np.where(counts > 0, middle, np.nan)


def _steepest(band: np.ndarray, valid: np.ndarray, first: int, direction: int) -> int:
    """Of ``first`` and the next few positions outwards, the one with the largest median step: the first
    position that agrees lies on the near slope of a blurred edge, its middle a pixel or two further."""
    length = band.shape[1]
    best, best_step = first, 0.0
    for position in range(first, first + direction * (2 * STEP_REACH + 1), direction):
        inner, outer = position - direction * STEP_REACH, position + direction * STEP_REACH
        if not (0 <= inner < length and 0 <= outer < length):
            break
        ok = valid[:, inner] & valid[:, outer]
        if not ok.any():
            break
        step = abs(float(np.median(band[ok, inner] - band[ok, outer])))
        if step > best_step:
            best, best_step = position, step
    return best
