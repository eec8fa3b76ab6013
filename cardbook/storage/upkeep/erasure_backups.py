"""Rewrite a library's backups without one person (`cardbook erase --from-backups`).

A backup is a snapshot of the whole library, so the person is found there again by who they are (their id with
the same name, or the same name with a shared email or phone: ids can differ after merges), deleted the way
the live library deletes (cascades, index entry, images no other card uses), and the backup rewritten with
`VACUUM INTO` (a fresh file holds no trace of deleted pages) then renamed over the old one. An archive
(`backup --with-images`) is rebuilt without the person's image files, and the backups' image store
(backup_images.py) loses the images no backup lists any more. A backup that cannot be rewritten is left as it
was and named in the result, never half-rewritten (and the images it lists stay).
"""

from __future__ import annotations

import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cardbook.storage.database import configure_connection
from cardbook.storage.upkeep import archive
from cardbook.storage.upkeep.backup_images import prune_store


@dataclass(frozen=True, slots=True)
class Identity:
    """Who was erased: what finds the same person in a backup (ids there may differ after merges)."""

    contact_id: int
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]  # E.164
    numbers: tuple[str, ...] = ()  # the phone numbers as printed


def corrections_condition(
    contact_ids: list[int], identity: Identity, dialect: str = "sqlite"
) -> tuple[str, dict[str, object]]:
    """The WHERE clause (and its named parameters) of the `review_corrections` rows that hold the person: their
    contact's rows, and by value the rows kept after an earlier deletion (contact_id NULL) that hold their
    name, an email or a phone number (docs/LIBRARY_FORMAT.md: what was learned outlives a deleted contact).
    SQLite spells "contains" instr, PostgreSQL strpos; both give the position, 0 when absent."""
    contains = "strpos" if dialect == "postgresql" else "instr"
    params: dict[str, object] = {f"id{i}": contact_id for i, contact_id in enumerate(contact_ids)}
    clauses = [f"contact_id IN ({','.join(':' + k for k in params)})"] if params else []
    values = [v for v in (identity.name, *identity.emails, *identity.numbers, *identity.phones) if len(v) >= 3]
    for i, value in enumerate(dict.fromkeys(values)):
        params[f"v{i}"] = value
        clauses.append(
            f"{contains}(coalesce(proposed, ''), :v{i}) > 0 OR {contains}(coalesce(kept, ''), :v{i}) > 0 "
            f"OR {contains}(lines_json, :v{i}) > 0 OR {contains}(relabelled_json, :v{i}) > 0"
        )
    return " OR ".join(f"({c})" for c in clauses) or "1 = 0", params


@dataclass(slots=True)
class BackupsErasure:
    rewritten: list[Path] = field(default_factory=list)
    without_person: int = 0
    failed: list[tuple[Path, str]] = field(default_factory=list)
    images_removed: int = 0  # files of the backups' image store no backup lists any more


# The backups that hold a copy of the database: plain copies and `backup --with-images` archives.
BACKUP_PATTERNS = ("cardbook-*.sqlite3", "cardbook-*.tar")


def erase_from_backups(backups_dir: Path, identity: Identity) -> BackupsErasure:
    result = BackupsErasure()
    if not backups_dir.is_dir():
        return result
    for path in [p for pattern in BACKUP_PATTERNS for p in sorted(backups_dir.glob(pattern))]:
        try:
            if _rewrite(path, identity):
                result.rewritten.append(path)
            else:
                result.without_person += 1
        except (OSError, sqlite3.Error, tarfile.TarError, ValueError) as exc:
            result.failed.append((path, str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
    result.images_removed = prune_store(backups_dir)
    return result


def _rewrite(path: Path, identity: Identity) -> bool:
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".erasing-") as folder:
        work = Path(folder)
        database = archive.extract_database(path, work) if path.suffix == ".tar" else path
        cleaned = work / "cleaned.sqlite3"
        removed = _erase_in(database, cleaned, identity)
        if removed is None:
            return False
        if path.suffix == ".tar":
            rebuilt = work / "rebuilt.tar"
            _rebuild_archive(path, cleaned, removed, rebuilt)
            rebuilt.replace(path)
        else:
            cleaned.replace(path)
    return True


def _erase_in(database: Path, target: Path, identity: Identity) -> set[str] | None:
    """Write `target`: `database` without the person. Returns the image file names removed, or None when the
    person is not in this backup (nothing written)."""
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    try:
        ids = _matching_ids(con, identity)
        if not ids:
            return None
        con.execute("VACUUM INTO ?", (str(target),))  # a private copy to change
    finally:
        con.close()
    con = sqlite3.connect(target, isolation_level=None)
    try:
        configure_connection(con)
        con.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        marks = ",".join("?" * len(ids))
        con.execute("BEGIN IMMEDIATE")
        images = [
            r[0]
            for r in con.execute(
                f"SELECT original_image_id FROM card_images WHERE contact_id IN ({marks}) "
                f"UNION SELECT crop_image_id FROM card_images WHERE contact_id IN ({marks})",
                [*ids, *ids],
            )
            if r[0] is not None
        ]
        con.execute(f"DELETE FROM contacts_fts WHERE rowid IN ({marks})", ids)
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_corrections'").fetchone():
            where, params = corrections_condition(ids, identity)
            con.execute(f"DELETE FROM review_corrections WHERE {where}", params)
        con.execute(f"DELETE FROM contacts WHERE id IN ({marks})", ids)
        removed: set[str] = set()
        for image_id in images:
            used = con.execute(
                "SELECT count(*) FROM card_images WHERE original_image_id = ? OR crop_image_id = ?",
                (image_id, image_id),
            ).fetchone()[0]
            row = con.execute("SELECT sha256, extension FROM images WHERE id = ?", (image_id,)).fetchone()
            if not used and row is not None:
                removed.add(f"{row[0]}.{row[1]}")
                con.execute("DELETE FROM images WHERE id = ?", (image_id,))
        con.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('optimize')")
        con.execute("COMMIT")
        con.execute("VACUUM")
    finally:
        con.close()
    return removed


def _matching_ids(con: sqlite3.Connection, identity: Identity) -> list[int]:
    found = {
        int(r[0])
        for r in con.execute(
            "SELECT id FROM contacts WHERE id = ? AND full_name = ?", (identity.contact_id, identity.name)
        )
    }
    if identity.name and (identity.emails or identity.phones):
        emails = ",".join("?" * len(identity.emails)) or "NULL"
        phones = ",".join("?" * len(identity.phones)) or "NULL"
        query = (
            "SELECT c.id FROM contacts c WHERE c.full_name = ? AND ("
            f"EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id AND e.normalized IN ({emails})) OR "
            f"EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = c.id AND p.e164 IN ({phones})))"
        )
        found.update(int(r[0]) for r in con.execute(query, (identity.name, *identity.emails, *identity.phones)))
    return sorted(found)


def _rebuild_archive(source: Path, database: Path, removed: set[str], target: Path) -> None:
    with tarfile.open(source, "r") as old, tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as new:
        new.add(database, arcname=archive.DB_MEMBER)
        for member in old:
            if member.name == archive.DB_MEMBER or not member.isfile():
                continue
            if member.name.rsplit("/", 1)[-1] in removed:
                continue
            data = old.extractfile(member)
            if data is not None:
                with data:
                    new.addfile(member, data)
