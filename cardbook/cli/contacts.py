"""`cardbook search`: full-text search over contacts, accent- and case-insensitive, as text or JSON Lines."""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_OK, CommandError, open_library, print_json
from cardbook.cli.name_sort import add_sort_option, in_name_order


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """search."""
    search = subparsers.add_parser("search", parents=[common], help="full-text search over contacts")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="one JSON object per contact, one per line")
    search.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    add_sort_option(search, "best match first")
    search.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from cardbook.storage.contacts.records import search
    from cardbook.storage.contacts.search_index import tokens

    if not tokens(args.query):
        raise CommandError("the search holds no word to look for (letters or digits)")
    library = open_library(args)
    results = search(library, args.query, limit=args.limit)
    if args.sort:  # the best matches, then in name order
        place = {
            contact_id: i for i, contact_id in enumerate(in_name_order(library, [r.id for r in results], args.sort))
        }
        results.sort(key=lambda r: place.get(r.id, len(place)))
    if args.json:
        for item in results:
            parts = item.parts
            print_json(
                {
                    "id": item.id,
                    "name": item.name or None,
                    "given_name": parts.given or None,
                    "family_name": parts.family or None,
                    "company": item.company,
                    "title": item.title,
                    "meetings": item.meeting_count,
                    "last_met": item.last_met.isoformat() if item.last_met else None,
                    "exchange": item.reciprocity.value,
                    "status": item.status.value,
                }
            )
    elif not results:
        print(f"No contact matches “{args.query}”.")
    else:
        for item in results:
            company = f" — {item.company}" if item.company and item.company != item.name else ""
            met = f"  met {item.meeting_count}×" if item.meeting_count else ""
            print(f"{item.id:>7}  {item.reciprocity.symbol} {item.name}{company}{met}")
    return EXIT_OK
