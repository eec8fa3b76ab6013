"""A library file merged into this library: every table in one transaction, rows matched by identity so that
importing the same file twice adds nothing the second time.

For each table, parents first (transfer_rows.transfer_tables), each incoming row:
1. its references are moved to this library's ids (an id of the file -> the id its row got, or already had,
   here). A reference to a row the file does not hold drops the row, or clears the reference where the schema
   clears it on deletion too (SET NULL);
2. it is "already there" when the library holds a row with the same natural key (transfer_rows.NATURAL_KEYS)
   that no earlier incoming row took; a contact by identity (transfer_contacts.py), and then it only fills in
   what the library's contact lacks;
3. otherwise it is inserted, every column as the file has it (a column this Cardbook does not know is ignored
   and reported once) — in batches of BATCH rows, one statement each: rows nobody refers to as they come, rows
   others refer to (tags, events...) with their new ids returned in order (`_insert_later`; a file of 100,000
   tags took 220 s on SQLite and 460 s on PostgreSQL one row at a time; docs/MEASURING.md). Contacts and
   images stay one at a time: what comes next needs their ids at once.

Nothing is half-done: the whole import is one write transaction, so an error or a cancel leaves the library as
it was. Image files have to be written before the commit; those this import wrote are removed again after a
failure (under the write lock, and only when no row names them), else `cardbook check --repair` would find them.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Column, CursorResult, Integer, MetaData, Table, Text, delete, func, insert, select
from sqlalchemy.orm import Session

from cardbook.domain.exchange import meeting_stats
from cardbook.interop.library_file import LibraryReader, RowProblem
from cardbook.storage.contacts import search_index
from cardbook.storage.contacts.records import load_contact_rows
from cardbook.storage.convert import encounter_from_row
from cardbook.storage.library import Library
from cardbook.storage.models import ContactSourceRow, EncounterRow, StoredImageRow
from cardbook.storage.upkeep.transfer_contacts import ContactIdentities, fill_empty, parse_identity, resort
from cardbook.storage.upkeep.transfer_lists import ListCaps
from cardbook.storage.upkeep.transfer_out import TransferCancelled
from cardbook.storage.upkeep.transfer_report import TransferReport, cap_contact_values, shown_name
from cardbook.storage.upkeep.transfer_rows import (
    LIBRARY_SETTINGS,
    LINEAGE_FORMAT,
    decode,
    id_column,
    key_of,
    natural_key,
    transfer_tables,
)

_SHA = re.compile(r"^[0-9a-f]{64}$")
_EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")
_MISSING = object()
BATCH = 500
Progress = Callable[[int, int], None]
# The search index, as a plain table for bulk statements (it is FTS5: not part of the models).
FTS = Table(
    "contacts_fts",
    MetaData(),
    Column("rowid", Integer),
    *(Column(c, Text) for c in ("name", "org", "reach", "place", "notes")),
)


class ImageSource(Protocol):
    """Where the incoming images' bytes come from: a library file, or another library (transfer_push.py)."""

    def image_bytes(self, sha256: str, extension: str) -> bytes | None: ...


