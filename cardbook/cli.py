"""The command line: every job of the window, for batch work and scripts (contract: docs/CLI.md).

Heavy modules (Qt, OpenCV, Alembic) are imported only by the commands that need them, so that quick
commands such as `cardbook search` answer fast. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cardbook import __version__

if TYPE_CHECKING:
    from cardbook.storage.library import Library

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure the user can act on: printed as one line, exit status 1."""


def _library_path(args: argparse.Namespace) -> Path | None:
    return Path(args.library).expanduser() if args.library else None


def _open_library(args: argparse.Namespace) -> Library:
    from cardbook.storage.library import Library

    return Library.open(_library_path(args))


def _print_err(message: str) -> None:
    print(f"cardbook: {message}", file=sys.stderr)


# --- commands -------------------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    library = _open_library(args)
    from cardbook.ui.app import run_gui

    screenshot = Path(args.screenshot) if args.screenshot else None
    return int(run_gui(library, screenshot=screenshot, lang=args.lang, view=args.view))


def cmd_search(args: argparse.Namespace) -> int:
    from cardbook.storage.contacts import search
    from cardbook.storage.search_index import tokens

    if not tokens(args.query):
        raise CommandError("the search holds no word to look for (letters or digits)")
    library = _open_library(args)
    results = search(library, args.query, limit=args.limit)
    if args.json:
        for item in results:
            record = {
                "id": item.id,
                "name": item.name or None,
                "company": item.company,
                "title": item.title,
                "meetings": item.meeting_count,
                "last_met": item.last_met.isoformat() if item.last_met else None,
                "exchange": item.reciprocity.value,
                "status": item.status.value,
            }
            print(json.dumps(record, ensure_ascii=False))
    elif not results:
        print(f"No contact matches “{args.query}”.")
    else:
        for item in results:
            company = f" — {item.company}" if item.company and item.company != item.name else ""
            met = f"  met {item.meeting_count}×" if item.meeting_count else ""
            print(f"{item.id:>7}  {item.reciprocity.symbol} {item.name}{company}{met}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cardbook.storage.demo import generate_demo

    if args.contacts < 0:
        raise CommandError("--contacts cannot be negative")
    library = _open_library(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rGenerating sample contacts… {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(library, args.contacts, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Added {summary.contacts} contacts, {summary.encounters} encounters at {summary.events} events in "
        f"{summary.networks} networks, {summary.referrals} referrals and {summary.follow_ups} follow-ups "
        f"to {library.root}."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    library = _open_library(args)
    path = library.backup("manual")
    print(path)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from cardbook.storage.integrity import check_library, repair_search_index

    library = _open_library(args)
    report = check_library(library)
    if not report.ok and args.repair:
        library.backup("before-repair")
        repair_search_index(library)
        report = check_library(library)
    counts = ", ".join(f"{n} {what}" for what, n in report.checked.items())
    if report.ok:
        print(f"Library OK ({counts}): {library.root}")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    hint = "" if args.repair else " (`cardbook check --repair` rebuilds the search index and summaries)"
    raise CommandError(f"{len(report.problems)} problem(s) found{hint}")


def cmd_restore(args: argparse.Namespace) -> int:
    from cardbook.storage.restore import restore_library

    library = _open_library(args)
    safety = restore_library(library, Path(args.file).expanduser())
    print(f"Restored {args.file}. The library as it was before is kept in {safety}.")
    return EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    from cardbook.scan_cli import run_scan

    store = None
    if args.do_import:
        from cardbook.scan_store import ScanImporter

        store = ScanImporter.from_args(_open_library(args), args)
    status = int(run_scan(args, store=store))
    if store is not None and store.imported:
        print(f"Imported {len(store.imported)} card(s), awaiting review in the library.", file=sys.stderr)
    return status


def cmd_export(args: argparse.Namespace) -> int:
    from cardbook.interchange_cli import run_export

    return run_export(args, _open_library(args))


def cmd_import(args: argparse.Namespace) -> int:
    from cardbook.interchange_cli import run_import

    return run_import(args, _open_library(args))


# --- parser ---------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cardbook",
        description="Turn business cards into contacts and keep the story of each exchange.",
    )
    parser.add_argument("--version", action="version", version=f"cardbook {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the folder holding the database and card images (default: $CARDBOOK_LIBRARY or the user data folder)",
    )
    parser.add_argument("--library", metavar="PATH", default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit")
    gui.add_argument("--lang", choices=["fr", "en"], help="interface language")
    gui.add_argument("--view", metavar="VIEW", help="contacts | contact:ID | import | events | networks | reports")
    gui.set_defaults(func=cmd_gui)

    scan = sub.add_parser("scan", parents=[common], help="read every card in each image")
    from cardbook.scan_cli import add_scan_arguments

    add_scan_arguments(scan)
    scan.set_defaults(func=cmd_scan)

    search = sub.add_parser("search", parents=[common], help="full-text search over contacts")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="one JSON object per contact, one per line")
    search.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    search.set_defaults(func=cmd_search)

    from cardbook.interchange_cli import add_export_arguments, add_import_arguments

    export = sub.add_parser("export", parents=[common], help="export contacts as vCard or CSV")
    add_export_arguments(export)
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", parents=[common], help="import .vcf or .csv files")
    add_import_arguments(imp)
    imp.set_defaults(func=cmd_import)

    demo = sub.add_parser("demo", parents=[common], help="fill the library with generated sample data")
    demo.add_argument("--contacts", type=int, default=300, metavar="N", help="how many contacts (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    backup = sub.add_parser("backup", parents=[common], help="write a backup of the library's database")
    backup.set_defaults(func=cmd_backup)

    check = sub.add_parser("check", parents=[common], help="check the library's integrity")
    check.add_argument("--repair", action="store_true", help="rebuild the search index and summaries if needed")
    check.set_defaults(func=cmd_check)

    restore = sub.add_parser("restore", parents=[common], help="replace the library's database with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    from cardbook.ledger_cli import add_ledger_commands

    add_ledger_commands(sub, common)  # events, networks, report, followups, strength
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _print_err("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`cardbook events | head`): stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except CommandError as exc:
        _print_err(str(exc))
        return EXIT_FAILED
    except Exception as exc:  # the contract: one line, no traceback; errors.describe names the cause
        return _report_unexpected(exc)


def _report_unexpected(exc: Exception) -> int:
    from cardbook.errors import describe

    message, status = describe(exc)
    _print_err(message)
    return status


if __name__ == "__main__":
    sys.exit(main())
