"""A shop's name read as a person, and a shop's list of services read as a title: both given back.

Print-shop cards name the shop after someone ("Espaço" + a given name, a family name + a trade, "Oficina do"
+ a given name) and set it largest; many name no one else, or the person small under it. The name picker
takes the big name-shaped line for the person and leaves the company empty (issue 10, session 16: five of
the crowded photo proxy's label misses; session 17's broken-address proxy: five of six name misses).

The line taken for the person is a shop's when its first word is no known first name (a lower-case "do",
"da" first counts as none: "do" + a given name under a small "OFICINA" is no person's whole name), its last
word no family name (Faker's lists, the maintained data ``family_name_words`` reads), and either

- the card's own contacts spell it whole: a mailbox, a handle or a domain holds the line's letters run
  together, with more letters after them ("prime" in "primeautocare@..."), or with none more when another
  line is the person; a person's own mailbox spells the person's name alone ("ana.lima"), and a profile's
  address counts by its last part only;
- or another line is the person (two to four capitalised words ending in a family name, no title, firm or
  trade word), and the line holds a firm or trade word of the lexicon or a word of that person's name
  ("Ateliê" + the owner's given name over the owner's full name).

The shop's line then becomes the company (unless a firm is printed at least as large elsewhere: then it only
stops being the person, and ``trade_name_rows`` may join it as the small word), the other person's line (if
any) the name. Lines without boxes (plain text) are treated alike.

A title on a card that names no one and that is a list of two or more parts ("Residential & Commercial",
"Corte - Escova - Pedicure") is the shop's list of services or claims, not anyone's title: dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cardbook.ocr.family_name_words import family_names
from cardbook.ocr.fields import CardLine
from cardbook.ocr.lexicon import ANY_COMPANY_WORDS, TITLE_WORDS, fold, words_of
from cardbook.ocr.names_data import is_first_name
from cardbook.ocr.parse_roles import Roles
from cardbook.ocr.spelled_firm_names import spelled_whole
from cardbook.ocr.title_evidence import LIST_PARTS
from cardbook.ocr.trade_words import trade_word

Assignment = tuple[str, tuple[int, ...], float]

# The fewest letters a line needs for its spelling in a mailbox, handle or domain to count: shorter runs
# ("ana", "bela") turn up inside unrelated words. Chosen, not tuned: the shortest shop names of the tune
# seeds' misses hold 5 letters, and a 5-letter run is rare by chance in a 10-25-letter handle.
MIN_SPELLED_LETTERS = 5
# Letters a mailbox, handle or domain must hold beyond the line's for the spelling to name a shop when no
# other line is the person: a person's own mailbox spells the name alone ("ana.lima"), a shop's often goes
# on ("prime" + "autocare"). Chosen, not tuned: a trade word or a family name has at least three letters.
MORE_LETTERS = 3
# The fewest letters of a word the shop's line shares with the person's line for the shop to be named after
# the person: shorter words are particles and initials ("da", "J"). Chosen, not tuned.
SHARED_NAME_LETTERS = 3
# A person's name line: two to four words (a given name, compound or not, and one or two family names).
PERSON_WORDS = (2, 4)
# The company a shop's line may replace is in type at most this share of the shop line's height: the small
# word of a two-size trade name ("ESPETINHO" over a big "do" + given name) was chosen alone. Chosen, not tuned:
# the tune seeds' small words read 0.32-0.67 of the big line (``trade_name_rows.SMALLER``).
SMALLER_COMPANY = 0.7
# Lower-case words that join a given name to a shop's trade word in Portuguese and Spanish shop names.
JOINING_PARTICLES = frozenset({"do", "da", "dos", "das"})
# Parts that make a title line a list when the card names no one ("A & B", "A - B - C").
MIN_TITLE_PARTS = 2
_AND = re.compile(r"\s+(?:&|and|e|y|et)\s+|\s*[-–]\s+", re.IGNORECASE)


def _letters(text: str) -> str:
    return "".join(words_of(text))


def _spelled(text: str, spellings: Sequence[str], beyond: int) -> bool:
    """The line's letters, run together, are held by one of the card's mailboxes, handles or domains that
    holds at least ``beyond`` letters more."""
    run = _letters(text)
    # A profile's address spells its site's name too ("linkedin.com/in/<name>"): only its last part counts.
    own = [_letters(spelling.rstrip("/").rsplit("/", 1)[-1]) for spelling in spellings]
    return len(run) >= MIN_SPELLED_LETTERS and any(
        run in letters and len(letters) >= len(run) + beyond for letters in own
    )


def _ends_in_family_name(text: str) -> bool:
    words = words_of(text)
    return PERSON_WORDS[0] <= len(words) <= PERSON_WORDS[1] and words[-1] in family_names()


def _person_line(text: str) -> bool:
    """Two to four capitalised words of letters ending in a family name, none a title, firm or trade word."""
    raw = text.split()
    if not raw or any(not word[:1].isupper() and fold(word) not in JOINING_PARTICLES for word in raw):
        return False
    words = words_of(text)
    return (
        all(word.isalpha() for word in words)
        and not any(word in TITLE_WORDS or word in ANY_COMPANY_WORDS or trade_word(word) for word in words)
        and _ends_in_family_name(text)
    )


def _beside_person(words: list[str], others: list[CardLine], texts: dict[int, str]) -> bool:
    """Another line is a person, and the line is a firm's by its own words: a trade or firm word of the
    lexicon ("Taqueria", "Oficina"), or the person's own given or family name ("Ateliê" + the person's
    given name over the person's full name)."""
    if not others:
        return False
    if any(trade_word(word) or word in ANY_COMPANY_WORDS for word in words):
        return True
    return any(
        len(word) >= SHARED_NAME_LETTERS and word in words_of(texts[other.index]) for word in words for other in others
    )


