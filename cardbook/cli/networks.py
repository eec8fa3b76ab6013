"""Networks, events and the library's currency on the command line: `network add|edit`, `event add|edit`,
`currency [CODE]` — the same services as the window's Networks and Events pages (storage.networks)."""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_OK, iso, iso_date, open_library, print_json

KINDS = ("business_club", "chamber_of_commerce", "alumni", "professional_body", "meetup", "other")


def _network_out(network: Any, as_json: bool, verb: str) -> None:
    if as_json:
        print_json({"id": network.id, "name": network.name, "kind": network.kind.value,
                    "yearly_cost": network.yearly_cost, "member_since": iso(network.member_since),
                    "member_until": iso(network.member_until), "archived": network.archived,
                    "notes": network.notes})  # fmt: skip
    else:
        print(f"Network {network.id} {verb}: {network.name}")


def cmd_network_add(args: argparse.Namespace) -> int:
    from cardbook.domain.enums import NetworkKind
    from cardbook.domain.network import Network
    from cardbook.storage.ledger.networks import save_network

    network = Network(name=args.name, kind=NetworkKind(args.kind), yearly_cost=args.cost,
                      member_since=args.since, member_until=args.until, notes=args.notes or "")  # fmt: skip
    _network_out(save_network(open_library(args), network), args.json, "added")
    return EXIT_OK


def cmd_network_edit(args: argparse.Namespace) -> int:
    from cardbook.domain.enums import NetworkKind
    from cardbook.storage.ledger.networks import get_network, save_network

    library = open_library(args)
    network = get_network(library, args.network_id)
    for field, value in (("name", args.name), ("yearly_cost", args.cost), ("member_since", args.since),
                         ("member_until", args.until), ("notes", args.notes)):  # fmt: skip
        if value is not None:
            setattr(network, field, value)
    if args.kind:
        network.kind = NetworkKind(args.kind)
    if args.archived is not None:
        network.archived = args.archived
    _network_out(save_network(library, network), args.json, "saved")
    return EXIT_OK


def _event_out(event: Any, as_json: bool, verb: str) -> None:
    if as_json:
        print_json({"id": event.id, "name": event.name, "date": iso(event.date), "place": event.place,
                    "network_id": event.network_id, "notes": event.notes})  # fmt: skip
    else:
        print(f"Event {event.id} {verb}: {event.name} ({iso(event.date) or 'no date'})")


def cmd_event_add(args: argparse.Namespace) -> int:
    from cardbook.domain.network import Event
    from cardbook.storage.ledger.events import save_event

    event = Event(name=args.name, date=args.date, place=args.place, network_id=args.network or None,
                  notes=args.notes or "")  # fmt: skip
    _event_out(save_event(open_library(args), event), args.json, "added")
    return EXIT_OK


def cmd_event_edit(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.events import get_event, save_event

    library = open_library(args)
    event = get_event(library, args.event_id)
    for field, value in (("name", args.name), ("date", args.date), ("place", args.place), ("notes", args.notes)):
        if value is not None:
            setattr(event, field, value)
    if args.network is not None:
        event.network_id = args.network or None  # 0: no network
    _event_out(save_event(library, event), args.json, "saved")
    return EXIT_OK


def cmd_currency(args: argparse.Namespace) -> int:
    from cardbook.storage.settings import currency, set_currency

    library = open_library(args)
    code = set_currency(library, args.code) if args.code else currency(library)
    print_json({"currency": code}) if args.json else print(code)
    return EXIT_OK


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """network add|edit, event add|edit, currency."""
    network = subparsers.add_parser("network", parents=[common], help="add or edit a network")
    nets = network.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action in ("add", "edit"):
        p = nets.add_parser(action, parents=[common], help=f"{action} a network")
        if action == "add":
            p.add_argument("name", metavar="NAME")
        else:
            p.add_argument("network_id", type=int, metavar="NETWORK_ID")
            p.add_argument("--name")
            p.add_argument("--archived", action="store_true", default=None, help="archive it")
            p.add_argument("--active", dest="archived", action="store_false", help="bring it back")
        p.add_argument("--kind", choices=KINDS, default="other" if action == "add" else None)
        p.add_argument("--cost", type=float, metavar="AMOUNT", help="yearly cost, in the library's currency")
        p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="member since")
        p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="member until")
        p.add_argument("--notes")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_network_add if action == "add" else cmd_network_edit)

    event = subparsers.add_parser("event", parents=[common], help="add or edit an event")
    evs = event.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action in ("add", "edit"):
        p = evs.add_parser(action, parents=[common], help=f"{action} an event")
        if action == "add":
            p.add_argument("name", metavar="NAME")
        else:
            p.add_argument("event_id", type=int, metavar="EVENT_ID")
            p.add_argument("--name")
        p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
        p.add_argument("--place")
        p.add_argument("--network", type=int, metavar="NETWORK_ID", help="the network it belongs to (0: none)")
        p.add_argument("--notes")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_event_add if action == "add" else cmd_event_edit)

    cur = subparsers.add_parser("currency", parents=[common], help="show or set the library's currency (EUR)")
    cur.add_argument("code", nargs="?", metavar="CODE", help="a three-letter code such as EUR, USD, CHF")
    cur.add_argument("--json", action="store_true")
    cur.set_defaults(func=cmd_currency)
