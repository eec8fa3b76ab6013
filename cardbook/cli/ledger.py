"""The exchange ledger on the command line: events, networks, follow-ups and relationship strength.

Each command opens the library, calls the same storage services as the window, and prints text or JSON Lines
(one object per line, like `cardbook search --json`). A hidden `--today YYYY-MM-DD` makes "due" and "last seen"
reproducible in tests (docs/CLI.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import (
    EXIT_OK,
    add_member_option,
    dated_parent,
    iso,
    open_library,
    print_json,
    today,
    viewpoint_of,
)
from cardbook.domain.text import counted

# --- events and networks -----------------------------------------------------------------------------------


def cmd_events(args: argparse.Namespace) -> int:
    from cardbook.app.figures_text import rate_text
    from cardbook.storage.ledger.events import event_overviews

    library = open_library(args)
    for line in event_overviews(library, viewpoint_of(library, args)):
        event, counts = line.event, line.exchanges
        if args.json:
            print_json(
                {
                    "id": event.id,
                    "name": event.name,
                    "date": iso(event.date),
                    "place": event.place,
                    "network": line.network_name,
                    "network_id": event.network_id,
                    "cards": counts.cards,
                    "meetings": counts.total,
                    "no_cards": counts.no_cards,
                    "mutual": counts.mutual,
                    "from_them": counts.from_them,
                    "from_me": counts.from_me,
                    "unknown": counts.unknown,
                    "mutual_rate": counts.mutual_rate,
                    "recorded": counts.recorded,
                    "unrecorded": counts.unrecorded,
                }
            )
        else:
            network = f"  [{line.network_name}]" if line.network_name else ""
            figures = f"{counted(counts.cards, 'card')}, {rate_text(counts, 'en')}"
            print(f"{event.id:>6}  {iso(event.date) or '':10}  {event.name}{network}  {figures}")
    return EXIT_OK


def cmd_networks(args: argparse.Namespace) -> int:
    from collections import Counter

    from cardbook.app.figures_text import money_text
    from cardbook.cli.reports import network_extra_figures
    from cardbook.domain.reports import Period
    from cardbook.storage.ledger.events import list_events
    from cardbook.storage.ledger.networks import list_networks
    from cardbook.storage.ledger.reports import network_report
    from cardbook.storage.settings import currency

    library = open_library(args)
    events = Counter(e.network_id for e in list_events(library))
    period = Period() if args.all_time else Period.year_until(today(args))
    view = viewpoint_of(library, args)
    figures = (
        {v.network.id: v for v in network_report(library, period, view) if v.network is not None} if args.json else {}
    )
    code = currency(library)
    for network in list_networks(library, include_archived=not args.active):
        if args.json:
            v = figures[network.id]
            print_json(
                {
                    "id": network.id,
                    "name": network.name,
                    "kind": network.kind.value,
                    "yearly_cost": network.yearly_cost,
                    "member_since": iso(network.member_since),
                    "member_until": iso(network.member_until),
                    "archived": network.archived,
                    "notes": network.notes,
                    "events": events[network.id],
                    # Added by issue 11 (never rename the keys above): what the network brought over the period.
                    "currency": code,
                    "period_start": iso(period.start),
                    "period_end": iso(period.end),
                    "events_attended": v.events_attended,
                    "cards": v.cards_collected,
                    "mutual_rate": v.mutual_rate,
                    "referrals_received": v.received.count,
                    "referrals_received_won": v.received.won,
                    "referrals_received_value": v.received.won_value,
                    "referrals_given": v.given.count,
                    "referrals_given_won": v.given.won,
                    "referrals_given_value": v.given.won_value,
                    "cost_per_mutual_contact": v.cost_per_mutual_contact,
                    "cost_per_referral": v.cost_per_referral,
                    **network_extra_figures(v),
                }
            )
        else:
            cost = f", {money_text(network.yearly_cost, 'en', code)} a year" if network.yearly_cost is not None else ""
            archived = "  (archived)" if network.archived else ""
            kind = network.kind.value.replace("_", " ")
            print(f"{network.id:>6}  {network.name} — {kind}{cost}, {counted(events[network.id], 'event')}{archived}")
    return EXIT_OK


# --- follow-ups and strength -------------------------------------------------------------------------------


def cmd_followups(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.follow_ups import follow_up_lines

    library = open_library(args)
    lines = follow_up_lines(
        library, today(args), due_only=args.due, include_done=args.all, view=viewpoint_of(library, args)
    )
    for line in lines:
        f = line.follow_up
        if args.json:
            print_json(
                {
                    "id": f.id,
                    "contact_id": f.contact_id,
                    "name": line.contact_name,
                    "company": line.company,
                    "due": iso(f.due),
                    "done_on": iso(f.done_on),
                    "every_weeks": f.every_weeks,
                    "note": f.note,
                    "state": line.state.value,
                }
            )
        else:
            rhythm = f" (every {f.every_weeks} weeks)" if f.every_weeks else ""
            note = f" — {f.note}" if f.note else ""
            print(f"{f.id:>6}  {iso(f.due) or 'no date':10}  {line.state.value:<11} {line.contact_name}{rhythm}{note}")
    if not lines and not args.json:
        print("No follow-up is due." if args.due else "No follow-up to do.")
    return EXIT_OK


def cmd_strength(args: argparse.Namespace) -> int:
    from cardbook.domain.strength import dots_text
    from cardbook.storage.contacts.records import get_contact
    from cardbook.storage.ledger.strength import contact_strength

    library = open_library(args)
    contact = get_contact(library, args.contact_id)
    strength = contact_strength(library, args.contact_id, today(args))
    sentence = strength.sentence(args.lang)
    if args.json:
        parts = {
            "meetings": strength.meetings_points,
            "reciprocity": strength.reciprocity_points,
            "referrals": strength.referral_points,
            "recency": strength.recency_points,
        }
        record = {"contact_id": contact.id, "name": contact.display_name, "score": strength.score}
        print_json({**record, "dots": strength.dots, "sentence": sentence, "points": parts})
    else:
        print(f"{contact.display_name}: {strength.score}/100 {dots_text(strength.dots)}")
        print(sentence)
    return EXIT_OK


# --- parser ------------------------------------------------------------------------------------------------


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """events, networks, followups and strength."""
    parents = [common, dated_parent()]

    events = subparsers.add_parser("events", parents=parents, help="list events with their cards and exchanges")
    events.add_argument("--json", action="store_true", help="one JSON object per event, one per line")
    add_member_option(events, "figures")
    events.set_defaults(func=cmd_events)

    networks = subparsers.add_parser("networks", parents=parents, help="list the networks you belong to")
    networks.add_argument("--json", action="store_true", help="one JSON object per network, one per line")
    networks.add_argument("--active", action="store_true", help="leave out archived networks")
    networks.add_argument(
        "--all-time", action="store_true", help="figures over all time (default: the twelve months up to today)"
    )
    add_member_option(networks, "figures")
    networks.set_defaults(func=cmd_networks)

    followups = subparsers.add_parser("followups", parents=parents, help="follow-ups to do")
    followups.add_argument("--due", action="store_true", help="only those due today or before")
    followups.add_argument("--all", action="store_true", help="include those already done")
    followups.add_argument("--json", action="store_true", help="one JSON object per follow-up, one per line")
    add_member_option(followups, "follow-ups")
    followups.set_defaults(func=cmd_followups)

    strength = subparsers.add_parser("strength", parents=parents, help="how strong a relationship is, and why")
    strength.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    strength.add_argument("--lang", choices=["en", "fr"], default="en")
    strength.add_argument("--json", action="store_true")
    strength.set_defaults(func=cmd_strength)
