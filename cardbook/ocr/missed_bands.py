"""Rows of print no word covers, read again: a name in a script face that Tesseract's page layout left out.

Tesseract's automatic page segmentation (``--psm 3``) takes a line in a script or handwriting face — joined,
slanted strokes with tall loops — for a picture and reads nothing there: the card's name is simply missing.
Read as one block of text (``--psm 6``), the same card gives it. The rescue of doubtful lines (``rescue``)
does not see such a line either: its joined letters are no letter-shaped components. A crop of the line
alone reads worse than the whole card (on the tune seed Tesseract recognised the script only with the card's
other lines around it).

So, on a card Tesseract read, the ink that lies outside every word box is found row by row; when a band of it
is as tall as a line of print and much wider than tall (not a logo mark, not a QR code, not a rule), the card
is read again as one block, and the words of that reading which lie in a missed band are added when Tesseract
is sure of them. Thresholds were set on ``tests/ocr/typeface_set.py`` seed 1 (the tune seed, its ``script``
cards) and checked on seed 2 and the other generated sets (docs/MEASURING.md, "Typefaces and design traits").
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Sequence

import numpy as np

from cardbook.ocr.engine import OcrUnavailableError, OcrWord
from cardbook.ocr.prepare import flatten_background, prepare_for_ocr, to_grey
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import BgrImage, Box

# Ink is darker than this share of the paper's level once the paper is flattened to white.
INK_BELOW = 0.6
# A word box is widened by this share of its height before its ink is set aside: letters reach a little
# beyond the box the engine gives.
WORD_PAD = 0.25
# A row holds print when at least this many of its pixels are ink.
MIN_ROW_INK = 3
# A band is a missed line when its height is between these shares of the card's median word height (a
# script name is set larger than the body, its loops taller still) ...
MIN_BAND_HEIGHT, MAX_BAND_HEIGHT = 0.8, 4.0
# ... and its ink is this many times wider than the band is tall: a line of words, not a logo or a QR code.
MIN_BAND_ASPECT = 3.0
# Ink this close to the card's edges (share of its size) is the card's border or the desk.
EDGE_SHARE = 0.03
# A word of the second reading is kept at this confidence or above, with at least two letters; at least half
# of its box must lie in a missed band.
MIN_CONFIDENCE = 0.6
# Tesseract's page segmentation mode for one uniform block of text.
BLOCK_PSM = 6
# Words read again share this group, apart from Tesseract's own lines.
BAND_GROUP = 8888


def _ink(grey: np.ndarray) -> np.ndarray:
    return np.asarray(flatten_background(grey) < int(255 * INK_BELOW), dtype=np.uint8)


def _set_aside_words(ink: np.ndarray, words: Sequence[OcrWord]) -> None:
    height, width = ink.shape
    for word in words:
        pad = int(WORD_PAD * word.box.height) + 2
        top, bottom = max(0, word.box.top - pad), min(height, word.box.bottom + pad)
        left, right = max(0, word.box.left - pad), min(width, word.box.right + pad)
        ink[top:bottom, left:right] = 0


def missed_bands(ink: np.ndarray, line_height: float) -> list[Box]:
    """Boxes of the rows of ink left: tall as a line, much wider than tall."""
    rows = ink.sum(axis=1) >= MIN_ROW_INK
    bands: list[Box] = []
    start: int | None = None
    for y, on in enumerate([*rows.tolist(), False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            height = y - start
            if MIN_BAND_HEIGHT * line_height <= height <= MAX_BAND_HEIGHT * line_height:
                columns = np.flatnonzero(ink[start:y].sum(axis=0))
                left, right = int(columns[0]), int(columns[-1]) + 1
                if right - left >= MIN_BAND_ASPECT * height:
                    bands.append(Box(left, start, right - left, height))
            start = None
    return bands


def _inside(box: Box, band: Box) -> bool:
    overlap = min(box.bottom, band.bottom) - max(box.top, band.top)
    return overlap >= 0.5 * box.height and band.left - box.height <= box.left and box.right <= band.right + box.height


def reread_missed_bands(card: BgrImage, words: tuple[OcrWord, ...], lang: str) -> tuple[OcrWord, ...]:
    """``words`` of a card Tesseract read (card pixels), with the words a block reading finds in the bands of
    print they missed."""
    if not words:
        return words
    grey = to_grey(card)
    height, width = grey.shape
    ink = _ink(grey)
    edge_y, edge_x = int(EDGE_SHARE * height), int(EDGE_SHARE * width)
    ink[:edge_y], ink[height - edge_y :], ink[:, :edge_x], ink[:, width - edge_x :] = 0, 0, 0, 0
    # Words Tesseract doubts do not count as read: a script name read as a few doubtful letters is dropped as
    # noise when the words become lines (``layout``).
    _set_aside_words(ink, [word for word in words if word.confidence >= MIN_CONFIDENCE])
    bands = missed_bands(ink, float(statistics.median(word.box.height for word in words)))
    if not bands:
        return words
    prepared = prepare_for_ocr(card)
    try:
        page = TesseractEngine(lang, psm=BLOCK_PSM).recognize(prepared.grey)
    except OcrUnavailableError:
        return words
    found: list[OcrWord] = []
    for word in page.words:
        scale = prepared.scale
        box = Box(
            int(word.box.left / scale),
            int(word.box.top / scale),
            int(word.box.width / scale),
            int(word.box.height / scale),
        )
        letters = sum(ch.isalpha() for ch in word.text)
        if word.confidence >= MIN_CONFIDENCE and letters >= 2 and any(_inside(box, band) for band in bands):
            found.append(dataclasses.replace(word, box=box, group=(BAND_GROUP, 0)))
    return (*words, *found) if found else words
