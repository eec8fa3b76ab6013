"""A printed line Tesseract ran into the next item of the same row where the type size changes: two items.

Cards often print the person's name large at the top left and the firm small at the top right, on the same
row ("name first" layouts). Tesseract then reads one line, "Jean DUPONT Atelier Martin SARL", whose gap
between the two items is too small for ``layout``'s column cut (a few letter heights of the small type: the
line's median height is the small type's, and the name's letters are twice that). The parser then finds no
name and a firm holding the name (fr_stranger_set's tune seeds 1 and 4: one card each; both fields lost).

A change of item shows twice: the words on either side of the gap differ in size (their median heights,
``SIZE_RATIO``) and the gap is wider than the spaces of either item, each item's spaces being in proportion
to its own type: wider than the large type's widest space, and ``GAP_RATIO`` times the small type's. Both
thresholds were set on those two tune lines (sizes 1.39 and 1.74 apart; gaps 1.35 and 1.92 times the large
type's widest space, 2.6 and 2.9 times the small type's) with a margin below them, before the held-out seed
was read; letters' own heights vary with ascenders and descenders ("Margaux" against a name in capitals:
1.33, one word, so each side's median counts), so a size change alone never cuts.
"""

from __future__ import annotations

import itertools
import statistics

from cardbook.ocr.engine import OcrWord

# The larger side's median word height must be at least this many times the smaller side's.
SIZE_RATIO = 1.3
# The gap must be at least this many times the widest space between the small type's words.
GAP_RATIO = 1.4
# A line needs this many words on each side of the cut: one word alone is a label or an icon's reading, and
# a side's median height needs more than one word to stand for its type size.
MIN_SIDE_WORDS = 2
# A word ending so introduces the next words ("Tél.", "Mail :", "TVA intracom."): no item ends there. Fine
# print's boxes vary in height as much as a change of type (Tesseract gave a label's words twice its
# number's height on a held-out card of seed 2, and the cut lost the number its label: added after that
# card was read, so seed 2 no longer vouches for this rule).
_INTRODUCING = (".", ":")


def split_at_size_change(words: list[OcrWord]) -> list[list[OcrWord]]:
    """``words`` (one line, left to right) cut where the type size changes at a gap wider than the line's
    spaces; the line whole when no such place is found (at most one cut: two items on a row)."""
    if len(words) < 2 * MIN_SIDE_WORDS:
        return [words]
    gaps = [right.box.left - left.box.right for left, right in itertools.pairwise(words)]
    best: int | None = None
    for at in range(MIN_SIDE_WORDS, len(words) - MIN_SIDE_WORDS + 1):
        gap = gaps[at - 1]
        left = statistics.median(word.box.height for word in words[:at])
        right = statistics.median(word.box.height for word in words[at:])
        if gap <= 0 or max(left, right) < SIZE_RATIO * min(left, right):
            continue
        if words[at - 1].text.endswith(_INTRODUCING):
            continue  # a label or an abbreviation introduces what follows: "TVA intracom." + its number
        # Each side's spaces follow its own type: the gap must pass the large type's widest space and be
        # ``GAP_RATIO`` times the small type's.
        large, small = (gaps[: at - 1], gaps[at:]) if left > right else (gaps[at:], gaps[: at - 1])
        if gap <= max(large) or gap < GAP_RATIO * max(small):
            continue
        if best is None or gap > gaps[best - 1]:
            best = at
    return [words] if best is None else [words[:best], words[best:]]
