"""A person's name OCR cut inside a word ("Vlaian A ubry", "Ana Zim mermann"), glued back by its shape alone.

Large, widely set type loses a word's inner gap to OCR as often as it keeps it: the engine starts a new word at a
wide letter pair. ``parse_domains.rejoin_split_words`` glues such pieces back when the e-mail or the website
spells the whole word; a person whose mailbox is a shared one (contact@, info@) or a free one with other letters
has no such evidence, and the cut line is no name at all (a name's words start with a capital), so the card
loses its person. Here a small-letter piece is glued to the capitalised word before it when that makes the
line a name and it was none: the head short (``MAX_HEAD_LETTERS``), the piece no word of its own (a particle, a
joining word, a list's word), the whole line two to ``MAX_NAME_WORDS`` words once glued.
"""

from __future__ import annotations

from cardbook.ocr.lexicon import COMPANY_WORDS, NAME_PARTICLES, STREET_WORDS, TITLE_WORDS, fold
from cardbook.ocr.line_words import FUNCTION_WORDS
from cardbook.ocr.parse_people import MAX_NAME_WORDS, name_score

# A piece this short glued back could be anything ("A u" reads "Au"); two letters is a word's tail ("Lima Jr").
MIN_PIECE_LETTERS = 3
# The words of a name line once glued: a given and a family name at least.
MIN_GLUED_WORDS = 2
# The head a piece is glued to is this short at most: OCR cuts a name at a wide letter pair near its start
# ("A ubry", "Zim mermann", "Lam bert"), while a longer capitalised word before a small-letter one is most
# often a phrase ("Institut für", "Union sportive", "Partner vor": lost names and firms on the readleft and
# freshscan2 caches with no limit). Set on unknown_name_set seeds 1 and 3 and those caches (seed 2 held out).
MAX_HEAD_LETTERS = 4


def glued_name_piece(text: str, locals_: list[str]) -> str:
    """``text`` with one small-letter piece glued to the capitalised word before it when that alone makes the
    line a person's name ("Vlaian A ubry" → "Vlaian Aubry"); otherwise ``text`` as it was."""
    tokens = text.split()
    if not MIN_GLUED_WORDS < len(tokens) <= MAX_NAME_WORDS + 1 or name_score(text, locals_) > 0:
        return text
    for position in range(1, len(tokens)):
        before, piece = tokens[position - 1], tokens[position]
        if not _loose_piece(before, piece):
            continue
        glued = " ".join([*tokens[: position - 1], before + piece, *tokens[position + 1 :]])
        if name_score(glued, locals_) > 0:
            return glued
    return text


def _loose_piece(before: str, piece: str) -> bool:
    """``piece`` small letters only, no word of its own, after a short word that starts with a capital."""
    folded = fold(piece)
    return (
        piece.isalpha()
        and piece.islower()
        and len(piece) >= MIN_PIECE_LETTERS
        and before[:1].isupper()
        and before.isalpha()
        and len(before) <= MAX_HEAD_LETTERS
        and folded not in FUNCTION_WORDS | NAME_PARTICLES | TITLE_WORDS | COMPANY_WORDS | STREET_WORDS
    )
