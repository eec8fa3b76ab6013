"""How long a contact's value may be, per kind of field: the caps every way into a library applies (vCard, CSV
and scanned cards through app/field_limits.py, a `.cardbook` library file through storage/upkeep/transfer_in.py;
docs/LIBRARY_FORMAT.md, "Values too long"). Here, below both, so that the two cannot drift apart.

Why: a file can carry a 5 MB "name", and showing a contact with one took the window 41 s and 951 MB (issue 15).
No real card or address book needs more than these.
"""

from __future__ import annotations

# Characters per value of each kind of field.
TEXT_LIMITS: dict[str, int] = {
    "name": 300,  # full, given and family name
    "title": 300,
    "company": 300,
    "department": 300,
    "address": 1_000,
    "email": 320,  # RFC 5321: 64 + 1 + 255
    "phone": 64,
    "website": 2_048,  # what browsers reliably accept in a link
    "social": 2_048,
    "tag": 100,
    "notes": 100_000,  # long histories exported as notes are real; a novel is not
    "needs": 10_000,
    "offers": 10_000,
}
# Values in each list field of one contact. A library file stores each list as rows of its own table, so these
# cap its rows per contact as well (storage/upkeep/transfer_lists.py): "addresses", "other names", "im" and
# "topics" exist only there (a vCard's or CSV's contact has one address and no such lists).
LIST_LIMITS: dict[str, int] = {
    "emails": 50,
    "phones": 50,
    "websites": 50,
    "social": 50,
    "im": 50,
    "tags": 200,
    "addresses": 50,
    "other names": 50,
    "topics": 200,  # what a contact needs and offers, together
}
ELLIPSIS = "…"


def cut_text(value: str, kind: str) -> str:
    """`value` within the cap of its `kind` (unchanged when it fits)."""
    limit = TEXT_LIMITS[kind]
    return value if len(value) <= limit else value[: limit - 1].rstrip() + ELLIPSIS
