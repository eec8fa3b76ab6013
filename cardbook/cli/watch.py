"""`cardbook watch FOLDER`: import the photos arriving in a folder (a phone's synced camera folder) until Ctrl+C.

The same job as the window's watched folder (`cardbook.app.watching`): finished files only, each photo once
(a photo imported before is recognised by its content), the day's event when there is exactly one, a person
met before recognised. One line per card on stdout as it is stored; errors one line each on stderr; Ctrl+C
is the normal way to stop (exit 0, with a count).
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from cardbook.cli.common import EXIT_OK, CommandError, open_library, positive_int, print_err
from cardbook.cli.scan import tesseract_languages
from cardbook.domain.text import counted


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """watch."""
    from cardbook.ocr.defaults import DEFAULT_LANG

    watch = subparsers.add_parser(
        "watch", parents=[common], help="import new photos arriving in a folder, until Ctrl+C"
    )
    watch.add_argument("folder", metavar="FOLDER", help="the folder to watch (its subfolders too)")
    watch.add_argument("--jobs", type=positive_int, default=1, help="photos read at once (default 1)")
    watch.add_argument(
        "--lang", type=tesseract_languages, default=DEFAULT_LANG, help="Tesseract languages (default: fra+eng)"
    )
    watch.set_defaults(func=cmd_watch)


def cmd_watch(args: argparse.Namespace) -> int:
    from cardbook.app.region_setting import get_default_region
    from cardbook.app.scan_outcome import CardOutcome
    from cardbook.app.watching import watch_folder
    from cardbook.ocr.pipeline import ReadOptions

    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    library = open_library(args)
    country = get_default_region(library)
    options = ReadOptions(lang=args.lang, region=country) if country else ReadOptions(lang=args.lang)
    stored = 0

    def show(outcome: CardOutcome) -> None:
        nonlocal stored
        name = Path(outcome.path).name
        if outcome.error is not None:
            print_err(f"{outcome.path}: {outcome.error}")
        elif outcome.already is not None:
            print_err(f"{outcome.path}: {outcome.already}")
        elif outcome.skipped is not None:
            print_err(f"{outcome.path}: {outcome.skipped}")
        elif outcome.contact_id is not None:
            stored += 1
            how = f"met again ({outcome.match_reason})" if outcome.met_again else "awaiting review"
            print(f"{name}: {outcome.name or '(no name)'} (#{outcome.contact_id}), {how}", flush=True)

    stop = threading.Event()
    gone: OSError | None = None
    try:  # from the announcement on, Ctrl+C is the way to stop, wherever it lands
        print_err(f"watching {folder} — new photos are imported as they arrive; Ctrl+C stops")
        watch_folder(library, folder, options, show, stop, jobs=args.jobs)
    except KeyboardInterrupt:
        stop.set()
    except (FileNotFoundError, NotADirectoryError) as error:  # the folder was moved, deleted or unmounted
        gone = error
    print(f"Imported {counted(stored, 'card')} while watching.", file=sys.stderr)  # what was done, either way
    if gone is not None:
        raise CommandError(f"{gone}: the watch stopped") from gone
    return EXIT_OK
