"""Find every business card in a photo as a quadrilateral, or decide the image already is one card.

Real phone photos defeat any single cue (a white card on a light desk, a hand behind the card, a woven
cloth, glare, a card running off the frame), so candidate regions come from several independent views
of a small copy (``detect_masks``: edges at several sensitivities and scales, distance from the desk
colours learnt on the image border, brightness), and every region is fitted and scored on its own
evidence (``detect_score``: card shape, a colour step along each side, fill, print inside). Overlapping
outlines are resolved in favour of the better, larger card. When no outline is trustworthy the crop is
the block of print (padded), or the whole image when the print spans it, which is what a flatbed scan
or an already-cropped photo is. An image with no print at all yields no card: the caller reports it.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from cardbook.ocr.detect_around_print import outline_and_frame_sides
from cardbook.ocr.detect_beyond import print_outside_share
from cardbook.ocr.detect_blank import without_blank_outlines
from cardbook.ocr.detect_camera_frame import faint_instead, without_outline
from cardbook.ocr.detect_card import CardQuad as CardQuad  # re-exported: the finder's answer
from cardbook.ocr.detect_fallback import (
    AROUND_PRINT_SCORE,
    MIN_PRINT_SHARE,
    card_like,
    main_print,
)
from cardbook.ocr.detect_grow import grown_over_print
from cardbook.ocr.detect_ink import scan_print
from cardbook.ocr.detect_keep import ONE_CARD_MAX_AREA, ONE_CARD_PRINT_OUTSIDE, keep_cards
from cardbook.ocr.detect_lines import line_quads
from cardbook.ocr.detect_masks import background_masks, edge_masks, smooth_lab, tone_masks
from cardbook.ocr.detect_nesting import (
    LARGER,
    SAME_OUTLINE,
    desk_in_shade,
    holds,
    joined_to_shade,
    square_around,
)
from cardbook.ocr.detect_one_card import looks_like_one_card as looks_like_one_card  # re-exported
from cardbook.ocr.detect_panel import across_panel
from cardbook.ocr.detect_print import local_contrast, print_marks, text_line_mask
from cardbook.ocr.detect_refine import snap_to_edges
from cardbook.ocr.detect_score import REBUILT, Scored, score_outline
from cardbook.ocr.detect_seen import SeenRegions, Visit, with_second_traces
from cardbook.ocr.detect_shade import relit as relight
from cardbook.ocr.detect_shade import shade_side
from cardbook.ocr.detect_straddle import cuts_print
from cardbook.ocr.geometry import intersection_over_smaller, quad_area, whole_image_quad
from cardbook.ocr.types import BgrImage, GreyImage, Points, as_u8

WORK_SIDE = 640  # detection runs on a copy this long: fast, and an outline needs no finer detail
MIN_AREA = 0.03  # of the image: smaller "cards" are logos, stickers or noise (cards fill ≥ ~10 % in use)
WHOLE_AREA = 0.9  # an outline this large, square to the frame, is the frame itself: the whole image
WHOLE_CORNER = 0.04  # …when each of its corners is within this share of the frame's diagonal of a frame corner
OVERLAP = 0.3  # outlines overlapping more than this (of the smaller) describe the same card
LARGER_SCORE = 0.7  # …when its score is at least this share of the panel's…
# …and when it is the card around a panel rather than a sheet or a notebook around a card: the panel covers
# at least this share of it (a band, a border or a coloured block left out), or the larger outline holds
# print beyond the smaller one. A business card (85 x 55 mm) covers 7 % of a sheet of A4 and 15 % of an A5
# notebook page; the dark panel inside a white-bordered card (a border of 2-5 % of its short side, as
# ``tests/ocr/photo_set.py`` draws them) covers over 80 % of it. Checked on the user photos, seed 1.
PANEL_SHARE = 0.5
PRINT_BEYOND = 0.1  # share of the larger outline's print lying outside the smaller: it is the card
# Share of a card's outline inside a larger one for it to lie on that sheet (nearly all of it: a drawn outline
# wobbles by a pixel or two). Chosen, not swept; the cause (two cards on one sheet, the sheet chosen) was seen on
# ``photo_set --kind more`` seed 1 (photos 40-99), and checked on seed 2.
ON_SHEET = 0.9
SIMILAR_SIZE = 0.3  # cards photographed together have similar sizes; much smaller outlines are details
# Opening radius, as a share of a region's half thickness (its distance transform's peak), that cuts off
# what sticks out of a card (a finger is ~0.15-0.2 of a card's short side wide, i.e. 0.3-0.4 of the half
# thickness) while keeping the card: chosen from those widths, checked on the generated user photos
# (``photo_set --kind user``, seed 1). Regions thinner than MIN_OPENING work pixels at that share are left.
OPENING = 0.45
MIN_OPENING = 2
OPENING_DEPTH = 16.0  # work pixels: the region's depth on the reduced copy the opening runs on
SOLID_REGION = 0.95  # a region filling this much of its convex hull has nothing sticking out
SHADE_COVER = 0.8  # the card found again with a shadow lifted replaces the part found first covering this much of it
# …and its corners away from the shadow stay within this share of its diagonal of the first part's: both are
# fitted to the same sides, each to a pixel or two (set, not swept: above ``detect_nesting.HOLDS_SLACK``, the
# two fits' slack).
SHADE_KEEP = 0.02


def find_cards(image: BgrImage, max_cards: int = 8, relit: bool = False) -> list[CardQuad]:
    """Card outlines in ``image`` in reading order; the print block or whole image when none is
    trustworthy; an empty list when the image holds no mark at all (blank, or an empty plain desk).
    ``relit``: the image is a work copy with a shadow lifted (``_across_shade``), not to be relit again."""
    height, width = image.shape[:2]
    small, factor = work_copy(image)
    small_h, small_w = small.shape[:2]
    grey = as_u8(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
    smooth = as_u8(cv2.GaussianBlur(grey, (5, 5), 0))
    lab = smooth_lab(as_u8(small))
    contrast = local_contrast(grey)
    marks = print_marks(grey, contrast)
    text = text_line_mask(marks)
    min_area = MIN_AREA * small_w * small_h
    # Decided first and cheaply: an image that already is one card (a scan) only gets one sensitive edge
    # view, for a pale card lying on paper of its own colour; the other views would only find its panels.
    # A surface's soft marks are no scan's print; measured only when the centre has the border's colour.
    one_card = looks_like_one_card(lab, lambda: scan_print(marks, text, contrast))
    masks = (
        edge_masks(smooth, quick=True) if one_card else edge_masks(smooth) + background_masks(lab) + tone_masks(smooth)
    )
    seen = SeenRegions()
    views = [cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)[0] for mask in masks]
    candidates = [card for contours in views for card in _score_new(contours, lab, text, min_area, seen)]
    candidates = with_second_traces(candidates, seen)
    if not one_card:
        # In a photo of a card on a surface, an outline that is the frame itself is no card: the photo's
        # edges are never a card's corners there (issue 10). Left in, it won over the card's own outline
        # (as the larger outline around a panel) or ended the search with the whole photo as the card.
        candidates = [card for card in candidates if not _is_whole_frame(card.quad, small_w, small_h)]
    # A scan is one card already: an outline around a panel there is the card's edge, not a sheet's.
    chosen = select(candidates, None if one_card else marks, lab)
    if not one_card:
        # A colour panel across a pale card closes into the cleanest region: carried across the pale part before
        # ``keep_cards`` weighs the print left outside it (the panel leaves the person's lines out).
        chosen = across_panel(chosen, lab, text)
    chosen = keep_cards(chosen, text, one_card)
    if not one_card and all(card.cut for card in chosen):
        # No region closed into a whole card: look for its straight sides instead (a white card on white
        # or ruled paper, a hand or a shadow across a side). A last resort only: on a checked cloth or a
        # wood grain the line view proposes outlines that would outscore a card's region. The part in
        # view of a card cut by the frame is weaker evidence than a whole card's sides: a band of paper
        # across the frame around a card looks like one, so the line view still runs, and both compete.
        lines = with_second_traces(_score_new(line_quads(smooth, lab), lab, text, min_area, seen), seen)
        lines = [card for card in lines if not _is_whole_frame(card.quad, small_w, small_h)]
        chosen = keep_cards(select(chosen + lines, marks, lab), text, one_card)
    if chosen and not _is_whole_frame(chosen[0].quad, small_w, small_h):
        chosen = without_blank_outlines(chosen, text, lab)  # a patch of desk beside the card is no second card
        if not one_card and not chosen[0].cut:
            chosen = grown_over_print(chosen, text)
        found = [
            CardQuad(snap_to_edges(lab, card.quad) / factor, card.score, cut=card.cut) for card in chosen[:max_cards]
        ]
        if not relit and not one_card and not chosen[0].cut:
            across = _across_shade(small, chosen[0].quad)
            if across is not None:
                found[0] = CardQuad(across / factor, chosen[0].score)
        return found
    if not chosen and np.count_nonzero(marks) < MIN_PRINT_SHARE * small_w * small_h:
        return []  # no outline and not a mark: a blank page, an empty plain desk
    # No outline held: the print the crop is made from counts slanted lines and blocks run together too
    # (``text_line_mask``'s ``slanted``), which the outlines' scores were set without.
    text = text_line_mask(marks, slanted=True)
    if one_card and not chosen:
        card = _card_on_paper(lab, text, small_w * small_h)
        if card is not None:
            walked = CardQuad(snap_to_edges(lab, card) / factor, AROUND_PRINT_SCORE, unsure=True)
            return [faint_instead(walked, contrast, factor, (width, height))]  # unless it left faint print out
    # No outline held: the whole image for a scan, else the crop made from the print (``detect_camera_frame``).
    return without_outline(text, marks, lab, factor, (width, height), one_card, bool(chosen), contrast)


def _across_shade(small: BgrImage, quad: Points) -> Points | None:
    """The whole card when ``quad`` is the lit or the shaded part of it, a side along a shadow's edge
    (``detect_shade``): the card found again in the relit copy, larger than ``quad`` and covering it."""
    edge = shade_side(small, quad)
    if edge is None:
        return None
    again = find_cards(relight(small, edge), relit=True)
    if not again or again[0].whole_image or again[0].unsure:
        return None
    whole = again[0].corners
    if quad_area(whole) < LARGER * quad_area(quad) or intersection_over_smaller(quad, whole) < SHADE_COVER:
        return None
    # The card grows across the shadow's edge only: the two corners of ``quad`` farthest from that edge are
    # the card's own and stay where they were. A card's own soft shadow on the desk beside it is such an
    # "edge" too, and relit it joined the card, moving the far corners as well (seed 1 of
    # ``photo_design_set``: a QR card's outline grown 15-30 px over its shadow, a corner error of 3.6 %).
    reach = max(float(SAME_OUTLINE), SHADE_KEEP * float(np.linalg.norm(whole[0] - whole[2])))
    far = np.argsort(-np.abs((quad - edge.point) @ edge.into_shade))[:2]  # the lit or the shaded part's
    if any(float(np.linalg.norm(whole - quad[index], axis=1).min()) > reach for index in far):
        return None
    return whole


def _card_on_paper(lab: np.ndarray, text: GreyImage, image_area: float) -> Points | None:
    """A white card on white paper looks like a scan to ``looks_like_one_card`` (the paper reaches the frame,
    the print lies on paper of its colour), but its edge still steps faintly all round its print: the
    outline found outwards from the print (``detect_around_print``), closed on four sides inside the frame,
    no larger than a card in a photo (``ONE_CARD_MAX_AREA``) and leaving no print outside. A scan's paper
    runs to the frame without such a step, and a panel printed around its text leaves print outside. A card
    running past one or two edges of the frame (ruled paper around it) has the steps on its other sides: its
    outline is taken when it has a card's proportions (``card_like``), as a band around a line does not."""
    if np.count_nonzero(text) < MIN_PRINT_SHARE * image_area:
        return None
    focus = main_print(text)
    found = outline_and_frame_sides(lab, focus)
    if found is None:
        return None
    outline, on_frame = found
    if quad_area(outline) > ONE_CARD_MAX_AREA * image_area:
        return None  # the cheap test first: the print left outside is measured over the whole image
    left_out = print_outside_share(text, [outline])  # measured once: ``card_like`` asks it too
    if on_frame and not card_like(outline, on_frame, text, left_out):
        return None
    return None if left_out > ONE_CARD_PRINT_OUTSIDE else outline


