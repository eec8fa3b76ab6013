"""Card images as the review screen needs them, a card read again, and "met again" for a freshly read card.

A contact's cards come back as plain records: where the photo and the straightened crop are stored, the word
boxes, what the reader proposed for each field, the card's corners in the photo. After the user moves the
corners and the card is read again, `update_card_reading` replaces that reading. `met_again_candidates` finds
people already in the library who may be the person on a new card (same email, same E.164 phone, or a close
accent-folded name at the same company), looking only at the few contacts that share one of those keys.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from cardbook.domain.card import WordBox
from cardbook.domain.contact import Contact, Phone
from cardbook.domain.duplicates import DuplicateIndex, DuplicateSubject, company_key, subject_of
from cardbook.domain.enums import CardSide
from cardbook.domain.merging import merged_contact
from cardbook.domain.roles import is_job_change
from cardbook.domain.scanned import CardRegion, FieldProposal, image_extension
from cardbook.domain.text import fold
from cardbook.storage.contacts.card_fields import fields_to_json, proposals_from_json, region_from_json
from cardbook.storage.contacts.merge import absorb
from cardbook.storage.contacts.records import load_contact_row
from cardbook.storage.convert import contact_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import (
    CardImageRow,
    ContactRow,
    EmailRow,
    EncounterRow,
    PhoneRow,
    RoleRow,
    StoredImageRow,
)

MET_AGAIN_SCORE = 75  # same email or phone (95-100), or a close name at the same company (76-90)
_MAX_CANDIDATES = 500  # contacts sharing a company word; more than this is a word too common to tell


@dataclass(frozen=True, slots=True)
class CardRecord:
    """One stored card, for the review screen and the contact page (paths are None when not stored)."""

    id: int
    contact_id: int
    side: CardSide
    original_path: Path | None
    crop_path: Path | None
    ocr_text: str
    words: tuple[WordBox, ...]
    proposals: dict[str, list[FieldProposal]]
    corners: tuple[tuple[float, float], ...]
    rotation: int
    captured_at: dt.datetime | None
    region: CardRegion | None = None  # the card's country as the reader decided it (None: older cards)


@dataclass(frozen=True, slots=True)
class CardReading:
    """A new reading of a card (after its corners were moved): replaces the stored one."""

    crop_image: bytes | None
    ocr_text: str
    words: tuple[WordBox, ...] = ()
    proposals: dict[str, list[FieldProposal]] = field(default_factory=dict)
    corners: tuple[tuple[float, float], ...] = ()
    rotation: int = 0
    region: CardRegion | None = None


@dataclass(frozen=True, slots=True)
class MetAgainCandidate:
    contact_id: int
    name: str
    company: str
    score: int
    reasons: tuple[str, ...]  # in English, for logs and the command line
    same_email: str | None = None  # what matched, for the window to say in the user's language
    same_phone: str | None = None
    close_name: bool = False  # a close name at the same (or a similar) company


def _words(text: str) -> tuple[WordBox, ...]:
    try:
        raw = json.loads(text or "[]")
        return tuple(WordBox(str(t), int(x), int(y), int(w), int(h), float(c)) for t, x, y, w, h, c, *_ in raw)
    except (ValueError, TypeError):
        return ()


def _corners(text: str) -> tuple[tuple[float, float], ...]:
    try:
        return tuple((float(x), float(y)) for x, y in json.loads(text or "[]"))
    except (ValueError, TypeError):
        return ()


def _path(library: Library, image: StoredImageRow | None) -> Path | None:
    return library.images.path_for(image.sha256, image.extension) if image is not None else None


def _record(session: Session, library: Library, row: CardImageRow) -> CardRecord:
    original = session.get(StoredImageRow, row.original_image_id) if row.original_image_id else None
    crop = session.get(StoredImageRow, row.crop_image_id) if row.crop_image_id else None
    return CardRecord(
        id=row.id,
        contact_id=row.contact_id,
        side=CardSide(row.side),
        original_path=_path(library, original),
        crop_path=_path(library, crop),
        ocr_text=row.ocr_text or "",
        words=_words(row.words_json),
        proposals=proposals_from_json(row.fields_json),
        corners=_corners(row.corners_json),
        rotation=row.rotation,
        captured_at=row.captured_at,
        region=region_from_json(row.fields_json),
    )


def cards_of(library: Library, contact_id: int) -> list[CardRecord]:
    """A contact's cards, front before back, oldest first."""
    with library.session() as session:
        rows = session.scalars(
            select(CardImageRow)
            .where(CardImageRow.contact_id == contact_id)
            .order_by(CardImageRow.side.desc(), CardImageRow.captured_at, CardImageRow.id)
        ).all()
        return [_record(session, library, row) for row in rows]


