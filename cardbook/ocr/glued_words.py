"""Words OCR printed without the space between them, separated again from the card's own evidence.

RapidOCR, the photo engine, often drops the space between two words in larger type: "ThierryLemaître",
"ÉlodieGarnier", "Directeurcommercial". A glued name is no name-shaped pair of words, so the name finder
passed it over; a glued title holds no title word the lexicon knows. Splitting brand names spelt in
camel case ("PayPal", "McAllister") would be as wrong, so a word is only cut where the card says so:

- ``split_glued_words``: at a lower-to-upper case change, when the card's e-mail local parts or domains
  spell the two pieces as separate parts ("thierry.lemaitre", "cabinet-fontaine"), or when the first
  piece is a known first name (``names_data``) and the second is capitalised like a surname;
- ``compound_parts``: a lower-case run made of two known words ("directeur" + "commercial", also a
  German compound "vertriebs" + "leiter"), for the scorers to count its words; the text is not changed
  (``scoring`` compares names and titles without spaces, and a compound is printed as one word anyway).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from cardbook.ocr.lexicon import fold
from cardbook.ocr.names_data import first_name_weight
from cardbook.ocr.parse_domains import spelled_parts

# A piece of a glued word must be this long to be a word of its own: shorter pieces ("Mc", "De", "Le")
# are the prefixes of surnames and brands written in camel case, not separate words.
MIN_PIECE_LETTERS = 3
# Without the e-mail's word, a glued first name must be this long: three-letter first names are also
# the first syllables of brands written in camel case ("YouTube", "JetBlue").
MIN_FIRST_NAME_PIECE = 4
# A first piece counts as a first name at the same frequency the name finder asks of a first name
# (names_data.MIN_FIRST_NAME_WEIGHT: 2 of gender-guesser's 13 steps).
MIN_FIRST_NAME_WEIGHT = 2 / 13
# Each half of a compound must be at least this long: shorter known words ("vp", "rh", "md") occur
# inside ordinary words by chance.
MIN_COMPOUND_PART = 4
# A German compound's last word must be this long to be taken for a title word on its own ("leiter",
# "berater"): shorter strong words end ordinary words by chance.
MIN_STRONG_TAIL = 5
# The small words that join a title's words ("Chef de projet", "Head of Sales", "Ingénieur d'études"),
# longest first so "des" is tried before "de"; elided ones ("d'", "l'") may end a glued piece.
_CONNECTORS = (
    "della",
    "des",
    "del",
    "dos",
    "das",
    "and",
    "und",
    "for",
    "fur",
    "de",
    "du",
    "da",
    "do",
    "di",
    "of",
    "et",
    "en",
    "la",
    "le",
    "y",
    "e",
    "d",
    "l",
)
_ELIDED = frozenset({"d", "l"})

# A change from a lower-case letter to an upper-case one inside a word ("Thierry|Lemaître"), or from a
# word in capitals to a capitalised one ("DUPONT|Jean", a surname printed first).
_CASE_CHANGE = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])|(?<=[A-ZÀ-ÖØ-Þ]{2})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# A comma OCR printed without the space after it ("Ana Lima,Owner"): a comma between letters.
_TIGHT_COMMA = re.compile(r"(?<=[^\W\d]),(?=[^\W\d])")


def _spelled_parts(locals_: Sequence[str], domains: Sequence[str]) -> set[str]:
    return {part for part in spelled_parts(locals_, domains) if len(part) >= MIN_PIECE_LETTERS}


def _cut(token: str, spelled: set[str], titles: Collection[str]) -> list[str]:
    pieces = _CASE_CHANGE.split(token)
    if len(pieces) != 2 or any(len(piece.strip(".,;:'’")) < MIN_PIECE_LETTERS for piece in pieces):
        return [token]
    first, second = (fold(piece).strip(".,;:'’") for piece in pieces)
    if first in spelled and second in spelled:
        return pieces
    if first in titles or second in titles:  # "Engenheira|Civil", "Jefade|Ventas"
        return pieces
    if pieces[0].isupper():  # "DUPONT|Jean": the surname in capitals, then a first name
        return pieces if first_name_weight(pieces[1]) >= MIN_FIRST_NAME_WEIGHT else [token]
    named = len(first) >= MIN_FIRST_NAME_PIECE and first_name_weight(pieces[0]) >= MIN_FIRST_NAME_WEIGHT
    return pieces if named else [token]


def split_glued_words(text: str, locals_: Sequence[str], domains: Sequence[str], titles: Collection[str] = ()) -> str:
    """``text`` with each glued word cut where the card's addresses, the names data or the job-title
    words (``titles``) show two words, and a space put back after a comma between words."""
    spelled = _spelled_parts(locals_, domains)
    text = _TIGHT_COMMA.sub(", ", text)
    tokens = text.split(" ")
    result = [piece for token in tokens for piece in _cut(token, spelled, titles)]
    return " ".join(result)


@functools.lru_cache(maxsize=8192)  # the scorers ask about the same words of a card many times
def compound_parts(
    word: str, vocabulary: frozenset[str], strong: frozenset[str] = frozenset()
) -> tuple[str, ...] | None:
    """The words a folded ``word`` that is not itself known is made of, or None:

    - known words joined by the small words of titles: "directeurcommercial", "jefade", "ingenieurd"
      (of "Ingénieurd'études"), with an unknown last word after such a small word ("gerentedeproyectos");
    - an unknown head before a word of ``strong`` (a German compound: "projekt" + "leiter"), the head
      possibly ending with the linking "s" ("vertrieb-s-leiter")."""
    if word in vocabulary or len(word) <= MIN_COMPOUND_PART:
        return None
    pieces = _segment(word, vocabulary)
    if pieces is not None and len(pieces) >= 2:
        return pieces
    if len(word) < 2 * MIN_COMPOUND_PART:
        return None
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_STRONG_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if tail in strong:
            return (head[:-1] if head.endswith("s") and len(head) > MIN_COMPOUND_PART else head), tail
    return None


def _segment(word: str, vocabulary: Collection[str]) -> tuple[str, ...] | None:
    """``word`` as known words (at least MIN_COMPOUND_PART letters each) and connectors, the first a
    known word; after a connector, the rest may be one unknown word of MIN_COMPOUND_PART letters."""
    if not word:
        return ()
    for cut in range(len(word), 0, -1):
        head = word[:cut]
        known = len(head) >= MIN_COMPOUND_PART and head in vocabulary
        if not known:
            continue
        rest = word[cut:]
        if not rest:
            return (head,)
        for link in _CONNECTORS:
            if not rest.startswith(link):
                continue
            after = rest[len(link) :]
            if not after:
                return (head, link) if link in _ELIDED else None
            tail = _segment(after, vocabulary)
            if tail is not None:
                return (head, link, *tail)
            if len(after) >= MIN_COMPOUND_PART and after.isalpha():
                return (head, link, after)
        tail = _segment(rest, vocabulary)
        if tail is not None and tail:
            return (head, *tail)
    return None
