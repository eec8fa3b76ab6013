"""The command line's entry point: the parser, made of each command group's `register`, and `main`.

Every job of the window is also a command, over the same `cardbook.app` jobs and storage services
(docs/CLI.md). Heavy modules (Qt, OpenCV, Alembic) are imported only by the commands that need them, so quick
commands such as `cardbook search` answer fast. Errors are one line on stderr, never a traceback
(`common.run_command`).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from cardbook import __version__
from cardbook.cli import (
    contact_files,
    contacts,
    erase,
    exchange,
    learning,
    ledger,
    library,
    lists,
    meetings,
    members,
    networks,
    people,
    reports,
    scan,
    team,
    watch,
    window,
)
from cardbook.cli.common import one_line_warnings, run_command

# In the order `--help` lists them.
GROUPS = (
    window,
    scan,
    watch,
    learning,
    contacts,
    people,
    contact_files,
    library,
    team,
    erase,
    ledger,
    lists,
    exchange,
    meetings,
    networks,
    reports,
    members,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cardbook",
        description="Turn business cards into contacts and keep the story of each exchange.",
    )
    parser.add_argument("--version", action="version", version=f"cardbook {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="the folder holding the database and card images, or a team library's postgresql://user@host/db "
        "(default: $CARDBOOK_LIBRARY or the user data folder)",
    )
    parser.add_argument("--library", metavar="PATH", default=None, help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    one_line_warnings()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # plain `cardbook` opens the window
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    # Run as the program (not called by a test or another tool): the process ends with the command, so a
    # command may hand what it loaded to the garbage collector's permanent generation (``scan``).
    args.whole_process = argv is None
    status = run_command(args.func, args)
    if argv is None:
        # The process ends now: its final collections need not walk every object still alive (0.26 → 0.06 s
        # of exit after a scan, docs/MEASURING.md, "jobs=2 as a user times it").
        gc.freeze()
    return status


if __name__ == "__main__":
    sys.exit(main())
