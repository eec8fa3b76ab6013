"""The library itself: `backup [--with-images]`, `check [--repair]`, `restore FILE`, and `demo` (generated sample
data)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cardbook.cli.common import EXIT_OK, CommandError, library_location, library_path, open_library, say_upgrading
from cardbook.domain.text import counted


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """demo, backup, check and restore."""
    demo = subparsers.add_parser("demo", parents=[common], help="fill the library with generated sample data")
    demo.add_argument("--contacts", type=int, default=300, metavar="N", help="how many contacts (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    backup = subparsers.add_parser("backup", parents=[common], help="write a backup of the library's database")
    backup.add_argument(
        "--with-images", action="store_true", help="one archive (.tar) holding the database and every card image"
    )
    backup.set_defaults(func=cmd_backup)

    check = subparsers.add_parser("check", parents=[common], help="check the library's integrity")
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index and summaries, remove leftover files"
    )
    check.set_defaults(func=cmd_check)

    restore = subparsers.add_parser(
        "restore", parents=[common], help="replace the library's database (and lost images) with a backup"
    )
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
        f"to {library.location}."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """A server library: a pg_dump file, which holds the card images too (--with-images changes nothing);
    a failure, or pg_dump missing, is one line (storage/upkeep/server_backup.py)."""
    library = open_library(args)
    if args.with_images and not library.is_server:
        from cardbook.storage.upkeep.archive import write_archive

        print(write_archive(library.db_path, library.images, library.backups_dir))
    else:
        print(library.backup("manual"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from cardbook.storage.library import DB_NAME, default_library_path
    from cardbook.storage.library_state import DatabaseState, diagnose
    from cardbook.storage.upkeep.integrity import check_library, repair_search_index

    location = library_location(args)
    root = location if isinstance(location, Path) else default_library_path()
    # A server library has no file to diagnose: opening it says what is wrong with the connection.
    diagnosis = diagnose(root / DB_NAME) if not isinstance(location, str) else None
    if diagnosis is not None and diagnosis.state is DatabaseState.DAMAGED:
        raise CommandError(
            f"the library's database {root / DB_NAME} is damaged ({diagnosis.detail}): "
            "`cardbook restore FILE` puts a backup in its place and keeps the damaged file aside"
        )
    library = open_library(args)  # missing or empty beside card images: refused with what to do
    report = check_library(library, deep=args.repair)  # deep: a server library's images hashed too
    if not report.ok and args.repair:
        from cardbook.storage.errors import LibraryError
        from cardbook.storage.upkeep.integrity import mend_server_images
        from cardbook.storage.upkeep.leftovers import remove_leftovers

        try:
            library.backup("before-repair")
        except LibraryError as exc:
            if not library.is_server:
                raise
            # What the repair removes on a server is what nothing uses: it goes on without pg_dump, and says so.
            print(f"No backup before the repair: {exc}")
        removed = remove_leftovers(library)
        if removed:
            print(f"Removed {counted(removed, 'leftover file')} (temporary files, images no card uses).")
        mended = mend_server_images(library)
        if mended:
            print(f"Wrote {counted(mended, 'damaged image')} again from this machine's copies.")
        repair_search_index(library)
        report = check_library(library, deep=args.repair)
    counts = ", ".join(f"{n} {what}" for what, n in report.checked.items())
    if report.ok:
        print(f"Library OK ({counts}): {library.location}")
        return EXIT_OK
    for problem in report.problems:
        print(problem)
    hint = (
        ""
        if args.repair
        else " (`cardbook check --repair` rebuilds the search index and summaries and removes leftover files)"
    )
    raise CommandError(f"{counted(len(report.problems), 'problem')} found{hint}")


def cmd_restore(args: argparse.Namespace) -> int:
    """Works on a library whose database cannot be opened at all (storage/upkeep/restore.py)."""
    from cardbook.storage.library import default_library_path
    from cardbook.storage.upkeep.restore import restore_into

    folder = library_path(args, "`cardbook restore`") or default_library_path()
    result = restore_into(folder, Path(args.file).expanduser(), on_upgrade=say_upgrading)
    print(f"Restored {args.file}.")
    if result.safety is not None:
        print(f"The library as it was before is kept in {result.safety}.")
    if result.moved_aside is not None:
        print(f"The damaged database was moved aside, not deleted: {result.moved_aside}")
    if result.images_restored:
        print(f"{counted(result.images_restored, 'card image')} brought back from the backup.")
    if result.images_refused:
        # Damaged in the backup too: the backups' image store hard-links the library's files (LIBRARY_FORMAT.md).
        refused = result.images_refused
        was, its = ("was", "its") if refused == 1 else ("were", "their")
        print(
            f"{counted(refused, 'card image')} of the backup {was} damaged too (not the bytes {its} name promises) "
            f"and {was} left out; a `backup --with-images` archive holds copies of its own."
        )
    return EXIT_OK
