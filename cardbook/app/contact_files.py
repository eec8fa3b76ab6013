"""Contacts out to vCard/CSV files and back in: the one implementation behind `cardbook export|import` and the
window's Export and Import contacts (docs/ARCHITECTURE.md, "app").

Export writes whole files or nothing (`files.write_atomically`). Import reads each file by its content (not its
name), and stores a vCard's or CSV's readable contacts a batch at a time (storage/contacts/interchange.py,
IMPORT_BATCH), so that a save in the window never waits for a whole file; stopped half-way and run again, it goes
on after the batches it committed (import_journal.py) and reports the same totals. A `.cardbook` library file
is still merged in one transaction (transfer_in.py: its rows refer to each other across tables). Problems come
back as data (`FileProblem`, `FileIssue`) that each front end words in its own language; nothing here prints or
translates.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from cardbook.app.field_limits import cap_contact, who
from cardbook.app.files import bytes_writer, write_atomically
from cardbook.interop.library_file import is_library_file
from cardbook.interop.records import ImportedContact
from cardbook.storage.contacts.interchange import PossibleDuplicate
from cardbook.storage.library import Library
from cardbook.storage.upkeep.transfer_in import import_library
from cardbook.storage.upkeep.transfer_out import ExportSummary, export_library
from cardbook.storage.upkeep.transfer_report import TransferReport

MAX_IMPORT_BYTES = 256 * 1024 * 1024  # a contacts file this big is not one; refuse before reading it all


class ExportFormat(Enum):
    VCARD = "vcard"
    GOOGLE = "google"  # CSV in Google Contacts' columns
    OUTLOOK = "outlook"  # CSV in Outlook's columns
    SPREADSHEET = "spreadsheet"  # CSV with the exchange history, formulas escaped
    LIBRARY = "cardbook"  # the whole library in one file, for another Cardbook (export_library_file)


class ExportError(ValueError):
    """The export cannot be done as asked (one line for the user)."""


class UnencodableExport(ExportError):
    """A contact's value holds a character the chosen encoding cannot write: nothing was written to the file.
    The window words it from the fields; the command line prints the English line."""

    def __init__(self, message: str, contact: str, column: str, char: str) -> None:
        super().__init__(message)
        self.contact, self.column, self.char = contact, column, char


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: ExportFormat
    target: Path | None  # a file, a folder with per_contact, or None for a stream given to export_contacts
    ids: tuple[int, ...] | None = None  # None: every contact
    per_contact: bool = False  # vCard only: one file per contact in the target folder
    excel_fr: bool = False  # spreadsheet only: ';' separator and a UTF-8 BOM for French Excel
    with_history: bool = True  # meetings and referrals in the notes
    with_photos: bool = True  # vCard only: the card images
    # CSV only: "utf-8" (with a BOM for Outlook, which otherwise reads Windows-1252) or "cp1252" for an Outlook
    # that reads nothing else; a character cp1252 cannot hold stops the export, naming the contact and column.
    encoding: str = "utf-8"


CSV_ENCODINGS = ("utf-8", "cp1252")


def export_contacts(library: Library, request: ExportRequest, stream: BinaryIO | None = None) -> int:
    """Write the export (to `request.target`, else to `stream`); returns how many contacts were written."""
    if request.per_contact and request.format is not ExportFormat.VCARD:
        raise ExportError("one file per contact is for vCard exports")
    if request.excel_fr and request.format is not ExportFormat.SPREADSHEET:
        raise ExportError("the French Excel variant is for the spreadsheet layout (Google and Outlook read UTF-8)")
    if request.encoding not in CSV_ENCODINGS:
        raise ExportError(f"unknown encoding {request.encoding!r} (one of: {', '.join(CSV_ENCODINGS)})")
    if request.encoding != "utf-8" and request.format not in (ExportFormat.OUTLOOK, ExportFormat.GOOGLE):
        raise ExportError("another encoding than UTF-8 is for the Outlook and Google CSV layouts")
    if request.target is None and (stream is None or request.per_contact):
        raise ExportError("one file per contact needs a folder to write into")
    if request.format is ExportFormat.LIBRARY:
        if request.target is None or request.ids is not None or request.per_contact:
            raise ExportError("a library file holds the whole library and needs a file to write (--output FILE)")
        return export_library_file(library, request.target).tables.get("contacts", 0)
    if request.format is ExportFormat.VCARD:
        return _export_vcard(library, request, stream)
    return _export_csv(library, request, stream)


def _write(target: Path | None, stream: BinaryIO | None, write: Callable[[BinaryIO], None]) -> None:
    if target is not None:
        write_atomically(target, write)
    elif stream is not None:
        write(stream)


def _export_vcard(library: Library, request: ExportRequest, stream: BinaryIO | None) -> int:
    from cardbook.interop.vcard_write import VCardOptions, vcard_filename, write_vcard, write_vcards
    from cardbook.storage.contacts.interchange import iter_export_records

    ids = list(request.ids) if request.ids is not None else None
    options = VCardOptions(
        with_history=request.with_history, with_photo=request.with_photos, charset_params=request.per_contact
    )
    records = iter_export_records(library, ids, with_history=request.with_history, with_photos=request.with_photos)
    count = 0
    if request.per_contact and request.target is not None:
        folder = request.target
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder} is a file; one file per contact writes a folder of .vcf files")
        folder.mkdir(parents=True, exist_ok=True)
        used = {p.name.casefold() for p in folder.iterdir()}
        for record in records:
            write_atomically(folder / vcard_filename(record, used), bytes_writer(write_vcard(record, options)))
            count += 1
        return count

    def write(handle: BinaryIO) -> None:
        nonlocal count
        count = write_vcards(records, handle, options)

    _write(request.target, stream, write)
    return count


def _export_csv(library: Library, request: ExportRequest, stream: BinaryIO | None) -> int:
    from cardbook.interop.csv_layouts import CsvLayout
    from cardbook.interop.csv_write import CsvOptions, UnencodableError, write_csv
    from cardbook.storage.contacts.interchange import csv_column_counts, iter_export_records

    ids = list(request.ids) if request.ids is not None else None
    layout = CsvLayout(request.format.value)
    # Outlook desktop reads a CSV without a BOM as Windows-1252 ("ZoÃ©"): its UTF-8 carries one.
    utf8 = request.encoding == "utf-8"
    bom = request.excel_fr or (layout is CsvLayout.OUTLOOK and utf8)
    options = CsvOptions(
        layout,
        separator=";" if request.excel_fr else ",",
        bom=bom,
        with_history=request.with_history,
        encoding=request.encoding,
    )
    counts = csv_column_counts(library)
    rows = iter_export_records(library, ids, with_history=request.with_history, with_photos=False)
    count = 0

    def write(handle: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(handle, encoding=request.encoding, newline="", write_through=False)
        try:
            count = write_csv(rows, text, options, counts)
        finally:  # detached even on an error, so that the wrapper never closes the caller's stream
            text.flush()
            text.detach()

    try:
        _write(request.target, stream, write)
    except UnencodableError as exc:  # the file was not written (write_atomically), or the stream stopped here
        raise UnencodableExport(str(exc), exc.contact, exc.column, exc.char) from None
    return count


def export_library_file(
    library: Library,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """The whole library into one .cardbook file (storage/upkeep/transfer_out.py), whole or not at all."""
    summary = ExportSummary()

    def write(handle: BinaryIO) -> None:
        nonlocal summary
        summary = export_library(library, handle, progress, cancelled)

    write_atomically(target, write)
    return summary


def import_library_file(
    library: Library,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> TransferReport:
    """A .cardbook file merged into the library by identity (storage/upkeep/transfer_in.py): one transaction.
    Raises LibraryFileError (the file), TransferCancelled, or the storage's errors."""
    return import_library(library, path, progress, cancelled)


