"""Whether the outlines the card finder chose are the cards, or panels and pictures inside one card.

``select`` prefers the better, larger outline among overlapping ones; what is left may still be a panel inside
the card (print lies outside it, or it is large inside an image that already is one card), or the cards
themselves on a surface whose marks count as print (ruled paper, a flowered cloth, a hand's edges). The
tests here keep the outlines or give them up (``detect.find_cards`` then crops to the print or keeps the whole
image). Split from ``detect``: the thresholds' reasons and the sets they were set on are given with each.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_beyond import print_beyond, share_beyond
from cardbook.ocr.detect_cut import on_frame_edge
from cardbook.ocr.detect_fallback import CARD_SHAPED_FIT, MIN_PRINT_SHARE
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import aspect_fit, quad_area
from cardbook.ocr.types import GreyImage, Points

# In an image that already is one card (a scan: ``detect.looks_like_one_card``), an outline inside it is a panel
# unless it leaves this much of the image out…
ONE_CARD_MAX_AREA = 0.6
ONE_CARD_PRINT_OUTSIDE = 0.1  # …and nearly no print outside it (a card on plain paper, not a panel)
PRINT_OUTSIDE_MAX = 0.25  # a "card" leaving more of the print outside is a panel inside the real card…
# …unless its outline is trustworthy (``score_outline``) and card-sized: in phone photos the "print"
# outside a card is mostly the surface (cloth checks, ruled paper the rule filter missed, a hand's or an
# object's edges), while a card's pale print is often too faint to count inside it. Set on the generated
# photos, seed 1 (``tests/ocr/photo_set.py``), and the tune half of the shared cards: 8 of the 9 outlines
# refused for print outside in those photos were the card (scores 0.305-0.81, 21-57 % of the photo); the
# one refused rightly (a blank object) scored 0.27; the panels and pictures inside scanned or cropped
# cards that the rule must still refuse cover 6-9 % of the image. Checked on seed 2, which neither saw.
TRUSTED_OUTLINE = 0.3
TRUSTED_CARD_AREA = 0.15  # of the image
# …or when the print inside the best outline is this many times denser than outside it (``_print_stands_out``):
# a small card (5 % of the photo) on ruled paper whose rules the rule filter missed held print 37 times
# denser than the paper around (``photo_design_set --trait small``, seed 4); cards on flowered cloth 1.4
# times, panels inside a card (the card's own print around them) about as dense. An order of magnitude,
# set between those, not swept.
DENSER_INSIDE = 10.0
# …or when the print outside it is the surface's, spread over the photo (``_print_of_surface``): a flowered
# cloth's "print" lies as dense just around a card as far from it, where the print outside a panel is its
# card's own, packed around the panel. Ring around the outline: NEAR_RING of its short side; the ring's
# print no denser than NEAR_DENSER times the print beyond it; the outline's own print at least as dense as
# the ring's (a card holds print; a patch of cloth between flowers does not). Set on ``photo_design_set``
# seed 3 (a small card on a flowered cloth, its outline refused and the text crop cutting its print), not swept.
NEAR_RING = 0.5
NEAR_DENSER = 1.5
# …and then a large outline reaching the frame's edge is a panel of that scan when its sides inside the
# frame lie within this many degrees of the frame's axes, or leave this share of the print beyond it.
# Tune-half shared scans with such panels: sides 0.3-0.8° off square (one more, tilted, has print beyond
# its panel); cards filling most of a generated photo of a card's proportions (seed 1, photos 0-199): 3.6°
# or more. Set midway, with room for a scan laid slightly askew. The print beyond: as
# ``ONE_CARD_PRINT_OUTSIDE``.
SCAN_SQUARE = 2.0
PANEL_PRINT_OUTSIDE = 0.1
# …unless that print beyond is one mark: a card's print around a panel is words and lines, many marks (the
# tune-half shared scan with print beyond its panel: 25 marks, the largest 0.26 of that print), where one mark
# holding most of it is an object beside a card filling the photo (a pen, a phone's rim). Half: set from that
# reasoning, not swept.
ONE_MARK_SHARE = 0.5


def keep_cards(chosen: list[Scored], text: GreyImage, one_card: bool) -> list[Scored]:
    """``chosen`` (``select``'s outlines), or none when the best is a panel inside the card: it leaves
    print outside, or it is large inside an image that already is one card."""
    if not chosen:
        return []
    small_h, small_w = text.shape[:2]
    enough_print = np.count_nonzero(text) >= MIN_PRINT_SHARE * small_w * small_h
    # The print beyond the outlines, built once: its share decides here, its marks in ``_panel_of_scan``.
    beyond = print_beyond(text, [card.quad for card in chosen]) if enough_print else None
    outside = share_beyond(text, beyond) if beyond is not None else 0.0
    if one_card:
        if outside > ONE_CARD_PRINT_OUTSIDE:
            return []
    elif outside > PRINT_OUTSIDE_MAX:
        kept_anyway = (
            _trusted(chosen, small_w * small_h) or _print_stands_out(chosen, text) or _print_of_surface(chosen, text)
        )
        if not kept_anyway:
            return []
    if quad_area(chosen[0].quad) > ONE_CARD_MAX_AREA * small_w * small_h:
        # A large outline inside an image that already is one card is a panel or printed frame; so may be
        # one reaching the frame's edge when the image itself has a card's shape (a scan cut at the card's
        # edge). Its own edges decide, not the image's shape alone (a 16:9 photo has a card's proportions
        # too): a panel of a flatbed scan lies square to the frame, with the card's print around it.
        card_shaped = aspect_fit(max(small_w, small_h) / min(small_w, small_h)) >= CARD_SHAPED_FIT
        first_beyond = beyond if len(chosen) == 1 else None  # the first outline's own when it is the only one
        if one_card or (
            card_shaped and chosen[0].frame_sides > 0 and _panel_of_scan(chosen[0].quad, outside, text, first_beyond)
        ):
            return []
    return chosen


def _panel_of_scan(quad: Points, outside: float, text: GreyImage, beyond: GreyImage | None = None) -> bool:
    """Whether a large outline reaching the frame's edge is a panel of a scan rather than a card filling
    most of a photo: print lies beyond it (the card's paper around a panel), or its sides inside the
    frame lie square to the frame's (a card lies straight on a flatbed, and its printed panels with it;
    a hand-held phone is never quite square). ``beyond``: ``print_beyond(text, [quad])`` when built already."""
    if outside > PANEL_PRINT_OUTSIDE and not _one_mark_beyond(
        beyond if beyond is not None else print_beyond(text, [quad])
    ):
        return True
    height, width = text.shape[:2]
    tilts = []
    for index in range(4):
        a, b = quad[index], quad[(index + 1) % 4]
        if on_frame_edge(a, b, width, height):
            continue  # the frame's own edge: square by definition
        angle = abs(float(np.degrees(np.arctan2(b[1] - a[1], b[0] - a[0])))) % 90.0
        tilts.append(min(angle, 90.0 - angle))
    return not tilts or max(tilts) <= SCAN_SQUARE


def _one_mark_beyond(beyond: GreyImage) -> bool:
    """Whether one mark holds most (``ONE_MARK_SHARE``) of the print ``beyond`` an outline
    (``detect_beyond.print_beyond``)."""
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(beyond)
    sizes = stats[1:count, cv2.CC_STAT_AREA]
    return len(sizes) > 0 and int(sizes.max()) > ONE_MARK_SHARE * int(sizes.sum())


def _trusted(chosen: list[Scored], image_area: float) -> bool:
    """Outlines kept even though print lies outside them: the best one well supported and card-sized, or
    several cards side by side (``select`` kept them of similar sizes), each well supported, that together
    cover a card's share of the photo: two cards photographed together each fill less of it than one alone
    (two dark cards on a flowered cloth, 14 % each, were refused for the cloth's "print" around them:
    ``photo_set --kind more``, seed 1). The panels and pictures this test must still refuse lie inside one
    card's outline, which ``select`` prefers to them, so they are not kept side by side."""
    best = chosen[0]
    if best.score >= TRUSTED_OUTLINE and quad_area(best.quad) >= TRUSTED_CARD_AREA * image_area:
        return True
    if len(chosen) < 2 or any(card.score < TRUSTED_OUTLINE for card in chosen):
        return False
    return sum(quad_area(card.quad) for card in chosen) >= TRUSTED_CARD_AREA * image_area


def _print_stands_out(chosen: list[Scored], text: GreyImage) -> bool:
    """Whether the best outline, well supported (``TRUSTED_OUTLINE``), holds print far denser than the rest
    of the photo (``DENSER_INSIDE``): a small card on ruled paper or a marked desk, whose surface's scattered
    marks outweigh the card's print in all but density. A panel inside a card has the card's own lines of
    print around it, about as dense as its own."""
    best = chosen[0]
    if best.score < TRUSTED_OUTLINE:
        return False
    inside = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.round(best.quad).astype(np.int32), 255)
    area_in = int(np.count_nonzero(inside))
    area_out = inside.size - area_in
    if area_in == 0 or area_out == 0:
        return False
    density_in = int(np.count_nonzero(text[inside > 0])) / area_in
    density_out = int(np.count_nonzero(text[inside == 0])) / area_out
    return density_in >= DENSER_INSIDE * density_out


