"""Letter-spaced capitals still read as single letters in a line's text, joined into the words they spell.

``letter_spacing`` joins letter-spaced print on the engines' word boxes, from the gaps alone. When the boxes did
not show it (the letters came out as one engine "word" each, with a single space between all of them), the
parser gets "GREENE & W I L S O N L L P": no word of the firm's name is whole. Here such a run is read back
from its letters, only when they spell words the card or maintained data support:

- a run is ``MIN_SPACED_LETTERS`` or more one-letter tokens, capitals, one space apart (ordinary text seldom
  holds four one-letter words in a row; a letter-spaced word of four letters already does);
- two spaces or more inside the run are word gaps the engine kept: each group of letters is one word;
- otherwise the letters are cut into the fewest words of which each is a label of the card's e-mail or website
  domains, a legal form (``lexicon.LEGAL_FORMS``), a first name (``names_data``) or a word English writes
  often (pyspellchecker's counts, ``MIN_WORD_COUNT``), names and words of ``MIN_CUT_WORD`` letters or more.
  Letters no such cut covers stay as read: the text is never invented.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cardbook.ocr.accents import english_counts
from cardbook.ocr.lexicon import LEGAL_FORMS, fold
from cardbook.ocr.names_data import FAKER_NAME_AS_WORD_COUNT, MIN_FIRST_NAME_WEIGHT, first_name_weight
from cardbook.ocr.parse_domains import spelled_parts

# A run needs this many one-letter tokens (as ``letter_spacing.MIN_SINGLE_LETTERS``, set on typeface_set).
MIN_SPACED_LETTERS = 4
# A word English writes at least this often (pyspellchecker's counts; its floor is 50) is a word of the cut:
# "wilson" 982, "field" 95213. Chosen as names_data's FAKER_NAME_AS_WORD_COUNT (100, the count at which English
# writes a name as a word), not tuned; checked on stranger_set seed 4 (a tracked firm's name), seeds 1-3 held none.
MIN_WORD_COUNT = FAKER_NAME_AS_WORD_COUNT
# Words and names of the cut are this long at least: shorter ones ("ber", "ger", "in") fit inside many longer
# words by chance. A legal form ("LLP", "AB") or a domain's label is evidence at any length of two or more.
MIN_CUT_WORD = 4
MIN_CUT_FORM = 2

_RUN = re.compile(r"(?<!\S)(?:[^\W\d_](?: {1,3}))+[^\W\d_](?!\S)")


def _known(word: str, domains: frozenset[str]) -> bool:
    if len(word) >= MIN_CUT_FORM and (word in domains or word in LEGAL_FORMS):
        return True
    return len(word) >= MIN_CUT_WORD and (
        first_name_weight(word) >= MIN_FIRST_NAME_WEIGHT or english_counts().get(word, 0) >= MIN_WORD_COUNT
    )


def _cut(letters: str, domains: frozenset[str]) -> list[int] | None:
    """Where the folded ``letters`` split into the fewest known words (the ends of each), or None."""

    @functools.cache
    def best(start: int) -> tuple[int, ...] | None:
        if start == len(letters):
            return ()
        options = []
        for end in range(len(letters), start + MIN_CUT_FORM - 1, -1):
            if _known(letters[start:end], domains) and (rest := best(end)) is not None:
                options.append((end, *rest))
        return min(options, key=len) if options else None

    found = best(0)
    return list(found) if found is not None else None


def _joined(run: str, domains: frozenset[str]) -> str:
    letters = run.split()
    if len(letters) < MIN_SPACED_LETTERS or not all(letter.isupper() for letter in letters):
        return run
    if re.search(r"\S {2,}\S", run):  # the engine kept the word gaps
        return " ".join("".join(group.split()) for group in re.split(r" {2,}", run))
    written = "".join(letters)
    ends = _cut(fold(written), domains)
    if ends is None or len(fold(written)) != len(written):
        return run
    starts = [0, *ends[:-1]]
    return " ".join(written[start:end] for start, end in zip(starts, ends, strict=True))


def join_spaced_letters(text: str, domains: Sequence[str] = ()) -> str:
    """``text`` with each run of letter-spaced capitals written as the words it spells (see the module's
    docstring); ``domains``: the main labels of the card's e-mails and websites."""
    if len(text) < 2 * MIN_SPACED_LETTERS - 1:
        return text
    labels = frozenset(fold(domain).replace("-", "") for domain in domains)
    return _RUN.sub(lambda match: _joined(match.group(0), labels), text)


# A capital set apart from the rest of its word: a small-caps name whose larger first capital OCR read as a word
# of its own ("HELENA V OSSBERG"). The rest is this long at least (shorter pieces are initials' neighbours).
MIN_SPLIT_REST = 3
_SPLIT_CAPITAL = re.compile(rf"(?<!\S)([^\W\d_]) ([^\W\d_]{{{MIN_SPLIT_REST},}})(?=[\s,]|$)")


def join_split_capital(text: str, locals_: Sequence[str]) -> str:
    """``text`` with a lone capital glued to the capitals after it when an e-mail's local part spells the joined
    word, as a word of its own or after the initial of the line's first word ("HELENA V OSSBERG" with hvossberg@,
    "ODALYS T REMAINE" with tremaine@), and does not so spell the rest alone: "ANNA K SMITH" with asmith@ or
    anna.smith@ keeps its middle initial."""
    if not locals_ or not _SPLIT_CAPITAL.search(text):
        return text
    initial = fold(text.split()[0])[:1]
    parts = spelled_parts(locals_, ())

    def spelled(word: str) -> bool:
        return any(part == word or (part[1:] == word and part[:1] == initial) for part in parts)

    def joined(match: re.Match[str]) -> str:
        capital, rest = match.group(1), match.group(2)
        if match.start() == 0 or not (capital.isupper() and rest.isupper()):
            return match.group(0)
        whole = capital + rest
        return whole if spelled(fold(whole)) and not spelled(fold(rest)) else match.group(0)

    return _SPLIT_CAPITAL.sub(joined, text)
