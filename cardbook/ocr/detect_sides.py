"""The evidence along an outline's sides: where it meets the frame, and how much of each side shows a colour
step between the card and what lies beyond it (a finger or an object over a side left out on request)."""

from __future__ import annotations

import numpy as np

from cardbook.ocr.types import Points

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
# Frame margin (pixels of the work copy) within which a corner counts as on the frame's edge.
FRAME_MARGIN = 3.0


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
