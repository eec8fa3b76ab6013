"""The print lying beyond the outlines found: one mask, built once per question and shared by its readers.

Several tests of the card finder ask about the print outside an outline: what share of it lies there
(``print_outside_share``: ``detect_keep``, ``detect_fallback``, ``detect``), whether one mark holds most of it
(``detect_keep``'s one mark beyond), and where it continues past a side (``detect_grow``). Each used to fill
and dilate its own copy of the same mask; they now take this one.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from cardbook.ocr.types import GreyImage, Points, as_u8

# Work pixels of margin around an outline within which print still counts as inside: a drawn outline wobbles
# by a pixel or two, and a letter's edge touching the card's side is the card's.
BEYOND_MARGIN = 9


def print_beyond(text: GreyImage, quads: Sequence[Points]) -> GreyImage:
    """The pixels of ``text`` outside every outline of ``quads`` (with ``BEYOND_MARGIN``)."""
    covered = np.zeros(text.shape, np.uint8)
    for quad in quads:
        cv2.fillConvexPoly(covered, np.round(quad).astype(np.int32), 255)
    covered = as_u8(cv2.dilate(covered, np.ones((BEYOND_MARGIN, BEYOND_MARGIN), np.uint8)))
    return as_u8(cv2.bitwise_and(text, cv2.bitwise_not(covered)))


def share_beyond(text: GreyImage, beyond: GreyImage) -> float:
    """Share of ``text``'s pixels that ``beyond`` (``print_beyond`` of it) holds; 0 when there is no print."""
    total = int(np.count_nonzero(text))
    return int(np.count_nonzero(beyond)) / total if total else 0.0


def print_outside_share(text: GreyImage, quads: Sequence[Points]) -> float:
    """Share of the image's print lying outside every outline of ``quads`` (with ``BEYOND_MARGIN``). Here, not in
    ``detect_keep`` or ``detect_fallback``: both ask it, and ``detect_keep`` imports ``detect_fallback``."""
    return share_beyond(text, print_beyond(text, quads))
