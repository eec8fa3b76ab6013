"""Accented letters OCR read as another letter on phone photos, written back where the language's data
spells the word only with the accented letter.

``accents.with_accents`` puts back accents OCR dropped ("Negoce") and marks read on the wrong vowel, from the
word lists' plain spellings. On phone photos of French cards (``tests/ocr/fr_stranger_set.py``, tune seeds
1, 3 and 4) the commonest accent error is another: "é" read as "o" (the mark blurred into the letter's
opening: 4 of the 6 misread "é"; the rest lost the mark), in names ("Aimo", "Andro", "Timothoe") and words
("randonnoe"); and one accent read for another ("fétes" for "fêtes": ``DEFAULT_READINGS``). No plain
spelling of those holds the word, so ``with_accents`` leaves them.

Here a word that is no word (nor a first name, for a name) is respelled with the accented letter in place
of one of its measured misreadings (``PHOTO_READINGS``, then ``DEFAULT_READINGS``) when exactly one such
spelling is a word the language's list writes (``accents.accented_words``; a name: a first name France or
Belgium writes so, ``french_first_names``) and the word as read is none: "solidarito" is no French word,
"solidarité" is; "logo" stays (a French word of its own beside "logé"), as does "Mario" (a first name).
Figures:
docs/MEASURING.md, "French cards in phone photos: accents misread, e-mail dots, a name and a firm on one row".
"""

from __future__ import annotations

from functools import cache

from cardbook.ocr.accents import WORD, accented_words, english_counts, language_word_counts, with_accents
from cardbook.ocr.card_spellings import in_case_of_letters, with_card_spellings
from cardbook.ocr.french_first_names import french_frequency
from cardbook.ocr.letter_confusions import DEFAULT_READINGS
from cardbook.ocr.names_data import is_first_name

# What OCR read on phone photos in place of an accented letter, beyond ``DEFAULT_READINGS`` (measured on
# clean renders): counted over fr_stranger_set's tune seeds 1, 3 and 4 (108 cards read by the pipeline, the
# printed lines lined up with the lines read: ``python -m tests.ocr.photo_letter_readings``): "é" 175
# printed, read "o" 4 times and plain "e" twice; "ê" 14, read "é" 4 times (already a DEFAULT_READING);
# no other letter was read as another letter more than once.
PHOTO_READINGS: dict[str, tuple[str, ...]] = {"é": ("o",)}
# A word this short is left as read: two- and three-letter words are abbreviations and particles ("Pro",
# "nos"), whose respellings ("pré", "nés") are words too.
MIN_LETTERS = 4
# The read spelling counts as a word of the language or of English from this many occurrences in the
# lists (``accents.MIN_ACCENTED_COUNT``'s floor: below it, the subtitles' own typing errors).
WORD_COUNT = 20
# A first name that France or Belgium writes at least this often (1-13 in gender-guesser's data) vouches
# for a name's respelling: rarer entries there are one family's spelling. Set before measuring.
MIN_FRENCH_NAME_FREQUENCY = 2

# The card languages the misreadings were measured on: French alone (the fr_stranger_set's photos).
MEASURED_LANGUAGES = frozenset({"fr"})


@cache
def _readings() -> dict[str, tuple[str, ...]]:
    """Read text → the accented letters it may stand for (one-letter readings only: a word keeps its
    length)."""
    table: dict[str, set[str]] = {}
    for letter, readings in (*PHOTO_READINGS.items(), *DEFAULT_READINGS.items()):
        for read in readings:
            if len(read) == 1 and letter.islower():
                table.setdefault(read, set()).add(letter)
    return {read: tuple(sorted(letters)) for read, letters in table.items()}


def _spellings(word: str) -> set[str]:
    """``word`` (lower case) with one or two of its letters each read as an accented letter it stands for: at
    most two letters of a word are tried as misread at once, more gives too many spellings to pick one (as
    ``accents._misread``)."""
    readings = _readings()
    places = [index for index, ch in enumerate(word) if ch in readings]
    found: set[str] = set()
    for first in places:
        for letter in readings[word[first]]:
            once = word[:first] + letter + word[first + 1 :]
            found.add(once)
            for second in places:
                if second > first:
                    found.update(once[:second] + other + once[second + 1 :] for other in readings[word[second]])
    return found


def _a_word(lower: str, lang: str) -> bool:
    """``lower`` is a word of ``lang``'s list or of English's as it was read."""
    if not lower.isascii():
        return lower in accented_words(lang)
    return english_counts().get(lower, 0) >= WORD_COUNT or language_word_counts(lang).get(lower, 0) >= WORD_COUNT


def respelled_word(word: str, lang: str) -> str:
    """``word`` (a title's or a firm's) with its misread accented letters written back, or as read."""
    lower = word.lower()
    if len(lower) < MIN_LETTERS:
        return word
    known = accented_words(lang)
    found = {spelling for spelling in _spellings(lower) if spelling in known}
    if len(found) != 1 or _a_word(lower, lang) or is_first_name(lower):
        return word
    return in_case_of_letters(word, found.pop())


def respelled_name(word: str) -> str:
    """A (French) first name read with a misread accented letter, as France spells it; or as read."""
    lower = word.lower()
    if len(lower) < MIN_LETTERS or french_frequency(lower) > 0:
        return word
    found = {spelling for spelling in _spellings(lower) if french_frequency(spelling) >= MIN_FRENCH_NAME_FREQUENCY}
    return in_case_of_letters(word, found.pop()) if len(found) == 1 else word


def with_misread_accents(text: str, lang: str, *, name: bool = False) -> str:
    """``text``'s words respelled where OCR misread an accented letter, on a card in one of the
    ``MEASURED_LANGUAGES`` (names by France's and Belgium's first-name spellings)."""
    if lang not in MEASURED_LANGUAGES:
        return text
    respell = respelled_name if name else (lambda word: respelled_word(word, lang))
    return WORD.sub(lambda match: respell(match.group(0)), text)


def restored_accents(text: str, lang: str, spellings: dict[str, str] | None = None, *, name: bool = False) -> str:
    """The words the card's other lines print with accents (``spellings``: ``card_spellings`` of its lines,
    made once per card), then ``accents.with_accents`` (accents dropped, marks on the wrong vowel), then the
    letters misread as another (``with_misread_accents``)."""
    spelled = with_card_spellings(text, spellings or {})
    return with_misread_accents(with_accents(spelled, lang, name=name), lang, name=name)
