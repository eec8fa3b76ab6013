"""How far an import of a contacts file has got, kept in the library so that a run stopped half-way (killed,
a crash, the machine off) and started again goes on where it stopped instead of adding everyone again.

Why it is needed: a vCard or CSV import commits in batches (interchange.IMPORT_BATCH: other writers wait at
most about one batch, not the whole file), and it does not match the file's people against the library's —
importing the same file twice on purpose makes a second copy of each, reported as possible duplicates. So
after a kill, the batches already committed would be imported a second time. Each batch writes, in its own
transaction, how many of the file's contacts are stored and the ids they got, under a key that names the
file's content and the import's options (`journal_key`); the last batch removes the entry. A run with the
same key finds the entry, skips what is stored, and reports the ids of both runs: the same totals as a run that
was never stopped. The entry is a row of the `settings` table (`import_progress:<sha256>`), a setting of this
library that library files never carry (transfer_rows.LIBRARY_SETTINGS).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, SettingRow

PREFIX = "import_progress:"


def journal_key(data: bytes, options: Mapping[str, object]) -> str:
    """The key of an import of these bytes with these options (region, column mapping, photos...): another
    file, or the same file read differently, starts afresh."""
    digest = hashlib.sha256(data)
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    return PREFIX + digest.hexdigest()


def stored_so_far(library: Library, key: str) -> list[int]:
    """The ids of the file's first contacts that an earlier, stopped run stored, in the file's order ([] when
    none). A damaged entry counts as none, and so does one naming a contact deleted since (the user cleaned up
    after the stopped run): the import then starts afresh, as it did before journals, and reports whoever is
    still there as a possible duplicate."""
    with library.session() as session:
        row = session.get(SettingRow, key)
        if row is None:
            return []
        try:
            ids = json.loads(row.value)["ids"]
        except (ValueError, KeyError, TypeError):
            return []
        if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
            return []
        still = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            still += int(session.scalar(select(func.count()).where(ContactRow.id.in_(chunk))) or 0)
    return ids if still == len(set(ids)) else []


def record(session: Session, key: str, ids: list[int], finished: bool) -> None:
    """In the batch's own transaction: the ids stored so far, or (`finished`) no entry at all."""
    if finished:
        session.execute(delete(SettingRow).where(SettingRow.key == key))
        return
    value = json.dumps({"ids": ids}, separators=(",", ":"))
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
