"""The exchange lists from a member's point of view against the team's, in one run:
`python -m tests.storage.members_measure CONTACTS [SEED]`.

A demo library (cardbook demo's generator) in a folder; two members, Anne and Claire, each given the encounters of
every other contact and, for a contact in five, both of them some of the same person's encounters (so that their
points of view differ). Times the sidebar's three lists (`cards_i_owe_ids`, `one_way_giver_ids`,
`reason_unrecorded_ids`: what the window counts at each change) for the team (the cached reciprocity) and for a
member (aggregated from their encounters: docs/TEAM_LIBRARY.md, "Members"), median of 7 runs each; and checks each
member's lists against the domain's rules applied to their encounters one by one (domain/exchange.owes_card...).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update

from cardbook.app.sample_data import generate_demo
from cardbook.domain.exchange import Encounter, is_one_way_giver, owes_card, reason_unrecorded
from cardbook.domain.member import EVERYONE, Viewpoint
from cardbook.storage.convert import encounter_from_row
from cardbook.storage.ledger.encounters import cards_i_owe_ids, one_way_giver_ids, reason_unrecorded_ids
from cardbook.storage.library import Library
from cardbook.storage.members import add_member, viewpoint
from cardbook.storage.models import EncounterRow

LISTS: dict[str, Callable[[Library, Viewpoint | None], list[int]]] = {
    "cards I owe": cards_i_owe_ids,
    "one-way givers": one_way_giver_ids,
    "reasons unrecorded": reason_unrecorded_ids,
}
RULES: dict[str, Callable[[list[Encounter]], bool]] = {
    "cards I owe": owes_card,
    "one-way givers": is_one_way_giver,
    "reasons unrecorded": reason_unrecorded,
}


def _median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _share(library: Library) -> tuple[int, int]:
    """Anne gets the even contacts' encounters, Claire the odd ones'; for contacts whose id is a multiple of five,
    every other encounter goes to the other member."""
    anne, claire = add_member(library, "Anne").id, add_member(library, "Claire").id
    with library.writing() as session:
        rows = session.execute(select(EncounterRow.id, EncounterRow.contact_id).order_by(EncounterRow.id)).all()
        seen: dict[int, int] = defaultdict(int)
        for encounter_id, contact_id in rows:
            seen[contact_id] += 1
            mine = contact_id % 2 == 0
            if contact_id % 5 == 0 and seen[contact_id] % 2 == 0:
                mine = not mine
            member = anne if mine else claire
            session.execute(update(EncounterRow).where(EncounterRow.id == encounter_id).values(member_id=member))
    return anne, claire


def _expected(library: Library, member_id: int) -> dict[str, set[int]]:
    """Each list by the domain's rules, over the member's encounters of each contact."""
    by_contact: dict[int, list[Encounter]] = defaultdict(list)
    with library.session() as session:
        for row in session.scalars(select(EncounterRow).where(EncounterRow.member_id == member_id)):
            by_contact[row.contact_id].append(encounter_from_row(row))
    return {name: {cid for cid, items in by_contact.items() if rule(items)} for name, rule in RULES.items()}


def main(argv: list[str]) -> int:
    contacts = int(argv[0]) if argv else 10_000
    seed = int(argv[1]) if len(argv) > 1 else 2026
    with tempfile.TemporaryDirectory() as work:
        library = Library.open(Path(work) / "library")
        generate_demo(library, contacts, seed=seed, today=dt.date(2026, 6, 1))
        anne, _claire = _share(library)
        view = viewpoint(library, "Anne")
        print(
            f"{contacts:,} contacts, seed {seed}: median of 7 runs, ms (team: cached reciprocity; member: aggregated)"
        )
        same = True
        expected = _expected(library, anne)
        for name, listing in LISTS.items():
            team_ms = _median_ms(lambda listing=listing: listing(library, EVERYONE))
            member_ms = _median_ms(lambda listing=listing: listing(library, view))
            found = set(listing(library, view))
            same = same and found == expected[name]
            print(f"  {name:<20} team {team_ms:7.1f}   member {member_ms:7.1f}   "
                  f"member's list {len(found):>5} (domain's rules: {len(expected[name]):>5})")  # fmt: skip
        print(f"member's lists as the domain's rules say: {'yes' if same else 'NO'}")
        library.close()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
