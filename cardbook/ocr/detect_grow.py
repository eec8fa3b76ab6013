"""A chosen outline grown over the card's own print that continues past one of its sides.

Print-shop cards are often split by their own design: a full-width colour band across the top (the firm in
white on it), a dark-to-colour gradient, a picture behind a translucent panel. The band's lower edge and the
card's sides, or the gradient's darkest part and the card's sides, close into a clean region that scores as a
card, and the crop then cuts the card: the band's firm name, or the print above and below a portrait card's
middle, is lost (issue 10, ``tests.ocr.shop_photo_set``). The card's print tells: it continues past such a
side, line after line, inside the outline's extent along that side, and then ends; a surface's marks beside a
real card's side (a keyboard's keys, a cloth's checks) run on to the frame or leave no card's shape.

So, in the outline's own coordinates (its corners mapped to the unit square, perspective included), the print
lying beyond each side and within the outline's extent along it is followed outwards while successive marks lie
closer than ``LINE_GAP``; the side moves past the last one by ``MARGIN``. The grown outline is kept only when
every side's print ended within ``MAX_GROWTH``, it stays in the frame and it is no strip (``MAX_ASPECT``;
squarer than a card is allowed: the grown sides lie at the print, the card's margins past it). When the
finder is unsure, an answer that keeps all the print beats a tight one that cuts it.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_beyond import print_beyond
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import MAX_ASPECT, aspect_ratio, intersection_over_smaller, quad_area
from cardbook.ocr.types import GreyImage, Points

# The print beyond a side counts as the card's own when it lies within the outline's extent along that side,
# give or take this share of it (a tilted line of print, the perspective's extrapolation).
ALONG_SLACK = 0.05
# Successive marks of the card's print beyond a side lie closer than this share of the outline's size across
# that side: the gap from a band's lower edge to the firm name in it, or between the lines of a gradient card
# (a line and its spacing: 0.1-0.2 of a card cut to its middle third). Set from those proportions, not swept.
LINE_GAP = 0.3
# A side moves at most this share of the outline's size across it: a portrait card cut to its middle third
# grows by one third's height either way (1.0); print running on past that is a surface's. Not swept.
MAX_GROWTH = 1.5
# Fewer pixels of print beyond a side than this share of all the print leave the side where it is: a speck of
# glare or a finger's edge is no line of the card's.
MIN_PRINT_BEYOND = 0.03
# The grown side lies this share of the grown outline's size beyond the last mark: a card's margin
# (5-10 % of its size), on the low side, so the crop holds the print and little of the surface.
MARGIN = 0.05
# Another chosen outline the grown one covers this much of (of the smaller) was a part of the same card (the
# band's and the paper's regions of one card), and goes; one covered between PART_OVERLAP and PART_INSIDE is
# cut into, so another card lies there and nothing grows. As ``detect.OVERLAP`` and ``detect.ON_SHEET``.
PART_OVERLAP = 0.3
PART_INSIDE = 0.9
FRAME_SLACK = 2.0  # work pixels a grown corner may lie past the frame (the card's edge at the frame's)
# The print grown over lies at least this many times denser than the print beyond the grown outline: a card's
# cut-off lines on a plain or ruled desk are far denser (the shop seeds' band cards: tens of times); a cloth's
# dots past a faint card's side lie as dense as elsewhere on the cloth (``photo_set`` classic seed 2 would
# otherwise grow one card onto its cloth). An order of magnitude less than the gap seen; not swept.
GATHERS = 3.0
# …and covers at least this share of the area grown over: lines of print cover 8-22 % of the strip they lie in
# (the shop seeds' bands and gradients), a cloth's dots or a faint card's scattered marks 0.1-1.1 % (``photo_set``
# classic seed 2). Set between, nearer the marks; not swept.
MIN_DENSITY = 0.03


def grown_over_print(chosen: list[Scored], text: GreyImage) -> list[Scored]:
    """``chosen`` (the finder's outlines, best first) with the best grown over its card's print continuing
    past a side (``grow_over_print``). The other outlines it then covers were parts of the same card and go;
    when it would cut into one, that is another card, and nothing grows."""
    best = chosen[0]
    grown = grow_over_print(best.quad, print_beyond(text, [best.quad]), int(np.count_nonzero(text)))
    return chosen if grown is None else replaced_by(chosen, best, grown)


def replaced_by(chosen: list[Scored], old: Scored, outline: Points) -> list[Scored]:
    """``chosen`` with ``old`` (one of them) replaced by the larger ``outline`` of the same card, with its score
    and evidence. The other outlines it covers (``PART_INSIDE``) were parts of that card and go; when it cuts into
    one (between ``PART_OVERLAP`` and ``PART_INSIDE``), that is another card, and ``chosen`` stays as it was.
    ``detect_panel`` carries an outline across a panel the same way."""
    kept: list[Scored] = []
    for card in chosen:
        if card is old:
            kept.append(Scored(outline, old.score, old.support, old.frame_sides))
            continue
        covered = intersection_over_smaller(card.quad, outline)
        if covered >= PART_INSIDE:
            continue
        if covered > PART_OVERLAP:
            return chosen
        kept.append(card)
    return kept


def grow_over_print(quad: Points, beyond: GreyImage, total_print: int) -> Points | None:
    """``quad`` (TL, TR, BR, BL, work-copy pixels) grown over the card's print that continues past its sides,
    or None when no side grows or the grown outline is no card's. ``beyond``: the print lying outside ``quad``
    (``detect_beyond.print_beyond``); ``total_print``: the pixels of all the print."""
    ys, xs = np.nonzero(beyond)
    if total_print <= 0 or len(xs) < MIN_PRINT_BEYOND * total_print:
        return None
    unit = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)
    to_unit = cv2.getPerspectiveTransform(quad.astype(np.float32), unit)
    st = cv2.perspectiveTransform(np.stack([xs, ys], axis=1).astype(np.float32)[None], to_unit)[0]
    low = np.zeros(2)
    high = np.ones(2)
    for axis in (0, 1):
        other = st[:, 1 - axis]
        within = (other >= -ALONG_SLACK) & (other <= 1 + ALONG_SLACK)
        for sign in (-1, 1):
            # Distance beyond the side (in outline sizes), of the marks lying past it within its extent.
            past = (st[:, axis] - 1.0) if sign > 0 else -st[:, axis]
            distances = np.sort(past[within & (past > 0)])
            if len(distances) < MIN_PRINT_BEYOND * total_print:
                continue
            reach = _print_run(distances)
            if reach is None:
                return None  # the marks run on past any card's size: a surface's, and the outline is no cut
            if np.count_nonzero(distances <= reach) < MIN_PRINT_BEYOND * total_print:
                continue
            if sign > 0:
                high[axis] = 1.0 + reach
            else:
                low[axis] = -reach
    if (low == 0).all() and (high == 1).all():
        return None
    margin = MARGIN * (high - low)
    grown_low = np.where(low < 0, low - margin, low)
    grown_high = np.where(high > 1, high + margin, high)
    corners = np.array(
        [
            [grown_low[0], grown_low[1]],
            [grown_high[0], grown_low[1]],
            [grown_high[0], grown_high[1]],
            [grown_low[0], grown_high[1]],
        ],
        np.float32,
    )
    grown: Points = cv2.perspectiveTransform(corners[None], np.linalg.inv(to_unit))[0].astype(np.float32)
    height, width = beyond.shape[:2]
    inside = (grown >= -FRAME_SLACK).all() and (grown[:, 0] <= width - 1 + FRAME_SLACK).all()
    if not inside or not (grown[:, 1] <= height - 1 + FRAME_SLACK).all():
        return None
    if aspect_ratio(grown) > MAX_ASPECT:
        return None  # a strip: no card's shape (squarer is a card whose margins lie past its print)
    return grown if _print_gathers(quad, grown, beyond) else None


def _print_gathers(quad: Points, grown: Points, beyond: GreyImage) -> bool:
    """Whether the print the outline grew over is lines of print (``MIN_DENSITY``) lying denser (``GATHERS``) than
    the print left beyond the grown outline: the card's own lines, not a cloth's dots or a page's print that goes
    on beside it."""
    grown_mask = np.zeros(beyond.shape, np.uint8)
    cv2.fillConvexPoly(grown_mask, np.round(grown).astype(np.int32), 255)
    added_area = quad_area(grown) - quad_area(quad)
    rest_area = beyond.size - quad_area(grown)
    if added_area <= 0 or rest_area <= 0:
        return True
    added = int(np.count_nonzero(beyond[grown_mask > 0]))
    rest = int(np.count_nonzero(beyond)) - added
    density = added / added_area
    return density >= MIN_DENSITY and density >= GATHERS * rest / rest_area


def _print_run(distances: np.ndarray) -> float | None:
    """How far the marks (sorted distances past a side, in outline sizes) run on from the side with gaps
    under ``LINE_GAP``: 0 when the first lies farther; None when they run past ``MAX_GROWTH``."""
    gaps = np.diff(distances, prepend=0.0)
    breaks = np.flatnonzero(gaps > LINE_GAP)
    run = distances[: breaks[0]] if len(breaks) else distances
    reach = float(run[-1]) if len(run) else 0.0
    return None if reach > MAX_GROWTH else reach
