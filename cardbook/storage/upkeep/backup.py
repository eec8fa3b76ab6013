"""Backups of the library's database, and restoring one.

A live SQLite file is never copied: recent commits may still sit in the `-wal` file. `VACUUM INTO` writes a
consistent, compact snapshot; restoring goes through SQLite's online backup API into the live database.
Given the library's image store, a backup also keeps the card images it lists, once each, by content hash
(backup_images.py), so that restoring it brings back lost images too.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.errors import RestoreError
from cardbook.storage.upkeep.backup_images import keep_images, prune_store

KEEP_BACKUPS = 20  # automatic and manual backups kept; older ones are pruned


def backup_database(db_path: Path, backups_dir: Path, reason: str = "manual", images: ImageStore | None = None) -> Path:
    """Write `<backups>/cardbook-<stamp>-<reason>.sqlite3`; with `images`, keep the images it lists too."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / backup_name(reason, ".sqlite3")
    con = sqlite3.connect(db_path)
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    if images is not None:
        keep_images(target, images, backups_dir)
    _prune(backups_dir)
    return target


def backup_name(reason: str, suffix: str) -> str:
    """`cardbook-<stamp>-<reason><suffix>`: names sort by date, and say why the backup was taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    return f"cardbook-{stamp}-{safe_reason}{suffix}"


def _prune(backups_dir: Path) -> None:
    """Keep the newest KEEP_BACKUPS database backups, and the images only they still list."""
    backups = sorted(backups_dir.glob("cardbook-*.sqlite3"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    prune_store(backups_dir)


def inspect_backup(path: Path) -> str | None:
    """Check that a file is an intact Cardbook database; returns its schema revision."""
    if not path.is_file():
        raise RestoreError(f"{path}: no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise RestoreError(f"{path}: not a Cardbook backup (not an SQLite database)")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        status = con.execute("PRAGMA integrity_check").fetchone()
        if not status or status[0] != "ok":
            raise RestoreError(f"{path}: the backup is damaged ({status[0] if status else 'no answer'})")
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"contacts", "alembic_version"} <= tables:
            raise RestoreError(f"{path}: not a Cardbook backup (no contacts table)")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise RestoreError(f"{path}: not a readable database ({exc})") from exc
    finally:
        con.close()


def copy_database_into(source: Path, db_path: Path) -> None:
    """Replace the live database's content with the source's, through the online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
