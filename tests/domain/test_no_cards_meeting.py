"""A meeting where no cards changed hands — we already had each other's (docs/MEETINGS.md): a recorded meeting,
in no list, out of every rate's denominator, counted as a meeting wherever meetings count."""

from __future__ import annotations

from datetime import date

from cardbook.domain.enums import ExchangeOutcome, NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import (
    Encounter,
    contact_reciprocity,
    exchange_outcome,
    exchange_problem,
    is_one_way_giver,
    meeting_stats,
    outcome_fields,
    owes_card,
    reason_unrecorded,
)
from cardbook.domain.network import Event, Network
from cardbook.domain.reports import count_exchanges, met_figures, network_values
from cardbook.domain.strength import gather_facts, relationship_strength

NOBODY, NO = OfferedBy.NOBODY, Reciprocated.NO


def _again(contact_id: int = 1, day: date | None = None, event_id: int | None = None) -> Encounter:
    offered, answered, why = outcome_fields(ExchangeOutcome.NO_CARDS)
    return Encounter(contact_id=contact_id, event_id=event_id, date=day, offered_by=offered, reciprocated=answered,
                     why_no_card=why)  # fmt: skip


def _one_way(reason: NoCardReason, day: date, contact_id: int = 1, event_id: int | None = None) -> Encounter:
    return Encounter(contact_id=contact_id, event_id=event_id, date=day, offered_by=OfferedBy.THEM, reciprocated=NO,
                     why_no_card=reason)  # fmt: skip


def test_the_outcome_is_stored_as_nobody_offered_and_reads_back() -> None:
    assert outcome_fields(ExchangeOutcome.NO_CARDS) == (NOBODY, NO, None)
    again = _again()
    assert (again.outcome, again.reciprocity, again.reason) == (ExchangeOutcome.NO_CARDS, Reciprocity.NO_CARDS, None)
    assert (again.got_their_card, again.gave_mine) == (False, False)
    assert exchange_outcome(NOBODY, NO, NoCardReason.MY_LAPSE) is ExchangeOutcome.NO_CARDS
    assert ExchangeOutcome.NO_CARDS.symbol == Reciprocity.NO_CARDS.symbol == "∅"
    # the stored values fit the columns (String(8) and String(16)) on both engines: no revision
    assert len(OfferedBy.NOBODY.value) <= 8 and len(ExchangeOutcome.NO_CARDS.value) <= 16


def test_nobody_offered_cannot_have_been_answered() -> None:
    assert exchange_problem(NOBODY, NO) is None
    assert exchange_problem(NOBODY, Reciprocated.YES) is not None
    assert exchange_problem(NOBODY, NO, NoCardReason.NOT_ASKED) is not None  # no card came, so no reason


def test_a_meeting_without_cards_keeps_no_one_in_or_out_of_a_list() -> None:
    giver = [_one_way(NoCardReason.NOT_ASKED, date(2026, 1, 5)), _again(day=date(2026, 3, 1))]
    assert is_one_way_giver(giver) and contact_reciprocity(e.reciprocity for e in giver) is Reciprocity.FROM_THEM
    owed = [_one_way(NoCardReason.MY_LAPSE, date(2026, 1, 5)), _again(day=date(2026, 3, 1))]
    assert owes_card(owed) and not is_one_way_giver(owed)
    assert reason_unrecorded([_one_way(NoCardReason.UNKNOWN, date(2026, 1, 5)), _again()])
    alone = [_again(), _again()]
    assert not (is_one_way_giver(alone) or owes_card(alone) or reason_unrecorded(alone))
    assert contact_reciprocity(e.reciprocity for e in alone) is Reciprocity.UNKNOWN


def test_it_counts_as_a_meeting_with_its_date() -> None:
    items = [_one_way(NoCardReason.NOT_ASKED, date(2026, 1, 5)), _again(day=date(2026, 6, 1))]
    stats = meeting_stats(items)
    assert (stats.count, stats.first_met, stats.last_met) == (2, date(2026, 1, 5), date(2026, 6, 1))


def test_it_stays_out_of_the_rate_and_of_the_unrecorded() -> None:
    mutual = Encounter(contact_id=1, offered_by=OfferedBy.ME, reciprocated=Reciprocated.YES)
    counts = count_exchanges(e.reciprocity for e in [mutual, _again(), _again(), Encounter(contact_id=2)])
    assert (counts.total, counts.cards, counts.no_cards) == (4, 2, 2)
    assert (counts.recorded, counts.unrecorded, counts.mutual_rate) == (1, 1, 1.0)
    assert counts.of(Reciprocity.NO_CARDS) == 2
    assert count_exchanges([Reciprocity.NO_CARDS]).mutual_rate is None  # nothing to weigh, not 0 %


def test_strength_says_met_again_without_weighing_the_exchange() -> None:
    mutual = Encounter(contact_id=1, date=date(2026, 1, 5), offered_by=OfferedBy.ME, reciprocated=Reciprocated.YES)
    items = [mutual, _again(day=date(2026, 4, 5)), _again(day=date(2026, 6, 5))]
    facts = gather_facts(1, items, [], date(2026, 6, 10))
    assert (facts.meetings, facts.mutual, facts.known, facts.exchange) == (3, 1, 1, Reciprocity.MUTUAL)
    assert (facts.days_since_last, facts.span_days) == (5, 151)
    once = relationship_strength(1, [mutual], [], date(2026, 6, 10))
    thrice = relationship_strength(1, items, [], date(2026, 6, 10))
    assert thrice.reciprocity_points == once.reciprocity_points  # the share stays 1 of 1, not 1 of 3
    assert thrice.meetings_points > once.meetings_points and thrice.recency_points > once.recency_points
    assert thrice.sentence().startswith("Met 3 times in 5 months, 1 mutual exchange recorded")


def test_network_figures_count_the_people_met_again_but_not_as_cards() -> None:
    club = Network(id=1, name="Club")
    events = [Event(id=1, name="Breakfast", date=date(2026, 1, 5), network_id=1),
              Event(id=2, name="Breakfast", date=date(2026, 2, 5), network_id=1)]  # fmt: skip
    mutual = Encounter(contact_id=7, event_id=1, date=date(2026, 1, 5), offered_by=OfferedBy.ME,
                       reciprocated=Reciprocated.YES)  # fmt: skip
    items = [mutual, _again(7, date(2026, 2, 5), 2), _again(8, date(2026, 2, 5), 2)]
    figures = met_figures(items)
    assert (figures.contacts_met, figures.repeat_contacts, figures.mutual_contacts) == (2, 1, 1)
    [line] = network_values([club], events, items, [])
    assert (line.events_attended, line.cards_collected, line.mutual_rate) == (2, 1, 1.0)
    assert (line.exchanges.no_cards, line.exchanges.unrecorded) == (2, 0)