def _height(lines: Sequence[CardLine], indexes: tuple[int, ...]) -> float:
    return max((line.height for line in lines if line.index in indexes), default=0.0)


def shop_not_person(
    roles: Roles,
    lines: Sequence[CardLine],
    texts: dict[int, str],
    spellings: Sequence[str],
    domains: Sequence[str] = (),
) -> Roles:
    """``roles`` with a shop's name taken for the person given to the company (and the person printed
    elsewhere, if any, as the name); ``spellings``: the card's mailboxes' local parts, handles and domains;
    ``domains``: the card's own domains (no free-mail host)."""
    if roles.name is None:
        return _without_listed_title(roles, texts)
    name_text, name_lines, score = roles.name
    shop_text = " ".join(texts.get(index, "") for index in name_lines).strip() or name_text
    taken = {i for role in (roles.title, roles.department) if role for i in role[1]}  # the company may be the person
    others = [
        line
        for line in lines
        if line.index not in name_lines
        and line.index not in taken
        and (text := texts.get(line.index, ""))
        and _person_line(text)
    ]
    words = words_of(shop_text)
    if not words:
        return roles
    particle = shop_text.split()[0] in JOINING_PARTICLES  # "do" + a given name: a shop's, not a whole name
    named = spelled_whole(name_text, domains)  # "Bela Pet" over belapet.com: no one's name (``spelled_firm_names``)
    if ((is_first_name(words[0]) and not particle) or _ends_in_family_name(shop_text)) and not named:
        return roles  # a given name first, or a family name last: a person's, whatever spells it
    if not (
        named
        or _spelled(shop_text, spellings, beyond=0 if others else MORE_LETTERS)
        or _beside_person(words, others, texts)
    ):
        return roles  # a person's own mailbox spells the person: only a longer spelling or a second person
    if named and roles.title is not None and set(roles.title[1]) <= set(name_lines):
        roles = replace(roles, title=None)  # a title cut from the firm's own line ("Bela Pet Grooming")
    person: Assignment | None = None
    if others:
        other = others[0]
        person = (texts[other.index], (other.index,), score)
    company = roles.company
    if person is not None and company is not None and set(person[1]) & set(company[1]):
        company = None  # the person's line was taken for the firm: the two change places
    if (
        company is not None
        and _height(lines, company[1]) > SMALLER_COMPANY * _height(lines, name_lines)
        and len(_letters(company[0])) >= MIN_SPELLED_LETTERS
    ):
        # A firm printed as large elsewhere keeps the company; the line is still no person's (the small word
        # of a two-size trade name, which ``trade_name_rows`` then joins to the firm).
        return replace(roles, name=person)
    moved = replace(roles, name=person, company=(shop_text, name_lines, score))
    return moved if person is not None else _without_listed_title(moved, texts)


def _without_listed_title(roles: Roles, texts: dict[int, str]) -> Roles:
    """No title on a card naming no one when the title line lists two or more parts."""
    if roles.title is None:
        return roles
    text = " ".join(texts.get(index, "") for index in roles.title[1]) or roles.title[0]
    parts = [part for piece in LIST_PARTS.split(text) for part in _AND.split(piece) if part.strip()]
    return replace(roles, title=None) if len(parts) >= MIN_TITLE_PARTS else roles
