"""A Cardbook library: one folder holding the SQLite database, the card images and the backups.

<library>/cardbook.sqlite3     the database (WAL mode: -wal and -shm files sit beside it)
<library>/images/ab/<sha>.jpg  card photos and straightened crops, by content hash
<library>/backups/             automatic (before upgrades and restores) and manual backups
<library>/drafts.json          unsaved edits of the window's contact editor (see drafts.py), usually absent
<library>/.cardbook.lock       held while a new or older database is being migrated (see `_migration_lock`)
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cardbook.storage.contacts.drafts import FILE_NAME as DRAFTS_NAME
from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.database import make_engine, writer_engine
from cardbook.storage.errors import DamagedLibraryError, LibraryError
from cardbook.storage.library_state import DatabaseState, diagnose, lost_database_message
from cardbook.storage.lockfile import file_lock
from cardbook.storage.migrate import HEAD_REVISION, current_revision, ensure_current
from cardbook.storage.upkeep.backup import backup_database

DB_NAME = "cardbook.sqlite3"
LOCK_NAME = ".cardbook.lock"
ENV_VAR = "CARDBOOK_LIBRARY"


def default_library_path() -> Path:
    """`CARDBOOK_LIBRARY`, else the platform's user data folder (e.g. ~/.local/share/Cardbook)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Cardbook", appauthor=False))


class Library:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.db_path = root / DB_NAME
        self.backups_dir = root / "backups"
        self.drafts_path = root / DRAFTS_NAME
        self.images = ImageStore(root / "images")
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        # SQLite has one writer at a time; within this process writers queue here instead of on busy_timeout.
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, root: Path | None = None) -> Library:
        """Open (creating if needed) the library, upgrading its schema after a backup when it is older."""
        library = cls((root or default_library_path()).expanduser().resolve())
        try:
            library.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the library folder {library.root}: {exc.strerror}") from exc
        if not library.root.is_dir():
            raise LibraryError(f"{library.root} is not a folder")
        if not os.access(library.root, os.W_OK):
            raise LibraryError(f"the library folder {library.root} is not writable")
        library._migrate()
        return library

    def _migrate(self) -> None:
        """Bring the schema to the current revision. Two commands opening a brand-new library together would
        both try to create its tables; a lock file serialises them, and the second finds the work done. A
        library already current (the usual case) opens without taking the lock. A damaged database, or a
        missing one beside card images, is refused with what to do (library_state.py says why)."""

        try:
            if current_revision(self.db_path) == HEAD_REVISION:
                return
        except sqlite3.DatabaseError:
            pass  # diagnosed below
        with file_lock(self.root / LOCK_NAME):
            lost = lost_database_message(self.db_path, self.images.root, self.backups_dir)
            if lost is not None:
                raise LibraryError(lost)
            diagnosis = diagnose(self.db_path)
            if diagnosis.state is DatabaseState.DAMAGED:
                raise DamagedLibraryError(
                    f"the library's database {self.db_path} is damaged ({diagnosis.detail}): "
                    "`cardbook restore FILE` puts a backup in its place and keeps the damaged file aside"
                )
            ensure_current(self.db_path, self.backup)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db_path)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session: one user action. Objects loaded here must not leave it (hand out dataclasses)."""
        if self._sessions is None:
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write session: commits when the block ends normally, rolls back on any error.

        It begins IMMEDIATE at once (database.py says why): the block starts only once this process holds the
        library's write lock, waiting up to the busy timeout for another writer, so whatever it does first
        (write image files, read then write) happens while no other writer can commit."""
        if self._write_sessions is None:
            self._write_sessions = sessionmaker(writer_engine(self.engine), expire_on_commit=False)
        with self._write_lock, self._write_sessions() as session:
            try:
                session.connection()  # BEGIN IMMEDIATE now, not at the first statement
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def backup(self, reason: str = "manual") -> Path | None:
        if not self.db_path.exists():
            return None
        return backup_database(self.db_path, self.backups_dir, reason)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
            self._write_sessions = None
