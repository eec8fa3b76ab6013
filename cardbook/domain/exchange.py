"""Encounters and the card exchange they carry, and the reciprocity rules derived from them.

The blog post behind Cardbook ("Réseaux, et donneurs de carte … à éviter") says networking is *exchange*:
a person who hands out cards without asking for yours is not in it, and you should not be the one who takes
a card without giving yours. So each encounter records who offered a card first, whether the other side
answered, and — when they gave and I did not — why (NoCardReason). Everything else here is derived from those.

The two lists the product exists for have their own rules, and one fact that neither may guess:
- a one-way giver (`is_one_way_giver`) is a *pattern of the person*: over all meetings their cards went one way,
  and at least once it was because they did not ask for or take mine;
- a card I owe (`owes_card`) is *my to-do*: over all meetings they still do not have my card, and at least once
  it was because I had none or forgot; "sent my card" (or "no card owed") clears it;
- a one-way card whose reason was not recorded (old libraries, quick imports) is in neither list but in
  `reason_unrecorded`, shown as such until the user says which it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity


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
    why_no_card: NoCardReason | None = None  # when they gave and I did not: why (None reads as UNKNOWN then)

    @property
    def reciprocity(self) -> Reciprocity:
        return encounter_reciprocity(self.offered_by, self.reciprocated)

    @property
    def reason(self) -> NoCardReason | None:
        """Why my card did not go back, when theirs came one way; None for any other exchange."""
        return no_card_reason(self.offered_by, self.reciprocated, self.why_no_card)

    @property
    def outcome(self) -> ExchangeOutcome:
        return exchange_outcome(self.offered_by, self.reciprocated, self.why_no_card)

    @property
    def got_their_card(self) -> bool | None:
        """Did I get their card? None when not recorded."""
        if self.offered_by is OfferedBy.NOBODY:
            return False
        if self.offered_by is OfferedBy.THEM or self.reciprocated is Reciprocated.YES:
            return True
        if self.offered_by is OfferedBy.ME and self.reciprocated is Reciprocated.NO:
            return False
        return None

    @property
    def gave_mine(self) -> bool | None:
        """Did I give mine? None when not recorded."""
        if self.offered_by is OfferedBy.NOBODY:
            return False
        if self.offered_by is OfferedBy.ME or self.reciprocated is Reciprocated.YES:
            return True
        if self.offered_by is OfferedBy.THEM and self.reciprocated is Reciprocated.NO:
            return False
        return None


def no_card_reason(offered_by: OfferedBy, reciprocated: Reciprocated, why: NoCardReason | None) -> NoCardReason | None:
    """The reason only means something when their card came one way; then an unrecorded one is UNKNOWN."""
    if encounter_reciprocity(offered_by, reciprocated) is not Reciprocity.FROM_THEM:
        return None
    return why or NoCardReason.UNKNOWN


def exchange_outcome(offered_by: OfferedBy, reciprocated: Reciprocated, why: NoCardReason | None) -> ExchangeOutcome:
    """What is known of the exchange, never less: "they offered first, rest not recorded" is not "unknown"."""
    state = encounter_reciprocity(offered_by, reciprocated)
    if state is Reciprocity.NO_CARDS:
        return ExchangeOutcome.NO_CARDS
    if state is Reciprocity.MUTUAL:
        return ExchangeOutcome.MUTUAL
    if state is Reciprocity.FROM_ME:
        return ExchangeOutcome.I_GAVE
    if state is Reciprocity.FROM_THEM:
        return {
            NoCardReason.NOT_ASKED: ExchangeOutcome.THEY_DID_NOT_ASK,
            NoCardReason.MY_LAPSE: ExchangeOutcome.I_HAD_NONE,
        }.get(why or NoCardReason.UNKNOWN, ExchangeOutcome.THEY_GAVE)
    if offered_by is OfferedBy.THEM:
        return ExchangeOutcome.THEY_OFFERED_FIRST
    if offered_by is OfferedBy.ME:
        return ExchangeOutcome.I_OFFERED_FIRST
    return ExchangeOutcome.UNKNOWN


def outcome_fields(
    outcome: ExchangeOutcome, offered_by: OfferedBy = OfferedBy.UNKNOWN
) -> tuple[OfferedBy, Reciprocated, NoCardReason | None]:
    """The stored facts of an outcome (one key in review or the event table). MUTUAL keeps who offered first
    (`offered_by`, the encounter's current value): the key says cards went both ways, not who started."""
    them_no = (OfferedBy.THEM, Reciprocated.NO)
    kept = offered_by if offered_by is not OfferedBy.NOBODY else OfferedBy.UNKNOWN  # someone offered, after all
    return {
        ExchangeOutcome.MUTUAL: (kept, Reciprocated.YES, None),
        ExchangeOutcome.THEY_DID_NOT_ASK: (*them_no, NoCardReason.NOT_ASKED),
        ExchangeOutcome.I_HAD_NONE: (*them_no, NoCardReason.MY_LAPSE),
        ExchangeOutcome.THEY_GAVE: (*them_no, NoCardReason.UNKNOWN),
        ExchangeOutcome.I_GAVE: (OfferedBy.ME, Reciprocated.NO, None),
        ExchangeOutcome.THEY_OFFERED_FIRST: (OfferedBy.THEM, Reciprocated.UNKNOWN, None),
        ExchangeOutcome.I_OFFERED_FIRST: (OfferedBy.ME, Reciprocated.UNKNOWN, None),
        ExchangeOutcome.UNKNOWN: (OfferedBy.UNKNOWN, Reciprocated.UNKNOWN, None),
        # nobody offered, so nothing went back either
        ExchangeOutcome.NO_CARDS: (OfferedBy.NOBODY, Reciprocated.NO, None),
    }[outcome]


def exchange_problem(
    offered_by: OfferedBy, reciprocated: Reciprocated, why: NoCardReason | None = None, *, holding_card: bool = False
) -> str | None:
    """Why this exchange cannot be what happened (one line for the user), or None when it can.

    `holding_card`: the encounter comes with their card (a scanned card), so "I offered, they did not answer"
    contradicts the card in my hand."""
    if holding_card and offered_by is OfferedBy.ME and reciprocated is Reciprocated.NO:
        return (
            "“I offered mine, they gave none back” contradicts the card being imported: "
            "use --reciprocated yes, or leave it out"
        )
    if offered_by is OfferedBy.NOBODY and reciprocated is not Reciprocated.NO:
        return "nobody offered a card this time, so none could go back: say what happened with --outcome"
    if why is not None and encounter_reciprocity(offered_by, reciprocated) is not Reciprocity.FROM_THEM:
        return "a reason for no card only applies when they gave theirs and I did not give mine (them, no)"
    return None


def date_problem(day: dt.date | None, today: dt.date) -> str | None:
    """A meeting cannot be in the future: the usual cause is a mistyped year."""
    if day is not None and day > today:
        return f"the encounter date {day.isoformat()} is in the future (today is {today.isoformat()})"
    return None


def encounter_reciprocity(offered_by: OfferedBy, reciprocated: Reciprocated) -> Reciprocity:
    """Mutual when the other side answered; one-way from whoever offered when it did not; no cards when nobody
    offered one (checked first: nothing can have been answered)."""
    if offered_by is OfferedBy.NOBODY:
        return Reciprocity.NO_CARDS
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
    other way at another. One-way when every known encounter went the same single way. Unknown otherwise. A
    meeting without cards says nothing of who has whose card: it is left out, like an unknown one.
    """
    seen = {s for s in states if s not in (Reciprocity.UNKNOWN, Reciprocity.NO_CARDS)}
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


def _one_way_reasons(encounters: Iterable[Encounter]) -> list[Encounter] | None:
    """The one-way-from-them encounters when, over all meetings, they still do not have my card; else None."""
    items = list(encounters)
    if contact_reciprocity(e.reciprocity for e in items) is not Reciprocity.FROM_THEM:
        return None
    return [e for e in items if e.reciprocity is Reciprocity.FROM_THEM]


def is_one_way_giver(encounters: Iterable[Encounter]) -> bool:
    """The man of the seed post: his cards went one way at every meeting, and at least once because he did not
    ask for or take mine. A card I failed to give (I had none) does not make anyone a one-way giver."""
    one_way = _one_way_reasons(encounters)
    return bool(one_way) and any(e.reason is NoCardReason.NOT_ASKED for e in one_way or ())


def owes_card(encounters: Iterable[Encounter]) -> bool:
    """My to-do: they still do not have my card, and at least once it was because I had none or forgot — not
    cleared by "sent my card" (which makes the exchange mutual) nor dismissed ("no card owed")."""
    one_way = _one_way_reasons(encounters) or []
    return any(e.reason is NoCardReason.MY_LAPSE and not e.owe_dismissed for e in one_way)


def reason_unrecorded(encounters: Iterable[Encounter]) -> bool:
    """Their card came one way and nobody said why (an old library, a quick import): neither list guesses."""
    one_way = _one_way_reasons(encounters) or []
    return any(e.reason is NoCardReason.UNKNOWN and not e.owe_dismissed for e in one_way)
