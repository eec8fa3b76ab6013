"""The SQLite engine: WAL, foreign keys on every connection, and transactions that include DDL.

Python 3.11's sqlite3 module commits implicitly before DDL and starts transactions lazily; SQLAlchemy's
documented recipe takes control back: disable the driver's own transaction handling and emit BEGIN ourselves.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool


def make_engine(db_path: Path, *, foreign_keys: bool = True) -> Engine:
    # NullPool: one real connection per session; cheap for SQLite and it means no connection is ever shared
    # between threads (the window's workers open their own sessions).
    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses at most the last commit
        cursor.execute("PRAGMA busy_timeout=10000")  # a second writer waits instead of failing at once
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
