"""The lists and figures that follow this machine's member (docs/TEAM_LIBRARY.md, "Members"): the follow-ups due,
the events list's figures and the event page, the prescribers and the referral balances — a member's rows only,
the team's (every row, nobody's too) when asked, and each member's adding up to the team's less nobody's."""

from __future__ import annotations

from datetime import timedelta

from cardbook.domain.enums import ReferralOutcome
from cardbook.domain.member import EVERYONE
from cardbook.domain.referral import FollowUp, Referral
from cardbook.domain.reports import ExchangeCounts
from cardbook.storage.ledger.encounters import prescriber_ids
from cardbook.storage.ledger.events import event_overviews, event_page
from cardbook.storage.ledger.follow_ups import follow_up_lines, follow_ups_due, save_follow_up
from cardbook.storage.ledger.referrals import prescribers, referral_balances, save_referral
from cardbook.storage.library import Library
from cardbook.storage.members import forget_current_member, use_member, viewpoint
from tests.storage.conftest import BOTH
from tests.storage.test_members import DAY, Team

ENGINES = BOTH  # tests/storage/conftest.py


class TeamWithReminders(Team):
    """Team's meetings (Anne owes Paul her card; Claire exchanged with Paul three times, Marc gave her his card),
    and: a follow-up and a referral received each — Anne's about Paul (won, 500), Claire's about Marc — Claire
    gave Paul a referral, and one follow-up and one referral (from Marc) recorded with nobody chosen. This
    machine ends as Claire's."""

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        use_member(library, "Anne")
        save_follow_up(library, FollowUp(contact_id=self.paul, due=DAY - timedelta(days=1), note="call Paul"))
        save_referral(library, Referral(from_contact_id=self.paul, date=DAY, outcome=ReferralOutcome.WON, value=500))
        use_member(library, "Claire")
        save_follow_up(library, FollowUp(contact_id=self.marc, due=DAY, note="coffee with Marc"))
        save_referral(library, Referral(from_contact_id=self.marc, date=DAY))
        save_referral(library, Referral(to_contact_id=self.paul, date=DAY))
        forget_current_member(library)
        save_follow_up(library, FollowUp(contact_id=self.paul, due=DAY - timedelta(days=2), note="nobody's"))
        save_referral(library, Referral(from_contact_id=self.marc, date=DAY - timedelta(days=3)))
        use_member(library, "Claire")


def test_the_follow_ups_due_are_the_members_and_a_contacts_are_everyones(library: Library) -> None:
    team = TeamWithReminders(library)
    anne, claire = viewpoint(library, "Anne"), viewpoint(library, "Claire")

    def notes(view=None) -> list[str]:  # type: ignore[no-untyped-def]
        return [f.note for f in follow_ups_due(library, DAY, view)]

    assert notes() == notes(claire) == ["coffee with Marc"]  # this machine is Claire's
    assert notes(anne) == ["call Paul"]
    assert notes(EVERYONE) == ["nobody's", "call Paul", "coffee with Marc"]
    assert [ln.follow_up.note for ln in follow_up_lines(library, DAY, due_only=True)] == ["coffee with Marc"]
    assert [ln.follow_up.note for ln in follow_up_lines(library, DAY, view=anne)] == ["call Paul"]
    assert len(follow_up_lines(library, DAY, view=EVERYONE)) == 3
    # One contact's follow-ups (the contact pane) are everyone's, whoever's this machine is.
    pauls = follow_up_lines(library, DAY, contact_id=team.paul)
    assert [ln.follow_up.note for ln in pauls] == ["nobody's", "call Paul"]
    forget_current_member(library)  # nobody chosen here: the team's list
    assert notes() == notes(EVERYONE)


def test_the_events_figures_and_the_event_page_are_the_members(library: Library) -> None:
    team = TeamWithReminders(library)
    anne, claire = viewpoint(library, "Anne"), viewpoint(library, "Claire")

    def figures(view=None) -> ExchangeCounts:  # type: ignore[no-untyped-def]
        (line,) = event_overviews(library, view)
        assert line.event.id == team.event
        return line.exchanges

    assert figures() == figures(claire) == ExchangeCounts(mutual=3, from_them=1)  # Paul three times, Marc once
    assert figures(claire).mutual_rate == 0.75
    assert figures(anne) == ExchangeCounts(from_them=1)  # Anne had no card for Paul
    assert figures(EVERYONE) == ExchangeCounts(mutual=3, from_them=2)  # the members' add up to the team's
    assert [c.person.name for c in event_page(library, team.event, anne).cards_i_owe] == ["Paul Vidal"]
    assert event_page(library, team.event, claire).cards_i_owe == []  # Claire and Paul exchanged cards
    assert event_page(library, team.event, claire).exchanges == figures(claire)
    forget_current_member(library)
    assert figures() == figures(EVERYONE)


def test_the_prescribers_and_the_referral_balances_are_the_members(library: Library) -> None:
    team = TeamWithReminders(library)
    anne, claire = viewpoint(library, "Anne"), viewpoint(library, "Claire")
    assert prescriber_ids(library) == prescriber_ids(library, claire) == [team.marc]
    assert prescriber_ids(library, anne) == [team.paul]
    assert prescriber_ids(library, EVERYONE) == [team.paul, team.marc]  # Paul's was won; Marc sent two, one nobody's
    assert [(p.name, p.referrals, p.won_value) for p in prescribers(library)] == [("Marc Vendeur", 1, 0.0)]
    assert [(p.name, p.referrals, p.won_value) for p in prescribers(library, anne)] == [("Paul Vidal", 1, 500.0)]
    assert [(p.name, p.referrals) for p in prescribers(library, EVERYONE)] == [("Paul Vidal", 1), ("Marc Vendeur", 2)]

    def balances(view=None) -> list[tuple[str, int, int, float]]:  # type: ignore[no-untyped-def]
        return [(b.name, b.received, b.given, b.received_value) for b in referral_balances(library, view)]

    assert balances() == balances(claire) == [("Marc Vendeur", 1, 0, 0.0), ("Paul Vidal", 0, 1, 0.0)]
    assert balances(anne) == [("Paul Vidal", 1, 0, 500.0)]
    assert balances(EVERYONE) == [("Paul Vidal", 1, 1, 500.0), ("Marc Vendeur", 2, 0, 0.0)]
    forget_current_member(library)
    assert balances() == balances(EVERYONE)
