"""What every command shares: exit statuses, the one-line error, opening the library, argument types, and
running a command so that nothing but one line ever reaches the terminal (docs/CLI.md, "Exit status")."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from cardbook.domain.member import Viewpoint
    from cardbook.storage.library import Library

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells expect after Ctrl+C

Command = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure the user can act on: printed as one line, exit status 1."""


def print_err(message: str) -> None:
    print(f"cardbook: {message}", file=sys.stderr)


def library_location(args: argparse.Namespace) -> Path | str | None:
    """What `--library` names: a folder, or a PostgreSQL URL (kept as text; docs/TEAM_LIBRARY.md)."""
    from cardbook.storage.server import is_server_url

    library = getattr(args, "library", None)
    if not library:
        return None
    return library.strip() if is_server_url(library) else Path(library).expanduser()


def library_path(args: argparse.Namespace, what: str = "this command") -> Path | None:
    """The library folder named by `--library`, for what works on a folder only; a server URL is refused."""
    location = library_location(args)
    if isinstance(location, str):
        raise CommandError(f"{what} works on a library folder, not on a server library ({_shown(location)})")
    return location


def _shown(url: str) -> str:
    from cardbook.storage.server import redacted_text

    return redacted_text(url)


_opened: list[Library] = []  # closed when the command ends (run_command)


def open_library(args: argparse.Namespace) -> Library:
    """The library named by `--library` (or $CARDBOOK_LIBRARY, or the user data folder), opened and upgraded."""
    return open_location(library_location(args))


def open_location(location: Path | str | None) -> Library:
    """A library named otherwise than by `--library` (`library push --to URL`), closed when the command ends."""
    from cardbook.storage.library import Library

    library = Library.open(location, on_upgrade=say_upgrading)
    _opened.append(library)
    return library


def say_upgrading(_revision: str) -> None:
    """An older library's upgrade takes seconds on a large one (8-10 s at 100,000 contacts): said before it starts,
    on stderr so that a script's output stays clean (docs/CLI.md, "Opening an older library")."""
    print_err("upgrading the library to the current format…")


def print_json(record: dict[str, Any]) -> None:
    """One object per line (JSON Lines), as every `--json` output is."""
    print(json.dumps(record, ensure_ascii=False))


def announce_new_folder(path: Path, *, is_folder: bool = False) -> Callable[[], None]:
    """Every --output creates the folders it needs and says so. Call before writing (it notes which folder is
    missing), then call what it returns once written: one stderr line names the folder that was created."""
    missing = None
    folder = path if is_folder else path.parent
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing = candidate

    def announce() -> None:
        if missing is not None and missing.is_dir():
            print_err(f"created folder {missing}")

    return announce


# --- argument types ---------------------------------------------------------------------------------------


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date '{text}' (expected YYYY-MM-DD)") from None


def region(text: str) -> str:
    """A two-letter country code (ISO 3166), upper-cased: the country for numbers written without one."""
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"invalid region '{text}' (a two-letter country code such as FR)")
    return text.upper()


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def today(args: argparse.Namespace) -> dt.date:
    """`--today` when given (tests), else the real day."""
    given: dt.date | None = getattr(args, "today", None)
    return given or dt.date.today()


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def dated_parent() -> argparse.ArgumentParser:
    """The hidden `--today` of the commands whose answer depends on the day."""
    dated = argparse.ArgumentParser(add_help=False)
    dated.add_argument("--today", type=iso_date, default=None, help=argparse.SUPPRESS)
    return dated


def add_member_option(parser: argparse.ArgumentParser, whose: str) -> None:
    """`--member NAME|all` of the commands that read a point of view (docs/TEAM_LIBRARY.md, "Members")."""
    parser.add_argument(
        "--member", metavar="NAME|all", help=f"a team member's {whose}, or `all` for the team's (default: yours here)"
    )


def viewpoint_of(library: Library, args: argparse.Namespace) -> Viewpoint:
    """Whose rows a command reads: `--member NAME|all`, else this machine's member (the team's when none is
    chosen, and a personal library's whole)."""
    from cardbook.storage.members import viewpoint

    return viewpoint(library, getattr(args, "member", None))


def one_line_warnings() -> None:
    """Libraries' warnings (Pillow's "Corrupt EXIF data", say) as one line on stderr like every other message,
    instead of Python's two lines naming a file inside the library."""

    shown: set[str] = set()

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        text = " ".join(str(message).split())
        # A warning raised while a photo is decoded names it (the reader's module is asked only once loaded:
        # importing it here would load OpenCV for every command).
        loading = sys.modules.get("cardbook.ocr.loading")
        photo = loading.photo_being_read() if loading is not None else None
        said = f"warning: {photo}: {text}" if photo is not None else f"warning: {text}"
        if said not in shown:  # Pillow warns from two places about one damaged EXIF block
            shown.add(said)
            print_err(said)

    warnings.showwarning = show


# --- running ----------------------------------------------------------------------------------------------


def run_command(command: Command, args: argparse.Namespace) -> int:
    """Run one command; whatever goes wrong becomes one line on stderr and an exit status, never a traceback.
    The libraries it opened are closed at the end: a server library's pooled connections say goodbye to the
    server rather than being dropped when the process ends (or, under `main([...])` in tests, when collected)."""
    try:
        return _run(command, args)
    finally:
        while _opened:
            _opened.pop().close()


def _run(command: Command, args: argparse.Namespace) -> int:
    try:
        return int(command(args))
    except KeyboardInterrupt:
        print_err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`cardbook events | head`): stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except CommandError as exc:
        print_err(str(exc))
        return EXIT_FAILED
    except Exception as exc:  # the contract: one line, no traceback; describe() names the cause
        from cardbook.app.errors import describe

        message, status = describe(exc)
        print_err(message)
        return status
