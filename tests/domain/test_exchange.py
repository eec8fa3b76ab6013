from __future__ import annotations

from datetime import date

import pytest

from cardbook.domain.enums import OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import (
    Encounter,
    contact_reciprocity,
    encounter_reciprocity,
    is_one_way_giver,
    meeting_stats,
    owes_card,
)

ME, THEM, UNK_O = OfferedBy.ME, OfferedBy.THEM, OfferedBy.UNKNOWN
YES, NO, UNK_R = Reciprocated.YES, Reciprocated.NO, Reciprocated.UNKNOWN


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


def test_one_way_giver_and_card_owed() -> None:
    gave_only = [Encounter(offered_by=THEM, reciprocated=NO), Encounter(offered_by=THEM, reciprocated=NO)]
    assert is_one_way_giver(gave_only)
    assert owes_card(gave_only)


def test_dismissed_owed_card_is_no_longer_owed_but_still_one_way() -> None:
    encounters = [Encounter(offered_by=THEM, reciprocated=NO, owe_dismissed=True)]
    assert is_one_way_giver(encounters)
    assert not owes_card(encounters)


def test_mutual_contact_is_neither_giver_nor_owed() -> None:
    encounters = [Encounter(offered_by=THEM, reciprocated=NO), Encounter(offered_by=ME, reciprocated=YES)]
    assert not is_one_way_giver(encounters)
    assert not owes_card(encounters)
