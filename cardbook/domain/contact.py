"""A person (or a shop) known from a card, with the ways to reach them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cardbook.domain.enums import ContactStatus, PhoneKind
from cardbook.domain.person_names import NameParts, name_parts


@dataclass(frozen=True, slots=True)
class Phone:
    number: str  # as printed or typed
    e164: str | None = None  # normalised, when the number could be parsed
    kind: PhoneKind = PhoneKind.OTHER
    # The finer kind address books give beside the five above ("pager", "main", "text", "car", "video",
    # "textphone", "isdn", "assistant", "home" for a home fax...): kept so it leaves as it came in.
    label: str = ""


EMAIL_KINDS = ("work", "home", "other")
ADDRESS_KINDS = ("work", "home", "other")


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """One postal address in the seven parts of vCard's ADR (RFC 6350 §6.3.1), with its kind.

    An address that could not be split (a card's free text) is kept whole in `street`, line breaks included."""

    kind: str = "work"  # one of ADDRESS_KINDS
    street: str = ""
    extended: str = ""  # apartment, building, floor
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    po_box: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.extended, self.city, self.region, self.postcode, self.country, self.po_box))


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
    # The first postal address on one line: what the window's form shows and edits. `addresses` holds every
    # address in parts; when `address` differs from the first one's line (an edit), the edit wins for that one
    # (interop.addresses.postal_addresses is the one place that reconciles the two).
    address: str | None = None
    addresses: list[PostalAddress] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # "What can I bring?" (the seed post's question): what they are looking for and what they offer, as free
    # text and tags; domain/introductions.py matches one person's needs with another's offers.
    needs: str = ""
    offers: str = ""
    need_tags: list[str] = field(default_factory=list)
    offer_tags: list[str] = field(default_factory=list)
    # What address books hold beside the card: dates as ISO 8601 text, "1980-04-15" or "--04-15" when the year
    # is unknown (vCard allows it; a date type could not hold it).
    nickname: str | None = None
    birthday: str | None = None
    anniversary: str | None = None
    im: list[str] = field(default_factory=list)  # instant messaging as URIs: "xmpp:ada@example.org", "skype:ada"
    email_kinds: dict[str, str] = field(default_factory=dict)  # lower-cased email -> "home" | "other" (absent: work)
    # Other names the person is known by: a merged record's differing name, a maiden name. Searched, and used by
    # duplicate detection.
    other_names: list[str] = field(default_factory=list)
    status: ContactStatus = ContactStatus.ACTIVE
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # The stored version this copy was read at (optimistic concurrency, docs/TEAM_LIBRARY.md "Several writers"):
    # saving it is refused when the stored contact has moved on since. None: a contact not read from a library.
    version: int | None = None

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

    @property
    def name_parts(self) -> NameParts:
        """Given and family names: those stored, else read from the full name (domain/person_names.py)."""
        return name_parts(self.full_name, self.given_name, self.family_name)


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
