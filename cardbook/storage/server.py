"""A library on a PostgreSQL server: its URL, its engine, its password, and the locks that replace SQLite's.

docs/TEAM_LIBRARY.md has the design; in short:

- The location is a libpq URL, `postgresql://user@host/db` or `postgresql:///db?host=/socket/dir`, accepted
  wherever a library path is. It is shown and remembered without its password (`redacted`).
- The password is never stored by Cardbook. libpq reads `~/.pgpass` (or $PGPASSFILE) by itself; when the server
  still asks for one, the system keyring is asked for the entry `cardbook` / `user@host:port/db`, once per engine,
  only after a connection was refused for want of a password (so a server that needs none, or a .pgpass that
  has it, never wakes the keyring, whose backends may talk to other services).
- Writers: SQLite lets one writer in at a time (`BEGIN IMMEDIATE`) and the storage services rely on it (a
  duplicate check, then an insert). On PostgreSQL each write transaction starts by taking a transaction-level
  advisory lock of the library, which gives the same guarantee; readers never wait (MVCC). Later sessions can
  narrow it (docs/TEAM_LIBRARY.md, "Several writers").
- Migrating takes a session-level advisory lock, in place of the lock file beside a SQLite database.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from cardbook.storage.errors import LibraryError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
KEYRING_SERVICE = "cardbook"
# Advisory lock keys (64-bit, any value): one for writers, one for migrations; they spell "CBWRITE" and
# "CBMIGRT" so that they are recognisable in pg_locks.
WRITE_LOCK_KEY = int.from_bytes(b"CBWRITE", "big")
MIGRATION_LOCK_KEY = int.from_bytes(b"CBMIGRT", "big")
# How long a writer waits for another member's write to end, as SQLite's busy timeout (database.BUSY_TIMEOUT_MS):
# past it the write fails as "busy" (errors.is_library_busy) and the window tries again, instead of a save or a
# GUI-thread write waiting for as long as another member's import holds the lock.
WRITE_LOCK_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 10  # a server that does not answer is said so, rather than the window hanging


def is_server_url(location: object) -> bool:
    """Whether a `--library` value names a PostgreSQL server rather than a folder."""
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def parse_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg driver) for a library URL; a clear LibraryError when it is not one."""
    try:
        url = make_url(location.strip())
    except ArgumentError as exc:
        raise LibraryError(f"not a PostgreSQL URL: {redacted_text(location)}") from exc
    if url.get_backend_name() != "postgresql":
        raise LibraryError(f"not a PostgreSQL URL: {redacted_text(location)}")
    if not url.database:
        raise LibraryError(f"the URL names no database: {redacted(url)} (postgresql://user@host/database)")
    return url.set(drivername="postgresql+psycopg")


def redacted(url: URL) -> str:
    """The URL as shown and remembered: the libpq spelling, never the password; a socket folder is shown as a
    path (`?host=/run/postgresql`), as libpq accepts it, with only what a query must escape escaped (a space as
    %20, a plus as %2B), so that the text shown reads back as the same URL."""
    # (URL.set ignores password=None, so the field is replaced on the named tuple itself.)
    bare = url._replace(drivername="postgresql", password=None).set(query={})
    shown = unquote(bare.render_as_string(hide_password=False))
    pairs = [
        f"{quote(key, safe='')}={quote(value, safe='/:')}"
        for key, values in url.query.items()
        for value in ((values,) if isinstance(values, str) else values)
    ]
    return f"{shown}?{'&'.join(pairs)}" if pairs else shown


def redacted_text(location: str) -> str:
    try:
        return redacted(make_url(location.strip()))
    except ArgumentError:
        return "(unreadable URL)"


def keyring_entry(url: URL) -> str:
    """The keyring's user name for a library: who, where and which database (what a password belongs to)."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0]
    return f"{url.username or ''}@{host}:{url.port or 5432}/{url.database}"


def password_from_keyring(url: URL) -> str | None:
    """The password the user saved in the system keyring for this library, or None (no entry, no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_entry(url))
    except KeyringError:
        return None


def needs_password(message: str) -> bool:
    """Whether libpq's error (a connection's, or pg_dump's) says the server wants a password it did not get."""
    lowered = message.lower()
    return "no password supplied" in lowered or "password authentication failed" in lowered


def refused_password(exc: BaseException) -> bool:
    """Whether opening a library failed because the server wants a (better) password: the window then asks."""
    return needs_password(str(exc))


def with_password(location: str, password: str) -> str:
    """The library URL carrying a typed password, for this run only (module docstring): never shown nor saved,
    as every URL is shown and remembered through `redacted`."""
    url = parse_url(location).set(password=password)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def save_password_in_keyring(location: str, password: str) -> None:
    """Keep a password the user chose to remember in the system keyring, under `keyring_entry` (the one place
    Cardbook puts a password); a one-line LibraryError when there is no usable keyring."""
    url = parse_url(location)
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:
        raise LibraryError("no system keyring on this computer: the password was not remembered") from exc
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_entry(url), password)
    except KeyringError as exc:
        raise LibraryError(f"the system keyring did not keep the password: {exc}") from exc


def make_server_engine(url: URL) -> Engine:
    """The engine of a server library. A pool of connections (opening one costs a round trip and
    authentication); a connection is used by one session at a time, on one thread, as with SQLite."""
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server closed (restart, idle timeout) is replaced, not reported
        pool_size=4,
        max_overflow=8,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "cardbook"},
    )
    asked: dict[str, str | None] = {}

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        if asked.get("password"):
            cparams["password"] = asked["password"]
        try:
            return dialect.dbapi.connect(*cargs, **cparams)
        except dialect.dbapi.OperationalError as exc:
            if cparams.get("password") or not needs_password(str(exc)) or "password" in asked:
                raise
            asked["password"] = password_from_keyring(url)
            if not asked["password"]:
                raise
            cparams["password"] = asked["password"]
            return dialect.dbapi.connect(*cargs, **cparams)

    return engine


def begin_write(connection: Any) -> None:
    """Make this transaction the library's one writer until it ends (module docstring), waiting at most
    WRITE_LOCK_TIMEOUT_MS for the writer before it."""
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {WRITE_LOCK_TIMEOUT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def server_revision(engine: Engine) -> str | None:
    """The schema revision of a server library, or None for an empty database."""
    with engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
        if found is None:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return str(row[0]) if row else None
