"""Rows to plain domain objects and back. Only storage code sees rows; everyone else gets dataclasses."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cardbook.domain.contact import EMAIL_KINDS, Contact, Phone, PostalAddress
from cardbook.domain.enums import (
    ContactStatus,
    NetworkKind,
    NoCardReason,
    OfferedBy,
    PhoneKind,
    Reciprocated,
    ReferralOutcome,
)
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.person_names import parts_to_store, sort_keys
from cardbook.domain.referral import FollowUp, Referral
from cardbook.domain.text import fold, unique_ignoring_case
from cardbook.interop.addresses import address_line, postal_addresses, split_postal
from cardbook.storage.models import (
    AddressRow,
    ContactRow,
    EmailRow,
    EncounterRow,
    EventRow,
    FollowUpRow,
    LinkRow,
    NetworkRow,
    OtherNameRow,
    PhoneRow,
    ReferralRow,
    TagRow,
    TopicRow,
)


def _addresses(row: ContactRow) -> list[PostalAddress]:
    if row.addresses:
        return [
            PostalAddress(a.kind, a.street, a.extended, a.city, a.region, a.postcode, a.country, a.po_box)
            for a in row.addresses
        ]
    return [split_postal(row.address)] if row.address and row.address.strip() else []


def contact_from_row(row: ContactRow) -> Contact:
    addresses = _addresses(row)
    return Contact(
        id=row.id,
        full_name=row.full_name or "",
        given_name=row.given_name,
        family_name=row.family_name,
        title=row.title,
        company=row.company,
        department=row.department,
        emails=[e.value for e in row.emails],
        phones=[Phone(p.number, p.e164, PhoneKind(p.kind), p.label or "") for p in row.phones],
        websites=[link.value for link in row.links if link.kind == "website"],
        social=[link.value for link in row.links if link.kind == "social"],
        address=address_line(addresses[0]) if addresses else None,
        addresses=addresses,
        nickname=row.nickname,
        birthday=row.birthday,
        anniversary=row.anniversary,
        im=[link.value for link in row.links if link.kind == "im"],
        email_kinds={e.normalized: e.kind for e in row.emails if e.kind},
        other_names=[n.name for n in row.other_names],
        notes=row.notes or "",
        tags=[t.name for t in row.tags],
        needs=row.needs or "",
        offers=row.offers or "",
        need_tags=[t.tag for t in row.topics if t.kind == "need"],
        offer_tags=[t.tag for t in row.topics if t.kind == "offer"],
        status=ContactStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def _clean(value: str | None) -> str | None:
    """Blank strings are stored as NULL: "unknown" has one spelling."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def _tag_rows(session: Session, names: list[str]) -> list[TagRow]:
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean:
            wanted.setdefault(clean.casefold(), clean)
    if not wanted:
        return []
    existing = {t.name.casefold(): t for t in session.scalars(select(TagRow).where(TagRow.name.in_(wanted.values())))}
    rows = []
    for key, name in wanted.items():
        row = existing.get(key)
        if row is None:
            row = TagRow(name=name)
            session.add(row)
        rows.append(row)
    return rows


