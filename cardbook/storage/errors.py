"""The errors the storage layer raises, in one module that imports nothing.

Both front ends tell these apart from bugs (`cardbook.errors.describe` turns them into one line a user can act
on), so they live where any caller can import them without pulling in the services that raise them: a window
page that only catches `NotFoundError` should not need the whole contact service to do it.

- `NotFoundError`: the row asked for is gone (deleted or merged since it was listed) — not a bug.
- `ValidationError`: the values given break a rule of the data (an empty name, a date in the wrong order).
- `LibraryError`: the library folder cannot be used (not writable, not a folder, its database lost beside
  its card images); `DamagedLibraryError`: its database file exists but SQLite cannot use it (see restore);
  `LostDatabaseError`, one of those: the database is missing or empty beside card images.
- `NewerLibraryError`: the database was written by a newer Cardbook; opening it is refused, nothing changes.
- `MigrationError`: an upgrade left broken references; the backup written before it is intact.
- `EditConflictError`: a contact was saved from a copy older than the stored one (another member, window or
  command changed it since it was read); nothing was written.
- `RestoreError`: a file offered as a backup is not an intact Cardbook database this version can read.

`is_library_busy` tells the driver errors that mean "another writer held the library too long" (SQLite's busy
timeout, PostgreSQL's lock_timeout on the write lock) from other database errors, without importing a driver.
"""

from __future__ import annotations

import sqlite3

# PostgreSQL's SQLSTATE for "lock_not_available": the write lock was not granted within lock_timeout.
LOCK_NOT_AVAILABLE = "55P03"


def is_library_busy(error: BaseException | None) -> bool:
    """Whether `error` (or the driver error SQLAlchemy wraps in it) says another connection held the library's
    write lock for longer than a writer waits: worth trying again, not a fault."""
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, sqlite3.OperationalError):
        return "locked" in str(cause) or "busy" in str(cause)
    return getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE


class NotFoundError(LookupError):
    """The contact, event, network, referral or follow-up asked for does not exist (any more)."""


class ValidationError(ValueError):
    """The values given cannot be stored as they are; the message says which one and why."""


class LibraryError(RuntimeError):
    """The library folder cannot be used (not writable, not a folder...)."""


class DamagedLibraryError(LibraryError):
    """The library's database file exists but SQLite cannot use it: a case for `cardbook restore`."""


class LostDatabaseError(DamagedLibraryError):
    """The library's database is missing or empty while its card images are there: a case for `cardbook restore`
    too (the window offers the backups), never for a new empty library."""


class NewerLibraryError(RuntimeError):
    """The library was written by a newer version of Cardbook."""


class MigrationError(RuntimeError):
    """Upgrading the schema went wrong; the database is left as the backup shows it."""


class RestoreError(RuntimeError):
    """A backup cannot be restored: missing, not SQLite, damaged, or not a Cardbook schema this version knows."""


class EditConflictError(RuntimeError):
    """A contact's edit was made on an older copy than the stored one: refused, so that nobody's change is
    silently overwritten (docs/TEAM_LIBRARY.md, "Several writers"). The message is the line both front ends show."""

    def __init__(self, contact_id: int, name: str) -> None:
        self.contact_id = contact_id
        self.name = name
        who = name or f"Contact #{contact_id}"
        super().__init__(f"{who} was changed by someone else since you opened it")
