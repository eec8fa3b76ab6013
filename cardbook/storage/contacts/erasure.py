"""Erase one person from a library for good: `cardbook erase CONTACT_ID` and the window's Delete.

A plain deletion (contacts.delete_contact) removes the rows, but the person stays on disk (issue 15): SQLite
keeps deleted text in free pages, FTS5 keeps the indexed tokens in old segments until they are merged, the WAL
keeps every page written until a checkpoint, drafts.json keeps an unsaved edit, and the backups keep
everything. Erasing takes each of those away:
- rows: the contact and all it owns (foreign keys cascade), its index entry, its card images (rows and files,
  and the card wall's cached thumbnails of them) that no other card uses, and what reviews taught that holds
  them (`review_corrections`: their rows, and by value rows with their name, email or phone left by an earlier
  deletion);
- the index: `optimize` merges the FTS5 segments, so no segment holds the person's tokens any more;
- the file: `secure_delete` (database.py) zeroes deleted content, and a VACUUM rewrites the whole file;
- the WAL: `wal_checkpoint(TRUNCATE)` empties it (when another program still reads the library, it is emptied
  at its next checkpoint, and the result says so);
- drafts.json: the person's unsaved edit;
- with `from_backups`, every backup (database files and archives) is rewritten without the person
  (erasure_backups.py).

On a server library (docs/TEAM_LIBRARY.md) the rows, index entry and card images (their chunks in the database,
this machine's copies and thumbnails) go the same way, and a VACUUM makes the dead rows' space reusable; other
members' machines drop their copies at their next `check --repair`; the server's own write-ahead log, replicas
and dumps are its administrator's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.drafts import DraftStore, contact_key
from cardbook.storage.contacts.records import NotFoundError
from cardbook.storage.database import configure_connection
from cardbook.storage.library import Library
from cardbook.storage.models import CardImageRow, ContactRow, EmailRow, PhoneRow, StoredImageRow
from cardbook.storage.upkeep.erasure_backups import BackupsErasure, Identity, corrections_condition, erase_from_backups


@dataclass(slots=True)
class ErasureResult:
    identity: Identity
    images_removed: int = 0
    wal_emptied: bool = True  # False: another program holds the library open; emptied at its next checkpoint
    backups: BackupsErasure = field(default_factory=BackupsErasure)  # with from_backups


def erase_contact(library: Library, contact_id: int, *, from_backups: bool = False) -> ErasureResult:
    """Erase a contact from the library's rows, index, file, WAL, drafts (and backups, when asked)."""
    with library.writing() as session:
        row = session.get(ContactRow, contact_id)
        if row is None:
            raise NotFoundError(f"no contact with id {contact_id}")
        identity = Identity(
            contact_id,
            row.full_name or "",
            tuple(session.scalars(select(EmailRow.normalized).where(EmailRow.contact_id == contact_id))),
            tuple(p for p in session.scalars(select(PhoneRow.e164).where(PhoneRow.contact_id == contact_id)) if p),
            tuple(session.scalars(select(PhoneRow.number).where(PhoneRow.contact_id == contact_id))),
        )
        image_ids = {
            i
            for card in session.scalars(select(CardImageRow).where(CardImageRow.contact_id == contact_id))
            for i in (card.original_image_id, card.crop_image_id)
            if i is not None
        }
        dialect = session.get_bind().dialect.name
        where, params = corrections_condition([contact_id], identity, dialect)  # before the delete sets it NULL
        session.execute(text(f"DELETE FROM review_corrections WHERE {where}"), params)
        search_index.unindex(session, contact_id)
        session.delete(row)
        session.flush()
        files: list[Path] = []
        shas: list[str] = []
        for image_id in sorted(image_ids):
            used = session.scalar(
                select(func.count())
                .select_from(CardImageRow)
                .where((CardImageRow.original_image_id == image_id) | (CardImageRow.crop_image_id == image_id))
            )
            image = session.get(StoredImageRow, image_id)
            if not used and image is not None:
                files.append(library.images.local_path(image.sha256, image.extension))
                shas.append(image.sha256)
                session.delete(image)
        session.flush()
        library.images.discard(session, shas)  # a server library's chunks, in the transaction that deletes the rows
        search_index.optimize(session)
        for path in files:  # under the write lock, before the commit (leftovers.py says why)
            path.unlink(missing_ok=True)
        for sha in shas:  # and the card wall's small copies of them
            library.images.remove_thumbnails(sha)
    result = ErasureResult(identity, images_removed=len(files))
    DraftStore.open(library.drafts_path).remove(contact_key(contact_id))
    if library.is_server:
        result.wal_emptied = vacuum_server(library)
    else:
        library.close()  # our own connections must not keep the WAL alive
        result.wal_emptied = compact(library.db_path)
    if from_backups:
        result.backups = erase_from_backups(library.backups_dir, identity)
    return result


def vacuum_server(library: Library) -> bool:
    """VACUUM a server library (outside any transaction, as PostgreSQL requires): the erased rows' space is
    reclaimed for reuse. True: there is no WAL of ours to empty on a server."""
    with library.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
    return True


def compact(db_path: Path) -> bool:
    """Rewrite the database file (VACUUM) and empty its WAL; False when another connection kept the WAL."""
    con = sqlite3.connect(db_path, isolation_level=None)
    try:
        configure_connection(con)
        con.execute("VACUUM")
        busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy
    finally:
        con.close()
