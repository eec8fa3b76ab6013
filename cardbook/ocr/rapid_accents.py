"""Accents RapidOCR's recogniser drops, given back from Tesseract's reading of the same lines.

RapidOCR's recogniser (trained mostly on Chinese and English) reads "Négoce" as "Negoce" on many lines,
though its character list holds the accented letters; Tesseract's French and English models read them.
So the lines of a card read whole by RapidOCR that hold words (not e-mails, websites or numbers) are read
again by Tesseract on their crops (``tesseract_lines``: one call for all of them), and a word of RapidOCR
takes Tesseract's spelling only when the two differ by nothing but accents: every other letter, the case
and the punctuation agree, so RapidOCR's better reading of the letters themselves is never given up.
Figures: docs/MEASURING.md, "Accents and large type".
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from cardbook.ocr.engine import OcrPage, OcrUnavailableError, OcrWord
from cardbook.ocr.layout import group_lines
from cardbook.ocr.letter_confusions import ALPHABETS, DEFAULT_READINGS, bare, respelled
from cardbook.ocr.tesseract_lines import read_lines
from cardbook.ocr.types import GreyImage, union_all

__all__ = ["ACCENT_MIN_CONFIDENCE", "accented", "bare", "restore_accents", "with_spellings"]

# Tesseract's confidence below which its accent is not taken: low-confidence words are where it puts an
# accent on a plain "e" (set on tune seed 1 of tests/ocr/french_set.py, photos).
ACCENT_MIN_CONFIDENCE = 0.75
# Lines with an e-mail or a website are not re-read: their words are no language's (the domains of the card
# languages ``card_accents`` re-reads included: a Danish model may put "ø" in a domain printed plain).
_CONTACT = re.compile(
    r"@|www\.|https?:|\.(?:com|net|org|fr|br|de|es|it|pt|uk|at|ch|li|nl|be|se|dk|no|fi|pl|cz)\b", re.IGNORECASE
)
# A line worth checking holds at least one word of this many letters.
_MIN_WORD_LETTERS = 3


def _worth_checking(words: list[OcrWord]) -> bool:
    text = " ".join(word.text for word in words)
    if _CONTACT.search(text):
        return False
    return any(sum(ch.isalpha() for ch in word.text) >= _MIN_WORD_LETTERS for word in words)


def _lettered(words: list[OcrWord]) -> list[OcrWord]:
    """The words that hold a letter or a digit (all of them when none does): a mark's box says nothing of the
    line's letters, and a middle dot read as a tall ":" made the crop of small fine print three times its
    letters' height, which Tesseract then read as nothing ("Søn" lost)."""
    return [word for word in words if any(ch.isalnum() for ch in word.text)] or words


def accented(rapid: str, tesseract: str) -> str | None:
    """Tesseract's spelling when it differs from RapidOCR's by accents only (and adds some), else None."""
    rapid_nfc, tess_nfc = unicodedata.normalize("NFC", rapid), unicodedata.normalize("NFC", tesseract)
    if rapid_nfc == tess_nfc or bare(tess_nfc) != bare(rapid_nfc) or bare(tess_nfc) == tess_nfc:
        return None
    if len(rapid_nfc) == len(tess_nfc):
        # RapidOCR saw a mark where Tesseract's default models put another they are known to read for it ("ë"
        # read "é": ``DEFAULT_READINGS``): the mark RapidOCR saw stays ("Financiën", not "Financién").
        tess_nfc = "".join(
            mine if not mine.isascii() and theirs in DEFAULT_READINGS.get(mine, ()) else theirs
            for mine, theirs in zip(rapid_nfc, tess_nfc, strict=True)
        )
        if tess_nfc == rapid_nfc:
            return None
    return tess_nfc


def _paired(keys_first: list[str], keys_other: list[str]) -> list[tuple[int, int]]:
    """The words of two readings of a line taken as the same word: equal keys in order, and the words of a
    stretch that differs between two such runs when both readings have as many words there."""
    matcher = difflib.SequenceMatcher(a=keys_first, b=keys_other, autojunk=False)
    pairs: list[tuple[int, int]] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a1 - a0 == b1 - b0):
            pairs.extend(zip(range(a0, a1), range(b0, b1), strict=True))
    return pairs


def restore_accents(grey: GreyImage, page: OcrPage, lang: str, language: str | None = None) -> OcrPage:
    """``page`` (read by RapidOCR on ``grey``, same pixels, or by Tesseract's default models) with Tesseract's
    accents where they are the only difference; the page itself when Tesseract is not available. With a card
    ``language`` whose letters ``letter_confusions`` knows ("de", "da", "pl"…), a word takes the other reading
    where the two differ only by that language's letters (``respelled``: "Strafe" → "Straße")."""
    # The lines as the reader sees them (``group_lines``: an engine's line cut where columns stand apart), not
    # the engine's own groups: Tesseract puts a name and the e-mail printed level with it in another column in
    # one line, and the contact then kept the name from being read again (a two-column card's name lost its
    # letters: "Brauer", "Slavikova").
    checked = [list(line.words) for line in group_lines(page.words) if _worth_checking(list(line.words))]
    boxes = [union_all([word.box for word in _lettered(words)]) for words in checked]
    if not checked:
        return page
    try:
        readings = read_lines(grey, [box for box in boxes if box is not None], lang)
    except OcrUnavailableError:
        return page
    replaced: dict[int, str] = {}  # id of a RapidOCR word → its accented spelling
    for words, tess_words in zip(checked, readings, strict=True):
        ordered = sorted(tess_words, key=lambda w: w.box.left)
        keys_rapid = [bare(word.text).casefold() for word in words]
        keys_tess = [bare(word.text).casefold() for word in ordered]
        for at_rapid, at_tess in _paired(keys_rapid, keys_tess):
            rapid_word, tess_word = words[at_rapid], ordered[at_tess]
            if tess_word.confidence < ACCENT_MIN_CONFIDENCE:
                continue
            if language in ALPHABETS:
                spelling = respelled(rapid_word.text, tess_word.text, language)
            else:
                spelling = accented(rapid_word.text, tess_word.text)
            if spelling is not None:
                replaced[id(rapid_word)] = spelling
    if not replaced:
        return page
    return OcrPage(with_spellings(page.words, replaced), page.width, page.height, page.engine)


def with_spellings(words: tuple[OcrWord, ...], spellings: dict[int, str]) -> tuple[OcrWord, ...]:
    """``words`` with the text of each word whose id ``spellings`` holds replaced by its spelling there."""
    return tuple(
        OcrWord(spellings[id(word)], word.confidence, word.box, word.group) if id(word) in spellings else word
        for word in words
    )
