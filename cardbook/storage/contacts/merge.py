"""Duplicates across the library, and merging two contacts into one without losing anything.

Detection itself is pure logic (cardbook.domain.duplicates); here the library is read column by column (no ORM
objects, no lazy loads) so 100,000 contacts load in about a second. A merge moves every encounter, card image,
referral (both directions) and follow-up onto the kept contact, unites tags, notes and contact details, then
deletes the other contact — in one transaction, so a failure leaves both contacts as they were.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from cardbook.domain.contact import Contact
from cardbook.domain.duplicates import (
    MIN_SCORE,
    DuplicateCandidate,
    DuplicateSubject,
    find_duplicates,
)
from cardbook.domain.merging import merged_contact, past_roles
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.records import load_contact_row, raise_version, refresh_summary
from cardbook.storage.convert import apply_contact, contact_from_row
from cardbook.storage.errors import ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import (
    CardImageRow,
    ContactRow,
    ContactSourceRow,
    EmailRow,
    EncounterRow,
    FollowUpRow,
    OtherNameRow,
    PhoneRow,
    ReferralRow,
    RoleRow,
    SettingRow,
)
from cardbook.storage.settings import DEFAULT_REGION_KEY

_IN_LIMIT = 30_000  # SQLite accepts 32,766 bound parameters per statement


def duplicate_subjects(
    session: Session, ids: Collection[int] | None = None
) -> tuple[list[DuplicateSubject], dict[int, str]]:
    """Contacts (all, or those ids) as duplicate detection sees them, and each one's display name (for reports)."""
    if ids is not None and len(ids) > _IN_LIMIT:
        subjects: list[DuplicateSubject] = []
        names: dict[int, str] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), _IN_LIMIT):
            more, more_names = duplicate_subjects(session, ordered[start : start + _IN_LIMIT])
            subjects += more
            names.update(more_names)
        return subjects, names
    email_query = select(EmailRow.contact_id, EmailRow.normalized)
    phone_query = select(PhoneRow.contact_id, PhoneRow.e164, PhoneRow.number)
    alias_query = select(OtherNameRow.contact_id, OtherNameRow.name)
    query = select(
        ContactRow.id, ContactRow.full_name, ContactRow.given_name, ContactRow.family_name, ContactRow.company
    )
    if ids is not None:
        email_query = email_query.where(EmailRow.contact_id.in_(ids))
        phone_query = phone_query.where(PhoneRow.contact_id.in_(ids))
        alias_query = alias_query.where(OtherNameRow.contact_id.in_(ids))
        query = query.where(ContactRow.id.in_(ids))
    emails: dict[int, list[str]] = defaultdict(list)
    for contact_id, normalized in session.execute(email_query):
        emails[contact_id].append(normalized)
    phones: dict[int, list[str]] = defaultdict(list)
    national: dict[int, list[str]] = defaultdict(list)  # kept as printed: compared in another number's region
    for contact_id, e164, number in session.execute(phone_query):
        if e164:
            phones[contact_id].append(e164)
        elif number:
            national[contact_id].append(number)
    aliases: dict[int, list[str]] = defaultdict(list)
    for contact_id, alias in session.execute(alias_query):
        aliases[contact_id].append(alias)
    region = session.get(SettingRow, DEFAULT_REGION_KEY)
    subjects = []
    names = {}
    for contact_id, full_name, given, family, company in session.execute(query):
        person = (full_name or "").strip() or " ".join(p for p in (given, family) if p)
        subjects.append(
            DuplicateSubject(
                contact_id,
                person,
                company or "",
                tuple(emails[contact_id]),
                tuple(phones[contact_id]),
                tuple(aliases[contact_id]),
                tuple(national[contact_id]),
                region.value if region else "",
            )
        )
        names[contact_id] = person or company or (emails[contact_id][0] if emails[contact_id] else f"#{contact_id}")
    return subjects, names


def find_library_duplicates(library: Library, min_score: int = MIN_SCORE) -> list[DuplicateCandidate]:
    """Likely duplicate pairs across the whole library, best first (min_score=0: weak matches too)."""
    with library.session() as session:
        subjects, _names = duplicate_subjects(session)
    return find_duplicates(subjects, min_score)


def move_attachments(session: Session, from_id: int, to_id: int, from_name: str) -> None:
    """Everything attached to contact `from_id` — encounters, cards, follow-ups, sources, roles, referrals both
    ways — now belongs to `to_id` (merging two records, or "met again" for a card just read).

    A referral between the two would become a contact referring business to themselves: it is kept, its far
    end named (`from_name`, the person as the other record called them) instead of linked."""
    between = session.scalars(
        select(ReferralRow).where(
            or_(
                (ReferralRow.from_contact_id == to_id) & (ReferralRow.to_contact_id == from_id),
                (ReferralRow.from_contact_id == from_id) & (ReferralRow.to_contact_id == to_id),
            )
        )
    ).all()
    for referral in between:
        referral.from_contact_id = to_id
        referral.to_contact_id = None
        referral.to_name = from_name
    session.flush()
    for model in (EncounterRow, CardImageRow, FollowUpRow, ContactSourceRow, RoleRow):
        session.execute(update(model).where(model.contact_id == from_id).values(contact_id=to_id))
    session.execute(update(ReferralRow).where(ReferralRow.from_contact_id == from_id).values(from_contact_id=to_id))
    session.execute(update(ReferralRow).where(ReferralRow.to_contact_id == from_id).values(to_contact_id=to_id))


def absorb(session: Session, keep_row: ContactRow, gone_row: ContactRow, merged: Contact, gone_name: str) -> Contact:
    """`gone_row`'s person becomes `keep_row`'s: everything attached to it moves over, `merged` is written over
    the kept record (a new version: an edit made on an older copy is refused), the other record is deleted, and
    the summary and search entry follow. Shared by merging, "met again" and joining a card's back to its front."""
    move_attachments(session, gone_row.id, keep_row.id, gone_name)
    apply_contact(session, keep_row, merged)
    raise_version(session, keep_row)
    search_index.unindex(session, gone_row.id)
    session.delete(gone_row)
    session.flush()
    session.expire(keep_row, ["encounters", "cards"])
    refresh_summary(session, keep_row)
    search_index.reindex(session, keep_row)  # the other record's events and words are searchable now
    return contact_from_row(keep_row)


def merge_contacts(library: Library, keep_id: int, other_id: int, choices: Mapping[str, str] | None = None) -> Contact:
    """Merge `other_id` into `keep_id` and delete it; returns the merged contact. The name not kept becomes
    another name of the contact, and a title or company not kept a past role (contact_roles).

    `choices` maps "name", "title", "company", "department", "address", "status" to "keep" or "other"
    (see domain.duplicates.merged_contact); lists and notes are always united.
    """
    if keep_id == other_id:
        raise ValidationError("A contact cannot be merged with itself.")
    with library.writing() as session:
        keep_row, other_row = load_contact_row(session, keep_id), load_contact_row(session, other_id)
        keep, other = contact_from_row(keep_row), contact_from_row(other_row)
        try:
            merged = merged_contact(keep, other, choices)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        for title, company, department in past_roles(keep, other, merged):  # a job the merge does not show
            session.add(RoleRow(contact_id=keep_id, title=title, company=company, department=department))
        if other_row.created_at and (keep_row.created_at is None or other_row.created_at < keep_row.created_at):
            keep_row.created_at = other_row.created_at  # known since the first of the two records
        return absorb(session, keep_row, other_row, merged, other.display_name or f"contact #{other_id}")
