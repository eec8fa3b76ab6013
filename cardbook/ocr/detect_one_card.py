"""Whether an image already is one card (a flatbed scan, a cropped photo) rather than a photo of a card.

Decided first and cheaply by ``detect.find_cards``: the centre of a scan is mostly the colour of its border
(the paper reaches the frame), and its print lies on that paper. Split from ``detect`` so that the print the
test judges by (``detect_ink.scan_print``) is made only for the images whose centre passes.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from cardbook.ocr.detect_nesting import MIN_PAPER_SAMPLES, SAME_COLOUR
from cardbook.ocr.types import GreyImage

ONE_CARD_CENTRE = 0.4  # the centre this much of the border's colour: the image is one card (a scan)…
# A small card on a desk also leaves the centre mostly the border's colour (the desk around it), so the
# one-card test also asks where the print lies: in a scan, on paper of the border's colour. Share of the
# paper just around the print that has the border's colour: tune-half scans 0.67-0.87; cards photographed
# on a desk of another colour (generated photos, seed 1) 0.00-0.24 (0.59 for a white card on white
# paper, which is one card's colour either way). Midway between those groups.
PRINT_ON_BORDER_PAPER = 0.45
PAPER_RING = 7  # work pixels: the paper sampled around each mark of print (beyond 1 px of the mark itself)


def looks_like_one_card(lab: np.ndarray, text: GreyImage | Callable[[], GreyImage]) -> bool:
    """Whether the image already is one card (a flatbed scan, a cropped photo): its centre is mostly the
    colour of its border, i.e. the paper reaches the frame, and the print (``text``) lies on
    that paper. A card photographed on a desk shows its own colour in the centre and the desk's at the
    border; a small one leaves the centre to the desk, but its print lies on the card's colour. Cheap:
    medians and distances. ``text`` may be given as a function making it: it is then made only when the
    centre has the border's colour (most photos are decided before: ~4 ms saved on each)."""
    height, width = lab.shape[:2]
    ring = max(2, int(0.04 * min(height, width)))
    border = np.concatenate(
        [
            lab[:ring].reshape(-1, 3),
            lab[-ring:].reshape(-1, 3),
            lab[:, :ring].reshape(-1, 3),
            lab[:, -ring:].reshape(-1, 3),
        ]
    )
    centre = lab[height // 4 : 3 * height // 4 : 2, width // 4 : 3 * width // 4 : 2].reshape(-1, 3)
    paper = np.median(border, axis=0)
    distance = np.sqrt(((centre - paper) ** 2).sum(axis=1))
    if float((distance < SAME_COLOUR).mean()) < ONE_CARD_CENTRE:
        return False
    if callable(text):
        text = text()
    near = cv2.dilate(text, np.ones((PAPER_RING, PAPER_RING), np.uint8)) > 0
    on_mark = cv2.dilate(text, np.ones((3, 3), np.uint8)) > 0
    around = lab[near & ~on_mark]
    if len(around) < MIN_PAPER_SAMPLES:
        return True
    step = np.sqrt(((around - paper) ** 2).sum(axis=1))
    return float((step < SAME_COLOUR).mean()) >= PRINT_ON_BORDER_PAPER