# --- import -------------------------------------------------------------------------------------------------


class ProblemKind(Enum):
    TOO_LARGE = "too_large"  # detail: the size in MB
    UNREADABLE = "unreadable"  # detail: the system's reason
    NOT_CONTACTS = "not_contacts"  # neither a vCard nor a CSV file
    UNUSABLE = "unusable"  # detail: what is wrong with the file as a whole
    NO_CONTACTS = "no_contacts"  # read, but it holds no contact at all (a CSV with only its header)
    NOT_STORED = "not_stored"  # detail: why the library refused the write
    # Notices: the file was imported, but something about it is worth a line (in `ImportOutcome.notices`).
    UNBALANCED_QUOTE = "unbalanced_quote"  # detail: which lines, and that the rows after them were recovered
    MIXED_ENCODING = "mixed_encoding"  # detail: which lines were not UTF-8 and how they were read
    DETECTED_ENCODING = "detected_encoding"  # detail: the encoding found, and whether another fits as well
    VALUE_CUT = "value_cut"  # detail: which card or row, which contact, which field (app/field_limits.py)


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file nothing was imported from (in `ImportOutcome.failed`), or a notice about a file that was imported
    (in `ImportOutcome.notices`); `detail` is one line."""

    path: Path
    kind: ProblemKind
    detail: str = ""


@dataclass(frozen=True, slots=True)
class FileIssue:
    """One card of a file skipped (`skipped`), or imported without one of its values."""

    path: Path
    text: str
    skipped: bool


@dataclass(slots=True)
class ImportOutcome:
    created_ids: list[int] = field(default_factory=list)
    issues: list[FileIssue] = field(default_factory=list)
    failed: list[FileProblem] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    notices: list[FileProblem] = field(default_factory=list)
    libraries: list[tuple[Path, TransferReport]] = field(default_factory=list)  # .cardbook files merged

    @property
    def imported(self) -> int:
        return len(self.created_ids)

    @property
    def skipped(self) -> list[FileIssue]:
        return [issue for issue in self.issues if issue.skipped]

    @property
    def warnings(self) -> list[FileIssue]:
        return [issue for issue in self.issues if not issue.skipped]


class FileTooLarge(Exception):
    """More bytes than a contacts file can hold were read."""


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


_NOTICE_KINDS = {
    "unbalanced_quote": ProblemKind.UNBALANCED_QUOTE,
    "mixed_encoding": ProblemKind.MIXED_ENCODING,
    "detected_encoding": ProblemKind.DETECTED_ENCODING,
}


def _cap_values(path: Path, contacts: Sequence[ImportedContact]) -> list[FileProblem]:
    """Cut values too long to be real (field_limits.py): one notice per contact, naming it and its fields."""
    notices: list[FileProblem] = []
    for imported in contacts:
        cut = cap_contact(imported.contact)
        if cut:
            unit = "card" if imported.source_format == "vcard" else "row"
            where = f"{unit} {imported.index} (line {imported.line}), {who(imported.contact)}"
            notices.append(FileProblem(path, ProblemKind.VALUE_CUT, f"{where}: {'; '.join(cut)}"))
    return notices


def read_capped(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most `limit` of them (FileTooLarge beyond).

    Why not `stat` then `read_bytes`: /dev/zero or /dev/urandom linked as a .vcf report a size of 0 and never
    end, and a FIFO blocks the first read forever (issue 15). So the file is opened without blocking, refused
    unless it is a regular file (checked on the open descriptor, not the name, so it cannot be swapped in
    between), and read by counting the bytes that actually arrive."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = next((name for test, name in _NOT_REGULAR if test(mode)), "not a regular file")
            raise OSError(errno.EINVAL, f"not a contacts file: {what}", str(path))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(str(path))
    return data


def import_contact_files(
    library: Library,
    paths: Sequence[Path],
    region: str,
    mapping: Mapping[str, str] | None = None,
    keep_photos: bool = True,
) -> ImportOutcome:
    """Import every file, each in its own transaction; a bad file is one `FileProblem` and the rest go on.

    `region`: the country of phone numbers written without one. `mapping`: CSV columns (header or number) to
    read as a given field, over the recognised headers.
    """
    outcome = ImportOutcome()
    for path in paths:
        if is_library_file(path):
            _import_library(library, path, outcome)
        else:
            _import_one(library, path, region, mapping, keep_photos, outcome)
    return outcome


def _import_library(library: Library, path: Path, outcome: ImportOutcome) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from cardbook.app.errors import describe
    from cardbook.interop.library_file import LibraryFileError

    try:
        report = import_library_file(library, path)
    except LibraryFileError as exc:
        outcome.failed.append(FileProblem(path, ProblemKind.UNUSABLE, str(exc)))
        return
    except (SQLAlchemyError, OSError) as exc:
        outcome.failed.append(FileProblem(path, ProblemKind.NOT_STORED, describe(exc)[0]))
        return
    outcome.created_ids += report.created_contacts
    outcome.issues += [FileIssue(path, warning, skipped=False) for warning in report.warnings]
    outcome.libraries.append((path, report))


def _import_one(
    library: Library,
    path: Path,
    region: str,
    mapping: Mapping[str, str] | None,
    keep_photos: bool,
    outcome: ImportOutcome,
) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from cardbook.app.errors import describe
    from cardbook.interop.csv_read import read_csv
    from cardbook.interop.detect import detect_format
    from cardbook.interop.records import InterchangeError
    from cardbook.interop.vcard_read import read_vcards
    from cardbook.storage.contacts.import_journal import journal_key
    from cardbook.storage.contacts.interchange import import_contacts

    try:
        data = read_capped(path, MAX_IMPORT_BYTES)
    except FileTooLarge:
        outcome.failed.append(FileProblem(path, ProblemKind.TOO_LARGE, str(MAX_IMPORT_BYTES // 2**20)))
        return
    except OSError as exc:
        outcome.failed.append(FileProblem(path, ProblemKind.UNREADABLE, exc.strerror or str(exc)))
        return
    kind = detect_format(data, path.name)
    if kind not in ("vcard", "csv"):
        outcome.failed.append(FileProblem(path, ProblemKind.NOT_CONTACTS))
        return
    try:
        result = read_vcards(data, region) if kind == "vcard" else read_csv(data, region, dict(mapping or {}) or None)
    except InterchangeError as exc:
        outcome.failed.append(FileProblem(path, ProblemKind.UNUSABLE, str(exc)))
        return
    outcome.issues += [FileIssue(path, issue.describe(), issue.skipped) for issue in result.issues]
    outcome.notices += [FileProblem(path, _NOTICE_KINDS[n.kind], n.text) for n in result.notices]
    outcome.notices += _cap_values(path, result.contacts)
    if not result.contacts:
        if not result.issues:  # nothing skipped either: say so, an empty import must not look like success
            outcome.failed.append(FileProblem(path, ProblemKind.NO_CONTACTS))
        return
    try:
        # The same bytes read the same way: a run stopped half-way goes on after its committed batches.
        options = {"kind": kind, "region": region, "mapping": dict(mapping or {}), "photos": keep_photos}
        resume = journal_key(data, options)
        report = import_contacts(
            library, result.contacts, keep_photos=keep_photos, source_name=path.name, resume_key=resume
        )
    except (SQLAlchemyError, OSError) as exc:
        outcome.failed.append(FileProblem(path, ProblemKind.NOT_STORED, describe(exc)[0]))
        return
    outcome.created_ids += report.created_ids
    outcome.duplicates += report.duplicates
