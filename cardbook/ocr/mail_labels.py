"""An e-mail label OCR glued onto the mailbox: "Es.jones@…" for "E s.jones@…", "Mailanna@…" for "Mail anna@…".

A card labels its e-mail with "E", "E-Mail", "Email" or "Mail"; when the gap after the label is narrow (a
colon dropped, small type) OCR reads label and mailbox as one word and the finder keeps the label's letters
in the local part. ``mail_names.mended_local`` takes a capital off only before a whole "first.last" the card
spells word by word; a name with a particle ("von", "van der") or an initial ("s.vonstey") is not spelt so.
The evidence here is the person's name as mailboxes write it: a local part is most often the name's initial
and family name, the given name and family name, or one of them alone, particles glued on. A label is taken
off only when, without it, the local part is such a spelling of a name the card prints and, with it, it is
not: a mailbox is never changed on its shape alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardbook.ocr.lexicon import fold
from cardbook.ocr.mail_names import squashed_local

# The labels cards print before an e-mail, as OCR glues them (no space, no colon), longest first.
_GLUED_LABELS = ("e-mail", "email", "mail", "e")
# A name's words a mailbox may join: a given name, up to two particles and a family name (or a double one).
MAX_NAME_WORDS = 4
# A local part left this short proves nothing: initials spell too much by chance.
MIN_LOCAL_LETTERS = 4


def name_forms(texts: Sequence[str]) -> set[str]:
    """What the names of the card's lines without a contact give as local parts (separators squashed): for
    each run of two to ``MAX_NAME_WORDS`` words, the initial and the rest ("svonstey"), all of them
    ("stanislawvonstey"), the rest alone ("vonstey") and the first alone ("stanislaw")."""
    forms: set[str] = set()
    for text in texts:
        if "@" in text or any(ch.isdigit() for ch in text):
            continue
        words = re.findall(r"[a-z]+", fold(text))
        for start in range(len(words)):
            for end in range(start + 2, min(len(words), start + MAX_NAME_WORDS) + 1):
                first, rest = words[start], "".join(words[start + 1 : end])
                forms |= {first[0] + rest, first + rest, rest, first}
    return {form for form in forms if len(form) >= MIN_LOCAL_LETTERS}


def without_glued_label(email: str, read: str, texts: Sequence[str]) -> str:
    """``email`` with a label glued before its local part taken off, when the card's ``texts`` spell the
    local part without it as a name and not with it. ``read``: the local part as the line prints it."""
    local, _, domain = email.partition("@")
    if read.lower() != local.lower():
        return email
    folded = local.lower()
    for label in _GLUED_LABELS:
        if not folded.startswith(label) or len(folded) - len(label) < MIN_LOCAL_LETTERS:
            continue
        forms = name_forms(texts)
        if squashed_local(folded) not in forms and squashed_local(folded[len(label) :]) in forms:
            return f"{local[len(label) :]}@{domain}"
        return email
    return email