def _score_new(
    contours: Sequence[np.ndarray],
    lab: np.ndarray,
    text: GreyImage,
    min_area: float,
    seen: SeenRegions,
) -> list[Scored]:
    """The card-like outlines among ``contours``, each region scored once (several views often trace the
    same region: ``seen`` holds the regions already scored, ``detect_seen``); a second region in a box seen
    before is kept only when its outline cuts through no line of print (``detect_straddle``)."""
    scored_outlines: list[Scored] = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if w * h < min_area:
            continue
        visit = seen.visit(contour, (x, y, w, h))
        if visit is Visit.SEEN:
            continue
        scored = score_outline(contour, lab, text, min_area)
        if scored is None and cv2.contourArea(contour) >= min_area:
            scored = _score_without_protrusions(contour, (x, y, w, h), lab, text, min_area)
        if scored is None:
            continue
        if visit is Visit.NEW:
            scored_outlines.append(scored)
        elif not cuts_print(scored.quad, text):
            seen.second_traces.append(scored)  # weighed once every view is scored (``with_second_traces``)
    return scored_outlines


def _score_without_protrusions(
    contour: np.ndarray, box: tuple[int, int, int, int], lab: np.ndarray, text: GreyImage, min_area: float
) -> Scored | None:
    """The region of ``contour`` less what sticks out of it narrower than the card (fingers holding it, a
    pen or a flower of the cloth touching its side), scored again: a card's region joined to a thumb no
    longer fills its outline, and its sides are fitted askew. Opening with a disc a share of the region's
    thickness (``OPENING``) cuts such limbs off and only rounds the card's corners, which the side fit
    ignores."""
    hull_area = float(cv2.contourArea(cv2.convexHull(contour)))
    if hull_area <= 0 or cv2.contourArea(contour) >= SOLID_REGION * hull_area:
        return None  # nothing sticks out: opening would change nothing
    x, y, w, h = box
    region = np.zeros((h + 2, w + 2), np.uint8)
    cv2.drawContours(region, [contour - np.array([x - 1, y - 1], np.int32)], -1, 255, -1)
    # Opening by a disc through distance transforms (erode: deeper than the radius; dilate: within the radius
    # of what is left), on a copy reduced so the region is OPENING_DEPTH pixels deep: the disc is large, and
    # only the region's coarse shape matters; the exact sides come back from the region itself.
    scale = min(1.0, OPENING_DEPTH / max(1.0, float(cv2.distanceTransform(region, cv2.DIST_L2, 3).max())))
    reduced = cv2.resize(region, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1.0 else region
    depth = cv2.distanceTransform(np.where(reduced > 127, 255, 0).astype(np.uint8), cv2.DIST_L2, 3)
    radius = OPENING * float(depth.max())  # the peak depth is half the card's short side
    if radius < MIN_OPENING:
        return None
    core = np.where(depth > radius, 0, 255).astype(np.uint8)
    opened = np.where(cv2.distanceTransform(core, cv2.DIST_L2, 3) <= radius, 255, 0).astype(np.uint8)
    if scale < 1.0:
        opened = as_u8(cv2.resize(opened, (w + 2, h + 2), interpolation=cv2.INTER_LINEAR))
    opened = as_u8(np.where((opened > 127) & (region > 0), 255, 0))
    parts = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0]
    if not parts:
        return None
    largest = max(parts, key=cv2.contourArea)
    scored = score_outline(largest + np.array([x - 1, y - 1], np.int32), lab, text, min_area)
    # Opened, a piece of desk between a ruled margin, a card and the frame also squares up into a "card":
    # a card held in the fingers is whole in the frame and holds print, when the photo shows any.
    if scored is None or scored.frame_sides > 0 or not _holds_print(scored.quad, text):
        return None
    return Scored(scored.quad, scored.score * REBUILT, scored.support, scored.frame_sides)


