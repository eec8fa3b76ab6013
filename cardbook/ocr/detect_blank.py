"""Outlines beside the card that hold no print at all: a patch of desk, a wedge of cloth or the blank part of
the card's own picture closed into a region of a card's shape is no second card.

``detect.select`` keeps every outline that overlaps no better one and has a similar size; a second card is
then read as a contact of its own. On the print-shop photos (``tests.ocr.shop_photo_set``, tune seeds 1 and
3, native and ``--frame 1280x720``) the outlines kept beside the card were a blank patch of desk in shade, a
wedge of wavy cloth between the card and the frame, and the lower part of a picture card below its print;
on ``photo_set`` seed 2 (classic, cases, more) four more of that kind. Each held no mark of print at all,
where every true second card held some: a card's lines (``text_line_mask``), or a dark card's dim print,
which the photo-wide marks miss and the local contrast away from its sides shows (``inner_print``; one card
of ``photo_set --kind more`` seed 2 so). So an outline beside the best is dropped only when it holds none of
either, and only when the best holds print (a photo whose cards show no print keeps its outlines). A blank
back of a card, dropped so, is nothing to read either.

An outline crossing into the best one is judged on its own part only, the best card's area left out
(``crowded_photo_set``, tune seed 3: a patch of wavy cloth closed into a "card" whose corner reached over the
card's print, kept as a second contact holding part of the card's lines). A true
second card lying partly under the first still shows its own print beside it.
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_score import Scored, inner_print
from cardbook.ocr.types import GreyImage, Points


def without_blank_outlines(chosen: list[Scored], text: GreyImage, lab: np.ndarray) -> list[Scored]:
    """``chosen`` less the outlines beside the best-scored one that hold no print (``holds_no_print``)."""
    if len(chosen) < 2:
        return chosen
    best = max(chosen, key=lambda card: card.score)
    if holds_no_print(best.quad, text, lab):
        return chosen
    return [card for card in chosen if card is best or not holds_no_print(card.quad, text, lab, best.quad)]


def holds_no_print(quad: Points, text: GreyImage, lab: np.ndarray, beside: Points | None = None) -> bool:
    """Whether no pixel of the lines of print (``text``) lies inside ``quad`` and no mark stands out inside it
    away from its sides (``detect_score.inner_print``); ``beside``: a better card's outline, whose area (and
    print) is left out of ``quad``'s."""
    region = np.zeros(text.shape, np.uint8)
    cv2.fillConvexPoly(region, np.round(quad).astype(np.int32), 255)
    if beside is not None:
        cv2.fillConvexPoly(region, np.round(beside).astype(np.int32), 0)
    if np.count_nonzero(cv2.bitwise_and(text, region)):
        return False
    return inner_print(lab, text, region) == 0.0
