"""The printed lines of a stored card, rebuilt from its word boxes with the reader's own line grouping."""

from __future__ import annotations

from dataclasses import dataclass

from cardbook.domain.card import WordBox
from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.types import Box

DOUBTFUL_WORD = 0.6  # a word read with less confidence than this is marked on the image


@dataclass(frozen=True, slots=True)
class CardLineBox:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    doubtful_words: tuple[tuple[int, int, int, int], ...]  # boxes of the words read with low confidence

    @property
    def doubtful(self) -> bool:
        return bool(self.doubtful_words)


def card_lines(words: tuple[WordBox, ...] | list[WordBox]) -> list[CardLineBox]:
    ocr = [OcrWord(w.text, w.confidence, Box(w.left, w.top, max(1, w.width), max(1, w.height))) for w in words]
    lines = []
    for line in group_lines(ocr):
        doubtful = tuple(
            (w.box.left, w.box.top, w.box.width, w.box.height) for w in line.words if w.confidence < DOUBTFUL_WORD
        )
        box = line.box
        lines.append(CardLineBox(line.text, box.left, box.top, box.width, box.height, line.confidence, doubtful))
    return lines
