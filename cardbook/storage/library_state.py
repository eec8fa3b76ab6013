"""What state a library's database file is in, before anything opens it: present, missing, empty or damaged.

Why this exists: opening a library creates its database when there is none. That is right for a new library
and wrong for one whose database was deleted or emptied while its card images are still there: silently
starting an empty library beside them hides the loss (issue 15). And a damaged file must be told apart from a
missing one, so that `check` and `restore` can say which, and `restore` can work when nothing else can open it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cardbook.domain.text import counted

SQLITE_MAGIC = b"SQLite format 3\x00"

# The tables of the first schema (migrations/versions/0001_initial_schema.py), which no later revision drops: a
# library at any revision has them all. One of them gone is damage (a table dropped by hand, a page that held
# the schema lost), not a library to open and fail in at the first query.
FIRST_SCHEMA_TABLES = frozenset(
    {
        "contacts", "images", "networks", "settings", "tags", "card_images", "contact_emails", "contact_links",
        "contact_phones", "contact_tags", "events", "follow_ups", "referrals", "encounters", "contact_sources",
        "contact_roles", "contacts_fts",
    }
)  # fmt: skip


class DatabaseState(Enum):
    OK = "ok"
    MISSING = "missing"  # no file at all
    EMPTY = "empty"  # a file of zero bytes
    DAMAGED = "damaged"  # a file SQLite cannot use as a Cardbook database


@dataclass(frozen=True, slots=True)
class Diagnosis:
    state: DatabaseState
    detail: str = ""  # for DAMAGED: what SQLite or the header said


def diagnose(db_path: Path) -> Diagnosis:
    """The database file's state, read-only (a damaged file is never written to)."""
    if not db_path.exists():
        return Diagnosis(DatabaseState.MISSING)
    try:
        with db_path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        return Diagnosis(DatabaseState.DAMAGED, f"cannot be read ({exc.strerror or exc})")
    if not head and db_path.stat().st_size == 0:
        return Diagnosis(DatabaseState.EMPTY)
    if not head.startswith(SQLITE_MAGIC):
        return Diagnosis(DatabaseState.DAMAGED, "not an SQLite database (its header is gone)")
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return Diagnosis(DatabaseState.DAMAGED, str(exc))
    try:
        status = [row[0] for row in con.execute("PRAGMA quick_check")]
        if status != ["ok"]:
            return Diagnosis(DatabaseState.DAMAGED, "; ".join(status[:3]))
        tables = _table_names(con)
        if not tables:  # an SQLite file with nothing in it (made by a tool that only opened it): as good as empty
            return Diagnosis(DatabaseState.EMPTY)
        if "alembic_version" not in tables:
            if "contacts" in tables:
                return Diagnosis(DatabaseState.DAMAGED, "its schema version (alembic_version) is gone")
            # Another program's database in the library's place: migrating it would bury its tables under ours,
            # and the card images beside it would then belong to no card, for `check --repair` to remove.
            return Diagnosis(DatabaseState.DAMAGED, "not a Cardbook database: its tables are another program's")
        gone = sorted(FIRST_SCHEMA_TABLES - tables)
        if gone:
            return Diagnosis(DatabaseState.DAMAGED, f"its {_listed(gone)} gone")
        if con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] != 1:
            return Diagnosis(DatabaseState.DAMAGED, "its schema version (alembic_version) is empty")
    except UnicodeDecodeError:  # bytes flipped in the schema's own text
        return Diagnosis(DatabaseState.DAMAGED, "its schema holds garbled bytes")
    except (sqlite3.Error, ValueError) as exc:  # ValueError: garbled text where a name should be
        return Diagnosis(DatabaseState.DAMAGED, str(exc).splitlines()[0][:200])
    finally:
        con.close()
    return Diagnosis(DatabaseState.OK)


def missing_tables(db_path: Path) -> list[str]:
    """The first schema's tables the database lacks (one read of sqlite_master, for every opening: no
    quick_check, which reads the whole file)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return sorted(FIRST_SCHEMA_TABLES - _table_names(con))
    finally:
        con.close()


def _table_names(con: sqlite3.Connection) -> set[str]:
    """The database's own tables (SQLite's internal `sqlite_*` ones left out)."""
    rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'")
    return {row[0] for row in rows if not row[0].startswith("sqlite_")}


def _listed(tables: list[str]) -> str:
    return f"table {tables[0]} is" if len(tables) == 1 else f"tables {', '.join(tables)} are"


def image_file_count(images_root: Path) -> int:
    """How many card image files a library's images folder holds (temporary files aside)."""
    if not images_root.is_dir():
        return 0
    return sum(1 for path in images_root.glob("*/*") if path.is_file() and not path.name.startswith("."))


def lost_database_message(db_path: Path, images_root: Path, backups_dir: Path) -> str | None:
    """Why the library must not be opened when its database is missing or empty while card images are there
    (that library lost its database, and a new empty one must not take its place without the user's say), or
    None when it may be opened."""
    state = diagnose(db_path).state
    if state not in (DatabaseState.MISSING, DatabaseState.EMPTY):
        return None
    images = image_file_count(images_root)
    if images == 0:
        return None
    what = "missing" if state is DatabaseState.MISSING else "empty"
    verb = "is" if images == 1 else "are"
    return (
        f"the library's database {db_path} is {what} but {counted(images, 'card image')} {verb} still there: "
        f"restore a backup with `cardbook restore FILE` (backups are in {backups_dir}); nothing was created"
    )
