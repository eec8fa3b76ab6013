"""`cardbook learned [--json] [--reset]`: what the reader learned from the user's reviews, and forgetting it.

The learning itself is `cardbook.app.learning` (also what the window would call); this only prints.
"""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_OK, open_library, print_json
from cardbook.domain.text import counted


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """learned."""
    learned = subparsers.add_parser(
        "learned",
        parents=[common],
        help="show what the reader learned from your reviews (companies by domain, names, moved lines)",
        description="Every card you accept after review teaches the reader: the company kept for an e-mail "
        "domain, the names you typed, the lines you moved to another field. This shows it, or forgets it.",
    )
    learned.add_argument("--json", action="store_true", help="one JSON object instead of text")
    learned.add_argument("--reset", action="store_true", help="forget everything learned (asks nothing)")
    learned.set_defaults(func=cmd_learned)


def cmd_learned(args: argparse.Namespace) -> int:
    from cardbook.app.learning import learned_summary, reset_learning

    library = open_library(args)
    if args.reset:
        removed = reset_learning(library)
        if args.json:
            print_json({"removed": removed.as_json()})
        else:
            print(
                f"Forgot {counted(removed.reviews, 'reviewed card')} ({counted(removed.rows, 'recorded field')}): "
                f"{_companies(len(removed.companies))}, {counted(len(removed.names), 'name')}, "
                f"{counted(len(removed.lines), 'moved line')}."
            )
        return EXIT_OK
    summary = learned_summary(library)
    if args.json:
        print_json(summary.as_json())
        return EXIT_OK
    if not summary.rows:
        print("Nothing learned yet: each card you accept after review teaches the reader.")
        return EXIT_OK
    print(
        f"Learned from {counted(summary.reviews, 'reviewed card')} "
        f"({counted(summary.corrected, 'field')} corrected, {summary.rows} recorded)."
    )
    print("Companies by e-mail/website domain:")
    for company in summary.companies:
        print(f"  {company.domain} → {company.company} ({counted(company.count, 'card')})")
    if not summary.companies:
        print("  (none)")
    for kind, heading in (("first", "First names"), ("family", "Family names")):
        names = [f"{n.name} ({n.count})" for n in summary.names if n.kind == kind]
        print(f"{heading}: {', '.join(names) if names else '(none)'}")
    print("Lines moved to another field:")
    for line in summary.lines:
        print(f"  “{line.text}”: {line.proposed} → {line.kept} ({counted(line.count, 'card')})")
    if not summary.lines:
        print("  (none)")
    return EXIT_OK


def _companies(count: int) -> str:
    return f"{count} {'company' if count == 1 else 'companies'}"
