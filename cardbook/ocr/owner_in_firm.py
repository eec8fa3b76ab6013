"""A shop named after its owner, the owner's whole name printed on another line: that line is the person.

Small businesses name the shop after the owner by the given name ("Ateliê" + the given name, "<given name>'s
Barbershop", "Studio" + given name + a family name) or by the family name ("<family name> Law Group",
"<FAMILY NAME> Real Estate Group"), and print the owner's whole name smaller under it. Given names outside the
names data (a Brazilian or US spelling the data lacks: an "h" or a doubled letter added) leave such a line with the mere
shape of a name (``parse_people.NAME_BASE``), below what the name picker needs, while a slogan with a listed
first word ("Se Habla Español") or the shop's own line outscores it (issue 10, session 18: five of the fresh
photo proxy's 17 name misses on its tune seeds). ``parse_roles._family_firm`` takes the case of a family name
ending the person's line and starting the firm's; here any of the name's words printed in the firm's line
counts, its given name first or its family name last.

The person's line: two to four words shaped like a name (``name_score`` above zero without any e-mail). The
firm's line holds one of its words (MIN_SHARED_LETTERS or more, a possessive "'s" apart) and a word of its own
that names no person: a trade or firm word of the lexicon, or a word neither a first nor a family name; and it is
set at least as large, or holds such a trade or firm word. Two people on one card ("Ana Lima", "Rui Lima") share
a family name but hold no such word.
"""

from __future__ import annotations

from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.lexicon import ANY_COMPANY_WORDS, NAME_PARTICLES, words_of
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_people import name_score
from cardbook.ocr.role_lines import RoleLine
from cardbook.ocr.trade_words import trade_word

# The fewest letters of the word the two lines share: shorter ones are particles, initials and the possessive
# "s" left of "'s". Chosen, not tuned: the shortest given names of the tune misses hold 4 letters, and a word of
# 4 letters in two lines of one card is seldom chance.
MIN_SHARED_LETTERS = 4
# The person's line: a given name and one to three family names or particles.
PERSON_WORDS = (2, 4)


def _firm_word(word: str) -> bool:
    return trade_word(word) or word in ANY_COMPANY_WORDS


def _names_no_one(word: str) -> bool:
    """A word of a firm's line that is no part of anyone's name: a trade or firm word, or a word of three
    letters or more that neither the first-name data nor the family names list."""
    return _firm_word(word) or (
        len(word) >= 3 and word not in NAME_PARTICLES and not is_first_name(word) and word not in family_names()
    )


def owner_named_firms(items: list[RoleLine]) -> dict[int, str]:
    """Line index → "person" for a name line whose given or family name a firm's line prints, and → "firm" for
    that firm's line."""
    words = {item.line.index: [word for word in words_of(item.text) if word != "s"] for item in items}
    roles: dict[int, str] = {}
    for item in items:
        own = words[item.line.index]
        if not PERSON_WORDS[0] <= len(own) <= PERSON_WORDS[1] or name_score(item.text, []) <= 0.0:
            continue
        ends = {own[0], own[-1]} - NAME_PARTICLES
        for other in items:
            theirs = words[other.line.index]
            if other is item or len(theirs) < 2 or (own[0] in theirs and own[-1] in theirs):
                continue  # the same name again, not a firm named after it
            shared = {word for word in ends if len(word) >= MIN_SHARED_LETTERS and word in theirs}
            rest = [word for word in theirs if word not in own]
            if not shared or not any(_names_no_one(word) for word in rest):
                continue
            if other.line.height >= item.line.height or any(_firm_word(word) for word in rest):
                roles[item.line.index] = "person"
                roles.setdefault(other.line.index, "firm")
    return roles
