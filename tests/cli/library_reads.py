"""What the resume tests read straight from a library's database file once the killed import is run again:
plain sqlite3, so that reading opens no library (no lock, no upgrade, no leftovers' cleanup) and checks what the
processes left on disk. Shared by test_import_resume.py, test_crash_resume.py and crash_measure.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def contact_names(library: Path) -> list[str]:
    """Every contact's full name in the library folder's database, in the order they were stored."""
    con = sqlite3.connect(library / "cardbook.sqlite3")
    try:
        return [row[0] for row in con.execute("SELECT full_name FROM contacts ORDER BY id")]
    finally:
        con.close()
