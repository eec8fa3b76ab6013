"""The legal mentions French firms must print, cut from a line before its fields are looked for.

A French company prints its form and capital, its registration (RCS with the court's town, SIREN/SIRET), its
activity code (APE/NAF) and its VAT number ("SAS au capital de 10 000 € – RCS Lyon 512 345 678 – APE 4322A");
an association prints "Association loi 1901". None of it is a field of the card, and it misleads the finders:
the RCS or SIRET digits read as a phone number, "Association loi 1901" taken for the organisation's name,
"Navi SAS au capital de 37 000 €" kept whole as the firm. ``firm_evidence.without_fine_print`` cuts such
mentions only where a separator ("·", "|", " – ") parts them from the name; OCR often reads the separator
as nothing, and a line may open with the capital itself.

A mention runs to the end of its line (the fine print puts the firm's name first, then the mentions), and
it always carries a number (a capital, a registration, the law's year): a keyword without a digit after it
("Capital humain", "Conseil en TVA") is no mention. What is left before it is the legal name, or nothing
when only the legal form is left ("SAS au capital de …").
"""

from __future__ import annotations

import re

from cardbook.ocr.legal_forms import has_legal_form

# The words that open a legal mention. "au capital" and "capital social" (the capital), RCS and its court,
# SIREN/SIRET, APE/NAF codes, the VAT number ("TVA intracom.", "N° TVA", and "TVA non applicable, art. 293 B du
# CGI" of small firms), "Association (régie par la) loi (du 1er juillet) 1901", the ORIAS number of insurers.
_MENTION = re.compile(
    r"(?<![\w@.])(?:"
    r"au\s+capital\b|capital\s+social\b|capital\s*:|"
    r"r\.?\s?c\.?\s?s\b\.?(?=\D{0,40}(?:\d\s?){9})|"  # the court's town, then the nine digits of the SIREN
    r"(?:n°\s*)?sire[tn]\b(?=\s*(?:n°)?\s*:?\s*\d)|"
    r"(?:code\s+)?(?:ape|naf)\b(?=\s*:?\s*\d{2})|"
    r"(?:n°\s*)?tva\b(?=\s*(?:intra|n°|:|non\s+applicable|fr\b|\d))|"
    r"(?:association\s+)?(?:régie\s+par\s+la\s+)?loi\s+(?:du\s+1er\s+juillet\s+|de\s+)?1901\b|"
    r"orias\b(?=\s*(?:n°)?\s*:?\s*\d)"
    r")",
    re.I,
)
# What may stand between the legal name and its first mention, or end a line once the mention is cut.
_SEPARATORS = " \t,;:·•|/-–—"


def without_legal_mentions(text: str) -> str:
    """``text`` up to its first legal mention (the firm's legal name, say), or ``text`` itself without one."""
    for found in _MENTION.finditer(text):
        if not any(ch.isdigit() for ch in text[found.start() :]):
            continue  # no number after the keyword: a word of the line, not a mention
        head = text[: found.start()].rstrip(_SEPARATORS)
        if _legal_form_only(head):
            return ""
        return head
    return text


def _legal_form_only(head: str) -> bool:
    """Nothing but a legal form (and separators) left: "SAS" of "SAS au capital de …"."""
    words = head.strip(_SEPARATORS).split()
    return all(has_legal_form(word) for word in words)
