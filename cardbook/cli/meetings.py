"""Meetings without a new card on the command line: `meeting add` and `meeting remove` (docs/CLI.md).

The job is app/meetings.py's, the one the window's "Record a meeting…" and an event's "Add people I met here…"
run, so a meeting typed here is the meeting the window shows. Each recorded meeting is printed as
`cardbook exchange` prints an encounter (its id first: the one `meeting remove` and `exchange` take), or as
JSON Lines with the same keys.
"""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_OK, dated_parent, iso, iso_date, open_library, print_json, today
from cardbook.cli.exchange import OUTCOMES, encounter_record, encounter_text

MEETING_OUTCOMES = ("no-cards", *(o for o in OUTCOMES if o != "no-cards"))  # the default first


def cmd_meeting_add(args: argparse.Namespace) -> int:
    from cardbook.app.meetings import MeetingRequest, add_meeting
    from cardbook.domain.enums import ExchangeOutcome

    request = MeetingRequest(
        contact_ids=args.contact_ids,
        event=args.event,
        date=args.date,
        place=args.place,
        outcome=ExchangeOutcome(args.exchange.replace("-", "_")),
        note=args.note,
    )
    result = add_meeting(open_library(args), request, today(args))
    for encounter in result.encounters:
        if args.json:
            print_json(encounter_record(encounter))
        else:
            print(encounter_text(encounter) + f"  contact {encounter.contact_id}")
    if not args.json:
        where = f" at {result.event.name}" if result.event is not None else ""
        day = iso(result.encounters[0].date) if result.encounters else None
        count = len(result.encounters)
        print(f"{count} meeting{'s' if count != 1 else ''} recorded{where} on {day}.")
    return EXIT_OK


def cmd_meeting_remove(args: argparse.Namespace) -> int:
    from cardbook.app.meetings import remove_meeting

    removed = remove_meeting(open_library(args), args.encounter_ids)
    for stored in removed:
        if args.json:
            put_back = [{"id": back.follow_up_id, "due": iso(back.due)} for back in stored.put_back]
            print_json({**encounter_record(stored.encounter), "follow_ups_put_back": put_back})
        else:
            print(encounter_text(stored.encounter) + f"  contact {stored.encounter.contact_id}")
            for back in stored.put_back:  # the "stay in touch" follow-up it had moved (docs/MEETINGS.md)
                due = iso(back.due) if back.due is not None else "no date"
                print(f"  follow-up {back.follow_up_id} back to {due}")
    if not args.json:
        print(f"{len(removed)} meeting{'s' if len(removed) != 1 else ''} removed.")
    return EXIT_OK


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """meeting add|remove."""
    parents = [common, dated_parent()]
    meeting = subparsers.add_parser(
        "meeting", parents=[common], help="record a meeting with people already in the library, or remove one"
    )
    actions = meeting.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=parents, help="record a meeting with one or several contacts")
    add.add_argument("contact_ids", type=int, nargs="+", metavar="CONTACT_ID")
    add.add_argument("--event", metavar="NAME_OR_ID", help="the event where you met (an existing one)")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: the event's date, else today")
    add.add_argument("--place", help="where, when not at an event (or where at it)")
    add.add_argument(
        "--exchange",
        choices=MEETING_OUTCOMES,
        default="no-cards",
        metavar="OUTCOME",
        help="the card exchange: " + ", ".join(MEETING_OUTCOMES) + " (default: no-cards, you already had theirs)",
    )
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true", help="one JSON object per meeting, as `cardbook exchange`")
    add.set_defaults(func=cmd_meeting_add)
    remove = actions.add_parser("remove", parents=parents, help="remove meetings recorded by mistake")
    remove.add_argument("encounter_ids", type=int, nargs="+", metavar="ENCOUNTER_ID")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(func=cmd_meeting_remove)
