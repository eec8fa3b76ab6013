"""The figures of the two reports — after an event, and what each network brought — as pure computations.

Everything that decides a number is defined here, so each figure can be checked by hand on a small example. On a
big library storage does not load every encounter: storage/reports.network_report (and the events list and event
page of storage/ledger/events.py) count them in SQL, with these rules written as SQL in storage/ledger/rules.py,
and tests/storage/test_ledger_figures_sql.py checks that the database's figures equal the functions below.

Definitions, chosen to match the blog post behind Cardbook ("il faut savoir choisir ce qui nous convient"):
- cards collected: encounters recorded at the network's events (each one came with a card);
- mutual-exchange rate: mutual encounters ÷ encounters whose exchange is known (None when none is known —
  an untagged batch says nothing, it is not a 0 % network); a meeting where no cards changed hands (we already
  had each other's: Reciprocity.NO_CARDS) is in neither side of it, nor among the unrecorded ones, but it is a
  meeting: it counts in contacts met, repeat contacts and events attended, not in cards collected;
- mutual contacts: people with at least one mutual exchange at the network's events;
- repeat contacts: people met at least twice at the network's events (trust comes from meeting again);
- referrals: a contact's referrals count for the network where the user *first met* them — the network that
  brought the person — so that no referral is counted twice across networks; received = from them to me,
  given = from me to them; referrals between two contacts are not the user's business and are left out;
- cost per mutual contact and per referral (received) divide the yearly cost; None when either is missing/zero;
- one-way givers met: people who, at the network's events of the period, gave a card and did not ask for mine
  (the reason recorded as such: domain/exchange.NoCardReason.NOT_ASKED) — a network full of them is a warning;
- prescribers met there: people first met at the network (the referral attribution above) who sent me at least
  one referral in the period;
- business value: the value of the won referrals received; against the yearly cost it says whether the
  membership pays (value_for_cost, None without a cost).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cardbook.domain.enums import NoCardReason, Reciprocity, ReferralDirection, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.introductions import Introduction
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import Referral


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator ÷ denominator, or None when either is unknown or the denominator is zero."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


@dataclass(frozen=True, slots=True)
class ExchangeCounts:
    mutual: int = 0
    from_them: int = 0
    from_me: int = 0
    unknown: int = 0
    no_cards: int = 0  # meetings where no cards changed hands: out of the rate, counted as meetings

    @property
    def total(self) -> int:
        """Every meeting, those without cards included."""
        return self.mutual + self.from_them + self.from_me + self.unknown + self.no_cards

    @property
    def cards(self) -> int:
        """Meetings where a card was (or may have been) exchanged: all but those without cards."""
        return self.total - self.no_cards

    @property
    def known(self) -> int:
        return self.mutual + self.from_them + self.from_me

    @property
    def mutual_rate(self) -> float | None:
        """Mutual ÷ recorded: always shown with `unrecorded` beside it ("mutual 2 of 2 recorded, 12 not
        recorded"), never as a bare percentage that reads 0 % when most of the batch was not tagged."""
        return ratio(self.mutual, self.known)

    @property
    def recorded(self) -> int:
        """Encounters whose exchange is known (the rate's denominator)."""
        return self.known

    @property
    def unrecorded(self) -> int:
        """Encounters whose exchange was not recorded — "they offered first, rest not recorded" included."""
        return self.unknown

    def of(self, kind: Reciprocity) -> int:
        return {
            Reciprocity.MUTUAL: self.mutual,
            Reciprocity.FROM_THEM: self.from_them,
            Reciprocity.FROM_ME: self.from_me,
            Reciprocity.UNKNOWN: self.unknown,
            Reciprocity.NO_CARDS: self.no_cards,
        }[kind]


def count_exchanges(states: Iterable[Reciprocity]) -> ExchangeCounts:
    items = list(states)
    return ExchangeCounts(
        mutual=items.count(Reciprocity.MUTUAL),
        from_them=items.count(Reciprocity.FROM_THEM),
        from_me=items.count(Reciprocity.FROM_ME),
        unknown=items.count(Reciprocity.UNKNOWN),
        no_cards=items.count(Reciprocity.NO_CARDS),
    )


def happened_before(a: Encounter, b: Encounter) -> bool:
    """Was `a` before `b`? By date; on the same day or without a date, by the order they were recorded."""
    if a.date is not None and b.date is not None and a.date != b.date:
        return a.date < b.date
    return (a.id or 0) < (b.id or 0)


# --- after an event ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetPerson:
    """One card collected at the event."""

    contact_id: int
    name: str
    company: str | None
    encounter_id: int
    exchange: Reciprocity  # at this event
    earlier_meetings: int  # encounters with this person before this one
    owes_card: bool  # a card I still owe them (domain/exchange.owes_card, over all meetings)
    one_way_giver: bool  # they gave and did not ask for mine (domain/exchange.is_one_way_giver)
    reason_unrecorded: bool = False  # their card came one way, nobody said why (domain/exchange.reason_unrecorded)

    @property
    def is_new(self) -> bool:
        return self.earlier_meetings == 0


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    follow_up_id: int
    contact_id: int
    name: str
    due: dt.date | None
    note: str
    every_weeks: int | None


@dataclass(frozen=True, slots=True)
class NeedLine:
    """What one person met at the event is looking for, and the introductions that could answer it, best first
    ("What can I bring?": the report says it while the evening is fresh)."""

    contact_id: int
    name: str
    need: str
    introductions: tuple[Introduction, ...] = ()


@dataclass(frozen=True, slots=True)
class EventReport:
    event: Event
    network_name: str | None
    people: tuple[MetPerson, ...]
    exchanges: ExchangeCounts
    follow_ups: tuple[FollowUpItem, ...]  # open follow-ups of the people met there
    needs: tuple[NeedLine, ...] = ()  # what the people met there need, by name

    @property
    def new_people(self) -> list[MetPerson]:
        return [p for p in self.people if p.is_new]

    @property
    def met_again(self) -> list[MetPerson]:
        return [p for p in self.people if not p.is_new]

    @property
    def cards_i_owe(self) -> list[MetPerson]:
        return [p for p in self.people if p.owes_card]


def build_event_report(
    event: Event,
    network_name: str | None,
    people: Iterable[MetPerson],
    follow_ups: Iterable[FollowUpItem],
    needs: Iterable[NeedLine] = (),
) -> EventReport:
    """People and needs sorted by name (case- and accent-blind order is the caller's; here plain casefold),
    follow-ups by due."""
    ordered = tuple(sorted(people, key=lambda p: (p.name.casefold(), p.contact_id)))
    todo = tuple(sorted(follow_ups, key=lambda f: (f.due is None, f.due or dt.date.min, f.name.casefold())))
    wants = tuple(sorted(needs, key=lambda n: (n.name.casefold(), n.contact_id)))
    return EventReport(event, network_name, ordered, count_exchanges(p.exchange for p in ordered), todo, wants)


# --- what each network brought ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive dates; None on a side means unbounded. Undated things count only when both sides are None."""

    start: dt.date | None = None
    end: dt.date | None = None

    @classmethod
    def year_until(cls, end: dt.date) -> Period:
        """The twelve months ending on `end`, both days included (6 Dec 2026 → from 7 Dec 2025): what a
        yearly membership cost is compared with, the same in the window and on the command line."""
        try:
            start = end.replace(year=end.year - 1)
        except ValueError:  # 29 February: a year before is 28 February
            start = end.replace(year=end.year - 1, day=28)
        return cls(start + dt.timedelta(days=1), end)

    @property
    def all_time(self) -> bool:
        return self.start is None and self.end is None

    def contains(self, day: dt.date | None) -> bool:
        if day is None:
            return self.all_time
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ReferralFigures:
    count: int = 0
    won: int = 0
    won_value: float = 0.0  # the sum of the won referrals' values (unknown values count as 0)


@dataclass(frozen=True, slots=True)
class MetFigures:
    """What a network's events brought in cards and people: the encounter side of a NetworkValue."""

    exchanges: ExchangeCounts = ExchangeCounts()  # one per card collected
    contacts_met: int = 0
    mutual_contacts: int = 0  # people with at least one mutual exchange there
    repeat_contacts: int = 0  # people met there at least twice
    one_way_givers: int = 0  # people who gave a card there and did not ask for mine


@dataclass(frozen=True, slots=True)
class NetworkValue:
    network: Network | None  # None: events that belong to no network
    events_attended: int
    cards_collected: int
    exchanges: ExchangeCounts
    contacts_met: int
    mutual_contacts: int
    repeat_contacts: int
    received: ReferralFigures
    given: ReferralFigures
    one_way_givers: int = 0
    prescribers: int = 0  # people first met there who sent me business in the period

    @property
    def name(self) -> str:
        return self.network.name if self.network else ""

    @property
    def yearly_cost(self) -> float | None:
        return self.network.yearly_cost if self.network else None

    @property
    def mutual_rate(self) -> float | None:
        return self.exchanges.mutual_rate

    @property
    def cost_per_mutual_contact(self) -> float | None:
        return ratio(self.yearly_cost, self.mutual_contacts)

    @property
    def cost_per_referral(self) -> float | None:
        return ratio(self.yearly_cost, self.received.count)

    @property
    def business_value(self) -> float:
        """What the network brought in money: the won referrals received from people met there."""
        return self.received.won_value

    @property
    def value_for_cost(self) -> float | None:
        """Business value ÷ yearly cost (2.0: it brought twice what it cost); None without a cost."""
        return ratio(self.business_value, self.yearly_cost)


def first_met_event(encounters: Iterable[Encounter]) -> dict[int, int | None]:
    """contact id -> the event of their first encounter (None when the first meeting was at no event).

    The encounters are taken in the order given, and a later one replaces the first found only when it
    happened_before it; storage hands them in the order they were recorded (by id). With undated meetings that
    order matters (happened_before then compares ids): a person's earliest-recorded meeting wins when it has no
    date, otherwise their earliest dated meeting does (storage/ledger/rules.first_met_event says so in SQL)."""
    first: dict[int, Encounter] = {}
    for enc in encounters:
        if enc.contact_id is None:
            continue
        known = first.get(enc.contact_id)
        if known is None or happened_before(enc, known):
            first[enc.contact_id] = enc
    return {cid: enc.event_id for cid, enc in first.items()}


def met_figures(encounters: Iterable[Encounter]) -> MetFigures:
    """The cards collected at a network's events, their exchanges, and the people behind them."""
    items = list(encounters)
    per_contact: dict[int, list[Encounter]] = defaultdict(list)
    for enc in items:
        per_contact[enc.contact_id or 0].append(enc)
    return MetFigures(
        exchanges=count_exchanges(e.reciprocity for e in items),
        contacts_met=len(per_contact),
        mutual_contacts=sum(any(e.reciprocity is Reciprocity.MUTUAL for e in es) for es in per_contact.values()),
        repeat_contacts=sum(len(es) >= 2 for es in per_contact.values()),
        one_way_givers=sum(any(e.reason is NoCardReason.NOT_ASKED for e in es) for es in per_contact.values()),
    )


def referral_figures(outcomes: Iterable[tuple[ReferralOutcome, float | None]]) -> ReferralFigures:
    """Count the referrals given as (outcome, value), the won ones, and the sum of the won ones' values — unknown
    values count as 0, and the values are added in the order given (a float sum depends on it)."""
    count = won = 0
    won_value: float = 0
    for outcome, value in outcomes:
        count += 1
        if outcome is ReferralOutcome.WON:
            won += 1
            won_value += value or 0.0
    return ReferralFigures(count, won, float(won_value))


def network_lines(
    networks: Iterable[Network],
    events_attended: Mapping[int | None, int],
    met: Mapping[int | None, MetFigures],
    received: Mapping[int | None, ReferralFigures],
    given: Mapping[int | None, ReferralFigures],
    prescribers: Mapping[int | None, int] | None = None,
) -> list[NetworkValue]:
    """The report's lines from its figures by network id (None: events that belong to no network): one per
    network by name (case-blind, then id), then one for no network when it attended events or brought referrals."""
    nothing = ReferralFigures()

    def line(network: Network | None) -> NetworkValue:
        key = network.id if network else None
        figures = met.get(key, MetFigures())
        return NetworkValue(
            network=network,
            events_attended=events_attended.get(key, 0),
            cards_collected=figures.exchanges.cards,
            exchanges=figures.exchanges,
            contacts_met=figures.contacts_met,
            mutual_contacts=figures.mutual_contacts,
            repeat_contacts=figures.repeat_contacts,
            received=received.get(key, nothing),
            given=given.get(key, nothing),
            one_way_givers=figures.one_way_givers,
            prescribers=(prescribers or {}).get(key, 0),
        )

    lines = [line(n) for n in sorted(networks, key=lambda n: (n.name.casefold(), n.id or 0))]
    if events_attended.get(None) or received.get(None, nothing).count or given.get(None, nothing).count:
        lines.append(line(None))
    return lines


def network_values(
    networks: Iterable[Network],
    events: Iterable[Event],
    encounters: Iterable[Encounter],
    referrals: Iterable[Referral],
    period: Period | None = None,
) -> list[NetworkValue]:
    """One line per network (by name, archived ones included), then one for events outside any network if any.

    `encounters` must be all of them, not only the period's: referrals are attributed by the first meeting ever.
    storage/reports.network_report computes the same figures by SQL aggregation (tests/storage check both agree).
    """
    period = period or Period()
    all_encounters = list(encounters)
    event_network = {e.id: e.network_id for e in events if e.id is not None}
    in_period = {e.id for e in events if e.id is not None and period.contains(e.date)}
    attribution = first_met_event(all_encounters)

    events_per: dict[int | None, int] = defaultdict(int)
    for event_id in in_period:
        events_per[event_network[event_id]] += 1
    met: dict[int | None, list[Encounter]] = defaultdict(list)
    for enc in all_encounters:
        if enc.event_id in in_period:
            met[event_network[enc.event_id]].append(enc)
    received: dict[int | None, list[Referral]] = defaultdict(list)
    given: dict[int | None, list[Referral]] = defaultdict(list)
    for ref in referrals:
        if not period.contains(ref.date):
            continue
        direction = ref.direction
        contact = ref.from_contact_id if direction is ReferralDirection.RECEIVED else ref.to_contact_id
        if contact is None or direction is ReferralDirection.BETWEEN_CONTACTS:
            continue
        first_event = attribution.get(contact)
        if first_event is None:
            continue
        target = received if direction is ReferralDirection.RECEIVED else given
        target[event_network.get(first_event)].append(ref)

    def figures(found: dict[int | None, list[Referral]]) -> dict[int | None, ReferralFigures]:
        return {key: referral_figures((r.outcome, r.value) for r in items) for key, items in found.items()}

    prescribers = {key: len({r.from_contact_id for r in items}) for key, items in received.items()}
    return network_lines(
        networks,
        events_per,
        {key: met_figures(items) for key, items in met.items()},
        figures(received),
        figures(given),
        prescribers,
    )
