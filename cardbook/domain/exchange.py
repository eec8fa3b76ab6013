"""Encounters and the card exchange they carry, and the reciprocity rules derived from them.

The blog post behind Cardbook ("Réseaux, et donneurs de carte … à éviter") says networking is *exchange*:
a person who hands out cards without asking for yours is not in it, and you should not be the one who takes
a card without giving yours. So each encounter records who offered a card first and whether the other side
answered; everything else here is derived from those two facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity


@dataclass(slots=True)
class Encounter:
    """One meeting with a contact, at an event or elsewhere."""

    id: int | None = None
    contact_id: int | None = None
    event_id: int | None = None
    date: dt.date | None = None
    place: str | None = None
    offered_by: OfferedBy = OfferedBy.UNKNOWN
    reciprocated: Reciprocated = Reciprocated.UNKNOWN
    reciprocated_on: dt.date | None = None  # set when the exchange was completed later ("sent my card by email")
    owe_dismissed: bool = False  # the user decided no card is owed for this one (they did not want it)
    note: str = ""

    @property
    def reciprocity(self) -> Reciprocity:
        return encounter_reciprocity(self.offered_by, self.reciprocated)


def encounter_reciprocity(offered_by: OfferedBy, reciprocated: Reciprocated) -> Reciprocity:
    """Mutual when the other side answered; one-way from whoever offered when it did not."""
    if offered_by is OfferedBy.UNKNOWN or reciprocated is Reciprocated.UNKNOWN:
        # "Reciprocated: yes" with nobody known to have offered first is still a mutual exchange.
        if reciprocated is Reciprocated.YES:
            return Reciprocity.MUTUAL
        return Reciprocity.UNKNOWN
    if reciprocated is Reciprocated.YES:
        return Reciprocity.MUTUAL
    return Reciprocity.FROM_THEM if offered_by is OfferedBy.THEM else Reciprocity.FROM_ME


def contact_reciprocity(states: Iterable[Reciprocity]) -> Reciprocity:
    """The exchange with a person over all encounters.

    Mutual as soon as cards went both ways once — at the same encounter, or one way at one meeting and the
    other way at another. One-way when every known encounter went the same single way. Unknown otherwise.
    """
    seen = {s for s in states if s is not Reciprocity.UNKNOWN}
    if Reciprocity.MUTUAL in seen or seen == {Reciprocity.FROM_THEM, Reciprocity.FROM_ME}:
        return Reciprocity.MUTUAL
    if seen == {Reciprocity.FROM_THEM}:
        return Reciprocity.FROM_THEM
    if seen == {Reciprocity.FROM_ME}:
        return Reciprocity.FROM_ME
    return Reciprocity.UNKNOWN


@dataclass(frozen=True, slots=True)
class MeetingStats:
    count: int
    first_met: dt.date | None
    last_met: dt.date | None
    reciprocity: Reciprocity


def meeting_stats(encounters: Iterable[Encounter]) -> MeetingStats:
    items = list(encounters)
    dates = sorted(e.date for e in items if e.date is not None)
    return MeetingStats(
        count=len(items),
        first_met=dates[0] if dates else None,
        last_met=dates[-1] if dates else None,
        reciprocity=contact_reciprocity(e.reciprocity for e in items),
    )


def is_one_way_giver(encounters: Iterable[Encounter]) -> bool:
    """They gave cards and never got (or asked for) mine."""
    return contact_reciprocity(e.reciprocity for e in encounters) is Reciprocity.FROM_THEM


def owes_card(encounters: Iterable[Encounter]) -> bool:
    """I took their card without giving mine, and have not since given it nor decided it was not owed."""
    items = list(encounters)
    if contact_reciprocity(e.reciprocity for e in items) is not Reciprocity.FROM_THEM:
        return False
    return any(e.reciprocity is Reciprocity.FROM_THEM and not e.owe_dismissed for e in items)
