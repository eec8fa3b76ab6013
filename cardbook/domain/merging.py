"""Merging two records of one person into one, without throwing anything away: the chosen side's single
fields, lists united, the name not kept as another name, the roles not kept as past roles. Pure logic, no SQL
(storage/contacts/merge.py and cards.py write the result)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from cardbook.domain.contact import Contact, Phone, PostalAddress, merge_needs_and_offers
from cardbook.domain.duplicates import name_key
from cardbook.domain.enums import ContactStatus
from cardbook.domain.text import fold

MERGE_CHOICES = ("name", "title", "company", "department", "address", "status")
_NAME_FIELDS = ("full_name", "given_name", "family_name")


def _same_link(value: str) -> str:
    text = fold(value.strip()).removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.rstrip("/")


def _union(first: list[str], second: list[str], key: Callable[[str], str] = str.casefold) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for value in [*first, *second]:
        if value.strip() and key(value) not in seen:
            seen.add(key(value))
            found.append(value)
    return found


def _person(contact: Contact) -> str:
    return contact.full_name.strip() or " ".join(p for p in (contact.given_name, contact.family_name) if p)


def _addresses_of(contact: Contact) -> list[PostalAddress]:
    """A contact's addresses; one given only as a line (a contact built by hand) is that line, whole."""
    if contact.addresses:
        return list(contact.addresses)
    return [PostalAddress(street=contact.address.strip())] if contact.address and contact.address.strip() else []


def _united_addresses(first: list[PostalAddress], second: list[PostalAddress]) -> list[PostalAddress]:
    def key(a: PostalAddress) -> tuple[str, ...]:
        return tuple(fold(" ".join(p.split())) for p in (a.street, a.extended, a.city, a.postcode, a.country))

    united = list(first)
    seen = {key(a) for a in first}
    for address in second:
        if key(address) not in seen:
            seen.add(key(address))
            united.append(address)
    return united


def past_roles(keep: Contact, other: Contact, merged: Contact) -> list[tuple[str | None, str | None, str | None]]:
    """The (title, company, department) each side held that the merged contact no longer shows: kept as past
    roles, so that merging never throws a job away."""
    now = (fold(merged.title or ""), fold(merged.company or ""))
    found: list[tuple[str | None, str | None, str | None]] = []
    for side in (keep, other):
        held = (fold(side.title or ""), fold(side.company or ""))
        role = (side.title, side.company, side.department)
        if any(held) and held != now and role not in found:
            found.append(role)
    return found


def _phone_key(phone: Phone) -> str:
    return phone.e164 or re.sub(r"\D", "", phone.number)


def merged_contact(keep: Contact, other: Contact, choices: Mapping[str, str] | None = None) -> Contact:
    """One contact from two: for each single field the chosen side ("keep" or "other"; default: the kept
    contact's value, or the other's when the kept one has none), lists united without duplicates, notes joined.

    A chosen side that is empty falls back to the other side: merging never throws a value away.
    """
    chosen = dict(choices or {})
    unknown = set(chosen) - set(MERGE_CHOICES)
    if unknown or any(v not in ("keep", "other") for v in chosen.values()):
        raise ValueError(f"merge choices are {', '.join(MERGE_CHOICES)} = keep|other (got {chosen})")

    def pick(choice: str, fields: tuple[str, ...]) -> tuple[Contact, Contact]:
        first, second = (other, keep) if chosen.get(choice) == "other" else (keep, other)
        if any(str(getattr(first, f) or "").strip() for f in fields):
            return first, second
        return second, first

    result = Contact(id=keep.id, created_at=keep.created_at)
    source, dropped = pick("name", _NAME_FIELDS)
    result.full_name, result.given_name, result.family_name = (getattr(source, f) for f in _NAME_FIELDS)
    # The name not kept stays as another name of the person ("Bob Smith" merged into "Robert Smith"): searched,
    # and seen by duplicate detection. A mere respelling (case, accents, word order) is not another name.
    names = [*source.other_names, *dropped.other_names]
    if _person(dropped) and name_key(_person(dropped)) != name_key(_person(result)):
        names.append(_person(dropped))
    result.other_names = [n for n in _union([], names) if name_key(n) != name_key(_person(result))]
    for choice in ("title", "company", "department"):
        source, _ = pick(choice, (choice,))
        setattr(result, choice, getattr(source, choice))
    source, dropped = pick("address", ("address",))
    result.address = source.address
    result.addresses = _united_addresses(_addresses_of(source), _addresses_of(dropped))
    for single in ("nickname", "birthday", "anniversary"):
        setattr(result, single, getattr(keep, single) or getattr(other, single))
    result.im = _union(keep.im, other.im)
    result.email_kinds = {**other.email_kinds, **keep.email_kinds}
    if chosen.get("status") == "other":
        result.status = other.status
    elif chosen.get("status") == "keep":
        result.status = keep.status
    else:  # reviewed wins: a scanned card merged into a known contact needs no more review
        active = ContactStatus.ACTIVE in (keep.status, other.status)
        result.status = ContactStatus.ACTIVE if active else keep.status
    result.emails = _union(keep.emails, other.emails)
    seen_phones: set[str] = set()
    for phone in [*keep.phones, *other.phones]:
        if _phone_key(phone) not in seen_phones:
            seen_phones.add(_phone_key(phone))
            result.phones.append(phone)
    result.websites = _union(keep.websites, other.websites, _same_link)
    result.social = _union(keep.social, other.social, _same_link)
    result.tags = _union(keep.tags, other.tags)
    mine, theirs = keep.notes.strip(), other.notes.strip()
    result.notes = (
        keep.notes if not theirs or theirs in mine else (f"{keep.notes.rstrip()}\n\n{theirs}" if mine else other.notes)
    )
    merge_needs_and_offers(result, keep, other)
    return result
