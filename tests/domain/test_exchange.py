from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import (
    Encounter,
    contact_reciprocity,
    date_problem,
    encounter_reciprocity,
    exchange_outcome,
    exchange_problem,
    is_one_way_giver,
    meeting_stats,
    outcome_fields,
    owes_card,
    reason_unrecorded,
)

ME, THEM, UNK_O = OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN
YES, NO, UNK_R = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN
NOT_ASKED, MY_LAPSE = NoCardReason.NOT_ASKED, NoCardReason.MY_LAPSE


@pytest.mark.parametrize(
    ("offered", "reciprocated", "expected"),
    [
        (THEM, YES, Reciprocity.MUTUAL),
        (ME, YES, Reciprocity.MUTUAL),
        (THEM, NO, Reciprocity.FROM_THEM),
        (ME, NO, Reciprocity.FROM_ME),
        (THEM, UNK_R, Reciprocity.UNKNOWN),
        (ME, UNK_R, Reciprocity.UNKNOWN),
        (UNK_O, YES, Reciprocity.MUTUAL),
        (UNK_O, NO, Reciprocity.UNKNOWN),
        (UNK_O, UNK_R, Reciprocity.UNKNOWN),
    ],
)
def test_encounter_reciprocity_table(offered: OfferedBy, reciprocated: Reciprocated, expected: Reciprocity) -> None:
    assert encounter_reciprocity(offered, reciprocated) is expected


def test_contact_reciprocity_mutual_once_is_mutual() -> None:
    assert contact_reciprocity([Reciprocity.FROM_THEM, Reciprocity.MUTUAL]) is Reciprocity.MUTUAL


def test_contact_reciprocity_both_ways_across_meetings_is_mutual() -> None:
    assert contact_reciprocity([Reciprocity.FROM_THEM, Reciprocity.FROM_ME]) is Reciprocity.MUTUAL


def test_contact_reciprocity_one_way_and_unknown() -> None:
    assert contact_reciprocity([Reciprocity.FROM_THEM, Reciprocity.UNKNOWN]) is Reciprocity.FROM_THEM
    assert contact_reciprocity([Reciprocity.FROM_ME]) is Reciprocity.FROM_ME
    assert contact_reciprocity([Reciprocity.UNKNOWN]) is Reciprocity.UNKNOWN
    assert contact_reciprocity([]) is Reciprocity.UNKNOWN


def test_meeting_stats_counts_and_dates() -> None:
    encounters = [
        Encounter(date=date(2026, 3, 1), offered_by=THEM, reciprocated=NO),
        Encounter(date=date(2025, 12, 5), offered_by=ME, reciprocated=NO),
        Encounter(date=None),
    ]
    stats = meeting_stats(encounters)
    assert stats.count == 3
    assert stats.first_met == date(2025, 12, 5)
    assert stats.last_met == date(2026, 3, 1)
    assert stats.reciprocity is Reciprocity.MUTUAL


def test_one_way_giver_is_a_pattern_of_the_person_who_did_not_ask_for_mine() -> None:
    """The man of the seed post: he gave his card at two events and never asked for mine."""
    gave_only = [
        Encounter(offered_by=THEM, reciprocated=NO, why_no_card=NOT_ASKED),
        Encounter(offered_by=THEM, reciprocated=NO, why_no_card=NOT_ASKED),
    ]
    assert is_one_way_giver(gave_only)
    assert not owes_card(gave_only)  # I owe nothing to someone who did not want my card


def test_card_i_owe_is_my_lapse_not_a_one_way_giver() -> None:
    lapse = [Encounter(offered_by=THEM, reciprocated=NO, why_no_card=MY_LAPSE)]
    assert owes_card(lapse)
    assert not is_one_way_giver(lapse)  # I had no card left: that says nothing of them


def test_sent_my_card_clears_the_card_i_owe() -> None:
    sent = [Encounter(offered_by=THEM, reciprocated=YES, why_no_card=MY_LAPSE, reciprocated_on=date(2026, 3, 2))]
    assert not owes_card(sent)
    assert sent[0].reason is None  # a reason only means something while the card went one way


def test_reason_not_recorded_is_in_neither_list_and_never_guessed() -> None:
    old = [Encounter(offered_by=THEM, reciprocated=NO)]  # a row from before reasons existed
    assert old[0].reason is NoCardReason.UNKNOWN
    assert old[0].outcome is ExchangeOutcome.THEY_GAVE
    assert not is_one_way_giver(old) and not owes_card(old)
    assert reason_unrecorded(old)


def test_dismissed_owed_card_is_no_longer_owed() -> None:
    encounters = [Encounter(offered_by=THEM, reciprocated=NO, why_no_card=MY_LAPSE, owe_dismissed=True)]
    assert not owes_card(encounters)


def test_they_offered_first_rest_not_recorded_shows_what_is_known() -> None:
    encounter = Encounter(offered_by=THEM, reciprocated=UNK_R)
    assert encounter.reciprocity is Reciprocity.UNKNOWN  # not counted in the mutual rate...
    assert encounter.outcome is ExchangeOutcome.THEY_OFFERED_FIRST  # ...but shown as what is known
    assert encounter.outcome.symbol == "→ ?"
    assert encounter.got_their_card is True and encounter.gave_mine is None


@pytest.mark.parametrize("outcome", list(ExchangeOutcome))
def test_every_outcome_round_trips_through_the_stored_facts(outcome: ExchangeOutcome) -> None:
    offered, answered, why = outcome_fields(outcome)
    assert exchange_outcome(offered, answered, why) is outcome


def test_mutual_key_keeps_who_offered_first() -> None:
    assert outcome_fields(ExchangeOutcome.MUTUAL, THEM)[:2] == (THEM, YES)


def test_checks_on_what_is_typed() -> None:
    assert exchange_problem(ME, NO, holding_card=True) is not None  # their card is in my hand
    assert exchange_problem(ME, NO) is None  # a meeting recorded by hand: I gave mine, got none
    assert exchange_problem(ME, YES, NoCardReason.NOT_ASKED) is not None
    assert exchange_problem(THEM, NO, NoCardReason.NOT_ASKED) is None
    assert date_problem(date(2030, 1, 1), date(2026, 1, 1)) is not None
    assert date_problem(date(2026, 1, 1), date(2026, 1, 1)) is None


def test_mutual_contact_is_neither_giver_nor_owed() -> None:
    encounters = [Encounter(offered_by=THEM, reciprocated=NO), Encounter(offered_by=ME, reciprocated=YES)]
    assert not is_one_way_giver(encounters)
    assert not owes_card(encounters)
