"""`cardbook list KIND`: the window's sidebar lists on the command line — one-way givers, cards I owe, cards
whose reason was not recorded, prescribers — with the same storage services and rules (storage.ledger).

The two lists the product exists to tell apart are two kinds here, as in the window: `one-way-givers` are
people who gave their card and did not ask for or take mine (perhaps at several events); `cards-i-owe` are my
own lapses (I had none, I forgot) still to answer, cleared by `cardbook exchange ... --sent-my-card`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from cardbook.cli.common import EXIT_OK, add_member_option, iso, open_library, print_json, viewpoint_of
from cardbook.cli.name_sort import add_sort_option, in_name_order, name_parts_of
from cardbook.domain.text import counted

if TYPE_CHECKING:
    from cardbook.domain.person_names import NameParts
    from cardbook.storage.library import Library

KINDS = ("one-way-givers", "cards-i-owe", "reasons-unrecorded", "prescribers")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """list."""
    listing = subparsers.add_parser(
        "list", parents=[common], help="one-way givers, cards I owe, unrecorded reasons or prescribers"
    )
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    listing.add_argument("--json", action="store_true", help="one JSON object per person, one per line")
    add_member_option(listing, "list")
    add_sort_option(listing, "the list's own order")
    listing.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger import exchanges, referrals

    library = open_library(args)
    view = viewpoint_of(library, args)
    if args.kind == "prescribers":
        # a prescriber has sent me business (storage.ledger.referrals says why)
        balances = [b for b in referrals.referral_balances(library, view) if b.received]
        balances = _sorted(library, balances, args.sort)
        parts = name_parts_of(library, [b.contact_id for b in balances]) if args.json else {}
        for balance in balances:
            record: dict[str, Any] = {
                "contact_id": balance.contact_id,
                "name": balance.name,
                **_parts_keys(parts, balance.contact_id),
                "company": balance.company,
                "referrals_received": balance.received,
                "won": balance.received_won,
                "value": balance.received_value,
                "referrals_given": balance.given,
            }
            if args.json:
                print_json(record)
            else:
                print(f"{balance.contact_id:>6}  {balance.name} — {counted(balance.received, 'referral')} received")
        return EXIT_OK
    read = {
        "one-way-givers": exchanges.one_way_givers,
        "cards-i-owe": exchanges.cards_i_owe,
        "reasons-unrecorded": exchanges.reasons_unrecorded,
    }[args.kind]
    lines = _sorted(library, read(library, view), args.sort)
    parts = name_parts_of(library, [line.contact_id for line in lines]) if args.json else {}
    for line in lines:
        record = {
            "contact_id": line.contact_id,
            "name": line.name,
            **_parts_keys(parts, line.contact_id),
            "company": line.company,
            "meetings": line.meetings,
            "last_met": iso(line.last_met),
            "one_way_since": iso(line.one_way_since),
            "one_way_meetings": line.one_way_meetings,
            "events": list(line.events),
        }
        if args.json:
            print_json(record)
        else:
            where = f" ({', '.join(line.events)})" if line.events else ""
            print(f"{line.contact_id:>6}  {line.name}{where}{_since(line.one_way_since)}")
    return EXIT_OK


class _Person(Protocol):
    @property
    def contact_id(self) -> int: ...


_P = TypeVar("_P", bound=_Person)


def _sorted(library: Library, people: list[_P], sort: str | None) -> list[_P]:
    """The list's own order, or by first or family name (`--sort`)."""
    if not sort:
        return people
    place = {contact_id: i for i, contact_id in enumerate(in_name_order(library, [p.contact_id for p in people], sort))}
    return sorted(people, key=lambda p: place.get(p.contact_id, len(place)))


def _parts_keys(parts: dict[int, NameParts], contact_id: int) -> dict[str, str | None]:
    found = parts.get(contact_id)
    return {
        "given_name": found.given or None if found else None,
        "family_name": found.family or None if found else None,
    }


def _since(day: dt.date | None) -> str:
    return f", since {day.isoformat()}" if day else ""
