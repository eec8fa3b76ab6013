"""Whether one card outline around another is the card around a panel, band or logo of its own, or the card
joined to something beside it: a wedge of desk, or its own soft shadow (``detect.select`` resolves overlapping
outlines with these tests). Each test compares the two fitted outlines' corners and sides, and the colours of
what the larger adds against the desk just beyond it.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.geometry import quad_area
from cardbook.ocr.types import GreyImage, Points

SAME_OUTLINE = 3  # work pixels: regions whose bounding boxes agree to this are the same outline
LARGER = 1.05  # an outline this much larger than an overlapping one (band, border, panel left out) may be the card
SAME_COLOUR = 12.0  # Lab distance under which two colours are the same paper (JPEG noise, uneven light)
MIN_PAPER_SAMPLES = 50  # fewer samples than this (no print found): the colour test alone decides
# Share of the larger outline's diagonal a corner of the smaller may lie outside it and still be within it
# (``holds``): the two outlines are fitted apart, each to a pixel or two (``SAME_OUTLINE``); and the share
# beyond which one corner alone out of it makes it no outline around the smaller. The askew fits refused on
# seed 1 left two corners out by 1.9-2.3 % of the diagonal or one by 11 %; a card's outline misfitted at
# one corner left one out by 2 %. Set between those, not swept.
HOLDS_SLACK = 0.01
HOLDS_FAR = 0.05
# Degrees a side of the larger outline that lies away from the smaller's may turn from the smaller's side
# facing it for the larger still to be the card around a panel (``square_around``): a band, border or
# panel is printed square to its card, and in perspective both converge alike (a degree or two apart with
# the two fits' own slack). A region joining the card to a triangle of desk beside it has one side askew:
# 9° on ``photo_design_set`` seed 1 (a dark card). Set between, not swept.
PANEL_SKEW = 5.0
# A larger outline whose added part is the desk just beyond it in shade (``desk_in_shade``) is the card
# joined to its own soft shadow: darker than the desk by at least SHADE_DARKER (Lab L, 8-bit) and at most
# SHADE_DEEPEST of its lightness, the hue within SHADE_HUE. Seen on ``photo_design_set`` seed 1 (a portrait
# and a steep card on grey desks): 15-26 darker out of 183-205, hue 0-1; the margins of the cards around their
# panels or frames in the same photos were lighter than the desk (by 18-55). SHADE_DARKER keeps a JPEG's or
# light's few levels out; SHADE_DEEPEST: a soft shadow dims the desk by well under a third; SHADE_HUE: half
# ``SAME_COLOUR``. Set from those, not swept.
SHADE_DARKER = 10.0
SHADE_DEEPEST = 0.3
SHADE_HUE = 6.0


def holds(outer: Points, inner: Points, width: int, height: int) -> bool:
    """Whether ``inner`` lies within ``outer``, as a panel, a band or a logo lies within its card. A larger
    outline leaving a side of the smaller one out (two corners more than ``HOLDS_SLACK`` outside it), or one
    corner far out (``HOLDS_FAR``), is no card around it but a worse fit of the same card: a region joining
    the card to its shadow or a frame printed inside it, fitted askew, won as "the larger card"
    (``photo_design_set`` seed 1, frame and QR cards: corner errors of 5-7 % where the card's own outline,
    better scored, had 0.2 %). One corner a little out is the larger outline's own misfit at that corner (a
    dark card's white border, generated photos seed 1: 2 % of its diagonal), and it stays the card. Corners
    of ``inner`` at the frame's edge or beyond it are not judged: outlines of a card running past the frame
    are fitted to the frame's edge there, each its own way."""
    contour = outer.reshape(-1, 1, 2).astype(np.float32)
    diagonal = float(np.linalg.norm(outer[0] - outer[2]))
    slack = max(float(SAME_OUTLINE), HOLDS_SLACK * diagonal)
    out: list[float] = []
    for x, y in inner:
        if min(x, y, width - 1 - x, height - 1 - y) <= 2.0 * slack:
            continue
        beyond = -cv2.pointPolygonTest(contour, (float(x), float(y)), True)
        if beyond > slack:
            out.append(beyond)
    return len(out) < 2 and all(beyond <= HOLDS_FAR * diagonal for beyond in out)


def square_around(outer: Points, inner: Points, lab: np.ndarray) -> bool:
    """Whether ``outer`` is a card around the band or panel ``inner`` rather than the card joined to a wedge
    of desk beside it: a side of ``outer`` askew to ``inner``'s (``_askew_side``) while what ``outer`` adds
    to ``inner`` has the colour of the desk just outside ``outer`` (``_desk_coloured``) makes it the latter.
    A slanting side alone says nothing: a shadow's slanting edge across a card cuts off a part of it whose
    outline is the askew one, and the shaded rest of the card is no desk colour."""
    return not (_askew_side(outer, inner) and _desk_coloured(outer, inner, lab))


