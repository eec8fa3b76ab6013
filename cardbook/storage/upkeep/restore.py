"""Restore a backup (a database file, or an archive with the images) into a library, whatever state the
library's current database is in.

Why not through `Library.open`: the library that most needs a restore is the one that cannot be opened (a file
cut in half, its header zeroed, random bytes, its schema version dropped). So the current database is looked at
first (library_state.diagnose):
- usable: kept as a backup ("before-restore") and replaced through SQLite's online backup API;
- damaged or empty: moved aside, never deleted, into backups/damaged-<stamp>/ (with its -wal and -shm files),
  and the backup is copied into its place; the caller says where it went;
- missing: the backup simply takes its place.
The images the backup lists that the library lacks, or holds with other bytes than their hash (damaged on disk),
are put back, each checked against its content hash: from
the archive, or for a database backup from the backups' image store (backup_images.py; the one beside the
backup file too, when it was copied elsewhere).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cardbook.storage.backends import UpgradeNotice
from cardbook.storage.contacts.images import FolderImageStore
from cardbook.storage.errors import RestoreError
from cardbook.storage.library import DB_NAME, LOCK_NAME, Library
from cardbook.storage.library_state import DatabaseState, diagnose
from cardbook.storage.lockfile import file_lock
from cardbook.storage.migrate import HEAD_REVISION, known_revisions
from cardbook.storage.upkeep import archive
from cardbook.storage.upkeep.backup import backup_database, copy_database_into, inspect_backup
from cardbook.storage.upkeep.backup_images import STORE_NAME, restore_listed_images


@dataclass(frozen=True, slots=True)
class RestoreResult:
    safety: Path | None = None  # a backup of the database that was replaced (when it was usable)
    moved_aside: Path | None = None  # the folder the damaged database was moved to
    images_restored: int = 0
    images_refused: int = 0  # archive members whose bytes did not match their name's hash


def restore_library(library: Library, source: Path) -> Path | None:
    """Replace an open library's database with `source`; returns the backup of what was replaced."""
    library.close()  # no connection of ours may hold the database while its pages are replaced
    return restore_into(library.root, source).safety


def restore_into(root: Path, source: Path, on_upgrade: UpgradeNotice | None = None) -> RestoreResult:
    """Restore `source` (a backup database or a `backup --with-images` archive) into the library at `root`;
    `on_upgrade(revision)` is told before an older backup is upgraded (storage/migrate.py)."""
    source = source.expanduser().resolve()
    root = root.expanduser().resolve()
    db_path = root / DB_NAME
    if source == db_path:
        raise RestoreError("this file is the library's own database, not a backup")
    root.mkdir(parents=True, exist_ok=True)
    backups = root / "backups"
    with tempfile.TemporaryDirectory(dir=root, prefix=".restore-") as folder:
        is_archive = archive.is_archive(source)
        # A private copy first: the safety backup taken below prunes the oldest backups, which may be `source`.
        if is_archive:
            database = archive.extract_database(source, Path(folder))
            revision = inspect_backup(database)
        else:
            revision = inspect_backup(source)  # errors name the user's file, not the copy
            database = _private_copy(source, Path(folder))
        if revision != HEAD_REVISION and revision not in known_revisions():
            raise RestoreError(f"{source}: written by a newer version of Cardbook (schema {revision}); update first")
        images = FolderImageStore(root / "images")
        restored = refused = 0
        if not is_archive:  # before the safety backup, whose pruning may drop what only `source` listed
            stores = dict.fromkeys([backups / STORE_NAME, source.parent / STORE_NAME])  # in order, once each
            restored, refused = restore_listed_images(database, [FolderImageStore(s) for s in stores], images)
        with file_lock(root / LOCK_NAME):
            safety, aside = _set_aside(db_path, backups)
            if db_path.exists():
                copy_database_into(database, db_path)
            else:
                _copy_new(database, db_path)
    if is_archive:
        restored, refused = archive.restore_images(source, images)
    Library.open(root, on_upgrade=on_upgrade).close()  # an older backup is upgraded like any older library
    return RestoreResult(safety, aside, restored, refused)


def _private_copy(source: Path, folder: Path) -> Path:
    if not source.is_file():
        raise RestoreError(f"{source}: no such file")
    target = folder / "backup.sqlite3"
    shutil.copyfile(source, target)
    return target


def _set_aside(db_path: Path, backups: Path) -> tuple[Path | None, Path | None]:
    """Keep the current database: a backup when it is usable, else the file itself moved aside."""
    state = diagnose(db_path).state
    if state is DatabaseState.MISSING:
        return None, None
    if state is DatabaseState.OK:
        try:
            images = FolderImageStore(db_path.parent / "images")
            return backup_database(db_path, backups, "before-restore", images), None
        except (sqlite3.Error, ValueError):
            pass  # damaged where quick_check did not look ("database or disk is full" in VACUUM INTO)
    return None, _move_aside(db_path, backups)


def _move_aside(db_path: Path, backups: Path) -> Path:
    folder = backups / f"damaged-{datetime.now():%Y%m%d-%H%M%S-%f}"
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            shutil.move(path, folder / path.name)
    return folder


def _copy_new(source: Path, db_path: Path) -> None:
    """The backup as the library's new database file, written whole then renamed into place."""
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        copy_database_into(source, partial)
        partial.replace(db_path)
    finally:
        partial.unlink(missing_ok=True)
