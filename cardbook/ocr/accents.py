"""Accents OCR dropped ("Diretor de Operacoes", "Tecnico de Vendas"), written back as the card's language spells
its words, from the word-frequency lists `pyspellchecker` ships (built from large text corpora, one gzipped
JSON file per language: en, es, fr, pt, de, it, nl, ...), not from a hand list.

A word read without accents is replaced only when the language's list gives an accented spelling of it that is
far more frequent than the plain spelling and every other accented one together (``ACCENT_DOMINANCE``), and the
plain spelling is no English word (``ENGLISH_WORD_COUNT``): French "cote" stays, as does "General" on a French
card, while Portuguese "operacoes", which no text writes, becomes "operações". A word the list does not know
stays as read. The tables are built once per process and
language, only for a card whose own country's language has accents (``parse_card``); see docs/MEASURING.md,
"Accents".
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources

# The accented spelling must be at least this many times as frequent as the plain spelling plus every other
# accented spelling of the same letters. The frequency lists come from subtitles and web text, where a plain
# spelling that is a word of its own is common (es "publico", fr "cote" beside "côté" and "côte"); 10× keeps
# those as read, while a plain form that only exists as a typing error scores near 0 (pt "operacoes").
ACCENT_DOMINANCE = 10
# Below this count an accented word is too rare in the corpus to be trusted over what OCR read.
MIN_ACCENTED_COUNT = 20
# A plain spelling English writes at least this often stays as read: cards mix English with the country's
# language ("General Manager", "Media Operations", "Premiere Events" on a French card; a name such as "Jose"
# printed without its accent), and OCR read those words right.
ENGLISH_WORD_COUNT = 20
# Languages whose lists are read (the ones `pyspellchecker` ships that write accents on Latin letters).
LANGUAGES = ("pt", "es", "fr", "it", "de", "nl")

_WORD = re.compile(r"[^\W\d_]+")


class _Unaccented(dict[int, str]):
    """Code point → the character without its accents (NFD, combining marks dropped), filled as characters
    are met: the lists hold hundreds of thousands of words but only a few hundred distinct characters."""

    def __missing__(self, code: int) -> str:
        plain = "".join(ch for ch in unicodedata.normalize("NFD", chr(code)) if unicodedata.category(ch) != "Mn")
        self[code] = plain
        return plain


_UNACCENTED = _Unaccented()


def _plain(word: str) -> str:
    """The word without its accents (a plain NFD strip, character by character: the project's fold, which
    also handles ligatures and quotes, and a normalisation of each whole word are several times slower on
    the lists; the tables built are the same)."""
    return word.translate(_UNACCENTED)


def _counts(lang: str) -> dict[str, int]:
    data = (resources.files("spellchecker") / "resources" / f"{lang}.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return counts


@functools.cache
def english_counts() -> dict[str, int]:
    """How often English writes each (lower-case) word, parsed once per process: the accent tables and the
    first-name data (names_data) both ask it."""
    return _counts("en")


@functools.cache
def _english_words() -> frozenset[str]:
    """The words English writes at least ``ENGLISH_WORD_COUNT`` times: kept once per process, so that a
    second language's table does not test the English counts again."""
    return frozenset(word for word, count in english_counts().items() if count >= ENGLISH_WORD_COUNT)


@functools.cache
def accented_spellings(lang: str) -> dict[str, str]:
    """Plain (ASCII, lower-case) spelling → the accented spelling the language writes, where one dominates."""
    if lang not in LANGUAGES:
        return {}
    counts = _counts(lang)
    by_plain: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for word, count in counts.items():
        if not word.isascii() and word.isalpha():
            plain = _plain(word)
            if plain.isascii() and plain != word:
                by_plain[plain].append((count, word))
    english = _english_words()
    table: dict[str, str] = {}
    for plain, spellings in by_plain.items():
        if plain in english:
            continue
        best_count, best = max(spellings)
        rest = counts.get(plain, 0) + sum(count for count, _ in spellings) - best_count
        if best_count >= MIN_ACCENTED_COUNT and best_count >= ACCENT_DOMINANCE * rest:
            table[plain] = best
    return table


def with_accents(text: str, lang: str) -> str:
    """``text``'s words read without their accents written back as ``lang`` spells them, in the printed case;
    words with accents, and words the language does not write with one, stay as read."""
    table = accented_spellings(lang)
    if not table:
        return text

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        accented = table.get(word.lower()) if word.isascii() and len(word) > 1 else None
        if accented is None:
            return word
        if word.isupper():
            return accented.upper()
        return accented[:1].upper() + accented[1:] if word[:1].isupper() else accented

    return _WORD.sub(restore, text)
