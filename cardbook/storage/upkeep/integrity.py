"""`cardbook check`: is the library whole? Database integrity, references, search index, cached summaries, files
(missing ones, and those left behind: leftovers.py).

A server library's images are rows (contacts/server_images.py): every `images` row is compared with its chunks
by counts and sizes in SQL, which reads no image bytes; `deep` (`check --repair`) also hashes every image."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from cardbook.domain.exchange import meeting_stats
from cardbook.domain.text import counted
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.records import load_contact_rows, refresh_summary
from cardbook.storage.convert import encounter_from_row
from cardbook.storage.errors import is_library_busy
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, StoredImageRow
from cardbook.storage.upkeep.backup_images import file_sha256
from cardbook.storage.upkeep.leftovers import find_leftovers

_CHUNK = 2000


@dataclass(slots=True)
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_library(library: Library, *, deep: bool = False) -> CheckReport:
    """`deep`: on a server library, read every image's bytes and check them against their hash too."""
    report = CheckReport()
    if not library.is_server:
        _check_search_index(library, report)
    with library.session() as session:
        if session.get_bind().dialect.name == "sqlite":
            _check_sqlite_file(session, report)
        # A server library (PostgreSQL) needs neither: the server enforces foreign keys at every statement,
        # and its files' health is its administrator's (amcheck, checksums), not something a client can read.

        indexed = {int(r[0]) for r in session.execute(text("SELECT rowid FROM contacts_fts"))}
        contact_ids = set(session.scalars(select(ContactRow.id)))
        report.checked["contacts"] = len(contact_ids)
        for cid in sorted(contact_ids - indexed)[:20]:
            report.problems.append(f"search index: contact {cid} is missing from the index")
        for cid in sorted(indexed - contact_ids)[:20]:
            report.problems.append(f"search index: entry {cid} belongs to no contact")

        stale_text = 0
        stale_summary = 0
        ordered = sorted(contact_ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            rows = load_contact_rows(session, chunk)
            encounters: dict[int, list[EncounterRow]] = {}
            for enc in session.scalars(select(EncounterRow).where(EncounterRow.contact_id.in_(chunk))):
                encounters.setdefault(enc.contact_id, []).append(enc)
            stored = {
                int(r[0]): tuple(r[1:])
                for r in session.execute(
                    text(
                        "SELECT rowid, name, org, reach, place, notes FROM contacts_fts "
                        f"WHERE rowid IN ({','.join(str(i) for i in chunk)})"
                    )
                )
            }
            events = search_index.events_of(session, chunk)
            for row in rows:
                stats = meeting_stats(encounter_from_row(e) for e in encounters.get(row.id, []))
                cached = (row.meeting_count, row.first_met, row.last_met, row.reciprocity)
                if cached != (stats.count, stats.first_met, stats.last_met, stats.reciprocity.value):
                    stale_summary += 1
                if row.id in stored:
                    doc = search_index.document(row, events.get(row.id, []))
                    expected = (doc["name"], doc["org"], doc["reach"], doc["place"], doc["notes"])
                    if stored[row.id] != expected:
                        stale_text += 1
        if stale_summary:
            report.problems.append(f"summaries: {counted(stale_summary, 'contact')} with stale meeting counts or dates")
        if stale_text:
            report.problems.append(f"search index: {counted(stale_text, 'contact')} indexed with outdated text")

        if library.is_server:
            _check_server_images(session, report, deep)
        else:
            images = session.scalars(select(StoredImageRow)).all()
            report.checked["images"] = len(images)
            missing = [img for img in images if not library.images.exists(img.sha256, img.extension)]
            for img in missing[:20]:
                report.problems.append(f"images: file {img.sha256}.{img.extension} is missing from the library")
            lost = {img.sha256 for img in missing}
            damaged = [img for img in images if img.sha256 not in lost and _damaged_file(library, img, deep)]
            for img in damaged[:20]:
                report.problems.append(
                    f"images: file {img.sha256}.{img.extension} is damaged (its bytes are not the image stored); "
                    "`cardbook restore` of a backup with its images brings it back"
                )
        report.problems.extend(find_leftovers(library, session).problems())
    return report


def _damaged_file(library: Library, image: StoredImageRow, deep: bool) -> bool:
    """Whether a present image file is not the image its row stored: another size (a stat, always), or with
    `deep` other bytes (hashed: a same-size file whose bytes flipped). Its name is its hash, so no repair can
    make it right again; only a backup's copy can (restore.py)."""
    path = library.images.path_for(image.sha256, image.extension)
    try:
        if path.stat().st_size != image.byte_size:
            return True
        return deep and file_sha256(path) != image.sha256
    except OSError:
        return True


def _check_server_images(session: Session, report: CheckReport, deep: bool) -> None:
    from cardbook.storage.contacts.server_images import broken_images, misread_images

    report.checked["images"] = int(session.scalar(select(func.count()).select_from(StoredImageRow)) or 0)
    broken = broken_images(session)
    if deep:
        broken += misread_images(session, skip={image.sha256 for image in broken})
    for image in broken[:20]:
        report.problems.append(f"images: image {image.sha256}.{image.extension} {image.problem}")
    if len(broken) > 20:
        report.problems.append(f"images: {counted(len(broken) - 20, 'more damaged image')}")


def _check_sqlite_file(session: Session, report: CheckReport) -> None:
    """SQLite's own checks: the file's pages, the foreign keys (SQLite enforces them only where asked), FTS5."""
    status = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
    if status != ["ok"]:
        report.problems.extend(f"database: {s}" for s in status[:20])
    broken = session.execute(text("PRAGMA foreign_key_check")).all()
    for table, rowid, parent, _ in broken[:20]:
        report.problems.append(f"database: {table} row {rowid} points to a missing {parent} row")


def _check_search_index(library: Library, report: CheckReport) -> None:
    """FTS5's own integrity check. It is an INSERT, so it needs the write lock: asked for up front (a writing
    session waits for another process's write, as every writer does) — in a read transaction it met a writer's
    lock at once and reported "search index: damaged (database is locked)" for a library that was fine."""
    try:
        with library.writing() as session:
            try:
                session.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"))
            except DatabaseError as exc:
                if is_library_busy(exc):
                    raise
                report.problems.append(f"search index: damaged ({exc.orig})")
            session.rollback()  # the integrity-check command writes nothing
    except DatabaseError as exc:
        if is_library_busy(exc):
            raise  # another writer held on for longer than a writer waits: "library is busy", not a fault
        report.problems.append(f"search index: not checked ({exc.orig})")  # e.g. a read-only library file


def mend_server_images(library: Library) -> int:
    """On a server library, the damaged images this machine has a good copy of, written again (under the write
    lock); returns how many. Nothing to do on a folder library."""
    if not library.is_server:
        return 0
    from cardbook.storage.contacts.server_images import broken_images, mend_from_copies, misread_images

    with library.writing() as session:
        broken = broken_images(session)
        broken += misread_images(session, skip={image.sha256 for image in broken})
        return mend_from_copies(session, library.images, broken)


def repair_search_index(library: Library) -> int:
    """Rebuild every contact's index entry and cached summary; returns how many contacts were reindexed."""

    count = 0
    with library.writing() as session:
        session.execute(text("DELETE FROM contacts_fts"))
        ids = list(session.scalars(select(ContactRow.id)))
        for start in range(0, len(ids), _CHUNK):
            rows = load_contact_rows(session, ids[start : start + _CHUNK])
            for row in rows:
                refresh_summary(session, row)
                search_index.reindex(session, row)
                count += 1
        search_index.optimize(session)
    return count
