"""A trade name printed in two sizes: one word small, in capitals, right above or below the big rest.

Cheap print shops set a shop's name as a big distinctive part with its trade word small and letter-spaced
over or under it ("STUDIO" over a big "Bella", a big "Golden Pho" over a small "GRILL"); a transcriber writes
both as the company. The reader takes the big line as the company and leaves the small word alone, or takes
the small word and leaves the big line (issue 10, session 16: ``tests.ocr.crowded_photo_set``, where this is
most of the company misses the truth's own lines reproduce).

The small word joins the company when the type says it belongs to it: one word of capitals, no other field's,
on a line touching the company's lines from above or below (``TOUCHING``), across the same columns, in type
clearly smaller (``SMALLER``). Without boxes (plain text) nothing is joined: the sizes are unknown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box, union_all

Assignment = tuple[str, tuple[int, ...], float]
# The small word's letter height over the big line's at most: the trade word is set at a third to two thirds
# of the big name's size on the tune seeds' cards (0.32-0.67 as read); 0.7 keeps a second line of the same
# type (a two-line name, ratio about 1, joined by the company's own rules) out.
SMALLER = 0.7
# The gap between the two lines at most, in the small word's heights: set against the big name (the tune
# seeds' gaps reached 1.25 heights, a big name's leading; a line two heights away starts the next block).
TOUCHING = 1.5
SPACED_PIECE = 4  # letters at most in each piece of a letter-spaced word OCR read apart ("SH AFFE R")
LEAST_LETTERS = 3  # "CO" or "&" is a legal form or a joiner, which the company's own rules handle


def _as_word(text: str) -> str:
    """The line as one word: OCR's full-width letters made plain, a letter-spaced word's pieces joined."""
    pieces = unicodedata.normalize("NFKC", text).split()
    if len(pieces) > 1 and all(len(piece) <= SPACED_PIECE for piece in pieces):
        return "".join(pieces)
    return " ".join(pieces)


def _small_word(text: str) -> bool:
    word = _as_word(text)
    return (
        " " not in word
        and len(word) >= LEAST_LETTERS
        and word.isalpha()
        and word.isupper()
        and title_score(word.title()) == 0  # "ADVOGADA", "OWNER": a title in capitals, not a firm's word
    )


def _beside(small: CardLine, big: Box, big_height: float) -> str | None:
    """``"above"`` or ``"below"`` when ``small`` is a smaller line set against ``big``, else None."""
    box = small.box
    if box is None or small.height <= 0 or small.height > SMALLER * big_height:
        return None
    if min(box.right, big.right) <= max(box.left, big.left):  # no column in common
        return None
    reach = TOUCHING * small.height
    if box.top < big.top and big.top - box.bottom <= reach:
        return "above"
    if box.bottom > big.bottom and box.top - big.bottom <= reach:
        return "below"
    return None


def with_small_trade_word(
    company: Assignment | None, claimed: set[int], lines: Sequence[CardLine], texts: dict[int, str]
) -> Assignment | None:
    """``company`` with a small capital trade word printed against it joined in print order; ``claimed``: the
    other fields' lines. (The small word chosen alone is left so: the big line beside it may be a logo's
    garbled reading, which the shared cards showed joined.)"""
    if company is None or not company[1]:
        return company
    text, indexes, score = company
    by_index = {line.index: line for line in lines}
    own = [by_index[i] for i in indexes if i in by_index]
    if not own or any(line.box is None or line.height <= 0 for line in own):
        return company
    free = [
        line
        for line in lines
        if line.index not in indexes and line.index not in claimed and texts.get(line.index, "").strip()
    ]
    big_box = union_all([line.box for line in own if line.box is not None])
    if big_box is None:
        return company
    big_height = max(line.height for line in own)
    for line in free:
        word = _as_word(texts[line.index])
        if _small_word(word) and (side := _beside(line, big_box, big_height)):
            if side == "above":
                return f"{word} {text}", (line.index, *indexes), score
            return f"{text} {word}", (*indexes, line.index), score
    return company
