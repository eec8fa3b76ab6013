"""Restore a backup into a library, keeping the current state as a backup first."""

from __future__ import annotations

from pathlib import Path

from cardbook.storage.backup import copy_database_into, inspect_backup
from cardbook.storage.errors import RestoreError
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION, ensure_current, known_revisions


def restore_library(library: Library, source: Path) -> Path | None:
    """Replace the library's database with `source`; returns the backup of what was replaced.

    The source is checked first (an SQLite file, intact, a Cardbook schema this version knows). Older
    backups are upgraded after the restore, like any older library.
    """
    source = source.resolve()
    revision = inspect_backup(source)
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise RestoreError(f"{source}: written by a newer version of Cardbook (schema {revision}); update first")
    if source == library.db_path.resolve():
        raise RestoreError("this file is the library's own database, not a backup")
    safety = library.backup("before-restore")
    library.close()  # no connection of ours may hold the database while its pages are replaced
    copy_database_into(source, library.db_path)
    ensure_current(library.db_path, library.backup)
    return safety