def _holds_print(quad: Points, text: GreyImage) -> bool:
    """Whether some of the print found lies inside ``quad`` (always true when none was found at all)."""
    if not np.count_nonzero(text):
        return True
    return print_outside_share(text, [quad]) < 1.0


def work_copy(image: BgrImage) -> tuple[BgrImage, float]:
    """A copy at most ``WORK_SIDE`` long and its scale. OpenCV's area averaging is slow at odd ratios
    (~50 ms from 2000 px), so a fast bilinear step to twice the size comes first, then an exact 2:1 average."""
    height, width = image.shape[:2]
    factor = min(1.0, WORK_SIDE / max(height, width))
    if factor >= 1.0:
        return image, 1.0
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    if factor < 0.5:
        image = as_u8(cv2.resize(image, (size[0] * 2, size[1] * 2), interpolation=cv2.INTER_LINEAR))
    small = as_u8(cv2.resize(image, size, interpolation=cv2.INTER_AREA))
    return small, size[0] / width


def _is_whole_frame(quad: Points, width: int, height: int) -> bool:
    frame = whole_image_quad(width, height)
    reach = WHOLE_CORNER * float(np.hypot(width, height))
    near = bool((np.linalg.norm(quad - frame, axis=1) <= reach).all())
    return near and quad_area(quad) >= WHOLE_AREA * width * height


