"""A card as the reader delivered it, ready to be stored as a contact awaiting review."""

from __future__ import annotations

from dataclasses import dataclass, field

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact
from cardbook.domain.enums import CardSide


@dataclass(frozen=True, slots=True)
class FieldProposal:
    """What the reader proposed for one field: the value, how sure it is, and the lines it came from."""

    value: str
    confidence: float
    lines: tuple[int, ...] = ()
    source: str = "ocr"  # "ocr" | "qr" | "learned" (from the user's earlier corrections: cardbook.ocr.learned_hints)


@dataclass(frozen=True, slots=True)
class CardRegion:
    """The country the reader decided the card is from (``cardbook.ocr.region.RegionDecision``), kept with the
    stored card so the review page and the contact pane check its numbers in that country and can say why.

    ``source`` is "card" when the card's own text named it, "default" when it fell back to the user's country;
    ``clues`` are the (kind, text seen) pairs for that country, e.g. ("CEP", "01310-100"), (".com.br" domain).
    """

    code: str  # ISO 3166-1 alpha-2
    source: str = "card"  # "card" | "default"
    confidence: float = 1.0
    clues: tuple[tuple[str, str], ...] = ()

    @property
    def from_card(self) -> bool:
        return self.source == "card"


@dataclass(slots=True)
class ScannedCard:
    contact: Contact
    original: bytes | None = None  # the photo file as imported
    original_extension: str = "jpg"
    crop_image: bytes | None = None  # the straightened, upright card, encoded (JPEG; crops of older libraries are PNG)
    side: CardSide = CardSide.FRONT
    ocr_text: str = ""
    words: list[WordBox] = field(default_factory=list)
    proposals: dict[str, list[FieldProposal]] = field(default_factory=dict)
    corners: list[tuple[float, float]] = field(default_factory=list)
    rotation: int = 0
    region: CardRegion | None = None  # the card's country, for its phone numbers (None: no text, no country)


def image_extension(data: bytes) -> str:
    """File extension for encoded image bytes, from their signature (crops are JPEG, older ones PNG)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return "png"
