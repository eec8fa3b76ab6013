"""`cardbook report event|network`: the after-event summary and what each network brought against its cost,
as text, HTML or JSON Lines, rendered by the same code as the window's Reports page (cardbook.app.report_render).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardbook.cli.common import (
    EXIT_OK,
    CommandError,
    add_member_option,
    announce_new_folder,
    dated_parent,
    iso,
    iso_date,
    open_library,
    today,
    viewpoint_of,
)

if TYPE_CHECKING:
    from cardbook.domain.member import Viewpoint
    from cardbook.domain.network import Event
    from cardbook.domain.reports import NetworkValue, Period
    from cardbook.storage.library import Library


def _emit(text: str, output: str | None) -> None:
    """Print, or write to a file (UTF-8, whole or not at all) and print its path."""
    if output is None:
        print(text, end="" if text.endswith("\n") else "\n")
        return
    from cardbook.app.files import bytes_writer, write_atomically

    path = Path(output).expanduser()
    announce = announce_new_folder(path)
    write_atomically(path, bytes_writer(text.encode("utf-8")))
    announce()
    print(path)


# --- reports -----------------------------------------------------------------------------------------------


def resolve_event(library: Library, text: str) -> Event:
    """An event by id, else by name (accent- and case-blind): an exact name or a single partial match."""
    from cardbook.domain.text import fold
    from cardbook.storage.ledger.events import find_events, get_event

    if text.strip().isdigit():
        return get_event(library, int(text))
    found = find_events(library, text)
    exact = [e for e in found if " ".join(fold(e.name).split()) == " ".join(fold(text).split())]
    if len(exact) == 1 or (len(found) == 1 and not exact):
        return (exact or found)[0]
    if not found:
        raise CommandError(f"no event named “{text}”")
    choices = ", ".join(f"{e.id} ({e.name}, {iso(e.date) or 'no date'})" for e in (exact or found)[:5])
    raise CommandError(f"several events match “{text}”: give the id of one of {choices}")


def _whose(library: Library, view: Viewpoint) -> Viewpoint | None:
    """What the document says of whose it is: the point of view in a team library, nothing in a personal one."""
    from cardbook.storage.members import has_members

    return view if has_members(library) else None


def cmd_report_event(args: argparse.Namespace) -> int:
    from cardbook.app.report_render import event_report_html, event_report_text
    from cardbook.storage.ledger.reports import event_report

    library = open_library(args)
    view = viewpoint_of(library, args)
    report = event_report(library, resolve_event(library, args.event).id or 0, view)
    whose = _whose(library, view)
    fmt = args.format or ("html" if args.output else "text")
    if fmt == "html":
        _emit(event_report_html(report, args.lang, today(args), whose=whose), args.output)
    else:
        _emit(event_report_text(report, args.lang, whose), args.output)
    return EXIT_OK


def cmd_report_network(args: argparse.Namespace) -> int:
    from cardbook.app.report_render import network_report_html, network_report_text
    from cardbook.domain.reports import Period
    from cardbook.storage.ledger.reports import network_report

    day = today(args)
    if args.all_time:
        period = Period()
    else:  # yearly costs are compared with a year of figures, unless told otherwise
        end = args.until or day
        period = Period(args.since, end) if args.since else Period.year_until(end)
    if period.start and period.end and period.start > period.end:
        raise CommandError("--since is after --until")
    from cardbook.storage.settings import currency

    library = open_library(args)
    view = viewpoint_of(library, args)
    values = network_report(library, period, view)
    whose = _whose(library, view)
    code = currency(library)
    fmt = args.format or ("html" if args.output else "text")
    if fmt == "html":
        _emit(network_report_html(values, period, args.lang, day, currency=code, whose=whose), args.output)
    elif fmt == "text":
        _emit(network_report_text(values, period, args.lang, currency=code, whose=whose), args.output)
    else:
        lines = [json.dumps(_network_record(v, period), ensure_ascii=False) for v in values]
        _emit("\n".join(lines) + "\n" if lines else "", args.output)
    return EXIT_OK


def _network_record(v: NetworkValue, period: Period) -> dict[str, Any]:
    return {
        "network_id": v.network.id if v.network else None,
        "network": v.network.name if v.network else None,
        "archived": bool(v.network and v.network.archived),
        "period_start": iso(period.start),
        "period_end": iso(period.end),
        "events": v.events_attended,
        "cards": v.cards_collected,
        "mutual_rate": v.mutual_rate,
        "contacts": v.contacts_met,
        "mutual_contacts": v.mutual_contacts,
        "repeat_contacts": v.repeat_contacts,
        "referrals_received": v.received.count,
        "referrals_received_won": v.received.won,
        "referrals_received_won_value": v.received.won_value,
        "referrals_given": v.given.count,
        "referrals_given_won": v.given.won,
        "referrals_given_won_value": v.given.won_value,
        "yearly_cost": v.yearly_cost,
        "cost_per_mutual_contact": v.cost_per_mutual_contact,
        "cost_per_referral": v.cost_per_referral,
        **network_extra_figures(v),
    }


def network_extra_figures(v: NetworkValue) -> dict[str, Any]:
    """The figures of issue 11, shared by `report network --format json` and `networks --json`: what the rate
    rests on, one-way givers and prescribers met there, and business value against the yearly cost."""
    return {
        "mutual": v.exchanges.mutual,
        "recorded": v.exchanges.recorded,
        "unrecorded": v.exchanges.unrecorded,
        "no_cards": v.exchanges.no_cards,
        "one_way_givers": v.one_way_givers,
        "prescribers": v.prescribers,
        "business_value": v.business_value,
        "value_for_cost": v.value_for_cost,
    }


# --- parser ------------------------------------------------------------------------------------------------


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """report event | report network."""
    parents = [common, dated_parent()]
    langs = ["en", "fr"]
    # The options belong to the leaf commands: a default at two levels would overwrite what was typed at one.
    report = subparsers.add_parser("report", parents=[common], help="after-event summary or network value")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)
    event = kinds.add_parser("event", parents=parents, help="what an event brought (by id or name)")
    event.add_argument("event", metavar="EVENT_ID|NAME")
    event.add_argument("--format", choices=["html", "text"], help="default: html with --output, else text")
    event.add_argument("--output", metavar="FILE")
    event.add_argument("--lang", choices=langs, default="en")
    add_member_option(event, "report")
    event.set_defaults(func=cmd_report_event)
    network = kinds.add_parser("network", parents=parents, help="what each network brought against its cost")
    network.add_argument("--format", choices=["html", "text", "json"], help="default: html with --output, else text")
    network.add_argument("--output", metavar="FILE")
    network.add_argument("--lang", choices=langs, default="en")
    network.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="default: a year before --until")
    network.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    network.add_argument("--all-time", action="store_true", help="every event and referral, whatever its date")
    add_member_option(network, "report")
    network.set_defaults(func=cmd_report_network)
