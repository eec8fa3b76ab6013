"""Snapshots of a contact with everything attached, for undo: take one before a deletion or a "met again",
restore it to put things back.

A snapshot is plain data (column values by table, and the bytes of the images no other contact uses), so it
can sit on an undo stack for as long as the window is open. Restoring reuses the original ids when they are
still free (the window keeps pointing at the same contact), inserts everything in one transaction and
rebuilds the search index entry. With `replace=True` a contact that still exists under the snapshot's id is
first deleted (undoing a change made to it, e.g. the encounters a "met again" moved onto it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from cardbook.storage.contacts import search_index
from cardbook.storage.errors import NotFoundError
from cardbook.storage.library import Library
from cardbook.storage.models import (
    CardImageRow,
    ContactRow,
    ContactSourceRow,
    ContactTagRow,
    CorrectionRow,
    EmailRow,
    EncounterRow,
    FollowUpRow,
    LinkRow,
    MemberRow,
    PhoneRow,
    ReferralRow,
    RoleRow,
    StoredImageRow,
    TagRow,
)

Row = dict[str, Any]

# Tables whose rows belong to one contact through a `contact_id` column, restored in this order.
_OWNED: tuple[type[Any], ...] = (
    EmailRow, PhoneRow, LinkRow, EncounterRow, FollowUpRow, ContactSourceRow, RoleRow
)  # fmt: skip


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True, slots=True)
class StoredImage:
    row: Row  # the images table's columns
    data: bytes | None  # the file, kept only when no other contact uses it (deleting the contact removes it)


@dataclass(frozen=True, slots=True)
class ContactSnapshot:
    contact_id: int
    contact: Row
    owned: dict[str, list[Row]] = field(default_factory=dict)  # table name -> rows
    cards: list[Row] = field(default_factory=list)
    images: list[StoredImage] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    referrals: list[Row] = field(default_factory=list)  # both ways
    # The review corrections linked to the contact, by id only: deleting a contact keeps them (unlinked, what was
    # learned outlives the contact); restoring links them back, so an undone review can still forget its own.
    corrections: tuple[int, ...] = ()


def _rows(session: Session, table: Table, *where: Any) -> list[Row]:
    return [dict(r) for r in session.execute(select(table).where(*where)).mappings()]


def _image_used_elsewhere(session: Session, image_id: int, contact_id: int) -> bool:
    query = (
        select(CardImageRow.id)
        .where((CardImageRow.original_image_id == image_id) | (CardImageRow.crop_image_id == image_id))
        .where(CardImageRow.contact_id != contact_id)
        .limit(1)
    )
    return session.scalar(query) is not None


def _snapshot(session: Session, library: Library, contact_id: int) -> ContactSnapshot:
    contacts = _rows(session, _table(ContactRow), ContactRow.id == contact_id)
    if not contacts:
        raise NotFoundError(f"no contact with id {contact_id}")
    owned = {_table(m).name: _rows(session, _table(m), m.contact_id == contact_id) for m in _OWNED}
    cards = _rows(session, _table(CardImageRow), CardImageRow.contact_id == contact_id)
    image_ids = {i for c in cards for i in (c["original_image_id"], c["crop_image_id"]) if i is not None}
    images: list[StoredImage] = []
    for image in _rows(session, _table(StoredImageRow), StoredImageRow.id.in_(image_ids)):
        data = None
        if not _image_used_elsewhere(session, image["id"], contact_id):
            path = library.images.path_for(image["sha256"], image["extension"])
            data = path.read_bytes() if path.is_file() else None
        images.append(StoredImage(image, data))
    tags = list(
        session.scalars(
            select(TagRow.name)
            .join(ContactTagRow, ContactTagRow.tag_id == TagRow.id)
            .where(ContactTagRow.contact_id == contact_id)
        )
    )
    referrals = _rows(
        session,
        _table(ReferralRow),
        or_(ReferralRow.from_contact_id == contact_id, ReferralRow.to_contact_id == contact_id),
    )
    corrections = tuple(session.scalars(select(CorrectionRow.id).where(CorrectionRow.contact_id == contact_id)))
    return ContactSnapshot(contact_id, contacts[0], owned, cards, images, tags, referrals, corrections)


def snapshot_contact(library: Library, contact_id: int) -> ContactSnapshot:
    """Everything about one contact, as plain data. Raises NotFoundError."""
    with library.session() as session:
        return _snapshot(session, library, contact_id)


def snapshot_contacts(library: Library, contact_ids: Iterable[int]) -> list[ContactSnapshot]:
    """Several contacts read in one session (a consistent picture of, e.g., both sides of a "met again")."""
    with library.session() as session:
        return [_snapshot(session, library, i) for i in contact_ids]


def _free(session: Session, table: Table, row_id: Any) -> bool:
    return row_id is not None and session.execute(select(table.c.id).where(table.c.id == row_id)).first() is None


def _insert(session: Session, table: Table, row: Row) -> int:
    """Insert a row, keeping its id when free; returns the id it got. A row whose member was removed since the
    snapshot comes back as nobody's, as removing the member made their other rows (storage/members.py)."""
    values = dict(row)
    if not _free(session, table, values.get("id")):
        values.pop("id", None)
    if values.get("member_id") is not None and _free(session, _table(MemberRow), values["member_id"]):
        values["member_id"] = None
    return int(session.execute(insert(table).values(**values).returning(table.c.id)).scalar_one())


