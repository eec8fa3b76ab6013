"""A whole library written into a library file (interop/library_file.py): every table, row by row, then the card
images, from one read transaction so the file is one consistent moment of the library however long it takes.

Memory stays bounded: rows are read a chunk at a time by id and written as they come; images are copied from
their files by the zip writer. A contact's line also carries what the importer needs to recognise it before it
reads the other tables: `_uids` (its identity and the identities it was imported under) and `_match` (its
e-mails and E.164 numbers, for the duplicate rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

import cardbook
from cardbook.interop.library_file import FORMAT_VERSION, LibraryWriter, Manifest
from cardbook.storage.library import Library
from cardbook.storage.migrate import HEAD_REVISION
from cardbook.storage.models import ContactSourceRow, EmailRow, PhoneRow, StoredImageRow
from cardbook.storage.upkeep.transfer_rows import (
    LIBRARY_SETTINGS,
    LINEAGE_FORMAT,
    contact_uid,
    encode,
    id_column,
    transfer_tables,
)

CHUNK = 1000
Progress = Callable[[int, int], None]


class TransferCancelled(Exception):
    """The user stopped the transfer: nothing was written (export) or changed (import)."""


@dataclass(slots=True)
class ExportSummary:
    tables: dict[str, int] = field(default_factory=dict)  # rows written per table
    images: int = 0
    missing_images: list[str] = field(default_factory=list)  # image rows whose file was not in the library


def _selection(table: Table) -> Any:
    query = select(table)
    if table.name == "settings":
        query = query.where(table.c.key.in_(LIBRARY_SETTINGS))
    return query


def _chunks(session: Session, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows, a chunk at a time (by id when it has one: no cursor held across other queries)."""
    key = id_column(table)
    if key is None:
        order = list(table.primary_key.columns)
        rows = [dict(r._mapping) for r in session.execute(_selection(table).order_by(*order))]
        for start in range(0, len(rows), CHUNK):
            yield rows[start : start + CHUNK]
        return
    last = None
    while True:
        query = _selection(table).order_by(table.c[key]).limit(CHUNK)
        if last is not None:
            query = query.where(table.c[key] > last)
        rows = [dict(r._mapping) for r in session.execute(query)]
        if not rows:
            return
        yield rows
        last = rows[-1][key]


def _contact_extras(session: Session, rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in rows]
    lineage: dict[int, list[str]] = {}
    for contact_id, text in session.execute(
        select(ContactSourceRow.contact_id, ContactSourceRow.text)
        .where(ContactSourceRow.contact_id.in_(ids), ContactSourceRow.format == LINEAGE_FORMAT)
        .order_by(ContactSourceRow.id)
    ):
        lineage.setdefault(contact_id, []).append(text)
    emails: dict[int, list[str]] = {}
    for contact_id, value in session.execute(select(EmailRow.contact_id, EmailRow.normalized).where(
        EmailRow.contact_id.in_(ids))):  # fmt: skip
        emails.setdefault(contact_id, []).append(value)
    phones: dict[int, list[str]] = {}
    for contact_id, e164 in session.execute(select(PhoneRow.contact_id, PhoneRow.e164).where(
        PhoneRow.contact_id.in_(ids), PhoneRow.e164.is_not(None))):  # fmt: skip
        phones.setdefault(contact_id, []).append(e164 or "")
    for row in rows:
        own = contact_uid(row["id"], row.get("created_at"))
        row["_uids"] = [own, *(uid for uid in lineage.get(row["id"], []) if uid != own)]
        row["_match"] = {"emails": emails.get(row["id"], []), "phones": phones.get(row["id"], [])}


def export_library(
    library: Library,
    handle: IO[bytes],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write the library into `handle` (a seekable binary file). Raises TransferCancelled when `cancelled()`."""
    summary = ExportSummary()
    writer = LibraryWriter(handle)
    with library.session() as session:  # one read transaction: one consistent moment of the library
        tables = transfer_tables()
        counts = {t.name: int(session.scalar(select(func.count()).select_from(_selection(t).subquery())) or 0)
                  for t in tables}  # fmt: skip
        total, done = sum(counts.values()) + counts.get("images", 0), 0
        for table in tables:
            with writer.table(table.name) as out:
                for rows in _chunks(session, table):
                    if cancelled is not None and cancelled():
                        raise TransferCancelled
                    if table.name == "contacts":
                        _contact_extras(session, rows)
                    for row in rows:
                        out.write({name: encode(value) for name, value in row.items()})
                    done += len(rows)
                    if progress is not None:
                        progress(done, total)
                summary.tables[table.name] = out.rows
        for sha, extension in session.execute(select(StoredImageRow.sha256, StoredImageRow.extension)):
            if cancelled is not None and cancelled():
                raise TransferCancelled
            path = library.images.path_for(sha, extension)
            if path.is_file():
                writer.image(sha, extension, path)
                summary.images += 1
            else:
                summary.missing_images.append(path.name)
            done += 1
            if progress is not None:
                progress(done, total)
    if cancelled is not None and cancelled():
        raise TransferCancelled
    manifest = Manifest(
        FORMAT_VERSION,
        dict(summary.tables),
        schema=HEAD_REVISION,
        app_version=cardbook.__version__,
        exported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    writer.finish(manifest)
    return summary
