"""Parsed card fields: plain frozen dataclasses, each value with a confidence and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cardbook.ocr.region import RegionDecision
from cardbook.ocr.types import Box

PhoneKind = Literal["mobile", "work", "fax", "home", "other"]
# "learned": proposed from the user's earlier corrections (cardbook.ocr.learned_hints), not read as such.
Source = Literal["ocr", "qr", "learned"]


@dataclass(frozen=True, slots=True)
class CardLine:
    """One line of card text as the parser sees it: OCR line or plain text (box unknown)."""

    index: int
    text: str
    box: Box | None = None
    height: float = 0.0  # letter height in pixels; 0 when unknown (text-only input)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A value read from the card; ``lines`` are indexes into the card's lines, ``box`` their union."""

    value: str
    confidence: float
    lines: tuple[int, ...] = ()
    box: Box | None = None
    source: Source = "ocr"


@dataclass(frozen=True, slots=True)
class PhoneValue:
    number: str  # as printed, without its label
    e164: str | None
    kind: PhoneKind
    confidence: float
    lines: tuple[int, ...] = ()
    box: Box | None = None
    source: Source = "ocr"


@dataclass(frozen=True, slots=True)
class CardFields:
    name: FieldValue | None = None
    title: FieldValue | None = None
    company: FieldValue | None = None
    department: FieldValue | None = None
    emails: tuple[FieldValue, ...] = ()
    phones: tuple[PhoneValue, ...] = ()
    websites: tuple[FieldValue, ...] = ()
    address: FieldValue | None = None
    social: tuple[FieldValue, ...] = ()
    other_lines: tuple[int, ...] = field(default=())  # lines no field claimed (taglines, hours...)
    # The card's country, its confidence and the clues for it; None when the fields did not come from a card
    # reading (a QR payload alone).
    region: RegionDecision | None = None

    def confidences(self) -> dict[str, float]:
        """Field name → confidence, for the fields that have a value (lists: their lowest)."""
        result: dict[str, float] = {}
        for key in ("name", "title", "company", "department", "address"):
            single: FieldValue | None = getattr(self, key)
            if single is not None:
                result[key] = round(single.confidence, 2)
        for key in ("emails", "phones", "websites", "social"):
            values: tuple[FieldValue | PhoneValue, ...] = getattr(self, key)
            if values:
                result[key] = round(min(value.confidence for value in values), 2)
        return result
