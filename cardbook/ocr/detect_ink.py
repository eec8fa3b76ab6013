"""The print a scan is recognised by: blobs of print holding ink-dark marks, not a surface's soft texture.

``detect.looks_like_one_card`` takes an image for a scan when its centre is the colour of its border and its
print lies on paper of that colour. On a textured surface photographed around a card (wood grain, ruled paper
in pieces, a woven cloth) the surface's own marks pass as lines of print (``detect_print.text_line_mask``), and
they lie on the surface, which is the border's colour: a card on wood was taken for a scan, its outline
refused as a panel, and the photo's own edges became its corners (issue 10). A flatbed scan's print is ink,
crisp against its paper; a surface's marks step softly. So the one-card test looks at the blobs of print
holding at least one mark that steps by ``INK_CONTRAST`` grey levels, when there are enough of them to tell
(a card printed only in pale grey falls back to all its print, as before).
"""

from __future__ import annotations

import cv2
import numpy as np

from cardbook.ocr.detect_print import text_line_mask
from cardbook.ocr.types import GreyImage, as_u8

# Grey levels (8-bit, work copy) by which a mark of ink steps against its surroundings (the black-hat or
# top-hat over a letter-sized window: ``detect_print.local_contrast``). Measured on the blobs of
# print: the surfaces' marks in the tune seeds' photos (``photo_set`` classic seeds 1 and 3, more seed 1) step by
# median 27 (paper, 90th percentile 32), 38 (wood) and 58 (cloth); the print of the shared scans' tune half
# holds marks stepping by 74 or more in the median. Set between, nearer the surfaces' medians.
INK_CONTRAST = 60
# Fewer ink blobs than this share of the print's pixels, and the print is taken whole: a card printed in
# pale colours only, or a photo too soft for any crisp mark, is judged as before (not swept).
MIN_INK_SHARE = 0.1
# Fewer pixels of line-shaped print than this share of the work copy (as ``detect_fallback.MIN_PRINT_SHARE``)
# and the one-card test measures the print along its slant and as blocks too (``text_line_mask``'s ``slanted``).
LINE_PRINT_SHARE = 0.0004


def scan_print(marks: GreyImage, text: GreyImage, contrast: GreyImage) -> GreyImage:
    """The print ``detect.looks_like_one_card`` judges the image by: its lines (``text``), or, when there are
    next to none, its blocks and slanted lines as well: a pale card's small print on a dark desk runs into one
    block that no line shape holds, and with no print at all the test took the desk, the border's colour, for
    a scan's paper. Of that print, the blobs of ink (``ink_print``). ``contrast``: ``local_contrast`` of the
    work copy, as ``print_marks`` measured it."""
    if np.count_nonzero(text) < LINE_PRINT_SHARE * text.size:
        text = text_line_mask(marks, slanted=True)
    return ink_print(text, contrast)


def ink_print(text: GreyImage, contrast: GreyImage) -> GreyImage:
    """The blobs of ``text`` holding a mark of ink (``INK_CONTRAST``: ``contrast`` is ``local_contrast`` of the
    image), or ``text`` itself when they hold less than ``MIN_INK_SHARE`` of its pixels."""
    total = int(np.count_nonzero(text))
    if total == 0:
        return text
    count, labels = cv2.connectedComponents(text)
    inked = np.zeros(count, bool)
    inked[labels[(contrast >= INK_CONTRAST) & (text > 0)]] = True
    inked[0] = False
    ink = as_u8(np.where(inked[labels], 255, 0))
    if np.count_nonzero(ink) < MIN_INK_SHARE * total:
        return text
    return ink
