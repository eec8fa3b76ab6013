"""What a logo's symbol leaves before the wordmark it stands beside, dropped from the firm's name.

A drawn symbol (a disc, rings, a triangle, a ©-like mark) printed left of the wordmark is read as one or two
letters ("A Thornbury", "Oo Lindqvar") or as marks glued to the first letter ("(©)IKORVA HOLDING"). The web domain
decides: the symbol's letters are dropped only when the domain spells the name without them and not with
them. A number or letters that are part of the brand ("3 Suisses", 3suisses.fr; "A Cut Above",
acutabove.com) are in the domain too, and stay.
"""

from __future__ import annotations

from cardbook.ocr.firm_evidence import domain_affinity
from cardbook.ocr.lexicon import NAME_PARTICLES, fold, words_of
from cardbook.ocr.line_words import FUNCTION_WORDS

# At most this many letters before the wordmark are a symbol's: a disc read "O", rings read "Oo". Chosen, not
# tuned: three letters make a word or initials ("ABC Consulting"), which a domain may well leave out.
MAX_SYMBOL_LETTERS = 2
# How well the rest of the line must match the domain when the symbol read as two letters is dropped: the
# rest holds the domain's word (``domain_affinity`` 0.85) or is it. One letter before any likeness (> 0) is
# dropped, as before: a lone letter is rarely a word of a firm's name the domain leaves out.
TWO_LETTER_AFFINITY = 0.85
# The domain's letters the squashed line must share from its start (after the symbol's) for marks glued to
# the first letter to be dropped: enough to be the domain's word and not a chance likeness.
MIN_GLUED_MATCH = 4


def without_logo_residue(text: str, domains: list[str]) -> str:
    """``text`` without the letters or marks a logo's symbol left before the firm's name, when the domain
    spells the name without them; else as it is."""
    if not domains:
        return text
    head, _, rest = text.partition(" ")
    if rest and (_symbol_letters(head, rest, domains) or _marked_symbol(head, rest, domains)):
        return rest
    return _without_glued_marks(text, domains)


def _symbol_letters(head: str, rest: str, domains: list[str]) -> bool:
    """``head`` (a separate first word) is the symbol: a lone letter or digit, or two letters that are no word
    of a name ("La", "De", "Di"), not spelt by the domain with the rest."""
    letters = fold(head)
    if not (head.isalnum() and 1 <= len(letters) <= MAX_SYMBOL_LETTERS):
        return False
    if head.isdigit() and (len(head) > 1 or any(head in domain for domain in domains)):
        return False  # a number of the brand ("3 Suisses", 3suisses.fr)
    if len(letters) > 1 and (letters in NAME_PARTICLES or letters in FUNCTION_WORDS):
        return False
    tokens = words_of(rest)
    if head.isalpha() and _spelled_with(letters, tokens, domains):
        return False  # the domain spells the letters with the name ("A Cut Above", acutabove.com)
    affinity = domain_affinity(tokens, domains)
    return affinity > 0 if len(letters) == 1 else affinity >= TWO_LETTER_AFFINITY


def _spelled_with(letters: str, tokens: list[str], domains: list[str]) -> bool:
    """A domain spells ``letters`` followed by the start of the name's words: they are the brand's, no symbol's."""
    return any((letters + "".join(tokens))[: len(letters) + 3] in domain for domain in domains)


# Marks no word of a name holds: a first word with one of them and at most two letters is what OCR made of a
# symbol ("im)", "(©)"). Full stops, apostrophes and hyphens belong to initials and names ("J.", "d'").
_SYMBOL_MARKS = frozenset("()[]{}©®@*#|<>«»•·~^")


def _marked_symbol(head: str, rest: str, domains: list[str]) -> bool:
    """ "im) Grupa Nowak Sp.j." with grupanowak: a symbol's marks and letters before the domain's words."""
    letters = "".join(ch for ch in fold(head) if ch.isalnum())
    if len(letters) > MAX_SYMBOL_LETTERS or not any(ch in _SYMBOL_MARKS for ch in head):
        return False
    tokens = words_of(rest)
    if letters and _spelled_with(letters, tokens, domains):
        return False
    return domain_affinity(tokens, domains) >= TWO_LETTER_AFFINITY


def _without_glued_marks(text: str, domains: list[str]) -> str:
    """ "(©)IKORVA HOLDING" with korvaholding: marks, then at most two letters glued before the domain's word."""
    stripped = text.lstrip()
    body = stripped.lstrip("".join(ch for ch in stripped if not ch.isalnum()))
    if body == stripped:
        return text  # no marks before the first letter: a name that opens with letters is as printed
    whole = "".join(words_of(body))
    if _opens_with_domain(whole, domains):
        return body
    for extra in range(1, MAX_SYMBOL_LETTERS + 1):
        if (
            len(body) > extra
            and body[:extra].isalpha()
            and _opens_with_domain("".join(words_of(body[extra:])), domains)
        ):
            return body[extra:]
    return text


def _opens_with_domain(squashed: str, domains: list[str]) -> bool:
    """The squashed letters open with a domain's label, or are its first MIN_GLUED_MATCH letters or more."""
    return len(squashed) >= MIN_GLUED_MATCH and any(
        squashed.startswith(domain) or domain.startswith(squashed)
        for domain in domains
        if len(domain) >= MIN_GLUED_MATCH
    )