def apply_contact(session: Session, row: ContactRow, contact: Contact) -> None:
    """Write a Contact's fields onto a row (new or existing), replacing its lists."""
    before = (row.full_name, row.given_name, row.family_name) if row.full_name is not None else None
    row.full_name = contact.full_name.strip()
    given, family = parts_to_store(row.full_name, contact.given_name, contact.family_name, before=before)
    row.given_name = _clean(given)
    row.family_name = _clean(family)
    row.title = _clean(contact.title)
    row.company = _clean(contact.company)
    row.department = _clean(contact.department)
    addresses = postal_addresses(contact)
    row.address = _clean(address_line(addresses[0])) if addresses else None
    row.addresses = [
        AddressRow(
            position=i, kind=a.kind, street=a.street, extended=a.extended, city=a.city, region=a.region,
            postcode=a.postcode, country=a.country, po_box=a.po_box,
        )
        for i, a in enumerate(addresses)
    ]  # fmt: skip
    row.nickname = _clean(contact.nickname)
    row.birthday = _clean(contact.birthday)
    row.anniversary = _clean(contact.anniversary)
    names = unique_ignoring_case([n.strip() for n in contact.other_names if n.strip()])
    row.other_names = [OtherNameRow(position=i, name=name) for i, name in enumerate(names)]
    row.notes = contact.notes or ""
    row.status = contact.status.value
    row.sort_name = fold(contact.display_name)
    row.sort_given, row.sort_family = sort_keys(row.full_name, row.given_name, row.family_name, contact.display_name)
    row.sort_company = fold(contact.company or "")
    kinds = {key.strip().casefold(): kind for key, kind in contact.email_kinds.items() if kind in EMAIL_KINDS}
    row.emails = [
        EmailRow(position=i, value=e.strip(), normalized=e.strip().casefold(), kind=kinds.get(e.strip().casefold()))
        for i, e in enumerate(x for x in contact.emails if x.strip())
    ]
    row.phones = [
        PhoneRow(position=i, number=p.number.strip(), e164=p.e164, kind=p.kind.value, label=p.label.strip()[:16])
        for i, p in enumerate(x for x in contact.phones if x.number.strip())
    ]
    links = [("website", w) for w in contact.websites] + [("social", s) for s in contact.social]
    links += [("im", handle) for handle in contact.im]
    row.links = [
        LinkRow(position=i, kind=kind, value=value.strip()) for i, (kind, value) in enumerate(links) if value.strip()
    ]
    row.tags = _tag_rows(session, contact.tags)
    row.needs = (contact.needs or "").strip()
    row.offers = (contact.offers or "").strip()
    row.topics = topic_rows(row, contact)


def topic_rows(row: ContactRow, contact: Contact) -> list[TopicRow]:
    """The need and offer tags, spaces tidied and case-blind unique; existing rows are reused (same key)."""
    existing = {(t.kind, t.tag): t for t in row.topics} if row.id is not None else {}
    wanted: dict[tuple[str, str], str] = {}
    for kind, tags in (("need", contact.need_tags), ("offer", contact.offer_tags)):
        for tag in tags:
            clean = " ".join(tag.split())
            if clean:
                wanted.setdefault((kind, clean.casefold()), clean)
    rows = []
    for (kind, _key), tag in wanted.items():
        rows.append(existing.get((kind, tag)) or TopicRow(kind=kind, tag=tag))
    return rows


def encounter_from_row(row: EncounterRow) -> Encounter:
    return Encounter(
        id=row.id,
        contact_id=row.contact_id,
        event_id=row.event_id,
        date=row.date,
        place=row.place,
        offered_by=OfferedBy(row.offered_by),
        reciprocated=Reciprocated(row.reciprocated),
        reciprocated_on=row.reciprocated_on,
        owe_dismissed=row.owe_dismissed,
        note=row.note or "",
        why_no_card=NoCardReason(row.why_no_card) if row.why_no_card else None,
    )


def apply_encounter(row: EncounterRow, encounter: Encounter) -> None:
    row.event_id = encounter.event_id
    row.date = encounter.date
    row.place = _clean(encounter.place)
    row.offered_by = encounter.offered_by.value
    row.reciprocated = encounter.reciprocated.value
    row.reciprocated_on = encounter.reciprocated_on
    row.owe_dismissed = encounter.owe_dismissed
    row.note = encounter.note or ""
    reason = encounter.reason  # only for one-way-from-them; an unrecorded one is stored as "unknown"
    row.why_no_card = reason.value if reason is not None else None


def network_from_row(row: NetworkRow) -> Network:
    return Network(
        id=row.id,
        name=row.name,
        kind=NetworkKind(row.kind),
        yearly_cost=row.yearly_cost,
        member_since=row.member_since,
        member_until=row.member_until,
        notes=row.notes or "",
        archived=row.archived,
    )


def event_from_row(row: EventRow) -> Event:
    return Event(id=row.id, name=row.name, date=row.date, place=row.place, network_id=row.network_id, notes=row.notes)


def referral_from_row(row: ReferralRow) -> Referral:
    return Referral(
        id=row.id,
        from_contact_id=row.from_contact_id,
        to_contact_id=row.to_contact_id,
        to_name=row.to_name,
        date=row.date,
        note=row.note or "",
        outcome=ReferralOutcome(row.outcome),
        value=row.value,
    )


def follow_up_from_row(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=row.id,
        contact_id=row.contact_id,
        due=row.due,
        note=row.note or "",
        done_on=row.done_on,
        every_weeks=row.every_weeks,
    )
