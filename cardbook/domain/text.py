"""Text folding shared by search, sort keys, duplicate detection and the card parsers: one `fold` for all."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode decomposition does not split into a base letter plus a mark, in lower case (they are
# applied after case folding), and the typographic apostrophes a card or a keyboard may use for "'".
_SPECIAL = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "ß": "ss",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "’": "'",
        "ʼ": "'",
    }
)


def fold(text: str) -> str:
    """The one comparison form of text: what search, sort keys, duplicate detection and the card parsers match.

    Exactly, in this order:

    1. compatibility decomposition (NFKD): ligatures and presentation forms become plain letters ("ﬁ" -> "fi",
       full-width "Ａ" -> "A", superscript "ᴬ" -> "A"), accented letters become a letter plus marks;
    2. every combining mark is dropped (accents, cedillas: "é" -> "e", "ç" -> "c");
    3. full case folding (`str.casefold`, stronger than `lower`: "ß" -> "ss", final "ς" -> "σ");
    4. the letters Unicode does not decompose become their usual Latin spelling ("œ" -> "oe", "æ" -> "ae",
       "ø" -> "o", "ł" -> "l", "đ" -> "d", dotless "ı" -> "i") and typographic apostrophes become "'".

    Nothing else changes: spaces, hyphens, digits and punctuation stay where they are (callers that compare
    words split or strip them), so "Émilie Lefèvre-Cœur" -> "emilie lefevre-coeur". ASCII text is only
    lower-cased, which is what the steps above give for it, without the cost (most emails, numbers, URLs).
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_SPECIAL)


def unique_ignoring_case(values: list[str]) -> list[str]:
    """The values in their order, each kept once whatever its case ("Lyon" and "lyon": the first one)."""
    seen: set[str] = set()
    found: list[str] = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            found.append(value)
    return found


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 card", "3 cards", "0 cards": an English count with the noun agreeing, never "card(s)".
    `plural` for irregular nouns ("1 entry", "2 entries")."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


_NBSP = "\u00a0"
# A space (or none) before ; : ! ? that ends a word, when what follows is a space, a closing mark or the end:
# "Événements: 1" → "Événements : 1". Not in "12:30", "http://", "a:b" or "%1:%2" (no space after).
_BEFORE_PUNCTUATION = re.compile(r"(?<=[\w)\]»%…])[ \u202f]?([;:!?])(?=\s|$|[)\]»<\"'])")
_AFTER_OPENING_QUOTE = re.compile(r"«[ \u202f]?(?=\S)")
_BEFORE_CLOSING_QUOTE = re.compile(r"(?<=\S)[ \u202f]?»")


def french_typography(text: str) -> str:
    """French spacing: a no-break space before ; : ! ? and inside « », so a line never breaks before them.
    Applied to every French text Cardbook writes (interface translations, reports, the phone's page)."""
    text = _BEFORE_PUNCTUATION.sub(lambda m: _NBSP + m.group(1), text)
    text = _AFTER_OPENING_QUOTE.sub("«" + _NBSP, text)
    return _BEFORE_CLOSING_QUOTE.sub(_NBSP + "»", text)
