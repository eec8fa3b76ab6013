"""Turn exceptions into one line a user can act on, split into "the environment's fault" and bugs.

Environment problems (disk full, a folder that cannot be written, a locked or newer database, a missing
Tesseract) are told plainly. Anything else is a bug: the user gets one line, and the full traceback is written
to a log file they can attach to a report.
"""

from __future__ import annotations

import errno
import sqlite3
import traceback
from datetime import datetime
from pathlib import Path

EXIT_FAILED = 1
EXIT_BUG = 70  # EX_SOFTWARE


def describe(exc: BaseException) -> tuple[str, int]:
    """(one-line message, exit status) for an exception that reached the top."""
    from cardbook.interop.records import InterchangeError
    from cardbook.storage.errors import (
        EditConflictError,
        LibraryError,
        MigrationError,
        NewerLibraryError,
        NotFoundError,
        RestoreError,
        ValidationError,
        is_library_busy,
    )

    if isinstance(
        exc,
        NewerLibraryError
        | LibraryError
        | RestoreError
        | MigrationError
        | ValidationError
        | InterchangeError
        | EditConflictError,
    ):
        return str(exc), EXIT_FAILED
    if isinstance(exc, NotFoundError):
        text = str(exc)  # not str.capitalize(): it would lower-case the names the message quotes
        return text[:1].upper() + text[1:], EXIT_FAILED
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "the disk is full: free some space and try again (nothing was lost)", EXIT_FAILED
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"permission denied: {exc.filename or exc}", EXIT_FAILED
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc), EXIT_FAILED
    cause = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if is_library_busy(exc):
        return "the library is busy in another Cardbook window or command; try again", EXIT_FAILED
    if isinstance(cause, sqlite3.OperationalError) or isinstance(exc, sqlite3.OperationalError):
        text = str(cause or exc)
        if text.startswith("no such table"):  # a table of the schema gone: damage, which restore repairs
            return f"the library's database is damaged ({text}); see `cardbook restore`", EXIT_FAILED
        return f"the library's database cannot be used: {text}", EXIT_FAILED
    if isinstance(cause, sqlite3.DatabaseError) or isinstance(exc, sqlite3.DatabaseError):
        return f"the library's database is damaged ({cause or exc}); see `cardbook restore`", EXIT_FAILED
    if _is_server_connection_error(exc):
        first = str(cause or exc).strip().splitlines()[0] if str(cause or exc).strip() else type(exc).__name__
        return f"the library's server cannot be used: {first}", EXIT_FAILED
    log = write_crash_log(exc)
    where = f"; details in {log}" if log else ""
    return f"internal error ({type(exc).__name__}: {exc}){where}", EXIT_BUG


def _is_server_connection_error(exc: BaseException) -> bool:
    """A PostgreSQL library's connection failed or was cut (server stopped, network down): the environment's
    fault, not a bug. Told by the driver's module name, so that this module never imports the driver."""
    from sqlalchemy.exc import OperationalError

    cause = getattr(exc, "orig", None)
    return isinstance(exc, OperationalError) and type(cause).__module__.split(".")[0] == "psycopg"


def write_crash_log(exc: BaseException) -> Path | None:
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("Cardbook", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None
