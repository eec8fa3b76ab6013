"""Networks (clubs, chambers, alumni...) and events: create, update, find, list."""

from __future__ import annotations

from sqlalchemy import func, select

from cardbook.domain.network import Event, Network
from cardbook.storage.contacts import NotFoundError, ValidationError
from cardbook.storage.convert import event_from_row, network_from_row
from cardbook.storage.library import Library
from cardbook.storage.models import EventRow, NetworkRow


def save_network(library: Library, network: Network) -> Network:
    name = " ".join(network.name.split())
    if not name:
        raise ValidationError("A network needs a name.")
    if network.yearly_cost is not None and network.yearly_cost < 0:
        raise ValidationError("A network's yearly cost cannot be negative.")
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
        row.name = name
        row.date = event.date
        row.place = event.place.strip() if event.place and event.place.strip() else None
        row.network_id = event.network_id
        row.notes = event.notes
        session.flush()
        return event_from_row(row)


def find_or_create_event(library: Library, event: Event) -> Event:
    """The event with this name and date, created if new (what `scan --event NAME --date D` needs)."""
    wanted = " ".join(event.name.split()).casefold()
    with library.session() as session:
        query = select(EventRow).where(EventRow.date.is_(None) if event.date is None else EventRow.date == event.date)
        for row in session.scalars(query):
            if " ".join(row.name.split()).casefold() == wanted:
                return event_from_row(row)
    return save_event(library, event)


def list_events(library: Library) -> list[Event]:
    with library.session() as session:
        query = select(EventRow).order_by(EventRow.date.desc().nulls_last(), EventRow.name)
        return [event_from_row(r) for r in session.scalars(query)]
