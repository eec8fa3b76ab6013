"""Words along an arc are found on their circle and unrolled into a straight strip the engines read whole.

The cards are drawn here (a round logo's upper or lower arc, white on a dark ring or dark on paper) and read
by the real engines; the first reading handed to ``reread_large_type`` is made up as RapidOCR returned it
on such logos: the middle of the arc only.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardbook.ocr.arc_type import find_arc, runs_through, strip_box, unrolled
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.large_type import reread_large_type
from cardbook.ocr.layout import group_lines
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import rapidocr_available
from cardbook.ocr.tesseract_lines import read_lines
from cardbook.ocr.types import Box

from .render import FONT_DIR

LANG = "fra+eng"
WORD = "PANORAMA"
FACE = FONT_DIR + "DejaVuSans-Bold.ttf"
CENTRE, RADIUS, SIZE = (525, 300), 190, 56
BODY = ("Camille", "Libraire", "Tours")  # body lines in the card's top left corner, clear of the ring


def _arc_card(upper: bool, ring: bool) -> np.ndarray:
    """A 1,050 x 650 card with ``WORD`` along the upper or lower part of a circle (tops outwards on the upper
    arc, inwards on the lower, as round logos print them), dark on paper or white on a dark ring."""
    image = Image.new("RGB", (1050, 650), (250, 250, 248))
    draw = ImageDraw.Draw(image)
    cx, cy = CENTRE
    ink = (245, 245, 245) if ring else (30, 30, 30)
    if ring:
        outer, inner = RADIUS + SIZE * 0.75, RADIUS - SIZE * 0.75
        draw.ellipse([cx - outer, cy - outer, cx + outer, cy + outer], fill=(35, 35, 35))
        draw.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], fill=(250, 250, 248))
    face = ImageFont.truetype(FACE, SIZE)
    length = face.getlength(WORD) * 1.08
    at = -length / 2
    for ch in WORD:
        advance = face.getlength(ch) * 1.08
        angle = (at + advance / 2) / RADIUS  # along the circle, left to right
        tile = Image.new("RGBA", (SIZE * 2, SIZE * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((SIZE, SIZE), ch, font=face, fill=ink, anchor="mm")
        if upper:
            turned = tile.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
            x, y = cx + RADIUS * math.sin(angle), cy - RADIUS * math.cos(angle)
        else:
            turned = tile.rotate(math.degrees(angle), resample=Image.Resampling.BICUBIC)
            x, y = cx + RADIUS * math.sin(angle), cy + RADIUS * math.cos(angle)
        image.paste(turned, (int(x - SIZE), int(y - SIZE)), turned)
        at += advance
    body = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 24)
    for row, text in enumerate(BODY):
        draw.text((40, 20 + 40 * row), text, font=body, fill=(40, 40, 40))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _middle_box(upper: bool) -> Box:
    """The box a line reading of the arc's middle gives: about half the word, a letter and the sag high."""
    cx, cy = CENTRE
    half = int(0.55 * RADIUS)
    top = cy - RADIUS - SIZE // 2 if upper else cy + RADIUS - SIZE
    return Box(cx - half, top, 2 * half, int(1.9 * SIZE))


@pytest.mark.parametrize(("upper", "ring"), [(True, False), (False, True)])
def test_words_on_an_arc_are_unrolled_and_read_whole(upper: bool, ring: bool) -> None:
    grey = to_grey(_arc_card(upper, ring))
    arc = find_arc(grey, _middle_box(upper), [])
    assert arc is not None
    assert arc.upper is upper
    assert abs(arc.cx - CENTRE[0]) < 0.15 * RADIUS and abs(arc.radius - RADIUS) < 0.2 * RADIUS
    strip = unrolled(grey, arc)
    assert strip.shape[1] > 4 * strip.shape[0]  # a line of letters, not a block
    read = "".join(word.text for word in read_lines(strip, [strip_box(strip)], LANG)[0])
    assert WORD in read.upper()


def test_words_on_a_straight_line_are_no_arc() -> None:
    image = Image.new("RGB", (1050, 650), (250, 250, 248))
    ImageDraw.Draw(image).text((200, 250), WORD, font=ImageFont.truetype(FACE, SIZE), fill=(30, 30, 30))
    grey = to_grey(np.ascontiguousarray(np.asarray(image)[:, :, ::-1]))
    assert find_arc(grey, Box(330, 240, 250, 80), []) is None


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
def test_a_ring_logos_word_read_without_its_ends_is_read_whole() -> None:
    card = _arc_card(upper=False, ring=True)
    grey = to_grey(card)
    box = _middle_box(upper=False)
    # As RapidOCR read such a ring: the middle letters of the arc, in one word whose box is the arc's middle.
    body = tuple(OcrWord(text, 0.95, Box(40, 22 + 40 * row, 90, 26), (row + 1,)) for row, text in enumerate(BODY))
    again = reread_large_type(card, grey, (OcrWord(WORD[1:-1], 0.99, box, (0,)), *body), LANG, rapid=True)
    texts = [line.text for line in group_lines(again)]
    assert WORD in texts
    assert all(text in texts for text in BODY)  # the other lines are left as they were


def test_an_arc_running_into_another_pieces_box_is_told() -> None:
    grey = to_grey(_arc_card(upper=True, ring=False))
    arc = find_arc(grey, _middle_box(upper=True), [])
    assert arc is not None
    cx, cy = CENTRE
    # The word's first letters, as another line of the first reading would hold them (left end of the arc).
    first_letters = Box(cx - RADIUS - SIZE // 2, cy - RADIUS // 2 - SIZE, SIZE * 2, SIZE * 2)
    assert runs_through(arc, first_letters)
    assert not runs_through(arc, Box(40, 560, 300, 40))  # body text far below the arc
