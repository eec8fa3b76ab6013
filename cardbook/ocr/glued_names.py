"""A name in capitals OCR read without its spaces ("ANAPAULASOUZA", "LUIZFERNANDO COSTA"), cut back into its
words.

Wide capitals set close together lose their word gaps to OCR. A glued word is cut only when given names open it:
it is cut into pieces (``_pieces`` says which cut wins), each a first name the names data lists (``names_data``,
at least
``MIN_FIRST_NAME_WEIGHT``) or a word the card's e-mail local parts spell, of ``MIN_REST_LETTERS`` or more
(``MIN_PIECE_LETTERS`` for the first: "Ana"), and the last piece may be a family name no list holds
(``MIN_REST_LETTERS`` or more) that opens with no known piece. ``MIN_KNOWN_PIECES`` known
pieces at least: one first name glued to a word is as often a shop's name ("MARIAFLOR") as a person's. The line
must be capitals only (a glued word in small letters is ``glued_words``'), the glued word no English word, and the
line a name once cut.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cardbook.ocr.accents import english_counts
from cardbook.ocr.lexicon import fold
from cardbook.ocr.names_data import FAKER_NAME_AS_WORD_COUNT, MIN_FIRST_NAME_WEIGHT, first_name_weight
from cardbook.ocr.parse_domains import spelled_parts
from cardbook.ocr.parse_people import COMPOUND_GIVEN_WEIGHT, name_score

# A glued word is this long at least: two given names of four letters ("LUIZ", "JOSE") and no less.
MIN_GLUED_LETTERS = 7
# Pieces are this long: shorter first names ("Al", "Bo") fit inside many words by chance.
MIN_PIECE_LETTERS = 3
# The family name left at the end, unlisted, is this long (a shorter rest is more often a cut word's tail).
MIN_REST_LETTERS = 4
# Known pieces a cut needs (see the module's docstring). Chosen, not tuned; the shop_photo_set seed 1 (tune) card
# of this cause and seed 2's (held out) have two given names each.
MIN_KNOWN_PIECES = 2

_CAPITALS = re.compile(r"^[^\W\d_a-zß]+[,.]?$")


def split_glued_name(text: str, locals_: Sequence[str]) -> str:
    """``text`` with each glued name word cut (see the module's docstring), else as it is."""
    tokens = text.split()
    if not tokens or not all(_CAPITALS.match(token) for token in tokens) or text.upper() != text:
        return text
    spelled = frozenset(spelled_parts(locals_, ()))
    cut = [_cut_token(token, spelled) for token in tokens]
    if cut == tokens:
        return text
    joined = " ".join(cut)
    return joined if name_score(joined, list(locals_)) > 0 else text


def _cut_token(token: str, spelled: frozenset[str]) -> str:
    word = token.rstrip(",.")
    folded = fold(word)
    if len(word) < MIN_GLUED_LETTERS or len(folded) != len(word) or not folded.isalpha():
        return token
    if english_counts().get(folded, 0) >= FAKER_NAME_AS_WORD_COUNT or _known(folded, spelled, 0):
        return token
    ends = _pieces(folded, spelled)
    if ends is None:
        return token
    starts = [0, *ends[:-1]]
    return " ".join(word[start:end] for start, end in zip(starts, ends, strict=True)) + token[len(word) :]


def _known(piece: str, spelled: frozenset[str], start: int) -> bool:
    """A word the mailbox spells or a first name: where the word starts, any listed one of MIN_PIECE_LETTERS or
    more; after it, one of MIN_REST_LETTERS or more as common as a compound given name's second part
    (``COMPOUND_GIVEN_WEIGHT``: the data's rarest names are pieces of many words, "ferre", "afer")."""
    if start == 0:
        return len(piece) >= MIN_PIECE_LETTERS and (
            piece in spelled or first_name_weight(piece) >= MIN_FIRST_NAME_WEIGHT
        )
    return len(piece) >= MIN_REST_LETTERS and (piece in spelled or first_name_weight(piece) >= COMPOUND_GIVEN_WEIGHT)


def _pieces(letters: str, spelled: frozenset[str]) -> list[int] | None:
    """The ends of the pieces of the best cut, or None: fewest unknown pieces, then the most letters in known
    pieces ("Paula" before "Paul", "Carlos Eduardo" before "Carlo" and a long rest), then fewest pieces. An
    unknown family name ends the word and opens with no known piece (else that piece is cut first)."""

    @functools.cache
    def best(start: int) -> tuple[int, int, int, tuple[int, ...]] | None:
        """(unknown pieces, minus the known letters, pieces, ends) of the best cut of letters[start:]."""
        if start == len(letters):
            return (0, 0, 0, ())
        options = []
        for end in range(start + MIN_PIECE_LETTERS, len(letters) + 1):
            if _known(letters[start:end], spelled, start) and (rest := best(end)) is not None:
                options.append((rest[0], rest[1] - (end - start), rest[2] + 1, (end, *rest[3])))
        opens_known = any(_known(letters[start:end], spelled, start) for end in range(start + 1, len(letters)))
        if start > 0 and len(letters) - start >= MIN_REST_LETTERS and not opens_known:
            options.append((1, 0, 1, (len(letters),)))  # an unlisted family name ends it
        return min(options) if options else None

    found = best(0)
    if found is None or found[2] - found[0] < MIN_KNOWN_PIECES:
        return None
    return list(found[3])
