"""Tesseract on given line boxes only: the crops stacked into one image, so many lines cost one call.

Used to check lines another engine read (``rapid_accents``) and to read large type again (``large_type``):
each crop gets a margin, is turned dark-on-light when its print is light on a dark band, and is scaled so
that its line box is ``LINE_BOX_PX`` high (about 20-px capitals, within the 20-30 px Tesseract's LSTM reads
best); the crops are stacked with a blank gap between them and read with one uniform block of text (page
segmentation mode 6). Each word read is given
back to the crop its centre falls in, with its box in the card's pixels.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import Box, GreyImage, rescale

# Height a line's box is scaled to (pixels): its capitals then stand about 20 px high.
LINE_BOX_PX = 32
# Margin kept around each box, as a share of its height: tighter crops lose the first and last letters'
# edges and accents above capitals.
LINE_MARGIN = 0.3
# Blank rows between stacked crops (as a share of LINE_BOX_PX): Tesseract keeps them separate lines.
_GAP_SHARE = 0.8
# A uniform block of text: the stack is one column of lines.
_STACK_PSM = 6


def line_crop(grey: GreyImage, box: Box, margin: float = LINE_MARGIN) -> tuple[GreyImage, Box]:
    """The box with its margin, dark print on light paper, and where it lies in ``grey``."""
    height, width = grey.shape[:2]
    pad_y, pad_x = round(margin * box.height), round(margin * box.height)
    left, top = max(0, box.left - pad_x), max(0, box.top - pad_y)
    right, bottom = min(width, box.right + pad_x), min(height, box.bottom + pad_y)
    crop = np.ascontiguousarray(grey[top:bottom, left:right])
    # Print covers less of a line's box than its paper does: when most of the crop is on the dark side of
    # Otsu's threshold, the print is light on a dark band and the crop is turned over.
    if crop.size:
        threshold, _ = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        if np.count_nonzero(crop <= threshold) > crop.size / 2:
            crop = np.ascontiguousarray(255 - crop)
    return crop, Box(left, top, right - left, bottom - top)


def read_lines(grey: GreyImage, boxes: Sequence[Box], lang: str) -> list[list[OcrWord]]:
    """For each box of ``grey``, the words Tesseract reads in it (boxes in ``grey``'s pixels)."""
    if not boxes:
        return []
    crops: list[tuple[GreyImage, Box, float]] = []
    for box in boxes:
        crop, where = line_crop(grey, box)
        factor = LINE_BOX_PX / max(1, box.height)
        interpolation = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
        crops.append((rescale(crop, factor, interpolation) if crop.size else crop, where, factor))
    gap = round(_GAP_SHARE * LINE_BOX_PX)
    width = max(crop.shape[1] for crop, _, _ in crops if crop.size) if any(c.size for c, _, _ in crops) else 0
    if width == 0:
        return [[] for _ in boxes]
    rows: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []  # each crop's rows in the stack
    at = gap
    rows.append(np.full((gap, width + 2 * gap), 255, np.uint8))
    for crop, _, _ in crops:
        height = crop.shape[0] if crop.size else 0
        if height:
            padded = np.full((height, width + 2 * gap), 255, np.uint8)
            padded[:, gap : gap + crop.shape[1]] = crop
            rows.append(padded)
        spans.append((at, at + height))
        at += height
        rows.append(np.full((gap, width + 2 * gap), 255, np.uint8))
        at += gap
    stack = np.ascontiguousarray(np.vstack(rows))
    page = TesseractEngine(lang=lang, psm=_STACK_PSM).recognize(stack)
    found: list[list[OcrWord]] = [[] for _ in boxes]
    for word in page.words:
        middle = word.box.top + word.box.height / 2
        index = next((i for i, (start, end) in enumerate(spans) if start <= middle < end), None)
        if index is None:
            continue
        _, where, factor = crops[index]
        start = spans[index][0]
        box = Box(
            where.left + round((word.box.left - gap) / factor),
            where.top + round((word.box.top - start) / factor),
            max(1, round(word.box.width / factor)),
            max(1, round(word.box.height / factor)),
        )
        found[index].append(OcrWord(word.text, word.confidence, box, word.group))
    return found
