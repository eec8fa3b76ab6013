"""How long an imported value may be: one cap per kind of field, applied to every import (vCard, CSV, and the
cards the reader stores), the caps themselves in domain/value_limits.py (docs/LIBRARY_FORMAT.md, "Values too
long").

Why: a file or a QR code can carry a 5 MB "name", and showing a contact with one took the window 41 s and
951 MB (issue 15); 10,000 EMAIL lines made one contact with 10,000 addresses. No real card or address book
needs more than these caps, so a longer value is cut (at the cap, with "…") and a list shortened, and each cut
is one line naming the contact and the field. Nothing is lost: a contact read from a file keeps that file's
whole entry as its source (`contact_sources.text`), a scanned card its whole OCR text.
"""

from __future__ import annotations

from dataclasses import replace

from cardbook.domain.contact import Contact
from cardbook.domain.scanned import FieldProposal, ScannedCard
from cardbook.domain.value_limits import ELLIPSIS, LIST_LIMITS, TEXT_LIMITS, cut_text

__all__ = ["ELLIPSIS", "LIST_LIMITS", "TEXT_LIMITS", "cap_contact", "cap_scanned", "cut_text", "who"]

_NAME_SHOWN = 60  # of a contact's name in a message


def _cut(value: str | None, kind: str, label: str, said: list[str]) -> str | None:
    if value is None or len(value) <= TEXT_LIMITS[kind]:
        return value
    said.append(f"{label} cut to {TEXT_LIMITS[kind]:,} characters (was {len(value):,})")
    return cut_text(value, kind)


def _cut_list(values: list[str], kind: str, label: str, said: list[str]) -> list[str]:
    limit = LIST_LIMITS[label]
    if len(values) > limit:
        said.append(f"{label}: {len(values) - limit:,} of {len(values):,} left out (at most {limit} kept)")
        values = values[:limit]
    if any(len(v) > TEXT_LIMITS[kind] for v in values):
        longest = max(len(v) for v in values)
        said.append(f"{label}: a value cut to {TEXT_LIMITS[kind]:,} characters (was {longest:,})")
        values = [cut_text(v, kind) for v in values]
    return values


def cap_contact(contact: Contact) -> list[str]:
    """Cut `contact`'s values to the caps, in place; returns what was cut, one line each ("" when nothing)."""
    said: list[str] = []
    contact.full_name = _cut(contact.full_name, "name", "name", said) or ""
    contact.given_name = _cut(contact.given_name, "name", "given name", said)
    contact.family_name = _cut(contact.family_name, "name", "family name", said)
    contact.title = _cut(contact.title, "title", "title", said)
    contact.company = _cut(contact.company, "company", "company", said)
    contact.department = _cut(contact.department, "department", "department", said)
    contact.address = _cut(contact.address, "address", "address", said)
    contact.notes = _cut(contact.notes, "notes", "notes", said) or ""
    contact.needs = _cut(contact.needs, "needs", "needs", said) or ""
    contact.offers = _cut(contact.offers, "offers", "offers", said) or ""
    contact.emails = _cut_list(contact.emails, "email", "emails", said)
    contact.websites = _cut_list(contact.websites, "website", "websites", said)
    contact.social = _cut_list(contact.social, "social", "social", said)
    contact.tags = _cut_list(contact.tags, "tag", "tags", said)
    if len(contact.phones) > LIST_LIMITS["phones"]:
        total = len(contact.phones)
        said.append(f"phones: {total - LIST_LIMITS['phones']:,} of {total:,} left out (at most 50 kept)")
        contact.phones = contact.phones[: LIST_LIMITS["phones"]]
    if any(len(p.number) > TEXT_LIMITS["phone"] for p in contact.phones):
        said.append(f"phones: a number cut to {TEXT_LIMITS['phone']} characters")
        contact.phones = [replace(p, number=cut_text(p.number, "phone")) for p in contact.phones]
    return said


# The review page shows the reader's proposals beside the contact: they are capped the same way.
_PROPOSAL_KINDS = {
    "name": "name", "title": "title", "company": "company", "department": "department", "address": "address",
    "emails": "email", "phones": "phone", "websites": "website", "social": "social",
}  # fmt: skip


def cap_scanned(card: ScannedCard) -> list[str]:
    """Cut a card the reader is about to store (its contact and its proposals), in place; what was cut."""
    said = cap_contact(card.contact)
    for key, proposals in card.proposals.items():
        kind = _PROPOSAL_KINDS.get(key)
        if kind is not None:
            limit = LIST_LIMITS.get(key, len(proposals))
            card.proposals[key] = [
                FieldProposal(cut_text(p.value, kind), p.confidence, p.lines, p.source) for p in proposals[:limit]
            ]
    return said


def who(contact: Contact) -> str:
    """The contact as a message names it: its (capped) display name, shortened, in quotes."""
    name = " ".join(contact.display_name.split())
    if len(name) > _NAME_SHOWN:
        name = name[: _NAME_SHOWN - 1] + ELLIPSIS
    return f"“{name}”" if name else "(no name)"
