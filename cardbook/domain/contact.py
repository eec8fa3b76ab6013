"""A person (or a shop) known from a card, with the ways to reach them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cardbook.domain.enums import ContactStatus, PhoneKind


@dataclass(frozen=True, slots=True)
class Phone:
    number: str  # as printed or typed
    e164: str | None = None  # normalised, when the number could be parsed
    kind: PhoneKind = PhoneKind.OTHER


@dataclass(slots=True)
class Contact:
    """Plain data handed to the CLI and the window; never a live ORM object."""

    id: int | None = None
    full_name: str = ""  # as printed or typed ("Jean-François DUPONT"); the display name
    given_name: str | None = None
    family_name: str | None = None
    title: str | None = None
    company: str | None = None
    department: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    address: str | None = None
    social: list[str] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # "What can I bring?" (the seed post's question): what they are looking for and what they offer, as free
    # text and tags; domain/introductions.py matches one person's needs with another's offers.
    needs: str = ""
    offers: str = ""
    need_tags: list[str] = field(default_factory=list)
    offer_tags: list[str] = field(default_factory=list)
    status: ContactStatus = ContactStatus.ACTIVE
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        """What lists show: the name, else the company, else the first email."""
        if self.full_name.strip():
            return self.full_name.strip()
        joined = " ".join(p for p in (self.given_name, self.family_name) if p)
        if joined:
            return joined
        if self.company:
            return self.company
        return self.emails[0] if self.emails else ""


def _joined(first: str, second: str) -> str:
    a, b = first.strip(), second.strip()
    if not b or b.casefold() in a.casefold():
        return a
    return f"{a}\n{b}" if a else b


def _tags(first: list[str], second: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in [*first, *second]:
        seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


def merge_needs_and_offers(result: Contact, keep: Contact, other: Contact) -> None:
    """Merging two records of one person keeps what either said they need and offer: nothing is thrown away."""
    result.needs = _joined(keep.needs, other.needs)
    result.offers = _joined(keep.offers, other.offers)
    result.need_tags = _tags(keep.need_tags, other.need_tags)
    result.offer_tags = _tags(keep.offer_tags, other.offer_tags)
