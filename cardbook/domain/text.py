"""Text folding shared by search, duplicate detection and parsing."""

from __future__ import annotations

import unicodedata

# Ligatures and letters that Unicode decomposition does not split into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "’": "'",
        "ʼ": "'",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free text: "Émilie Lefèvre-Cœur" -> "emilie lefevre-coeur"."""
    if text.isascii():  # nothing to decompose (most emails, numbers, URLs): the fast path for bulk indexing
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def unique_ignoring_case(values: list[str]) -> list[str]:
    """The values in their order, each kept once whatever its case ("Lyon" and "lyon": the first one)."""
    seen: set[str] = set()
    found: list[str] = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            found.append(value)
    return found
