"""The exchange on the command line: tag an encounter (`exchange`), referrals, follow-ups and introductions.

The same storage services as the window (exchanges.set_outcome / set_exchange, referrals, follow_ups,
introductions), so a tag typed here is the tag the window shows. Data is printed as text or, with `--json`, as
JSON Lines. What cannot have happened is refused with one line (domain/exchange.exchange_problem, date_problem).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cardbook.cli.common import EXIT_OK, CommandError, dated_parent, iso, iso_date, open_library, print_json, today

if TYPE_CHECKING:
    from cardbook.domain.exchange import Encounter
    from cardbook.domain.referral import FollowUp
    from cardbook.storage.library import Library

OUTCOMES = (
    "mutual", "they-did-not-ask", "i-had-none", "they-gave", "i-gave", "they-offered-first", "i-offered-first",
    "unknown", "no-cards",
)  # fmt: skip
REASONS = ("not-asked", "my-lapse", "unknown")


def encounter_record(e: Encounter) -> dict[str, Any]:
    """An encounter as JSON: the stored facts, and the exchange in words (outcome, did I get / give a card)."""
    return {
        "id": e.id,
        "contact_id": e.contact_id,
        "event_id": e.event_id,
        "date": iso(e.date),
        "place": e.place,
        "offered_by": e.offered_by.value,
        "reciprocated": e.reciprocated.value,
        "why_no_card": e.reason.value if e.reason else None,
        "outcome": e.outcome.value,
        "symbol": e.outcome.symbol,
        "got_their_card": e.got_their_card,
        "gave_mine": e.gave_mine,
        "reciprocated_on": iso(e.reciprocated_on),
        "owe_dismissed": e.owe_dismissed,
        "note": e.note,
    }


def encounter_text(e: Encounter) -> str:
    outcome = e.outcome.value.replace("_", " ")
    return f"{e.id:>6}  {iso(e.date) or 'no date':10}  {e.outcome.symbol:<4} {outcome}"


# --- exchange ----------------------------------------------------------------------------------------------


def _target_encounters(library: Library, args: argparse.Namespace) -> list[int]:
    from cardbook.storage.ledger.encounters import encounters_of
    from cardbook.storage.models import EncounterRow

    if not args.contact:
        with library.session() as session:
            if session.get(EncounterRow, args.id) is None:
                raise CommandError(f"no encounter with id {args.id} (with --contact, the id is a contact's)")
        return [args.id]
    found = encounters_of(library, args.id)  # newest first
    if not found:
        raise CommandError(f"contact {args.id} has no encounter to tag")
    return [e.id for e in (found if args.all else found[:1]) if e.id is not None]


def _current(library: Library, ids: list[int]) -> list[tuple[int, str, str]]:
    """(contact id, offered_by, reciprocated) of each encounter, as stored."""
    from cardbook.storage.models import EncounterRow

    with library.session() as session:
        rows = [session.get(EncounterRow, i) for i in ids]
        return [(r.contact_id, r.offered_by, r.reciprocated) for r in rows if r is not None]


def cmd_exchange(args: argparse.Namespace) -> int:
    from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated
    from cardbook.domain.exchange import exchange_problem
    from cardbook.storage.ledger import exchanges as lx
    from cardbook.storage.ledger.encounters import encounters_of

    library = open_library(args)
    if args.sent_my_card or args.no_card_owed:
        if not args.contact:
            raise CommandError("--sent-my-card and --no-card-owed take a contact: add --contact")
        if args.sent_my_card:
            change = lx.send_card(library, args.id, args.on or today(args))
        else:
            change = lx.dismiss_owed_card(library, args.id)
        ids = [s.encounter_id for s in change.after]
    else:
        ids = _target_encounters(library, args)
        why = NoCardReason(args.why.replace("-", "_")) if args.why else None
        if args.outcome:
            if args.offered_by or args.reciprocated or args.why:
                raise CommandError("--outcome says it all: leave out --offered-by, --reciprocated and --why")
            lx.set_outcome(library, ids, ExchangeOutcome(args.outcome.replace("-", "_")))
        elif args.offered_by or args.reciprocated or args.why:
            for _cid, offered, answered in _current(library, ids):
                problem = exchange_problem(
                    OfferedBy(args.offered_by or offered), Reciprocated(args.reciprocated or answered), why
                )
                if problem:
                    raise CommandError(problem)
            lx.set_exchange(
                library,
                ids,
                offered_by=OfferedBy(args.offered_by) if args.offered_by else None,
                reciprocated=Reciprocated(args.reciprocated) if args.reciprocated else None,
                why_no_card=why,
            )
    wanted = set(ids)
    contacts = sorted({cid for cid, _o, _r in _current(library, ids)})
    for encounter in (e for cid in contacts for e in encounters_of(library, cid) if e.id in wanted):
        if args.json:
            print_json(encounter_record(encounter))
        else:
            print(encounter_text(encounter))
    return EXIT_OK


# --- referrals ---------------------------------------------------------------------------------------------


_NOT_GIVEN = object()  # `referral add` without --to: me, unless --to-name names someone outside the library


def _side(text: str) -> int | None:
    """A contact id, or "me" (None)."""
    if text.casefold() == "me":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a contact id or 'me', got '{text}'") from None


def cmd_referral_add(args: argparse.Namespace) -> int:
    from cardbook.domain.enums import ReferralOutcome
    from cardbook.domain.referral import Referral
    from cardbook.storage.ledger.referrals import save_referral

    if args.to_name and args.to_id is not _NOT_GIVEN:  # "--to me --to-name X": which one was referred to?
        raise CommandError("give --to or --to-name (someone outside the library), not both")
    referral = Referral(
        from_contact_id=args.from_id,
        to_contact_id=None if args.to_id is _NOT_GIVEN else args.to_id,
        to_name=args.to_name,
        date=args.date or today(args),
        note=args.note,
        outcome=ReferralOutcome(args.outcome),
        value=args.value,
    )
    saved = save_referral(open_library(args), referral)
    if args.json:
        print_json(_referral_record(saved, None, None))
    else:
        print(f"Referral {saved.id} recorded ({saved.direction.value}).")
    return EXIT_OK


def _referral_record(ref: Any, from_name: str | None, to_name: str | None) -> dict[str, Any]:
    return {
        "id": ref.id,
        "direction": ref.direction.value,
        "from_contact_id": ref.from_contact_id,
        "from_name": from_name,
        "to_contact_id": ref.to_contact_id,
        "to_name": to_name if to_name is not None else ref.to_name,
        "date": iso(ref.date),
        "outcome": ref.outcome.value,
        "value": ref.value,
        "note": ref.note,
    }


def cmd_referral_list(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.referrals import referral_lines

    lines = referral_lines(open_library(args), args.contact)
    for line in lines:
        ref = line.referral
        if args.json:
            print_json(_referral_record(ref, line.from_name or None, line.to_name or None))
        else:
            value = f"  {ref.value:,.0f}" if ref.value is not None else ""
            frm, to = line.from_name or "me", line.to_name or "me"
            print(f"{ref.id:>6}  {iso(ref.date) or '':10}  {frm} → {to}  [{ref.outcome.value}]{value}  {ref.note}")
    if not lines and not args.json:
        print("No referral yet.")
    return EXIT_OK


# --- follow-ups --------------------------------------------------------------------------------------------


def _follow_up_record(f: FollowUp) -> dict[str, Any]:
    return {
        "id": f.id,
        "contact_id": f.contact_id,
        "due": iso(f.due),
        "done_on": iso(f.done_on),
        "every_weeks": f.every_weeks,
        "note": f.note,
    }


def cmd_followup_add(args: argparse.Namespace) -> int:
    from cardbook.domain.referral import FollowUp
    from cardbook.storage.ledger.follow_ups import save_follow_up

    saved = save_follow_up(
        open_library(args), FollowUp(contact_id=args.contact_id, due=args.due, note=args.note, every_weeks=args.every)
    )
    if args.json:
        print_json(_follow_up_record(saved))
    else:
        print(f"Follow-up {saved.id} due {iso(saved.due) or 'some day'}.")
    return EXIT_OK


def cmd_followup_done(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.follow_ups import complete_follow_up

    change = complete_follow_up(open_library(args), args.follow_up_id, args.on or today(args))
    if args.json:
        print_json({**_follow_up_record(change.after), "next": _follow_up_record(change.created) if change.created
                    else None})  # fmt: skip
    else:
        print(f"Follow-up {args.follow_up_id} done.")
        if change.created is not None:
            print(f"Next one due {iso(change.created.due)}.")
    return EXIT_OK


# --- introductions -----------------------------------------------------------------------------------------


def cmd_introductions(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.introductions import introductions

    found = introductions(open_library(args), args.contact)[: args.limit]
    for i in found:
        if args.json:
            print_json(
                {
                    "needer_id": i.needer_id,
                    "needer": i.needer_name,
                    "need": i.need,
                    "offerer_id": i.offerer_id,
                    "offerer": i.offerer_name,
                    "score": i.score,
                    "reasons": list(i.reasons),
                }
            )
        else:
            print(f"{i.needer_id:>6} → {i.offerer_id:<6} {i.explanation}")
    if not found and not args.json:
        print("No introduction to suggest: note what people need and offer (cardbook contact ID --set needs=…).")
    return EXIT_OK


def cmd_introduce(args: argparse.Namespace) -> int:
    from cardbook.storage.ledger.introductions import make_introduction

    referral, follow_up = make_introduction(open_library(args), args.needer_id, args.offerer_id,
                                            args.date or today(args), args.note)  # fmt: skip
    if args.json:
        print_json({"referral": _referral_record(referral, None, None), "follow_up": _follow_up_record(follow_up)})
    else:
        print(f"Referral {referral.id} recorded; follow-up {follow_up.id} due {iso(follow_up.due)}.")
    return EXIT_OK


# --- parser ------------------------------------------------------------------------------------------------


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """exchange, referral add|list, followup add|list|done, introductions, introduce."""
    parents = [common, dated_parent()]
    ex = subparsers.add_parser("exchange", parents=parents, help="show or tag the card exchange of an encounter")
    ex.add_argument("id", type=int, metavar="ENCOUNTER_OR_CONTACT_ID")
    ex.add_argument("--contact", action="store_true", help="the id is a contact's: tag their latest encounter")
    ex.add_argument("--all", action="store_true", help="with --contact: every encounter of the contact")
    ex.add_argument("--outcome", choices=OUTCOMES, help="what happened, in one word (one key in the window)")
    ex.add_argument("--offered-by", choices=("me", "them", "unknown"), help="who offered a card first")
    ex.add_argument("--reciprocated", choices=("yes", "no", "unknown"), help="whether the other side answered")
    ex.add_argument("--why", choices=REASONS, help="they gave, I did not: they did not ask (not-asked) or my-lapse")
    ex.add_argument("--sent-my-card", action="store_true", help="I sent my card since (with --contact)")
    ex.add_argument("--no-card-owed", action="store_true", help="I do not mean to send mine (with --contact)")
    ex.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="when my card was sent (default: today)")
    ex.add_argument("--json", action="store_true")
    ex.set_defaults(func=cmd_exchange)

    referral = subparsers.add_parser("referral", parents=[common], help="add or list referrals (prescriptions)")
    ref = referral.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = ref.add_parser("add", parents=parents, help="record a referral")
    add.add_argument("--from", dest="from_id", type=_side, default=None, metavar="ID|me", help="who referred")
    add.add_argument("--to", dest="to_id", type=_side, default=_NOT_GIVEN, metavar="ID|me", help="who was referred to")
    add.add_argument("--to-name", help="someone outside the library")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--outcome", choices=("pending", "won", "lost"), default="pending")
    add.add_argument("--value", type=float, help="its value, in the library's currency")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_referral_add)
    listing = ref.add_parser("list", parents=parents, help="referrals, newest first")
    listing.add_argument("--contact", type=int, metavar="ID", help="only those involving this contact")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_referral_list)

    followup = subparsers.add_parser("followup", parents=[common], help="add, list or complete follow-ups")
    fu = followup.add_subparsers(dest="action", metavar="ACTION", required=True)
    fadd = fu.add_parser("add", parents=parents, help="a follow-up for a contact")
    fadd.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    fadd.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD")
    fadd.add_argument("--every", type=int, metavar="WEEKS", help="stay in touch every N weeks")
    fadd.add_argument("--note", default="")
    fadd.add_argument("--json", action="store_true")
    fadd.set_defaults(func=cmd_followup_add)
    flist = fu.add_parser("list", parents=parents, help="follow-ups to do (as `cardbook followups`)")
    flist.add_argument("--due", action="store_true", help="only those due today or before")
    flist.add_argument("--all", action="store_true", help="include those already done")
    flist.add_argument("--json", action="store_true")
    from cardbook.cli.ledger import cmd_followups

    flist.set_defaults(func=cmd_followups)
    done = fu.add_parser("done", parents=parents, help="mark a follow-up done")
    done.add_argument("follow_up_id", type=int, metavar="FOLLOW_UP_ID")
    done.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD")
    done.add_argument("--json", action="store_true")
    done.set_defaults(func=cmd_followup_done)

    intro = subparsers.add_parser("introductions", parents=parents, help="introductions you could make, and why")
    intro.add_argument("--contact", type=int, metavar="ID", help="only those involving this contact")
    intro.add_argument("--limit", type=int, default=50)
    intro.add_argument("--json", action="store_true")
    intro.set_defaults(func=cmd_introductions)
    make = subparsers.add_parser("introduce", parents=parents, help="record an introduction: referral + follow-up")
    make.add_argument("needer_id", type=int, metavar="NEEDS_ID")
    make.add_argument("offerer_id", type=int, metavar="OFFERS_ID")
    make.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    make.add_argument("--note", default="")
    make.add_argument("--json", action="store_true")
    make.set_defaults(func=cmd_introduce)
