"""Service glue between the library and cardbook.interop: export contacts, import read ones, the user's card.

Exports stream: contacts are loaded a chunk at a time in short read sessions and handed out as plain
ExportRecords. An import commits IMPORT_BATCH contacts at a time, so that other writers wait for one batch,
not for the whole file; an import stopped half-way keeps its committed batches and, run again on the same file,
goes on after them (import_journal.py). Each imported contact is checked against the library (and the file's
earlier contacts) for possible duplicates, which are reported, never merged silently; that check runs after the
last commit, without the write lock, and it sees what another member imported meanwhile.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from cardbook.domain.contact import Contact
from cardbook.domain.duplicates import DuplicateIndex, subject_of
from cardbook.domain.enums import ContactStatus, OfferedBy, Reciprocated, ReferralOutcome
from cardbook.interop.csv_write import ColumnCounts
from cardbook.interop.mycard import contact_from_json, contact_to_json
from cardbook.interop.photo import jpeg_photo
from cardbook.interop.records import ExportRecord, ImportedContact, MeetingLine, ReferralLine
from cardbook.storage.contacts import import_journal, search_index
from cardbook.storage.contacts.history_import import HistoryWriter
from cardbook.storage.contacts.merge import duplicate_subjects
from cardbook.storage.contacts.records import load_contact_rows
from cardbook.storage.convert import apply_contact, contact_from_row
from cardbook.storage.errors import ValidationError
from cardbook.storage.library import Library
from cardbook.storage.members import current_member_id, recording_member_id
from cardbook.storage.models import (
    CardImageRow,
    ContactRow,
    ContactSourceRow,
    EmailRow,
    EncounterRow,
    EventRow,
    LinkRow,
    MemberRow,
    NetworkRow,
    PhoneRow,
    ReferralRow,
    SettingRow,
    StoredImageRow,
    TagRow,
)

MY_CARD_KEY = "my_card"
CHUNK = 500  # contacts read per session by an export
# Contacts stored per write transaction by an import. The library has one writer at a time, so while a batch is
# written every other writer waits (a save in the window gives up after 60 s): one transaction for a whole
# 30,000-contact file made them wait ~70 s; a batch of 500 takes about a second (docs/MEASURING.md, "Writers
# during an import"), and more batches would cost more commits for no gain.
IMPORT_BATCH = 500
# Between two batches the import lets go of the write lock this long. Without the pause it took the lock back at
# once and a waiting writer never saw it free: SQLite's busy handler tries again after sleeping up to 100 ms, and
# in the window the save's thread waits on the library's lock that the import's thread takes straight back (a
# save waited 8 s of a 3,000-contact import made of six batches). 60 pauses add ~7 s to 30,000 contacts.
WRITER_HANDOVER_S = 0.12

# --- the user's own card ------------------------------------------------------------------------------------


def get_my_card(library: Library) -> Contact | None:
    """The current member's card (storage/members.py) when a member is chosen on this machine, else the
    library's own (a personal library's user)."""
    member_id = current_member_id(library)
    with library.session() as session:
        if member_id is not None:
            member = session.get(MemberRow, member_id)
            return contact_from_json(member.card_json) if member is not None and member.card_json else None
        row = session.get(SettingRow, MY_CARD_KEY)
        return contact_from_json(row.value) if row is not None else None


def save_my_card(library: Library, contact: Contact) -> Contact:
    if not (contact.display_name or contact.phones or contact.websites):
        raise ValidationError("Your card needs at least a name, a company, an email or a phone number.")
    with library.writing() as session:
        member_id = recording_member_id(session, library)
        member = session.get(MemberRow, member_id) if member_id is not None else None
        if member is not None:
            member.card_json = contact_to_json(contact)
            return contact
        row = session.get(SettingRow, MY_CARD_KEY)
        if row is None:
            session.add(SettingRow(key=MY_CARD_KEY, value=contact_to_json(contact)))
        else:
            row.value = contact_to_json(contact)
    return contact


# --- export -------------------------------------------------------------------------------------------------


def export_ids(library: Library) -> list[int]:
    """Every contact in name order."""
    with library.session() as session:
        return list(session.scalars(select(ContactRow.id).order_by(ContactRow.sort_name, ContactRow.id)))


def csv_column_counts(library: Library) -> ColumnCounts:
    """The most e-mails, phones and links any contact has: the Google layout's numbered columns, without loading."""

    def most(model: type[EmailRow] | type[PhoneRow] | type[LinkRow], session: Session) -> int:
        per_contact = select(func.count().label("n")).select_from(model).group_by(model.contact_id).subquery()
        return int(session.scalar(select(func.max(per_contact.c.n))) or 0)

    with library.session() as session:
        return ColumnCounts(
            max(1, most(EmailRow, session)), max(1, most(PhoneRow, session)), max(1, most(LinkRow, session))
        )


def _display_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(
        select(ContactRow.id, ContactRow.full_name, ContactRow.given_name, ContactRow.family_name, ContactRow.company)
        .where(ContactRow.id.in_(ids))
    )  # fmt: skip
    return {
        r[0]: Contact(full_name=r[1] or "", given_name=r[2], family_name=r[3], company=r[4]).display_name or f"#{r[0]}"
        for r in rows
    }


