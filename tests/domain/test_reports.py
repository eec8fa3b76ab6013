"""Report figures on a tiny hand-made ledger (pure: no database)."""

from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.network import Event, Network
from cardbook.domain.referral import Referral
from cardbook.domain.reports import (
    FollowUpItem,
    MetPerson,
    Period,
    build_event_report,
    count_exchanges,
    first_met_event,
    happened_before,
    network_values,
    ratio,
)

ME, THEM, UNK = OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN
YES, NO, UNK_R = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN

CLUB = Network(id=1, name="Club", yearly_cost=1000.0)
FREE = Network(id=2, name="apéro libre", yearly_cost=None)
EVENTS = [
    Event(id=10, name="Club jan", date=date(2026, 1, 8), network_id=1),
    Event(id=11, name="Club feb", date=date(2026, 2, 5), network_id=1),
    Event(id=12, name="Fair", date=date(2026, 3, 1), network_id=None),
]


def enc(eid: int, cid: int, event: int | None, day: date, offered: OfferedBy, rec: Reciprocated) -> Encounter:
    return Encounter(id=eid, contact_id=cid, event_id=event, date=day, offered_by=offered, reciprocated=rec)


ENCOUNTERS = [
    enc(1, 100, 10, date(2026, 1, 8), THEM, YES),  # Anne, mutual, twice at the club
    enc(2, 100, 11, date(2026, 2, 5), ME, YES),
    enc(3, 101, 10, date(2026, 1, 8), THEM, NO),  # Bruno, one way at the club
    enc(4, 102, 12, date(2026, 3, 1), UNK, UNK_R),  # Chloé, at the fair, unknown; met at no event before
    enc(5, 102, None, date(2025, 12, 1), ME, YES),
]
REFERRALS = [
    Referral(id=1, from_contact_id=100, date=date(2026, 2, 10), outcome=ReferralOutcome.WON, value=4000.0),
    Referral(id=2, from_contact_id=100, date=date(2026, 4, 1), outcome=ReferralOutcome.WON, value=None),
    Referral(id=3, to_contact_id=101, date=date(2026, 2, 1), outcome=ReferralOutcome.LOST, value=900.0),
    Referral(id=4, from_contact_id=102, date=date(2026, 3, 5)),  # first met at no event: no network
    Referral(id=5, from_contact_id=100, to_contact_id=101, date=date(2026, 2, 1)),  # between contacts: left out
]


def test_ratio_and_counts() -> None:
    assert ratio(10, 4) == 2.5
    assert ratio(10, 0) is None and ratio(None, 3) is None
    counts = count_exchanges([Reciprocity.MUTUAL, Reciprocity.FROM_THEM, Reciprocity.UNKNOWN, Reciprocity.MUTUAL])
    assert (counts.mutual, counts.from_them, counts.from_me, counts.unknown) == (2, 1, 0, 1)
    assert (counts.total, counts.known, counts.mutual_rate) == (4, 3, pytest.approx(2 / 3))
    assert count_exchanges([Reciprocity.UNKNOWN]).mutual_rate is None


def test_happened_before_uses_dates_then_recording_order() -> None:
    a = Encounter(id=5, date=date(2026, 1, 1))
    b = Encounter(id=2, date=date(2026, 1, 2))
    assert happened_before(a, b) and not happened_before(b, a)
    assert happened_before(Encounter(id=1, date=date(2026, 1, 1)), a)
    assert happened_before(Encounter(id=1), Encounter(id=2, date=date(2020, 1, 1)))


def test_first_met_event() -> None:
    assert first_met_event(ENCOUNTERS) == {100: 10, 101: 10, 102: None}


def test_network_values_all_time() -> None:
    free, club, outside = network_values([CLUB, FREE], EVENTS, ENCOUNTERS, REFERRALS)
    assert club.network == CLUB  # sorted by name, case-blind: "apéro libre" before "Club"
    assert (club.events_attended, club.cards_collected, club.contacts_met) == (2, 3, 2)
    assert (club.exchanges.mutual, club.exchanges.from_them, club.mutual_rate) == (2, 1, pytest.approx(2 / 3))
    assert (club.mutual_contacts, club.repeat_contacts) == (1, 1)
    assert (club.received.count, club.received.won, club.received.won_value) == (2, 2, 4000.0)
    assert (club.given.count, club.given.won, club.given.won_value) == (1, 0, 0.0)
    assert club.cost_per_mutual_contact == 1000.0
    assert club.cost_per_referral == 500.0
    assert free.network == FREE and free.cards_collected == 0 and free.mutual_rate is None
    assert free.cost_per_mutual_contact is None and free.cost_per_referral is None
    assert outside.network is None
    assert (outside.events_attended, outside.cards_collected, outside.exchanges.unknown) == (1, 1, 1)
    assert outside.received.count == 0  # Chloé was first met at no event at all


def test_network_values_over_a_period() -> None:
    february = Period(date(2026, 2, 1), date(2026, 2, 28))
    free, club = network_values([CLUB, FREE], EVENTS, ENCOUNTERS, REFERRALS, february)
    assert (club.events_attended, club.cards_collected, club.repeat_contacts) == (1, 1, 0)
    assert club.received.count == 1  # the April referral is outside the period
    assert club.given.count == 1
    assert free.events_attended == 0


def test_period() -> None:
    assert Period().contains(None) and Period().all_time
    assert not Period(date(2026, 1, 1)).contains(None)
    assert Period(date(2026, 1, 1), date(2026, 1, 31)).contains(date(2026, 1, 31))
    assert not Period(None, date(2026, 1, 31)).contains(date(2026, 2, 1))


def test_build_event_report_sorts_and_counts() -> None:
    people = [
        MetPerson(2, "zoé", None, 20, Reciprocity.FROM_THEM, 0, True, True),
        MetPerson(1, "Anne", "Nova", 21, Reciprocity.MUTUAL, 2, False, False),
    ]
    todo = [
        FollowUpItem(1, 2, "zoé", None, "", None),
        FollowUpItem(2, 1, "Anne", date(2026, 1, 1), "Coffee", 4),
    ]
    report = build_event_report(EVENTS[0], "Club", people, todo)
    assert [p.name for p in report.people] == ["Anne", "zoé"]
    assert [p.name for p in report.new_people] == ["zoé"]
    assert [p.name for p in report.met_again] == ["Anne"]
    assert [p.name for p in report.cards_i_owe] == ["zoé"]
    assert [f.follow_up_id for f in report.follow_ups] == [2, 1]
    assert report.exchanges.mutual_rate == 0.5
