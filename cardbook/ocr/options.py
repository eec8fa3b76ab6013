"""Settings of the reading pipeline, in one frozen object that can cross process boundaries."""

from __future__ import annotations

from dataclasses import dataclass, field

from cardbook.ocr.defaults import DEFAULT_LANG
from cardbook.ocr.engine import OcrEngine
from cardbook.ocr.learned_hints import LearnedHints
from cardbook.ocr.loading import LoadLimits
from cardbook.ocr.prepare import PrepareOptions
from cardbook.ocr.rapid_engine import RapidOcrEngine, rapidocr_available
from cardbook.ocr.region import default_region
from cardbook.ocr.tesseract_engine import TesseractEngine


@dataclass(frozen=True, slots=True)
class ReadOptions:
    lang: str = DEFAULT_LANG  # Tesseract languages
    # The user's country, for national numbers on cards that name none (cardbook.ocr.region): the library
    # setting or --region, else the system locale's country.
    region: str = field(default_factory=default_region)
    psm: int = 3  # Tesseract page segmentation mode
    max_cards: int = 8
    # Second engine for cards Tesseract reads poorly ("rapidocr" if installed; None: Tesseract only).
    fallback_engine: str | None = "rapidocr"
    # Let measured image quality choose the engine that reads a card whole (``engine_choice``): RapidOCR
    # for photographed or degraded cards, Tesseract for flat scans. False: Tesseract first on every card.
    choose_engine: bool = True
    decode_qr: bool = True
    keep_card_image: bool = True
    prepare: PrepareOptions = field(default_factory=PrepareOptions)
    limits: LoadLimits = field(default_factory=LoadLimits)
    # What the user's reviews taught (cardbook.app.learning.with_hints fills it from the library); None: the
    # reader's rules alone.
    hints: LearnedHints | None = None

    def engine(self) -> OcrEngine:
        return TesseractEngine(lang=self.lang, psm=self.psm)

    def fallback(self) -> OcrEngine | None:
        if self.fallback_engine == "rapidocr" and rapidocr_available():
            return RapidOcrEngine()
        return None
