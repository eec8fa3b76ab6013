"""A person's name told by how it is written, not by a list: initials before a family name, and a family name
set in capitals beside a given name written in small letters.

``parse_people.name_score`` trusts the first-name data most (``names_data``). A card's person is often in no
list: transliterated East Asian, African, Arabic, Indian or Slavic names, Brazilian creative spellings, invented
ones (issue 10: names outside the list were the unseen cards' largest loss). Two ways of writing a name hold
whatever the name is:

- initials before the family name ("J. R. Okafor", "A.-L. Martin", "N. Yamada"): printers write a person so;
  a firm or a trade never starts with a lone initial and its dot;
- the family name in capitals beside a given name in small letters ("Ljuba KOWALCZYK", "KIM Minjun"):
  French, East Asian and much of Europe's convention for telling the family name; a firm's line in mixed
  case has no such shape, and a wordmark in capitals has all its words so.

Each is weaker evidence than a listed first name (a rule of writing may be broken by a shop's name), so it
adds to the shape's base score what lifts a line to the role picker's threshold only with layout beside it (a
job title next to it, large type): ``NAME_INITIALS_BONUS``, ``NAME_CASING_BONUS``.
"""

from __future__ import annotations

import re

from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.lexicon import LEGAL_FORMS, NAME_PARTICLES, fold
from cardbook.ocr.line_words import FUNCTION_WORDS

# A leading initial: "J.", "A.-L." (a hyphenated given name's initials), "J.R." (two glued). Shapes as
# ``parse_people.letter_shape`` writes them ("A" a capital, "a" a small letter).
_INITIALS = re.compile(r"^A\.(?:-?A\.)*$")
# A word of a name after the initials: a capital, then small letters (with an apostrophe or a hyphen
# inside: "O'Neil", "Silva-Costa"), or all capitals ("OKAFOR"), at least MIN_FAMILY_LETTERS letters.
_FAMILY_WORD = re.compile(r"^A(?:[a'’\-]*a|[A'’\-]*A),?$")
# A family name this short after initials is an abbreviation ("J. R. Co"); two letters also spell many
# company forms. Chosen, not tuned (no tune card had a shorter family name after initials).
MIN_FAMILY_LETTERS = 3
# The most family-name words after the initials ("A. da Silva Costa" counts its particle apart).
MAX_FAMILY_WORDS = 2
# A word in capitals counts as a family name from this many letters: Chinese, Korean and Vietnamese family
# names have two ("XU", "LI", "OH", "VU"), so two count unless the word is a legal form ("SA", "AG", "BV"), a
# particle or a joining word ("DE", "DA", "DO").
MIN_CAPITAL_WORD_LETTERS = 2
# The name's words in the casing rule: a given name and one family name, or one of them double.
MIN_CASED_WORDS, MAX_CASED_WORDS = 2, 3
# Evidence these shapes add to ``parse_people.NAME_BASE`` (0.25): below ``parse_roles.MIN_NAME_SCORE`` (0.4)
# alone, above it with a title beside (+0.2) or the name's large type (+0.1); set on ``unknown_name_set``
# seeds 1 and 3 (seed 2 held out), checked on every other set's parse cache (no set lost a name).
NAME_INITIALS_BONUS = 0.1
NAME_CASING_BONUS = 0.1


def is_initials(shape: str) -> bool:
    """A word's shape (``letter_shape``) is one initial or several ("A.", "A.-A.", "A.A.")."""
    return bool(_INITIALS.match(shape.rstrip(",")))


def initials_then_family(shapes: list[str]) -> bool:
    """The words' shapes (``letter_shape``) are one or more initials, then one or two family-name words
    ("J. R. Okafor": "A.", "A.", "Aaaaaa")."""
    leading = 0
    while leading < len(shapes) and is_initials(shapes[leading]):
        leading += 1
    family = shapes[leading:]
    return (
        leading >= 1
        and 1 <= len(family) <= MAX_FAMILY_WORDS
        and all(_FAMILY_WORD.match(shape) and _letters(shape) >= MIN_FAMILY_LETTERS for shape in family)
    )


def family_in_capitals(words: list[str]) -> bool:
    """A given name in small letters beside a family name in capitals, either first ("KIM Minjun") or last
    ("Ljuba KOWALCZYK"): two or three words, the capital ones together at one end, none a short form."""
    if not MIN_CASED_WORDS <= len(words) <= MAX_CASED_WORDS:
        return False
    bare = [word.rstrip(",") for word in words]
    if not all(word.isalpha() or "-" in word or "'" in word for word in bare):
        return False
    capitals = [
        word.isupper() and _letters(word) >= MIN_CAPITAL_WORD_LETTERS and not _short_form(word) for word in bare
    ]
    mixed = [word[:1].isupper() and any(ch.islower() for ch in word) for word in bare]
    if not all(c or m for c, m in zip(capitals, mixed, strict=True)) or all(capitals) or not any(capitals):
        return False
    # The capitals at one end only: "Ana SOUZA Lima" is no convention, "ANA Souza" and "Ana SOUZA" are.
    flips = sum(capitals[i] != capitals[i + 1] for i in range(len(capitals) - 1))
    return flips == 1


# Capitals this short may be a form or a small word rather than a family name (see ``_short_form``).
MAX_SHORT_FORM_LETTERS = 2


def _short_form(word: str) -> bool:
    """A two-letter word in capitals that is a legal form, a particle or a joining word, not a family name."""
    folded = fold(word)
    return len(folded) <= MAX_SHORT_FORM_LETTERS and folded in LEGAL_FORMS | NAME_PARTICLES | FUNCTION_WORDS


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


# The trade suffix only English trades wear ("Roofing", "Landscaping"); English puts the owner's name before
# the trade ("Anderson Roofing"), so such a word before a family name is a given name ("Xiaoting Anderson":
# pinyin given names end so).
ENGLISH_TRADE_SUFFIX = "ing"


def given_before_family(folded: list[str]) -> bool:
    """A first word in "-ing" followed by a family name Faker's locales list (``family_name_words``): a person
    ("Tianming Anderson"), not a trade before its owner's name (a form English cards do not print)."""
    return len(folded) >= MIN_CASED_WORDS and folded[0].endswith(ENGLISH_TRADE_SUFFIX) and folded[-1] in family_names()
