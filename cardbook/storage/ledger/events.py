"""Events: create, update, find, delete (undoably); the events list with its figures; and the event page.

A deleted event leaves its encounters in place, with where they happened.

The event page is what the user opens after a networking evening: every card collected there, how each
exchange went, whom they met again (trust grows with repeat meetings), and which of them only handed out a card
— among those, whose card they still owe. Tagging the exchanges of the whole batch at once is
exchanges.set_exchange.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from cardbook.domain.enums import NoCardReason, OfferedBy, Reciprocated, Reciprocity
from cardbook.domain.exchange import Encounter, contact_reciprocity
from cardbook.domain.member import EVERYONE, Viewpoint
from cardbook.domain.network import Event, Network
from cardbook.domain.reports import ExchangeCounts, MetPerson, count_exchanges
from cardbook.domain.text import fold
from cardbook.storage.contacts.records import refresh_summary
from cardbook.storage.contacts.search_index import reindex
from cardbook.storage.convert import event_from_row, network_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.ledger import rules
from cardbook.storage.library import Library
from cardbook.storage.members import viewpoint
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, NetworkRow


@dataclass(frozen=True, slots=True)
class EventOverview:
    """One line of the events list."""

    event: Event
    network_name: str | None
    exchanges: ExchangeCounts  # one per meeting there (those without cards included)

    @property
    def cards_collected(self) -> int:
        return self.exchanges.cards

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


def event_overviews(library: Library, view: Viewpoint | None = None) -> list[EventOverview]:
    """Every event, newest first, with its network's name and the exchanges of the cards collected there (counted
    by the database: domain/reports.count_exchanges over storage/ledger/rules.reciprocity) — by `view` (None: this
    machine's point of view, storage/members.viewpoint): a member's figures count the cards they collected. The
    events themselves are the team's (an event has no member)."""
    view = view if view is not None else viewpoint(library)
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
                .where(EncounterRow.event_id.is_not(None), rules.mine(view, EncounterRow.member_id))
                .group_by(EncounterRow.event_id)
            )
        }
    return [EventOverview(e, name, per_event.get(e.id, ExchangeCounts())) for e, name in events]


def event_page(library: Library, event_id: int, view: Viewpoint = EVERYONE) -> EventPage:
    """The event, its network and every card collected there, with each person's history around it.

    The cards are read whole (the page shows and edits them); each person's history is only counted, by the
    database, in one row per card (_history_query) — their other encounters are never loaded. `view`: every
    card collected there (the team's, by default), or one member's cards and history (domain/member.py)."""
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
            .where(EncounterRow.event_id == event_id, rules.mine(view, EncounterRow.member_id))
            .order_by(ContactRow.sort_name, EncounterRow.id)
        ).all()
        history = {card_id: counts for card_id, *counts in session.execute(_history_query(event_id, view))}
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


def _history_query(event_id: int, view: Viewpoint) -> Select[int, int, int, int, int, int, int, int]:
    """One row per card collected at the event: its id, then over all of that person's encounters — how many
    happened before this one (domain/reports.happened_before), how many were mutual, one way from them, one way
    from me (rules.reciprocity), and one way from them because they did not ask, because I had none (not
    dismissed), and without a recorded reason (not dismissed) — rules.one_way_because."""
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
        .join(other, and_(other.contact_id == card.contact_id, rules.mine(view, other.member_id)))
        .where(card.event_id == event_id, rules.mine(view, card.member_id))
        .group_by(card.id)
    )


def save_event(library: Library, event: Event) -> Event:
    name = " ".join(event.name.split())
    if not name:
        raise ValidationError("An event needs a name.")
    with library.writing() as session:
        if event.network_id is not None and session.get(NetworkRow, event.network_id) is None:
            raise NotFoundError(f"no network with id {event.network_id}")
        if event.id is None:
            row = EventRow()
            session.add(row)
        else:
            found = session.get(EventRow, event.id)
            if found is None:
                raise NotFoundError(f"no event with id {event.id}")
            row = found
        place = event.place.strip() if event.place and event.place.strip() else None
        renamed = row.id is not None and (row.name, row.place) != (name, place)
        old_date = row.date if row.id is not None else None
        row.name = name
        row.date = event.date
        row.place = place
        row.network_id = event.network_id
        row.notes = event.notes
        session.flush()
        if row.id is not None and (renamed or old_date != event.date):
            _follow_event_change(session, row.id, old_date, event.date)
        return event_from_row(row)


