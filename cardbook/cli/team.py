"""A library and a team library on a server: `library push --to URL [--as NAME]` (this library into the team's)
and `library pull --from URL [--to FOLDER]` (a copy of the team's in a folder, to work offline, pushed back
later). storage/upkeep/transfer_push.py does the copying; docs/TEAM_LIBRARY.md, "Push and pull", the rules."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardbook.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CommandError,
    library_location,
    open_location,
    print_err,
)
from cardbook.domain.text import counted

if TYPE_CHECKING:
    from cardbook.storage.library import Library
    from cardbook.storage.upkeep.transfer_report import TransferReport

LISTED_WARNINGS = 10


class CommandInterrupted(Exception):
    """Ctrl+C during a copy: said in one line with what to do, exit status 130."""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """library push, library pull."""
    library = subparsers.add_parser("library", help="push this library into a team library, or pull a copy of one")
    actions = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    push = actions.add_parser(
        "push", parents=[common], help="merge this library into a team library on a PostgreSQL server"
    )
    push.add_argument("--to", required=True, metavar="URL", help="the team library: postgresql://user@host/db")
    push.add_argument(
        "--as",
        dest="member",
        metavar="NAME",
        default=None,
        help="the member whose encounters, referrals and follow-ups they become (default: the team library's "
        "member chosen on this machine, else your login name)",
    )
    push.set_defaults(func=cmd_push)
    pull = actions.add_parser(
        "pull", parents=[common], help="copy a team library into a folder library, to work offline"
    )
    pull.add_argument("--from", dest="source", required=True, metavar="URL", help="the team library's URL")
    pull.add_argument("--to", dest="folder", metavar="FOLDER", default=None, help="default: --library")
    pull.set_defaults(func=cmd_pull)


def _server_url(text: str, option: str) -> str:
    from cardbook.storage.server import is_server_url

    if not is_server_url(text):
        raise CommandError(
            f"{option} names a team library on a PostgreSQL server (postgresql://user@host/db), not {text!r}"
        )
    return text.strip()


def _shown(location: Path | str | None) -> str:
    from cardbook.storage.library import default_location
    from cardbook.storage.server import redacted_text

    where = default_location() if location is None else location
    return redacted_text(where) if isinstance(where, str) else str(where.expanduser().resolve())


def cmd_push(args: argparse.Namespace) -> int:
    target_url = _server_url(args.to, "--to")
    if args.member is not None and not args.member.strip():
        raise CommandError("--as needs a member's name")
    source_location = library_location(args)
    if _shown(source_location) == _shown(target_url):
        raise CommandError(f"{_shown(target_url)} cannot be pushed into itself: --to names the team library")
    source = open_location(source_location)
    target = open_location(target_url)
    member = args.member.strip() if args.member is not None else _default_member(target)
    try:
        report = _copy(source, target, member)
    except CommandInterrupted as stop:
        print_err(str(stop))
        return EXIT_INTERRUPTED
    print(f"Pushed {source.location} into {target.location} as {member}: {_contacts(report)}")
    return _tables(report)


def _default_member(target: Library) -> str:
    """Who pushes when --as is not given: the member chosen on this machine for the team library (`cardbook
    member use NAME`), else the login name."""
    from cardbook.storage.members import current_member

    chosen = current_member(target)
    return chosen.name if chosen is not None else getpass.getuser()


def cmd_pull(args: argparse.Namespace) -> int:
    source_url = _server_url(args.source, "--from")
    folder: Path | str | None = Path(args.folder).expanduser() if args.folder else library_location(args)
    if isinstance(folder, str):
        raise CommandError("a pulled copy goes into a library folder: give one with --to FOLDER")
    if _shown(folder) == _shown(source_url):
        raise CommandError(f"{_shown(source_url)} cannot be pulled into itself")
    source = open_location(source_url)
    target = open_location(folder)
    try:
        report = _copy(source, target, None)
    except CommandInterrupted as stop:
        print_err(str(stop))
        return EXIT_INTERRUPTED
    print(f"Pulled {source.location} into {target.location}: {_contacts(report)}")
    return _tables(report)


def _copy(source: Library, target: Library, member: str | None) -> TransferReport:
    from cardbook.storage.upkeep.transfer_push import copy_library

    tty = sys.stderr.isatty()

    def progress(what: str, done: int, total: int) -> None:
        # A terminal sees every batch; a log gets one line per table (a 10,000-contact push is not 200 lines).
        if tty:
            print(f"\r{what}: {done:,}/{total:,}\033[K", end="", file=sys.stderr, flush=True)
        elif done == total:
            print(f"{what}: {done:,}", file=sys.stderr, flush=True)

    try:
        return copy_library(source, target, member=member, progress=progress)
    except KeyboardInterrupt:
        if tty:
            print(file=sys.stderr)
        # Each batch is its own transaction: what was committed stays, and a re-run adds nothing twice.
        raise CommandInterrupted("interrupted: what was copied is kept; run the same command again to finish") from None
    else:
        if tty:
            print(file=sys.stderr)


def _contacts(report: TransferReport) -> str:
    figures = report.tables.get("contacts")
    updated = f" ({figures.updated} replaced by a newer copy)" if figures is not None and figures.updated else ""
    created = counted(len(report.created_contacts), "new contact")
    return f"{created}, {len(report.merged_contacts)} already there{updated}."


def _tables(report: TransferReport) -> int:
    """One line per table, as `import` of a library file prints; the warnings on stderr (exit status 1)."""
    for name, figures in report.tables.items():
        dropped = f", {figures.dropped} unusable" if figures.dropped else ""
        print(f"  {name}: {figures.added} added, {figures.already} already there{dropped}")
    for warning in report.warnings[:LISTED_WARNINGS]:
        print_err(warning)
    if len(report.warnings) > LISTED_WARNINGS:
        print_err(f"and {len(report.warnings) - LISTED_WARNINGS} more")
    return EXIT_FAILED if report.warnings else EXIT_OK
