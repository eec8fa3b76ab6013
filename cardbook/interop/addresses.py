"""A single-line postal address split into vCard/CSV parts, and parts joined back into one line.

A card prints an address as one line; address books want street, city and postcode apart (a contact keeps
each address in parts: domain.contact.PostalAddress, with its one-line form for the form), so the common
French/continental ("26 rue X, 35000 Rennes"), US ("1 Main St, Springfield, IL 62704") and UK ("10 Downing
Street, London SW1A 2AA") layouts are split. A split is only used when joining its parts
gives back exactly the same line, so a round trip never changes an address; otherwise it all goes to the street.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardbook.domain.contact import ADDRESS_KINDS, Contact, PostalAddress

_COUNTRY = r"(?:,\s*(?P<country>[^\W\d_][^,\d]*))?"
_CONTINENTAL = re.compile(rf"^(?P<street>.+?),\s*(?P<postcode>\d{{4,5}})\s+(?P<city>[^,\d][^,]*?){_COUNTRY}$")
_US = re.compile(
    rf"^(?P<street>.+?),\s*(?P<city>[^,\d][^,]*?),\s*(?P<region>[A-Z]{{2}})\s+(?P<postcode>\d{{5}}(?:-\d{{4}})?){_COUNTRY}$"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_UK = re.compile(rf"^(?P<street>.+?),\s*(?P<city>[^,\d][^,]*?)\s+(?P<postcode>{_UK_POSTCODE}){_COUNTRY}$")
_UK_ONLY = re.compile(rf"^{_UK_POSTCODE}$")
MAX_SPLIT_LENGTH = 1000  # longer "addresses" are notes pasted in the wrong field: keep them whole


@dataclass(frozen=True, slots=True)
class AddressParts:
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postcode, self.country, self.po_box, self.extended))


def join_address(parts: AddressParts) -> str:
    """One line, in the order the postcode suggests: "city, ST 12345" (US), "city SW1A 2AA" (UK), else "12345 city"."""
    if parts.region:
        tail = f"{parts.city}, {parts.region} {parts.postcode}".strip(" ,")
    elif parts.postcode and _UK_ONLY.match(parts.postcode):
        tail = f"{parts.city} {parts.postcode}".strip()
    else:
        tail = f"{parts.postcode} {parts.city}".strip()
    pieces = [parts.po_box, parts.extended, parts.street, tail, parts.country]
    # A multi-line street (Outlook's "Business Street") becomes comma-separated parts of the one line.
    lines = [line.strip() for piece in pieces for line in piece.split("\n")]
    return ", ".join(line for line in lines if line)


def split_address(address: str) -> AddressParts:
    line = address.strip()
    if not line:
        return AddressParts()
    if len(line) <= MAX_SPLIT_LENGTH and "\n" not in line:
        for pattern in (_US, _UK, _CONTINENTAL):
            match = pattern.match(line)
            if match is None:
                continue
            found = match.groupdict()
            parts = AddressParts(
                street=found["street"].strip(),
                city=found["city"].strip(),
                region=(found.get("region") or "").strip(),
                postcode=found["postcode"].strip(),
                country=(found.get("country") or "").strip(),
            )
            if join_address(parts) == line:
                return parts
    return AddressParts(street=line)


def parts_of(address: PostalAddress) -> AddressParts:
    return AddressParts(
        address.street, address.city, address.region, address.postcode, address.country, address.po_box,
        address.extended,
    )  # fmt: skip


def postal(parts: AddressParts, kind: str = "work") -> PostalAddress:
    return PostalAddress(
        kind=kind if kind in ADDRESS_KINDS else "other",
        street=parts.street, extended=parts.extended, city=parts.city, region=parts.region,
        postcode=parts.postcode, country=parts.country, po_box=parts.po_box,
    )  # fmt: skip


def address_line(address: PostalAddress) -> str:
    """The address on one line. One kept whole (only a street) is given back exactly, line breaks included."""
    if address == PostalAddress(address.kind, address.street):
        return address.street
    return join_address(parts_of(address))


def split_postal(text: str, kind: str = "work") -> PostalAddress:
    """A one-line address in parts when it splits cleanly, else whole in the street (nothing is lost)."""
    return postal(split_address(text), kind)


def postal_addresses(contact: Contact) -> list[PostalAddress]:
    """Every address of a contact, the first one reconciled with `contact.address` (the form edits that line):
    the same line keeps its parts; another line replaces the first address (split when it can be); no line
    drops it."""
    found = [a for a in contact.addresses if not a.is_empty()]
    text = (contact.address or "").strip()
    if not found:
        return [split_postal(text)] if text else []
    first = found[0]
    if not text:
        return found[1:]
    if text == address_line(first).strip():
        return found
    return [split_postal(text, first.kind), *found[1:]]


def with_addresses(contact: Contact, addresses: list[PostalAddress]) -> None:
    """Set both views of a contact's addresses so they agree."""
    contact.addresses = [a for a in addresses if not a.is_empty()]
    contact.address = address_line(contact.addresses[0]) if contact.addresses else None