def _surrounds_blank(outer: Points, inner: Points, marks: GreyImage, beside: Sequence[Points] = ()) -> bool:
    """Whether ``outer`` is a sheet, a notebook or a table top around the card ``inner``: much larger, and
    no print of its own beyond the card (a white card on a sheet of paper both make clean outlines). The
    marks of print are used rather than the lines: small print blurred into blocks makes no line, but a
    card always shows marks beyond a panel or logo inside it. ``beside``: other cards' outlines, as good;
    those lying on ``outer`` too, apart from ``inner`` and as small, are cards laid on the same sheet, and
    their print is no print of the sheet's (two cards on one sheet: the sheet won over both)."""
    if quad_area(inner) >= PANEL_SHARE * quad_area(outer):
        return False
    inside_outer = np.zeros(marks.shape, np.uint8)
    cv2.fillConvexPoly(inside_outer, np.round(outer).astype(np.int32), 255)
    in_outer = as_u8(cv2.bitwise_and(marks, inside_outer))
    if np.count_nonzero(in_outer) == 0:
        return False
    cards = [inner]
    for quad in beside:
        on_sheet = intersection_over_smaller(quad, outer) > ON_SHEET
        apart = all(intersection_over_smaller(quad, card) <= OVERLAP for card in cards)
        if on_sheet and apart and quad_area(quad) < PANEL_SHARE * quad_area(outer):
            cards.append(quad)
    return print_outside_share(in_outer, cards) < PRINT_BEYOND