def _print_of_surface(chosen: list[Scored], text: GreyImage) -> bool:
    """Whether the one outline, well supported (``TRUSTED_OUTLINE``), leaves outside it only the surface's
    marks: no denser in a ring just around it (``NEAR_RING``) than beyond (``NEAR_DENSER``), and no denser
    than the print inside it."""
    best = chosen[0]
    # One outline only: panels of a scan side by side left the print between them spread alike (a shared
    # scan, the tune half); cards photographed together on a cloth are ``_trusted``'s.
    if best.score < TRUSTED_OUTLINE or len(chosen) > 1:
        return False
    inside = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.round(best.quad).astype(np.int32), 255)
    short = min(float(np.linalg.norm(best.quad[1] - best.quad[0])), float(np.linalg.norm(best.quad[2] - best.quad[1])))
    reach = max(3, int(NEAR_RING * short))
    near = cv2.dilate(inside, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1, 2 * reach + 1)))
    densities = []
    for region in (inside > 0, (near > 0) & (inside == 0), near == 0):
        area = int(np.count_nonzero(region))
        if area == 0:
            return False
        densities.append(int(np.count_nonzero(text[region])) / area)
    density_in, density_near, density_beyond = densities
    return density_beyond > 0.0 and density_near <= NEAR_DENSER * density_beyond and density_in >= density_near
