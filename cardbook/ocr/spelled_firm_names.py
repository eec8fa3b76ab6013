"""A line the card's own address spells whole, given name first and no name last: the firm's, not a person's.

A shop called after a given name and a trade or place ("Bela Pet", "Lisboa Consultoria") starts with a word
the names data lists, so the name picker takes it for the person, and ``shop_name_lines`` keeps a line that
starts with a given name (issue 10, session 18: two of the tune caches' wrongly taken names). When the card's
own domain is that line's letters run together exactly ("belapet.com.br", "bela-pet.com"), and the line's last
word is an ordinary word (English writes it often: a trade's or a shop's goods, "Pet", "Expertise") and neither
a given nor a family name of the lists, the domain names the firm, not someone: a person's own site spells the
whole name too ("<given><family>.com"), and a family name the lists lack (the scan caches lost two names to a
first version that asked only the lists) is no common English word. Mailboxes do not count:
a person's ("<given>.<family>@") spells the whole name.
"""

from __future__ import annotations

from collections.abc import Sequence

from cardbook.ocr.accents import english_counts
from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.names_data import is_first_name

# The fewest letters of the line for the spelling to count: shorter runs ("ana", "bela") are spelled by many
# addresses by chance. Chosen, not tuned (``shop_name_lines.MIN_SPELLED_LETTERS`` holds the same reason).
MIN_SPELLED_LETTERS = 5
# How often English writes a word (pyspellchecker's counts, the data ``names_data`` and ``accents`` read) for it
# to be an ordinary word, not a family name: Iberian family names English borrows sit below ("Lima" 731, "Costa"
# 709, "Rosa" 482), a shop's trade words far above ("Pet" 23136, "Expertise" 5227). Chosen, not tuned.
ORDINARY_WORD_COUNT = 1000


def spelled_whole(text: str, spellings: Sequence[str]) -> bool:
    """``text`` (two words or more, its last an ordinary word and no given or family name) is exactly one of
    ``spellings`` (the card's own domains' main labels), letters run together."""
    words = words_of(text)
    last = words[-1] if len(words) >= 2 else ""
    if not last or is_first_name(last) or last in family_names() or english_counts().get(last, 0) < ORDINARY_WORD_COUNT:
        return False
    run = "".join(words)
    own = {"".join(words_of(spelling)) for spelling in spellings}
    return len(run) >= MIN_SPELLED_LETTERS and run in own
