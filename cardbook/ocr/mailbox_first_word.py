"""A firm's first word lost by OCR (cut at the photo's edge, unread in a script face, a logo over it), given back
by the mailbox or domain that spells the whole name: "Tax Service LLC" with a mailbox "harborviewtaxservice@…"
is "Harborview Tax Service LLC".

Only a firm's line (a legal form or a firm's word, no person's name) of ``MIN_KEPT_WORDS`` words or more whose
letters (its legal form aside) end an e-mail local part or a domain label exactly, the letters before them one
word of ``MIN_LOST_LETTERS`` or more: the mailbox then names the firm whole, the line lost its start. Shorter
pieces are initials or a person's given name before the firm's mailbox ("jo" + "taxservice"). When another of
the card's addresses spells the firm exactly as the line prints it, nothing was lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.firm_evidence import company_score
from cardbook.ocr.lexicon import LEGAL_FORMS, fold
from cardbook.ocr.parse_people import name_score

# The line keeps this many words of the name (its legal form not counted): one word ending a mailbox is often
# the mailbox's own ending by chance ("service", "shop").
MIN_KEPT_WORDS = 2
# The lost word has this many letters at least: a word of a firm's name, not an initial. Chosen, not tuned.
MIN_LOST_LETTERS = 4


def first_word_from_mailbox(text: str, locals_: Sequence[str], domains: Sequence[str]) -> str:
    """``text`` with its lost first word written back (see the module's docstring), else as it is."""
    tokens = text.split()
    words = list(tokens)
    while words and fold(words[-1]).strip(".,") in LEGAL_FORMS:
        words.pop()
    if len(words) < MIN_KEPT_WORDS or not words[0][:1].isupper():
        return text
    letters = "".join(ch for ch in fold(" ".join(words)) if ch.isalnum())
    spelled = {fold(part) for name in [*locals_, *domains] for part in re.split(r"[._\-+\d]+", name) if part}
    lost = {
        part[: -len(letters)]
        for part in spelled
        if part.endswith(letters) and len(part) - len(letters) >= MIN_LOST_LETTERS and part[: -len(letters)].isalpha()
    }
    if len(lost) != 1 or letters in spelled:
        # Another of the card's addresses spells the firm as the line prints it: the line lost nothing, and the
        # longer spelling is a word OCR glued before a host ("Ana Costaoficina.com.br" beside "ana@oficina.com.br").
        return text
    # The scores last: the mailbox test above rules out almost every line at a fraction of their cost.
    if name_score(text, []) > 0 or company_score(text, list(domains), 1.0) <= 0:
        return text
    word = lost.pop()
    written = word.upper() if words[0].isupper() and len(words[0]) > 1 else word.capitalize()
    return f"{written} {text}"
