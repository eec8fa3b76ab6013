"""When a word read by the card language's own Tesseract model may replace the first reading: the letters each
language writes beyond ASCII, and what the default models read in their place.

The default models (fra+eng) do not hold "ß", "ø" or "ł": they read "Straße" as "Strafe" or "StraBe", "Bjørn"
as "Bjgrn", "Wrocław" as "Wroctaw". The model of the card's language reads them, but it also reads letters its
language does not write where a foreign word has them (the German model reads "Åsa" as "Äsa"), and misreads
other letters now and then. So its spelling of a word is taken only when it agrees with the first reading
letter for letter, except where it reads one of its language's letters (``ALPHABETS``) and the first reading
has there that letter's plain form, the letter under another accent, or one of the letter's known misreadings
(``DEFAULT_READINGS``). Anything else, and the first reading stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# The letters beyond ASCII that each language writes (lower case): the non-ASCII letters of CLDR's main
# exemplar characters for the language (unicode.org/cldr, "exemplarCharacters"), the Unicode consortium's list
# of the letters a language needs. Keys are ``lexicon.REGION_LANGUAGES``' language codes.
ALPHABETS: dict[str, str] = {
    # Portuguese and Spanish: fra+eng reads "ó" as "é" ("Innovacién", "Castellé" on Spanish scans), another
    # vowel, which the bare comparison of accents alone never gave back; their models read them right.
    "pt": "áàâãçéêíóôõú",
    "es": "áéíñóúü",
    "de": "äöüß",
    "it": "àéèìóòù",
    "nl": "áäéëíïóöúü",
    "sv": "àéåäö",
    "da": "æøå",
    "no": "àéóòôæøå",
    "fi": "šžåäö",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
}

# A reading is kept in ``DEFAULT_READINGS`` when the default models gave it for the letter at least this share
# of the time (and at least twice): below it, the odd misreading of a whole word.
MIN_READING_SHARE = 0.01

# What the default models (fra+eng) read in place of each letter, beyond the letter itself and its plain letters
# (``plain_letters``: "o" for "ø", "ae" for "æ") (readings of a whole word are lined up letter by letter). Measured
# by ``python -m tests.ocr.letter_readings --table``: every letter of ``ALPHABETS``, in both cases, printed inside
# made-up words (six frames, four for capitals) in DejaVu Sans and Serif and two installed sans and two serif faces,
# at 24 and 32 px, read by Tesseract 5.3 with fra+eng: 72 readings of each lower-case letter, 48 of each capital.
# Kept: readings seen at least ``MIN_READING_SHARE`` of the time, less those nearly every letter gets ("o", "c",
# "n": the frames' and faces' own misreadings). A letter read right or as its plain letter needs no entry.
DEFAULT_READINGS: dict[str, tuple[str, ...]] = {
    "ä": ("",),
    "ö": ("d", "ô", "û"),
    "ü": ("ti", "t", "ii"),
    "ß": ("f", "fi", "", "R", "B", "&", "fS"),
    "à": ("",),
    "è": ("é",),
    "ó": ("d", "é", "ô", "od", ""),
    # Portuguese and Spanish letters, measured the same way once they joined ``ALPHABETS`` (session 13; the
    # entries above were left as first measured).
    "â": ("",),
    "ã": ("", "ä"),
    "ç": ("g",),
    "ê": ("é",),
    "í": ("f",),
    "õ": ("ô", "d", "û"),
    "ñ": ("fi",),
    "ò": ("d", "ù", "od"),
    "ù": ("ü", "t", "ti"),
    "á": ("d", "", "ä", "â"),
    "ë": ("é",),
    "ú": ("ü", "t", "û", "ti"),
    "å": ("", "â", "ä"),
    "æ": ("ze", "e"),
    "ø": ("g", "e"),
    "ô": ("d",),
    "š": ("S", "ë", ""),
    "ą": ("g", ""),
    "ć": ("é",),
    "ę": ("", "g"),
    "ł": ("t", "i"),
    "ń": ("ñ", "ri"),
    "č": ("ë", "t", "é"),
    "ď": ("d'",),
    "ě": ("é", "ë"),
    "ň": ("ñ",),
    "ř": ("ï", "t"),
    "ů": ("ti", "ü", "û", "t"),
    "ý": ("ÿ", "v"),
    "Ä": ("Â",),
    "Ì": ("i", "l"),
    "Ù": ("Ü",),
    "Í": ("i", "f", "Ï", "Î"),
    "Ï": ("T", "i"),
    "Ú": ("Ü",),
    "Ø": ("O", "@", "G"),
    "Ć": ("É",),
    "Ł": ("t", "E"),
}


def bare(text: str) -> str:
    """``text`` without its diacritics (é → e, ø stays ø: NFKD does not split it); other characters kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


_LETTER_NAME = re.compile(r"LATIN (SMALL|CAPITAL) LETTER ([A-Z]{1,2})(?: WITH .*)?")


@cache
def plain_letters(letter: str) -> str:
    """The plain letters Unicode names ``letter`` after: "o" for "ø" ("LATIN SMALL LETTER O WITH STROKE"),
    "ae" for "æ", "l" for "ł", "e" for "é"; the letter itself when its name gives none ("ß": "SHARP S")."""
    match = _LETTER_NAME.fullmatch(unicodedata.name(letter, ""))
    if match is None:
        return letter
    return match.group(2).lower() if match.group(1) == "SMALL" else match.group(2)


@cache
def _letters(language: str) -> frozenset[str]:
    """``language``'s letters beyond ASCII, in both cases."""
    letters = ALPHABETS.get(language, "")
    return frozenset(letters) | frozenset(ch.upper() for ch in letters if len(ch.upper()) == 1)


def _stands_for(read: str, letter: str) -> bool:
    """``read`` (one or a few characters of the first reading) may be ``letter`` as the default models read it."""
    return (
        (len(read) == 1 and bare(read) == bare(letter))
        or read == plain_letters(letter)
        or read in DEFAULT_READINGS.get(letter, ())
    )


def respelled(first: str, other: str, language: str) -> str | None:
    """``other`` (the word as the card language's model reads it) when it differs from ``first`` only where it
    reads one of ``language``'s letters and ``first`` has something that letter is read as; else None."""
    first, other = unicodedata.normalize("NFC", first), unicodedata.normalize("NFC", other)
    letters = _letters(language)
    if first == other or not letters or not any(ch in letters for ch in other):
        return None
    longest = max((len(read) for reads in DEFAULT_READINGS.values() for read in reads), default=1)

    @cache
    def agree(i: int, j: int) -> bool:
        """``other[i:]`` and ``first[j:]`` agree."""
        if i == len(other):
            return j == len(first)
        ch = other[i]
        if ch not in letters:
            # Not one of the language's letters: as the first reading has it (the first reading's accents and
            # letters elsewhere are kept: the card language's model is asked about its own letters only).
            return j < len(first) and first[j] == ch and agree(i + 1, j + 1)
        return any(
            _stands_for(first[j : j + size], ch) and agree(i + 1, j + size)
            for size in range(0, max(1, longest) + 1)
            if j + size <= len(first) and (size > 0 or "" in DEFAULT_READINGS.get(ch, ()))
        )

    return other if agree(0, 0) else None
