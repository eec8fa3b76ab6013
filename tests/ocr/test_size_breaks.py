"""A large name and a small firm printed on one row, which Tesseract reads as one line, come back as two
lines (cardbook.ocr.size_breaks); a line of one type size stays whole.

The rows are rendered here (made-up names, DejaVu faces) and read by the real engine.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.size_breaks import split_at_size_change
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import Box

from .render import font, text_width

_NAME, _FIRM, _TITLE = "Lucien MARCHETTI", "Atelier Verdier et Fils", "Directeur technique"


def _row_read(gap: float) -> tuple[list[OcrWord], list[str]]:
    """The name (44 px, bold) and the firm (20 px) on one row ``gap`` small-letter heights apart, a title
    under them: Tesseract's words and the lines ``group_lines`` makes of them."""
    image = Image.new("L", (1000, 260), 250)
    draw = ImageDraw.Draw(image)
    draw.text((30, 40), _NAME, fill=20, font=font("DejaVuSans-Bold.ttf", 44))
    left = 30 + text_width(_NAME, "DejaVuSans-Bold.ttf", 44) + gap * 20
    draw.text((left, 52), _FIRM, fill=20, font=font("DejaVuSans.ttf", 20))
    draw.text((30, 140), _TITLE, fill=20, font=font("DejaVuSans.ttf", 24))
    words = list(TesseractEngine(lang="fra+eng").recognize(np.asarray(image)).words)
    return words, [line.text for line in group_lines(words)]


def test_a_name_and_a_firm_tesseract_ran_together_are_two_lines() -> None:
    for gap in (1.0, 1.3):
        words, lines = _row_read(gap)
        # Tesseract itself put the name and the firm on one line (the case this module is for).
        groups = {word.group for word in words if word.text in ("MARCHETTI", "Atelier")}
        assert len(groups) == 1, (gap, words)
        assert _NAME in lines and _FIRM in lines and _TITLE in lines, (gap, lines)


def _words(*items: tuple[str, int, int]) -> list[OcrWord]:
    """Words of one line from (text, height, gap before it) in pixels; a letter is 0.6 of its height wide."""
    words, left = [], 0
    for text, height, gap in items:
        left += gap
        width = round(0.6 * height * len(text))
        words.append(OcrWord(text, 0.9, Box(left, 100 - height, width, height), (1, 1, 1)))
        left += width
    return words


def test_one_type_size_or_an_ordinary_space_keeps_the_line_whole() -> None:
    # One size with a wide gap (a separator's spaces): no cut.
    same = _words(("Conseil", 20, 0), ("et", 20, 6), ("Audit", 20, 30), ("Paris", 20, 6))
    assert split_at_size_change(same) == [same]
    # Two sizes, but the gap no wider than the large type's own spaces: no cut.
    close = _words(("Jean", 40, 0), ("DUPONT", 40, 14), ("Atelier", 20, 12), ("Martin", 20, 6))
    assert split_at_size_change(close) == [close]
    # A label's words read taller than its number's (fine print): the label introduces them, no cut.
    label = _words(("TVA", 26, 0), ("intracom.", 26, 8), ("FR", 13, 14), ("45", 13, 6), ("012345678", 13, 6))
    assert split_at_size_change(label) == [label]
    # Two sizes and a gap wider than both items' spaces: cut there.
    apart = _words(("Jean", 40, 0), ("DUPONT", 40, 14), ("Atelier", 20, 24), ("Martin", 20, 6))
    assert [[word.text for word in part] for part in split_at_size_change(apart)] == [
        ["Jean", "DUPONT"], ["Atelier", "Martin"]]  # fmt: skip
