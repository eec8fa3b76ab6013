"""Team members on the command line: `member list | add NAME | rename OLD NEW | use NAME | remove NAME`
(storage/members.py; the rules of whose rows are "mine" are in docs/TEAM_LIBRARY.md, "Members")."""

from __future__ import annotations

import argparse
from typing import Any

from cardbook.cli.common import EXIT_OK, open_library, print_json


def cmd_member_list(args: argparse.Namespace) -> int:
    from cardbook.storage.members import current_member, list_members

    library = open_library(args)
    members = list_members(library)
    current = current_member(library)
    if args.json:
        for m in members:
            print_json({"id": m.id, "name": m.name, "current": current is not None and m.id == current.id,
                        "has_card": m.has_card})  # fmt: skip
        return EXIT_OK
    if not members:
        print("No members: a personal library (every encounter is yours). Add one with `cardbook member add NAME`.")
        return EXIT_OK
    for m in members:
        print(f"{'*' if current is not None and m.id == current.id else ' '} {m.name}")
    if current is None:
        print("No member chosen on this machine: lists and figures are the team's (`cardbook member use NAME`).")
    return EXIT_OK


def cmd_member_add(args: argparse.Namespace) -> int:
    from cardbook.storage.members import add_member

    member = add_member(open_library(args), args.name)
    print(f"Member added: {member.name}")
    return EXIT_OK


def cmd_member_rename(args: argparse.Namespace) -> int:
    from cardbook.storage.members import rename_member

    member = rename_member(open_library(args), args.old, args.new)
    print(f"Member renamed: {member.name}")
    return EXIT_OK


def cmd_member_use(args: argparse.Namespace) -> int:
    from cardbook.storage.members import use_member

    member = use_member(open_library(args), args.name)
    print(f"On this machine you are now {member.name}: what you record is theirs, and “mine” means theirs.")
    return EXIT_OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    from cardbook.domain.text import counted
    from cardbook.storage.members import remove_member

    removed = remove_member(open_library(args), args.name)
    rows = ((removed.encounters, "encounter"), (removed.referrals, "referral"), (removed.follow_ups, "follow-up"))
    kept = ", ".join(counted(n, what) for n, what in rows if n)
    print(f"Member removed: {removed.member.name}" + (f" ({kept} kept, now nobody's)" if kept else ""))
    return EXIT_OK


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    member = subparsers.add_parser("member", parents=[common], help="team members, and who you are on this machine")
    actions = member.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the members; * marks yours on this machine")
    listing.add_argument("--json", action="store_true", help="JSON Lines: id, name, current, has_card")
    listing.set_defaults(func=cmd_member_list)
    add = actions.add_parser("add", parents=[common], help="add a member")
    add.add_argument("name", metavar="NAME")
    add.set_defaults(func=cmd_member_add)
    rename = actions.add_parser("rename", parents=[common], help="rename a member (their rows stay theirs)")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(func=cmd_member_rename)
    use = actions.add_parser("use", parents=[common], help="be this member on this machine")
    use.add_argument("name", metavar="NAME")
    use.set_defaults(func=cmd_member_use)
    remove = actions.add_parser("remove", parents=[common], help="remove a member; their rows stay, as nobody's")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=cmd_member_remove)
