"""Networks (clubs, chambers, alumni...) and events: create, update, archive, find, list.

Networks are archived rather than deleted: a club the user left still explains where old contacts came from
and what it brought (the network report keeps showing it). Only a network without events can be deleted
(one created by mistake). A deleted event leaves its encounters in place, with where they happened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cardbook.domain.network import Event, Network
from cardbook.domain.text import fold
from cardbook.storage.contacts.records import refresh_summary
from cardbook.storage.contacts.search_index import reindex
from cardbook.storage.convert import event_from_row, network_from_row
from cardbook.storage.errors import NotFoundError, ValidationError
from cardbook.storage.library import Library
from cardbook.storage.models import ContactRow, EncounterRow, EventRow, NetworkRow


def save_network(library: Library, network: Network) -> Network:
    name = " ".join(network.name.split())
    if not name:
        raise ValidationError("A network needs a name.")
    if network.yearly_cost is not None and network.yearly_cost < 0:
        raise ValidationError("A network's yearly cost cannot be negative.")
    if network.member_since and network.member_until and network.member_until < network.member_since:
        raise ValidationError("A membership cannot end before it starts.")
    with library.writing() as session:
        # SQLite's lower() folds ASCII only, so names are compared in Python (networks are few).
        for other_id, other_name in session.execute(select(NetworkRow.id, NetworkRow.name)):
            if other_name.casefold() == name.casefold() and other_id != network.id:
                raise ValidationError(f"A network named “{name}” already exists.")
        if network.id is None:
            row = NetworkRow()
            session.add(row)
        else:
            found = session.get(NetworkRow, network.id)
            if found is None:
                raise NotFoundError(f"no network with id {network.id}")
            row = found
        row.name = name
        row.kind = network.kind.value
        row.yearly_cost = network.yearly_cost
        row.member_since = network.member_since
        row.member_until = network.member_until
        row.notes = network.notes
        row.archived = network.archived
        session.flush()
        return network_from_row(row)


def list_networks(library: Library, include_archived: bool = True) -> list[Network]:
    with library.session() as session:
        query = select(NetworkRow).order_by(func.lower(NetworkRow.name))
        if not include_archived:
            query = query.where(NetworkRow.archived.is_(False))
        return [network_from_row(r) for r in session.scalars(query)]


def get_network(library: Library, network_id: int) -> Network:
    with library.session() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        return network_from_row(row)


def set_network_archived(library: Library, network_id: int, archived: bool = True) -> Network:
    """Archive (or bring back) a network: it leaves the pickers but keeps its events and its history."""
    with library.writing() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        row.archived = archived
        session.flush()
        return network_from_row(row)


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


def delete_network(library: Library, network_id: int) -> Network:
    """Delete a network that holds no event (one created by mistake). A network with events is archived
    instead: it explains where those contacts came from and what the membership brought."""
    with library.writing() as session:
        row = session.get(NetworkRow, network_id)
        if row is None:
            raise NotFoundError(f"no network with id {network_id}")
        events = session.scalar(select(func.count()).select_from(EventRow).where(EventRow.network_id == network_id))
        if events:
            raise ValidationError(
                f"“{row.name}” holds {events} event(s): archive it instead, or move its events first."
            )
        network = network_from_row(row)
        session.delete(row)
        session.flush()
        return network


def restore_network(library: Library, network: Network) -> Network:
    """Undo `delete_network`: the network again, with its id."""
    with library.writing() as session:
        for other_id, other_name in session.execute(select(NetworkRow.id, NetworkRow.name)):
            if other_id == network.id or other_name.casefold() == network.name.casefold():
                raise ValidationError(f"A network named “{other_name}” exists already.")
        row = NetworkRow(
            id=network.id,
            name=network.name,
            kind=network.kind.value,
            yearly_cost=network.yearly_cost,
            member_since=network.member_since,
            member_until=network.member_until,
            notes=network.notes,
            archived=network.archived,
        )
        session.add(row)
        session.flush()
        return network_from_row(row)


def _refresh_contacts(session: Session, contact_ids: set[int]) -> None:
    """Summaries (last met, meetings) and the search index (event names are searchable) follow."""
    for contact_id in sorted(contact_ids):
        contact = session.get(ContactRow, contact_id)
        if contact is not None:
            refresh_summary(session, contact)
            reindex(session, contact)
