"""``cardbook erase CONTACT_ID [--from-backups]``: remove a person from the library for good — rows, search
index, card images, drafts and the database file's free pages and WAL — and, when asked, from every backup
(cardbook.storage.contacts.erasure says how each is done). A plain delete keeps what undo needs; this keeps nothing."""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_FAILED, EXIT_OK, open_library, plural, positive_int


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

    library = open_library(args)
    result = erase_contact(library, args.contact_id, from_backups=args.from_backups)
    who = result.identity.name or "an unnamed contact"
    print(f"Erased {who} (#{args.contact_id}) and {plural(result.images_removed, 'card image')}.")
    if not result.wal_emptied:
        print("Another Cardbook window or command has the library open: its journal is emptied when it closes.")
    backups = library.backups_dir
    if args.from_backups:
        print(f"Rewrote {plural(len(result.backups.rewritten), 'backup')} without them ({backups}).")
        for path, reason in result.backups.failed:
            print(f"Could not rewrite {path}: {reason}")
    elif any(backups.glob("cardbook-*")):
        print(f"The backups in {backups} still hold them (erasing with --from-backups rewrites the backups too).")
    return EXIT_FAILED if result.backups.failed else EXIT_OK
