"""A card filling a 16:9 photo with one object beside it (a pen) keeps its outline, where a panel of a scan with
the card's words beyond it is still refused (``detect_keep._one_mark_beyond``). Real OpenCV on drawn masks."""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_beyond import print_outside_share
from cardbook.ocr.detect_keep import PANEL_PRINT_OUTSIDE, PRINT_OUTSIDE_MAX, keep_cards
from cardbook.ocr.detect_score import Scored
from cardbook.ocr.geometry import order_corners

SIZE = (360, 640)  # a 16:9 work copy: a card's proportions, as a scan cut at the card's edge
# A large outline, turned by some 4° (no flatbed scan lies so), reaching the frame's top edge.
OUTLINE = order_corners(np.array([[30, 0], [610, 38], [588, 330], [10, 292]], np.float32))


def _card_print() -> np.ndarray:
    text = np.zeros(SIZE, np.uint8)
    for y in range(70, 130, 12):  # a few lines of the card's print, inside the outline
        cv2.rectangle(text, (80, y), (300, y + 4), 255, -1)
    return text


def _kept(text: np.ndarray) -> bool:
    share = print_outside_share(text, [OUTLINE])
    assert PANEL_PRINT_OUTSIDE < share <= PRINT_OUTSIDE_MAX  # the print beyond would make it a scan's panel
    return bool(keep_cards([Scored(OUTLINE, 0.4, 0.9, 1)], text, one_card=False))


def test_one_mark_beyond_a_card_filling_the_photo_keeps_it() -> None:
    text = _card_print()
    cv2.line(text, (470, 356), (635, 346), 255, 6)  # a pen on the desk below the card's corner
    assert _kept(text)


def test_words_beyond_a_panel_still_make_it_a_scan_s_panel() -> None:
    text = _card_print()
    for x in range(380, 620, 40):  # a line of words along the bottom, beyond the outline
        cv2.rectangle(text, (x, 348), (x + 24, 352), 255, -1)
    assert not _kept(text)
