"""A small card on a patterned cloth whose "print" is spread over the whole photo keeps its outline
(``detect_keep._print_of_surface``), while a panel inside a card, the card's own print packed around it, is
still refused. Real OpenCV on drawn masks, and one generated photo."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect import find_cards
from cardbook.ocr.detect_eval import corner_error
from cardbook.ocr.detect_keep import keep_cards
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import order_corners

from .photo_design_set import make_design_photo
from .photo_set import decode

TOLERANCE = 2.0  # % of the card's diagonal, as ``test_detect.TOLERANCE``
SIZE = (480, 640)
OUTLINE = order_corners(np.array([[260, 200], [380, 200], [380, 275], [260, 275]], np.float32))


def _lines(mask: np.ndarray, left: int, top: int, right: int, bottom: int, step: int = 9) -> None:
    """Lines of print, 3 px thick, ``step`` apart, filling the box."""
    for y in range(top, bottom, step):
        cv2.rectangle(mask, (left, y), (right, y + 2), 255, -1)


def test_a_small_card_on_a_patterned_cloth_keeps_its_outline() -> None:
    """Marks spread evenly over the photo (a cloth's pattern) outweigh the card's print, and the card is
    small (5 % of the photo): the outline is kept, its print denser than the marks around it."""
    text = np.zeros(SIZE, np.uint8)
    rng = np.random.default_rng(7)
    for x, y in rng.integers(0, (SIZE[1], SIZE[0]), size=(700, 2)):
        cv2.rectangle(text, (int(x), int(y)), (int(x) + 8, int(y) + 3), 255, -1)
    cv2.fillConvexPoly(text, np.round(OUTLINE).astype(np.int32), 0)
    _lines(text, 270, 210, 370, 268)
    kept = keep_cards([Scored(OUTLINE, 0.75, 1.0, 0)], text, one_card=False)
    assert len(kept) == 1


def test_a_panel_inside_a_card_is_still_refused() -> None:
    """The same outline as a panel of a card whose print lies around it, the desk beyond blank: the print
    outside is packed around the outline, and the outline is refused as before."""
    text = np.zeros(SIZE, np.uint8)
    _lines(text, 150, 120, 490, 190)
    _lines(text, 150, 285, 490, 360)
    _lines(text, 270, 210, 370, 268)
    assert keep_cards([Scored(OUTLINE, 0.75, 1.0, 0)], text, one_card=False) == []


def test_a_small_card_on_a_flowered_tablecloth_is_found() -> None:
    """``photo_design_set`` seed 3, its fourth photo (a small card on a flowered cloth): the card's clean
    outline was refused for the flowers' "print" around it, and the text crop cut its print."""
    data, truth = make_design_photo(3, 3, "small")
    quads = [quad for quad in find_cards(decode(data)) if not quad.whole_image and not quad.text_region]
    assert quads, "no outline found"
    truth_quad = np.asarray(truth["corners"], np.float32)
    assert min(corner_error(quad.corners, truth_quad) for quad in quads) <= TOLERANCE
