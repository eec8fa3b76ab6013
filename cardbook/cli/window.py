"""`cardbook gui` (and plain `cardbook`): open the window, or render it to a PNG for checks and docs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cardbook.cli.common import library_location


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """gui."""
    gui = subparsers.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit")
    gui.add_argument("--lang", choices=["fr", "en"], help="interface language")
    gui.add_argument(
        "--view",
        metavar="VIEW",
        help="the page to open: contacts | wall (the contacts as a wall of their cards) | contact:ID | import | "
        "events | event:ID (one event's cards) | networks | prescribers (the Referrers page) | introductions | reports "
        "| my-card | preferences | receive (a dialog over the window)",
    )
    gui.set_defaults(func=cmd_gui)


def gui_location(args: argparse.Namespace) -> Path | str | None:
    """The library the command line names for the window: --library, else $CARDBOOK_LIBRARY (a folder, resolved,
    or a server URL); None when neither is given — the window then reopens the library it had last
    (ui/window/start_library.py), which no other command does (docs/CLI.md, `cardbook gui`)."""
    import os

    from cardbook.storage.library import ENV_VAR, default_location

    location = library_location(args)
    if location is None and os.environ.get(ENV_VAR, "").strip():
        location = default_location()  # $CARDBOOK_LIBRARY may name a server too
    if location is None or isinstance(location, str):
        return location
    return location.expanduser().resolve()


def cmd_gui(args: argparse.Namespace) -> int:
    from cardbook.ui.window.app import run_gui

    # The window opens the library itself: a damaged folder gets a dialog (restore a backup, another library,
    # quit); a server library (a URL, docs/TEAM_LIBRARY.md) that cannot be opened is the command's one line.
    screenshot = Path(args.screenshot) if args.screenshot else None
    return int(run_gui(gui_location(args), screenshot=screenshot, lang=args.lang, view=args.view))
