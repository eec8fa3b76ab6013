"""The SQLite engine: WAL, foreign keys and secure deletion on every connection, and transactions that
include DDL and that wait for the write lock.

Python 3.11's sqlite3 module commits implicitly before DDL and starts transactions lazily; SQLAlchemy's
documented recipe takes control back: disable the driver's own transaction handling and emit BEGIN ourselves.

Why writers begin IMMEDIATE: a deferred transaction takes the write lock only at its first write. When another
connection wrote in between, SQLite cannot let a reader upgrade to a writer without breaking isolation, so it
fails at once with "database is locked" and the busy timeout never applies (issue 15: imports failed after
0.7 s while another command wrote). `BEGIN IMMEDIATE` takes the write lock first, where the busy timeout
does apply: the second writer waits its turn. Read sessions stay deferred so that they never wait on writers
(WAL lets readers run alongside the one writer).

Why `secure_delete`: deleted rows (an erased person) are overwritten with zeros instead of lingering in free
pages of the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 15_000  # a writer waits this long for another one (an import commits each card on its own)
WRITE_OPTION = "cardbook_write"  # execution option marking a connection whose transactions begin IMMEDIATE


def make_engine(db_path: Path, *, foreign_keys: bool = True, immediate: bool = False) -> Engine:
    """The library's engine. With `immediate`, every transaction begins IMMEDIATE (a writer); a read engine
    is derived with `writer_engine` when both are needed."""
    # NullPool: one real connection per session; cheap for SQLite and it means no connection is ever shared
    # between threads (the window's workers open their own sessions).
    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        configure_connection(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = immediate or connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same engine (pool, events) whose transactions begin IMMEDIATE: for write sessions."""
    return engine.execution_options(**{WRITE_OPTION: True})


def configure_connection(connection: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """The settings every connection to a library gets, including plain sqlite3 ones (backups, erasure)."""
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: journal_mode=WAL may need to wait too
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses at most the last commit
    cursor.execute("PRAGMA secure_delete=ON")  # deleted content is zeroed, not left in free pages
    cursor.close()
