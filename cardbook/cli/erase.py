"""``cardbook erase CONTACT_ID [--from-backups]``: remove a person from the library for good — rows, search
index, card images, drafts and the database file's free pages and WAL — and, when asked, from every backup
(cardbook.storage.contacts.erasure says how each is done). A plain delete keeps what undo needs; this keeps nothing."""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_FAILED, EXIT_OK, open_library, positive_int
from cardbook.domain.text import counted


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """erase."""
    erase = subparsers.add_parser("erase", parents=[common], help="erase a person from the library for good")
    erase.add_argument("contact_id", metavar="CONTACT_ID", type=positive_int)
    erase.add_argument(
        "--from-backups", action="store_true", help="also rewrite every backup of the library without this person"
    )
    erase.set_defaults(func=cmd_erase)


def cmd_erase(args: argparse.Namespace) -> int:
    from cardbook.storage.contacts.erasure import erase_contact
    from cardbook.storage.upkeep.server_backup import DUMP_GLOB

    library = open_library(args)
    result = erase_contact(library, args.contact_id, from_backups=args.from_backups)
    who = result.identity.name or "an unnamed contact"
    print(f"Erased {who} (#{args.contact_id}) and {counted(result.images_removed, 'card image')}.")
    if not result.wal_emptied:
        print("Another Cardbook window or command has the library open: its journal is emptied when it closes.")
    backups = library.backups_dir
    dumps = sorted(backups.glob(DUMP_GLOB)) if library.is_server else []
    if args.from_backups:
        print(f"Rewrote {counted(len(result.backups.rewritten), 'backup')} without them ({backups}).")
        if result.backups.images_removed:
            removed = counted(result.backups.images_removed, "card image")
            print(f"Removed {removed} no backup needs any more from {backups / 'images'}.")
        for path, reason in result.backups.failed:
            print(f"Could not rewrite {path}: {reason}")
    elif any(backups.glob("cardbook-*")) and not dumps:
        print(f"The backups in {backups} still hold them (erasing with --from-backups rewrites the backups too).")
    if dumps:  # a server library's pg_dump files (docs/TEAM_LIBRARY.md, "Backups")
        print(
            f"The {counted(len(dumps), 'dump')} of the server library in {backups} still "
            f"{'hold' if len(dumps) > 1 else 'holds'} them: Cardbook cannot rewrite a pg_dump file; delete the dumps "
            "taken before now to be rid of them."
        )
    return EXIT_FAILED if result.backups.failed else EXIT_OK
