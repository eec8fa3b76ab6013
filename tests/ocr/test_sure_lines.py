"""A tall line Tesseract read surely, with blank paper at its ends, is not read again for accents alone.

The card is rendered here and read by the real Tesseract; RapidOCR's recogniser runs for real too, watched
only to count the lines it is handed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from cardbook.ocr import rapid_engine
from cardbook.ocr.engine import OcrPage, OcrWord
from cardbook.ocr.large_type import ink_at_ends, large_lines, reread_large_type
from cardbook.ocr.layout import group_lines
from cardbook.ocr.prepare import to_grey
from cardbook.ocr.rapid_engine import rapidocr_available
from cardbook.ocr.sure_lines import SURE_WORD_CONFIDENCE, read_surely
from cardbook.ocr.tesseract_engine import TesseractEngine
from cardbook.ocr.types import Box

from .render import Card, Text, render

LANG = "fra+eng"


def _word(confidence: float) -> OcrWord:
    return OcrWord("Atelier", confidence, Box(0, 0, 10, 10))


def test_a_line_is_sure_only_when_every_word_is() -> None:
    assert read_surely([_word(SURE_WORD_CONFIDENCE), _word(1.0)])
    assert not read_surely([_word(1.0), _word(SURE_WORD_CONFIDENCE - 0.01)])
    assert not read_surely([])


def _lines_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many lines each call of RapidOCR's line recogniser is handed (the call itself runs)."""
    counts: list[int] = []
    real = rapid_engine.RapidOcrEngine.recognize_lines

    def counted(self: Any, image: Any, boxes: Sequence[Box], cores: Any = None) -> OcrPage:
        counts.append(len(boxes))
        return real(self, image, boxes, cores)

    monkeypatch.setattr(rapid_engine.RapidOcrEngine, "recognize_lines", counted)
    return counts


@pytest.mark.skipif(not rapidocr_available(), reason="rapidocr is not installed")
@pytest.mark.parametrize(("confidence", "tesseract", "read_again"), [(0.99, True, False), (0.9, True, True),
                                                                     (0.99, False, True)])  # fmt: skip
def test_only_a_doubted_or_other_engines_wordmark_is_read_again_for_accents(
    monkeypatch: pytest.MonkeyPatch, confidence: float, tesseract: bool, read_again: bool
) -> None:
    card = Card(
        [Text("ATELIER BOREAL", 72, "DejaVuSerif-Bold.ttf"), Text("Camille Fournier", 26), Text("Libraire", 22),
         Text("12 rue des Lilas, 37000 Tours", 22), Text("Tél. 02 47 12 34 56", 22)],
        size=(1050, 650),
        spacing=1.5,
    )  # fmt: skip
    image = render(card)
    grey = to_grey(image)
    words = TesseractEngine(lang=LANG).recognize(grey).words
    lines = group_lines(words)
    mark = next(line for line in lines if "BOREAL" in line.text)
    assert large_lines(lines) == [mark]
    assert not ink_at_ends(grey, mark, [word for word in words if word not in mark.words])  # only accents to gain
    first = tuple(
        OcrWord(w.text, confidence, w.box, w.group) if w in mark.words else w for w in words
    )  # as sure as the case says
    counts = _lines_read(monkeypatch)
    again = reread_large_type(image, grey, first, LANG, rapid=True, tesseract=tesseract)
    assert sum(counts) == (1 if read_again else 0)
    if not read_again:
        assert again == first
