"""Accents OCR dropped ("Diretor de Operacoes", "Tecnico de Vendas"), written back as the card's language spells
its words, from the word-frequency lists `pyspellchecker` ships (built from large text corpora, one gzipped
JSON file per language: en, es, fr, pt, de, it, nl, ...), not from a hand list.

A word read without accents is replaced only when the language's list gives an accented spelling of it that is
far more frequent than the plain spelling and every other accented one together (``ACCENT_DOMINANCE``), and the
plain spelling is no English word (``ENGLISH_WORD_COUNT``): French "cote" stays, as does "General" on a French
card, while Portuguese "operacoes", which no text writes, becomes "operações". A word the list does not know
stays as read. The tables are read once per process and
language (prebuilt: ``accent_store``), only for a card whose own country's language has accents (``parse_card``);
see docs/MEASURING.md, "Accents".
"""

from __future__ import annotations

import copy
import gzip
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from cardbook.ocr import accent_store, names_store
from cardbook.ocr.letter_confusions import DEFAULT_READINGS
from cardbook.ocr.load_once import once

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
# A non-ASCII letter that makes up less than this share of the accented letters in a language's table (counted
# over the words' frequencies) is not one the language writes: OCR put it for another ("Sebastiäo" for
# "Sebastião", "Araüjo" for "Araújo" on a Brazilian card), and the word is looked up as if read plain. Set on
# the small-business set's tune seeds (1 and 3): Portuguese keeps its eleven letters (ô is 0.14 %), French
# drops ë (0.01 %) and Spanish keeps ü (0.2 %).
FOREIGN_LETTER_SHARE = 0.001
# Languages whose lists are read (the ones `pyspellchecker` ships that write accents on Latin letters).
LANGUAGES = ("pt", "es", "fr", "it", "de", "nl")

# A word: a run of letters (no digit, no "_"); ``card_spellings`` and ``accent_misreads`` split text the same way.
WORD = re.compile(r"[^\W\d_]+")


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


@once
def english_counts() -> dict[str, int]:
    """How often English writes each (lower-case) word, parsed once per process: the accent tables and the
    first-name data (names_data) both ask it."""
    return _counts("en")


@once
def language_word_counts(lang: str) -> dict[str, int]:
    """How often ``lang`` writes each word (its list parsed once per process, on first use: 0.3-2 s for
    French; only ``accent_misreads`` asks, for a word whose respelling is a word)."""
    return _counts(lang) if lang in LANGUAGES else {}


@once
def _english_words() -> frozenset[str]:
    """The words English writes at least ``ENGLISH_WORD_COUNT`` times: kept once per process, so that a
    second language's table does not test the English counts again."""
    return frozenset(word for word, count in english_counts().items() if count >= ENGLISH_WORD_COUNT)


def accented_spellings(lang: str) -> dict[str, str]:
    """Plain (ASCII, lower-case) spelling → the accented spelling the language writes, where one dominates."""
    return _tables(lang).spellings


def written_letters(lang: str) -> frozenset[str]:
    """The non-ASCII letters ``lang`` writes: those of its accented words, each at least
    ``FOREIGN_LETTER_SHARE`` of them counted over the words' frequencies."""
    return _tables(lang).letters


def accented_words(lang: str) -> frozenset[str]:
    """The (lower-case) words with accents that ``lang``'s list holds at least ``MIN_ACCENTED_COUNT`` times:
    below that, the subtitles' own typing errors ("proprietério")."""
    return _tables(lang).known


@dataclass(frozen=True)
class _Tables:
    spellings: dict[str, str]
    letters: frozenset[str]
    known: frozenset[str]


@once
def _tables(lang: str) -> _Tables:
    """A language's three tables: prebuilt (``accent_store``: tens of milliseconds), or built from its list
    when the shipped file was built from another list version or rule (0.1-0.7 s)."""
    if lang not in LANGUAGES:
        return _Tables({}, frozenset(), frozenset())
    stored = accent_store.load(lang, tables_stamp())
    return _Tables(*(stored if stored is not None else build_tables(lang)))


def tables_stamp() -> dict[str, object]:
    """What ``build_tables`` depends on: pyspellchecker's lists, the rule, and the Unicode version ``_plain``
    strips accents with (``names_store.stamp``). A copy: the caller may change it."""
    return copy.deepcopy(_tables_stamp())


@once
def _tables_stamp() -> dict[str, object]:
    """``tables_stamp``, computed once per process: the source digest and the versions do not change while it
    runs, and each language's first card paid 26 ms of Python (``inspect``) for it."""
    rule = (
        build_tables,
        _plain,
        _Unaccented,
        _english_words,
        _counts,
        ACCENT_DOMINANCE,
        MIN_ACCENTED_COUNT,
        ENGLISH_WORD_COUNT,
        FOREIGN_LETTER_SHARE,
        unicodedata.unidata_version,
    )
    return names_store.stamp(("pyspellchecker",), rule)