def get_card(library: Library, card_id: int) -> CardRecord:
    with library.session() as session:
        row = session.get(CardImageRow, card_id)
        if row is None:
            raise NotFoundError(f"no card with id {card_id}")
        return _record(session, library, row)


def card_region_of(library: Library, contact_id: int) -> CardRegion | None:
    """The country of a contact's newest card that has one (front first): what its phone numbers are checked
    in when the contact is edited, as the review did. None when no card of theirs says."""
    with library.session() as session:
        texts = session.scalars(
            select(CardImageRow.fields_json)
            .where(CardImageRow.contact_id == contact_id)
            .order_by(CardImageRow.side.desc(), CardImageRow.captured_at.desc(), CardImageRow.id.desc())
        ).all()
    return next((found for text in texts if (found := region_from_json(text)) is not None), None)


def _image_in_use(session: Session, image_id: int) -> bool:
    used = session.scalar(
        select(func.count())
        .select_from(CardImageRow)
        .where((CardImageRow.original_image_id == image_id) | (CardImageRow.crop_image_id == image_id))
    )
    return bool(used)


def update_card_reading(library: Library, card_id: int, reading: CardReading) -> CardRecord:
    """Store a new reading of a card: its crop, words, proposals, corners and rotation (the old crop is dropped
    when no other card uses it). The crop file is written inside the write transaction, before its commit, as
    in `store_scanned_card` (card_import.py says why)."""
    orphan: tuple[str, str] | None = None
    with library.writing() as session:
        crop_sha: tuple[str, str] | None = None
        if reading.crop_image is not None:
            extension = image_extension(reading.crop_image)
            sha, _ = library.images.put(reading.crop_image, extension, session)
            crop_sha = (sha, extension)
        row = session.get(CardImageRow, card_id)
        if row is None:
            raise NotFoundError(f"no card with id {card_id}")
        old_crop = row.crop_image_id
        if crop_sha is not None:
            image = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == crop_sha[0])).one_or_none()
            if image is None:
                size = len(reading.crop_image or b"")
                image = StoredImageRow(sha256=crop_sha[0], extension=crop_sha[1], byte_size=size)
                session.add(image)
                session.flush()
            row.crop_image_id = image.id
        row.ocr_text = reading.ocr_text
        row.words_json = json.dumps(
            [[w.text, w.left, w.top, w.width, w.height, round(w.confidence, 3)] for w in reading.words],
            ensure_ascii=False,
        )
        row.fields_json = fields_to_json(reading.proposals, reading.region)
        row.corners_json = json.dumps([list(c) for c in reading.corners])
        row.rotation = reading.rotation
        session.flush()
        if old_crop is not None and old_crop != row.crop_image_id and not _image_in_use(session, old_crop):
            stale = session.get(StoredImageRow, old_crop)
            if stale is not None:
                orphan = (stale.sha256, stale.extension)
                session.delete(stale)
                session.flush()
                library.images.discard(session, [stale.sha256])  # a server library's chunks go with the row
        record = _record(session, library, row)
    if orphan is not None:
        library.images.remove(*orphan)
    return record


# ---- met again ----------------------------------------------------------------------------------------------


def _subjects(session: Session, ids: list[int]) -> list[DuplicateSubject]:
    rows = session.scalars(
        select(ContactRow)
        .where(ContactRow.id.in_(ids))
        .options(selectinload(ContactRow.emails), selectinload(ContactRow.phones))
    ).all()
    return [subject_of(_light_contact(row), row.id) for row in rows]


def _light_contact(row: ContactRow) -> Contact:
    """Just what duplicate detection reads (no links, no tags: fewer queries)."""
    return Contact(
        id=row.id,
        full_name=row.full_name or "",
        given_name=row.given_name,
        family_name=row.family_name,
        company=row.company,
        emails=[e.value for e in row.emails],
        phones=[Phone(p.number, p.e164) for p in row.phones],
    )


