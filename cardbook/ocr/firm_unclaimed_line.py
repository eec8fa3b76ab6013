"""The firm's name when no rule named it: a line of capitalised words no one claims, printed over the person.

A small business names itself by a made-up word or its owner's surname and a trade no word list holds
("Kelvaston Rooter"); without a legal form, a company word, a domain spelling it or the card's largest type,
``parse_company`` finds no firm and the line is left over (issue 10, session 18: one of the tune caches' firms
never picked, one of the held-out scans'). Yet the card's layout names it: the card prints a person
(``parse_roles`` found the name), and one line of name-shaped capitalised words is no one's — not the person's
(no known first name), no title, no list of services, no sentence — printed above the person, where cards put
the firm's header, in type at least as large as the body.

Only above the person: a line of capitalised words under the person's name is as often a practice's description
("Family Eye Care" under a doctor's name, which names no firm: ``parse_company`` turns such a line down when the
name outsizes it); taking lines below the name too gained one tune firm and lost the shared cards one such
description. Only when the card has a person and no company, and never on a person's own card
(``personal_cards``: its other lines are a freelancer's line of work). The tallest such line wins, the first
printed of equal ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_evidence import is_phrase
from cardbook.ocr.lexicon import word_set, words_of
from cardbook.ocr.line_words import LIST_SEPARATOR, strip_junk
from cardbook.ocr.offer_lines import offer_line
from cardbook.ocr.parse_company import is_registration
from cardbook.ocr.parse_people import NAME_BASE, name_score
from cardbook.ocr.personal_cards import personal_card
from cardbook.ocr.role_lines import median
from cardbook.ocr.title_evidence import title_score

Assignment = tuple[str, tuple[int, ...], float]

# A firm's name of this many words: one word is a logo's fragment or a label, more than five a sentence or a
# list. Chosen, not tuned (``firm_evidence.TRADE_FIRM_WORDS`` allows six with joiners).
FIRM_WORDS = (2, 5)
# The confidence given to a firm named by its place alone: below any rule's (``parse_company.WORDMARK_SCORE``).
UNCLAIMED_SCORE = 0.35
# The line's letters at least this share of the body's (the median line): the firm's header is never set smaller
# than the contacts. Chosen, not tuned (the tune case's header read 1.12 times the body).
MIN_BODY_RATIO = 1.0
# Lower-case words a firm's name may hold between its capitalised words ("Casa do Pão", "Studio di Luce").
_JOINING = frozenset({"de", "da", "do", "das", "dos", "di", "del", "du", "des", "la", "le", "e", "y", "et", "&", "and"})

# Words that speak to the reader or make a sentence ("Quality You Can Trust", "We Come to You", "Votre Partenaire"):
# a slogan set in capitalised words, never a firm's name. Chosen, not tuned: the pronouns and the verbs "is"/"are"
# of the card languages, and the prepositions a slogan's purpose takes ("for", "pour", "para").
_SLOGAN_WORDS = word_set(
    """
    you your we our us is are to for with votre vos notre nos pour avec seu sua seus nosso nossa para com voce su
    sus nuestro ihr ihre wir fur mit
    """
)


def _name_shaped(text: str) -> bool:
    words = text.split()
    return (
        FIRM_WORDS[0] <= len(words) <= FIRM_WORDS[1]
        and not any(ch.isdigit() for ch in text)
        and "@" not in text
        and all(word[:1].isupper() or word in _JOINING for word in words)
        and all(re.fullmatch(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*|&", word) for word in words)
        and not LIST_SEPARATOR.search(text)
        and not any(word in _SLOGAN_WORDS for word in words_of(text))
    )


def unclaimed_firm(
    company: Assignment | None,
    person: Assignment | None,
    claimed: set[int],
    candidates: Sequence[CardLine],
    texts: dict[int, str],
    all_heights: Sequence[float],
    locals_: list[str],
    domains: list[str],
) -> Assignment | None:
    """``company``, or when it is None on a card naming a person (and not the person's own card), the line of
    capitalised name-shaped words no field claims, printed above the person in type at least the body's."""
    if company is not None or person is None or personal_card(person[0], locals_, domains):
        return company
    body = median([height for height in all_heights if height > 0]) or 0.0
    by_index = {line.index: line for line in candidates}
    person_tops = [box.top for i in person[1] if i in by_index and (box := by_index[i].box) is not None]
    found: list[tuple[float, int, str]] = []
    for position, line in enumerate(candidates):
        text = strip_junk(texts.get(line.index, ""))
        if line.index in claimed or line.index in person[1] or not _name_shaped(text) or body <= 0:
            continue
        if is_phrase(text) or title_score(text) > 0 or is_registration(text) or name_score(text, []) > NAME_BASE:
            continue
        if offer_line(text):
            continue  # "Bonded & Insured": the firm's claim (``offer_lines``, as ``parse_company`` leaves them out)
        ratio = line.height / body
        above = line.box is not None and bool(person_tops) and line.box.top < min(person_tops)
        if above and ratio >= MIN_BODY_RATIO:
            found.append((-ratio, position, text))
    if not found:
        return None
    _, position, text = min(found)
    return (text, (candidates[position].index,), UNCLAIMED_SCORE)
