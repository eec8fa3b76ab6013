"""A person's name and the firm's name read as one row ("Dana Whitlow Norvale Systems"): the firm's words are
the card's web domain spelled out, so the row is cut where they start.

Cards print the name on the left and the firm on the right of one band, or OCR joins the two columns' first
lines. Left whole, the row is neither a name (the firm's words) nor a firm (a person before it), and the
firm's block took the person with it. The firm's words end the row and spell the main label of a domain of
the card exactly (its e-mail's or website's: "Norvale Systems" and norvale-systems.com), and what precedes
them is a name the names data backs (a known first name) of two words or more, not ending with a joining word
("Ville de" before the town's word: the firm's own name). A domain spelled only in part proves nothing, and a
name that spells the domain ("Ana Lima" and analima.com) is left whole: the whole row is then the name's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.fields import CardLine
from cardbook.ocr.firm_before_address import MIN_DOMAIN_FIRM_LETTERS
from cardbook.ocr.lexicon import NAME_PARTICLES, fold, words_of
from cardbook.ocr.line_words import FUNCTION_WORDS
from cardbook.ocr.parse_contacts import find_emails, find_websites, main_domain_label, repair_contact_text
from cardbook.ocr.parse_people import NAME_BASE, name_score

# The firm's words at the row's end: at most this many (a firm's name, not a sentence). Chosen, not tuned.
MAX_FIRM_WORDS = 4
# A person's name before the firm has a given name and a family name at least.
MIN_NAME_WORDS = 2


def card_labels(lines: Sequence[CardLine]) -> frozenset[str]:
    """The main labels of the card's e-mail and website domains, without hyphens."""
    labels: set[str] = set()
    for line in lines:
        text = repair_contact_text(line.text)
        domains = [found.value.partition("@")[2] for found in find_emails(text)]
        domains += [found.value.split("/")[0] for found in find_websites(text)]
        labels |= {main_domain_label(domain).replace("-", "") for domain in domains}
    # A domain's label names the firm only from this many letters: a short label is spelled by chance.
    return frozenset(label for label in labels if len(label) >= MIN_DOMAIN_FIRM_LETTERS)


def firm_cut(text: str, labels: frozenset[str]) -> int | None:
    """Where the firm's words start in a row that opens with a person's name, or None."""
    if not labels or "@" in text or any(ch.isdigit() for ch in text):
        return None
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(MAX_FIRM_WORDS, len(words) - 1) + 1):
        start = words[-count].start()
        if "".join(words_of(text[start:])) not in labels:
            continue
        head = text[:start].strip(" ,;:-–|•·")
        last = fold(head.split()[-1]) if head.split() else ""
        if last in NAME_PARTICLES | FUNCTION_WORDS or len(head.split()) < MIN_NAME_WORDS:
            return None  # "Ville de" + the town: a joining word ends no name, the firm's name goes on
        if "".join(words_of(head)) in labels or name_score(head, []) <= NAME_BASE:
            return None
        return start
    return None
