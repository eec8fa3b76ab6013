"""Whether a card is the person's own (a freelancer's): its e-mail and every domain spell the person.

On such a card no firm is printed unless a line gives evidence of its own (``parse_company``): the other lines
are a tagline or a line of work. Moved from ``parse_roles`` as is.
"""

from __future__ import annotations

from cardbook.ocr.lexicon import fold, words_of


def personal_card(person: str, locals_: list[str], domains: list[str]) -> bool:
    """A person's own card: an e-mail spells the person (``name_score``'s e-mail evidence) and every own
    domain of the card spells the person's name too ("ana.lima@gmail.com", "ana@analima.com"); a card
    with a firm's domain, or with no e-mail, is not known to be one."""
    squashed = "".join(words_of(person))
    words = [word for word in words_of(person) if len(word) >= MIN_PERSONAL_WORD_LETTERS]
    if not squashed or not words:
        return False
    spells = any(any(word in fold(local) for word in words) for local in locals_)
    return spells and all(fold(domain).replace("-", "") in squashed or squashed in fold(domain) for domain in domains)


# A word of the person's name counts in an e-mail when it has this many letters (not initials, "de").
MIN_PERSONAL_WORD_LETTERS = 3