def _follow_event_change(session: Session, event_id: int, old_date: dt.date | None, new_date: dt.date | None) -> None:
    """Encounters that took the event's date move with it; their contacts' summaries and index follow
    (event names and places are searchable)."""
    encounters = session.scalars(select(EncounterRow).where(EncounterRow.event_id == event_id)).all()
    for encounter in encounters:
        if old_date != new_date and encounter.date == old_date:
            encounter.date = new_date
    session.flush()
    _refresh_contacts(session, {e.contact_id for e in encounters})


def find_or_create_event(library: Library, event: Event) -> Event:
    """The recorded event with this name on this day (`Event.is_same_as`), created if new."""
    with library.session() as session:
        query = select(EventRow).where(EventRow.date.is_(None) if event.date is None else EventRow.date == event.date)
        for row in session.scalars(query):
            found = event_from_row(row)
            if found.is_same_as(event.name, event.date):
                return found
    return save_event(library, event)


def list_events(library: Library) -> list[Event]:
    with library.session() as session:
        query = select(EventRow).order_by(EventRow.date.desc().nulls_last(), EventRow.name)
        return [event_from_row(r) for r in session.scalars(query)]


def get_event(library: Library, event_id: int) -> Event:
    with library.session() as session:
        row = session.get(EventRow, event_id)
        if row is None:
            raise NotFoundError(f"no event with id {event_id}")
        return event_from_row(row)


def find_events(library: Library, text: str) -> list[Event]:
    """Events whose name holds `text`, accent- and case-blind, newest first; an exact name comes first."""
    wanted = " ".join(fold(text).split())
    if not wanted:
        return []
    found = [e for e in list_events(library) if wanted in " ".join(fold(e.name).split())]
    return sorted(found, key=lambda e: " ".join(fold(e.name).split()) != wanted)


@dataclass(frozen=True, slots=True)
class DeletedEvent:
    """What `delete_event` removed, enough for `restore_event` to put it back as it was (undo)."""

    event: Event
    # (encounter id, its place and date before the deletion): what the deletion wrote into them is taken back.
    encounters: tuple[tuple[int, str | None, dt.date | None], ...]


def delete_event(library: Library, event_id: int) -> DeletedEvent:
    """Delete an event (one created by mistake, or twice). Its encounters stay, with their contacts, dates
    and exchange tags; each keeps where it happened as its place: the event's place, else its name."""
    with library.writing() as session:
        row = session.get(EventRow, event_id)
        if row is None:
            raise NotFoundError(f"no event with id {event_id}")
        event = event_from_row(row)
        encounters = session.scalars(select(EncounterRow).where(EncounterRow.event_id == event_id)).all()
        kept = tuple((encounter.id, encounter.place, encounter.date) for encounter in encounters)
        where = event.place or event.name
        for encounter in encounters:
            encounter.event_id = None
            if not (encounter.place or "").strip():
                encounter.place = where
            if encounter.date is None:
                encounter.date = event.date
        session.delete(row)
        session.flush()
        _refresh_contacts(session, {encounter.contact_id for encounter in encounters})
        return DeletedEvent(event, kept)


def restore_event(library: Library, deleted: DeletedEvent) -> Event:
    """Undo `delete_event`: the event again, with its id, and its encounters back at it."""
    event = deleted.event
    with library.writing() as session:
        if event.id is not None and session.get(EventRow, event.id) is not None:
            raise ValidationError(f"The event “{event.name}” exists already.")
        network_id = event.network_id
        if network_id is not None and session.get(NetworkRow, network_id) is None:
            network_id = None  # its network was deleted since: the event comes back without one
        row = EventRow(
            id=event.id, name=event.name, date=event.date, place=event.place, network_id=network_id, notes=event.notes
        )
        session.add(row)
        session.flush()
        contact_ids: set[int] = set()
        for encounter_id, place, date in deleted.encounters:
            encounter = session.get(EncounterRow, encounter_id)
            if encounter is None or encounter.event_id is not None:
                continue  # deleted since (with its contact), or moved to another event: leave it
            encounter.event_id = row.id
            encounter.place = place
            encounter.date = date
            contact_ids.add(encounter.contact_id)
        session.flush()
        _refresh_contacts(session, contact_ids)
        return event_from_row(row)


def _refresh_contacts(session: Session, contact_ids: set[int]) -> None:
    """Summaries (last met, meetings) and the search index (event names are searchable) follow."""
    for contact_id in sorted(contact_ids):
        contact = session.get(ContactRow, contact_id)
        if contact is not None:
            refresh_summary(session, contact)
            reindex(session, contact)
