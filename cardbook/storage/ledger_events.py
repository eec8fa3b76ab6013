"""The events side of the ledger: the events list with its figures, and the event page.

The event page is what the user opens after a networking evening: every card collected there, how each
exchange went, whom they met again (trust grows with repeat meetings), and which of them only handed out a card
— among those, whose card they still owe. Tagging the exchanges of the whole batch at once is
ledger_exchanges.set_exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter, contact_reciprocity
from cardbook.domain.network import Event, Network
from cardbook.domain.reports import ExchangeCounts, MetPerson, count_exchanges
from cardbook.storage.convert import event_from_row, network_from_row
from cardbook.storage.errors import NotFoundError
from cardbook.storage.ledger import rules
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, NetworkRow


@dataclass(frozen=True, slots=True)
class EventOverview:
    """One line of the events list."""

    event: Event
    network_name: str | None
    exchanges: ExchangeCounts  # one per card collected there

    @property
    def cards_collected(self) -> int:
        return self.exchanges.total

    @property
    def mutual_rate(self) -> float | None:
        return self.exchanges.mutual_rate


@dataclass(frozen=True, slots=True)
class EventCard:
    """A card collected at the event: the encounter (with its exchange tags) and what we know of the person."""

    encounter: Encounter
    person: MetPerson


@dataclass(frozen=True, slots=True)
class EventPage:
    event: Event
    network: Network | None
    cards: tuple[EventCard, ...]  # by name
    exchanges: ExchangeCounts

    @property
    def met_again(self) -> list[EventCard]:
        return [c for c in self.cards if not c.person.is_new]

    @property
    def one_way_givers(self) -> list[EventCard]:
        return [c for c in self.cards if c.person.one_way_giver]

    @property
    def cards_i_owe(self) -> list[EventCard]:
        return [c for c in self.cards if c.person.owes_card]

    @property
    def reason_unrecorded(self) -> list[EventCard]:
        """Their card came one way and nobody said why: neither a one-way giver nor a card I owe, yet."""
        return [c for c in self.cards if c.person.reason_unrecorded]


def event_overviews(library: Library) -> list[EventOverview]:
    """Every event, newest first, with its network's name and the exchanges of the cards collected there (counted
    by the database: domain/reports.count_exchanges over storage/ledger_rules.reciprocity)."""
    state = rules.reciprocity(EncounterRow.offered_by, EncounterRow.reciprocated)
    with library.session() as session:
        events = [
            (event_from_row(e), name)
            for e, name in session.execute(
                select(EventRow, NetworkRow.name)
                .outerjoin(NetworkRow, NetworkRow.id == EventRow.network_id)
                .order_by(EventRow.date.desc().nulls_last(), EventRow.name, EventRow.id)
            )
        ]
        per_event = {
            event_id: rules.exchange_counts(*sums)
            for event_id, *sums in session.execute(
                select(EncounterRow.event_id, *rules.exchange_sums(state))
                .where(EncounterRow.event_id.is_not(None))
                .group_by(EncounterRow.event_id)
            )
        }
    return [EventOverview(e, name, per_event.get(e.id, ExchangeCounts())) for e, name in events]


def event_page(library: Library, event_id: int) -> EventPage:
    """The event, its network and every card collected there, with each person's history around it.

    The cards are read whole (the page shows and edits them); each person's history is only counted, by the
    database, in one row per card (_history_query) — their other encounters are never loaded."""
    with library.session() as session:
        event_row = session.get(EventRow, event_id)
        if event_row is None:
            raise NotFoundError(f"no event with id {event_id}")
        event = event_from_row(event_row)
        network_row = session.get(NetworkRow, event.network_id) if event.network_id is not None else None
        network = network_from_row(network_row) if network_row is not None else None
        here = session.execute(
            select(EncounterRow.id, ContactRow.full_name, ContactRow.company, *_ENCOUNTER_COLUMNS)
            .join(ContactRow, ContactRow.id == EncounterRow.contact_id)
            .where(EncounterRow.event_id == event_id)
            .order_by(ContactRow.sort_name, EncounterRow.id)
        ).all()
        history = {card_id: counts for card_id, *counts in session.execute(_history_query(event_id))}
    cards = []
    for card_id, name, company, *columns in here:
        encounter = _encounter(*columns)
        earlier, mutual, from_them, from_me, not_asked, owed, unrecorded = history[card_id]
        # domain/exchange.contact_reciprocity depends only on which exchanges were seen: hand it one of each.
        seen = [s for s, n in ((MUTUAL, mutual), (FROM_THEM, from_them), (FROM_ME, from_me)) if n]
        overall = contact_reciprocity(seen)
        person = MetPerson(
            contact_id=encounter.contact_id or 0,
            name=name or company or "",
            company=company,
            encounter_id=card_id,
            exchange=encounter.reciprocity,
            earlier_meetings=earlier,
            # domain/exchange: one way from them over all meetings, and at least once for that reason.
            owes_card=overall is FROM_THEM and owed > 0,
            one_way_giver=overall is FROM_THEM and not_asked > 0,
            reason_unrecorded=overall is FROM_THEM and unrecorded > 0,
        )
        cards.append(EventCard(encounter, person))
    return EventPage(event, network, tuple(cards), count_exchanges(c.encounter.reciprocity for c in cards))


MUTUAL, FROM_THEM, FROM_ME = Reciprocity.MUTUAL, Reciprocity.FROM_THEM, Reciprocity.FROM_ME
_ENCOUNTER_COLUMNS = (
    EncounterRow.id,
    EncounterRow.contact_id,
    EncounterRow.event_id,
    EncounterRow.date,
    EncounterRow.place,
    EncounterRow.offered_by,
    EncounterRow.reciprocated,
    EncounterRow.reciprocated_on,
    EncounterRow.owe_dismissed,
    EncounterRow.note,
    EncounterRow.why_no_card,
)


def _encounter(*columns: Any) -> Encounter:
    """convert.encounter_from_row, from the plain columns of _ENCOUNTER_COLUMNS (no ORM object per card)."""
    id, contact_id, event_id, day, place, offered_by, reciprocated, reciprocated_on, owe_dismissed, note, why = columns
    return Encounter(
        id=id,
        contact_id=contact_id,
        event_id=event_id,
        date=day,
        place=place,
        offered_by=OfferedBy(offered_by),
        reciprocated=Reciprocated(reciprocated),
        reciprocated_on=reciprocated_on,
        owe_dismissed=owe_dismissed,
        note=note or "",
        why_no_card=NoCardReason(why) if why else None,
    )


def _history_query(event_id: int) -> Select[int, int, int, int, int, int, int, int]:
    """One row per card collected at the event: its id, then over all of that person's encounters — how many
    happened before this one (domain/reports.happened_before), how many were mutual, one way from them, one way
    from me (ledger_rules.reciprocity), and one way from them because they did not ask, because I had none (not
    dismissed), and without a recorded reason (not dismissed) — ledger_rules.one_way_because."""
    card, other = aliased(EncounterRow), aliased(EncounterRow)
    state = rules.reciprocity(other.offered_by, other.reciprocated)
    return (
        select(
            card.id,
            rules.count_of(rules.happened_before(other, card)),
            rules.count_of(state == MUTUAL.value),
            rules.count_of(state == FROM_THEM.value),
            rules.count_of(state == FROM_ME.value),
            rules.count_of(rules.one_way_because(NoCardReason.NOT_ASKED, other)),
            rules.count_of(rules.one_way_because(NoCardReason.MY_LAPSE, other)),
            rules.count_of(rules.one_way_because(NoCardReason.UNKNOWN, other)),
        )
        .join(other, other.contact_id == card.contact_id)
        .where(card.event_id == event_id)
        .group_by(card.id)
    )
