"""Lines that say what a small firm offers or claims, never its name: kept out of the company's reach.

Small-business cards print a list of services ("Manutenção • Instalação • Reformas") and the firm's claims
("Licensed & Insured", "Bonded & Insured") near the firm's name, often in the same type. The company picker
scores them like any line, and on a card whose firm is a picture only (its name in a logo) such a line is
the largest free text left: it was taken for the firm. A line of parts between bullets is a list wherever
the bullets stand (OCR drops the spaces around small ones on photos); parts between other marks make a list
from ``MIN_LISTED_PARTS`` on, since a firm's name may hold one comma ("Farrell, Robinson and Carter").
A part that ends with a legal form is the firm's own name (the fine print "Firm AS · Org.nr. …" is built like
a list): such a line offers nothing.
"""

from __future__ import annotations

from cardbook.ocr.legal_forms import has_legal_form
from cardbook.ocr.role_lines import RoleLine
from cardbook.ocr.title_evidence import BULLETS, LIST_PARTS, firm_claim, services_list

# Parts a list needs when no bullet separates them. Chosen, not tuned: parse_company's list of services
# (``MIN_SERVICE_PARTS``) asks as many, and a firm's name holds at most two comma-separated parts.
MIN_LISTED_PARTS = 3


def offer_line(text: str) -> bool:
    """``text`` lists services or claims what the firm is ("Licensed & Insured")."""
    if firm_claim(text):
        return True
    if not services_list(text):
        return False
    parts = [part for part in LIST_PARTS.split(text) if part.strip()]
    if any(has_legal_form(part) for part in parts):
        return False
    bulleted = len([part for part in BULLETS.split(text) if part.strip()]) >= 2
    return bulleted or len(parts) >= MIN_LISTED_PARTS


def offer_indexes(items: list[RoleLine]) -> set[int]:
    """The indexes of the lines among ``items`` that list what the firm offers or claims."""
    return {item.line.index for item in items if offer_line(item.text)}
