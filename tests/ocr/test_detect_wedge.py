"""A region joining a card to a wedge of desk beside it (one side askew) does not replace the card's own outline
as "the card around a panel" (``detect_nesting.square_around``), while a card whose lit part a slanting shadow cut off
is still replaced by the whole card; a region joining the card to its own soft shadow gives way to the card's
outline (``detect_nesting.joined_to_shade``). Real OpenCV on drawn colours, and generated photos."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards, select
from cardbook.ocr.detect_eval import corner_error
from cardbook.ocr.detect_masks import smooth_lab
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import order_corners
from cardbook.ocr.types import as_u8

from .photo_design_set import make_design_photo
from .photo_set import decode

TOLERANCE = 2.0  # % of the card's diagonal, as ``test_detect.TOLERANCE``
DESK = (150, 140, 60)  # BGR: a teal cloth
CARD = (40, 30, 170)  # BGR: a red card
SHADED_CARD = (25, 20, 110)  # the same card in shade: darker, still no desk colour
GREY_DESK = (200, 200, 200)
DESK_SHADOW = (175, 175, 175)  # the grey desk under the card's soft shadow: an eighth darker, same hue
WHITE_CARD = (245, 245, 245)


def _quad(points: list[list[float]]) -> np.ndarray:
    return order_corners(np.array(points, np.float32))


def _scene(card: np.ndarray, colour: tuple[int, int, int] = CARD) -> np.ndarray:
    image = np.full((480, 640, 3), DESK, np.uint8)
    cv2.fillConvexPoly(image, np.round(card).astype(np.int32), colour)
    return image


def _scored(quad: np.ndarray, score: float) -> Scored:
    return Scored(quad, score, 1.0, 0)


CARD_QUAD = _quad([[150, 150], [450, 140], [455, 330], [160, 340]])
# The card with a wedge of desk along its left side: its left side turned 9° from the card's.
WEDGE_QUAD = _quad([[150, 150], [450, 140], [455, 330], [120, 345]])


def test_a_card_joined_to_a_wedge_of_desk_keeps_its_own_outline() -> None:
    """The larger outline holds the card whole, scores above ``LARGER_SCORE`` of it, but its askew side runs
    across the desk: the wedge it adds has the desk's colour, so the card's own outline stays."""
    lab = smooth_lab(_scene(CARD_QUAD))
    marks = np.zeros(lab.shape[:2], np.uint8)
    card, wedge = _scored(CARD_QUAD, 0.42), _scored(WEDGE_QUAD, 0.31)
    kept = select([card, wedge], marks, lab)
    assert len(kept) == 1 and np.allclose(kept[0].quad, card.quad)


def test_a_card_cut_by_a_slanting_shadow_is_still_found_whole() -> None:
    """The lit part of a card, cut off by a shadow's slanting edge, is the askew outline here; what the whole
    card adds to it is the card in shade, no desk colour: the whole card replaces the part."""
    image = _scene(CARD_QUAD, SHADED_CARD)
    lit = _quad([[150, 150], [450, 140], [453, 260], [156, 330]])
    cv2.fillConvexPoly(image, np.round(lit).astype(np.int32), CARD)
    lab = smooth_lab(as_u8(image))
    marks = np.zeros(lab.shape[:2], np.uint8)
    part, whole = _scored(lit, 0.42), _scored(CARD_QUAD, 0.31)
    kept = select([part, whole], marks, lab)
    assert len(kept) == 1 and np.allclose(kept[0].quad, whole.quad)


def test_a_dark_card_beside_a_wedge_of_cloth_is_found_at_its_edges() -> None:
    """``photo_design_set`` seed 1, its third photo (a dark card on a spotted cloth): a region holding the card
    and a wedge of cloth won as the card around a panel, a corner error of 3.3 %."""
    data, truth = make_design_photo(2, 1, "dark")
    quads = [quad for quad in find_cards(decode(data)) if not quad.whole_image and not quad.text_region]
    assert quads, "no outline found"
    truth_quad = np.asarray(truth["corners"], np.float32)
    assert min(corner_error(quad.corners, truth_quad) for quad in quads) <= TOLERANCE


# The card with its shadow cast down and to the right: the same card's outline grown along two sides.
SHADOW_QUAD = _quad([[150, 150], [462, 140], [467, 342], [160, 352]])


def _shadow_scene(card_colour: tuple[int, int, int], beside_colour: tuple[int, int, int]) -> np.ndarray:
    image = np.full((480, 640, 3), GREY_DESK, np.uint8)
    cv2.fillConvexPoly(image, np.round(SHADOW_QUAD).astype(np.int32), beside_colour)
    cv2.fillConvexPoly(image, np.round(CARD_QUAD).astype(np.int32), card_colour)
    return image


def test_a_card_joined_to_its_soft_shadow_gives_way_to_its_own_outline() -> None:
    """The outline around the card and its shadow, scored first, holds the card and adds only the desk in
    shade: the card's own outline, nearly as well scored, replaces it."""
    lab = smooth_lab(_shadow_scene(WHITE_CARD, DESK_SHADOW))
    marks = np.zeros(lab.shape[:2], np.uint8)
    card, joined = _scored(CARD_QUAD, 0.40), _scored(SHADOW_QUAD, 0.44)
    kept = select([joined, card], marks, lab)
    assert len(kept) == 1 and np.allclose(kept[0].quad, card.quad)


def test_a_card_around_a_panel_on_a_grey_desk_stays_the_card() -> None:
    """The same outlines where the margin around the inner one is the card's white paper, lighter than the
    desk: the larger outline is the card around its panel, and it stays."""
    lab = smooth_lab(_shadow_scene(CARD, WHITE_CARD))
    marks = np.zeros(lab.shape[:2], np.uint8)
    panel, card = _scored(CARD_QUAD, 0.40), _scored(SHADOW_QUAD, 0.44)
    kept = select([card, panel], marks, lab)
    assert len(kept) == 1 and np.allclose(kept[0].quad, card.quad)


def test_a_steep_card_joined_to_its_shadow_is_found_at_its_edges() -> None:
    """``photo_design_set`` seed 1, a steep card on a grey desk (its 28th photo): the outline joining it to
    its shadow scored above the card's own, a corner error of 3.8 %."""
    data, truth = make_design_photo(27, 1, "perspective")
    quads = [quad for quad in find_cards(decode(data)) if not quad.whole_image and not quad.text_region]
    assert quads, "no outline found"
    truth_quad = np.asarray(truth["corners"], np.float32)
    assert min(corner_error(quad.corners, truth_quad) for quad in quads) <= TOLERANCE
