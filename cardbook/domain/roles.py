"""Job changes: when a newer card from a known person shows another role, the card wins and the old role
becomes part of their story."""

from __future__ import annotations

import re

from cardbook.domain.contact import Contact
from cardbook.domain.text import fold

# Legal forms say nothing about who the company is: "Nova SAS" and "Nova" are the same employer.
_LEGAL_FORMS = re.compile(r"\b(sas|sasu|sarl|eurl|sa|sci|scop|ltd|llc|inc|gmbh|plc|co)\b")


def _key(text: str | None) -> str:
    folded = _LEGAL_FORMS.sub(" ", fold(text or "").replace(".", ""))  # "S.A.S." is "SAS"
    return " ".join(re.findall(r"\w+", folded))


def is_job_change(known: Contact, newer: Contact) -> bool:
    """The newer card shows a role (title or company) different from the one on record.

    A card that leaves a field blank says nothing about it (cards often omit the title), and a contact with no
    role on record has no job to change from: both are plain additions, not changes.
    """
    changed = False
    for before, after in ((known.title, newer.title), (known.company, newer.company)):
        if _key(after) and _key(before) and _key(after) != _key(before):
            changed = True
    return changed
