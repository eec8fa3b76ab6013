"""What the card finder answers for each card: its corners in the source image and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass

from cardbook.ocr.types import Points


@dataclass(frozen=True, slots=True)
class CardQuad:
    """A card's corners in the source image (TL, TR, BR, BL) and how sure the detector is.

    ``whole_image``: no outline, the image is taken as the card (a scan). ``text_region``: no outline was
    trustworthy, the corners frame the block of print (an upright rectangle). ``unsure``: the image did not
    look like one card and no outline held, so the corners are a guess (the print block, or the whole
    photo): the reader also reads the whole photo and keeps the better reading. ``cut``: the part in view of a
    card running past the frame (``detect_cut``); beside whole cards the reader reports it instead of making a
    contact of part of a card (docs/measuring/card-finder.md, "Several cards in one photo")."""

    corners: Points
    score: float
    whole_image: bool = False
    text_region: bool = False
    unsure: bool = False
    cut: bool = False
