"""A photographed or scanned card kept with its contact: the original file, the straightened crop, the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cardbook.domain.enums import CardSide


@dataclass(frozen=True, slots=True)
class WordBox:
    """One recognised word and where it sits on the straightened card (pixels)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..1


@dataclass(slots=True)
class CardImage:
    id: int | None = None
    contact_id: int | None = None
    side: CardSide = CardSide.FRONT
    original_sha256: str | None = None  # the photo as imported, stored once by content hash
    crop_sha256: str | None = None  # the straightened card
    ocr_text: str = ""
    words: list[WordBox] = field(default_factory=list)
    captured_at: datetime | None = None
