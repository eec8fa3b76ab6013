"""A word OCR read without its accents on one line, spelled with them on another line of the same card.

A town hall's card prints its town in the firm ("Ville de Saint Éloi") and again in the address
("… SAINT ÉLOI"); a firm's name comes back in its address or its fine print. OCR loses a mark on one of
the readings and keeps it on the other, most often a capital's ("É" read "E": 4 of 31 on fr_stranger_set's
tune seeds; ``tests/ocr/photo_letter_readings.py``), and the word lists cannot give it back when the word
is a name ("Éloi" is no entry of the lists: ``accents`` leaves it). The card's own other reading can: a word
of a name, a title or a firm read plain takes the accented spelling another line of the card prints of the
same letters, when the card prints only one such spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cardbook.ocr.accents import WORD
from cardbook.ocr.letter_confusions import bare

# Words this short are left as read: "a" beside "à", "ou" beside "où" are words of their own.
MIN_LETTERS = 3


def card_spellings(texts: Iterable[str]) -> dict[str, str]:
    """Plain (lower-case) spelling → the one accented spelling the card's lines print of it (lower case)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for word in WORD.findall(text):
            if not word.isascii() and len(word) >= MIN_LETTERS:
                lower = word.lower()
                plain = bare(lower)
                if plain.isascii():
                    found.setdefault(plain, set()).add(lower)
    return {plain: next(iter(spellings)) for plain, spellings in found.items() if len(spellings) == 1}


def with_card_spellings(text: str, spellings: dict[str, str]) -> str:
    """``text``'s plain words written as the card spells them elsewhere with accents (in ``text``'s case)."""
    if not spellings:
        return text

    def respell(match: re.Match[str]) -> str:
        word = match.group(0)
        accented = spellings.get(word.lower()) if word.isascii() else None
        if accented is None:
            return word
        return in_case_of_letters(word, accented)

    return WORD.sub(respell, text)


def in_case_of_letters(word: str, spelling: str) -> str:
    """``spelling`` (lower case, as long as ``word``) in the case ``word`` was printed in, letter by letter
    ("TIMOTHOE" → "TIMOTHÉE")."""
    return "".join(new.upper() if old.isupper() else new for old, new in zip(word, spelling, strict=True))