def _restore_images(session: Session, library: Library, images: list[StoredImage]) -> dict[int, int | None]:
    table = _table(StoredImageRow)
    mapping: dict[int, int | None] = {}
    for image in images:
        sha, ext = image.row["sha256"], image.row["extension"]
        existing = session.scalar(select(StoredImageRow.id).where(StoredImageRow.sha256 == sha))
        if existing is not None:
            mapping[image.row["id"]] = existing
            continue
        if image.data is None and not library.images.exists(sha, ext, session):
            mapping[image.row["id"]] = None  # gone for good: the card keeps its text, loses its picture
            continue
        if image.data is not None:
            library.images.put(image.data, ext, session)
        mapping[image.row["id"]] = _insert(session, table, image.row)
    return mapping


def _tag_ids(session: Session, names: list[str]) -> list[int]:
    ids: list[int] = []
    for name in names:
        tag_id = session.scalar(select(TagRow.id).where(TagRow.name == name))
        if tag_id is None:
            tag_id = _insert(session, _table(TagRow), {"name": name})
        ids.append(tag_id)
    return ids


def _restore_one(session: Session, library: Library, snap: ContactSnapshot, replace: bool) -> int:
    contacts = _table(ContactRow)
    if replace and not _free(session, contacts, snap.contact_id):
        search_index.unindex(session, snap.contact_id)
        session.execute(delete(contacts).where(contacts.c.id == snap.contact_id))  # children cascade
    new_id = _insert(session, contacts, snap.contact)
    for model in _OWNED:
        table = _table(model)
        for row in snap.owned.get(table.name, []):
            _insert(session, table, {**row, "contact_id": new_id})
    images = _restore_images(session, library, snap.images)
    for card in snap.cards:
        original, crop = card["original_image_id"], card["crop_image_id"]
        values = {
            **card,
            "contact_id": new_id,
            "original_image_id": images.get(original) if original is not None else None,
            "crop_image_id": images.get(crop) if crop is not None else None,
        }
        _insert(session, _table(CardImageRow), values)
    for tag_id in _tag_ids(session, snap.tags):
        session.execute(insert(_table(ContactTagRow)).values(contact_id=new_id, tag_id=tag_id))
    if snap.corrections:
        corrections = _table(CorrectionRow)
        session.execute(update(corrections).where(corrections.c.id.in_(snap.corrections)).values(contact_id=new_id))
    return new_id


def _restore_referrals(session: Session, snaps: Sequence[ContactSnapshot], ids: dict[int, int]) -> None:
    """Referrals of every snapshot, once each; those whose other side no longer exists are left out (deleting
    that contact would have deleted them too)."""
    table = _table(ReferralRow)
    contacts = _table(ContactRow)
    seen: set[int] = set()
    for snap in snaps:
        for row in snap.referrals:
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            values = dict(row)
            for side in ("from_contact_id", "to_contact_id"):
                other = values[side]
                if other is None:
                    continue
                values[side] = ids.get(other, other)
                if values[side] not in ids.values() and _free(session, contacts, values[side]):
                    break
            else:
                if _free(session, table, values["id"]):
                    _insert(session, table, values)


def restore_contacts(
    library: Library, snapshots: Sequence[ContactSnapshot], *, replace: bool = False
) -> dict[int, int]:
    """Put contacts back as they were in their snapshots, in one transaction; returns old id -> restored id
    (the same id unless it was taken meanwhile, or always the same with `replace`)."""
    ids: dict[int, int] = {}
    with library.writing() as session:
        for snap in snapshots:
            ids[snap.contact_id] = _restore_one(session, library, snap, replace)
        _restore_referrals(session, snapshots, ids)
        session.flush()
        session.expire_all()
        for new_id in ids.values():
            row = session.get(ContactRow, new_id)
            if row is not None:
                search_index.reindex(session, row)
    return ids


def restore_contact(library: Library, snapshot: ContactSnapshot, *, replace: bool = False) -> int:
    return restore_contacts(library, [snapshot], replace=replace)[snapshot.contact_id]
