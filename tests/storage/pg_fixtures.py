"""A historical fixture library on PostgreSQL: the committed SQLite fixture at revision N, its rows copied into a
server database migrated to the same revision N, so that the upgrade from N to head runs on PostgreSQL on the
very data the SQLite test upgrades (tests/storage/test_migrations.py)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from cardbook.storage.contacts.search_index import COLUMNS, write_entries
from cardbook.storage.migrate import _run_alembic
from cardbook.storage.server import parse_url
from tests.pg_server import PgCluster


def postgres_at(cluster: PgCluster, revision: str, sqlite_file: Path | None = None) -> str:
    """A new server database at `revision` (with the rows of `sqlite_file`, at that same revision); its URL."""
    url = cluster.url(cluster.new_database(template="template0"))
    engine = sa.create_engine(parse_url(url))
    try:
        with engine.begin() as connection:
            _run_alembic(connection, revision)
            if sqlite_file is not None:
                _copy_rows(sqlite_file, connection)
    finally:
        engine.dispose()
    return url


def _copy_rows(sqlite_file: Path, target: sa.Connection) -> None:
    source_engine = sa.create_engine(f"sqlite:///{sqlite_file}")
    source_meta = sa.MetaData()
    target_meta = sa.MetaData()
    try:
        with source_engine.connect() as source:
            source_meta.reflect(source)
            target_meta.reflect(target)
            for table in target_meta.sorted_tables:  # parents before children
                if table.name in ("alembic_version", "contacts_fts") or table.name not in source_meta.tables:
                    continue
                rows = [dict(r._mapping) for r in source.execute(sa.select(source_meta.tables[table.name]))]
                if rows:
                    target.execute(table.insert(), rows)
                if "id" in table.c and rows:
                    # Rows came with their ids: move the sequence past them, or the next insert collides.
                    sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
                    target.exec_driver_sql(f"SELECT setval({sequence}, (SELECT max(id) FROM {table.name}))")
            entries = source.exec_driver_sql(f"SELECT rowid, {', '.join(COLUMNS)} FROM contacts_fts").all()
            write_entries(target, [{"id": r[0], **dict(zip(COLUMNS, r[1:], strict=True))} for r in entries])
    finally:
        source_engine.dispose()