def _askew_side(outer: Points, inner: Points) -> bool:
    """Whether a side of ``outer`` lying away from ``inner`` (beyond the two fits' slack, as ``holds``) turns
    more than ``PANEL_SKEW`` degrees from the side of ``inner`` facing it."""
    diagonal = float(np.linalg.norm(outer[0] - outer[2]))
    slack = max(float(SAME_OUTLINE), HOLDS_SLACK * diagonal)
    for index in range(4):
        a, b = outer[index], outer[(index + 1) % 4]
        direction = (b - a) / max(1e-6, float(np.linalg.norm(b - a)))
        normal = np.array([-direction[1], direction[0]])
        # The side of ``inner`` facing this one: the nearest to its line, both ends counted.
        facing = min(range(4), key=lambda j: float(np.abs((inner[[j, (j + 1) % 4]] - a) @ normal).sum()))
        if float(np.abs((inner[[facing, (facing + 1) % 4]] - a) @ normal).max()) <= slack:
            continue  # the same side, fitted twice
        if _turn(_side_direction(outer, index), _side_direction(inner, facing)) > PANEL_SKEW:
            return True
    return False


def _desk_coloured(outer: Points, inner: Points, lab: np.ndarray) -> bool:
    """Whether the part of ``outer`` outside ``inner`` has the colour of the ring just outside ``outer``
    (medians within ``SAME_COLOUR``): a piece of the desk, not the card's paper around a panel."""
    colours = _added_and_beyond(outer, inner, lab)
    if colours is None:
        return False
    added, beyond = colours
    return float(np.linalg.norm(added - beyond)) < SAME_COLOUR


def desk_in_shade(outer: Points, inner: Points, lab: np.ndarray) -> bool:
    """Whether the part of ``outer`` outside ``inner`` is the desk just outside ``outer`` in shade: darker
    by ``SHADE_DARKER`` to ``SHADE_DEEPEST`` of its lightness, its hue kept (``SHADE_HUE``). The card's own
    soft shadow joined to it; the paper of a card around its panel is no darker copy of the desk."""
    colours = _added_and_beyond(outer, inner, lab)
    if colours is None:
        return False
    added, beyond = colours
    darker = float(beyond[0] - added[0])
    hue_step = float(np.hypot(added[1] - beyond[1], added[2] - beyond[2]))
    return SHADE_DARKER <= darker <= SHADE_DEEPEST * float(beyond[0]) and hue_step < SHADE_HUE


def _added_and_beyond(outer: Points, inner: Points, lab: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The median Lab colours of what ``outer`` adds to ``inner`` and of the ring just outside ``outer``
    (both kept ``SAME_OUTLINE`` pixels off the outlines: each is fitted to a pixel or two, edges are blurred),
    or None when either holds too few pixels to tell."""
    ring = max(2, SAME_OUTLINE)
    kernel = np.ones((2 * ring + 1, 2 * ring + 1), np.uint8)
    outer_mask = np.zeros(lab.shape[:2], np.uint8)
    cv2.fillConvexPoly(outer_mask, np.round(outer).astype(np.int32), 255)
    inner_mask = np.zeros(lab.shape[:2], np.uint8)
    cv2.fillConvexPoly(inner_mask, np.round(inner).astype(np.int32), 255)
    added = (cv2.erode(outer_mask, kernel) > 0) & ~(cv2.dilate(inner_mask, kernel) > 0)
    grown = cv2.dilate(outer_mask, kernel)
    beyond = (cv2.dilate(grown, kernel) > 0) & ~(grown > 0)
    if np.count_nonzero(added) < MIN_PAPER_SAMPLES or np.count_nonzero(beyond) < MIN_PAPER_SAMPLES:
        return None
    return np.median(lab[added], axis=0), np.median(lab[beyond], axis=0)


def joined_to_shade(outer: Points, inner: Points, marks: GreyImage, lab: np.ndarray) -> bool:
    """Whether ``outer`` is the card ``inner`` joined to its own shadow: larger, holding it, its sides square
    to the card's (a shadow falls along the card's sides; a part of the card cut off askew by a shadow's
    edge or a motion streak is ``inner`` askew, and ``outer`` the card), adding only the desk in shade
    (``desk_in_shade``)."""
    height, width = marks.shape[:2]
    return (
        quad_area(outer) > LARGER * quad_area(inner)
        and holds(outer, inner, width, height)
        and not _askew_side(outer, inner)
        and desk_in_shade(outer, inner, lab)
    )


def _side_direction(quad: Points, index: int) -> float:
    """The direction of ``quad``'s side from corner ``index`` to the next, in degrees."""
    a, b = quad[index], quad[(index + 1) % 4]
    return float(np.degrees(np.arctan2(b[1] - a[1], b[0] - a[0])))


def _turn(first: float, second: float) -> float:
    """Degrees between two lines' directions, whichever way each runs (0-90)."""
    turn = abs(first - second) % 180.0
    return min(turn, 180.0 - turn)
