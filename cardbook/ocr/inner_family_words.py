"""Family names inside a long Iberian name that are words of the parser's lists too ("Ana Clara Pastor Lopes",
"Maria Sales Ribeiro"): the name is still a name.

``family_name_words.forgiven_family_word`` forgives such a word as the last of a two- or three-word name only.
Brazilian and Spanish names join two family names after a given name that may be compound, so the listed word
("Pastor", "Sales", "Vice"... are title words) sits inside: the line then scored no name at all (issue 10,
session 18: one of the fresh photo proxy's tune misses). Inside a four- or five-word line, a word is forgiven
when it is a family name of Faker's lists (the maintained data ``family_name_words`` reads), no word a title
holds strongly, the first word a known first name and the last word a family name of the lists too: a title
or a firm's line ends otherwise ("Ana Souza Sales Manager" ends with a title word, no family name).
"""

from __future__ import annotations

from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.lexicon import STRONG_TITLE_WORDS
from cardbook.ocr.names_data import is_first_name

# The name lines this reads: a given name (compound or not) and two family names, particles not counted.
MIN_NAME_WORDS, MAX_NAME_WORDS = 4, 5


def forgiven_inner_family_words(folded_core: list[str]) -> set[str]:
    """The listed words of a long name line (``folded_core``: its words, folded, without honorifics and degrees)
    that are family names between a known first name and a last family name; else nothing."""
    if not MIN_NAME_WORDS <= len(folded_core) <= MAX_NAME_WORDS or not is_first_name(folded_core[0]):
        return set()
    surnames = family_names()
    if folded_core[-1] not in surnames or folded_core[-1] in STRONG_TITLE_WORDS:
        return set()
    return {word for word in folded_core[1:-1] if word in surnames and word not in STRONG_TITLE_WORDS}
