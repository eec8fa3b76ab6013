"""A Cardbook library: a database with, on this machine, a folder for the card images, backups and drafts.

The database is a SQLite file in that folder (the default, a personal library), or a database on a PostgreSQL
server shared by a team (`postgresql://user@host/db`, docs/TEAM_LIBRARY.md). What differs between the two sits
behind `StorageBackend` (storage/backends.py): the engine, how a writer gets the library to itself, how the
schema is brought up to date, and backups. Everything else (sessions, services, queries) is the same code.

A folder library:

<library>/cardbook.sqlite3     the database (WAL mode: -wal and -shm files sit beside it)
<library>/images/ab/<sha>.jpg  card photos and straightened crops, by content hash
<library>/backups/             automatic (before upgrades and restores) and manual backups, and in
                               backups/images/ the card images they list, once each (backup_images.py)
<library>/drafts.json          unsaved edits of the window's contact editor (see drafts.py), usually absent
<library>/.cardbook.lock       held while a new or older database is being migrated (see `_migrate`)

A server library keeps its card images in the database (contacts/server_images.py) and its folder-side things
(this machine's copies of the images it has shown, drafts, pg_dump backups) in a folder of its own on each
machine, under the user data folder (`local_folder_for`).
"""

from __future__ import annotations

import hashlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cardbook.storage import change_feed
from cardbook.storage.backends import LOCK_NAME, FolderBackend, ServerBackend, StorageBackend, UpgradeNotice
from cardbook.storage.contacts.drafts import FILE_NAME as DRAFTS_NAME
from cardbook.storage.contacts.images import ImageStore
from cardbook.storage.errors import LibraryError
from cardbook.storage.server import is_server_url, parse_url, redacted

DB_NAME = "cardbook.sqlite3"
ENV_VAR = "CARDBOOK_LIBRARY"
# LOCK_NAME lives in backends.py now; restore.py still takes it from here.
__all__ = ["DB_NAME", "ENV_VAR", "LOCK_NAME", "Library", "default_library_path", "default_location"]


def default_library_path() -> Path:
    """`CARDBOOK_LIBRARY` (when it names a folder), else the platform's user data folder
    (e.g. ~/.local/share/Cardbook)."""
    env = os.environ.get(ENV_VAR)
    if env and not is_server_url(env):
        return Path(env).expanduser()
    return _user_data_folder()


def default_location() -> Path | str:
    """Where the library is when none is named: `CARDBOOK_LIBRARY` (a folder or a server URL), else the user
    data folder."""
    env = os.environ.get(ENV_VAR)
    if env and is_server_url(env):
        return env.strip()
    return default_library_path()


def _user_data_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Cardbook", appauthor=False))


def local_folder_for(server_url: str) -> Path:
    """This machine's folder for a server library: named after the server and database (readable in a file
    manager) and a hash of the whole redacted URL (two databases never share one)."""
    url = parse_url(server_url)
    shown = redacted(url)
    label = "".join(ch if ch.isalnum() else "-" for ch in f"{url.host or 'local'}-{url.database}")[:60]
    digest = hashlib.sha256(shown.encode()).hexdigest()[:12]
    return _user_data_folder() / "servers" / f"{label}-{digest}"


class Library:
    def __init__(self, root: Path, server_url: str | None = None) -> None:
        """`root` is the library's folder; for a server library (`server_url`), this machine's folder for it."""
        self.root = root
        self.backend: StorageBackend = (
            ServerBackend(server_url, root) if server_url is not None else FolderBackend(root / DB_NAME)
        )
        self.backups_dir = root / "backups"
        self.drafts_path = root / DRAFTS_NAME
        self.images: ImageStore = self.backend.image_store(root / "images", lambda: self.engine)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        # SQLite has one writer at a time; within this process writers queue here instead of on busy_timeout.
        self._write_lock = threading.RLock()
        # Who wrote, in a server library's change notices: this object, so its own window ignores its echo.
        self.change_origin = uuid.uuid4().hex

    @property
    def is_server(self) -> bool:
        return isinstance(self.backend, ServerBackend)

    @property
    def location(self) -> str:
        """Where the library is, as shown to the user: its folder, or its server URL without the password."""
        return self.backend.location

    @property
    def db_path(self) -> Path:
        """The SQLite database file; a server library has none (say so rather than create a stray file)."""
        if isinstance(self.backend, FolderBackend):
            return self.backend.db_path
        raise LibraryError(f"this works on a library folder only, not on a server library ({self.location})")

    @classmethod
    def open(
        cls,
        root: Path | str | None = None,
        *,
        local_root: Path | None = None,
        on_upgrade: UpgradeNotice | None = None,
    ) -> Library:
        """Open (creating if needed) the library, upgrading its schema after a backup when it is older.

        `root` is a folder, or a PostgreSQL URL (docs/TEAM_LIBRARY.md); `local_root` overrides this machine's
        folder for a server library; `on_upgrade(revision)` is told before an older library is upgraded, which
        can take seconds (migrate.py)."""
        location = default_location() if root is None else root
        if isinstance(location, str) and is_server_url(location):
            return cls._open_server(location, local_root, on_upgrade)
        library = cls(Path(location).expanduser().resolve())
        try:
            library.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the library folder {library.root}: {exc.strerror}") from exc
        if not library.root.is_dir():
            raise LibraryError(f"{library.root} is not a folder")
        if not os.access(library.root, os.W_OK):
            raise LibraryError(f"the library folder {library.root} is not writable")
        library._migrate(on_upgrade)
        return library

    @classmethod
    def _open_server(cls, url: str, local_root: Path | None, on_upgrade: UpgradeNotice | None = None) -> Library:
        folder = (local_root or local_folder_for(url)).expanduser().resolve()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create this machine's folder for the library {folder}: {exc.strerror}") from exc
        library = cls(folder, server_url=url)
        try:
            library.backend.prepare(library.backup, on_upgrade)
        except BaseException:
            library.close()
            raise
        return library

    def _migrate(self, on_upgrade: UpgradeNotice | None = None) -> None:
        """Create or upgrade the schema (FolderBackend.prepare says how for a folder)."""
        self.backend.prepare(self.backup, on_upgrade)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.backend.engine()
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
            self._write_sessions = sessionmaker(self.backend.writer(self.engine), expire_on_commit=False)
        with self._write_lock, self._write_sessions() as session:
            try:
                self.backend.begin_write(session.connection())  # the write lock now, not at the first statement
                contacts = self._track_changes(session)
                yield session
                if contacts is not None:  # other members' windows hear of it once it commits (change_feed.py)
                    change_feed.notify(session, self.change_origin, contacts)
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def _track_changes(self, session: Session) -> change_feed.ContactIds | None:
        if not self.is_server:
            return None
        change_feed.forget_writes(session.connection())
        return change_feed.ContactIds(session)

    def listen(self, on_notice: Callable[[change_feed.ChangeNotice], None]) -> change_feed.ChangeListener | None:
        """Hear what other writers change (a server library; None for a folder): `on_notice` is called on the
        listener's thread, never for this object's own writes. The caller starts and stops it."""
        if not self.is_server:
            return None
        engine = self.engine
        return change_feed.ChangeListener(
            lambda: change_feed.listening_connection(engine), on_notice, ignore_origin=self.change_origin
        )

    def backup(self, reason: str = "manual") -> Path | None:
        return self.backend.backup(reason, self.backups_dir, self.images)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
            self._write_sessions = None