class _Later:
    """The id of a row waiting in its table's batch (`_Merge.flush`), known once the batch is inserted; ids and
    keys that name the row hold this in the meantime, and `_map_references` reads it once it is known."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


class _Merge:
    def __init__(self, library: Library, session: Session, reader: ImageSource, file_name: str) -> None:
        self.library, self.session, self.reader, self.file_name = library, session, reader, file_name
        self.report = TransferReport()
        self.problems: list[RowProblem] = []
        # table -> the file's id -> this library's (None: dropped; _Later: in its table's batch)
        self.ids: dict[str, dict[int, int | _Later | None]] = {}
        self.created: dict[str, set[int]] = {}  # ids inserted by this import, per table
        self.existing: dict[str, dict[tuple[Any, ...], list[Any]]] = {}  # natural key -> rows not yet taken
        self.written: list[Path] = []  # image files this import created
        self.identities = ContactIdentities(session)
        self.touched: set[int] = set()  # contacts whose summary and search entry must be rewritten
        self.filled: set[int] = set()  # contacts already here that got a value filled in
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._later: dict[str, list[tuple[dict[str, Any], _Later]]] = {}  # rows others refer to, in batches
        self.lists = ListCaps(session)  # a contact's lists within LIST_LIMITS (transfer_lists.py)
        self.names: dict[int, str] = {}  # contact id -> its name as the file gives it, for the lines that cut
        # What a push adds (transfer_push.py): the member whose rows of no member become (None: rows stay as they
        # come), and the rows `_existing` reads for a table (table -> (column, values)) instead of the whole table.
        self.member_id: int | None = None
        self.scope: dict[str, tuple[str, list[Any]]] = {}
        # The largest id of each table before the import: rows this import inserts are never "already there".
        self._before = {
            t.name: int(session.scalar(select(func.max(t.c[pk]))) or 0)
            for t in transfer_tables()
            if (pk := id_column(t))
        }

    # --- references and identity -----------------------------------------------------------------------------

    def _map_references(self, table: Table, values: dict[str, Any]) -> bool:
        """Move the row's references to this library's ids; False when the row cannot be kept."""
        for column in table.columns:
            old = values.get(column.name)
            if old is None or not column.foreign_keys:
                continue
            foreign = next(iter(column.foreign_keys))
            new = self.ids.get(foreign.column.table.name, {}).get(old, _MISSING)
            if isinstance(new, _Later):  # inserted in its table's batch, flushed before any child is read
                new = new.id
            if new is _MISSING or new is None:
                if (foreign.ondelete or "").upper() != "SET NULL":
                    return False
                new = None
            values[column.name] = new
        return True

    def _shared(self, table: Table) -> bool:
        """One row per key in any library (a unique name, a key): every incoming row with it is that row."""
        key = natural_key(table)
        if id_column(table) is None:
            return True
        return len(key) == 1 and bool(table.c[key[0]].unique or table.c[key[0]].primary_key)

    def _fresh(self, table: Table, values: dict[str, Any]) -> bool:
        """The row belongs to a row this import created: it cannot be in the library already."""
        for name in natural_key(table):
            column = table.c[name]
            if column.foreign_keys and values.get(name) is not None:
                parent = next(iter(column.foreign_keys)).column.table.name
                if values[name] in self.created.get(parent, ()):
                    return True
        return False

    def _existing(self, table: Table) -> dict[tuple[Any, ...], list[Any]]:
        if table.name not in self.existing:
            found: dict[tuple[Any, ...], list[Any]] = {}
            pk = id_column(table)
            query = select(table)
            if pk is not None:
                query = query.where(table.c[pk] <= self._before.get(table.name, 0))
            if table.name in self.scope:
                column, values = self.scope[table.name]
                query = query.where(table.c[column].in_(values))
            for row in self.session.execute(query).mappings():
                found.setdefault(key_of(table, dict(row)), []).append(row[pk] if pk else None)
            self.existing[table.name] = found
        return self.existing[table.name]

    def _already(self, table: Table, values: dict[str, Any], shared: bool) -> tuple[bool, Any]:
        if not shared and self._fresh(table, values):
            return False, None
        rows = self._existing(table).get(key_of(table, values))
        if not rows:
            return False, None
        return True, rows[0] if shared else rows.pop(0)

    def _names_itself(self, table: Table, values: dict[str, Any]) -> bool:
        """A lineage row saying a contact came from itself: the copy of this library's contact it was made from
        (A -> B -> A, a pull pushed back) says so of the original; nothing to record."""
        if table.name != "contact_sources" or values.get("format") != LINEAGE_FORMAT:
            return False
        return self.identities.uids.get(str(values.get("text"))) == values.get("contact_id")

    def _already_as_member(self, table: Table, values: dict[str, Any], shared: bool) -> tuple[bool, Any]:
        """A push gives the rows of no member to the member who pushes; such a row is already there as theirs,
        or as a row of no member (written before members existed, or pulled and pushed back)."""
        if self.member_id is None or "member_id" not in table.c or values.get("member_id") is not None:
            return self._already(table, values, shared)
        values["member_id"] = self.member_id
        here, existing_id = self._already(table, values, shared)
        if not here:
            values["member_id"] = None
            here, existing_id = self._already(table, values, shared)
            values["member_id"] = self.member_id
        return here, existing_id

    # --- writing ----------------------------------------------------------------------------------------------

    def _insert(self, table: Table, values: dict[str, Any], referenced: bool) -> int | None:
        if not referenced:  # nobody refers to these rows: inserted in batches
            batch = self._pending.setdefault(table.name, [])
            batch.append(values)
            if len(batch) >= BATCH:
                self.flush(table)
            return None
        result: CursorResult[Any] = self.session.execute(table.insert().values(**values))  # type: ignore[assignment]
        new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        if new_id is not None:
            self.created.setdefault(table.name, set()).add(int(new_id))
        return int(new_id) if new_id is not None else None

    def _insert_later(self, table: Table, values: dict[str, Any]) -> _Later:
        """A row other rows refer to (a tag, an event...), inserted with its table's batch: one statement per
        BATCH rows that returns their ids, instead of one per row (100,000 tags took ~190 s one by one)."""
        later = _Later()
        batch = self._later.setdefault(table.name, [])
        batch.append((values, later))
        if len(batch) >= BATCH:
            self.flush(table)
        return later

    def flush(self, table: Table) -> None:
        batch = self._pending.pop(table.name, [])
        # Rows of one table can name different columns (a file from an older Cardbook): one statement per shape.
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for values in batch:
            shapes.setdefault(tuple(sorted(values)), []).append(values)
        for rows in shapes.values():
            self.session.execute(table.insert(), rows)
        self._flush_later(table)

    def _flush_later(self, table: Table) -> None:
        batch = self._later.pop(table.name, [])
        pk = id_column(table)
        if not batch or pk is None:
            return
        shapes: dict[tuple[str, ...], list[tuple[dict[str, Any], _Later]]] = {}
        for values, later in batch:
            shapes.setdefault(tuple(sorted(values)), []).append((values, later))
        # RETURNING in the rows' order (SQLAlchemy's "insertmanyvalues", on SQLite and PostgreSQL alike).
        returning = table.insert().returning(table.c[pk], sort_by_parameter_order=True)
        created = self.created.setdefault(table.name, set())
        for rows in shapes.values():
            new_ids = self.session.execute(returning, [values for values, _ in rows]).scalars().all()
            for (_, later), new_id in zip(rows, new_ids, strict=True):
                later.id = int(new_id)
                created.add(later.id)

    def contact(self, table: Table, values: dict[str, Any], raw: dict[str, Any]) -> None:
        old = values.pop("id", None)
        cut = cap_contact_values(values)
        if cut:
            self.report.warnings.append(f"contacts: “{shown_name(values)}”: {'; '.join(cut)}")
        uids, match = parse_identity(raw)
        figures = self.report.figures(table.name)
        found = self.identities.find(values, uids, match)
        if found is not None:
            figures.already += 1
            self.report.merged_contacts.append(found)
            if fill_empty(self.session, table, found, values):
                self.filled.add(found)
            self.touched.add(found)
        else:
            found = self._insert(table, values, referenced=True)
            assert found is not None
            figures.added += 1
            self.report.created_contacts.append(found)
            self.touched.add(found)
            if uids:  # where it came from: a later import of the same contact finds it (see transfer_contacts)
                lineage = {"contact_id": found, "format": LINEAGE_FORMAT, "file_name": self.file_name, "text": uids[0]}
                self.session.execute(insert(ContactSourceRow).values(**lineage))
        self.names[found] = shown_name(values)
        if old is not None:
            self.ids.setdefault(table.name, {})[old] = found

    def image(self, table: Table, values: dict[str, Any]) -> None:
        old = values.pop("id", None)
        sha, extension = str(values.get("sha256") or ""), str(values.get("extension") or "")
        figures = self.report.figures(table.name)
        mapped: int | None
        if not (_SHA.match(sha) and _EXTENSION.match(extension)):  # never a path built from hostile text
            figures.dropped += 1
            mapped = None
        else:
            here, existing_id = self._already(table, values, shared=True)
            store = self.library.images
            if not store.exists(sha, extension, self.session):
                data = self.reader.image_bytes(sha, extension)
                if data is not None:
                    store.put(data, extension, self.session)
                    self.written.append(store.local_path(sha, extension))
                    values["byte_size"] = len(data)  # what was stored, whatever the file's row says (check compares)
            if here:
                figures.already += 1
                mapped = existing_id
            elif not store.exists(sha, extension, self.session):
                figures.dropped += 1
                self.report.warnings.append(f"image {sha[:12]}… is not in the file: its cards are kept without it")
                mapped = None
            else:
                figures.added += 1
                mapped = self._insert(table, values, referenced=True)
                self._existing(table)[key_of(table, values)] = [mapped]
        if old is not None:
            self.ids.setdefault(table.name, {})[old] = mapped

    def row(self, table: Table, values: dict[str, Any], referenced: bool) -> None:
        pk = id_column(table)
        old = values.pop(pk, None) if pk else None
        figures = self.report.figures(table.name)
        mapped: int | _Later | None = None
        if table.name == "settings" and values.get("key") not in LIBRARY_SETTINGS:
            return  # a setting of the machine it came from, not of the library
        if not self._map_references(table, values):
            figures.dropped += 1
        elif self._names_itself(table, values):
            figures.already += 1
        else:
            shared = self._shared(table)
            here, existing_id = self._already_as_member(table, values, shared)
            if here:
                figures.already += 1
                mapped = existing_id
            elif not self.lists.admits(table, values, values.get("contact_id") in self.created.get("contacts", ())):
                figures.dropped += 1  # past its contact's cap on that list (transfer_lists.py)
            else:
                figures.added += 1
                if referenced and pk:
                    mapped = self._insert_later(table, values)
                else:
                    mapped = self._insert(table, values, referenced)
                if shared:  # a second incoming row with this key is this one (a unique name, a key)
                    self._existing(table)[key_of(table, values)] = [mapped]
        if pk and old is not None:
            self.ids.setdefault(table.name, {})[old] = mapped

    def finish(self, progress: Callable[[], None]) -> None:
        """Rewrite the cached summary, sort keys and search entry of every contact the import touched (a chunk at
        a time, each chunk's rows, encounters and events read in one query each)."""
        ordered = sorted(self.touched)
        for start in range(0, len(ordered), BATCH):
            chunk = ordered[start : start + BATCH]
            encounters: dict[int, list[EncounterRow]] = {}
            for encounter in self.session.scalars(select(EncounterRow).where(EncounterRow.contact_id.in_(chunk))):
                encounters.setdefault(encounter.contact_id, []).append(encounter)
            events = search_index.events_of(self.session, chunk)
            documents = []
            for row in load_contact_rows(self.session, chunk):
                if row.id in self.filled:
                    resort(row)
                stats = meeting_stats(encounter_from_row(e) for e in encounters.get(row.id, []))
                row.meeting_count, row.first_met, row.last_met = stats.count, stats.first_met, stats.last_met
                row.reciprocity = stats.reciprocity.value
                documents.append({"id": row.id, **search_index.document(row, events.get(row.id, []))})
            self.session.execute(delete(FTS).where(FTS.c.rowid.in_(chunk)))
            search_index.write_entries(self.session, documents)
            self.session.flush()
            self.session.expunge_all()
            progress()


def import_library(
    library: Library,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TransferReport:
    """Merge the library file at `path` into `library` (one transaction). Raises LibraryFileError for a file that
    is not a usable library file, TransferCancelled when `cancelled()` turned true (nothing changed)."""
    with LibraryReader(path) as reader:
        total = sum(reader.manifest.tables.values()) + reader.manifest.images
        written: list[Path] = []
        try:
            with library.writing() as session:
                merge = _Merge(library, session, reader, path.name)
                written = merge.written
                _merge_tables(merge, reader, total, progress, cancelled)
                if cancelled is not None and cancelled():  # the last moment a Cancel can still change nothing
                    raise TransferCancelled
                return merge.report
        except BaseException:
            _remove_unused(library, written)
            raise


def _merge_tables(
    merge: _Merge, reader: LibraryReader, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> None:
    tables = transfer_tables()
    referenced = {fk.column.table.name for t in tables for fk in t.foreign_keys}
    in_file = set(reader.tables())
    done = 0
    for table in tables:
        if table.name not in in_file:
            continue
        unknown: set[str] = set()
        for number, raw in reader.rows(table.name, merge.problems):
            done += 1
            if done % 200 == 0:
                if cancelled is not None and cancelled():
                    raise TransferCancelled
                if progress is not None:
                    progress(done, total)
            try:
                values, extra = decode(table, raw)
            except ValueError as exc:
                merge.problems.append(RowProblem(table.name, number, str(exc)))
                merge.report.figures(table.name).dropped += 1
                continue
            unknown.update(extra)
            if table.name == "contacts":
                merge.contact(table, values, raw)
            elif table.name == "images":
                merge.image(table, values)
            else:
                merge.row(table, values, table.name in referenced)
        merge.flush(table)
        if unknown:
            merge.report.warnings.append(
                f"{table.name}: ignored what this version of Cardbook does not know: {', '.join(sorted(unknown))}"
            )
    for name in sorted(in_file - {t.name for t in tables}):
        merge.report.warnings.append(f"{name}: ignored, this version of Cardbook has no such table")
    merge.report.warnings += merge.lists.lines(merge.names)
    merge.lists.remove_unused_tags(merge.created.get("tags", set()))
    merge.report.warnings += [f"{p.table} line {p.line}: {p.reason}, skipped" for p in merge.problems]
    merge.finish(lambda: progress(total, total) if progress is not None else None)


def _remove_unused(library: Library, written: list[Path]) -> None:
    """After a failed import: the image files it wrote that no row names (the rollback removed theirs)."""
    if not written:
        return
    # Best effort: the import's own error is the one to report (a busy or full disk may fail this too), and what
    # stays behind is what `cardbook check --repair` removes.
    with contextlib.suppress(Exception), library.writing() as session:
        named = set(session.scalars(select(StoredImageRow.sha256)))
        for path in written:
            if path.stem not in named:
                path.unlink(missing_ok=True)
