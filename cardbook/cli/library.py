"""The library itself: `backup`, `check [--repair]`, `restore FILE`, and `demo` (generated sample data)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cardbook.cli.common import EXIT_OK, CommandError, open_library


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """demo, backup, check and restore."""
    demo = subparsers.add_parser("demo", parents=[common], help="fill the library with generated sample data")
    demo.add_argument("--contacts", type=int, default=300, metavar="N", help="how many contacts (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    backup = subparsers.add_parser("backup", parents=[common], help="write a backup of the library's database")
    backup.set_defaults(func=cmd_backup)

    check = subparsers.add_parser("check", parents=[common], help="check the library's integrity")
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index and summaries, remove leftover files"
    )
    check.set_defaults(func=cmd_check)

    restore = subparsers.add_parser("restore", parents=[common], help="replace the library's database with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    from cardbook.app.sample_data import generate_demo

    if args.contacts < 0:
        raise CommandError("--contacts cannot be negative")
    library = open_library(args)

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
    print(open_library(args).backup("manual"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from cardbook.storage.integrity import check_library, repair_search_index

    library = open_library(args)
    report = check_library(library)
    if not report.ok and args.repair:
        from cardbook.storage.leftovers import remove_leftovers

        library.backup("before-repair")
        removed = remove_leftovers(library)
        if removed:
            print(f"Removed {removed} leftover file(s) (temporary files, images no card uses).")
        repair_search_index(library)
        report = check_library(library)
    counts = ", ".join(f"{n} {what}" for what, n in report.checked.items())
    if report.ok:
        print(f"Library OK ({counts}): {library.root}")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    hint = (
        "" if args.repair else " (`cardbook check --repair` rebuilds the search index and summaries, removes leftovers)"
    )
    raise CommandError(f"{len(report.problems)} problem(s) found{hint}")


def cmd_restore(args: argparse.Namespace) -> int:
    from cardbook.storage.restore import restore_library

    library = open_library(args)
    safety = restore_library(library, Path(args.file).expanduser())
    print(f"Restored {args.file}. The library as it was before is kept in {safety}.")
    return EXIT_OK
