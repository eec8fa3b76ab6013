"""The firm's name opening the line the address finder took: given back to the company.

Two shapes, both seen on office cards read line by line:

- the legal name opens a one-line address between fine-print marks ("Muster GmbH · Hauptstraße 5 · 10115
  Berlin"): the first part is the firm's when it holds a legal form and no digit (a form's letters OCR read as
  digits, "Sp. z 0.0.", read back as the form first);
- OCR read the firm's name and the address of the next column as one line ("Fundacja Nowak aleja Lipowa 1"): the
  words at the line's start that spell the card's web domain exactly are the firm's, not the street's. The domain
  spelled whole, not a likeness, and not followed by a number: a street named like the firm ("Lipowa 12") keeps
  its name.
"""

from __future__ import annotations

from cardbook.ocr.firm_evidence import FINE_PRINT_MARK, MAX_LEGAL_NAME_WORDS
from cardbook.ocr.legal_forms import has_legal_form, repair_legal_form
from cardbook.ocr.lexicon import words_of
from cardbook.ocr.role_lines import clean

# The domain's label must have this many letters to name the firm at the address's start: a short label
# ("ab", "hq") spells a street's first word by chance. Chosen, not tuned: the shortest firm domains of the
# generators' cards that carry a street after the firm have six letters or more.
MIN_DOMAIN_FIRM_LETTERS = 6
# At most this many words of the firm before the street (a symbol read as a letter not counted).
MAX_FIRM_WORDS = 4


def firm_before_address(address: str, domains: list[str] | None = None) -> tuple[str, str] | None:
    """(the firm's name, the address) when the address's line opens with the firm's name; else None."""
    parts = FINE_PRINT_MARK.split(address, maxsplit=1)
    # the form as OCR may read it ("Sp. z 0.0."): its digits are the form's letters, no house number
    first = repair_legal_form(parts[0].strip())
    if len(parts) == 2 and not any(ch.isdigit() for ch in first) and has_legal_form(first):
        head, rest = clean(first), parts[1].strip()
        if rest and len(words_of(head)) <= MAX_LEGAL_NAME_WORDS:
            return head, rest
    return _domain_words_first(address, domains or [])


def _domain_words_first(address: str, domains: list[str]) -> tuple[str, str] | None:
    """ "À Fundacja Nowak aleja Lipowa 1" with fundacjanowak: ("Fundacja Nowak", "aleja Lipowa 1")."""
    labels = [domain for domain in domains if len(domain) >= MIN_DOMAIN_FIRM_LETTERS]
    if not labels:
        return None
    tokens = address.split()
    start = 1 if tokens and len(tokens[0]) == 1 and not tokens[0].isdigit() else 0  # a logo's symbol read "A"
    for end in range(start + 1, min(len(tokens), start + MAX_FIRM_WORDS + 1)):
        spelled = "".join(words_of(" ".join(tokens[start:end])))
        if spelled in labels:
            rest = " ".join(tokens[end:]).lstrip(" ,·|-")
            # A number right after the words makes them the street's name ("Lipowa 12"), whatever the domain.
            return (" ".join(tokens[start:end]), rest) if rest and not rest[:1].isdigit() else None
    return None
