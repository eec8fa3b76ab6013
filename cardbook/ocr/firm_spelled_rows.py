"""A firm's name printed over two rows in different type, joined when the card's own address spells them together.

Print shops set a shop's name in two sizes and often two faces: a small word over a big one ("CASA" over a big
"Aurora"), a big owner's name over a smaller trade word ("Marco's" over "PIZZERIA"), a small first word beside
the big rest. ``parse_company`` grows a firm's block only over lines of the same type, and ``trade_name_rows``
only joins a small word in capitals set against the chosen line; a row in another size, case or face stays out,
and the company is half the name (issue 10, session 18: five of the split names of the crowded and fresh photo
proxies' tune seeds).

The card's own web address, mailbox or handle says when the rows are one name: their letters, run together in
one order, are the domain's label or a handle whole ("casaaurora.com.br"), or the handle spells the added row
whole and the start of the firm's row ("@casaaurora" under "CASA" / "Aurora Móveis e Decoração"). The row
then joins the company on the side the spelling puts it. Only a row of no other field, close to the company's
lines (boxes of tilted photos overlap: any side counts), short, without digits and no job title.

OCR's full-width letters ("ＲＥ" from RapidOCR's character set) are made plain in the company: scoring and the
user compare plain letters (``full_width.plain_width``, which RapidOCR's words now go through when read; the rows
are made plain again here for lines that come from elsewhere, such as a cache of older readings).
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.full_width import plain_width
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.title_evidence import title_score
from cardbook.ocr.types import Box, union_all

Assignment = tuple[str, tuple[int, ...], float]


# The least letters the added row holds: a shorter one ("Co", "&") is a legal form or a joiner, which the
# company's own rules handle. Chosen, not tuned (the tune seeds' added rows hold 3 to 10 letters).
MIN_ROW_LETTERS = 3
# The most words the added row holds: one or two words of a name, a letter-spaced word read in pieces counted
# once (``_plain_row``). Chosen, not tuned: a longer row is a sentence or a list of services.
MAX_ROW_WORDS = 3
# Letters of the firm's row a handle must spell after the added row when it spells only the start of the name
# ("@casaaurora" for "CASA" / "Aurora Móveis e Decoração"): fewer are a chance match of a short handle. Chosen,
# not tuned: a word of a name has four letters or more.
MIN_FIRM_LETTERS_SPELLED = 4
# How far the row's box may be from the company's, in the smaller line's letter heights: a name's two rows are
# set one line apart at most (a big name's leading reached 1.25 heights on the tune seeds,
# ``trade_name_rows.TOUCHING``). Chosen, not tuned.
NEAR_LETTERS = 1.5
# A row read letter by letter ("S T U D I O"): at least this share of its pieces are one letter.
SPACED_SHARE = 0.5


def _plain_row(text: str) -> str:
    """The row as printed: full-width letters made plain, a letter-spaced word's pieces joined."""
    pieces = plain_width(text).split()
    if len(pieces) > 1 and sum(len(piece) == 1 for piece in pieces) >= SPACED_SHARE * len(pieces):
        return "".join(pieces)
    return " ".join(pieces)


def _letters(text: str) -> str:
    return "".join(word for word in words_of(text) if word.isalpha())


def _spelling_letters(spelling: str) -> str:
    """A mailbox, handle or domain label as letters: a profile's address by its last part."""
    return _letters(spelling.rstrip("/").rsplit("/", 1)[-1].replace("_", " ").replace(".", " "))


def _spells(first: str, second: str, added_first: bool, spelling: str) -> bool:
    """``spelling`` is the two rows run together whole, or (a handle, shorter) the added row whole and at least
    ``MIN_FIRM_LETTERS_SPELLED`` letters of the firm's row next to it."""
    joined = first + second
    if spelling == joined:
        return True
    if added_first:
        return (
            spelling.startswith(first)
            and len(spelling) >= len(first) + MIN_FIRM_LETTERS_SPELLED
            and joined.startswith(spelling)
        )
    return joined.endswith(spelling) and len(spelling) >= len(second) + MIN_FIRM_LETTERS_SPELLED


def _near(box: Box, other: Box, letter: float) -> bool:
    across = max(box.left, other.left) - min(box.right, other.right)
    down = max(box.top, other.top) - min(box.bottom, other.bottom)
    return max(across, down, 0) <= NEAR_LETTERS * letter


def _row_shaped(row: str) -> bool:
    return (
        1 <= len(row.split()) <= MAX_ROW_WORDS
        and not any(ch.isdigit() for ch in row)
        and len(_letters(row)) >= MIN_ROW_LETTERS
        and title_score(row) == 0
    )


def with_spelled_row(
    company: Assignment | None,
    claimed: set[int],
    lines: Sequence[CardLine],
    texts: dict[int, str],
    spellings: Sequence[str],
) -> Assignment | None:
    """``company`` with a row the card's addresses spell together with it joined on the spelled side (and its
    full-width letters made plain); ``claimed``: the other fields' lines; ``spellings``: the card's mailboxes'
    local parts, domain labels and handles."""
    if company is None:
        return None
    text, indexes, score = company
    text = plain_width(text)
    targets = {letters for spelling in spellings if len(letters := _spelling_letters(spelling)) >= MIN_ROW_LETTERS}
    by_index = {line.index: line for line in lines}
    own = [by_index[i] for i in indexes if i in by_index]
    firm_box = union_all([line.box for line in own if line.box is not None])
    firm = _letters(text)
    if not targets or firm_box is None or not firm:
        return (text, indexes, score)
    firm_height = max(line.height for line in own)
    for line in lines:
        if line.index in indexes or line.index in claimed or line.box is None:
            continue
        row = _plain_row(texts.get(line.index, ""))
        if not _row_shaped(row) or not _near(line.box, firm_box, min(line.height, firm_height) or 1.0):
            continue
        letters = _letters(row)
        if any(_spells(letters, firm, True, target) for target in targets):
            return (f"{row} {text}", (line.index, *indexes), score)
        if any(_spells(firm, letters, False, target) for target in targets):
            return (f"{text} {row}", (*indexes, line.index), score)
    return (text, indexes, score)
