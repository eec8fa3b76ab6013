"""A Cardbook library: one folder holding the SQLite database, the card images and the backups.

<library>/cardbook.sqlite3     the database (WAL mode: -wal and -shm files sit beside it)
<library>/images/ab/<sha>.jpg  card photos and straightened crops, by content hash
<library>/backups/             automatic (before upgrades and restores) and manual backups
<library>/drafts.json          unsaved edits of the window's contact editor (see drafts.py), usually absent
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cardbook.storage.backup import backup_database
from cardbook.storage.database import make_engine
from cardbook.storage.drafts import FILE_NAME as DRAFTS_NAME
from cardbook.storage.errors import LibraryError
from cardbook.storage.images import ImageStore
from cardbook.storage.migrate import ensure_current

DB_NAME = "cardbook.sqlite3"
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
        ensure_current(library.db_path, library.backup)
        return library

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
        """A write session: commits when the block ends normally, rolls back on any error."""
        with self._write_lock, self.session() as session:
            try:
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
