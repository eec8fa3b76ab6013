"""The finder's answer for an image where no card outline held: the crop from its print, or the whole image.

An image that looks like one card (``detect_one_card``: a scan) but has a camera's exact frame (4:3, 3:2, 16:9:
``image_quality.camera_frame``) may be a photo of a pale card on a surface of its colour whose edges no view
closed (``crowded_photo_set`` tune seed 1: a white card on a pale speckled ground, over-exposed). It used to be
answered whole, the photo's own edges stored as the card's corners (issue 10). The card's outline found outwards
from its print (``print_block_crop``'s walk, marked unsure: the reader reads the whole photo too) now replaces
the whole image there (IoU with the card: ``photo_set`` seed 2, a pale card on paper, 0.31 -> found; crowded tune
seed 1, 0.22 -> 0.29, the walk running to the frame). The bare block of print does not: there the pale print
washes into the surface and the block left is one bold line (crowded tune seed 3: IoU 0.35 whole, 0.09 as that
block). Scans are cut to the card, to no such exact ratio (``image_quality.CAMERA_FRAMES``); one that has (a 16:9
scan among the shared cards, seen when checking them) has its print spanning it, and the walk finds no outline.
"""

from __future__ import annotations

import numpy as np

from cardbook.ocr.detect_card import CardQuad
from cardbook.ocr.detect_faint_print import faint_print_crop
from cardbook.ocr.detect_fallback import print_block_crop
from cardbook.ocr.geometry import whole_image_quad
from cardbook.ocr.image_quality import camera_frame
from cardbook.ocr.types import GreyImage


def without_outline(
    text: GreyImage,
    marks: GreyImage,
    lab: np.ndarray,
    factor: float,
    size: tuple[int, int],
    one_card: bool,
    outline_was_frame: bool,
    contrast: GreyImage | None = None,
) -> list[CardQuad]:
    """The answer when no outline held, for an image of ``size`` (width, height) whose work copy is ``factor`` of
    it: the whole image for a scan (``one_card``) or when the only outline was the frame itself
    (``outline_was_frame``), else ``print_block_crop``'s; for a camera-framed scan-like image, its walked outline
    only. Where that answer would be the whole photo of a camera's frame, or a walked outline leaving its faint
    print out, the block of its print, faint print included, when it leaves a good part of the frame out
    (``detect_faint_print``; ``contrast``: the work copy's ``detect_print.local_contrast``)."""
    width, height = size
    whole = CardQuad(whole_image_quad(width, height), 0.5, whole_image=True)
    if outline_was_frame or (one_card and not camera_frame(width, height)):
        return [whole]
    crop = print_block_crop(text, factor, width, height, lab, marks)
    around_print = not crop[0].whole_image and not crop[0].text_region
    answer = [whole] if one_card and not around_print else crop
    if contrast is None or answer[0].text_region:
        return answer
    return [faint_instead(answer[0], contrast, factor, size)]


def faint_instead(answer: CardQuad, contrast: GreyImage, factor: float, size: tuple[int, int]) -> CardQuad:
    """``answer`` (the whole photo, or an outline walked out from the print) or, in a camera's frame, the block of
    the print, faint print included (``detect_faint_print``): the photo's own edges are no card's corners while
    print is visible (issue 10), and a walk that left the pale print out is no card's outline."""
    if not camera_frame(*size):
        return answer
    faint = faint_print_crop(contrast, factor, size, None if answer.whole_image else answer)
    return answer if faint is None else faint
