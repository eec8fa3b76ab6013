"""``cardbook scan IMAGE...``: read every card in each image, print them (JSON Lines or a summary), and with
``--import`` store them in the library as contacts awaiting review.

The contract is docs/CLI.md: one JSON object per card, in input order, printed as soon as it is ready;
per-file errors as one stderr line ``cardbook: FILE: message`` while the other files go on; exit status
non-zero when any file failed, 130 on Ctrl+C. A photo imported before is not read again: one stderr line says
when and as whom ("PATH: already imported on DATE as NAME (#ID)"), so re-running an interrupted import
completes it; given for another meeting (another event or date), that meeting is recorded for the contact
holding the card ("PATH: already imported as NAME (#ID); met again at EVENT recorded"): app.scanning's rule.
The batch itself is `cardbook.app.scanning.scan_batch`, the same loop as the window's import.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from typing import Any, TextIO

from cardbook.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    iso_date,
    open_library,
    positive_int,
    print_err,
    region,
)
from cardbook.domain.text import counted


def tesseract_languages(text: str) -> str:
    parts = [part for part in text.split("+") if part]
    if not parts or not all(part.replace("_", "").isalnum() for part in parts):
        raise argparse.ArgumentTypeError(f"invalid language list '{text}' (e.g. fra+eng)")
    return "+".join(parts)


def add_scan_arguments(parser: argparse.ArgumentParser) -> None:
    from cardbook.ocr.defaults import DEFAULT_LANG, default_jobs

    parser.add_argument("images", metavar="IMAGE", nargs="+", help="image files (or folders of images)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per card (JSON Lines)")
    jobs_help = f"images read in parallel (default: {default_jobs()})"
    parser.add_argument("--jobs", type=positive_int, default=None, metavar="N", help=jobs_help)
    parser.add_argument(
        "--lang", type=tesseract_languages, default=DEFAULT_LANG, help="Tesseract languages (default: fra+eng)"
    )
    parser.add_argument(
        "--region",
        type=region,
        default=None,
        help="country for phone numbers on cards that show no country of their own (default: with --import the "
        "library's setting, else the system's)",
    )
    parser.add_argument("--import", dest="do_import", action="store_true", help="store the cards in the library")
    parser.add_argument("--event", metavar="NAME", help="event at which the cards were exchanged (with --import)")
    parser.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="date of the exchange (with --import)")
    parser.add_argument("--offered-by", choices=("me", "them"), help="who offered a card first (with --import)")
    parser.add_argument("--reciprocated", choices=("yes", "no"), help="whether cards were exchanged both ways")
    parser.add_argument(
        "--why",
        choices=("not-asked", "my-lapse"),
        help="with --offered-by them --reciprocated no: they did not ask for mine, or I had none / forgot",
    )
    parser.add_argument(
        "--two-sided",
        action="store_true",
        help="the photos are pairs, front then back: each 2nd photo's card joins the one before (with --import)",
    )
    parser.add_argument(
        "--no-match",
        action="store_true",
        help="file every card as a new contact, even a person already in the library (with --import)",
    )


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """scan."""
    from cardbook.cli.common import dated_parent

    scan = subparsers.add_parser("scan", parents=[common, dated_parent()], help="read every card in each image")
    add_scan_arguments(scan)
    scan.set_defaults(func=cmd_scan)


def cmd_scan(args: argparse.Namespace) -> int:
    return run_scan(args, stdout=sys.stdout, stderr=sys.stderr)


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
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


def _summary(card: dict[str, Any], out: TextIO) -> None:
    header = f"{card['image']}"
    if card.get("card_index"):
        header += f" (card {int(card['card_index']) + 1})"
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
    for email in card.get("emails") or []:
        out.write(f"  {'E-mail:':12} {email}\n")
    for phone in card.get("phones") or []:
        out.write(f"  {'Phone:':12} {phone['number']} ({phone['kind']})\n")
    for site in card.get("websites") or []:
        out.write(f"  {'Website:':12} {site}\n")
    for profile in card.get("social") or []:
        out.write(f"  {'Social:':12} {profile}\n")
    if card.get("warning"):
        out.write(f"  {'Warning:':12} {card['warning']}\n")
    if card.get("contact_id") is not None:
        again = f" — met again ({card['match_reason']})" if card.get("met_again") else ""
        again += " — joined to the card above, as its back" if card.get("back_of") is not None else ""
        out.write(f"  {'Contact:':12} {card['contact_id']}{again}\n")
    out.write(f"  ({card['seconds']} s)\n\n")


def import_problem(args: argparse.Namespace) -> str | None:
    """What typed options cannot mean, as one line (issue 11, item 6): exchange options without --import, a
    meeting in the future, "I offered and got nothing back" for the very card being imported."""
    from cardbook.cli.common import today
    from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated
    from cardbook.domain.exchange import date_problem, exchange_problem

    names = ("offered_by", "reciprocated", "why", "event", "date", "two_sided")
    given = [f"--{name.replace('_', '-')}" for name in names if getattr(args, name, None)]
    if given and not args.do_import:
        return f"{', '.join(given)} only apply with --import (they describe the exchange of imported cards)"
    problem = date_problem(args.date, today(args))
    if problem:
        return problem
    offered = OfferedBy(args.offered_by) if args.offered_by else OfferedBy.UNKNOWN
    answered = Reciprocated(args.reciprocated) if args.reciprocated else Reciprocated.UNKNOWN
    why = NoCardReason(args.why.replace("-", "_")) if args.why else None
    return exchange_problem(offered, answered, why, holding_card=True)


def _start_loads(freeze: bool) -> None:
    """Start loading what every card's reading needs (``warm_up``: the language identifier, the first names,
    RapidOCR's models, ~1.5 s of CPU) now, on a thread of its own, while this thread imports the library's
    modules (SQLAlchemy and the storage layer, ~0.4 s): the batch's own warm-up then finds them loaded or
    loading (``load_once``) instead of starting them after the imports (docs/MEASURING.md, "jobs=2 as a user
    times it"). ``freeze``: this process is the command, and ends with the batch (``warm_up``)."""
    from cardbook.ocr.options import ReadOptions
    from cardbook.ocr.warm_up import warm_up

    warm_up(ReadOptions().fallback() is not None, freeze=freeze)


def run_scan(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``cardbook scan``; returns the exit status (0 ok, 1 some file failed, 2 usage)."""
    from cardbook.app.folder_entries import describe_skipped, list_arguments

    listing = list_arguments(args.images)  # one walk of each folder
    paths = listing.files
    for line in describe_skipped(listing.skipped):  # said before "no image files", which they explain
        stderr.write(f"cardbook: {line}\n")
    if not paths:
        print_err("no image files given")
        return EXIT_USAGE
    problem = import_problem(args)
    if problem:
        print_err(problem)
        return EXIT_USAGE
    if len(paths) > 1:
        _start_loads(freeze=bool(getattr(args, "whole_process", False)))

    from cardbook.app.scanning import exchange_defaults, resolve_event, scan_batch
    from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated
    from cardbook.domain.network import Event
    from cardbook.ocr.defaults import default_jobs
    from cardbook.ocr.jsonout import card_to_dict
    from cardbook.ocr.pipeline import ReadOptions

    library = store = None
    if args.do_import:
        library = open_library(args)
        asked = Event(name=args.event, date=args.date) if args.event else None
        store = exchange_defaults(
            resolve_event(library, asked),
            OfferedBy(args.offered_by) if args.offered_by else OfferedBy.UNKNOWN,
            Reciprocated(args.reciprocated) if args.reciprocated else Reciprocated.UNKNOWN,
            date=args.date,
            why_no_card=NoCardReason(args.why.replace("-", "_")) if args.why else None,
        )
    country = args.region
    if country is None and library is not None:  # the library's choice (the window's preferences) goes first
        from cardbook.app.region_setting import get_default_region

        country = get_default_region(library)
    options = ReadOptions(lang=args.lang, **({"region": country} if country else {}))
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if getattr(args, "two_sided", False) and len(paths) % 2:
        stderr.write(f"--two-sided: {counted(len(paths), 'photo')}, the last one has no back\n")
    progress = _Progress(stderr, len(paths))
    failures = imported = met_again = already = recorded = backs = 0
    cancel = threading.Event()
    batch = scan_batch(
        paths,
        options,
        jobs=jobs,
        store=store,
        library=library,
        progress=progress.update,
        cancel=cancel,
        match=not args.no_match,
        two_sided=bool(getattr(args, "two_sided", False)),
    )
    try:
        for outcome in batch:
            progress.clear()
            if outcome.error is not None:
                stderr.write(f"cardbook: {outcome.path}: {outcome.error}\n")
                stderr.flush()
                failures += 1
            if outcome.already is not None:
                # Not read again, not stored again: said once on stderr, nothing on stdout (no new reading).
                stderr.write(f"{outcome.path}: {outcome.already}\n")
                stderr.flush()
                already += 1
                recorded += outcome.met_again  # the same card for another meeting: that meeting was recorded
                continue
            if outcome.note:
                stderr.write(f"{outcome.path}: {outcome.note}\n")
            for cut in outcome.cut:  # stored, with a value too long to be real shortened: said once each
                stderr.write(f"cardbook: {outcome.path}: “{outcome.name[:60]}”: {cut}\n")
            imported += outcome.contact_id is not None
            met_again += outcome.met_again
            data = card_to_dict(outcome.result, outcome.path)
            if outcome.skipped and not data.get("warning"):
                data["warning"] = outcome.skipped
            if outcome.contact_id is not None:
                data["contact_id"] = outcome.contact_id
                data["met_again"] = outcome.met_again
                data["match_reason"] = outcome.match_reason or None
                data["back_of"] = outcome.back_of
                backs += outcome.back_of is not None
            if outcome.back_proposal is not None:
                # Proposed, never applied: the user confirms with the command given.
                data["back_proposal"] = {"contact_id": outcome.back_proposal, "reason": outcome.back_reason}
                front, card_id = outcome.back_proposal, outcome.contact_id
                stderr.write(
                    f"{outcome.path}: looks like the back of the previous card (#{front}, {outcome.back_reason}); "
                    f"to join them: cardbook back {front} {card_id}\n"
                )
            if args.json:  # the contract: one object per image, an unreadable one with its "error" field
                stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            elif outcome.error is None:  # an error is said once, on stderr (above), not again in a block here
                _summary(data, stdout)
            stdout.flush()
    except KeyboardInterrupt:
        cancel.set()  # Ctrl+C: the photos being read finish, the others are not started
        raise
    finally:
        # Stop the reading threads now rather than whenever the generator is collected: queued photos are
        # dropped at once, so Ctrl+C never waits for the rest of the batch.
        batch.close()
        progress.clear()
    if imported:
        again = f", {met_again} of them people met again" if met_again else ""
        cards = imported - backs
        fronts = "its front" if backs == 1 else "their fronts"
        joined = f" ({counted(backs, 'back')} joined to {fronts})" if backs else ""
        stderr.write(f"Imported {counted(cards, 'card')}{joined}{again}, awaiting review in the library.\n")
    if already:
        stderr.write(
            f"{counted(already, 'photo')} {'was' if already == 1 else 'were'} already imported: not stored again"
            + (f" ({counted(recorded, 'meeting')} recorded for the contact holding the card)" if recorded else "")
            + ".\n"
        )
    return EXIT_FAILED if failures else EXIT_OK
