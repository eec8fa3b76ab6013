"""Relationship strength on hand-computed cases (the formula is in cardbook/domain/strength.py's docstring)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cardbook.domain.enums import OfferedBy, Reciprocated, ReferralOutcome
from cardbook.domain.exchange import Encounter
from cardbook.domain.referral import Referral
from cardbook.domain.strength import dots_for, dots_text, duration, explain, gather_facts, relationship_strength

TODAY = date(2026, 9, 22)
ME, THEM, UNK = OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN
YES, NO, UNK_R = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN
CID = 7


def met(day: date, offered: OfferedBy = THEM, reciprocated: Reciprocated = YES) -> Encounter:
    return Encounter(contact_id=CID, date=day, offered_by=offered, reciprocated=reciprocated)


def received(outcome: ReferralOutcome = ReferralOutcome.PENDING) -> Referral:
    return Referral(from_contact_id=CID, outcome=outcome)


def given(outcome: ReferralOutcome = ReferralOutcome.PENDING) -> Referral:
    return Referral(from_contact_id=None, to_contact_id=CID, outcome=outcome)


def test_the_prescriber_met_often() -> None:
    # 4 meetings from 5 Jan to 1 Sep (239 days ≈ 8 months), all mutual; 2 won referrals from them; last seen
    # 21 days ago. meetings 4×6=24, reciprocity 20, referrals 2×10=20, recency (≤30 days) 20 → 84, 5 dots.
    encounters = [met(date(2026, 1, 5)), met(date(2026, 3, 2), ME), met(date(2026, 6, 1)), met(date(2026, 9, 1))]
    strength = relationship_strength(CID, encounters, [received(ReferralOutcome.WON)] * 2, TODAY)
    assert (strength.meetings_points, strength.reciprocity_points) == (24.0, 20.0)
    assert (strength.referral_points, strength.recency_points) == (20.0, 20.0)
    assert strength.score == 84
    assert strength.dots == 5
    assert strength.sentence() == (
        "Met 4 times in 8 months, always a mutual exchange, sent me 2 referrals (2 won), last seen 3 weeks ago."
    )
    assert strength.sentence("fr") == (
        "4 rencontres en 8 mois, toujours un échange mutuel, vous a envoyé 2 recommandations (2 conclues), "
        "dernière rencontre il y a 3 semaines."
    )


def test_the_one_way_card_dealer() -> None:
    # Met once, 100 days ago, they gave a card and took none: 6 + 0 + 0 + 10 (≤180 days) = 16, 1 dot.
    strength = relationship_strength(CID, [met(TODAY - timedelta(days=100), THEM, NO)], [], TODAY)
    assert strength.score == 16
    assert strength.dots == 1
    assert strength.sentence() == "Met once, gave a card but never took mine, last seen 3 months ago."
    assert strength.sentence("fr") == (
        "1 rencontre, a donné sa carte sans prendre la vôtre, dernière rencontre il y a 3 mois."
    )


def test_partly_mutual_with_referrals_both_ways_long_ago() -> None:
    # 3 meetings (18), 2 of 3 mutual (20×2/3 = 13.33), a pending referral I gave + a lost one they sent (5+5),
    # last seen 400 days ago (0) → 41.33 → 41, 3 dots.
    last = TODAY - timedelta(days=400)
    encounters = [met(last - timedelta(days=60)), met(last - timedelta(days=30), ME, NO), met(last)]
    referrals = [given(), received(ReferralOutcome.LOST)]
    strength = relationship_strength(CID, encounters, referrals, TODAY)
    assert strength.reciprocity_points == pytest.approx(40 / 3)
    assert strength.score == 41
    assert strength.dots == 3
    assert strength.sentence() == (
        "Met 3 times in 2 months, a mutual exchange 2 times out of 3, sent me 1 referral, I sent them 1 referral, "
        "last seen 13 months ago."
    )


def test_cards_that_went_both_ways_over_two_meetings_count_half() -> None:
    # They gave at one meeting, I gave at the next: no mutual meeting, but an exchange: 12 + 10 + 0 + 20 = 42.
    encounters = [met(TODAY - timedelta(days=10), THEM, NO), met(TODAY, ME, NO)]
    strength = relationship_strength(CID, encounters, [], TODAY)
    assert strength.reciprocity_points == 10.0
    assert strength.score == 42
    assert strength.sentence() == "Met twice in 1 week, cards went both ways, last seen today."


def test_no_meeting_but_a_won_referral() -> None:
    strength = relationship_strength(CID, [], [given(ReferralOutcome.WON)], TODAY)
    assert (strength.score, strength.dots) == (10, 1)
    assert strength.sentence() == "No meeting recorded, I sent them 1 referral (1 won)."
    assert strength.sentence("fr") == "Aucune rencontre notée, vous lui avez envoyé 1 recommandation (1 conclue)."


def test_nothing_at_all_is_zero() -> None:
    strength = relationship_strength(CID, [], [], TODAY)
    assert (strength.score, strength.dots) == (0, 0)
    assert strength.sentence() == "No meeting recorded."


def test_unknown_exchanges_earn_no_reciprocity_points() -> None:
    strength = relationship_strength(CID, [met(TODAY - timedelta(days=1), UNK, UNK_R)], [], TODAY)
    assert strength.reciprocity_points == 0.0
    assert strength.score == 6 + 20
    assert strength.sentence() == "Met once, exchange not recorded, last seen yesterday."


def test_only_the_recorded_exchanges_are_told() -> None:
    # Two meetings, one mutual and one untagged: 12 + 20 (1 of 1 known) + 0 + 20 = 52.
    encounters = [met(TODAY - timedelta(days=70), UNK, UNK_R), met(TODAY - timedelta(days=2))]
    strength = relationship_strength(CID, encounters, [], TODAY)
    assert strength.score == 52
    assert strength.sentence() == "Met twice in 2 months, 1 mutual exchange recorded, last seen 2 days ago."
    assert strength.sentence("fr") == (
        "2 rencontres en 2 mois, 1 échange mutuel noté, dernière rencontre il y a 2 jours."
    )


def test_every_part_is_capped_and_the_total_is_100() -> None:
    encounters = [met(TODAY - timedelta(days=7 * i)) for i in range(7)]
    referrals = [received(ReferralOutcome.WON)] * 3 + [given(ReferralOutcome.WON)] * 2
    strength = relationship_strength(CID, encounters, referrals, TODAY)
    assert (strength.meetings_points, strength.referral_points) == (30.0, 30.0)
    assert (strength.score, strength.dots) == (100, 5)


def test_referrals_between_two_other_contacts_do_not_count() -> None:
    referrals = [Referral(from_contact_id=CID, to_contact_id=99), Referral(from_contact_id=99, to_contact_id=CID)]
    facts = gather_facts(CID, [], referrals, TODAY)
    assert (facts.received, facts.given) == (0, 0)


def test_a_meeting_dated_in_the_future_counts_as_today() -> None:
    facts = gather_facts(CID, [met(TODAY + timedelta(days=3))], [], TODAY)
    assert facts.days_since_last == 0


@pytest.mark.parametrize(
    ("score", "dots"),
    [(0, 0), (1, 1), (20, 1), (21, 2), (40, 2), (41, 3), (60, 3), (61, 4), (80, 4), (81, 5), (100, 5)],
)
def test_dots(score: int, dots: int) -> None:
    assert dots_for(score) == dots


def test_dots_text() -> None:
    assert dots_text(3) == "●●●○○"


@pytest.mark.parametrize(
    ("days", "en", "fr"),
    [
        (1, "1 day", "1 jour"),
        (6, "6 days", "6 jours"),
        (7, "1 week", "1 semaine"),
        (59, "8 weeks", "8 semaines"),
        (60, "2 months", "2 mois"),
        (365, "12 months", "12 mois"),
        (730, "2 years", "2 ans"),
    ],
)
def test_duration(days: int, en: str, fr: str) -> None:
    assert duration(days) == en
    assert duration(days, "fr") == fr


def test_explain_is_pure_on_facts() -> None:
    facts = gather_facts(CID, [met(TODAY, ME, NO)], [], TODAY)
    assert explain(facts) == "Met once, took my card but never gave one, last seen today."
    assert explain(facts, "fr") == (
        "1 rencontre, a reçu votre carte sans donner la sienne, dernière rencontre aujourd'hui."
    )
