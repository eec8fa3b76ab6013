"""A British card's postcode read with its digits and letters where the postcode's shape wants them.

OCR reads a zero as "O" (and "1" as "I", "5" as "S") inside postcodes: "PR0 3QG" came back "PRO 3QG", which is
no postcode, so the address lost its postal line. No language model helps (the shapes are the same letters), but
the UK's postcode has a fixed shape: an area's letters, a district's digit, a sector's digit, a unit's two
letters (``postcodes.uk_postcode_read``). On a card whose own evidence shows the UK (``region.decide_region``),
two neighbouring words of a line that become a postcode once each position holds its kind are written so. A card
of another country is never touched: elsewhere "SO" or "IO" may be a word.
"""

from __future__ import annotations

import itertools

from cardbook.ocr.engine import OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.postcodes import uk_postcode_read
from cardbook.ocr.rapid_accents import with_spellings

# The countries whose postcode shape is read so (``uk_postcode_read``): the UK and the Crown dependencies, which
# use its postcodes.
UK_POSTCODE_REGIONS = frozenset({"GB", "GG", "JE", "IM"})


def with_postcode_digits(words: tuple[OcrWord, ...], region: str) -> tuple[OcrWord, ...]:
    """``words`` with a UK postcode's misread letters and digits written as its shape wants (``region`` being
    the card's own country); the words themselves otherwise."""
    if region not in UK_POSTCODE_REGIONS:
        return words
    written: dict[int, str] = {}  # id of a word → its text as the postcode wants it
    for line in group_lines(words):
        for first, second in itertools.pairwise(line.words):
            postcode = uk_postcode_read(first.text, second.text)
            if postcode is not None:
                outward, inward = postcode.split(" ")
                written[id(first)], written[id(second)] = outward, inward
    return with_spellings(words, written) if written else words