def _candidate_ids(session: Session, subject: DuplicateSubject) -> list[int]:
    """Contacts sharing a key with the subject: an email, an E.164 number, the folded name, a company word."""
    found: set[int] = set()
    if subject.emails:
        found.update(session.scalars(select(EmailRow.contact_id).where(EmailRow.normalized.in_(subject.emails))))
    if subject.phones:
        found.update(session.scalars(select(PhoneRow.contact_id).where(PhoneRow.e164.in_(subject.phones))))
    name = fold(subject.name).strip()
    if name:
        words = name.split()
        names = {name, " ".join(reversed(words))}
        found.update(session.scalars(select(ContactRow.id).where(ContactRow.sort_name.in_(names))))
        company = company_key(subject.company)
        distinctive = [w for w in company.split() if len(w) > 2]
        if distinctive:
            like = [ContactRow.sort_company.like(f"%{w}%") for w in distinctive[:3]]
            found.update(session.scalars(select(ContactRow.id).where(or_(*like)).limit(_MAX_CANDIDATES)))
    found.discard(subject.id)
    return sorted(found)


def met_again_candidates(library: Library, contact_id: int) -> list[MetAgainCandidate]:
    """People already in the library who are likely the person of `contact_id` (a card just read), best first."""
    with library.session() as session:
        return candidates_in(session, contact_id)


def candidates_in(session: Session, contact_id: int) -> list[MetAgainCandidate]:
    """`met_again_candidates` within a session (an import's write transaction: card_import.py)."""
    row = session.scalars(
        select(ContactRow)
        .where(ContactRow.id == contact_id)
        .options(selectinload(ContactRow.emails), selectinload(ContactRow.phones))
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    subject = subject_of(_light_contact(row), contact_id)
    others = _subjects(session, _candidate_ids(session, subject))
    companies = {
        i: c or "" for i, c in session.execute(select(ContactRow.id, ContactRow.company).where(
            ContactRow.id.in_([o.id for o in others])
        ))
    }  # fmt: skip
    matches = DuplicateIndex(others).matches(subject)
    result: list[MetAgainCandidate] = []
    by_id = {o.id: o for o in others}
    for match in matches:
        if match.score < MET_AGAIN_SCORE:
            continue
        other = match.second_id if match.first_id == contact_id else match.first_id
        person = by_id[other]
        emails = sorted(set(person.emails) & set(subject.emails))
        phones = sorted(set(person.phones) & set(subject.phones))
        close = any("company" in reason and "different" not in reason for reason in match.reasons)
        result.append(
            MetAgainCandidate(
                other, person.name, companies.get(other, ""), match.score, match.reasons,
                emails[0] if emails else None, phones[0] if phones else None, close,
            )
        )  # fmt: skip
    return result


def add_to_existing(library: Library, new_id: int, existing_id: int) -> Contact:
    """ "Met again": the card just read (`new_id`) is someone already known. Its encounters, cards, follow-ups
    and referrals move to `existing_id`; emails, phones, websites, profiles and tags the existing contact did
    not have are added (the new card may carry a new number); the name and address stay as they were. When the
    card shows another title or company and is not older than the last meeting, it is a job change: the card's
    role replaces the old one, which is kept in the contact's role history. The new contact is then deleted.
    One transaction."""
    if new_id == existing_id:
        raise ValidationError("A card cannot be added to its own contact.")
    with library.writing() as session:
        return add_in(session, new_id, existing_id)


def add_in(session: Session, new_id: int, existing_id: int) -> Contact:
    """`add_to_existing` within a session (an import's write transaction: card_import.py)."""
    new_row, keep_row = load_contact_row(session, new_id), load_contact_row(session, existing_id)
    keep, new = contact_from_row(keep_row), contact_from_row(new_row)
    choices = dict.fromkeys(("name", "title", "company", "department", "address", "status"), "keep")
    merged = merged_contact(keep, new, choices)
    merged.notes = keep.notes  # the new record's notes are the reader's, not the user's
    new_met = session.scalar(select(func.max(EncounterRow.date)).where(EncounterRow.contact_id == new_id))
    if is_job_change(keep, new) and (keep_row.last_met is None or new_met is None or new_met >= keep_row.last_met):
        # A newer card with another title or company: the person changed jobs. The card wins, and the old
        # role stays in their story.
        session.add(
            RoleRow(
                contact_id=existing_id,
                title=keep.title,
                company=keep.company,
                department=keep.department,
                until=new_met,
            )
        )
        merged.title, merged.company, merged.department = new.title, new.company, new.department
    return absorb(session, keep_row, new_row, merged, new.display_name or f"contact #{new_id}")
