"""A card's back side: the wordmark and a slogan, nothing else.

Scanning both sides of a card is common; the back often prints only the firm's wordmark over a slogan in
type nearly as large. With no contact at all there is no host to spell the firm and no name to size it
against, and the wordmark of a firm with no firm word ("Tandartspraktijk …", a made-up brand) is only
"the largest line" when it outsizes the rest by ``parse_company.WORDMARK_RATIO``, which a slogan set large
does not allow. ``back_side_firm`` takes the larger of a few lines on a card without a contact or a person's
name as the firm, unless it reads as a sentence (``firm_evidence.is_phrase``) or a title.
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import is_phrase
from cardbook.ocr.parse_company import wordmark_shaped
from cardbook.ocr.title_evidence import title_score

# A back side prints a wordmark and a slogan, sometimes a second slogan or a web address: more lines
# without any contact are a front OCR read badly, not a back.
MAX_BACK_LINES = 3
# How sure the pick is (the wordmark fallback's own value in parse_company).
BACK_SIDE_SCORE = 0.5


def back_side_firm(lines: Sequence[CardLine], texts: dict[int, str]) -> tuple[str, tuple[int, ...], float] | None:
    """The firm of a back side: the tallest of at most ``MAX_BACK_LINES`` lines (``texts``: what the contact
    finders left of each), when it is shaped as a wordmark; None otherwise. The caller checks that the card
    has no contact and no person's name."""
    printed = [line for line in lines if texts.get(line.index, "").strip()]
    if not printed or len(printed) > MAX_BACK_LINES or any(line.height <= 0 for line in printed):
        return None
    tallest = max(printed, key=lambda line: line.height)
    text = texts[tallest.index].strip()
    if not wordmark_shaped(text) or is_phrase(text) or title_score(text) > 0:
        return None
    return text, (tallest.index,), BACK_SIDE_SCORE
