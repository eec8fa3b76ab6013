"""People on the command line: show and edit a contact (`contact ID --set FIELD=VALUE`), find duplicates, merge,
join a card's back to its front (`back FRONT_ID BACK_ID`).

The same services as the window's contact page and duplicates view (storage.contacts, storage.merge), so an
edit made here goes through the same validation, search index and summaries.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from cardbook.cli.common import EXIT_OK, CommandError, open_library, print_json
from cardbook.interop.addresses import address_line, postal_addresses

if TYPE_CHECKING:
    from cardbook.domain.contact import Contact

TEXT_FIELDS = {"name": "full_name", "given_name": "given_name", "family_name": "family_name", "title": "title",
               "company": "company", "department": "department", "address": "address", "notes": "notes",
               "needs": "needs", "offers": "offers", "nickname": "nickname", "birthday": "birthday",
               "anniversary": "anniversary"}  # fmt: skip
LIST_FIELDS = {"emails": "emails", "tags": "tags", "need_tags": "need_tags", "offer_tags": "offer_tags",
               "websites": "websites", "social": "social", "im": "im", "other_names": "other_names"}  # fmt: skip


def _assignment(text: str) -> tuple[str, str]:
    field, sep, value = text.partition("=")
    field = field.strip().replace("-", "_")
    if not sep or field not in {*TEXT_FIELDS, *LIST_FIELDS, "status"}:
        known = ", ".join(sorted({*TEXT_FIELDS, *LIST_FIELDS, "status"}))
        raise argparse.ArgumentTypeError(f"expected FIELD=VALUE with FIELD one of {known}; got '{text}'")
    return field, value


def apply_assignments(contact: Contact, assignments: list[tuple[str, str]]) -> None:
    """FIELD=VALUE onto a contact: lists are comma-separated (an empty value clears), status is active|review."""
    from cardbook.domain.enums import ContactStatus

    for field, value in assignments:
        if field in TEXT_FIELDS:
            setattr(contact, TEXT_FIELDS[field], value)
        elif field in LIST_FIELDS:
            setattr(contact, LIST_FIELDS[field], [v.strip() for v in value.split(",") if v.strip()])
        else:
            try:
                contact.status = ContactStatus(value)
            except ValueError:
                raise CommandError(f"invalid status '{value}' (active or review)") from None


def contact_record(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.display_name,
        "full_name": contact.full_name,
        "title": contact.title,
        "company": contact.company,
        "department": contact.department,
        "emails": contact.emails,
        "email_kinds": contact.email_kinds,
        "phones": [
            {"number": p.number, "e164": p.e164, "kind": p.kind.value, "label": p.label or None} for p in contact.phones
        ],
        "websites": contact.websites,
        "social": contact.social,
        "im": contact.im,
        "address": contact.address,
        "addresses": [dataclasses.asdict(a) for a in postal_addresses(contact)],
        "nickname": contact.nickname,
        "birthday": contact.birthday,
        "anniversary": contact.anniversary,
        "other_names": contact.other_names,
        "notes": contact.notes,
        "tags": contact.tags,
        "needs": contact.needs,
        "need_tags": contact.need_tags,
        "offers": contact.offers,
        "offer_tags": contact.offer_tags,
        "status": contact.status.value,
    }


def cmd_contact(args: argparse.Namespace) -> int:
    from cardbook.cli.exchange import encounter_record, encounter_text
    from cardbook.storage.contacts.records import edit_contact, get_contact
    from cardbook.storage.ledger.encounters import encounters_of

    library = open_library(args)
    if args.set:
        # read, changed and written in one transaction: another member's save cannot fall in between
        contact = edit_contact(library, args.contact_id, lambda c: apply_assignments(c, args.set))
    else:
        contact = get_contact(library, args.contact_id)
    encounters = encounters_of(library, args.contact_id)
    if args.json:
        print_json({**contact_record(contact), "encounters": [encounter_record(e) for e in encounters]})
        return EXIT_OK
    record = contact_record(contact)
    print(f"{contact.id}  {contact.display_name}")
    for key in ("title", "company", "department", "nickname", "birthday", "anniversary", "notes", "needs", "offers"):
        if record[key]:
            print(f"  {key.replace('_', ' ').capitalize() + ':':11} {record[key]}")
    for address in postal_addresses(contact):
        print(f"  {'Address:':11} {' / '.join(address_line(address).splitlines())} ({address.kind})")
    for key in ("emails", "other_names", "im", "tags", "need_tags", "offer_tags"):
        if record[key]:
            print(f"  {key.replace('_', ' ').capitalize() + ':':11} {', '.join(record[key])}")
    for phone in contact.phones:
        print(f"  {'Phone:':11} {phone.number} ({phone.label or phone.kind.value})")
    for encounter in encounters:
        print("  " + encounter_text(encounter).strip())
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from cardbook.storage.contacts.merge import find_library_duplicates
    from cardbook.storage.contacts.records import summaries

    library = open_library(args)
    found = find_library_duplicates(library)
    names = {s.id: s.name for s in summaries(library, sorted({i for d in found for i in (d.first_id, d.second_id)}))}
    for d in found:
        if args.json:
            print_json({"first_id": d.first_id, "second_id": d.second_id, "first": names.get(d.first_id),
                        "second": names.get(d.second_id), "score": d.score, "reasons": list(d.reasons)})  # fmt: skip
        else:
            first, second = names.get(d.first_id, ""), names.get(d.second_id, "")
            print(f"{d.first_id:>6} {d.second_id:>6}  {d.score:>3}  {first} / {second} — {d.reason}")
    if not found and not args.json:
        print("No likely duplicates.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from cardbook.storage.contacts.merge import merge_contacts

    if args.keep_id == args.other_id:
        raise CommandError("a contact cannot be merged with itself")
    merged = merge_contacts(open_library(args), args.keep_id, args.other_id)
    if args.json:
        print_json(contact_record(merged))
    else:
        print(f"Merged {args.other_id} into {merged.id} ({merged.display_name}).")
    return EXIT_OK


def cmd_back(args: argparse.Namespace) -> int:
    """The card of BACK_ID is the back of FRONT_ID's card (what `scan --import` proposes for a nameless card
    sharing the previous card's domain, phone or website): the window's "back of the previous card"."""
    from cardbook.storage.contacts.two_sided import attach_back

    if args.front_id == args.back_id:
        raise CommandError("a card cannot be the back of itself")
    joined = attach_back(open_library(args), args.front_id, args.back_id)
    if args.json:
        print_json(contact_record(joined))
    else:
        print(f"Card of {args.back_id} added as the back of {joined.id} ({joined.display_name}).")
    return EXIT_OK


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """contact, duplicates, merge, back."""
    contact = subparsers.add_parser("contact", parents=[common], help="show a contact, or change fields of it")
    contact.add_argument("contact_id", type=int, metavar="ID")
    contact.add_argument("--set", type=_assignment, action="append", metavar="FIELD=VALUE",
                         help="change a field (lists comma-separated); repeatable")  # fmt: skip
    contact.add_argument("--json", action="store_true")
    contact.set_defaults(func=cmd_contact)
    dup = subparsers.add_parser("duplicates", parents=[common], help="pairs of contacts that may be one person")
    dup.add_argument("--json", action="store_true")
    dup.set_defaults(func=cmd_duplicates)
    merge = subparsers.add_parser("merge", parents=[common], help="merge OTHER_ID into KEEP_ID")
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID")
    merge.add_argument("other_id", type=int, metavar="OTHER_ID")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(func=cmd_merge)
    back = subparsers.add_parser(
        "back", parents=[common], help="the card of BACK_ID is the back of FRONT_ID's card: join them"
    )
    back.add_argument("front_id", type=int, metavar="FRONT_ID")
    back.add_argument("back_id", type=int, metavar="BACK_ID")
    back.add_argument("--json", action="store_true")
    back.set_defaults(func=cmd_back)
