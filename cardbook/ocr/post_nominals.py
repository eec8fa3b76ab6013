"""Credentials printed after a name's comma in mixed case: "Sarah Lim, ChFC", "Tom Reyes, MArch", "DPhil".

A name's words are shaped as names are (a capital then small letters, or all capitals), and the lexicon's
``DEGREE_SUFFIXES`` list the common credentials; a credential in mixed case no list holds ("ChFC", "MArch",
"DipHE", "BEng") failed both, and the whole line was no name. After the comma that ends a person's name,
an abbreviation is a credential by its shape: a capital first, two capitals at least, at most
``MAX_CREDENTIAL_LETTERS`` letters — no given or family name is written so.
"""

from __future__ import annotations

import re

# The longest such abbreviation: professional designations run to six letters ("ChFEBC"); a longer word after
# the comma is no credential. Chosen, not tuned.
MAX_CREDENTIAL_LETTERS = 6
_ABBREVIATION = re.compile(rf"^[A-Z][A-Za-z]{{1,{MAX_CREDENTIAL_LETTERS - 1}}}[.®]?$")


def words_before_comma(tokens: list[str]) -> int:
    """How many words (tokens other than ",") come before the first comma; all of them when there is none."""
    words = 0
    for token in tokens:
        if token == ",":
            return words
        words += 1
    return words


def credential_after_comma(word: str, position: int, first_comma: int) -> bool:
    """``word``, the ``position``-th word of a name line whose first comma follows ``first_comma`` words, is a
    mixed-case credential ("ChFC")."""
    return 0 < first_comma <= position and bool(_ABBREVIATION.match(word)) and sum(ch.isupper() for ch in word) >= 2
