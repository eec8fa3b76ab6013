"""A colour side panel taken for the whole card: the outline carried across the pale part beyond it.

Many small-business cards are split by their design: a colour panel down one side (the firm's name in white on
it), the rest pale with the person's lines. On a pale or grey surface the pale part's edge steps faintly, the
panel's strongly: the panel closes into a clean region of a card's proportions and wins, and the crop cuts the
card at the panel's edge, losing the name, the title and the contact lines (issue 10, ``fresh_photo_set``).
``detect_grow`` grows an outline over print continuing past a side, but the pale part's print is faint grey type
that the photo-wide marks partly miss, and grown sides lie at the print, not at the card's edge.

The card's geometry tells instead. The panel and the pale part are one rectangle in the card's plane: in the
panel outline's own coordinates (its corners mapped to the unit square, perspective included), the card is the
unit square stretched across one side, and the card's edges along the panel (its top and bottom, say) run on
straight past the panel's corners. So across each side of the best outline, the colour of the strip between
those two extended edges is followed outwards while it still differs from the colour just beyond both edges
(``EDGE_STEP``: the card's outline lines continue); the far side is placed at the strongest colour step near
where that stops. The wider outline replaces the panel only when it is a whole card: its four sides show an edge
as any outline's must (``detect_sides``), its shape is a card's, it stays in the frame, and the part it adds
carries print (a pale part of a card holds the person's lines; a patch of desk beside a card whose edges happen
to line up holds none).
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_grow import replaced_by
from cardbook.ocr.detect_score import CUT_MIN_TEXT, Scored, inner_print
from cardbook.ocr.detect_sides import EDGE_STEP, MIN_SIDE_SUPPORT, MIN_SUPPORT, side_supports
from cardbook.ocr.geometry import aspect_fit, aspect_ratio, card_view_angles_ok
from cardbook.ocr.types import GreyImage, Points

# How far past a side the card may run, in the outline's sizes across that side: a panel covering a fifth of a
# card's width leaves four more of its widths beyond it (panels seen on the fresh and shop photo sets cover a
# quarter to a half of the card). Beyond that a panel is a stripe, and the aspect test refuses the outline anyway.
MAX_REACH = 4.0
STEPS_PER_SIZE = 40  # columns sampled per outline size across the side: about a work pixel on a mid-sized card
ALONG_SAMPLES = 48  # samples along the side (between the two extended edges and a little beyond them)
# The strip between the extended edges is read away from them (the card's print and its edges' blur aside) …
INNER = (0.15, 0.85)
# … and the surface just beyond each extended edge this far out (shares of the outline's size along the side):
# past the blur of the edge (a work pixel or two on a 100-300 px side), close enough to be the surface beside
# the card rather than another object.
OUTSIDE = (0.05, 0.12)
# Columns where the strip no longer differs from the surface may interrupt the run for this share of a size (a
# line of dark print across the strip, glare on the card) before the run is taken to have ended.
RUN_GAP = 0.15
# The far side is put at the strongest colour step of the strip within this share of a size of where the run
# ended (the run's end lies a column or two off the edge: blur, the edge's own shading). The step is measured
# between means over STEP_SPAN columns either side. Trying every strong step inside the run as well (a hand or
# an object beyond the card keeps the run going) was tried on the tune seeds: it carried outlines across a
# design's stripes and glare to wrong sides more often than it found a card (fresh seeds 1 and 4: a card lost
# to IoU 0.77, another cut to 0.06; shop seed 1's corner error 0.69 -> 1.11 %), and was given up.
FAR_SEARCH = 0.15
STEP_SPAN = 3
# A card grown by less than this share of its size across the side is the same outline, refitted: no panel.
MIN_EXTENSION = 0.2
# The added part must carry print: at least this share of it covered by marks (``detect_score.inner_print``),
# as a cut card's part in view must (``CUT_MIN_TEXT``): a card's pale part holds the person's lines.
MIN_ADDED_PRINT = CUT_MIN_TEXT
# The wider outline replaces the panel only when its sides show an edge nearly as well as the panel's: it is the
# same card's outline, and a longer side runs through more glare or shade (the tune seeds' side-panel cards: 1.0
# -> 1.0 and 1.0 -> 0.95). A panel carried over a keyboard's keys beside a card (shop seed 1) fell from 0.91 to
# 0.75. Set between those, not swept.
SUPPORT_SLACK = 0.1
FRAME_SLACK = 2.0  # work pixels a corner of the wider outline may lie past the frame (the card's edge at it)

_UNIT = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)


def across_panel(chosen: list[Scored], lab: np.ndarray, text: GreyImage) -> list[Scored]:
    """``chosen`` (the finder's outlines) with the best-scored one carried across a pale part beyond one of its
    sides when it was a panel of the card (``card_across``); the other outlines the card covers go, and when it
    would cut into one, that is another card and nothing changes (``detect_grow.replaced_by``)."""
    if not chosen:
        return chosen
    best = max(chosen, key=lambda card: card.score)
    if best.cut or best.frame_sides:
        return chosen  # a card running past the frame: its sides in view are not the card's whole outline
    wider = card_across(best.quad, lab, text, best.support)
    return chosen if wider is None else replaced_by(chosen, best, wider)


def card_across(quad: Points, lab: np.ndarray, text: GreyImage, support: float = 1.0) -> Points | None:
    """The whole card when ``quad`` (TL, TR, BR, BL, work pixels) is a panel across it: of the outlines carried
    across its sides to a colour step (``_far_sides``) that pass as a whole card (``_whole_card``) and whose sides
    show an edge nearly as well as ``quad``'s (its ``support``, less ``SUPPORT_SLACK``), the one whose sides show
    an edge best; None when none does."""
    from_unit = cv2.getPerspectiveTransform(_UNIT, quad.astype(np.float32))
    colours = lab.astype(np.float32)  # sampled between pixels: converted once for the four sides
    found: list[tuple[float, float, Points]] = []
    for axis in (0, 1):
        for sign in (-1, 1):
            for reach in _far_sides(colours, from_unit, axis, sign):
                wider = _extended(from_unit, axis, sign, reach)
                wider_support = _whole_card(quad, wider, lab, text)
                if wider_support is not None and wider_support >= support - SUPPORT_SLACK:
                    found.append((wider_support, reach, wider))
    if not found:
        return None
    return max(found, key=lambda item: item[:2])[2]


def _unit_points(axis: int, sign: int, past: np.ndarray, along: np.ndarray) -> np.ndarray:
    """Unit-square coordinates of points ``past`` outline sizes beyond the side (``axis``, ``sign``) and at
    ``along`` of the way along it: arrays of equal shape, stacked as (..., 2)."""
    across = 1.0 + past if sign > 0 else -past
    xy = (across, along) if axis == 0 else (along, across)
    return np.stack(xy, axis=-1).astype(np.float32)


def _far_sides(colours: np.ndarray, from_unit: np.ndarray, axis: int, sign: int) -> list[float]:
    """Where the card's far side may lie past the side (``axis``: 0 for the left and right sides, 1 for the top
    and bottom; ``sign``: which of the two), in outline sizes: the strongest colour step of the strip between the
    extended edges (``_far_step``) where the strip stops differing from the surface beyond those edges
    (``_run_end``). None when the strip is the surface from the start or runs on to the frame."""
    height, width = colours.shape[:2]
    past = np.arange(1, int(MAX_REACH * STEPS_PER_SIZE) + 1, dtype=np.float32) / STEPS_PER_SIZE
    along = np.linspace(-OUTSIDE[1], 1 + OUTSIDE[1], ALONG_SAMPLES, dtype=np.float32)
    grid_past, grid_along = np.meshgrid(past, along)  # rows along the side, columns outwards
    image_xy = cv2.perspectiveTransform(_unit_points(axis, sign, grid_past, grid_along).reshape(1, -1, 2), from_unit)
    map_x = image_xy[0, :, 0].reshape(grid_past.shape)
    map_y = image_xy[0, :, 1].reshape(grid_past.shape)
    # The card itself (the rows between the edges) must stay in the frame; the surface beyond its edges may not.
    on_card = (along >= 0) & (along <= 1)
    in_frame = ((map_x >= 0) & (map_x <= width - 1) & (map_y >= 0) & (map_y <= height - 1))[on_card].all(axis=0)
    columns = int(np.argmin(in_frame)) if not in_frame.all() else len(past)
    if columns < STEP_SPAN * 2:
        return []
    samples = cv2.remap(
        colours,
        map_x[:, :columns],
        map_y[:, :columns],
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    end = _run_end(_off_surface(samples, along) >= EDGE_STEP)
    if end is None:
        return []  # the strip runs on to the frame or past any card's size: the surface, or a card cut by the frame
    strip = np.median(samples[(along >= INNER[0]) & (along <= INNER[1])], axis=0)
    column = _far_step(strip, end)
    reach = float(past[column - 1]) if column > 0 else 0.0  # the step lies between columns column-1 and column
    return [reach] if reach >= MIN_EXTENSION else []


def _off_surface(samples: np.ndarray, along: np.ndarray) -> np.ndarray:
    """Per column of ``samples`` (rows at ``along``, Lab), how far the strip between the extended edges lies from
    the surface's colour there: the surface just beyond both edges, taken as varying linearly between them (light
    falls off across a photo), compared with the strip's rows one by one and the differences' median taken per
    channel (a surface's speckle and a card's print cancel out; a card's own colour does not)."""
    lower = (along >= -OUTSIDE[1]) & (along <= -OUTSIDE[0])
    upper = (along >= 1 + OUTSIDE[0]) & (along <= 1 + OUTSIDE[1])
    inner = (along >= INNER[0]) & (along <= INNER[1])
    before = np.median(samples[lower], axis=0)
    after = np.median(samples[upper], axis=0)
    share = (along[inner] - float(along[lower].mean())) / float(along[upper].mean() - along[lower].mean())
    expected = before[None] + (after - before)[None] * share[:, None, None]
    return np.asarray(np.linalg.norm(np.median(samples[inner] - expected, axis=0), axis=1))


def _run_end(apart: np.ndarray) -> int | None:
    """The column where the run of columns differing from the surface (``apart``) ends, gaps under ``RUN_GAP``
    bridged; None when it reaches the last column (the frame or ``MAX_REACH``)."""
    gap = max(1, int(RUN_GAP * STEPS_PER_SIZE))
    last = -1
    for column, differs in enumerate(apart):
        if differs:
            last = column
        elif column - last > gap:
            return last + 1 if last >= 0 else 0
    return None


def _far_step(strip: np.ndarray, end: int) -> int:
    """The column near ``end`` with the strongest colour step of ``strip`` (means over ``STEP_SPAN`` columns)."""
    search = int(FAR_SEARCH * STEPS_PER_SIZE)
    best, best_step = end, -1.0
    for column in range(max(STEP_SPAN, end - search), min(len(strip) - STEP_SPAN, end + search) + 1):
        inner = strip[column - STEP_SPAN : column].mean(axis=0)
        outer = strip[column : column + STEP_SPAN].mean(axis=0)
        step = float(np.linalg.norm(inner - outer))
        if step > best_step:
            best, best_step = column, step
    return best


def _extended(from_unit: np.ndarray, axis: int, sign: int, reach: float) -> Points:
    """The outline's unit square stretched ``reach`` sizes past the side (``axis``, ``sign``), in work pixels."""
    corners = _UNIT.copy()
    moving = corners[:, axis] == (1.0 if sign > 0 else 0.0)
    corners[moving, axis] += sign * reach
    wider: Points = cv2.perspectiveTransform(corners[None], from_unit)[0].astype(np.float32)
    return wider


def _whole_card(quad: Points, wider: Points, lab: np.ndarray, text: GreyImage) -> float | None:
    """The mean edge support of ``wider`` (``quad`` carried across a side) when it is a whole card: in the frame,
    of a card's shape and angles, an edge along each side, and print in the part it adds; None when not."""
    height, width = lab.shape[:2]
    if (wider < -FRAME_SLACK).any() or (wider[:, 0] > width - 1 + FRAME_SLACK).any():
        return None
    if (wider[:, 1] > height - 1 + FRAME_SLACK).any():
        return None
    if aspect_fit(aspect_ratio(wider)) == 0.0 or not card_view_angles_ok(wider, (width, height)):
        return None
    supports = side_supports(lab, wider)
    if len(supports) < 4 or min(supports) < MIN_SIDE_SUPPORT or float(np.mean(supports)) < MIN_SUPPORT:
        return None
    added = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(added, np.round(wider).astype(np.int32), 255)
    cv2.fillConvexPoly(added, np.round(quad).astype(np.int32), 0)
    return float(np.mean(supports)) if inner_print(lab, text, added) >= MIN_ADDED_PRINT else None
