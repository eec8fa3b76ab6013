"""The exchange ledger on the command line: events, networks, reports, follow-ups and relationship strength.

`cardbook.cli.build_parser` calls `add_ledger_commands(subparsers, common_parent)`; each command opens the
library, calls the same storage services as the window, and prints text or JSON Lines (one object per line,
like `cardbook search --json`). Errors are CommandError / NotFoundError / ValidationError, which `cli.main`
prints as one line. A hidden `--today YYYY-MM-DD` makes "due" and "last seen" reproducible in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cardbook.domain.network import Event
    from cardbook.domain.reports import NetworkValue, Period
    from cardbook.storage.library import Library

EXIT_OK = 0


def _fail(message: str) -> Exception:
    from cardbook.cli import CommandError  # lazily: cli imports this module

    return CommandError(message)


def _open(args: argparse.Namespace) -> Library:
    from cardbook.storage.library import Library

    library = getattr(args, "library", None)
    return Library.open(Path(library).expanduser() if library else None)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _today(args: argparse.Namespace) -> dt.date:
    today: dt.date | None = getattr(args, "today", None)
    return today or dt.date.today()


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _print_json(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False))


def _emit(text: str, output: str | None) -> None:
    """Print, or write to a file (UTF-8) and print its path."""
    if output is None:
        print(text, end="" if text.endswith("\n") else "\n")
        return
    path = Path(output).expanduser()
    path.write_text(text, encoding="utf-8")
    print(path)


# --- events and networks -----------------------------------------------------------------------------------


def cmd_events(args: argparse.Namespace) -> int:
    from cardbook.reports_render import percent_text
    from cardbook.storage.ledger_events import event_overviews

    for line in event_overviews(_open(args)):
        event, counts = line.event, line.exchanges
        if args.json:
            _print_json(
                {
                    "id": event.id,
                    "name": event.name,
                    "date": _iso(event.date),
                    "place": event.place,
                    "network": line.network_name,
                    "network_id": event.network_id,
                    "cards": counts.total,
                    "mutual": counts.mutual,
                    "from_them": counts.from_them,
                    "from_me": counts.from_me,
                    "unknown": counts.unknown,
                    "mutual_rate": counts.mutual_rate,
                }
            )
        else:
            network = f"  [{line.network_name}]" if line.network_name else ""
            figures = f"{_plural(counts.total, 'card')}, {percent_text(counts.mutual_rate, 'en')} mutual"
            print(f"{event.id:>6}  {_iso(event.date) or '':10}  {event.name}{network}  {figures}")
    return EXIT_OK


def cmd_networks(args: argparse.Namespace) -> int:
    from collections import Counter

    from cardbook.reports_render import number_text
    from cardbook.storage.networks import list_events, list_networks

    library = _open(args)
    events = Counter(e.network_id for e in list_events(library))
    for network in list_networks(library, include_archived=not args.active):
        if args.json:
            _print_json(
                {
                    "id": network.id,
                    "name": network.name,
                    "kind": network.kind.value,
                    "yearly_cost": network.yearly_cost,
                    "member_since": _iso(network.member_since),
                    "member_until": _iso(network.member_until),
                    "archived": network.archived,
                    "notes": network.notes,
                    "events": events[network.id],
                }
            )
        else:
            cost = f", {number_text(network.yearly_cost, 'en')} a year" if network.yearly_cost is not None else ""
            archived = "  (archived)" if network.archived else ""
            kind = network.kind.value.replace("_", " ")
            print(f"{network.id:>6}  {network.name} — {kind}{cost}, {_plural(events[network.id], 'event')}{archived}")
    return EXIT_OK


# --- reports -----------------------------------------------------------------------------------------------


def resolve_event(library: Library, text: str) -> Event:
    """An event by id, else by name (accent- and case-blind): an exact name or a single partial match."""
    from cardbook.domain.text import fold
    from cardbook.storage.networks import find_events, get_event

    if text.strip().isdigit():
        return get_event(library, int(text))
    found = find_events(library, text)
    exact = [e for e in found if " ".join(fold(e.name).split()) == " ".join(fold(text).split())]
    if len(exact) == 1 or (len(found) == 1 and not exact):
        return (exact or found)[0]
    if not found:
        raise _fail(f"no event named “{text}”")
    choices = ", ".join(f"{e.id} ({e.name}, {_iso(e.date) or 'no date'})" for e in (exact or found)[:5])
    raise _fail(f"several events match “{text}”: give the id of one of {choices}")


def cmd_report_event(args: argparse.Namespace) -> int:
    from cardbook.reports_render import event_report_html, event_report_text
    from cardbook.storage.reports import event_report

    library = _open(args)
    report = event_report(library, resolve_event(library, args.event).id or 0)
    fmt = args.format or ("html" if args.output else "text")
    if fmt == "html":
        _emit(event_report_html(report, args.lang, _today(args)), args.output)
    else:
        _emit(event_report_text(report, args.lang), args.output)
    return EXIT_OK


def cmd_report_network(args: argparse.Namespace) -> int:
    from cardbook.domain.reports import Period
    from cardbook.reports_render import network_report_html, network_report_text
    from cardbook.storage.reports import network_report

    today = _today(args)
    if args.all_time:
        period = Period()
    else:  # yearly costs are compared with a year of figures, unless told otherwise
        end = args.until or today
        period = Period(args.since or end - dt.timedelta(days=364), end)
    if period.start and period.end and period.start > period.end:
        raise _fail("--since is after --until")
    values = network_report(_open(args), period)
    fmt = args.format or ("html" if args.output else "text")
    if fmt == "html":
        _emit(network_report_html(values, period, args.lang, today), args.output)
    elif fmt == "text":
        _emit(network_report_text(values, period, args.lang), args.output)
    else:
        lines = [json.dumps(_network_record(v, period), ensure_ascii=False) for v in values]
        _emit("\n".join(lines) + "\n" if lines else "", args.output)
    return EXIT_OK


def _network_record(v: NetworkValue, period: Period) -> dict[str, Any]:
    return {
        "network_id": v.network.id if v.network else None,
        "network": v.network.name if v.network else None,
        "archived": bool(v.network and v.network.archived),
        "period_start": _iso(period.start),
        "period_end": _iso(period.end),
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
    }


# --- follow-ups and strength -------------------------------------------------------------------------------


def cmd_followups(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger_followups import follow_up_lines

    lines = follow_up_lines(_open(args), _today(args), due_only=args.due, include_done=args.all)
    for line in lines:
        f = line.follow_up
        if args.json:
            _print_json(
                {
                    "id": f.id,
                    "contact_id": f.contact_id,
                    "name": line.contact_name,
                    "company": line.company,
                    "due": _iso(f.due),
                    "done_on": _iso(f.done_on),
                    "every_weeks": f.every_weeks,
                    "note": f.note,
                    "state": line.state.value,
                }
            )
        else:
            rhythm = f" (every {f.every_weeks} weeks)" if f.every_weeks else ""
            note = f" — {f.note}" if f.note else ""
            print(f"{f.id:>6}  {_iso(f.due) or 'no date':10}  {line.state.value:<11} {line.contact_name}{rhythm}{note}")
    if not lines and not args.json:
        print("No follow-up is due." if args.due else "No follow-up to do.")
    return EXIT_OK


def cmd_strength(args: argparse.Namespace) -> int:
    from cardbook.domain.strength import dots_text
    from cardbook.storage.contacts import get_contact
    from cardbook.storage.ledger_strength import contact_strength

    library = _open(args)
    contact = get_contact(library, args.contact_id)
    strength = contact_strength(library, args.contact_id, _today(args))
    sentence = strength.sentence(args.lang)
    if args.json:
        parts = {
            "meetings": strength.meetings_points,
            "reciprocity": strength.reciprocity_points,
            "referrals": strength.referral_points,
            "recency": strength.recency_points,
        }
        record = {"contact_id": contact.id, "name": contact.display_name, "score": strength.score}
        _print_json({**record, "dots": strength.dots, "sentence": sentence, "points": parts})
    else:
        print(f"{contact.display_name}: {strength.score}/100 {dots_text(strength.dots)}")
        print(sentence)
    return EXIT_OK


# --- parser ------------------------------------------------------------------------------------------------


def add_ledger_commands(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Register events, networks, report, followups and strength on cardbook's subparsers."""
    dated = argparse.ArgumentParser(add_help=False)
    dated.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    parents = [common, dated]
    langs = ["en", "fr"]

    events = subparsers.add_parser("events", parents=parents, help="list events with their cards and exchanges")
    events.add_argument("--json", action="store_true", help="one JSON object per event, one per line")
    events.set_defaults(func=cmd_events)

    networks = subparsers.add_parser("networks", parents=parents, help="list the networks you belong to")
    networks.add_argument("--json", action="store_true", help="one JSON object per network, one per line")
    networks.add_argument("--active", action="store_true", help="leave out archived networks")
    networks.set_defaults(func=cmd_networks)

    # The options belong to the leaf commands: a default at two levels would overwrite what was typed at one.
    report = subparsers.add_parser("report", parents=[common], help="after-event summary or network value")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)
    event = kinds.add_parser("event", parents=parents, help="what an event brought (by id or name)")
    event.add_argument("event", metavar="EVENT_ID|NAME")
    event.add_argument("--format", choices=["html", "text"], help="default: html with --output, else text")
    event.add_argument("--output", metavar="FILE")
    event.add_argument("--lang", choices=langs, default="en")
    event.set_defaults(func=cmd_report_event)
    network = kinds.add_parser("network", parents=parents, help="what each network brought against its cost")
    network.add_argument("--format", choices=["html", "text", "json"], help="default: html with --output, else text")
    network.add_argument("--output", metavar="FILE")
    network.add_argument("--lang", choices=langs, default="en")
    network.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="default: a year before --until")
    network.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="default: today")
    network.add_argument("--all-time", action="store_true", help="every event and referral, whatever its date")
    network.set_defaults(func=cmd_report_network)

    followups = subparsers.add_parser("followups", parents=parents, help="follow-ups to do")
    followups.add_argument("--due", action="store_true", help="only those due today or before")
    followups.add_argument("--all", action="store_true", help="include those already done")
    followups.add_argument("--json", action="store_true", help="one JSON object per follow-up, one per line")
    followups.set_defaults(func=cmd_followups)

    strength = subparsers.add_parser("strength", parents=parents, help="how strong a relationship is, and why")
    strength.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    strength.add_argument("--lang", choices=langs, default="en")
    strength.add_argument("--json", action="store_true")
    strength.set_defaults(func=cmd_strength)
