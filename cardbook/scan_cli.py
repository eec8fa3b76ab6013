"""``cardbook scan IMAGE...``: read every card in each image, print them (JSON Lines or a summary).

The contract is docs/CLI.md: one JSON object per card, in input order, printed as soon as it is ready;
per-file errors as one stderr line ``cardbook: FILE: message`` while the other files go on; exit status
non-zero when any file failed, 130 on Ctrl+C. Storing cards (``--import``) is done by a ``store``
callable handed in by the caller, so this module needs no database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from cardbook.ocr.batch import default_jobs, read_images
from cardbook.ocr.jsonout import card_to_dict
from cardbook.ocr.pipeline import CardResult, ReadOptions
from cardbook.ocr.tesseract_engine import DEFAULT_LANG

StoreCallback = Callable[[CardResult], None]

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"})
EXIT_INTERRUPTED = 130


def _date(text: str) -> str:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date '{text}' (expected YYYY-MM-DD)") from None
    return text


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of jobs '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return value


def _lang(text: str) -> str:
    parts = [part for part in text.split("+") if part]
    if not parts or not all(part.replace("_", "").isalnum() for part in parts):
        raise argparse.ArgumentTypeError(f"invalid language list '{text}' (e.g. fra+eng)")
    return "+".join(parts)


def _region(text: str) -> str:
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"invalid region '{text}' (a two-letter country code such as FR)")
    return text.upper()


def add_scan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("images", metavar="IMAGE", nargs="+", help="image files (or folders of images)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per card (JSON Lines)")
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"images read in parallel (default: {default_jobs()})",
    )
    parser.add_argument("--lang", type=_lang, default=DEFAULT_LANG, help="Tesseract languages (default: fra+eng)")
    parser.add_argument(
        "--region",
        type=_region,
        default="FR",
        help="country for phone numbers written without a country code (default: FR)",
    )
    parser.add_argument("--import", dest="do_import", action="store_true", help="store the cards in the library")
    parser.add_argument("--event", metavar="NAME", help="event at which the cards were exchanged (with --import)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date of the exchange (with --import)")
    parser.add_argument("--offered-by", choices=("me", "them"), help="who offered a card first (with --import)")
    parser.add_argument("--reciprocated", choices=("yes", "no"), help="whether cards were exchanged both ways")


def expand_images(arguments: list[str]) -> list[str]:
    """Folders become the image files they hold (sorted); files are kept as given, even if missing."""
    paths: list[str] = []
    for argument in arguments:
        folder = Path(argument)
        if folder.is_dir():
            paths += sorted(
                str(child) for child in folder.iterdir() if child.is_file() and child.suffix.lower() in IMAGE_SUFFIXES
            )
        else:
            paths.append(argument)
    return paths


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.enabled = stream.isatty() and total > 1
        self.shown = False
        self.lock = threading.Lock()

    def update(self, done: int, total: int, path: str) -> None:
        if not self.enabled:
            return
        width = 24
        filled = round(width * done / max(1, total))
        label = os.path.basename(path)[:40]
        with self.lock:
            self.stream.write(f"\r\033[K[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {label}")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.enabled and self.shown:
            with self.lock:
                self.stream.write("\r\033[K")
                self.stream.flush()
                self.shown = False


def _summary(card: dict[str, object], out: TextIO) -> None:
    header = f"{card['image']}"
    if card.get("card_index"):
        header += f" (card {int(str(card['card_index'])) + 1})"
    out.write(header + "\n")
    labels = (
        ("name", "Name"),
        ("title", "Title"),
        ("company", "Company"),
        ("department", "Department"),
        ("address", "Address"),
    )
    for key, label in labels:
        if card.get(key):
            out.write(f"  {label + ':':12} {card[key]}\n")
    for email in card.get("emails") or []:  # type: ignore[attr-defined]
        out.write(f"  {'E-mail:':12} {email}\n")
    for phone in card.get("phones") or []:  # type: ignore[attr-defined]
        out.write(f"  {'Phone:':12} {phone['number']} ({phone['kind']})\n")
    for site in card.get("websites") or []:  # type: ignore[attr-defined]
        out.write(f"  {'Website:':12} {site}\n")
    for profile in card.get("social") or []:  # type: ignore[attr-defined]
        out.write(f"  {'Social:':12} {profile}\n")
    if card.get("warning"):
        out.write(f"  {'Warning:':12} {card['warning']}\n")
    if card.get("error"):
        out.write(f"  {'Error:':12} {card['error']}\n")
    out.write(f"  ({card['seconds']} s)\n\n")


def run_scan(
    args: argparse.Namespace,
    store: StoreCallback | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run ``cardbook scan``; returns the exit status (0 ok, 1 some file failed, 2 usage, 130 Ctrl+C)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if getattr(args, "do_import", False) and store is None:
        err.write("cardbook: --import needs a library (not available here)\n")
        return 2
    paths = expand_images(list(args.images))
    if not paths:
        err.write("cardbook: no image files given\n")
        return 2
    options = ReadOptions(lang=args.lang, region=args.region)
    jobs = args.jobs if args.jobs is not None else default_jobs()
    progress = _Progress(err, len(paths))
    cancel = threading.Event()
    failures = 0
    try:
        for path, cards in read_images(paths, options, jobs=jobs, progress=progress.update, cancel=cancel):
            progress.clear()
            for card in cards:
                if card.error:
                    err.write(f"cardbook: {path}: {card.error}\n")
                    err.flush()
                    failures += 1
                elif store is not None and args.do_import:
                    try:
                        store(card)
                    except Exception as error:  # storage failure of one card must not stop the batch
                        err.write(f"cardbook: {path}: cannot import: {error}\n")
                        failures += 1
                data = card_to_dict(card, path)
                if args.json:
                    out.write(json.dumps(data, ensure_ascii=False) + "\n")
                else:
                    _summary(data, out)
                out.flush()
    except KeyboardInterrupt:
        cancel.set()
        progress.clear()
        err.write("cardbook: interrupted\n")
        err.flush()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output closed early (e.g. piped into `head`): stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    progress.clear()
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m cardbook.scan_cli``) until the integrator wires ``cardbook scan``."""
    parser = argparse.ArgumentParser(prog="cardbook scan", description="Read business cards from images.")
    add_scan_arguments(parser)
    return run_scan(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
