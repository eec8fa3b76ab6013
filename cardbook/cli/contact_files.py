"""`cardbook export` and `cardbook import`: contacts out to vCard/CSV files and back in (docs/CLI.md).

The work is `cardbook.app.contact_files`, shared with the window; this module parses the options and prints.
Problems are one line each on stderr (`cardbook: FILE: message`); the exit status is 1 when any file failed or
any card was skipped, so scripts notice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardbook.cli.common import EXIT_FAILED, EXIT_OK, CommandError, announce_new_folder, open_library, print_err, region
from cardbook.domain.text import counted

if TYPE_CHECKING:
    from cardbook.app.contact_files import ImportOutcome

LISTED_DUPLICATES = 20  # more possible duplicates than this are summarised in one line
LISTED_ISSUES = 20  # per file: more cards skipped (or imported without a value) are summarised in one line


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """export and import."""
    export = subparsers.add_parser(
        "export", parents=[common], help="export contacts as vCard or CSV, or the whole library for another Cardbook"
    )
    export.add_argument(
        "--format",
        choices=["vcard", "csv", "google", "outlook", "spreadsheet", "cardbook"],
        required=True,
        help="google, outlook, spreadsheet: CSV in that layout (--format csv --layout X); "
        "cardbook: the whole library in one file (contacts, cards, encounters, events...), for `cardbook import`",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the file to write (a folder with --per-contact); default: standard output (not for --format cardbook)",
    )
    export.add_argument(
        "--layout",
        choices=["google", "outlook", "spreadsheet"],
        help="CSV columns: Google Contacts (default), Outlook, or a spreadsheet with the exchange history",
    )
    export.add_argument(
        "--per-contact", action="store_true", help="vCard: one .vcf file per contact in the --output folder"
    )
    export.add_argument(
        "--excel-fr", action="store_true", help="spreadsheet CSV for French Excel: ';' separator and a UTF-8 BOM"
    )
    export.add_argument(
        "--encoding",
        choices=["utf-8", "cp1252"],
        help="Google and Outlook CSV: utf-8 (default; Outlook's with a BOM) or cp1252 for an old Outlook; a "
        "character cp1252 cannot hold stops the export with the contact and column named",
    )
    export.add_argument("--no-photos", action="store_true", help="vCard: leave the card images out")
    export.add_argument("--no-history", action="store_true", help="leave the meetings and referrals out of the notes")
    export.set_defaults(func=cmd_export)

    imp = subparsers.add_parser("import", parents=[common], help="import .vcf, .csv or .cardbook files")
    imp.add_argument(
        "files", nargs="+", metavar="FILE", help=".vcf, .csv or .cardbook (library) files, recognised by content"
    )
    imp.add_argument(
        "--region",
        type=region,
        default=None,
        help="country for national phone numbers (default: the library's setting, else the system's)",
    )
    imp.add_argument(
        "--map",
        type=_mapping,
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="CSV: read COLUMN (its header or number) as FIELD, e.g. --map 'Portable=mobile'; repeatable",
    )
    imp.add_argument("--no-photos", action="store_true", help="vCard: do not keep photos as card images")
    imp.set_defaults(func=cmd_import)


def _mapping(text: str) -> tuple[str, str]:
    from cardbook.interop.csv_mapping import CsvField

    column, equals, field = text.rpartition("=")
    if not equals or not column.strip():
        raise argparse.ArgumentTypeError(f"expected COLUMN=FIELD, got {text!r}")
    if field.strip() not in CsvField._value2member_map_:
        choices = ", ".join(f.value for f in CsvField)
        raise argparse.ArgumentTypeError(f"unknown field {field!r} (one of: {choices})")
    return column.strip(), field.strip()


# --- export -------------------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from cardbook.app.contact_files import ExportError, ExportFormat, ExportRequest, export_contacts

    if args.format == "cardbook":
        return _export_library(args)
    if args.format in ("google", "outlook", "spreadsheet"):
        if args.layout not in (None, args.format):
            raise CommandError(f"--format {args.format} is a CSV layout already: no --layout {args.layout}")
        args.format, args.layout = "csv", args.format
    if args.format == "csv" and args.per_contact:
        raise CommandError("--per-contact is for vCard exports")
    if args.format == "vcard" and (args.layout or args.excel_fr or args.encoding):
        raise CommandError("--layout, --excel-fr and --encoding are for CSV exports")
    if args.per_contact and not args.output:
        raise CommandError("--per-contact needs --output FOLDER")
    if args.format == "vcard":
        kind = ExportFormat.VCARD
    else:
        kind = ExportFormat(args.layout or ("spreadsheet" if args.excel_fr else "google"))
    if args.excel_fr and kind is not ExportFormat.SPREADSHEET:
        raise CommandError("--excel-fr is for the spreadsheet layout (Google and Outlook read plain UTF-8 CSV)")
    if args.encoding and kind is ExportFormat.SPREADSHEET:
        raise CommandError("--encoding is for the Google and Outlook layouts (the spreadsheet is UTF-8)")
    output = Path(args.output).expanduser() if args.output else None
    request = ExportRequest(
        kind,
        output,
        per_contact=args.per_contact,
        excel_fr=args.excel_fr,
        with_history=not args.no_history,
        with_photos=not args.no_photos,
        encoding=args.encoding or "utf-8",
    )
    library = open_library(args)
    announce = announce_new_folder(output, is_folder=args.per_contact) if output is not None else None
    try:
        count = export_contacts(library, request, sys.stdout.buffer if output is None else None)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    if announce is not None:
        announce()
    if output is not None:
        print(f"Exported {counted(count, 'contact')} to {output}.")
    else:
        print(f"Exported {counted(count, 'contact')}.", file=sys.stderr)
    return EXIT_OK


def _export_library(args: argparse.Namespace) -> int:
    from cardbook.app.contact_files import export_library_file

    if not args.output:
        raise CommandError("--format cardbook writes a file: give it with --output FILE")
    if args.layout or args.per_contact or args.excel_fr or args.encoding or args.no_photos or args.no_history:
        raise CommandError(
            "--format cardbook takes the whole library: no --layout, --per-contact, --excel-fr, --encoding or --no-*"
        )
    output = Path(args.output).expanduser()
    summary = export_library_file(open_library(args), output)
    rows = ", ".join(f"{name} {count}" for name, count in summary.tables.items())
    print(f"Exported the library to {output}: {rows}; image files {summary.images}.")
    for name in summary.missing_images[:LISTED_DUPLICATES]:
        print_err(f"image {name} is missing from the library folder: left out")
    return EXIT_FAILED if summary.missing_images else EXIT_OK


def print_library_reports(outcome: ImportOutcome) -> None:
    """What each .cardbook file added, table by table, and what the library already had."""
    for path, report in outcome.libraries:
        created = counted(len(report.created_contacts), "new contact")
        print(f"{path}: {created}, {len(report.merged_contacts)} already here.")
        for name, figures in report.tables.items():
            dropped = f", {figures.dropped} unusable" if figures.dropped else ""
            print(f"  {name}: {figures.added} added, {figures.already} already here{dropped}")


# --- import -------------------------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from cardbook.app.contact_files import ProblemKind, import_contact_files
    from cardbook.app.region_setting import get_default_region

    library = open_library(args)
    paths = [Path(name).expanduser() for name in args.files]
    country = args.region or get_default_region(library)
    outcome = import_contact_files(library, paths, country, dict(args.map), keep_photos=not args.no_photos)
    why = {
        ProblemKind.TOO_LARGE: "the file is too large to be a contacts file (over {} MB)",
        ProblemKind.UNREADABLE: "{}",
        ProblemKind.NOT_CONTACTS: "neither a vCard (.vcf) nor a CSV file",
        ProblemKind.UNUSABLE: "{}",
        ProblemKind.NO_CONTACTS: "no contact in this file (only a header, or no entries)",
        ProblemKind.NOT_STORED: "nothing imported from this file: {}",
    }
    for path in paths:  # in the order the files were given
        issues = [i for i in outcome.issues if i.path == path]
        for issue in issues[:LISTED_ISSUES]:
            print_err(f"{path}: {issue.text}" + ("" if issue.skipped else " (imported without it)"))
        if len(issues) > LISTED_ISSUES:  # a file of 20,000 broken cards is one summary, not 20,000 lines
            skipped_more = sum(i.skipped for i in issues[LISTED_ISSUES:])
            print_err(
                f"{path}: and {len(issues) - LISTED_ISSUES:,} more ({skipped_more:,} skipped, "
                f"{len(issues) - LISTED_ISSUES - skipped_more:,} imported without a value)"
            )
        for problem in (p for p in outcome.failed if p.path == path):
            print_err(f"{path}: {why[problem.kind].format(problem.detail)}")
        for notice in (n for n in outcome.notices if n.path == path):  # imported, but worth a line
            print_err(f"{path}: {notice.detail}")
    print_library_reports(outcome)
    skipped = len(outcome.skipped)
    print(
        f"Imported {counted(outcome.imported, 'contact')}, skipped {skipped}, "
        f"possible duplicates {len(outcome.duplicates)}."
    )
    if len(outcome.duplicates) > LISTED_DUPLICATES:  # a summary, not 400,000 lines (issue 15)
        print(f"{len(outcome.duplicates)} possible duplicates, see `cardbook duplicates`.")
    else:
        for d in outcome.duplicates:
            print(f"  {d.new_name} (#{d.new_id}) may be {d.existing_name} (#{d.existing_id}): {d.reason}")
    return EXIT_FAILED if outcome.failed or skipped else EXIT_OK
