"""German job titles in their feminine form: "Architektin", "Direktorin", "Maklerin", "Partnerin",
"Projektmanagerin".

German forms a woman's title from the man's by adding "-in" ("Architekt" → "Architektin", "Arzt" →
"Ärztin", "Koch" → "Köchin": the umlaut goes when the word is folded). The lists the title evidence reads
(the lexicon, Faker's job lists, the professions and their compounds) hold some feminines ("Leiterin",
"Beraterin", "Rechtsanwältin") but mostly the masculine, so a German card printing the feminine scored
nothing. ``german_masculine`` reads such a word as its masculine when that one is listed or a listed job's
compound and the word as read is no title word at all: a word is only changed into a listed word, never
guessed into an unknown one, and a listed word is never changed (so no name or place is read as a title
unless its stem already is one).
"""

from __future__ import annotations

from collections.abc import Callable

from cardbook.ocr.profession_words import compound_occupation

# The feminine suffix German adds to a masculine title.
FEMININE_SUFFIX = "in"
# The masculine left is at least this long: "arzt" and "koch" are four letters; shorter stems ("rob" of
# "Robin", "erl" of "Erlin") are no titles, and a name's stem spelling a three-letter word proves nothing.
MIN_MASCULINE_LETTERS = 4


def german_masculine(token: str, strength: Callable[[str], int]) -> str:
    """``token`` (folded) read as its masculine when it ends with the feminine "-in", it weighs nothing by
    ``strength`` (0: no list holds it) and its masculine weighs something or is a listed job's compound; else
    ``token`` unchanged."""
    if not token.endswith(FEMININE_SUFFIX) or strength(token) > 0:
        return token
    masculine = token[: -len(FEMININE_SUFFIX)]
    if len(masculine) < MIN_MASCULINE_LETTERS or not masculine.isalpha():
        return token
    return masculine if strength(masculine) > 0 or compound_occupation(masculine) else token
