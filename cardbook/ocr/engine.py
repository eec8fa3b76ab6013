"""What an OCR engine returns (words with boxes and confidences) and the small interface engines share.

Engines only turn a prepared image into words; grouping into lines, orientation and parsing live
elsewhere so that a second engine (e.g. rapidocr) can be plugged in by implementing ``OcrEngine``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cardbook.ocr.types import Box, GreyImage


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word; ``group`` identifies the engine's own line (words of one line share it)."""

    text: str
    confidence: float  # 0..1
    box: Box
    group: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class OcrLine:
    """Words read as one printed line (left to right); columns far apart are separate lines."""

    text: str
    words: tuple[OcrWord, ...]
    box: Box
    confidence: float

    @property
    def height(self) -> int:
        """Typical letter height of the line: robust to one tall logo glyph or a comma."""
        heights = sorted(word.box.height for word in self.words)
        return heights[len(heights) // 2] if heights else self.box.height


@dataclass(frozen=True, slots=True)
class OcrPage:
    """Everything one engine read on one image (coordinates in that image's pixels)."""

    words: tuple[OcrWord, ...]
    width: int
    height: int
    engine: str

    @property
    def mean_confidence(self) -> float:
        if not self.words:
            return 0.0
        return sum(word.confidence for word in self.words) / len(self.words)


@runtime_checkable
class OcrEngine(Protocol):
    """An OCR engine: a name (for reports) and one method from grey image to words."""

    @property
    def name(self) -> str: ...

    def recognize(self, image: GreyImage) -> OcrPage: ...


@runtime_checkable
class LineRecognizer(Protocol):
    """An engine that can also read given line boxes only (recognition without detection)."""

    def recognize_lines(
        self, image: GreyImage, boxes: Sequence[Box], cores: Sequence[Box] | None = None
    ) -> OcrPage: ...


class OcrUnavailableError(RuntimeError):
    """The engine cannot run on this machine (e.g. Tesseract or a language pack is missing)."""
