"""A German "ß" read as "B", "$" or "8" inside a lower-case word, written back where German spells the word so.

The default models (fra+eng) hold no "ß" (``letter_confusions``); ``card_accents`` reads a word again with the
German model only on a card whose own evidence shows a German-speaking country. Elsewhere, or where that
evidence is missing (a scan whose address is the only German line), "Bahnhofstraße" comes back "BahnhofstraBe"
or "Hauptstra$e": a capital, a dollar or an eight between lower-case letters, which no word prints.

Rule "ß read B": such a character between two lower-case letters is an "ß" when the word so written, or its
ending of at least ``MIN_COMPOUND_END`` letters holding the "ß" (German writes compounds as one word: a street
name + "straße"), is a German word that pyspellchecker's German list writes at least
``accents.MIN_ACCENTED_COUNT`` times (``accents.accented_words``). Not "f": "Strafe" is a German word of its
own. The list is loaded only for a line holding such a character.
"""

from __future__ import annotations

import re

from cardbook.ocr.accents import accented_words

# A German compound's last word must be this long to vouch for the compound: "straße", "größe" and "buße"
# are; shorter endings ("aße", "uße") end words of every kind.
MIN_COMPOUND_END = 4
# What the default models read for "ß" that no lower-case word prints: "B" (``letter_confusions``'
# DEFAULT_READINGS), and "$" and "8" in the photo engine's readings of the same letter.
_READ_FOR_SHARP_S = "B$8"
_CANDIDATE = re.compile(rf"[^\W\d_]*[a-zäöü][{re.escape(_READ_FOR_SHARP_S)}][a-zäöü][^\W\d_]*")


def _german(word: str) -> bool:
    """``word`` (with its "ß"), or one of its endings that holds the "ß" and is at least ``MIN_COMPOUND_END``
    letters long, is a German word the list writes often enough."""
    known = accented_words("de")
    lower = word.lower()
    if lower in known:
        return True
    sharp = lower.index("ß")
    return any(lower[start:] in known for start in range(0, sharp + 1) if len(lower) - start >= MIN_COMPOUND_END)


def _written(match: re.Match[str]) -> str:
    word = match.group()
    for i, ch in enumerate(word):
        if ch in _READ_FOR_SHARP_S and 0 < i < len(word) - 1 and word[i - 1].islower() and word[i + 1].islower():
            spelled = word[:i] + "ß" + word[i + 1 :]
            if _german(spelled):
                return spelled
    return word


def with_sharp_s(text: str) -> str:
    """``text`` with each "ß" read as another character written back where German vouches for the word."""
    if not any(ch in text for ch in _READ_FOR_SHARP_S):
        return text
    return _CANDIDATE.sub(_written, text)
