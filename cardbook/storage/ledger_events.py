"""The events side of the ledger: the events list with its figures, and the event page.

The event page is what the user opens after a networking evening: every card collected there, how each
exchange went, whom they met again (trust grows with repeat meetings), and which of them only handed out a card
— among those, whose card they still owe. Tagging the exchanges of the whole batch at once is
ledger_exchanges.set_exchange.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from cardbook.domain.enums import OfferedBy, Reciprocated
from cardbook.domain.exchange import Encounter, encounter_reciprocity, is_one_way_giver, owes_card
from cardbook.domain.network import Event, Network
from cardbook.domain.reports import ExchangeCounts, MetPerson, count_exchanges, happened_before
from cardbook.storage.contacts import NotFoundError
from cardbook.storage.convert import encounter_from_row, event_from_row, network_from_row
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


def event_overviews(library: Library) -> list[EventOverview]:
    """Every event, newest first, with its network's name and the exchanges of the cards collected there."""
    with library.session() as session:
        events = [
            (event_from_row(e), name)
            for e, name in session.execute(
                select(EventRow, NetworkRow.name)
                .outerjoin(NetworkRow, NetworkRow.id == EventRow.network_id)
                .order_by(EventRow.date.desc().nulls_last(), EventRow.name, EventRow.id)
            )
        ]
        tags = session.execute(
            select(EncounterRow.event_id, EncounterRow.offered_by, EncounterRow.reciprocated).where(
                EncounterRow.event_id.is_not(None)
            )
        ).all()
    per_event = defaultdict(list)
    for event_id, offered_by, reciprocated in tags:
        per_event[event_id].append(encounter_reciprocity(OfferedBy(offered_by), Reciprocated(reciprocated)))
    return [EventOverview(e, name, count_exchanges(per_event.get(e.id, []))) for e, name in events]


def event_page(library: Library, event_id: int) -> EventPage:
    """The event, its network and every card collected there, with each person's history around it."""
    with library.session() as session:
        event_row = session.get(EventRow, event_id)
        if event_row is None:
            raise NotFoundError(f"no event with id {event_id}")
        event = event_from_row(event_row)
        network_row = session.get(NetworkRow, event.network_id) if event.network_id is not None else None
        network = network_from_row(network_row) if network_row is not None else None
        here = session.execute(
            select(EncounterRow, ContactRow.full_name, ContactRow.company)
            .join(ContactRow, ContactRow.id == EncounterRow.contact_id)
            .where(EncounterRow.event_id == event_id)
            .order_by(ContactRow.sort_name, EncounterRow.id)
        ).all()
        contact_ids = list({row.contact_id for row, _, _ in here})
        history: dict[int, list[Encounter]] = defaultdict(list)
        for row in session.scalars(select(EncounterRow).where(EncounterRow.contact_id.in_(contact_ids))):
            history[row.contact_id].append(encounter_from_row(row))
        cards = []
        for row, name, company in here:
            encounter = encounter_from_row(row)
            mine = history[row.contact_id]
            person = MetPerson(
                contact_id=row.contact_id,
                name=name or company or "",
                company=company,
                encounter_id=row.id,
                exchange=encounter.reciprocity,
                earlier_meetings=sum(happened_before(other, encounter) for other in mine),
                owes_card=owes_card(mine),
                one_way_giver=is_one_way_giver(mine),
            )
            cards.append(EventCard(encounter, person))
    return EventPage(event, network, tuple(cards), count_exchanges(c.encounter.reciprocity for c in cards))
