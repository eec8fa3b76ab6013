"""Bring a library's database to the current schema, safely.

- The schema version lives in Alembic's `alembic_version` table. Reading it needs only sqlite3, so a library
  that is already current opens without importing Alembic (the command line stays fast).
- Before upgrading an existing database, a backup is written with `VACUUM INTO` (never a file copy: the WAL
  may hold recent commits).
- A database stamped with a revision this version does not know was written by a newer Cardbook: refused.
- Batch migrations copy tables; with foreign keys ON, dropping the old table would cascade-delete children.
  So migrations run with foreign keys OFF, and `PRAGMA foreign_key_check` must come back clean afterwards.
- Upgrading a large library takes a while (0006 to 0008, revision 0007 rewriting every contact: ~10 s at
  100,000 contacts, packaging/bench_upgrade.py), so `Library.open(on_upgrade=...)` is told the revision first,
  before the checks, the backup and the upgrade (`is_older`; never for a new or current library): the command
  line prints a line, the window shows a dialog (ui/window/upgrade_progress.py). It runs on the opening thread;
  Alembic runs the revisions in one transaction, so nothing offers to stop half-way.
- A library on a PostgreSQL server (docs/TEAM_LIBRARY.md) is migrated by the same revisions, in one
  transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves the schema as it was), under an
  advisory lock so that two members opening an old library together upgrade it once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cardbook.storage.errors import MigrationError, NewerLibraryError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

# The newest revision this version of Cardbook writes. A test checks it against the migration scripts.
HEAD_REVISION = "0008"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def current_revision(db_path: Path) -> str | None:
    """The schema revision stamped in the database, or None for a new or empty database."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        has_table = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        con.close()


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in script.walk_revisions()]


def _refuse_newer(revision: str | None) -> None:
    """A schema this version does not know was written by a newer Cardbook: opening it would lose its data."""
    if revision is not None and revision not in known_revisions():
        raise NewerLibraryError(
            f"This library was written by a newer version of Cardbook (schema {revision}); "
            "update Cardbook to open it. Nothing was changed."
        )


UpgradeNotice = Callable[[str], None]


def is_older(revision: str | None) -> bool:
    """Whether a stamped revision is one of this Cardbook's older ones, told without importing Alembic (revisions
    are numbered "0001", "0002"...): the upgrade notice is given first, before the checks that take seconds on a
    large library (importing Alembic and the revisions, the database's diagnosis: ~3 s at 100,000 contacts)."""
    return revision is not None and revision.isdigit() and int(revision) < int(HEAD_REVISION)


def ensure_current(db_path: Path, backup: Callable[[str], Path | None]) -> bool:
    """Upgrade the database to HEAD_REVISION. Returns True when a migration ran.

    `backup(reason)` is called before an existing database is upgraded.
    """
    revision = current_revision(db_path)
    if revision == HEAD_REVISION:
        return False
    _refuse_newer(revision)
    if revision is not None:
        backup(f"before-upgrade-{revision}")
    _upgrade(db_path)
    return True


def ensure_server_current(engine: Engine, on_upgrade: UpgradeNotice | None = None) -> bool:
    """Upgrade a server library's schema to HEAD_REVISION; True when a migration ran (module docstring)."""
    from cardbook.storage.server import MIGRATION_LOCK_KEY, server_revision

    revision = server_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if is_older(revision) and on_upgrade is not None:
        on_upgrade(str(revision))
    _refuse_newer(revision)
    with engine.begin() as connection:
        # Held to the end of the transaction; whoever waited finds the work done (Alembic reads the
        # revision again after the lock).
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        _run_alembic(connection)
    return True


def _run_alembic(connection: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def _upgrade(db_path: Path) -> None:
    from cardbook.storage.database import make_engine

    engine = make_engine(db_path, foreign_keys=False, immediate=True)
    try:
        with engine.begin() as connection:
            _run_alembic(connection)
        with engine.connect() as connection:
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(f"Migration left {len(problems)} broken references; the backup is intact.")
    finally:
        engine.dispose()