def select(candidates: list[Scored], marks: GreyImage | None = None, lab: np.ndarray | None = None) -> list[Scored]:
    """Non-overlapping cards in reading order: of two outlines that overlap, keep the better; a card
    inside a card is a panel or logo of the larger one, so the larger wins when it is a good outline,
    unless (``marks`` of print given) it is a blank sheet around the card (``_surrounds_blank``) or (``lab``
    given) the card joined to a wedge of desk (``square_around``) or to its own shadow (``joined_to_shade``)."""
    kept: list[Scored] = []
    for candidate in sorted(candidates, key=lambda c: -c.score):
        replace_index: int | None = None
        overlapping = False
        for index, other in enumerate(kept):
            if intersection_over_smaller(candidate.quad, other.quad) > OVERLAP:
                # Other cards as well outlined, for a sheet that several cards lie on (``_surrounds_blank``).
                floor = LARGER_SCORE * max(candidate.score, other.score)
                beside = [card.quad for card in candidates if card.score > floor]
                overlapping = True
                larger = quad_area(candidate.quad) > LARGER * quad_area(other.quad)
                # …and around it, not a worse fit of it (``holds``), in the frame of ``marks``.
                larger = larger and (
                    marks is None
                    or (
                        holds(candidate.quad, other.quad, *marks.shape[1::-1])
                        and (
                            lab is None
                            or (
                                square_around(candidate.quad, other.quad, lab)
                                and not desk_in_shade(candidate.quad, other.quad, lab)
                            )
                        )
                    )
                )
                if larger and candidate.score > LARGER_SCORE * other.score:
                    if marks is None or not _surrounds_blank(candidate.quad, other.quad, marks, beside):
                        replace_index = index
                elif (
                    not larger
                    and marks is not None
                    and candidate.score > LARGER_SCORE * other.score
                    and (
                        _surrounds_blank(other.quad, candidate.quad, marks, beside)
                        or (lab is not None and joined_to_shade(other.quad, candidate.quad, marks, lab))
                    )
                ):
                    # The better outline was the sheet the card lies on, or the card joined to its shadow.
                    replace_index = index
                break
        if replace_index is not None:
            kept[replace_index] = candidate
        elif not overlapping:
            kept.append(candidate)
    if not kept:
        return []
    largest = max(quad_area(card.quad) for card in kept)
    kept = [card for card in kept if quad_area(card.quad) >= SIMILAR_SIZE * largest]
    row = max(1.0, 0.1 * float(np.sqrt(largest)))  # cards whose tops differ less than this share a row
    return sorted(kept, key=lambda c: (float(c.quad[:, 1].min()) // row, float(c.quad[:, 0].min())))
