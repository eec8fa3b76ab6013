"""Networks, events and their page, and referrals, in the library."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cardbook.domain.enums import NetworkKind, Reciprocity, ReferralDirection, ReferralOutcome
from cardbook.domain.network import Event, Network
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger.events import event_overviews, event_page, find_events, get_event, save_event
from cardbook.storage.ledger.networks import get_network, list_networks, save_network, set_network_archived
from cardbook.storage.ledger.referrals import (
    delete_referral,
    prescribers,
    referral_lines,
    referrals_of,
    save_referral,
)
from cardbook.storage.library import Library
from tests.storage.conftest import BOTH
from tests.storage.test_ledger_library import build_small_library

ENGINES = BOTH  # tests/storage/conftest.py


def test_network_create_edit_archive(library: Library) -> None:
    created = save_network(
        library,
        Network(
            name=" BNI  Lyon ",
            kind=NetworkKind.BUSINESS_CLUB,
            yearly_cost=1500.0,
            member_since=date(2024, 9, 1),
            notes="Tuesday breakfasts",
        ),
    )
    assert created.id is not None and created.name == "BNI Lyon"
    created.member_until = date(2026, 8, 31)
    created.kind = NetworkKind.OTHER
    save_network(library, created)
    assert get_network(library, created.id).member_until == date(2026, 8, 31)
    archived = set_network_archived(library, created.id)
    assert archived.archived and archived.kind is NetworkKind.OTHER and archived.notes == "Tuesday breakfasts"
    assert list_networks(library, include_archived=False) == []
    assert not set_network_archived(library, created.id, archived=False).archived
    with pytest.raises(NotFoundError):
        set_network_archived(library, 999)


def test_a_membership_cannot_end_before_it_starts(library: Library) -> None:
    with pytest.raises(ValidationError):
        save_network(library, Network(name="X", member_since=date(2026, 1, 2), member_until=date(2026, 1, 1)))


def test_event_edit_and_find(library: Library) -> None:
    small = build_small_library(library)
    event = get_event(library, small.e4)
    event.name = "Salon des Entrepreneurs de Lyon"
    event.network_id = small.meetup
    save_event(library, event)
    assert get_event(library, small.e4).network_id == small.meetup
    assert [e.id for e in find_events(library, "salon entrepreneurs")] == []  # words must follow each other
    assert [e.id for e in find_events(library, "SALON DES")] == [small.e4]
    assert [e.id for e in find_events(library, "club alpha breakfast")] == [small.e2, small.e1]  # newest first
    assert find_events(library, "  ") == []
    with pytest.raises(NotFoundError):
        get_event(library, 999)


def test_event_overviews(library: Library) -> None:
    small = build_small_library(library)
    save_event(library, Event(name="Planned", date=None))
    lines = {line.event.id: line for line in event_overviews(library)}
    assert (lines[small.e2].cards_collected, lines[small.e2].mutual_rate, lines[small.e2].network_name) == (
        2,
        0.5,
        "Club Alpha",
    )
    assert (lines[small.e3].cards_collected, lines[small.e3].mutual_rate) == (2, 1.0)  # David's is unknown
    assert lines[small.e4].network_name is None
    assert [line.event.name for line in event_overviews(library)][-1] == "Planned"  # undated last


def test_event_page(library: Library) -> None:
    small = build_small_library(library)
    page = event_page(library, small.e2)
    assert page.network is not None and page.network.name == "Club Alpha"
    assert [(c.person.name, c.encounter.reciprocity) for c in page.cards] == [
        ("Anne Martin", Reciprocity.MUTUAL),
        ("Claire Roux", Reciprocity.FROM_THEM),
    ]
    assert [c.person.name for c in page.met_again] == ["Anne Martin"]
    assert [c.person.name for c in page.one_way_givers] == []  # Claire's card came one way because I had none
    assert [c.person.name for c in page.cards_i_owe] == ["Claire Roux"]
    cci = event_page(library, small.e3)
    assert [(c.person.name, c.person.earlier_meetings) for c in cci.cards] == [("Bruno Petit", 1), ("David Moreau", 0)]
    assert cci.one_way_givers == [] and cci.cards_i_owe == []
    with pytest.raises(NotFoundError):
        event_page(library, 12345)


def test_referral_outcome_delete_and_lines(library: Library) -> None:
    small = build_small_library(library)
    lines = referral_lines(library, small.anne)
    assert [(ln.from_name, ln.to_name, ln.direction) for ln in lines] == [
        ("Anne Martin", "", ReferralDirection.RECEIVED),  # 20 March
        ("Anne Martin", "Bruno Petit", ReferralDirection.BETWEEN_CONTACTS),  # 1 March
        ("Anne Martin", "", ReferralDirection.RECEIVED),  # 1 February
    ]
    pending = lines[0].referral
    assert pending.id is not None
    won = save_referral(library, replace(pending, outcome=ReferralOutcome.WON, value=1500.0))
    assert (won.outcome, won.value) == (ReferralOutcome.WON, 1500.0)
    assert save_referral(library, replace(won, outcome=ReferralOutcome.LOST)).value == 1500.0  # value kept
    with pytest.raises(ValidationError):
        save_referral(library, replace(won, value=-1.0))
    gone = delete_referral(library, pending.id)
    assert len(referrals_of(library, small.anne)) == 2
    gone.id = None
    save_referral(library, gone)
    assert len(referrals_of(library, small.anne)) == 3
    with pytest.raises(NotFoundError):
        delete_referral(library, 999)


def test_prescribers(library: Library) -> None:
    small = build_small_library(library)
    found = [(p.contact_id, p.referrals, p.won, p.won_value) for p in prescribers(library)]
    # Anne: 2 sent, 1 won (5,000); Émile: 1 won (1,000); David: 1 lost. Most won first, then most referrals.
    assert found == [(small.anne, 2, 1, 5000.0), (small.emile, 1, 1, 1000.0), (small.david, 1, 0, 0.0)]