def _photos(session: Session, library: Library, ids: list[int]) -> dict[int, bytes]:
    crop, original = aliased(StoredImageRow), aliased(StoredImageRow)
    rows = session.execute(
        select(CardImageRow.contact_id, crop.sha256, crop.extension, original.sha256, original.extension)
        .outerjoin(crop, CardImageRow.crop_image_id == crop.id)
        .outerjoin(original, CardImageRow.original_image_id == original.id)
        .where(CardImageRow.contact_id.in_(ids))
        .order_by(CardImageRow.contact_id, CardImageRow.side.desc(), CardImageRow.id)  # "front" before "back"
    )
    candidates: dict[int, list[Path]] = {}
    for contact_id, crop_sha, crop_ext, original_sha, original_ext in rows:
        paths = candidates.setdefault(contact_id, [])
        for sha, ext in ((crop_sha, crop_ext), (original_sha, original_ext)):
            if sha:
                paths.append(library.images.path_for(sha, ext))

    def first_usable(paths: list[Path]) -> bytes | None:
        for path in paths:
            if path.is_file():
                photo = jpeg_photo(path.read_bytes())
                if photo is not None:
                    return photo
        return None

    # Re-encoding costs ~20-30 ms a card; Pillow releases the GIL while it decodes and encodes, so threads help.
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
        photos = dict(zip(candidates, pool.map(first_usable, candidates.values()), strict=True))
    return {contact_id: photo for contact_id, photo in photos.items() if photo is not None}


def _history(session: Session, ids: list[int]) -> tuple[dict[int, list[MeetingLine]], dict[int, list[str]]]:
    meetings: dict[int, list[MeetingLine]] = {i: [] for i in ids}
    networks: dict[int, list[str]] = {i: [] for i in ids}
    rows = session.execute(
        select(EncounterRow, EventRow.name, EventRow.place, NetworkRow.name)
        .outerjoin(EventRow, EncounterRow.event_id == EventRow.id)
        .outerjoin(NetworkRow, EventRow.network_id == NetworkRow.id)
        .where(EncounterRow.contact_id.in_(ids))
    )
    for encounter, event_name, event_place, network_name in rows:
        meetings[encounter.contact_id].append(
            MeetingLine(
                encounter.date,
                event_name,
                encounter.place or event_place,
                OfferedBy(encounter.offered_by),
                Reciprocated(encounter.reciprocated),
            )
        )
        if network_name and network_name not in networks[encounter.contact_id]:
            networks[encounter.contact_id].append(network_name)
    return meetings, networks


def _referrals(session: Session, ids: list[int]) -> dict[int, list[ReferralLine]]:
    rows = session.scalars(
        select(ReferralRow)
        .where(or_(ReferralRow.from_contact_id.in_(ids), ReferralRow.to_contact_id.in_(ids)))
        .order_by(ReferralRow.date.desc().nulls_last(), ReferralRow.id)
    ).all()
    names = _display_names(session, {i for r in rows for i in (r.from_contact_id, r.to_contact_id) if i is not None})
    found: dict[int, list[ReferralLine]] = {i: [] for i in ids}
    wanted = set(ids)
    for r in rows:
        target = names.get(r.to_contact_id) if r.to_contact_id is not None else r.to_name
        line = ReferralLine(
            r.date,
            names.get(r.from_contact_id) if r.from_contact_id else None,
            target,
            ReferralOutcome(r.outcome),
            r.note,
        )
        for contact_id in {r.from_contact_id, r.to_contact_id} & wanted:
            if contact_id is not None:
                found[contact_id].append(line)
    return found


def iter_export_records(
    library: Library, ids: Sequence[int] | None = None, *, with_history: bool = True, with_photos: bool = True
) -> Iterator[ExportRecord]:
    """ExportRecords for the given contacts (all, in name order, by default), a chunk at a time."""
    order = list(ids) if ids is not None else export_ids(library)
    for start in range(0, len(order), CHUNK):
        chunk = order[start : start + CHUNK]
        with library.session() as session:
            rows = load_contact_rows(session, chunk)
            by_id = {row.id: contact_from_row(row) for row in rows}
            meetings, networks = _history(session, chunk) if with_history else ({}, {})
            referrals = _referrals(session, chunk) if with_history else {}
            photos = _photos(session, library, chunk) if with_photos else {}
        for contact_id in chunk:
            if contact_id in by_id:
                yield ExportRecord(
                    by_id[contact_id],
                    meetings.get(contact_id, []),
                    referrals.get(contact_id, []),
                    networks.get(contact_id, []),
                    photos.get(contact_id),
                )


# --- import -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    index: int  # the imported contact's position in its file
    new_id: int
    new_name: str
    existing_id: int
    existing_name: str
    score: int
    reason: str


@dataclass(slots=True)
class ImportReport:
    created_ids: list[int] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)


