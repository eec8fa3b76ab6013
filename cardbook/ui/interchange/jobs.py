"""The export and import work run in the background: plain functions of plain data, no widgets (only QtCore's
thread-safe translate, for the lines that tell the user why a file was not imported).

Each opens its own storage sessions (through cardbook.storage.interchange) so it can run on a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from cardbook.fileio import bytes_writer, write_atomically
from cardbook.storage.interchange import PossibleDuplicate
from cardbook.storage.library import Library

MAX_IMPORT_BYTES = 256 * 1024 * 1024


class ExportFormat(Enum):
    VCARD = "vcard"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    SPREADSHEET = "spreadsheet"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: ExportFormat
    target: Path  # a file, or a folder with per_contact
    ids: tuple[int, ...] | None = None  # None: every contact
    per_contact: bool = False  # vCard only
    excel_fr: bool = False  # spreadsheet only
    with_history: bool = True
    with_photos: bool = True


def run_export(library: Library, request: ExportRequest) -> int:
    """Write the export; returns how many contacts were written."""
    from cardbook.interop.csv_layouts import CsvLayout
    from cardbook.interop.csv_write import CsvOptions, write_csv
    from cardbook.interop.vcard_write import VCardOptions, vcard_filename, write_vcard, write_vcards
    from cardbook.storage.interchange import csv_column_counts, iter_export_records

    ids = list(request.ids) if request.ids is not None else None
    count = 0
    if request.format is ExportFormat.VCARD:
        options = VCardOptions(
            with_history=request.with_history, with_photo=request.with_photos, charset_params=request.per_contact
        )
        records = iter_export_records(library, ids, with_history=request.with_history, with_photos=request.with_photos)
        if request.per_contact:
            folder = request.target
            folder.mkdir(parents=True, exist_ok=True)
            used = {p.name.casefold() for p in folder.iterdir()}
            for record in records:
                write_atomically(folder / vcard_filename(record, used), bytes_writer(write_vcard(record, options)))
                count += 1
            return count

        def write_cards(handle: BinaryIO) -> None:
            nonlocal count
            count = write_vcards(records, handle, options)

        write_atomically(request.target, write_cards)
        return count

    layout = CsvLayout(request.format.value)
    excel = request.excel_fr and layout is CsvLayout.SPREADSHEET
    csv_options = CsvOptions(layout, separator=";" if excel else ",", bom=excel, with_history=request.with_history)
    counts = csv_column_counts(library)
    rows = iter_export_records(library, ids, with_history=request.with_history, with_photos=False)

    def write_rows(handle: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
        count = write_csv(rows, text, csv_options, counts)
        text.flush()
        text.detach()

    write_atomically(request.target, write_rows)
    return count


# --- import -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ImportOutcome:
    imported: int = 0
    created_ids: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: card 3 (line 12): reason"
    failed: list[str] = field(default_factory=list)  # "file: why nothing came from it"
    warnings: list[str] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)


def run_import(library: Library, paths: Sequence[Path], region: str = "FR") -> ImportOutcome:
    """Import every file, each in its own transaction; problems are collected as one line each."""
    from sqlalchemy.exc import SQLAlchemyError

    from cardbook.errors import describe
    from cardbook.interop.csv_read import read_csv
    from cardbook.interop.detect import detect_format
    from cardbook.interop.records import InterchangeError
    from cardbook.interop.vcard_read import read_vcards
    from cardbook.storage.interchange import import_contacts

    outcome = ImportOutcome()
    for path in paths:
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                outcome.failed.append(
                    QCoreApplication.translate("ContactsImport", "%1: too large to be a contacts file").replace(
                        "%1", path.name
                    )
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            outcome.failed.append(f"{path.name}: {exc.strerror or exc}")
            continue
        kind = detect_format(data, path.name)
        try:
            if kind == "vcard":
                result = read_vcards(data, region)
            elif kind == "csv":
                result = read_csv(data, region)
            else:
                raise InterchangeError(
                    QCoreApplication.translate("ContactsImport", "neither a vCard (.vcf) nor a CSV file")
                )
        except InterchangeError as exc:
            outcome.failed.append(f"{path.name}: {exc}")
            continue
        outcome.skipped += [f"{path.name}: {issue.describe()}" for issue in result.skipped]
        outcome.warnings += [f"{path.name}: {issue.describe()}" for issue in result.warnings]
        if not result.contacts:
            continue
        try:
            report = import_contacts(library, result.contacts, source_name=path.name)
        except (SQLAlchemyError, OSError) as exc:
            outcome.failed.append(
                QCoreApplication.translate("ContactsImport", "%1: nothing imported: %2")
                .replace("%1", path.name)
                .replace("%2", describe(exc)[0])
            )
            continue
        outcome.imported += len(report.created_ids)
        outcome.created_ids += report.created_ids
        outcome.duplicates += report.duplicates
    return outcome
