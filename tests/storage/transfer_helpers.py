"""Reading a library's tables with plain SQL, to compare two libraries row by row whatever their columns are.

Nothing here names a column: foreign keys come from SQLite's own `PRAGMA foreign_key_list`, so a column or a
table added to the schema later is compared too, and a value that does not survive a transfer fails the test.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

SKIPPED = ("sqlite_%", "contacts_fts_%", "alembic_version")  # SQLite's own, FTS5's shadow tables, the revision

Rows = dict[str, list[dict[str, Any]]]


def read_tables(db: Path) -> Rows:
    """Every table's rows (the search index included, by rowid), in id order."""
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE ? AND name NOT LIKE ? "
                "AND name != ? ORDER BY name",
                SKIPPED,
            )
        ]
        tables: Rows = {}
        for name in names:
            order = "rowid" if name == "contacts_fts" else "1"
            query = f"SELECT rowid AS rowid, * FROM {name} ORDER BY {order}" if name == "contacts_fts" else (
                f"SELECT * FROM {name} ORDER BY {order}")  # fmt: skip
            tables[name] = [dict(r) for r in connection.execute(query)]
    return tables


def foreign_keys(db: Path) -> dict[str, dict[str, str]]:
    """table -> {column: the table it refers to}."""
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found: dict[str, dict[str, str]] = {}
        for table in tables:
            for row in connection.execute(f"PRAGMA foreign_key_list({table})"):
                found.setdefault(table, {})[row[3]] = row[2]
    found.setdefault("contacts_fts", {})["rowid"] = "contacts"
    return found


def id_maps(before: Rows, after: Rows) -> dict[str, dict[int, int]]:
    """The id each row got in the other library: rows are imported in id order, so the n-th of one is the n-th
    of the other. If that were wrong, the rows compared through it would differ and the test would fail."""
    maps: dict[str, dict[int, int]] = {}
    for name, rows in before.items():
        if rows and "id" in rows[0]:
            maps[name] = {a["id"]: b["id"] for a, b in zip(rows, after.get(name, []), strict=False)}
    return maps


def mapped(before: Rows, maps: dict[str, dict[int, int]], keys: dict[str, dict[str, str]]) -> dict[str, Counter[Any]]:
    """Each table's rows with their ids and references moved through `maps`, as multisets of rows."""
    result: dict[str, Counter[Any]] = {}
    for name, rows in before.items():
        refs = keys.get(name, {})
        moved = []
        for row in rows:
            values = dict(row)
            if "id" in values and name in maps:
                values["id"] = maps[name].get(values["id"], ("unmapped", values["id"]))
            for column, parent in refs.items():
                if values.get(column) is not None:
                    values[column] = maps.get(parent, {}).get(values[column], ("unmapped", values[column]))
            moved.append(tuple(sorted(values.items())))
        result[name] = Counter(moved)
    return result


def as_multisets(rows: Rows) -> dict[str, Counter[Any]]:
    return {name: Counter(tuple(sorted(r.items())) for r in table) for name, table in rows.items()}


def counts(rows: Rows) -> dict[str, int]:
    return {name: len(table) for name, table in rows.items()}


def image_files(root: Path) -> set[str]:
    return {p.name for p in (root / "images").glob("*/*") if p.is_file()}
