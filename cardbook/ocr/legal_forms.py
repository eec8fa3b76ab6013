"""Legal forms written as one ("SARL", "GmbH", "Ltda.", "S.A.", "S/A", "S.r.l.", "B.V."): the surest sign of a
company line, and never part of a name or a title."""

from __future__ import annotations

import re

from cardbook.ocr.lexicon import DOTTED_LEGAL_FORMS, LEGAL_FORMS, fold


def has_legal_form(text: str) -> bool:
    """A legal form ("SARL", "GmbH", "Ltda.", "S.A.", "S/A", "S.r.l.", "B.V.") written as one.

    Some forms are also ordinary words ("as", "me", "co", "sa"): in lower case they only count at the
    end of the line, where a legal form is printed; capitalised or dotted forms count anywhere."""
    raw = [token.strip(",;:()") for token in text.split()]
    raw = [token for token in raw if token]
    for position, token in enumerate(raw):
        folded = fold(token).rstrip(".")
        squashed = re.sub(r"[./]", "", folded)
        last = position == len(raw) - 1
        dotted = "." in token.rstrip(".") or "/" in token
        if dotted and squashed in DOTTED_LEGAL_FORMS | LEGAL_FORMS:
            return True
        if folded in LEGAL_FORMS:
            # Two letters ("as", "me", "co") are ordinary words unless written as a form: "AS", "ME", "Co".
            written = token[:1].isupper() if len(folded) <= 2 else True
            if written and (last or (token[:1].isupper() and len(folded) >= 3)):
                return True
        if last and squashed in DOTTED_LEGAL_FORMS and not token.islower():
            return True
    return False


def repair_legal_form(text: str) -> str:
    """A legal form at the end of a line whose "l" OCR read as "I" ("S.r.I."): written back as the form.
    Only a last word that is no form as read, but one with each "I" beside a lower-case letter as "l"."""
    head, _, last = text.rstrip().rpartition(" ")
    if "I" not in last or has_legal_form(last):
        return text
    fixed = re.sub(r"(?<=[a-z.])I|I(?=[a-z.])", "l", last)
    if fixed != last and has_legal_form(fixed):
        return f"{head} {fixed}" if head else fixed
    return text