def build_tables(lang: str) -> accent_store.AccentTables:
    """``lang``'s spellings, letters and known words from one read of its list (what ``accent_store``'s
    files hold)."""
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
    seen: dict[str, int] = defaultdict(int)
    for word in table.values():
        for letter in set(word):
            if not letter.isascii():
                seen[letter] += counts.get(word, 0)
    total = sum(seen.values()) or 1
    letters = frozenset(letter for letter, count in seen.items() if count >= FOREIGN_LETTER_SHARE * total)
    known = frozenset(word for word, count in counts.items() if count >= MIN_ACCENTED_COUNT and not word.isascii())
    return table, letters, known


def with_accents(text: str, lang: str, *, name: bool = False) -> str:
    """``text``'s words read without their accents written back as ``lang`` spells them, in the printed case;
    a word with a letter the language does not write (``written_letters``), or with accents in a spelling the
    language's list does not hold, is taken as read plain; words the language writes with their accents, and
    words it does not write with one, stay as read.

    A person's ``name`` is no word of the lists, which only say how the language writes the same letters as a
    word: its letters are changed only where OCR is known to lose them (``_name_may_be``)."""
    table = accented_spellings(lang)
    if not table:
        return text
    letters = written_letters(lang)
    known = accented_words(lang)

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        if not word.isascii() and (
            any(not ch.isascii() and ch.lower() not in letters for ch in word) or word.lower() not in known
        ):
            # A letter OCR put for one of the language's own ("Sebastiäo"), or an accented letter misread as
            # another ("Proprietério", "Sécio"), a spelling the language's list does not hold.
            spelling = _misread(word, table, letters)
            return spelling if not name or _name_may_be(word, spelling) else word
        accented = table.get(word.lower()) if word.isascii() and len(word) > 1 else None
        if accented is None or (name and not _name_may_be(word, accented)):
            return word
        return _in_case_of(word, accented)

    return WORD.sub(restore, text)


# The plain letters an accented letter of the language may stand for when OCR put its mark on the wrong vowel
# ("é" for "á"): each is tried in the letter's place, as is the letter's own vowel under another accent.
_ACCENT_BASES = "aeiou"
# Circumflexed vowels: Brazil writes them where Portugal writes an acute ("Econômica", "Antônio" beside
# "Económica", "António"), and the word lists are mostly Portugal's: a circumflex is never replaced by
# another accent on the same vowel (OCR misreads the other way, "Assisténcia" for "Assistência").
_CIRCUMFLEXED = frozenset("âêô")


def _misread(word: str, table: dict[str, str], letters: frozenset[str]) -> str:
    """``word``, whose accents are not the language's, written as the one accented spelling of ``table`` its
    letters give: a letter the language does not write ("ä") read as its plain letter, an accented letter of
    the language ("é") as its own vowel or another (never a circumflex as another accent on its vowel:
    ``_CIRCUMFLEXED``). As read when none does, or several do."""
    lower = word.lower()
    options: list[list[str]] = []
    for ch in lower:
        if ch.isascii():
            options.append([ch])
        elif ch not in letters:
            options.append([_plain(ch)])
        else:
            options.append([_plain(ch)] + [base for base in _ACCENT_BASES if base != _plain(ch)])
    if len(word) < 2 or sum(len(option) > 1 for option in options) > 2:
        return word  # more than two marks misread: too many readings to pick one
    found = {table[key] for key in map("".join, itertools.product(*options)) if key in table}
    found = {
        spelling
        for spelling in found
        if len(spelling) == len(lower)
        and not any(
            ch in _CIRCUMFLEXED and got != ch and _plain(got) == _plain(ch)
            for ch, got in zip(lower, spelling, strict=True)
        )
    }
    return _in_case_of(word, found.pop()) if len(found) == 1 else word


# The language whose letters the default models (fra+eng) read: every card's words pass through them (scans are
# read by them, RapidOCR's lines checked by them, ``rapid_accents``), so a name they read without one of these
# letters' marks was printed without it ("Benoit", a surname, beside the first name "Benoît" the French list
# knows). Letters they lack ("ã", "ú", "ñ": "Joao", "Araujo") are still written back.
_DEFAULT_MODELS_LANGUAGE = "fr"


def _name_may_be(read: str, spelling: str) -> bool:
    """A name ``read`` so may be ``spelling``: at each letter that differs, ``spelling``'s letter is one the
    default models cannot read (not a letter of ``_DEFAULT_MODELS_LANGUAGE``) on the read letter's own vowel, or
    the read letter is one of its measured misreadings (``DEFAULT_READINGS``: "é" for "ó"). Never a
    vowel for another the models do not confuse ("Käster" is no "Küster"), never a French mark added."""
    if len(read) != len(spelling):
        return False
    french = written_letters(_DEFAULT_MODELS_LANGUAGE)
    for got, want in zip(read.lower(), spelling.lower(), strict=True):
        if got == want:
            continue
        if got in DEFAULT_READINGS.get(want, ()):
            continue
        if _plain(got) == _plain(want) and want not in french:
            continue
        return False
    return True


def _in_case_of(word: str, accented: str) -> str:
    """``accented`` in the case ``word`` was printed in."""
    if word.isupper():
        return accented.upper()
    return accented[:1].upper() + accented[1:] if word[:1].isupper() else accented