def _image_row(session: Session, library: Library, data: bytes, extension: str) -> StoredImageRow:
    sha, _path = library.images.put(data, extension, session)
    row = session.scalars(select(StoredImageRow).where(StoredImageRow.sha256 == sha)).one_or_none()
    if row is None:
        row = StoredImageRow(sha256=sha, extension=extension, byte_size=len(data))
        session.add(row)
        session.flush()
    return row


def _canonical_tags(session: Session, contacts: Sequence[ImportedContact]) -> dict[str, str]:
    """Every tag of the import created up front, spelled as the library already spells it ("Client", not
    "client"): then no contact's tags need a query that flushes, and one file cannot create a tag twice."""
    spelling = {name.casefold(): name for name in session.scalars(select(TagRow.name))}
    for item in contacts:
        for tag in item.contact.tags:
            clean = " ".join(tag.split())
            if clean and clean.casefold() not in spelling:
                spelling[clean.casefold()] = clean
                session.add(TagRow(name=clean))
    session.flush()
    return spelling


def _store_batch(
    session: Session,
    library: Library,
    chunk: Sequence[ImportedContact],
    keep_photos: bool,
    status: ContactStatus,
    source_name: str | None,
) -> list[int]:
    """One batch of an import, in the caller's write transaction: the new contacts' ids, in the batch's order."""
    spelling = _canonical_tags(session, chunk)
    history = HistoryWriter(session, recording_member_id(session, library))
    rows: list[ContactRow] = []
    # No autoflush: one flush per batch inserts its rows in batches instead of one contact at a time.
    with session.no_autoflush:
        for item in chunk:
            tags = [spelling.get(" ".join(t.split()).casefold(), t) for t in item.contact.tags]
            row = ContactRow()
            session.add(row)
            apply_contact(session, row, replace(item.contact, status=status, tags=tags))
            rows.append(row)
    session.flush()
    search_index.write_entries(session, [{"id": row.id, **search_index.document(row)} for row in rows])
    for item, row in zip(chunk, rows, strict=True):
        if keep_photos and item.photo and item.photo_type:
            image = _image_row(session, library, item.photo, "jpg" if item.photo_type == "jpeg" else item.photo_type)
            session.add(CardImageRow(contact_id=row.id, original_image_id=image.id, crop_image_id=image.id))
        if item.source_text:
            session.add(
                ContactSourceRow(
                    contact_id=row.id, format=item.source_format, file_name=source_name, text=item.source_text
                )
            )
        history.store(row, item)  # X-CARDBOOK-* meetings and referrals of a Cardbook vCard
    return [row.id for row in rows]


def import_contacts(
    library: Library,
    contacts: Sequence[ImportedContact],
    *,
    keep_photos: bool = True,
    status: ContactStatus = ContactStatus.ACTIVE,
    source_name: str | None = None,
    resume_key: str | None = None,
) -> ImportReport:
    """Store read contacts, IMPORT_BATCH to a transaction, and report those that may already be in the library.

    Imported contacts are active (they come from an address book someone kept, not from OCR). A vCard photo is
    kept as the contact's card image, and each card's original text is kept (contact_sources, with `source_name`,
    the file it came from) so that nothing the file said is lost. Image files are written before the commit: a
    failed import leaves at most unreferenced files (found by `cardbook check`), never rows pointing at missing
    files. A failure keeps the batches committed before it; with `resume_key` (import_journal.journal_key), a
    run that stopped goes on after them when started again, and reports them as its own.
    """
    report = ImportReport()
    done = import_journal.stored_so_far(library, resume_key) if resume_key else []
    done = done if len(done) <= len(contacts) else []  # an entry that does not fit this file: start afresh
    created: list[tuple[ImportedContact, int]] = list(zip(contacts, done, strict=False))
    report.created_ids += done
    for start in range(len(done), len(contacts), IMPORT_BATCH):
        chunk = contacts[start : start + IMPORT_BATCH]
        with library.writing() as session:
            ids = _store_batch(session, library, chunk, keep_photos, status, source_name)
            if resume_key:
                finished = start + len(chunk) >= len(contacts)
                import_journal.record(session, resume_key, report.created_ids + ids, finished)
        created += zip(chunk, ids, strict=True)
        report.created_ids += ids
        if start + IMPORT_BATCH < len(contacts):
            time.sleep(WRITER_HANDOVER_S)
    # Possible duplicates are only reported, so they are found after the commit, without the write lock, among
    # the contacts as they are then: those another member imported meanwhile too (docs/TEAM_LIBRARY.md,
    # "Several writers"), this file's own contacts being compared one after the other as the file lists them.
    with library.session() as session:
        subjects, names = duplicate_subjects(session)
    ours = {row_id for _item, row_id in created}
    index = DuplicateIndex([subject for subject in subjects if subject.id not in ours])
    for item, row_id in created:
        subject = subject_of(item.contact, row_id)
        name = item.contact.display_name or f"#{row_id}"
        for candidate in index.matches(subject):
            existing = candidate.second_id if candidate.first_id == row_id else candidate.first_id
            report.duplicates.append(
                PossibleDuplicate(
                    item.index, row_id, name, existing, names.get(existing, f"#{existing}"),
                    candidate.score, candidate.reason,
                )
            )  # fmt: skip
        index.add(subject)
        names[row_id] = name
    return report
