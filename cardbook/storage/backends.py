"""Where a library's database lives: a SQLite file in the library folder, or a PostgreSQL server.

`Library` (library.py) holds one `StorageBackend` and asks it for what differs between the two engines; every
storage service above works on SQLAlchemy sessions and does not care which it is. docs/TEAM_LIBRARY.md has the
whole design, including what stays in a folder on each machine.

- engine: one file, NullPool, WAL (database.py) | a pool of connections (server.py);
- one writer at a time: BEGIN IMMEDIATE and the busy timeout | a transaction-level advisory lock;
- schema upgrade: a lock file, the diagnosis of a lost or damaged file, a backup first, foreign keys checked
  after | one transaction under an advisory lock (DDL is transactional: all or nothing);
- images: files in the library folder | chunks in the database, with this machine's copies in its local folder
  (contacts/images.py, contacts/server_images.py);
- backup: VACUUM INTO a file, with its images | pg_dump into this machine's backups/ (upkeep/server_backup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine

from cardbook.storage.contacts.images import FolderImageStore, ImageStore
from cardbook.storage.errors import DamagedLibraryError, LibraryError, LostDatabaseError
from cardbook.storage.library_state import DatabaseState, diagnose, lost_database_message, missing_tables
from cardbook.storage.lockfile import file_lock

Backup = Callable[[str], Path | None]
UpgradeNotice = Callable[[str], None]  # migrate.py: told the revision an existing library is upgraded from
LOCK_NAME = ".cardbook.lock"


class StorageBackend(Protocol):
    @property
    def location(self) -> str:
        """Where the database is, as shown to the user (never with a password)."""
        ...

    def engine(self) -> Engine: ...

    def writer(self, engine: Engine) -> Engine:
        """The engine (or a variant of it) that write sessions use."""
        ...

    def begin_write(self, connection: Any) -> None:
        """Called first in every write session: the library's one writer from here to the commit."""
        ...

    def prepare(self, backup: Backup, on_upgrade: UpgradeNotice | None = None) -> None:
        """Create the schema or bring it up to date (after `backup(reason)` where the engine needs one), telling
        `on_upgrade(revision)` first when an existing library is upgraded."""
        ...

    def image_store(self, root: Path, engine: Callable[[], Engine]) -> ImageStore:
        """The library's images; `root` is this machine's images folder, `engine()` the library's engine."""
        ...

    def backup(self, reason: str, backups_dir: Path, images: ImageStore) -> Path | None:
        """A backup written now, or None when there is nothing to back up. Raises LibraryError when it cannot."""
        ...


class FolderBackend:
    """The personal library: `cardbook.sqlite3` in the library folder."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.root = db_path.parent

    @property
    def location(self) -> str:
        return str(self.root)

    def engine(self) -> Engine:
        from cardbook.storage.database import make_engine

        return make_engine(self.db_path)

    def writer(self, engine: Engine) -> Engine:
        from cardbook.storage.database import writer_engine

        return writer_engine(engine)

    def begin_write(self, connection: Any) -> None:
        """Nothing to add: the writer engine's transactions begin IMMEDIATE (database.py)."""

    def prepare(self, backup: Backup, on_upgrade: UpgradeNotice | None = None) -> None:
        """Bring the schema to the current revision. Two commands opening a brand-new library together would
        both try to create its tables; a lock file serialises them, and the second finds the work done. A
        library already current (the usual case) opens without taking the lock. A damaged database, or a
        missing one beside card images, is refused with what to do (library_state.py says why)."""
        import sqlite3

        from cardbook.storage.migrate import HEAD_REVISION, current_revision, ensure_current, is_older

        try:
            # A table of the schema gone (dropped by hand, its page lost) is damage too: told here, by one read of
            # sqlite_master, rather than as "no such table" at the first query (or in the window, at every one).
            revision = current_revision(self.db_path)
            if revision == HEAD_REVISION and not missing_tables(self.db_path):
                return
            if is_older(revision) and on_upgrade is not None:
                on_upgrade(str(revision))  # first: the checks below take seconds on a large library (migrate.py)
        except (sqlite3.DatabaseError, ValueError):  # ValueError: garbled bytes where a table's name should be
            pass  # diagnosed below
        with file_lock(self.root / LOCK_NAME):
            lost = lost_database_message(self.db_path, self.root / "images", self.root / "backups")
            if lost is not None:
                raise LostDatabaseError(lost)
            diagnosis = diagnose(self.db_path)
            if diagnosis.state is DatabaseState.DAMAGED:
                raise DamagedLibraryError(
                    f"the library's database {self.db_path} is damaged ({diagnosis.detail}): "
                    "`cardbook restore FILE` puts a backup in its place and keeps the damaged file aside"
                )
            ensure_current(self.db_path, backup)

    def image_store(self, root: Path, engine: Callable[[], Engine]) -> ImageStore:
        return FolderImageStore(root)

    def backup(self, reason: str, backups_dir: Path, images: ImageStore) -> Path | None:
        from cardbook.storage.upkeep.backup import backup_database

        if not self.db_path.exists():
            return None
        return backup_database(self.db_path, backups_dir, reason, images)


class ServerBackend:
    """A team library on a PostgreSQL server (server.py)."""

    def __init__(self, url: str, local_root: Path) -> None:
        from cardbook.storage.server import parse_url, redacted

        self.url = parse_url(url)
        self.local_root = local_root
        self._shown = redacted(self.url)

    @property
    def location(self) -> str:
        return self._shown

    def engine(self) -> Engine:
        from cardbook.storage.change_feed import track_writes
        from cardbook.storage.server import make_server_engine

        engine = make_server_engine(self.url)
        track_writes(engine)  # what each write session wrote, for its change notice (change_feed.py)
        return engine

    def writer(self, engine: Engine) -> Engine:
        return engine

    def begin_write(self, connection: Any) -> None:
        from cardbook.storage.server import begin_write

        begin_write(connection)

    def prepare(self, backup: Backup, on_upgrade: UpgradeNotice | None = None) -> None:
        """Upgrade the schema in one transaction under an advisory lock. No backup before it: a failed upgrade
        rolls back whole (docs/TEAM_LIBRARY.md), so no pg_dump is needed on every member's machine to open it."""
        from sqlalchemy.exc import OperationalError

        from cardbook.storage.migrate import ensure_server_current

        engine = self.engine()
        try:
            ensure_server_current(engine, on_upgrade)
        except OperationalError as exc:
            first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
            raise LibraryError(f"cannot open the library on {self._shown}: {first}") from exc
        finally:
            engine.dispose()

    def image_store(self, root: Path, engine: Callable[[], Engine]) -> ImageStore:
        from cardbook.storage.contacts.server_images import ServerImageStore

        return ServerImageStore(root, engine)

    def backup(self, reason: str, backups_dir: Path, images: ImageStore) -> Path | None:
        """`pg_dump` into this machine's backups folder; the dump holds the images too (they are rows)."""
        from cardbook.storage.upkeep.server_backup import dump_server

        return dump_server(self.url, backups_dir, reason)
