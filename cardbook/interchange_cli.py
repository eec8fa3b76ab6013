"""`cardbook export` and `cardbook import`: contacts out to vCard/CSV files and back in (contract: docs/CLI.md).

Every file is imported in its own transaction: all its readable contacts, or none when the file is unusable or
the library refuses the write. Problems are one line each on stderr (`cardbook: FILE: message`); the exit status
is 1 when any file failed or any card was skipped, so scripts notice.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cardbook.fileio import bytes_writer, write_atomically

if TYPE_CHECKING:
    from cardbook.storage.library import Library

EXIT_OK = 0
EXIT_FAILED = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024  # a contacts file this big is not one; refuse before reading it all


def _err(message: str) -> None:
    print(f"cardbook: {message}", file=sys.stderr)


# --- export -------------------------------------------------------------------------------------------------


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["vcard", "csv"], required=True)
    parser.add_argument(
        "--output", metavar="FILE", help="the file to write (a folder with --per-contact); default: standard output"
    )
    parser.add_argument(
        "--layout",
        choices=["google", "outlook", "spreadsheet"],
        help="CSV columns: Google Contacts (default), Outlook, or a spreadsheet with the exchange history",
    )
    parser.add_argument(
        "--per-contact", action="store_true", help="vCard: one .vcf file per contact in the --output folder"
    )
    parser.add_argument(
        "--excel-fr", action="store_true", help="spreadsheet CSV for French Excel: ';' separator and a UTF-8 BOM"
    )
    parser.add_argument("--no-photos", action="store_true", help="vCard: leave the card images out")
    parser.add_argument("--no-history", action="store_true", help="leave the meetings and referrals out of the notes")


def _export_csv(args: argparse.Namespace, library: Library, output: Path | None) -> int:
    from cardbook.interop.csv_layouts import CsvLayout
    from cardbook.interop.csv_write import CsvOptions, write_csv
    from cardbook.storage.interchange import csv_column_counts, iter_export_records

    layout = CsvLayout(args.layout or ("spreadsheet" if args.excel_fr else "google"))
    if args.excel_fr and layout is not CsvLayout.SPREADSHEET:
        raise ValueError("--excel-fr is for the spreadsheet layout (Google and Outlook read plain UTF-8 CSV)")
    options = CsvOptions(
        layout, separator=";" if args.excel_fr else ",", bom=args.excel_fr, with_history=not args.no_history
    )
    counts = csv_column_counts(library)
    records = iter_export_records(library, with_history=not args.no_history, with_photos=False)
    written = 0

    def write(handle: BinaryIO) -> None:
        nonlocal written
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
        written = write_csv(records, text, options, counts)
        text.flush()
        text.detach()

    if output is None:
        write(sys.stdout.buffer)
    else:
        write_atomically(output, write)
    return written


def _export_vcard(args: argparse.Namespace, library: Library, output: Path | None) -> int:
    from cardbook.interop.vcard_write import VCardOptions, vcard_filename, write_vcard, write_vcards
    from cardbook.storage.interchange import iter_export_records

    options = VCardOptions(
        with_history=not args.no_history, with_photo=not args.no_photos, charset_params=args.per_contact
    )
    records = iter_export_records(library, with_history=not args.no_history, with_photos=not args.no_photos)
    if args.per_contact:
        if output is None:
            raise ValueError("--per-contact needs --output FOLDER")
        if output.exists() and not output.is_dir():
            raise ValueError(f"{output} is a file; --per-contact writes a folder of .vcf files")
        output.mkdir(parents=True, exist_ok=True)
        used = {p.name.casefold() for p in output.iterdir()}
        count = 0
        for record in records:
            write_atomically(output / vcard_filename(record, used), bytes_writer(write_vcard(record, options)))
            count += 1
        return count
    if output is None:
        return write_vcards(records, sys.stdout.buffer, options)
    count = 0

    def write(handle: BinaryIO) -> None:
        nonlocal count
        count = write_vcards(records, handle, options)

    write_atomically(output, write)
    return count


def run_export(args: argparse.Namespace, library: Library) -> int:
    output = Path(args.output).expanduser() if args.output else None
    if args.format == "csv" and args.per_contact:
        _err("--per-contact is for vCard exports")
        return EXIT_FAILED
    if args.format == "vcard" and (args.layout or args.excel_fr):
        _err("--layout and --excel-fr are for CSV exports")
        return EXIT_FAILED
    try:
        count = _export_csv(args, library, output) if args.format == "csv" else _export_vcard(args, library, output)
    except ValueError as exc:
        _err(str(exc))
        return EXIT_FAILED
    if output is not None:
        print(f"Exported {count} contact(s) to {output}.")
    else:
        print(f"Exported {count} contact(s).", file=sys.stderr)
    return EXIT_OK


# --- import -------------------------------------------------------------------------------------------------


def _mapping(text: str) -> tuple[str, str]:
    from cardbook.interop.csv_mapping import CsvField

    column, equals, field = text.rpartition("=")
    if not equals or not column.strip():
        raise argparse.ArgumentTypeError(f"expected COLUMN=FIELD, got {text!r}")
    if field.strip() not in CsvField._value2member_map_:
        choices = ", ".join(f.value for f in CsvField)
        raise argparse.ArgumentTypeError(f"unknown field {field!r} (one of: {choices})")
    return column.strip(), field.strip()


def _region(text: str) -> str:
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"invalid region {text!r} (a two-letter country code such as FR)")
    return text.upper()


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help=".vcf or .csv files (recognised by content)")
    parser.add_argument("--region", type=_region, default="FR", help="country for national phone numbers (default FR)")
    parser.add_argument(
        "--map",
        type=_mapping,
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="CSV: read COLUMN (its header or number) as FIELD, e.g. --map 'Portable=mobile'; repeatable",
    )
    parser.add_argument("--no-photos", action="store_true", help="vCard: do not keep photos as card images")


def _import_file(path: Path, args: argparse.Namespace, library: Library) -> tuple[int, int, list[str], bool]:
    """(imported, skipped, duplicate lines, failed) for one file; problems are printed as they are found."""
    from sqlalchemy.exc import SQLAlchemyError

    from cardbook.interop.csv_read import read_csv
    from cardbook.interop.detect import detect_format
    from cardbook.interop.records import InterchangeError
    from cardbook.interop.vcard_read import read_vcards
    from cardbook.storage.interchange import import_contacts

    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            _err(f"{path}: the file is too large to be a contacts file ({path.stat().st_size // 2**20} MB)")
            return 0, 0, [], True
        data = path.read_bytes()
    except OSError as exc:
        _err(f"{path}: {exc.strerror or exc}")
        return 0, 0, [], True
    kind = detect_format(data, path.name)
    try:
        if kind == "vcard":
            result = read_vcards(data, args.region)
        elif kind == "csv":
            result = read_csv(data, args.region, dict(args.map) or None)
        else:
            raise InterchangeError("neither a vCard (.vcf) nor a CSV file")
    except InterchangeError as exc:
        _err(f"{path}: {exc}")
        return 0, 0, [], True
    for issue in result.issues:
        _err(f"{path}: {issue.describe()}" + ("" if issue.skipped else " (imported without it)"))
    skipped = len(result.skipped)
    if not result.contacts:
        return 0, skipped, [], skipped > 0
    try:
        report = import_contacts(library, result.contacts, keep_photos=not args.no_photos, source_name=path.name)
    except (SQLAlchemyError, OSError) as exc:
        from cardbook.errors import describe

        _err(f"{path}: nothing imported from this file: {describe(exc)[0]}")
        return 0, skipped, [], True
    lines = [
        f"  {d.new_name} (#{d.new_id}) may be {d.existing_name} (#{d.existing_id}): {d.reason}"
        for d in report.duplicates
    ]
    return len(report.created_ids), skipped, lines, False


def run_import(args: argparse.Namespace, library: Library) -> int:
    imported = skipped = 0
    duplicates: list[str] = []
    failed = False
    for name in args.files:
        count, skip, dupes, file_failed = _import_file(Path(name).expanduser(), args, library)
        imported += count
        skipped += skip
        duplicates += dupes
        failed = failed or file_failed
    print(f"Imported {imported} contact(s), skipped {skipped}, possible duplicates {len(duplicates)}.")
    for line in duplicates:
        print(line)
    return EXIT_FAILED if failed or skipped else EXIT_OK
